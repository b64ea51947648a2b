package toll

import (
	"strings"
	"testing"
)

// TestFirstShapes checks that the shape filters in starts let every word
// of firstWords through, and that starts answers for any word as a plain
// lookup would.
func TestFirstShapes(t *testing.T) {
	lookup := func(w string) pattern {
		ps := firstWords[w]
		if isDigit(w[0]) || strings.IndexByte(w, '-') > 0 {
			ps |= pNumberFirst | pPart
		}
		return ps
	}
	words := []string{"x", "de", "muertos", "matan", "veinte-uno", "12", "abcdefghijklmnopqrstuvwxyz0123456789", "ñ", "\xff"}
	for w := range firstWords {
		words = append(words, w, w+"s", w[:len(w)-1]+"x", "x"+w[1:], w[:len(w)-1]+"o")
	}
	for _, w := range words {
		if w == "" {
			continue
		}
		if got, want := starts(w), lookup(w); got != want {
			t.Errorf("starts(%q) = %b, a lookup gives %b", w, got, want)
		}
	}
	if starts("muertos") == 0 && firstWords["muertos"] != 0 {
		t.Error("starts(muertos) = 0")
	}
}
