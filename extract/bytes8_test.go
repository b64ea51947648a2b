package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// TestNextStop checks the eight-byte search for a byte that may end a
// sentence against a byte-by-byte one, from every offset to every limit
// near it, over the fixtures and over random bytes that hold the stops,
// their neighbours (a stop minus one borrows) and bytes that are not ASCII.
func TestNextStop(t *testing.T) {
	texts := fixtureTexts(t, "testdata/*.txt")
	rng := rand.New(rand.NewPCG(5, 6))
	const alphabet = "\n\v!\"?>.-;:a \x00\x01\x8a\xae\xbb\xbf\xff"
	for range 300 {
		b := make([]byte, rng.IntN(40))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	stops := 0
	for _, f := range texts {
		for i := 0; i <= len(f); i++ {
			for lim := i; lim <= len(f) && lim <= i+24; lim++ {
				want := i
				for want < lim && !sentenceStops[f[want]] {
					want++
				}
				if got := nextStop(f, i, lim); got != want {
					t.Fatalf("nextStop(%.40q, %d, %d) = %d, want %d", f, i, lim, got, want)
				}
				if want < lim {
					stops++
				}
			}
		}
	}
	if stops < 1000 {
		t.Fatalf("%d stops found in all: the texts test little", stops)
	}
}

// fixtureTexts returns the contents of the fixtures that pattern matches,
// failing t when there are none.
func fixtureTexts(t *testing.T, pattern string) []string {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures %s: %v", pattern, err)
	}
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}
