package extract

import (
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
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

// TestAccount checks that Account says at which step a candidate was let
// go and why: a cue in a question or a negation (classify), a typed
// sentence nothing anchors (draft), an overview of the acts told after
// it and a total its breakdown repeats (settle); and that what it keeps
// is what Extract returns, each incident with its trace and where its
// place was read.
func TestAccount(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 5, 26, 8, 0, 0, 0, mexico)
	tests := []struct {
		text      string
		incidents int
		place     string // Trace.Place of the first incident
		step      string // of the first drop, "" for none
		cue       string
		reason    string // a part of the first drop's reason
	}{
		{"Asesinan a dos hombres en Culiacán", 1, "sentence", "", "", ""},
		{"CULIACÁN, Sin.- Hombres armados asesinaron a un taxista la noche del domingo en la colonia Centro.", 1, "dateline", "", "", ""},
		{"¿Quién mató al taxista de Culiacán?", 0, "", StepClassify, "mato", "question"},
		{"No hubo bloqueos en Culiacán este lunes, informó la Fiscalía.", 0, "", StepClassify, "bloqueos", "negated"},
		{"Los enfrentamientos en Sinaloa dejaron miles de desplazados, según un informe de la ONU.", 0, "", StepDraft, "enfrentamientos", "not anchored"},
		{"La noche del lunes, hombres armados bloquearon calles con vehículos en llamas en tres municipios de Tamaulipas. " +
			"En Reynosa, quemaron un tráiler sobre el bulevar Hidalgo. " +
			"En Matamoros, atravesaron dos camionetas en la carretera a Ciudad Victoria. " +
			"En San Fernando, un autobús fue incendiado frente a la plaza principal.", 3, "sentence", StepSettle, "bloquearon", "overview"},
		{"Fueron detenidas 25 personas durante el operativo del martes. En Jalisco se detuvo a 14 personas; en Michoacán, a 7.", 2, "sentence", StepSettle, "detenidas", "total"},
	}
	for _, tt := range tests {
		r := model.Report{ID: "a", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		a := e.Account(r)
		if !reflect.DeepEqual(a.Incidents, e.Extract(r)) || len(a.Incidents) != tt.incidents || len(a.Traces) != len(a.Incidents) {
			t.Errorf("%q: %d incidents, %d traces; want %d, as Extract", tt.text, len(a.Incidents), len(a.Traces), tt.incidents)
			continue
		}
		if tt.place != "" && a.Traces[0].Place != tt.place {
			t.Errorf("%q: place read in %q, want %q", tt.text, a.Traces[0].Place, tt.place)
		}
		if tt.step == "" {
			if len(a.Dropped) > 0 {
				t.Errorf("%q: dropped %+v, want none", tt.text, a.Dropped)
			}
			continue
		}
		if len(a.Dropped) == 0 {
			t.Errorf("%q: nothing dropped, want a %s drop", tt.text, tt.step)
			continue
		}
		d := a.Dropped[0]
		if d.Step != tt.step || d.Cue != tt.cue || !strings.Contains(d.Reason, tt.reason) || d.Evidence.Text == "" {
			t.Errorf("%q: first drop %+v; want step %s, cue %q, reason with %q", tt.text, d, tt.step, tt.cue, tt.reason)
		}
	}
}

// TestAccountAsExtract checks on the development gold files that Account
// keeps exactly what Extract returns, with one trace per incident.
func TestAccountAsExtract(t *testing.T) {
	e := realExtractor(t)
	for _, name := range []string{"dev", "dev2", "dev3", "fusion", "fusion2"} {
		for _, c := range readGold(t, filepath.Join("..", "testdata", "gold", name+".jsonl")) {
			r, err := report.DecodeLine(c.Report, report.Options{})
			if err != nil {
				t.Fatal(err)
			}
			a := e.Account(r)
			if want := e.Extract(r); !reflect.DeepEqual(a.Incidents, want) || len(a.Traces) != len(want) {
				t.Errorf("%s:%d: Account keeps %d incidents (%d traces), Extract returns %d", name, c.Line, len(a.Incidents), len(a.Traces), len(want))
			}
		}
	}
}
