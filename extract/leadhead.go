package extract

import "strings"

// A round-up's lead that tells its deadliest act and only then counts
// the states the round-up spans (art20: gold incidents with no incident
// found, family "a round-up lead dropped as the overview"): the act is
// the lead's own, as the act an opening clause dates the round-up from
// is (leadLagAct).

// stateUnits are the folded words by which a round-up lead counts the
// states its acts befell ("varios estados", "several states").
var stateUnits = []string{" estados", " entidades", " states"}

// leadHeadAct returns the act that round-up lead d tells in its main
// clause, before the clause that counts the states ("Gunmen killed four
// people at a bar in the city of Celaya late on Friday, police said, the
// deadliest of a string of attacks across several states", "Hombres
// armados mataron a cuatro personas en un bar de Celaya ..., en el más
// letal de una serie de ataques que marcaron el fin de semana en varios
// estados"): the words before the last comma ahead of the states name one
// town (the dateline's places aside), a violent cue and a toll. A lead that
// names two towns, none, or no toll there is the round-up's overview.
func leadHeadAct(c *reportCtx, d *draft) (draft, bool) {
	s := &c.sents[d.firstSent]
	f := c.text.Folded[s.fStart:s.fEnd]
	u := firstIndex(f, stateUnits)
	if u < 0 {
		return draft{}, false
	}
	comma := strings.LastIndexByte(f[:u], ',')
	if comma < 0 {
		return draft{}, false
	}
	end := c.text.Orig(s.fStart + comma)
	var place placeRef
	for _, p := range s.places {
		if p.start < c.filed || p.start >= end || p.place.MunicipalityCode == "" {
			continue
		}
		if place.place.MunicipalityCode != "" && place.place.MunicipalityCode != p.place.MunicipalityCode {
			return draft{}, false // "in Zamora and Uruapan"
		}
		place = p
	}
	if place.place.MunicipalityCode == "" {
		return draft{}, false
	}
	a, ok := clauseAct(d, s, place, end, f[:comma])
	if !ok || len(a.figures) == 0 {
		return draft{}, false
	}
	return a, true
}
