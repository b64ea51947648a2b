package explain

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// realExtractor is the extractor as atalaya wires it, with no outlet
// prior.
func realExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	d, err := extract.EmbeddedDeps(nil)
	if err != nil {
		t.Fatal(err)
	}
	return extract.NewWith(d)
}

// TestWriteText checks the text listing of each input: the act of a
// headline with its place and where it was read, the negated and the
// asked act dropped at classify with the reading that dropped them, a
// headline set's labels and where the first act departs from them, a gold
// file's incidents beside the found ones with the miss of a mistyped
// act, and a dateline as where a place was read.
func TestWriteText(t *testing.T) {
	e := realExtractor(t)
	opts := report.Options{Published: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	tests := []struct {
		name string
		data []byte
		want []string
		not  []string
	}{
		{"headlines.tsv", readFixture(t, "headlines.tsv"), []string{
			"== headlines.tsv:2 es",
			`incident 1 homicide at Culiacán, Sinaloa [25|25006] municipality, place "Culiacán" read from sentence (text)`,
			"killed 2,",
			`cue "asesinan" (verb)`,
			`evidence "Asesinan a dos hombres en Culiacán"`,
			"labelled homicide|armed_attack [25|25006] killed 2",
			`dropped untyped at classify, cue "bloqueos": cue filtered:`,
			"negated",
			`dropped untyped at classify, cue "mato": cue filtered: question`,
			"labelled kidnapping [25|25006] killed -\n   miss missed: labelled kidnapping, found -",
		}, []string{"miss type", "miss false"}},
		{"gold.jsonl", readFixture(t, "gold.jsonl"), []string{
			"(line 1) es Noticiero de Prueba 2026-03-02T09:00:00-06:00",
			`title "Asesinan a un taxista en Culiacán"`,
			"incident 1 homicide at Centro de Culiacán, Culiacán, Sinaloa [25|25006]", // the colonia as read
			"gold 1 armed_clash at Culiacán, Sinaloa [25|25006] 2026-03-01, killed 1",
			"miss type: gold armed_clash @ Sinaloa/Culiacán, found homicide @ Sinaloa/Culiacán",
			"(line 2)",
			"no incident\n   dropped untyped at classify",
			"gold: no incident",
		}, []string{"miss false", "miss missed"}},
		{"-", []byte("CULIACÁN, Sin.- Hombres armados asesinaron a un taxista la noche del domingo.\n"), []string{
			`place "CULIACÁN" read from dateline (text)`,
			"time 2026-03-01",
		}, []string{"dropped"}},
	}
	for _, tt := range tests {
		items, err := Read(tt.name, tt.data, opts)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		es, err := Explain(t.Context(), items, e)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var b bytes.Buffer
		if err := WriteText(&b, es); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %q in\n%s", tt.name, w, out)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(out, w) {
				t.Errorf("%s: %q in\n%s", tt.name, w, out)
			}
		}
	}
}

// TestWriteJSONL checks that each entry is one JSON line holding what the
// text listing shows.
func TestWriteJSONL(t *testing.T) {
	items, err := Read("gold.jsonl", readFixture(t, "gold.jsonl"), report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	es, err := Explain(t.Context(), items, realExtractor(t))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteJSONL(&b, es); err != nil {
		t.Fatal(err)
	}
	var got []Entry
	sc := bufio.NewScanner(&b)
	for sc.Scan() {
		var en Entry
		if err := json.Unmarshal(sc.Bytes(), &en); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		got = append(got, en)
	}
	if len(got) != 2 {
		t.Fatalf("%d lines, want 2", len(got))
	}
	first, second := got[0], got[1]
	if len(first.Incidents) != 1 || first.Incidents[0].Type != model.Homicide || first.Incidents[0].PlaceRead != "sentence" ||
		first.Incidents[0].Killed == nil || first.Incidents[0].Killed.N != 1 || first.Incidents[0].Time != "2026-03-01" {
		t.Errorf("first report's incidents %+v, want one homicide placed by its sentence, 1 killed, on 2026-03-01", first.Incidents)
	}
	if len(first.Gold) != 1 || len(first.Misses) != 1 || first.Misses[0].Kind != eval.MissType {
		t.Errorf("first report's gold %+v, misses %+v; want one gold incident and a type miss", first.Gold, first.Misses)
	}
	if len(second.Incidents) != 0 || len(second.Dropped) != 1 || second.Dropped[0].Step != extract.StepClassify || len(second.Misses) != 0 {
		t.Errorf("second report: incidents %+v, dropped %+v, misses %+v; want the negated blockade dropped at classify, no miss", second.Incidents, second.Dropped, second.Misses)
	}
}
