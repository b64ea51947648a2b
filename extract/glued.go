package extract

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
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
	// Capitals are few: the walk reads the source eight bytes at a time
	// and looks closer only at the capitals it finds.
	p := 0
	for ; p+8 <= len(s); p += 8 {
		for m := bytesIn(load8(s, p), 'A', 'Z'); m != 0; m &= m - 1 {
			out = appendGlued(out, &t, s, p+bits.TrailingZeros64(m)/8)
		}
	}
	for ; p < len(s); p++ {
		if 'A' <= s[p] && s[p] <= 'Z' {
			out = appendGlued(out, &t, s, p)
		}
	}
	return out
}

// appendGlued appends to out the folded offset of the capital at s[p],
// t's source, when it opens a glued sentence (gluedStarts).
func appendGlued(out []int, t *fold.Text, s string, p int) []int {
	if p < 3 || p+2 >= len(s) || !lowerASCII(s[p-1]) || !lowerASCII(s[p+1]) || !lowerASCII(s[p+2]) {
		return out
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
		return out
	}
	if i := sort.Search(len(t.Folded), func(i int) bool { return t.Orig(i) >= p }); i > 0 && i < len(t.Folded) && t.Orig(i) == p {
		out = append(out, i)
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

// speakerTurns adds to glued, the folded offsets where sentences open
// (gluedStarts), the lines of transcript t that open with a speaker's
// label: a single line break in a transcript ends no sentence (captions
// break lines anywhere), but the next speaker's turn does ("...ahí estamos
// con la defensa\nPRESIDENTA: y lo de sinaloa del lunes").
func speakerTurns(t fold.Text, glued []int) []int {
	s := t.Source()
	n := len(glued)
	for p := strings.IndexByte(s, '\n'); p >= 0; {
		if q := p + 1; q < len(s) && 'A' <= s[q] && s[q] <= 'Z' && gazetteer.SpeakerLabelEnd(s[q:]) > 0 {
			if i := sort.Search(len(t.Folded), func(i int) bool { return t.Orig(i) >= q }); i > 0 && i < len(t.Folded) && t.Orig(i) == q {
				glued = append(glued, i)
			}
		}
		k := strings.IndexByte(s[p+1:], '\n')
		if k < 0 {
			break
		}
		p += 1 + k
	}
	if len(glued) > n {
		slices.Sort(glued)
		glued = slices.Compact(glued)
	}
	return glued
}
