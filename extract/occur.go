package extract

import (
	"iter"
	"strings"

	"github.com/atalaya/atalaya/fold"
)

// occurrences yields the offset in s of each occurrence of m, in order,
// each search resuming after the occurrence before it: occurrences do
// not overlap ("a a" occurs once in "a a a").
func occurrences(s, m string) iter.Seq[int] { return fold.Offsets(s, m, len(m)) }

// overlapping yields the offset in s of each occurrence of m, in order,
// each search resuming one byte after the start of the occurrence
// before it: occurrences may overlap ("a a" occurs twice in "a a a").
func overlapping(s, m string) iter.Seq[int] { return fold.Offsets(s, m, 1) }

// wordStarts yields the offset in s of each occurrence of w that begins a
// word (no word byte before it), as occurrences does: an occurrence
// inside a word ("policia" in "expolicia") is skipped, the search
// resuming after it.
func wordStarts(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for at := range occurrences(s, w) {
			if at > 0 && isWord(s[at-1]) {
				continue
			}
			if !yield(at) {
				return
			}
		}
	}
}

// indexSpaced returns strings.Index(s, m) for an m of two bytes or more
// that begins with a byte frequent in text, a space (" puntos", " y, "):
// it searches m without its first byte, whose occurrences are fewer, and
// checks the byte before each.
func indexSpaced(s, m string) int {
	if len(m) < 2 {
		return strings.Index(s, m)
	}
	for k := 1; k < len(s); {
		j := strings.Index(s[k:], m[1:])
		if j < 0 {
			return -1
		}
		j += k
		if s[j-1] == m[0] {
			return j - 1
		}
		k = j + 1
	}
	return -1
}
