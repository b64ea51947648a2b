package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/atalaya/atalaya/model"
)

// An abduction told in a relative clause about the person whose body was
// found (study73: fusion73, fusion63): "El cuerpo del joven mecánico que
// fue privado de la libertad el miércoles por la tarde en la colonia San
// José fue localizado … este viernes". The gold README's ruling: found
// dead, the abduction keeps its own incident where the text gives it its
// place and day; the body's day is the main clause's.

// pastRelatives are the folded openers of a relative clause telling a
// past passive act about its subject ("que fue privado de la libertad",
// "who had been abducted"), with the spaces around them.
var pastRelatives = []string{" que fue ", " que fueron ", " quien fue ", " quienes fueron ", " que habia sido ", " que habian sido ", " who was ", " who were ", " who had been "}

// onePerson are the pastRelatives of one person.
var onePerson = []string{" que fue ", " quien fue ", " que habia sido ", " who was "}

// passiveFinding reports whether the words ws begin with the participle
// of a finding ("localizado", "hallada", "encontrados", "found").
func passiveFinding(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	return hasAnyPrefix(strings.TrimRight(ws[0], ",.;:"), "localizad", "hallad", "encontrad", "found", "located", "discovered")
}

// bodyAbduction adds to out the kidnapping that sentence i, a body found
// (its first draft a homicide), tells in a relative clause about the
// victim, dated on its own within groundAge before the report, with the
// main clause's passive finding after it ("que fue privado de la libertad
// el lunes … fue localizado"). The kidnapping is placed where the clause
// places it, else where the body is, and counts one person when the
// clause's verb is singular; it goes before the body's draft, as it
// happened first, so that the sentences after go on with the body. When
// the sentence was read as two drafts, the homicide placed inside the
// clause is retyped instead. The body's draft then takes its times
// outside the clause. It returns out, changed or not.
func bodyAbduction(c *reportCtx, i int, s *sentInfo, out []draft) []draft {
	if s.tally || c.feed != nil {
		return out
	}
	var own []int // the drafts of sentence i
	for k := range out {
		if d := &out[k]; d.firstSent == i {
			if d.tally || d.denial || d.typ == model.Kidnapping || d.clause[1] > 0 {
				return out
			}
			own = append(own, k)
		}
	}
	if len(own) == 0 || len(own) > 2 || out[own[0]].typ != model.Homicide {
		return out
	}
	f := c.text.Folded
	for _, h := range slices.Concat(s.cues, s.refCues) {
		if h.typ != model.Kidnapping || h.start <= out[own[0]].cuePos || h.fEnd > s.fEnd {
			continue
		}
		lead := f[max(s.fStart, h.fStart-24):h.fStart]
		if !hasAnySuffix(lead, pastRelatives...) {
			continue
		}
		main := mainPassive(f, s, h, passiveFinding)
		if main < 0 {
			continue
		}
		lo, hi := c.text.Span(h.fStart, main)
		if !datedWithin(c, s, lo, hi) {
			continue
		}
		var figs []figure
		if hasAnySuffix(lead, onePerson...) {
			figs = []figure{{kind: "kidnapped", n: 1, start: h.start, end: c.text.Orig(h.fEnd)}}
		}
		body := &out[own[0]]
		if len(own) == 2 {
			other := &out[own[1]]
			if in := func(d *draft) bool { return d.place.start >= lo && d.place.end <= hi }; in(body) && !in(other) {
				body, other = other, body
			} else if !in(other) || in(body) || other.typ != model.Homicide {
				return out
			}
			// "… en la colonia Aquiles Serdán de Tehuacán fue localizado …
			// en el municipio de Ajalpan": the draft at the clause's place
			// is the abduction
			for _, fg := range other.figures {
				if fg.kind != "kidnapped" {
					body.figures = append(body.figures, fg)
				}
			}
			other.typ, other.cuePos, other.clause, other.figures = model.Kidnapping, h.start, [2]int{lo, hi}, figs
			body.clause = bodyClause(c, s, lo, hi)
			return out
		}
		kd := draft{typ: model.Kidnapping, weight: h.weight, sents: []int{i}, firstSent: i, lastSent: i, cuePos: h.start,
			place: body.place, placeFrom: body.placeFrom, highway: body.highway, clause: [2]int{lo, hi}, figures: figs}
		for _, p := range selectPlaces(s.places) {
			if p.start >= lo && p.end <= hi && rank(p.place.Kind) <= 2 {
				kd.place, kd.placeFrom = p, fromSentence
				break
			}
		}
		body.clause = bodyClause(c, s, lo, hi)
		return slices.Insert(out, own[0], kd)
	}
	return out
}

// datedWithin reports whether sentence s has a time of its own in the
// original span lo..hi, within groundAge before the report.
func datedWithin(c *reportCtx, s *sentInfo, lo, hi int) bool {
	for _, t := range s.times {
		if t.start < lo || t.end > hi || t.bare || t.historic || t.upcoming || t.t.IsZero() {
			continue
		}
		age := c.r.Published.Sub(t.t)
		return c.r.Published.IsZero() || age > -24*time.Hour && age <= groundAge
	}
	return false
}

// bodyClause returns the span of sentence s whose times are the body's,
// around the relative clause lo..hi: the words before it when they hold
// a time, else the main clause after it.
func bodyClause(c *reportCtx, s *sentInfo, lo, hi int) [2]int {
	for _, t := range s.times {
		if t.end <= lo && !t.t.IsZero() && !t.historic {
			return [2]int{s.start, lo}
		}
	}
	return [2]int{hi, s.end}
}
