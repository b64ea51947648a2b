package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestOccurrences(t *testing.T) {
	for _, tc := range []struct {
		s, m     string
		want     []int
		overlaps []int
	}{
		{"a a a", "a a", []int{0}, []int{0, 2}},
		{"uno, dos, tres", ", ", []int{3, 8}, []int{3, 8}},
		{"sin nada", "mil", nil, nil},
		{"", "mil", nil, nil},
		{"aaaa", "aa", []int{0, 2}, []int{0, 1, 2}},
		{"mil mil", "mil", []int{0, 4}, []int{0, 4}},
		{"ab", "", []int{0, 1, 2}, []int{0, 1, 2}}, // the empty string at every offset, once
	} {
		if got := slices.Collect(occurrences(tc.s, tc.m)); !slices.Equal(got, tc.want) {
			t.Errorf("occurrences(%q, %q) = %v, want %v", tc.s, tc.m, got, tc.want)
		}
		if got := slices.Collect(overlapping(tc.s, tc.m)); !slices.Equal(got, tc.overlaps) {
			t.Errorf("overlapping(%q, %q) = %v, want %v", tc.s, tc.m, got, tc.overlaps)
		}
	}
}

func TestOccurrencesStop(t *testing.T) {
	var got []int
	for j := range occurrences("x x x x", "x") {
		got = append(got, j)
		if len(got) == 2 {
			break
		}
	}
	if !slices.Equal(got, []int{0, 2}) {
		t.Errorf("stopped occurrences = %v, want [0 2]", got)
	}
}

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
