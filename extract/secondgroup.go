package extract

import "strings"

// Second group (art23): a sentence that tells two acts of one kind, the
// second done by another group of attackers ("Armed men set a
// tractor-trailer on fire ... at dawn Saturday, and a second group torched
// two pickup trucks on the same road at dusk"; "... al amanecer, cuando
// hombres armados quemaron un tractocamión, y al anochecer, cuando otro
// grupo de sujetos incendió dos camionetas"). splitAfter reads only two
// acts of two kinds in one sentence; the other group's clause is a second
// act of the same kind (a gold incident each in fusion51's reports of the
// two Llera blockades).

// otherGroups are the folded words that name, after a clause's join, the
// attackers of another act than the one told before them.
var otherGroups = []string{"otro grupo", "otra celula", "otro comando", "un segundo grupo", "una segunda celula", "un segundo comando",
	"a second group", "another group", "a second gang", "another gang", "a second cell", "another cell"}

// otherGroupClauseAt returns the folded offset of the join (", y", ", and",
// "; ") that opens a sentence's clause whose act is done by another group
// (otherGroups) within a few words of it, or -1; only in a sentence with
// two firm cues of one type (splitAfter's reading), which few have, and
// one of otherGroups by h, the cue lists' hits in f.
func otherGroupClauseAt(h *cueHits, f string, s *sentInfo) int {
	two := false
	for j := range s.cues {
		for k := j + 1; k < len(s.cues) && !two; k++ {
			two = s.cues[j].typ == s.cues[k].typ && s.cues[j].weight >= 0.7 && s.cues[k].weight >= 0.7
		}
	}
	if !two || !h.any(cueOtherGroups, f, s.fStart, s.fEnd) {
		return -1
	}
	g := f[s.fStart:s.fEnd]
	for _, m := range otherGroups {
		k := indexSpaced(g, m)
		if k < 0 {
			continue
		}
		head := g[max(0, k-40):k]
		j := -1
		for _, join := range [...]string{", y ", ", and ", "; "} {
			if x := strings.LastIndex(head, join); x > j {
				j = x
			}
		}
		if j < 0 || len(strings.Fields(head[j:])) > 6 {
			continue // the group is no subject of the clause after the join
		}
		return s.fStart + max(0, k-40) + j
	}
	return -1
}

// clauseTimes reports whether sentence s tells a time at or after original
// offset at, in the clause of the other group's act (each act is then
// dated by its own clause, laterSplit; else the sentence's time is both
// acts'), and whether one of those is of past years ("..., y otro grupo
// quemó dos camiones en el mismo lugar en 2019": background, no act of
// the report).
func clauseTimes(s *sentInfo, at int) (timed, historic bool) {
	for _, t := range s.times {
		if t.start >= at {
			timed = true
			historic = historic || t.historic
		}
	}
	return timed, historic
}
