package fuse

import "strings"

// phrase is a string to look for in a text, with the bits it stands for.
type phrase struct {
	text string
	bits uint16
}

// phrases is a set of phrases that one walk over a text finds, where a
// strings.Contains a phrase would scan the text once for each. A phrase
// is filed under its first byte; when every phrase begins with one byte
// (the space of a phrase of a folded plain text, see plainText, where
// phrases start only at a space), under its second, and the walk stops
// only at that byte.
type phrases struct {
	lead int // the byte every phrase begins with, or -1
	by   [256][]phrase
}

// newPhrases files list; an empty phrase is a programming error.
func newPhrases(list []phrase) *phrases {
	s := &phrases{lead: -1}
	if len(list) > 0 {
		s.lead = int(list[0].text[0])
	}
	for _, p := range list {
		if p.text == "" {
			panic("fuse: an empty phrase")
		}
		if int(p.text[0]) != s.lead || len(p.text) < 2 {
			s.lead = -1
		}
	}
	for _, p := range list {
		k := p.text[0]
		if s.lead >= 0 {
			k = p.text[1]
		}
		s.by[k] = append(s.by[k], p)
	}
	return s
}

// wordPhrases are phrases that stand for one bit alike (a list to look
// for, no kinds).
func wordPhrases(list ...string) *phrases {
	ps := make([]phrase, len(list))
	for i, w := range list {
		ps[i] = phrase{w, 1}
	}
	return newPhrases(ps)
}

// in returns the union of the bits of the phrases p holds: the bits of
// every phrase w of s such that strings.Contains(p, w.text).
func (s *phrases) in(p string) uint16 {
	bits, _ := s.scan(p, false)
	return bits
}

// any reports whether p holds a phrase of s.
func (s *phrases) any(p string) bool {
	_, found := s.scan(p, true)
	return found
}

// scan walks p for the phrases of s; with first, it stops at the first it
// finds.
func (s *phrases) scan(p string, first bool) (bits uint16, found bool) {
	off := 0 // of the byte a phrase is filed under
	if s.lead >= 0 {
		off = 1
	}
	for i := 0; i+off < len(p); i++ {
		if off == 1 && p[i] != byte(s.lead) {
			continue
		}
		for _, w := range s.by[p[i+off]] {
			if strings.HasPrefix(p[i:], w.text) {
				bits, found = bits|w.bits, true
				if first {
					return bits, true
				}
			}
		}
	}
	return bits, found
}
