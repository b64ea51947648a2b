package extract

import (
	"strings"
	"time"
)

// Acts of their own that the act told before used to absorb (art16:
// gold incidents with no incident found, family "merged into another act
// of the same report"). A sentence of the same type as the draft before
// it, close by, joined that draft as one of its details; these readings
// of the sentence's own grammar say it tells another act.

// burningGap is how far apart the clock times of two burnings told one
// after the other put them for foldedAct: a vehicle or a shop is set on
// fire in minutes, and the fire put out later is told with no verb of
// setting fire.
const burningGap = 2 * time.Hour

// foldedAct reports whether sentence s, typed, tells another act than
// the draft last told before it. With a place of its own (placed), a
// sentence merges with any earlier draft of its type and place, an
// overview's among them ("Dos comercios fueron atacados en Veracruz y
// Boca del Río ... otro grupo disparó contra un lote de autos en la
// ciudad de Veracruz"), so only another day tells it apart: it opens on
// a day that is not the draft's ("Apenas ayer, un comando quemó una
// tienda en Ciudad Renacimiento" after a pharmacy burned this Thursday;
// dayShift, which the caller reads for a sentence with no place). With
// none, it merges only with the last draft, and is another act when
//   - the subject of the clause of its first cue is another group ("Cerca
//     de las 19:10 horas, otro grupo disparó contra una gasolinera y
//     arrojó una bomba molotov", where the later cue decides the type):
//     anotherAct read before the first cue, not only the deciding one;
//   - it tells a burning by a verb and opens with a clock time hours
//     after the burning told before ("Casi a las 23:00 horas, una bodega
//     fue rociada con gasolina e incendiada" after a truck set on fire
//     at 20:00).
func (e *Extractor) foldedAct(c *reportCtx, last *draft, s *sentInfo, placed bool) bool {
	if placed {
		return e.dayShift(c, last, s)
	}
	first := s.cuePos
	for _, h := range s.cues {
		first = min(first, h.start)
	}
	if first > s.start && first < s.cuePos && anotherAct(c.plain.Sub(s.start, first).Folded) {
		return true
	}
	if burning(last.typ) && burning(s.typ) && !s.anaphoric && burnedByVerb(c, s) && e.hoursApart(c, last, s, burningGap) {
		return true
	}
	return false
}

// burnedByVerb reports whether a cue of sentence s tells a burning by a
// verb or a participle, alone or opening a phrase ("incendiaron",
// "rociada con gasolina"; cueForm of its first word), not by a noun that
// may name the act told again ("el incendio", "en llamas").
func burnedByVerb(c *reportCtx, s *sentInfo) bool {
	for _, h := range s.cues {
		if !burning(h.typ) {
			continue
		}
		f := c.text.Folded[h.fStart:h.fEnd]
		if k := strings.IndexByte(f, ' '); k > 0 {
			f = f[:k]
		}
		if form := cueForm(f); form == "verb" || form == "participle" {
			return true
		}
	}
	return false
}
