package eval

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/model"
)

func TestStateMissCause(t *testing.T) {
	jal := dataset.Gold{StateCode: "14", Types: []model.IncidentType{model.Homicide}, NamesPlace: true}
	untyped := dataset.Gold{StateCode: "14", NamesPlace: true}
	at := func(state string, basis model.GeoBasis) model.Incident {
		return model.Incident{Type: model.Homicide, Location: model.Location{StateCode: state, Basis: basis}}
	}
	// A headline naming "Tonalá" (Jalisco or Chiapas) and "Chiapas".
	tonala := func(resolved string) *PlaceReading {
		return &PlaceReading{Home: "07", Names: []PlaceName{{States: []string{"14", "07"}, Resolved: resolved}}}
	}
	tests := []struct {
		name string
		g    dataset.Gold
		incs []model.Incident
		r    *PlaceReading
		want string
	}{
		{"none, typed", jal, nil, nil, MissNoneTyped + " (homicide)"},
		{"none, ambiguous", dataset.Gold{StateCode: "14", TypeAmbiguous: true}, nil, nil, MissNoneTyped + " (several)"},
		{"none, untyped", untyped, nil, nil, MissNoneUntyped},
		{"no state", jal, []model.Incident{at("", "")}, tonala("14"), MissNoState + " (a name of the gold state read there)"},
		{"no state, no reading", jal, []model.Incident{at("", "")}, nil, MissNoState},
		{"second incident right", jal, []model.Incident{at("07", model.BasisText), at("14", model.BasisText)}, nil, MissOtherIncident},
		{"prior only", jal, []model.Incident{at("07", model.BasisOutletPrior)}, tonala(""), MissPrior + " (a name of the gold state judged no place)"},
		{"prior only, nothing found", jal, []model.Incident{at("07", model.BasisOutletPrior)}, &PlaceReading{}, MissPrior + " (no name of the gold state found)"},
		{"no reading", jal, []model.Incident{at("07", model.BasisText)}, nil, MissWrong},
		{"read right, pinned elsewhere", jal, []model.Incident{at("07", model.BasisText)}, tonala("14"), MissPinned},
		{"homonym at home", jal, []model.Incident{at("07", model.BasisText)}, tonala("07"), MissHomonymHome},
		{"homonym away", jal, []model.Incident{at("07", model.BasisText)},
			&PlaceReading{Home: "09", Names: []PlaceName{{States: []string{"14", "07"}, Resolved: "07"}}}, MissHomonym},
		{"dropped", jal, []model.Incident{at("07", model.BasisText)}, tonala(""), MissDropped},
		{"names the other state", jal, []model.Incident{at("07", model.BasisText)},
			&PlaceReading{Names: []PlaceName{{States: []string{"07"}, Resolved: "07", IsState: true}}}, MissNamesOther},
		{"not found", jal, []model.Incident{at("07", model.BasisText)},
			&PlaceReading{Names: []PlaceName{{States: []string{"07"}, Resolved: "07"}}}, MissNotFound},
	}
	for _, tt := range tests {
		if got := stateMissCause(tt.g, tt.incs, tt.r); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestRunSetsStateMisses counts the misses by cause and distinct text and
// prints them per split.
func TestRunSetsStateMisses(t *testing.T) {
	line := func(text string) []byte { return []byte(`{"text":"` + text + `"}`) }
	g := dataset.Gold{StateCode: "14", NamesPlace: true, Types: []model.IncidentType{model.Homicide}}
	items := []dataset.Item{
		{ID: "1", Split: dataset.Dev, Line: line("a"), Gold: g},
		{ID: "2", Split: dataset.Dev, Line: line("a"), Gold: g},
		{ID: "3", Split: dataset.Dev, Line: line("b"), Gold: g},
		{ID: "4", Split: dataset.Check, Line: line("c"), Gold: g},
		{ID: "5", Split: dataset.Check, Line: line("d"), Gold: g},
	}
	found := map[string][]model.Incident{
		"3": {{Type: model.Homicide, Location: model.Location{StateCode: "07", Basis: model.BasisText}}},
		"4": {{Type: model.Homicide, Location: model.Location{StateCode: "14", Basis: model.BasisText}}},
	}
	p := func(it dataset.Item) ([]model.Incident, error) { return found[it.ID], nil }
	read := func(dataset.Item) PlaceReading {
		return PlaceReading{Names: []PlaceName{{States: []string{"14", "07"}, Resolved: "07"}}}
	}
	s, err := RunSetsReading(context.Background(), []dataset.Set{{Name: "x", Title: "X", Items: items}}, "all", 2, p, read)
	if err != nil {
		t.Fatal(err)
	}
	dev, check := s.Sets[0].Splits[0], s.Sets[0].Splits[1]
	none := MissNoneTyped + " (homicide)"
	if dev.StateMisses[none] != 2 || dev.StateMissTexts[none] != 1 || dev.StateMisses[MissHomonym] != 1 {
		t.Errorf("dev misses %v texts %v", dev.StateMisses, dev.StateMissTexts)
	}
	if check.StateMisses[none] != 1 || len(check.StateMisses) != 1 {
		t.Errorf("check misses %v", check.StateMisses)
	}
	var b bytes.Buffer
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"state misses, headline names a place", none, "2 (1)", MissHomonym} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestRunSetsStateAllParts counts the rows placed by the outlet prior
// alone and those with no place named and no home, and the ceiling they
// leave the state_all figure.
func TestRunSetsStateAllParts(t *testing.T) {
	line := []byte(`{"text":"x"}`)
	named := dataset.Gold{StateCode: "14", NamesPlace: true}
	unnamed := dataset.Gold{StateCode: "14"}
	items := []dataset.Item{
		{ID: "1", Split: dataset.Dev, Line: line, Gold: named},   // text, right
		{ID: "2", Split: dataset.Dev, Line: line, Gold: unnamed}, // prior, right
		{ID: "3", Split: dataset.Dev, Line: line, Gold: unnamed}, // prior, wrong
		{ID: "4", Split: dataset.Dev, Line: line, Gold: unnamed}, // no home, none found
		{ID: "5", Split: dataset.Dev, Line: line, Gold: unnamed}, // no home, right by its text
	}
	at := func(st string, b model.GeoBasis) []model.Incident {
		return []model.Incident{{Type: model.Homicide, Location: model.Location{StateCode: st, Basis: b}}}
	}
	found := map[string][]model.Incident{
		"1": at("14", model.BasisText), "2": at("14", model.BasisOutletPrior),
		"3": at("07", model.BasisOutletPrior), "5": at("14", model.BasisText),
	}
	p := func(it dataset.Item) ([]model.Incident, error) { return found[it.ID], nil }
	read := func(it dataset.Item) PlaceReading {
		if it.ID == "4" || it.ID == "5" {
			return PlaceReading{}
		}
		return PlaceReading{Home: "14"}
	}
	s, err := RunSetsReading(context.Background(), []dataset.Set{{Name: "x", Title: "X", Items: items}}, "dev", 1, p, read)
	if err != nil {
		t.Fatal(err)
	}
	got := s.Sets[0].Splits[0].StateAll
	// Five rows, two without a place or a home of which one is right:
	// at most 5 - 2 + 1 = 4.
	want := StateAllParts{Prior: 2, PriorRight: 1, NoHome: 2, NoHomeRight: 1, Ceiling: 4}
	if got == nil || *got != want {
		t.Fatalf("state_all parts %+v, want %+v", got, want)
	}
	var b bytes.Buffer
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	if w := "2 placed by the outlet prior only (1 right); 2 name no place of the gold's and their source has no home (1 right): at most 4/5 (80.0%)"; !strings.Contains(b.String(), w) {
		t.Errorf("output lacks %q:\n%s", w, b.String())
	}
}
