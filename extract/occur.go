package extract

import (
	"iter"
	"strings"
)

// occurrences yields the offset in s of each occurrence of m, in order,
// each search resuming after the occurrence before it: occurrences do
// not overlap ("a a" occurs once in "a a a").
func occurrences(s, m string) iter.Seq[int] { return offsets(s, m, len(m)) }

// overlapping yields the offset in s of each occurrence of m, in order,
// each search resuming one byte after the start of the occurrence
// before it: occurrences may overlap ("a a" occurs twice in "a a a").
func overlapping(s, m string) iter.Seq[int] { return offsets(s, m, 1) }

// offsets yields the offset in s of each occurrence of m, in order, each
// search resuming step bytes (at least one) after the start of the
// occurrence before it.
func offsets(s, m string, step int) iter.Seq[int] {
	step = max(step, 1)
	return func(yield func(int) bool) {
		for k := 0; k <= len(s); {
			j := strings.Index(s[k:], m)
			if j < 0 {
				return
			}
			j += k
			if !yield(j) {
				return
			}
			k = j + step
		}
	}
}
