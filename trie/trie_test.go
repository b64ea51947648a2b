package trie

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// naive finds the matches by the definition: at each position where a
// match may start, the longest pattern the text continues with.
func naive(patterns []string, word func(byte) bool, text string) []Match {
	var out []Match
	for i := 0; i < len(text); i++ {
		if word != nil && i > 0 && word(text[i-1]) {
			continue
		}
		best, end := -1, 0
		for id, p := range patterns {
			if p != "" && strings.HasPrefix(text[i:], p) && i+len(p) > end {
				best, end = id, i+len(p)
			}
		}
		if best >= 0 {
			out = append(out, Match{Start: i, End: end, Pattern: best})
		}
	}
	return out
}

// all iterates from each match's start, as the callers do.
func all(t *Trie, text string) []Match {
	var out []Match
	for m, ok := t.Next(text, 0); ok; m, ok = t.Next(text, m.Start+1) {
		out = append(out, m)
	}
	return out
}

func letter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 0x80 }

func TestNext(t *testing.T) {
	for _, tc := range []struct {
		name     string
		patterns []string
		word     func(byte) bool
		text     string
		want     []Match
	}{
		{"none", []string{"abc"}, nil, "xyz ab", nil},
		{"longest at a start", []string{"san", "san juan", "san juan de"}, letter, "en san juan de los lagos", []Match{{3, 14, 2}}},
		{"shorter when the longer stops", []string{"san", "san juan de"}, nil, "san juan rio", []Match{{0, 3, 0}}},
		{"every position", []string{"an j", "juan de la"}, nil, "san juan de la", []Match{{1, 5, 0}, {4, 14, 1}}},
		{"word starts only", []string{"an j", "juan de la"}, letter, "san juan de la", []Match{{4, 14, 1}}},
		{"overlapping", []string{"ab", "bcd"}, nil, "abcd", []Match{{0, 2, 0}, {1, 4, 1}}},
		{"consecutive", []string{"ab", "cd"}, nil, "abcdab", []Match{{0, 2, 0}, {2, 4, 1}, {4, 6, 0}}},
		{"first of duplicates", []string{"x", "ab", "ab"}, nil, "ab", []Match{{0, 2, 1}}},
		{"empty pattern never matches", []string{"", "b"}, nil, "ab", []Match{{1, 2, 1}}},
		{"at the end", []string{"lagos"}, letter, "de los lagos", []Match{{7, 12, 0}}},
		{"non-ASCII bytes", []string{"ñu", "pe\u00f1a", "\u00f1a"}, letter, "la peña ñu", []Match{{3, 8, 1}, {9, 12, 0}}},
		{"no patterns", nil, nil, "abc", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := all(New(tc.patterns, tc.word), tc.text)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			if ref := naive(tc.patterns, tc.word, tc.text); !slices.Equal(ref, tc.want) {
				t.Errorf("the reference gives %v: the case is wrong", ref)
			}
		})
	}
}

// TestNextAt checks that a search from an offset ignores what is before.
func TestNextAt(t *testing.T) {
	tr := New([]string{"abc", "bc"}, nil)
	if m, ok := tr.Next("abc", 1); !ok || m != (Match{1, 3, 1}) {
		t.Errorf("Next from 1 = %v, %v; want {1 3 1}", m, ok)
	}
	if _, ok := tr.Next("abc", 3); ok {
		t.Error("Next from the end found a match")
	}
}

// TestRandom compares the trie with the definition on random patterns and
// texts over a small alphabet, where prefixes and overlaps abound, and
// patterns with enough children to get dense rows.
func TestRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func(alpha string, n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alpha[rng.IntN(len(alpha))]
		}
		return string(b)
	}
	for round := range 300 {
		alpha := "ab c"
		if round%3 == 0 {
			alpha = "abcdefghij k"
		}
		ps := make([]string, 1+rng.IntN(60))
		for i := range ps {
			ps[i] = word(alpha, rng.IntN(6))
		}
		var isWord func(byte) bool
		if round%2 == 0 {
			isWord = letter
		}
		tr := New(ps, isWord)
		for range 20 {
			text := word(alpha+"z", rng.IntN(80))
			if got, want := all(tr, text), naive(ps, isWord, text); !slices.Equal(got, want) {
				t.Fatalf("patterns %q, text %q: got %v, want %v", ps, text, got, want)
			}
		}
	}
}

// TestLongTail checks a pattern whose single path is longer than a node's
// tail can be: the path's top is kept as nodes.
func TestLongTail(t *testing.T) {
	long := "x" + strings.Repeat("y", maxTail+5)
	tr := New([]string{long + "z", "xyy"}, nil)
	for _, tc := range []struct {
		text string
		want []Match
	}{
		{long + "z", []Match{{0, len(long) + 1, 0}}},
		{"w" + long + "z", []Match{{1, len(long) + 2, 0}}},
		{long + "w", []Match{{0, 3, 1}}},
		{"xyw", nil},
	} {
		if got := all(tr, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("text of %d bytes: got %v, want %v", len(tc.text), got, tc.want)
		}
	}
}

// TestNodeSize keeps a node at 16 bytes, four to a cache line (see Trie).
func TestNodeSize(t *testing.T) {
	if n := unsafe.Sizeof(node{}); n != 16 {
		t.Errorf("a node is %d bytes", n)
	}
}

func FuzzNext(f *testing.F) {
	f.Add("san|san juan|an j", "en san juan de los lagos")
	f.Add("ab|bcd|b", "abcdbcd")
	f.Fuzz(func(t *testing.T, pats, text string) {
		ps := strings.Split(pats, "|")
		if len(ps) > 50 {
			ps = ps[:50]
		}
		for _, word := range []func(byte) bool{nil, letter} {
			if got, want := all(New(ps, word), text), naive(ps, word, text); !slices.Equal(got, want) {
				t.Fatalf("patterns %q, text %q, word starts only %v: got %v, want %v", ps, text, word != nil, got, want)
			}
		}
	})
}

func BenchmarkNext(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	syll := []string{"san", "ta", "ma", "ri", "a", "jua", "n ", "de ", "lo", "s ", "gue", "rre", "ro", "tla", "co", " "}
	word := func(n int) string {
		var sb strings.Builder
		for range n {
			sb.WriteString(syll[rng.IntN(len(syll))])
		}
		return sb.String()
	}
	ps := make([]string, 20000)
	for i := range ps {
		ps[i] = word(2 + rng.IntN(5))
	}
	tr := New(ps, letter)
	text := word(1500)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for m, ok := tr.Next(text, 0); ok; m, ok = tr.Next(text, m.Start+1) {
		}
	}
}
