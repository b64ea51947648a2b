package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// partOpens reports whether folded words f, a sentence's words before its
// cue, open with a part of the day set off by a comma, as a chronicle of
// one day moves from act to act: "A media mañana, un comando armado
// irrumpió …", "Al mediodía, la Secretaría …", "Por la tarde, …", "Ya
// por la noche, …", "Around noon, gunmen doused …", "In the evening, the
// body of a woman …". A part with a day of its own ("El sábado por la
// tarde, …") is a day opener, read by dayShift.
func partOpens(f string) bool {
	f = strings.TrimLeft(f, " \"'«“-—")
	head, _, ok := strings.Cut(f, ",")
	if !ok {
		return false
	}
	var buf [6]string
	ws := appendFields(buf[:0], head, 6)
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	if last := ws[len(ws)-1]; !partOfDay(last) && last != "noon" && last != "midday" || last == "day" {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		switch w {
		case "ya", "y", "por", "en", "durante", "la", "a", "al", "media", "plena",
			"and", "then", "in", "during", "the", "at", "around", "about", "by", "late", "early", "mid":
		default:
			return false // "esa noche", "toda la noche", "that night": the act's own night, or none
		}
	}
	return true
}

// chronicleStep reports whether sentence s, which opens with a part of the
// day (partOpens), tells another act than last, the act told before it: a
// chronicle's next act ("Around noon, gunmen doused a used-car lot with
// gasoline and set it ablaze" after a man shot dead in the morning; "In
// the evening, the body of a woman … was found" after arrests in the
// afternoon). Only an act of another kind than last's, not named again
// ("Por la tarde, el ataque …"): a death told at a later part of the day
// after a shooting or a burning is that act's toll ("Por la noche murió
// uno de los heridos"), and an act of the same kind may be the one told
// going on.
func chronicleStep(c *reportCtx, last *draft, s *sentInfo) bool {
	if last.tally || last.denial || s.typ == last.typ || s.cuePos <= s.start {
		return false
	}
	switch {
	case s.typ == model.SecurityOperation, s.typ == model.Disruption:
		// an arrest or a closure is never the violent act named again
		// ("Al mediodía, la Secretaría anunció la suspensión de clases")
	case !s.typ.Violent():
		return false
	case s.anaphoric && len(s.figures) == 0:
		return false // "Por la tarde, el ataque …": the act told, named again
	}
	if s.typ == model.Homicide && consequenceOf(last.typ) {
		return false
	}
	return partOpens(c.plain.Sub(s.start, s.cuePos).Folded)
}
