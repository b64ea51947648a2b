package fold

import (
	"iter"
	"strings"
)

// Offsets yields the offset in s of each occurrence of m, in order, each
// search resuming step bytes (at least one) after the start of the
// occurrence before it: step len(m) yields occurrences that do not
// overlap, step 1 every one ("a a" occurs at 0 and 2 in "a a a"). The
// empty m occurs at every offset, the end included.
func Offsets(s, m string, step int) iter.Seq[int] {
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
