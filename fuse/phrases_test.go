package fuse

import (
	"strings"
	"testing"
)

func TestPhrases(t *testing.T) {
	set := newPhrases([]phrase{{" car ", 1}, {" car bomb", 2}, {" carro", 4}, {" bar ", 8},
		{" gas station", 16}, {" tienda", 32}})
	for _, c := range []struct {
		text string
		want uint16
	}{
		{" ", 0},
		{"", 0},
		{" a car bomb exploded ", 1 | 2},
		{" un carro bomba ", 4},
		{" a car ", 1},
		{" the cars ", 0},
		{" escarro ", 0},
		{" bar ", 8},
		{" el barrio ", 0},
		{" a gas station and a bar ", 16 | 8},
		{" a gas stove ", 0},
		{" tiendas de conveniencia ", 32},
		{" the car", 0},
		{"car bomb ", 0},
	} {
		if got := set.in(c.text); got != c.want {
			t.Errorf("in(%q) = %b, want %b", c.text, got, c.want)
		}
		if got := set.any(c.text); got != (c.want != 0) {
			t.Errorf("any(%q) = %v, want %v", c.text, got, c.want != 0)
		}
	}
}

// TestPhrasesContains checks the sets of the package against
// strings.Contains, phrase by phrase, over texts made of their own words.
func TestPhrasesContains(t *testing.T) {
	for _, set := range []*phrases{objectWords, burnWords, killWords, arrestForWords} {
		var all []phrase
		for _, l := range set {
			all = append(all, l...)
		}
		for _, p := range all {
			for _, text := range []string{p.text + " ", " x" + p.text + " y ", " " + strings.TrimSpace(p.text) + "x ",
				" x" + strings.TrimSpace(p.text) + " ", " la" + p.text + " y" + p.text + " "} {
				var want uint16
				for _, q := range all {
					if strings.Contains(text, q.text) {
						want |= q.bits
					}
				}
				if got := set.in(text); got != want {
					t.Errorf("in(%q) = %b, want %b", text, got, want)
				}
			}
		}
	}
}

func TestNewPhrasesRefuses(t *testing.T) {
	for _, w := range []string{"", " ", "car", "  car"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("newPhrases(%q) did not panic", w)
				}
			}()
			newPhrases([]phrase{{w, 1}})
		}()
	}
}
