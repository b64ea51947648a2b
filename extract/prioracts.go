package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Acts a sentence tells after a preposition of time, beside its own (art16:
// gold incidents with no incident found, family "act told by a noun phrase
// or a clause inside another act's sentence"): "bloquearon tres avenidas,
// tras un enfrentamiento con la Marina", "detuvieron a tres hombres,
// luego del bloqueo de la carretera federal 45", "arrested three men
// following the blockade of federal highway 45". The sentence typed
// itself by one of the two acts and let the other go.

// timePreps open the phrase of an act told as what came before the
// sentence's own, folded, with the space after them.
var timePreps = []string{"tras ", "luego de ", "luego del ", "despues de ", "despues del ", "following ", "after "}

// priorWords is how many words after the preposition the act's cue may
// stand ("tras un enfrentamiento", "después de que sujetos armados
// quemaran").
const priorWords = 8

// sameFamily reports whether acts of types a and b may be one act told
// twice: a burning and a blockade, a shooting and its dead.
func sameFamily(a, b model.IncidentType) bool {
	return a == b || burning(a) && burning(b) || shooting(a) && shooting(b)
}

// priorActs returns the drafts of the acts sentence i tells on both sides
// of a preposition of time (timePreps) that the drafts out made of it lack:
// the act after the preposition, and the sentence's own act before it when
// the later one typed the sentence. Both are placed where the sentence's
// first draft is. Only when the two acts are of different families, the
// act after the preposition is violent (an arrest after which roads were
// blocked may be far away), and no
// draft of an earlier sentence is of its family: "tras el enfrentamiento"
// after a clash told is that clash. Neither act may be a killing, nor the
// later a run of acts (runOfActs).
func priorActs(c *reportCtx, i int, s *sentInfo, out []draft) []draft {
	if s.tally || c.feed != nil || len(s.cues)+len(s.refCues) < 2 {
		return nil
	}
	f := c.text.Folded
	var own *draft // the sentence's first draft
	for k := range out {
		d := &out[k]
		if d.tally || d.denial {
			if slices.Contains(d.sents, i) {
				return nil
			}
			continue
		}
		if d.firstSent == i && own == nil {
			own = d
		}
	}
	retold := false
	if n := len(out); own == nil && n > 0 {
		// "El ataque ocurrió una hora y media después de la emboscada
		// contra policías estatales en Petaquillas": the sentence names
		// the act just told again (an act of its family before the
		// preposition), and another act after it.
		if last := &out[n-1]; !last.tally && !last.denial && last.lastSent < i && last.typ.Violent() {
			own, retold = last, true
		}
	}
	if own == nil || own.placeFrom == fromNone {
		return nil
	}
	if !c.cues.any(cueTimePreps, f, s.fStart, s.fEnd) {
		return nil // no preposition for wordAt to find
	}
	cues := slices.Concat(s.cues, s.refCues)
	for _, p := range timePreps {
		k := wordAt(f[s.fStart:s.fEnd], strings.TrimSpace(p))
		if k < 0 {
			continue
		}
		at := s.fStart + k // the preposition
		var before, after []cueHit
		for _, h := range cues {
			switch {
			case h.fEnd <= at:
				before = append(before, h)
			case h.fStart > at && !anyByteOf(f[at:h.fStart], ";:") && fieldCount(f[at+len(p):h.fStart]) <= priorWords:
				after = append(after, h)
			}
		}
		if len(before) == 0 || len(after) == 0 {
			return nil
		}
		main, _, mh := decide(before, s.business, s.road, s.seize)
		prior, w, h := decide(after, s.business, s.road, s.seize)
		if retold && !sameFamily(main, own.typ) {
			return nil
		}
		// (own typed by the act after the preposition is that act: the
		// sentence's own act is the one to add, below)
		// A death after the preposition ("after a man wounded in the
		// attack died in hospital overnight") is a toll, of this act or
		// an earlier one, never an act of its own.
		if main != "" && sameFamily(main, own.typ) && prior.Violent() && !runOfActs(f, at, h) && !deathVerb(f[mh.fStart:mh.fEnd]) && !deathVerb(f[h.fStart:h.fEnd]) {
			if nd, ok := ownPriorAct(c, i, s, out, own, !retold, c.text.Orig(at), prior, w, h); ok {
				return []draft{nd}
			}
		}
		if retold {
			return nil
		}
		if main == "" || prior == "" || !prior.Violent() || main == model.Homicide || prior == model.Homicide || sameFamily(main, prior) || toldBefore(out, i, prior) {
			// The dead before the preposition are the toll of the act
			// after it ("Cuatro personas murieron tras el ataque"); a
			// killing after it is most often the cause of what the
			// sentence tells, told as background.
			return nil
		}
		if runOfActs(f, at, h) || main == model.SecurityOperation && prior == model.ArmedClash {
			// "Dos hombres fueron detenidos tras un enfrentamiento": the
			// clash is the arrest's circumstance (ctx8_test.go).
			return nil
		}
		var add []draft
		if !slices.ContainsFunc(out, func(d draft) bool { return d.firstSent == i && sameFamily(d.typ, prior) }) {
			add = append(add, draft{typ: prior, weight: w, sents: []int{i}, firstSent: i, lastSent: i, cuePos: h.start,
				place: own.place, placeFrom: own.placeFrom, highway: own.highway})
		}
		if main.Violent() && main != model.Homicide && !slices.ContainsFunc(out, func(d draft) bool { return d.firstSent == i && sameFamily(d.typ, main) }) {
			// "bloquearon tres avenidas, tras un enfrentamiento": the
			// clash typed the sentence; the blockades are its own act.
			_, w, h := decide(before, s.business, s.road, s.seize)
			add = append(add, draft{typ: main, weight: w, sents: []int{i}, firstSent: i, lastSent: i, cuePos: h.start,
				place: own.place, placeFrom: own.placeFrom, highway: own.highway})
		}
		return add
	}
	return nil
}

// toldBefore reports whether a draft of out from a sentence before i is
// of typ's family.
func toldBefore(out []draft, i int, typ model.IncidentType) bool {
	return slices.ContainsFunc(out, func(d draft) bool { return d.firstSent < i && sameFamily(d.typ, typ) })
}

// spanWords are the folded nouns of a span of time that, before "de" or
// "of", make the act after them a run of acts ("una semana de
// enfrentamientos", "days of fighting").
var spanWords = []string{"dias", "semana", "semanas", "meses", "anos", "noches", "jornadas", "days", "week", "weeks", "months", "years", "nights"}

// runOfActs reports whether the cue h after a preposition of time at
// folded offset at names a run of acts, not one act: a plural noun ("tras
// ataques contra civiles", "tras las balaceras del fin de semana") or a
// noun after a span of time ("after days of fighting").
func runOfActs(f string, at int, h cueHit) bool {
	w := f[h.fStart:h.fEnd]
	if k := strings.IndexByte(w, ' '); k > 0 {
		w = w[:k]
	}
	if cueForm(w) == "plural noun" {
		return true
	}
	var buf [4]string
	ws := appendFields(buf[:0], f[at:h.fStart], 4)
	for k := 1; k < len(ws); k++ {
		if (ws[k] == "de" || ws[k] == "of") && slices.Contains(spanWords, ws[k-1]) {
			return true
		}
	}
	return false
}

// ownPriorAct returns the draft of the act sentence i tells after the
// preposition of time at (original offset) when the preposition's phrase
// gives the act a day or a town of its own, whatever its kind: "suspendieron
// el servicio este lunes en Cuautla, luego del asesinato de un chofer el
// domingo en la colonia Gabriel Tepepa", "un autobús fue incendiado ...
// media hora después de que sujetos armados quemaran dos tractocamiones en
// el municipio vecino de Sombrerete". Its own day is a day of the phrase
// other than the one the sentence told before the preposition; its own town
// a municipality other than own's. A phrase with neither names the act of
// the sentence's own clause ("asesinados anoche, tras un ataque armado en
// la misma colonia"), and an act of its family drafted already in its
// town is that act named again (a follow-up's "luego del asesinato del
// domingo"); a time of past years makes it background. The new
// draft is dated and tolled by the phrase, own by the words before it, and
// is never folded into own (another, apart). here is false when own is
// an earlier sentence's act that sentence i names again before the
// preposition: own then keeps its clause and its toll.
func ownPriorAct(c *reportCtx, i int, s *sentInfo, out []draft, own *draft, here bool, at int, prior model.IncidentType, w float64, h cueHit) (draft, bool) {
	end := s.end // the phrase ends at the first comma or semicolon after its cue (", authorities said Thursday")
	if cueEnd := c.text.Orig(h.fEnd); cueEnd < s.end {
		if k := strings.IndexAny(c.r.Text[cueEnd:s.end], ",;"); k >= 0 {
			end = cueEnd + k
		}
	}
	var mainDay, priorDay time.Time
	for _, t := range s.times {
		switch {
		case t.t.IsZero():
		case t.start >= at && t.start < end && t.historic:
			return draft{}, false // "tras el asesinato de su padre en 2019"
		case t.start < at && !t.historic && mainDay.IsZero():
			mainDay = t.t
		case t.start >= at && t.start < end && !t.bare && priorDay.IsZero():
			priorDay = t.t
		}
	}
	ownDay := !mainDay.IsZero() && !priorDay.IsZero() && !sameDate(mainDay, priorDay)
	town, ok := clauseTown(s, at)
	ownTown := ok && town.start < end && own.place.place.MunicipalityCode != "" && town.place.MunicipalityCode != own.place.place.MunicipalityCode
	if !ownDay && !ownTown {
		return draft{}, false
	}
	nd := draft{typ: prior, weight: w, sents: []int{i}, firstSent: i, lastSent: i, cuePos: h.start,
		place: own.place, placeFrom: own.placeFrom, highway: own.highway, clause: [2]int{at, s.end}, another: true, apart: true}
	if ownTown {
		nd.place, nd.placeFrom, nd.highway = town, fromSentence, ""
	}
	for k := range out {
		if d := &out[k]; d != own && sameFamily(d.typ, prior) && d.place.place.MunicipalityCode == nd.place.place.MunicipalityCode {
			return draft{}, false // the act told before, named again
		}
	}
	if !here {
		return nd, true // own is an earlier sentence's act, named again
	}
	if own.clause[1] == 0 && !mainDay.IsZero() {
		own.clause = [2]int{s.start, at}
	}
	figs := own.figures
	own.figures = nil
	for _, fg := range figs {
		if fg.start >= at && fg.start < s.end {
			nd.figures = append(nd.figures, fg)
		} else {
			own.figures = append(own.figures, fg)
		}
	}
	return nd, true
}

// sameDate reports whether a and b fall on one calendar day.
func sameDate(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}
