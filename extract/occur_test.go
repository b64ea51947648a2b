package extract

import (
	"strings"
	"testing"
)

func TestIndexSpaced(t *testing.T) {
	for _, tc := range []struct{ s, m string }{
		{"en dos puntos de la via", " puntos"},
		{"apuntos y puntos", " puntos"},
		{"puntos", " puntos"},
		{" puntos", " puntos"},
		{"", " y, "},
		{"uno y, dos", " y, "},
		{"  a", "  "},
		{"x", " x"},
		{"abc", "a"},
	} {
		if got, want := indexSpaced(tc.s, tc.m), strings.Index(tc.s, tc.m); got != want {
			t.Errorf("indexSpaced(%q, %q) = %d, want %d", tc.s, tc.m, got, want)
		}
	}
}

// FuzzIndexSpaced compares indexSpaced with strings.Index.
func FuzzIndexSpaced(f *testing.F) {
	f.Add("dos puntos, tres puntos", " puntos")
	f.Fuzz(func(t *testing.T, s, m string) {
		if got, want := indexSpaced(s, m), strings.Index(s, m); got != want {
			t.Fatalf("indexSpaced(%q, %q) = %d, want %d", s, m, got, want)
		}
	})
}
