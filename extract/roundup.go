package extract

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

// cityWords say that an act happened in a city the sentence does not
// name ("in another part of this city", "en esta ciudad"; a wire's "at a
// car dealership in the city" under the city's dateline), folded.
var cityWords = newNeedles("this city", "esta ciudad", "the same city", "la misma ciudad", "esta capital", "this capital", "in the city", "en la ciudad")

// thisCity are the words of cityWords that point at the dateline's town
// itself ("En esta capital, dos hombres fueron heridos", "in this city"),
// not at a town named just before ("la misma ciudad"), folded.
var thisCity = newNeedles("esta ciudad", "esta capital", "this city", "this capital")

// datelineCity returns the dateline's town as the place of sentence s
// when s names no place of its own and places its act in "esta ciudad"
// or "esta capital" (thisCity): under "COLIMA, Col.-", "En esta capital,
// dos hombres fueron heridos a tiros" places its act in Colima. ok false
// otherwise.
func datelineCity(c *reportCtx, s *sentInfo) (placeRef, bool) {
	if c.feed != nil || len(s.places) > 0 || len(c.dateline) == 0 || !thisCity.in(c.text.Folded[s.fStart:s.fEnd]) {
		return placeRef{}, false
	}
	return datelineTown(c)
}

// cityOfDateline returns the dateline's town in place of the states a
// sentence names when every place it names is that town's state and the
// sentence places the act in a city or a neighbourhood ("CIUDAD OBREGÓN,
// Sonora — ... in the Las Haciendas neighborhood of this southern Sonora
// city"): the state is where the city lies, the dateline names the city.
// A sentence that names only a road across states ("la carretera 57",
// "la autopista Puebla–Orizaba"), which places the act in no state, is
// placed alike in the dateline's town when the road runs through the
// town's state ("MATEHUALA, S.L.P.- La carretera 57 quedó bloqueada").
// Any other sentence's places are returned as they are.
func cityOfDateline(c *reportCtx, s *sentInfo, places []placeRef) []placeRef {
	if len(places) == 0 || c.feed != nil || len(c.dateline) == 0 {
		return places
	}
	// (Not acts counted along the road, "Dos bloqueos cerraron la
	// carretera federal 15": told one by one after, each in its town.)
	road := len(places) == 1 && places[0].place.Kind == gazetteer.Highway && stateOf(places[0].place) == "" && !pluralCue(c.text.Folded, s)
	for _, p := range places {
		if p.place.Kind != gazetteer.State && !road {
			return places
		}
	}
	town, ok := datelineTown(c)
	if !ok {
		return places
	}
	if road {
		if !slices.ContainsFunc(places[0].place.Municipalities, func(m string) bool { return strings.HasPrefix(m, town.place.StateCode) }) {
			return places
		}
		town.start, town.end, town.text = places[0].start, places[0].end, places[0].text
		return []placeRef{town}
	}
	for _, p := range places {
		if p.place.StateCode != town.place.StateCode {
			return places
		}
	}
	f := c.text.Folded[s.fStart:s.fEnd]
	if !namesColony(f) && !cityWords.in(f) {
		return places
	}
	town.start, town.end, town.text = places[0].start, places[0].end, places[0].text
	return []placeRef{town}
}

// laterUnits are the words of a lapse that opens a second act's clause
// ("poco más de dos horas después", "about two hours later"), folded.
var laterUnits = []string{"hora", "horas", "minutos", "hour", "hours", "minutes"}

// laterEnds end the lapse of a later act's clause (laterClauseAt), folded:
// with a comma first, then without.
var laterEnds = [...]string{" despues,", " mas tarde,", " later,", " despues ", " mas tarde ", " later "}

// laterClauseAt returns the folded offset of the join that opens a
// sentence's second clause told as a later act ("..., y, poco más de dos
// horas después, una mujer resultó herida ...", "... and, about two hours
// later, a woman was wounded ..."), or -1: ", y" / " y," / ", and" / " and,"
// then a lapse of hours or minutes of a few words, ending in "después",
// "más tarde" or "later" and a comma, or with no comma after ", y" or
// ", and" ("..., and hours later attackers set ..."). h holds the cue
// lists' hits in f (a sentence without an end of laterEnds is not read).
func laterClauseAt(h *cueHits, f string, s *sentInfo) int {
	if !h.any(cueLaterEnds, f, s.fStart, s.fEnd) {
		return -1
	}
	g := f[s.fStart:s.fEnd]
	for _, end := range laterEnds {
		k := indexSpaced(g, end)
		if k < 0 {
			continue
		}
		head := g[max(0, k-40):k]
		j := -1
		joins := [...]string{", y ", ", and ", " y, ", " and, "}
		if !strings.HasSuffix(end, ",") {
			// "..., and hours later attackers set two trucks on fire":
			// with no comma after the lapse, only after a comma's join
			// (acttype18.go)
			joins[2], joins[3] = joins[0], joins[1]
		}
		for _, m := range joins {
			if x := strings.LastIndex(head, m); x > j {
				j = x
			}
		}
		if j < 0 {
			continue
		}
		lapse := strings.Fields(strings.Trim(head[j:], " ,"))
		if len(lapse) < 2 || len(lapse) > 7 {
			continue
		}
		unit := false
		for _, w := range lapse {
			unit = unit || slices.Contains(laterUnits, w)
		}
		if unit {
			return s.fStart + max(0, k-40) + j
		}
	}
	return -1
}

