package extract

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/gazetteer"
)

// capitalOfSentence adds to ps, the places of sentence s, the capital of
// the state the act is in when the sentence places it in the state's
// capital without naming it ("dispararon contra su patrulla en la
// avenida Constitución, en la capital del estado"; "sobre el libramiento
// a Tixtla, en la periferia norte de la capital del estado") and names no
// town of its own but where a road leads or ends (routeRole). The state is
// the one the sentence names, else the dateline's, else the one state the
// title or the report names. A capital named as where someone was taken,
// is from or lives ("trasladado a un hospital de la capital", "residents
// of the state capital"), as a bearing ("a farming area east of the state
// capital") or under a negation ("no se registraron hechos de alto
// impacto en la capital") places no act.
func (e *Extractor) capitalOfSentence(c *reportCtx, s *sentInfo, ps []placeRef) []placeRef {
	if e.geo == nil {
		return ps
	}
	if c.capital == 0 {
		c.capital = -1
		if strings.Contains(c.text.Folded, "capital") {
			c.capital = 1
		}
	}
	if c.capital < 0 {
		return ps
	}
	f := c.text.Folded[s.fStart:s.fEnd]
	k := capitalIndex(f)
	if k < 0 || capitalReference(f[max(0, k-60):k]) || bearingBefore(f[max(0, k-24):k]) {
		return ps
	}
	n := len("la capital")
	if strings.HasPrefix(f[k:], "esta ciudad capital") {
		n = len("esta ciudad capital") // a statement's own city
	}
	capStart, _ := c.text.Span(s.fStart+k, s.fStart+k+n)
	state := ""
	for _, p := range ps {
		if rank(p.place.Kind) <= 2 && !(p.end <= capStart && secondClause(c.r.Text[p.end:capStart])) {
			if dest, end := routeRole(c.plain, p); !dest && !end {
				return ps // a town of its own
			}
		}
		if p.place.Kind == gazetteer.State && stateLine(c.plain, p) {
			continue // "los operativos en los límites con Chiapas y Veracruz"
		}
		if st := stateOf(p.place); st != "" {
			if state != "" && st != state {
				return ps
			}
			state = st
		}
	}
	if state == "" {
		if d := selectPlaces(c.dateline); len(d) > 0 {
			state = stateOf(d[0].place)
		}
	}
	if state == "" {
		state = oneState(c.titleRefs)
	}
	if state == "" {
		state = oneState(c.refs)
	}
	if state == "" || state == cdmxCode {
		return ps
	}
	m, ok := e.geo.capital(state)
	if !ok || m.Kind != gazetteer.Municipality {
		return ps
	}
	for _, p := range ps {
		if p.place.MunicipalityCode == m.MunicipalityCode {
			return ps
		}
	}
	start, end := c.text.Span(s.fStart+k, s.fStart+k+n)
	out := append(slices.Clone(ps), placeRef{start: start, end: end, text: c.r.Text[start:end], place: m})
	slices.SortStableFunc(out, func(a, b placeRef) int { return a.start - b.start })
	return out
}

// secondClause reports whether between, the text from a town to a later
// mention of the capital, opens another clause joined to the first ("...
// en Villa de Álvarez, y un joven fue asesinado en la colonia Centro de
// la capital"; "...; así como por el homicidio de ... en la capital"):
// the town is the first clause's, and the capital may be the second's.
func secondClause(between string) bool {
	return strings.Contains(between, "; ") || strings.Contains(between, ", y ") || strings.Contains(between, " así como ") || strings.Contains(between, ", and ")
}

// capitalReference reports whether folded before, the words before a
// mention of the state's capital, name it as where someone was taken, is
// from or lives, or deny that anything happened there: not where an act
// was.
func capitalReference(before string) bool {
	for _, w := range []string{"hospital", "nosocomio", "clinica", "traslad", "llevad", "originari", "vecin", "procedente", "resident", "taken", "native", " from "} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return strings.HasPrefix(before, "no ") || strings.Contains(before, " no ") || strings.Contains(before, "sin ") || strings.Contains(before, " not ")
}

// oneState returns the state all of refs that have one are in, or "" when
// none has one or they are in several.
func oneState(refs []placeRef) string {
	state := ""
	for _, r := range refs {
		st := stateOf(r.place)
		if st == "" {
			continue
		}
		if state != "" && st != state {
			return ""
		}
		state = st
	}
	return state
}
