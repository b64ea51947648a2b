package main

import (
	"strings"
	"testing"

	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/internal/tripwire"
	"github.com/atalaya/atalaya/relevance/internal/training"
)

// TestReadPanic holds that a text whose extraction panics is an error
// naming its set and line and the report (ingest.Extract), not a crash,
// whether read as a text (extractAll) or as a headline (readHead).
func TestReadPanic(t *testing.T) {
	deps, pub, err := rulesDeps()
	if err != nil {
		t.Fatal(err)
	}
	ex := tripwire.Extractor{Real: extract.NewWith(deps)}
	xs := []training.Example{
		{Set: "a.tsv", Line: 1, ID: "a1", Lang: "es", Text: "Asesinan a dos hombres en Celaya, Guanajuato", Violent: true},
		{Set: "a.tsv", Line: 2, ID: "a2", Lang: "es", Text: tripwire.Marker + ": asesinan a tres hombres en Salamanca", Violent: true},
	}
	_, err = extractAll(ex, xs, pub)
	_, herr := readHead(ex, xs[1], pub)
	for _, e := range []error{err, herr} {
		if e == nil {
			t.Fatal("no error")
		}
		for _, want := range []string{"a.tsv:2", "extracting report a2", tripwire.Panic} {
			if !strings.Contains(e.Error(), want) {
				t.Errorf("error %q does not name %q", e, want)
			}
		}
	}
	if o, err := readHead(ex, xs[0], pub); err != nil || !o.viol {
		t.Errorf("readHead(%q) = %+v, %v, want a violent act", xs[0].Text, o, err)
	}
}
