package toll

import "testing"

// TestDeprivedOfLife checks the machine translation of "privados de la
// vida" ("Four men deprived of life in Ecatepec"): people deprived of
// life, of their lives, are dead; of their liberty, of water or of
// sleep they are not.
func TestDeprivedOfLife(t *testing.T) {
	tests := []struct {
		in     string
		killed int
	}{
		{"Four men deprived of life in Ecatepec", 4},
		{"Two young men deprived of their lives in Morelia", 2},
		{"Three people were deprived of life in Torreon", 3},
		{"Woman deprived of her life at her home in Leon", 1},
		{"Five men deprived of their liberty in Celaya", -1},
		{"Two towns deprived of water for a week in Oaxaca", -1},
	}
	for _, tt := range tests {
		if got := killedOf(tt.in); got != tt.killed {
			t.Errorf("%q: killed %d, want %d", tt.in, got, tt.killed)
		}
	}
}
