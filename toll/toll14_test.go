package toll

import "testing"

// TestBareTollOf checks a headline's bare "Toll" followed by the act it
// counts before its verb of rising ("Toll in Tepic bar attack rises to
// 9"): the dead of that act; a fee's toll, in money, is none.
func TestBareTollOf(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []fig
	}{
		{"Toll in Tepic bar attack rises to 9", []fig{{Killed, 9, false, "Toll in Tepic bar attack rises to 9"}}},
		{"Toll from Durango bus ambush climbs to 12", []fig{{Killed, 12, false, "Toll from Durango bus ambush climbs to 12"}}},
		{"Toll of Colima prison riot reaches at least 20", []fig{{Killed, 20, true, "Toll of Colima prison riot reaches at least 20"}}},
		{"Toll on Tepic highway rises to 80 pesos", nil},
		{"Toll from Tepic to Compostela rises to 95 pesos", nil},
		{"Toll for trucks on the Tepic road rises to 120", nil},
	} {
		var got []fig
		for _, f := range Find(tt.in) {
			got = append(got, fig{f.Kind, f.N, f.AtLeast, tt.in[f.Start:f.End]})
		}
		if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
			t.Errorf("Find(%q) = %+v; want %+v", tt.in, got, tt.want)
		}
	}
}
