package gazetteer

import (
	"fmt"
	"os"
	"path/filepath"
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

// TestMetroZoneMembership holds the zones generated from places.tsv to
// the switch metro22 wrote by hand (testdata/metro22_zones.tsv): every
// code it mapped maps to the same core, and no other municipality or
// state of the gazetteer is in a zone.
func TestMetroZoneMembership(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "metro22_zones.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		core, members, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("metro22_zones.tsv: %q: want core TAB members", l)
		}
		for _, c := range strings.Split(members, ",") {
			want[c] = core
		}
	}
	if len(want) != 206 {
		t.Fatalf("metro22_zones.tsv: %d codes, want 206", len(want))
	}
	for c, core := range want {
		if got := MetroZone(c); got != core {
			t.Errorf("MetroZone(%q) = %q, want %q", c, got, core)
		}
	}
	g := load(t)
	codes := []string{""}
	for _, p := range g.Municipalities() {
		codes = append(codes, p.MunicipalityCode)
	}
	for st := 1; st <= 32; st++ {
		codes = append(codes, fmt.Sprintf("%02d", st))
	}
	for _, c := range codes {
		if _, ok := want[c]; !ok && MetroZone(c) != "" {
			t.Errorf("MetroZone(%q) = %q, want none", c, MetroZone(c))
		}
	}
}

// TestMetroStatesAcross checks the zones that reach into another state.
func TestMetroStatesAcross(t *testing.T) {
	tests := []struct {
		zone string
		want []string
	}{
		{"09", []string{"09", "15", "13"}}, // Valle de México
		{"05035", []string{"05", "10"}},    // La Laguna
		{"14067", []string{"14", "18"}},    // Puerto Vallarta
		{"28038", []string{"28", "30"}},    // Tampico
		{"14039", []string{"14"}},          // Guadalajara
		{"14120", nil},                     // Zapopan: a member, no core
	}
	for _, tt := range tests {
		if got := MetroStates(tt.zone); !slices.Equal(got, tt.want) {
			t.Errorf("MetroStates(%q) = %q, want %q", tt.zone, got, tt.want)
		}
	}
}

// TestMetroReach checks the states a state's zones reach: every state of
// a zone whose core lies in the state, only when one crosses its line.
func TestMetroReach(t *testing.T) {
	tests := []struct {
		state string
		want  []string
	}{
		{"09", []string{"09", "15", "13"}}, // Valle de México
		{"05", []string{"05", "10"}},       // Torreón's La Laguna
		{"28", []string{"28", "30"}},       // Tampico, Pueblo Viejo, Pánuco
		{"14", []string{"14", "18"}},       // Puerto Vallarta, Bahía de Banderas
		{"10", nil},                        // Durango: no core of its own across a line
		{"19", nil},                        // Monterrey's zone within Nuevo León
		{"", nil},
	}
	for _, tt := range tests {
		if got := MetroReach(tt.state); !slices.Equal(got, tt.want) {
			t.Errorf("MetroReach(%q) = %q, want %q", tt.state, got, tt.want)
		}
	}
}
