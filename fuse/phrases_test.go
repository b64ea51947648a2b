package fuse

import (
	"strings"
	"testing"
)

func TestPhrases(t *testing.T) {
	plain := newPhrases([]phrase{{" car ", 1}, {" car bomb", 2}, {" carro", 4}, {" bar ", 8},
		{" gas station", 16}, {" tienda", 32}})
	raw := newPhrases([]phrase{{"despu", 1}, {"antes", 2}, {"later", 4}, {"a", 8}, {"ocaliz", 16}, {" car", 32}})
	for _, c := range []struct {
		set  *phrases
		text string
		want uint16
	}{
		{plain, " ", 0},
		{plain, "", 0},
		{plain, " a car bomb exploded ", 1 | 2},
		{plain, " un carro bomba ", 4},
		{plain, " a car ", 1},
		{plain, " the cars ", 0},
		{plain, " escarro ", 0},
		{plain, " bar ", 8},
		{plain, " el barrio ", 0},
		{plain, " a gas station and a bar ", 16 | 8},
		{plain, " a gas stove ", 0},
		{plain, " tiendas de conveniencia ", 32},
		{plain, " the car", 0},
		{plain, "car bomb ", 0},
		{raw, "", 0},
		{raw, "Después", 0},
		{raw, "poco después", 1},
		{raw, "DESPUÉS", 0},
		{raw, "Localizaron", 16 | 8},
		{raw, "a", 8},
		{raw, "minutes later", 4 | 8},
		{raw, "escalate", 8},
		{raw, "escalaters", 4 | 8},
		{raw, "the car", 32 | 8},
		{raw, "horas ntes", 8},
	} {
		if got := c.set.in(c.text); got != c.want {
			t.Errorf("in(%q) = %b, want %b", c.text, got, c.want)
		}
		if got := c.set.any(c.text); got != (c.want != 0) {
			t.Errorf("any(%q) = %v, want %v", c.text, got, c.want != 0)
		}
	}
}

// TestPhrasesContains checks the sets of the package against
// strings.Contains, phrase by phrase, over texts made of their own words.
func TestPhrasesContains(t *testing.T) {
	for _, set := range []*phrases{objectWords, burnWords, killWords, arrestForWords, relativeMarks, foundMarks,
		foundWords, afterWords} {
		var all []phrase
		for _, l := range set.by {
			all = append(all, l...)
		}
		for _, p := range all {
			w := strings.TrimSpace(p.text)
			for _, text := range []string{p.text, p.text + " ", " x" + p.text + " y ", " " + w + "x ", " x" + w + " ",
				" la" + p.text + " y" + p.text + " ", strings.ToUpper(p.text), w[1:], w[:len(w)-1]} {
				var want uint16
				for _, q := range all {
					if strings.Contains(text, q.text) {
						want |= q.bits
					}
				}
				if got := set.in(text); got != want {
					t.Errorf("in(%q) = %b, want %b", text, got, want)
				}
				if got := set.any(text); got != (want != 0) {
					t.Errorf("any(%q) = %v, want %v", text, got, want != 0)
				}
			}
		}
	}
}

func TestNewPhrasesRefusesEmpty(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Errorf("newPhrases with an empty phrase did not panic")
		}
	}()
	newPhrases([]phrase{{" car", 1}, {"", 2}})
}
