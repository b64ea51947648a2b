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

// TestFindRanges checks that FindRanges reads each range as FindFolded
// reads its Sub, with spans moved to the whole text, and that a range read
// after another is not disturbed by what the finder kept from it.
func TestFindRanges(t *testing.T) {
	text := "Ataque armado deja tres muertos y dos heridos en Tonalá. Clima templado. " +
		"GUNMEN KILL FIVE IN CULIACÁN. Sin víctimas que lamentar. Hallan a hombre sin vida."
	ft := fold.New(text)
	ranges := [][2]int{{0, 57}, {74, 104}, {105, 160}}
	var want []Figure
	for _, rg := range ranges {
		for _, x := range FindFolded(ft.Sub(rg[0], rg[1])) {
			x.Start += rg[0]
			x.End += rg[0]
			want = append(want, x)
		}
	}
	// tres muertos, dos heridos; five killed; one found dead.
	if len(want) != 4 {
		t.Fatalf("FindFolded over the ranges gives %d figures, want 4: %v", len(want), want)
	}
	if got := text[want[3].Start:want[3].End]; got != "hombre sin vida" {
		t.Errorf("last figure spans %q, want %q", got, "hombre sin vida")
	}
	if got := FindRanges(ft, ranges); !reflect.DeepEqual(got, want) {
		t.Errorf("FindRanges = %v, want %v", got, want)
	}
}
