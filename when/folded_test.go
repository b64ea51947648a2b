package when

import (
	"reflect"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/fold"
)

// TestFindFolded checks that FindFolded on a Sub of a larger fold finds
// what Find finds in the same text, with offsets in that text.
func TestFindFolded(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		text string
		want int // expressions Find gives
	}{
		{"El ataque ocurrió ayer por la mañana en Colima.", 1},
		{"Desde el pasado 3 de agosto de 2024, y hasta hoy", 2},
		{"Sucedió la noche del lunes; el martes hubo otro.", 2},
		{"Nada que fechar aquí.", 0},
	}
	for _, tt := range tests {
		want := r.Find(tt.text, "es", testPub)
		if len(want) != tt.want {
			t.Errorf("Find(%q) gives %d expressions, want %d", tt.text, len(want), tt.want)
		}
		pre, post := "Álbum: ", " Señor."
		sub := fold.New(pre+tt.text+post).Sub(len(pre), len(pre)+len(tt.text))
		if got := r.FindFolded(sub, "es", testPub); !reflect.DeepEqual(got, want) {
			t.Errorf("FindFolded(Sub %q) = %v, want %v", tt.text, got, want)
		}
	}
}

// TestFindRanges checks that FindRanges reads each range as FindFolded
// reads its Sub, with spans moved to the whole text, though the tokens of
// a longer range were read into its buffer before.
func TestFindRanges(t *testing.T) {
	r := resolver(t)
	parts := []string{
		"Desde el pasado 3 de agosto de 2024, y hasta hoy, se han registrado ataques en la zona.",
		"Nada que fechar aquí.",
		"El ataque ocurrió ayer por la mañana en Colima.",
	}
	text := strings.Join(parts, " ")
	ft := fold.New(text)
	var ranges [][2]int
	at := 0
	for _, p := range parts {
		ranges = append(ranges, [2]int{at, at + len(p)})
		at += len(p) + 1
	}
	var want []Expr
	for _, rg := range ranges {
		for _, x := range r.FindFolded(ft.Sub(rg[0], rg[1]), "es", testPub) {
			x.Start += rg[0]
			x.End += rg[0]
			want = append(want, x)
		}
	}
	if len(want) != 3 {
		t.Fatalf("FindFolded over the ranges gives %d expressions, want 3: %v", len(want), want)
	}
	if got := text[want[2].Start:want[2].End]; !strings.HasPrefix(got, "ayer") {
		t.Errorf("last expression spans %q, want it to start with %q", got, "ayer")
	}
	if got := r.FindRanges(ft, ranges, "es", testPub); !reflect.DeepEqual(got, want) {
		t.Errorf("FindRanges = %v, want %v", got, want)
	}
}
