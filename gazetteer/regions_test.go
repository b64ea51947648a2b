package gazetteer

import "testing"

// TestRegionsOfOneState checks regions that lie in one state, named alone
// in English and Spanish headlines: the Sierra Tarahumara (Chihuahua), the
// Costa Grande (Guerrero) and the Mexican Caribbean (Quintana Roo). The
// texts are written for the test.
func TestRegionsOfOneState(t *testing.T) {
	g := load(t)
	tests := []struct {
		text, state string
	}{
		{"Violence in the Sierra Tarahumara leaves 4 dead", "08"},
		{"Asesinan a cinco en la Sierra Tarahumara", "08"},
		{"Emboscan a policías en la Costa Grande", "12"},
		{"Seven killed in attack on bar in Mexican Caribbean resort", "23"},
		{"Hallan dos cuerpos en el Caribe mexicano", "23"},
	}
	for _, tt := range tests {
		rs := g.Resolve(tt.text, g.Find(tt.text), "")
		if len(rs) != 1 || rs[0].Place.StateCode != tt.state {
			var got []string
			for _, r := range rs {
				got = append(got, r.Text+" "+r.Place.StateCode)
			}
			t.Errorf("Resolve(%q) = %v, want one place in state %s", tt.text, got, tt.state)
		}
	}
}
