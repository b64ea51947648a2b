package gazetteer

import (
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// editsWithin returns the edit distance of a and b (insertions, deletions
// and substitutions of runes, as levenshtein.ComputeDistance counts them)
// when it is at most k, else k+1. For ASCII words up to 32 bytes it fills
// only the band of the table within k of its diagonal and stops at the
// first row whose every cell exceeds k: the fuzzy matcher asks of each
// capitalized word whether a target is one or two edits away, and most
// are not.
func editsWithin(a, b string, k int) int {
	if len(a) > 32 || len(b) > 32 || !ascii(a) || !ascii(b) {
		return min(levenshtein.ComputeDistance(a, b), k+1)
	}
	if len(a)-len(b) > k || len(b)-len(a) > k {
		return k + 1
	}
	var rows [2][33]int
	prev, cur := &rows[0], &rows[1]
	for j := 0; j <= len(b); j++ {
		prev[j] = min(j, k+1)
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-k), min(len(b), i+k)
		if lo == 1 {
			cur[0] = min(i, k+1)
		} else {
			cur[lo-1] = k + 1 // left of the band
		}
		if i+k <= len(b) {
			prev[i+k] = k + 1 // right of the last row's band
		}
		best := cur[lo-1]
		for j := lo; j <= hi; j++ {
			v := prev[j-1]
			if a[i-1] != b[j-1] {
				v++
			}
			v = min(v, prev[j]+1, cur[j-1]+1, k+1)
			cur[j] = v
			best = min(best, v)
		}
		if best > k {
			return k + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// ascii reports whether s holds only ASCII bytes.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
