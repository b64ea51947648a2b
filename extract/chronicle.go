package extract

import (
	"slices"
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
	var buf [6]string
	ws, ok := commaHead(f, buf[:0])
	if !ok || len(ws) == 0 || len(ws) > 5 {
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

// commaHead appends to dst the words of folded words f before their first
// comma, past any opening quote or dash, up to dst's capacity: the words
// of a sentence's opener; ok is false when f has no comma.
func commaHead(f string, dst []string) (words []string, ok bool) {
	f = trimLeftSet(f, " \"'«“-—")
	head, _, ok := strings.Cut(f, ",")
	if !ok {
		return dst, false
	}
	return appendFields(dst, head, cap(dst)), true
}

// lagOpens reports whether folded words f, a sentence's words before its
// cue, open with a lag of minutes or hours after the act told before, set
// off by a comma: "Unos 40 minutos después,", "Media hora más tarde,",
// "En menos de una hora,", "Within an hour,", "Minutes later,", "About an
// hour later,". A lag with a day ("Dos días después,") is no such opener.
func lagOpens(f string) bool {
	var buf [7]string
	ws, ok := commaHead(f, buf[:0])
	if !ok || len(ws) < 2 || len(ws) > 6 {
		return false
	}
	unit := false
	for _, w := range ws {
		unit = unit || slices.Contains(hourUnits, w) || w == "hour" || w == "minute" || w == "minuto"
	}
	if !unit {
		return false
	}
	switch last := ws[len(ws)-1]; {
	case last == "despues" || last == "later":
		return true
	case last == "tarde":
		return ws[len(ws)-2] == "mas"
	}
	return ws[0] == "within" || ws[0] == "en" && ws[1] == "menos"
}

// lagBurning reports whether sentence i, s, tells road vehicles burnt
// minutes or hours after a blockade told in the two sentences before it
// (lagOpens), an act between them or not ("… blocked roads … after federal
// forces detained a regional commander. The arrest took place … Within an
// hour, gunmen hijacked buses and set them alight on Avenida López
// Mateos"): another of the blockades, told by its burning.
func lagBurning(c *reportCtx, out []draft, i int, s *sentInfo) bool {
	if !lagOpens(c.plain.Sub(s.start, max(s.start, s.cuePos)).Folded) || !roadVehicleIn(c.plain.Sub(s.start, s.end).Folded) {
		return false
	}
	for k := len(out) - 1; k >= 0 && out[k].lastSent >= i-2; k-- {
		if d := &out[k]; d.typ == model.Blockade && !d.tally && !d.denial && d.lastSent < i {
			return true
		}
	}
	return false
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
