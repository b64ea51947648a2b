package fuse

import "strings"

// phrase is a phrase to look for in a folded plain text (plainText): a
// space and one or more words, with the bits it stands for.
type phrase struct {
	text string
	bits uint16
}

// phrases is a set of phrases filed under the byte after their space. In a
// plain text a phrase starts only at a space, so one walk over the text's
// spaces finds every phrase it holds, where a strings.Contains a phrase
// would scan the text once for each (and stop at each of its many spaces).
type phrases [256][]phrase

// newPhrases files list; a phrase that is not a space and a word is a
// programming error.
func newPhrases(list []phrase) *phrases {
	var s phrases
	for _, p := range list {
		if len(p.text) < 2 || p.text[0] != ' ' || p.text[1] == ' ' {
			panic("fuse: phrase " + p.text + " is not a space and a word")
		}
		s[p.text[1]] = append(s[p.text[1]], p)
	}
	return &s
}

// wordPhrases are phrases that stand for one bit alike (a list to look for,
// no kinds).
func wordPhrases(list ...string) *phrases {
	ps := make([]phrase, len(list))
	for i, w := range list {
		ps[i] = phrase{w, 1}
	}
	return newPhrases(ps)
}

// in returns the union of the bits of the phrases the plain text p holds:
// the bits of every phrase w of s such that strings.Contains(p, w.text).
func (s *phrases) in(p string) uint16 { return s.scan(p, false) }

// any reports whether the plain text p holds a phrase of s.
func (s *phrases) any(p string) bool { return s.scan(p, true) != 0 }

// scan walks the spaces of p for the phrases of s; with first, it stops
// at the first it finds.
func (s *phrases) scan(p string, first bool) uint16 {
	var bits uint16
	for i := 0; i+1 < len(p); i++ {
		if p[i] != ' ' {
			continue
		}
		for _, w := range s[p[i+1]] {
			if strings.HasPrefix(p[i:], w.text) {
				bits |= w.bits
				if first {
					return bits
				}
			}
		}
	}
	return bits
}
