package toll

import (
	"reflect"
	"testing"

	"github.com/atalaya/atalaya/fold"
)

// TestFindFolded checks that FindFolded on a Sub of a larger fold finds
// what Find finds in the same text, with offsets in that text.
func TestFindFolded(t *testing.T) {
	tests := []struct {
		text string
		want int // figures Find gives
	}{
		{"Ataque armado deja tres muertos y dos heridos en Tonalá.", 2},
		{"GUNMEN KILL FIVE IN CULIACÁN", 1},
		{"Sin víctimas que lamentar.", 0},
	}
	for _, tt := range tests {
		want := Find(tt.text)
		if len(want) != tt.want {
			t.Errorf("Find(%q) gives %d figures, want %d", tt.text, len(want), tt.want)
		}
		pre, post := "Crónica — ", " Fin."
		sub := fold.New(pre+tt.text+post).Sub(len(pre), len(pre)+len(tt.text))
		if got := FindFolded(sub); !reflect.DeepEqual(got, want) {
			t.Errorf("FindFolded(Sub %q) = %v, want %v", tt.text, got, want)
		}
	}
}
