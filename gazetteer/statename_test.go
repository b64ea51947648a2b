package gazetteer

import "testing"

func TestStateWordAfter(t *testing.T) {
	tests := []struct {
		text string
		end  int
		want bool
	}{
		{"in Guanajuato state, two men", 13, true},
		{"in Guanajuato State", 13, true},
		{"in Guanajuato statement", 13, false},
		{"in Guanajuato, state officials", 13, false},
		{"in Guanajuato", 13, false},
		{"x", 5, false},
	}
	for _, tt := range tests {
		if got := stateWordAfter(tt.text, tt.end); got != tt.want {
			t.Errorf("stateWordAfter(%q, %d) = %v, want %v", tt.text, tt.end, got, tt.want)
		}
	}
}

// TestTownInStateSaid checks that a town followed by ", in X state" is the
// town, not dropped as a neighbourhood of X's namesake capital.
func TestTownInStateSaid(t *testing.T) {
	g := load(t)
	text := "Two men fired at a pharmacy in Celaya, in Guanajuato state, on Tuesday."
	found := false
	for _, r := range g.Resolve(text, g.Find(text), "") {
		if r.Place.Name == "Celaya" {
			found = true
		}
	}
	if !found {
		t.Errorf("Celaya not resolved in %q", text)
	}
}
