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

// TestStateAfterRegion checks a state whose name is a surname too
// (Guerrero) named after a region of it and "de" or "of" ("la Montaña de
// Guerrero", "the mountains of Guerrero"), and a state named after "the
// western Mexico state of", which is no State of Mexico. A person "de
// Guerrero" stays no place. The texts are written for the test.
func TestStateAfterRegion(t *testing.T) {
	g := load(t)
	tests := []struct {
		text, state string // state "": no place
	}{
		{"Seis muertos en un enfrentamiento en la Montaña de Guerrero", "12"},
		{"Emboscan a policías en la región de la Montaña de Guerrero", "12"},
		{"Asesinan a tres en la Costa Chica de Guerrero", "12"},
		{"Bloqueos en la Tierra Caliente de Guerrero", "12"},
		{"Six killed in a gun battle in the mountains of Guerrero", "12"},
		{"Gunmen burned trucks in the western Mexico state of Michoacan", "16"},
		{"Gunmen burned trucks in the southern Mexico state of Guerrero", "12"},
		{"Gunmen burned trucks in Mexico State on Friday", "15"},
		{"Una chica de Guerrero fue detenida", ""},
	}
	for _, tt := range tests {
		rs := g.Resolve(tt.text, g.Find(tt.text), "")
		var got []string
		for _, r := range rs {
			got = append(got, r.Text+" "+r.Place.StateCode)
		}
		if tt.state == "" && len(rs) != 0 || tt.state != "" && (len(rs) != 1 || rs[0].Place.StateCode != tt.state) {
			t.Errorf("Resolve(%q) = %v, want state %q", tt.text, got, tt.state)
		}
	}
}
