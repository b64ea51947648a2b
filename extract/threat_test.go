package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
)

// TestProtestThreat checks the threats that warn of a protest's measure
// (protestThreat) and those of harm, or with a weapon, that stay acts.
func TestProtestThreat(t *testing.T) {
	tests := []struct {
		text, cue string
		want      bool
	}{
		{"amenazan con tomar presidencia de huimilpan", "amenazan con", true},
		{"comerciantes amenazan con cerrar negocios", "amenazan con", true},
		{"transportistas amenazan con bloquear la autopista", "amenazan con", true},
		{"amenazan con matar a comerciantes de chilapa", "amenazan con", false},
		{"amenazan con quemar los negocios", "amenazan con", false},
		{"lo amenazan con un arma", "amenazan con", false},
		{"amenazan con machete a vecino", "amenazan con", false},
		{"amenazan a periodista", "amenazan a", false},
		{"amenazan con paro transportistas en toluca", "amenazan con", true},
		{"maestros amenazan con huelga", "amenazan con", true},
		{"amenazan con una marcha al congreso", "amenazan con", true},
		{"amenazan con una pistola a un taxista", "amenazan con", false},
	}
	for _, tt := range tests {
		f := fold.New(tt.text).Folded
		at := indexOf(f, tt.cue)
		if at < 0 {
			t.Fatalf("%q not in %q", tt.cue, f)
		}
		if got := protestThreat(f, at, at+len(tt.cue), len(f)); got != tt.want {
			t.Errorf("protestThreat(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestHeadlinesPPD10 reads testdata/headlines_ppd10.tsv, Spanish
// headlines of the genres that fill a headline with violent words and
// tell no act (policy, statistics, court steps, speech, protests,
// funerals and memorials, anniversaries, accidents, figures of speech,
// warnings, a protest's threat, rehearsals, a scam warned of, an
// accident's toll, sport), with acts of like wording: the first 167 rows
// written before any rule of branch ppd10, the last 11 after its first.
// Scored with main before the branch: 11 of the 11 acts found (11 in
// their state and type), 122 of the 167 non-acts clean; the test keeps
// the floor the branch reached.
func TestHeadlinesPPD10(t *testing.T) {
	checkHeadlineFloors(t, "headlines_ppd10.tsv", time.Date(2026, 11, 30, 12, 0, 0, 0, mexico), 11, 11, 140)
}
