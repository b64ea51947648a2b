package fuse

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/fold"
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
// the folded name as they sound (fold.Sound), where ok holds of the folded
// text before and after them.
func mentionsSpoken(m *member, name string, ok func(before, after string) bool) bool {
	want := strings.Fields(name)
	for i, w := range want {
		want[i] = fold.Sound(w)
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
				if fold.Sound(f[spans[s+w][0]:spans[s+w][1]]) != sw {
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
