package fuse

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/model"
)

// spoken reports whether m's evidence is written with no capital letter
// at all (a radio or television transcript): it writes names as they
// sound ("ayende" for Allende, "mujica" for Múgica); computed once.
func (m *member) spoken() bool {
	if m.spok == 0 {
		m.spok = 1
		if len(m.it.Incident.Evidence) > 0 && !slices.ContainsFunc(m.it.Incident.Evidence, func(sp model.Span) bool { return hasUpper(sp.Text) }) {
			m.spok = 2
		}
	}
	return m.spok == 2
}

// mentionsSpoken reports whether the evidence of m holds the words of
// the folded name as they sound (sounds), where ok holds of the folded
// text before and after them.
func mentionsSpoken(m *member, name string, ok func(before, after string) bool) bool {
	want := strings.Fields(name)
	for i, w := range want {
		want[i] = sounds(w)
	}
	if len(want) == 0 {
		return false
	}
	var spans [][2]int
	for _, f := range m.folds() {
		spans = spans[:0]
		for i := 0; ; {
			j, k := nextWord(f, i)
			if j == k {
				break
			}
			spans = append(spans, [2]int{j, k})
			i = k
		}
		for s := 0; s+len(want) <= len(spans); s++ {
			match := true
			for w, sw := range want {
				if sounds(f[spans[s+w][0]:spans[s+w][1]]) != sw {
					match = false
					break
				}
			}
			if match && ok(f[:spans[s][0]], f[spans[s+len(want)-1][1]:]) {
				return true
			}
		}
	}
	return false
}

// sounds returns a folded Spanish word as it sounds, so that two
// spellings of one sound meet: h is silent (but in "ch"), "ll" and "y"
// are one sound, so are b and v, s, z and a c before e or i, k, "qu"
// and a c before anything else, j and a g before e or i; a doubled
// letter is one.
func sounds(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	var last byte
	put := func(c byte) {
		if c != last {
			b.WriteByte(c)
			last = c
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		var next byte
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case c == 'h' && (i == 0 || w[i-1] != 'c'):
			continue
		case c == 'l' && next == 'l':
			put('y')
			i++
		case c == 'v':
			put('b')
		case c == 'z':
			put('s')
		case c == 'c' && next == 'h':
			put('c')
			put('h')
			i++
		case c == 'c' && (next == 'e' || next == 'i'):
			put('s')
		case c == 'c':
			put('k')
		case c == 'q' && next == 'u':
			put('k')
			i++
		case c == 'g' && (next == 'e' || next == 'i'):
			put('j')
		default:
			put(c)
		}
	}
	return b.String()
}
