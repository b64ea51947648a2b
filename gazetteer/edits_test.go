package gazetteer

import (
	"testing"

	"github.com/agnivade/levenshtein"
)

var editPairs = [][2]string{
	{"jalisco", "jalisco"}, {"jalisko", "jalisco"}, {"xalisco", "jalisco"}, {"jalsico", "jalisco"},
	{"michoacan", "michoacan"}, {"michuacan", "michoacan"}, {"mchoacan", "michoacan"}, {"michoacann", "michoacan"},
	{"tamaulipas", "tamaulipaz"}, {"guanajuato", "guanajato"}, {"sonora", "sinaloa"}, {"", "abc"}, {"abc", ""},
	{"chihuahua", "chiuahua"}, {"queretaro", "querétaro"}, {"zacatecas", "sacatekas"}, {"ab", "ba"},
}

func TestEditsWithin(t *testing.T) {
	for _, p := range editPairs {
		for k := 0; k <= 3; k++ {
			want := min(levenshtein.ComputeDistance(p[0], p[1]), k+1)
			if got := editsWithin(p[0], p[1], k); got != want {
				t.Errorf("editsWithin(%q, %q, %d) = %d, want %d", p[0], p[1], k, got, want)
			}
		}
	}
	// one letter changed, one left out: two edits
	if got := editsWithin("xalsco", "jalisco", 2); got != 2 {
		t.Errorf("editsWithin(xalsco, jalisco, 2) = %d, want 2", got)
	}
}

func FuzzEditsWithin(f *testing.F) {
	for _, p := range editPairs {
		f.Add(p[0], p[1], uint8(2))
	}
	f.Fuzz(func(t *testing.T, a, b string, k uint8) {
		kk := int(k % 4)
		want := min(levenshtein.ComputeDistance(a, b), kk+1)
		if got := editsWithin(a, b, kk); got != want {
			t.Errorf("editsWithin(%q, %q, %d) = %d, want %d", a, b, kk, got, want)
		}
	})
}
