package extract

import "strings"

// clockOpeners begin, folded, the clause after a place named only to
// tell the hour there, against the hour where the act was ("pasada la
// medianoche en la capital del país, cuando en Sinaloa eran las 23:30";
// "after midnight in Mexico City, when it was 11 p.m. in Sinaloa").
var clockOpeners = []string{", cuando en ", ", cuando alla eran ", ", cuando aca eran ", ", when it was "}

// dropClockPlaces removes from ps, a sentence's places, a place named
// only to tell the hour there (clockOpeners), when the sentence names
// another: the clock's place is not where the act was.
func dropClockPlaces(c *reportCtx, ps []placeRef) []placeRef {
	if len(ps) < 2 {
		return ps
	}
	src := c.r.Text
	var out []placeRef // nil until a place is dropped
	for i, p := range ps {
		if p.start >= 0 && p.end < len(src) && src[p.end] == ',' && clockAfter(c, p) {
			if out == nil {
				out = append(make([]placeRef, 0, len(ps)), ps[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, p)
		}
	}
	if len(out) == 0 { // nothing dropped, or nothing left
		return ps
	}
	return out
}

// clockAfter reports whether a clock clause (clockOpeners) follows place
// p, and a verb of the hour ("eran", "era", "was") closes it within a
// few words.
func clockAfter(c *reportCtx, p placeRef) bool {
	after := c.plain.Sub(p.end, min(len(c.r.Text), p.end+48)).Folded
	for _, m := range clockOpeners {
		if !strings.HasPrefix(after, m) {
			continue
		}
		if m == ", when it was " {
			return true
		}
		rest := after[len(m):]
		return strings.Contains(rest, " eran ") || strings.Contains(rest, " era ") || strings.HasPrefix(rest, "eran ")
	}
	return false
}
