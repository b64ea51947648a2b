package gazetteer

import "testing"

// TestResolveHeadings checks English headlines, and lists of them one a
// line, whose places the writers qualify the way wire and blog titles do:
// a town shortened by its saint to another town's name, then its state
// ("Totolapan Guerrero:"); a community the gazetteer lacks, then its
// municipality and state; a state and what the headline counts there as
// its label ("Guerrero executions:"); a label opening the second of two
// headlines after a street-like word ending the first, or a town and its
// state opening it. The texts are written for the test.
func TestResolveHeadings(t *testing.T) {
	g := load(t)
	tests := []struct {
		text string
		want []want
	}{
		{"Totolapan Guerrero: armed attack leaves 7 dead",
			[]want{{"Totolapan", "San Miguel Totolapan", "12054"}, {"Guerrero", "Guerrero", "12"}}},
		// (the state's name, also a surname, stays a qualifier)
		{"Gunmen attack police in Totolapan, Guerrero",
			[]want{{"Totolapan", "San Miguel Totolapan", "12054"}}},
		// Without its state, Totolapan is the town of that name.
		{"Gunmen attack police in Totolapan",
			[]want{{"Totolapan", "Totolapan", "17027"}}},
		{"They murder five people in San Cristóbal, Fresnillo, Zacatecas",
			[]want{{"Fresnillo", "Fresnillo", "32010"}, {"Zacatecas", "Zacatecas", "32"}}},
		// A list of towns of one state keeps each town.
		{"Two killed in Badiraguato, Cosalá",
			[]want{{"Badiraguato", "Badiraguato", "25003"}, {"Cosalá", "Cosalá", "25005"}}},
		{"Guerrero executions: 21 killed in two days",
			[]want{{"Guerrero", "Guerrero", "12"}}},
		{"Guerrero executions continue", nil},
		// A line opens a sentence: a capitalized name starting it is
		// no first name of the one after it.
		{"Vigilantes rise up in Guerrero\nTotolapan Guerrero: armed attack leaves 7 dead",
			[]want{{"Guerrero", "Guerrero", "12"}, {"Totolapan", "San Miguel Totolapan", "12054"}, {"Guerrero", "Guerrero", "12"}}},
		{"Body found on the roof of a hospital\nSinaloa: two bodies thrown from a plane",
			[]want{{"Sinaloa", "Sinaloa", "25"}}},
	}
	for _, tt := range tests {
		checkResolved(t, g, tt.text, tt.want)
	}
}

// checkResolved checks the places Resolve reads in text, in order: each
// one's text, name and code (the state's for a state, else the
// municipality's).
func checkResolved(t *testing.T, g *Gazetteer, text string, wants []want) {
	t.Helper()
	var got []want
	for _, r := range g.Resolve(text, g.Find(text), "") {
		code := r.Place.MunicipalityCode
		if r.Place.Kind == State {
			code = r.Place.StateCode
		}
		got = append(got, want{r.Text, r.Place.Name, code})
	}
	if len(got) != len(wants) {
		t.Errorf("Resolve(%q) = %v, want %v", text, got, wants)
		return
	}
	for i := range got {
		if got[i] != wants[i] {
			t.Errorf("Resolve(%q)[%d] = %v, want %v", text, i, got[i], wants[i])
		}
	}
}
