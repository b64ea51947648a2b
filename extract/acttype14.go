package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// This file holds a reading of an act's type from the grammar of its
// sentence, found by tabulating the mistyped gold incidents of every
// development article set (art14):
// vehicles burnt with a consequence clause that stops the traffic
// ("blocking traffic", "cutting the road", "y cerraron el paso", "la
// circulación quedó suspendida") or at a town's gateway ("en la salida a",
// "at the entrance to") close a road: a blockade (gold README: vehicles
// set on fire to close a road is blockade), where classify otherwise
// reads a blockade only on a highway or with vehicles put across a street.

// burntVehicles are the folded words of the road vehicles English tells a
// burning with; roadVehicles has the Spanish ones.
var burntVehicles = []string{"bus", "buses", "truck", "trucks", "trailer", "trailers", "tractor-trailer", "tractor-trailers", "tanker", "tankers", "semitrailer", "semitrailers", "lorry", "lorries", "pickup", "pickups", "car", "cars", "vehicle", "vehicles", "van", "vans", "suv", "suvs"}

// trafficCutters are the folded consequence clauses and gateway phrases
// that tell that burning vehicles closed a road.
var trafficCutters = newNeedles(
	// English participle or finite clause of stopping the traffic
	"blocking traffic", "blocked traffic", "halting traffic", "halted traffic", "halts traffic", "stopping traffic", "stopped traffic",
	"cutting the road", "cut the road", "cutting off the road", "cut off the road", "cutting off traffic", "cut off traffic", "closing the road", "closed the road",
	"across the main road", "across the approach", "across both lanes", "across the lanes", "across the avenue", "across the street", "across the boulevard",
	"at the entrance to", "at the exit of", "at the exit to", "exit of", "entrance of",
	// Spanish clause of the closed road
	"cerraron el paso", "cerrando el paso", "cerraron la circulacion", "cerrando la circulacion", "impidiendo el paso", "impidiendo la circulacion",
	"circulacion quedo suspendida", "circulacion quedo cerrada", "circulacion fue suspendida", "circulacion permanece cerrada", "circulacion permanecio cerrada",
	"suspendida la circulacion", "suspendio la circulacion", "interrumpieron la circulacion", "interrumpio la circulacion", "interrumpiendo la circulacion",
	"en la salida a ", "en la salida hacia", "a la salida a ", "en la entrada a ", "en la entrada de ", "a la entrada de ", "en el acceso a ",
)

// roadCut reports whether the folded sentence f[lo:hi] tells road
// vehicles burnt (cues holds an arson cue) and a clause that says they
// closed the road.
func roadCut(found *cueHits, f string, lo, hi int, cues []cueHit) bool {
	if !cueOf(cues, model.Arson) {
		return false
	}
	s := f[lo:hi]
	return (found.any(cueTrafficCutters, f, lo, hi) || roadToward(s)) && roadVehicleIn(s)
}

// forceVictimNouns are the folded nouns of members of a force, as the
// complement of an act noun names its victims.
var forceVictimNouns = newNeedles("policia", "agente", "elemento", "guardia", "soldado", "militar", "marino", "custodio", "police", "officer", "guardsm", "soldier", "marine")

// forcesNamedVictims reports whether the complement right after the act
// noun at folded [fStart, fEnd) of f names members of a force as its
// victims: "el homicidio de dos policías municipales", "the killing of
// two officers". A killing of the forces is an armed attack (gold README:
// gunmen shooting a police officer are armed_attack).
func forcesNamedVictims(f string, fEnd, hi int) bool {
	rest := f[fEnd:min(hi, fEnd+40)]
	if k := strings.IndexAny(rest, ",;:."); k >= 0 {
		rest = rest[:k]
	}
	if !hasAnyPrefix(rest, " de ", " del ", " of ") {
		return false
	}
	return forceVictimNouns.in(rest)
}

// roundupCount reports whether a tally counts acts of a kind a round-up
// tells one by one (blockades, burnings, attacks, clashes): "41 bloqueos
// en ocho estados", "27 roadblocks in five states". A report that counts
// such acts tells of violence, and the acts it lists by noun phrase ("el
// incendio de dos tractocamiones en Reynosa") rest on that count, not on
// weak evidence (judge.go). A tally of killings is a statistic as often.
func roundupCount(in model.Incident) bool {
	switch in.Type {
	case model.Blockade, model.Arson, model.ArmedAttack, model.ArmedClash, model.BusinessAttack, model.Explosive:
		return in.Tally
	}
	return false
}

// burningsAmidBlockades types as blockades the burnings of road vehicles
// that a report counting blockades tells after its count ("Suman 41
// bloqueos en ocho estados ... Entre los hechos de mayor impacto figura el
// incendio de dos tractocamiones en el bulevar Hidalgo de Reynosa"): the
// items of the round-up are what it counts (gold README: vehicles set on
// fire to close a road is blockade). A burnt business stays what it is.
func burningsAmidBlockades(c *reportCtx, ds []draft) []draft {
	count := -1 // first sentence of a tally of blockades
	for k := range ds {
		if ds[k].tally && ds[k].typ == model.Blockade && !ds[k].denial {
			count = ds[k].firstSent
			break
		}
	}
	if count < 0 {
		return ds
	}
	f := c.text.Folded
	for k := range ds {
		d := &ds[k]
		if d.typ != model.Arson || d.tally || d.denial || d.firstSent < count {
			continue
		}
		s := &c.sents[d.firstSent]
		if !s.business && roadVehicleIn(f[s.fStart:s.fEnd]) {
			d.typ = model.Blockade
		}
	}
	return ds
}

// roadVehicleIn reports whether folded s names a road vehicle.
func roadVehicleIn(s string) bool {
	for _, vs := range [][]string{roadVehicles, burntVehicles} {
		for _, v := range vs {
			if wordIn(s, v) {
				return true
			}
		}
	}
	return false
}
