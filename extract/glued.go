package extract

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
)

// gluedStarts returns the offsets in the folded text t of the capitals
// that open a sentence glued to the one before with no stop or space, as
// a headline and its subtitle are when a page's blocks are joined ("three
// bloody events with fatalitiesHomicides had decreased by 20%"): a word
// of three or more lower-case letters, opening after a space, a quote or
// a bracket, runs into a capitalized word of three or more letters. Names
// written in camel case open with a capital ("YouTube", "McAllen",
// "NarcoMessage"), follow a "#", "@" or "/" ("#JusticiaParaJuan") or have
// a shorter first part ("iPhone", "deLeon"): they stay whole.
func gluedStarts(t fold.Text) []int {
	s := t.Source()
	var out []int
	for p := 3; p+2 < len(s); p++ {
		if s[p] < 'A' || s[p] > 'Z' || !lowerASCII(s[p-1]) || !lowerASCII(s[p+1]) || !lowerASCII(s[p+2]) {
			continue
		}
		q, n := p, 0 // the glued word's start and its letters
		for q > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:q])
			if !unicode.IsLower(r) {
				break
			}
			q -= size
			n++
		}
		if n < 3 || q > 0 && !gluedWordOpens(s[q-1]) {
			continue
		}
		if i := sort.Search(len(t.Folded), func(i int) bool { return t.Orig(i) >= p }); i > 0 && i < len(t.Folded) && t.Orig(i) == p {
			out = append(out, i)
		}
	}
	return out
}

func lowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// gluedWordOpens reports whether a word may open after c for gluedStarts:
// after a space, a quote or a bracket.
func gluedWordOpens(c byte) bool {
	switch c {
	case ' ', '\n', '\t', '"', '\'', '(', '[':
		return true
	}
	return false
}
