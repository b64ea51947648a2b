package when

import (
	"reflect"
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