// laterSplit gives the first act of a sentence split at a later act's
// clause (laterClauseAt) the words before at and the second the words
// after, when the sentence tells a time before at (each is then dated by
// its own clause; a time told only at the end is both acts'), and each
// the figures of its clause: d and nd are the two drafts, first the type
// of the first clause's act, firstCue and laterCue the cues' starts.
func laterSplit(c *reportCtx, s *sentInfo, d, nd *draft, at int, first model.IncidentType, firstCue, laterCue int) {
	a, b := d, nd
	if d.typ != first {
		a, b = nd, d
	}
	a.cuePos, b.cuePos = firstCue, laterCue
	figs := d.figures
	a.figures, b.figures = nil, nil
	for _, fg := range figs {
		if fg.start < at {
			a.figures = append(a.figures, fg)
		} else {
			b.figures = append(b.figures, fg)
		}
	}
	for _, t := range s.times {
		if t.start < at {
			a.clause, b.clause = [2]int{s.start, at}, [2]int{at, s.end}
			return
		}
	}
}

// opensWithDay reports whether sentence s opens with a day or a time of
// its own ("On Thursday night, armed men ...", "La noche del jueves, un
// tendero ..."), after at most an adverb (dayOpeners): an act told on its
// own, not a detail of a count told before it.
func opensWithDay(c *reportCtx, s *sentInfo) bool {
	for k := range s.times {
		t := &s.times[k]
		if t.historic || t.bare || t.t.IsZero() {
			continue
		}
		return t.start-s.start <= 4 || dayOpeners(c.r.Text[s.start:t.start])
	}
	return false
}

// countedRemainders gives a lead that counts two acts and their total
// toll ("Gunmen killed seven people in two separate attacks late Tuesday
// in Celaya") the toll of the act it stands for when only one of the two
// is told on its own after it ("About two and a half hours later, ...
// killing four"): the lead's act is the other one, and its dead (and
// wounded, when the act told gives them) are the total less the act
// told's (seven less four). A lead split over the places it names (split)
// or whose total is no more than the act told's keeps its figures; so
// does one followed by more acts than one, whose parts cannot be told
// apart.
func countedRemainders(c *reportCtx, ds []draft) []draft {
	for k := range ds {
		d := &ds[k]
		total := killedIn(d)
		if d.tally || d.denial || d.split || total <= 0 || !shooting(d.typ) || !twoActsCounted(c, &c.sents[d.firstSent]) {
			continue
		}
		part := -1
		for m := range ds {
			o := &ds[m]
			if m == k || o.tally || o.denial || !shooting(o.typ) || o.firstSent <= d.firstSent || o.firstSent > d.firstSent+6 || killedIn(o) <= 0 {
				continue
			}
			if st := d.place.place.StateCode; st != "" && o.place.place.StateCode != "" && o.place.place.StateCode != st {
				continue
			}
			if part >= 0 {
				part = -2 // more acts than one told: not read
				break
			}
			part = m
		}
		if part < 0 || killedIn(&ds[part]) >= total {
			continue
		}
		figs := make([]figure, 0, len(d.figures))
		for _, fg := range d.figures {
			if n := largestOf(ds[part].figures, fg.kind); (fg.kind == "killed" || fg.kind == "injured") && n > 0 && fg.n > n {
				fg.n -= n
			}
			figs = append(figs, fg)
		}
		d.figures = figs
	}
	return ds
}

// largestOf returns the largest count of kind among figures fs, or 0.
func largestOf(fs []figure, kind string) int {
	n := 0
	for _, f := range fs {
		if f.kind == kind && f.n > n {
			n = f.n
		}
	}
	return n
}

// twoActsCounted reports whether sentence s counts two acts by the
// plural noun of an act (actPlural: "dos ataques armados", "two separate
// attacks"), not by their victims ("dos personas sin vida", "Dos hombres
// murieron").
func twoActsCounted(c *reportCtx, s *sentInfo) bool {
	for _, h := range s.cues {
		if actPlural(c.text.Folded[h.fStart:h.fEnd]) && numberBeforeIn(c.text.Folded, h.fStart, s.fStart, 1, true) == 2 {
			return true
		}
	}
	return false
}
