package gazetteer

import (
	"reflect"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/fold"
)

// TestFindFolded checks that FindFolded on a fold, or on a Sub of a larger
// fold, finds what Find finds in the same text.
func TestFindFolded(t *testing.T) {
	g := load(t)
	tests := []struct {
		text string
		want int // mentions Find gives
	}{
		{"Bloqueos en Tlaquepaque y Zapopan, Jalisco.", 3},
		{"quema de vehiculos en tlaquepaque jalisco", 2},
		{"Ataque en Yalisco y Guanajato deja dos muertos.", 2}, // fuzzy pass
		{"balacera-en-zapopan-jalisco", 2},                     // a slug
		{"Sin lugar alguno.", 0},
	}
	for _, tt := range tests {
		want := g.Find(tt.text)
		if len(want) != tt.want {
			t.Errorf("Find(%q) gives %d mentions, want %d", tt.text, len(want), tt.want)
		}
		if got := g.FindFolded(fold.New(tt.text)); !reflect.DeepEqual(got, want) {
			t.Errorf("FindFolded(%q) = %v, want %v", tt.text, got, want)
		}
		// The same text inside a larger one, read through a Sub.
		pre, post := "Crónica. ", " Fin del reporte."
		whole := fold.New(pre + tt.text + post)
		sub := whole.Sub(len(pre), len(pre)+len(tt.text))
		if sub.Source() != tt.text {
			t.Fatalf("Sub source %q, want %q", sub.Source(), tt.text)
		}
		if got := g.FindFolded(sub); !reflect.DeepEqual(got, want) {
			t.Errorf("FindFolded(Sub %q) = %v, want %v", strings.TrimSpace(tt.text), got, want)
		}
	}
}
