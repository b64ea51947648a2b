package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

func TestMetroZone(t *testing.T) {
	tests := []struct {
		code, want string
	}{
		{"09", "09"},       // Mexico City as a whole: the Valle de México's core
		{"09007", "09"},    // Iztapalapa
		{"15033", "09"},    // Ecatepec, State of Mexico
		{"15057", "09"},    // Naucalpan
		{"14039", "14039"}, // Guadalajara, its own core
		{"14120", "14039"}, // Zapopan
		{"19026", "19039"}, // Guadalupe, Nuevo León
		{"17011", "17007"}, // Jiutepec
		{"28033", "28032"}, // Río Bravo
		{"10007", "05035"}, // Gómez Palacio, Durango, in La Laguna
		{"15", ""},         // the State of Mexico is no zone's
		{"14066", ""},      // Poncitlán: outside Guadalajara's zone
		{"32005", ""},      // Calera: outside Zacatecas'
		{"", ""},
	}
	for _, tt := range tests {
		if got := MetroZone(tt.code); got != tt.want {
			t.Errorf("MetroZone(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// TestMetroZonePlaces checks that the gazetteer's metropolitan zones (the
// places named "Zona Metropolitana ...") and MetroZone agree: every
// municipality a zone covers is of one zone, and that zone's core is
// among them.
func TestMetroZonePlaces(t *testing.T) {
	g := load(t)
	seen := 0
	for id := range g.Len() {
		p := g.Place(id)
		if p.Kind != MetroArea || !strings.HasPrefix(p.Name, "Zona Metropolitana") {
			continue
		}
		seen++
		zone := MetroZone(p.Municipalities[0])
		if zone == "" {
			t.Errorf("%s: %s is in no zone", p.Name, p.Municipalities[0])
			continue
		}
		for _, m := range p.Municipalities {
			if z := MetroZone(m); z != zone {
				t.Errorf("%s: %s is in zone %q, want %q", p.Name, m, z, zone)
			}
		}
		if _, ok := g.Municipality(zone); !ok && zone != "09" {
			t.Errorf("%s: core %s is no municipality", p.Name, zone)
		}
	}
	if seen < 6 {
		t.Errorf("%d metropolitan zones in the gazetteer, want at least 6", seen)
	}
}

// TestMetroStates checks that MetroStates lists the state of every
// municipality of the gazetteer that MetroZone puts in a zone, the zone's
// own state first.
func TestMetroStates(t *testing.T) {
	g := load(t)
	n := 0
	for _, p := range g.Municipalities() {
		z := MetroZone(p.MunicipalityCode)
		if z == "" {
			continue
		}
		n++
		states := MetroStates(z)
		if len(states) == 0 || states[0] != z[:2] {
			t.Errorf("MetroStates(%q) = %q, want %q first", z, states, z[:2])
		}
		if !slices.Contains(states, p.StateCode) {
			t.Errorf("%s (%s) is in zone %q, whose states %q leave out %s", p.Name, p.MunicipalityCode, z, states, p.StateCode)
		}
	}
	if n < 100 {
		t.Errorf("%d municipalities in a zone, want at least 100", n)
	}
	if got := MetroStates(""); got != nil {
		t.Errorf(`MetroStates("") = %q, want nil`, got)
	}
}
