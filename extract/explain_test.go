package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestExplain checks that Explain finds what Extract finds and says which
// cue decided each incident, its form and its anchors.
func TestExplain(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 11, 10, 9, 0, 0, 0, mexico)
	tests := []struct {
		text          string
		cue, form     string
		anchor, label string
	}{
		{"Asesinan a un taxista en Celaya", "asesinan", "verb", "town", "origin: sentence"},
		{"Cuatro asesinatos en Celaya este lunes", "asesinatos", "plural noun", "time", "form: plural noun"},
		{"Hallan un cuerpo en la colonia Centro de Irapuato", "hallan un cuerpo", "phrase", "town", "type: homicide"},
	}
	for _, tt := range tests {
		r := model.Report{ID: "r", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		incs, ts := e.Explain(r)
		want := e.Extract(r)
		if len(incs) != len(want) || len(ts) != len(incs) || len(incs) == 0 {
			t.Fatalf("%q: %d incidents, %d traces; Extract finds %d", tt.text, len(incs), len(ts), len(want))
		}
		tr := ts[0]
		if tr.Cue != tt.cue || tr.Form != tt.form || !slices.Contains(tr.Anchors, tt.anchor) || !slices.Contains(tr.Labels(), tt.label) {
			t.Errorf("%q: trace %+v; want cue %q, form %q, anchor %q, label %q", tt.text, tr, tt.cue, tt.form, tt.anchor, tt.label)
		}
	}
}
