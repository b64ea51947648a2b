package extract

import "strings"

// forceDiedWhenAttacked reports whether folded sentence s, typed a
// killing, tells members of a force dead or wounded when they or their
// unit were attacked, in a clause of "cuando" or "when" with an attack's
// passive ("Dos agentes de la Policía Estatal murieron ..., cuando la
// patrulla en la que circulaban fue emboscada", "two soldiers were killed
// when their convoy was ambushed"): an attack on the forces (gold README:
// attacks on forces), as forceAttackedDied's participle tells it.
func forceDiedWhenAttacked(s string) bool {
	for _, cut := range [...]string{" cuando ", " when "} {
		k := strings.Index(s, cut)
		if k < 0 {
			continue
		}
		if head := s[:k]; !forceMembers.in(head) || !tollWords.in(head) {
			continue
		}
		tail := s[k+len(cut)-1:]
		if i := strings.IndexByte(tail, ';'); i >= 0 {
			tail = tail[:i]
		}
		tail = tail[:min(len(tail), 120)]
		for _, w := range attackedWords.subs {
			for at := range wordStarts(tail, w) {
				if passiveAux.in(tail[max(0, at-12) : at+1]) {
					return true
				}
			}
		}
	}
	return false
}
