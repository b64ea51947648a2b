package gazetteer

import "testing"

// TestCapitalNames checks the English names of a state's capital
// (capitalNames): the state's adjective, English or Spanish, before
// "capital", the state's name before "state capital", "'s capital" or
// "capital" and after "capital of" name the capital's municipality; the
// adjective alone names no place, "Mexico" alone is the country (its
// capital is no state's), and "Baja" may be either Baja California.
func TestCapitalNames(t *testing.T) {
	g := load(t)
	tests := []struct {
		text, muni string // muni "": no place in the capital's municipality
	}{
		{"Four killed in the Sinaloan capital", "25006"},
		{"Two men executed in the Sonoran capital", "26030"},
		{"Man shot dead in the Jaliscan capital", "14039"},
		{"Two killed in the Potosino capital", "24028"},
		{"Man stabbed to death in the Yucatecan capital", "31050"},
		{"Two police killed in the Zacatecas state capital", "32056"},
		{"Rancher killed in Durango state capital", "10005"},
		{"Nephew shot dead in Sinaloa’s capital", "25006"},
		{"Two shot dead in the capital of Sinaloa", "25006"},
		{"Commander killed in the Mexico state capital", "15106"},
		{"Two killed in the capital of Mexico state", "15106"},
		{"Jaliscan businessman shot dead on highway", ""},
		{"Gunmen kill 5 in Mexico's capital", ""},
		{"Gunmen kill three in the capital of Mexico", ""},
		{"Rancher killed outside the Baja capital", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range g.Resolve(tt.text, g.Find(tt.text), "") {
			if r.Place.MunicipalityCode != "" {
				got = append(got, r.Place.MunicipalityCode)
			}
		}
		switch {
		case tt.muni == "" && len(got) > 0:
			t.Errorf("%q: municipalities %v, want none", tt.text, got)
		case tt.muni != "" && (len(got) != 1 || got[0] != tt.muni):
			t.Errorf("%q: municipalities %v, want %s", tt.text, got, tt.muni)
		}
	}
}
