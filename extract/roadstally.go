package extract

import (
	"strings"

	"github.com/atalaya/atalaya/gazetteer"
)

// Blockade waves told by the roads or the points blocked, counted (art16:
// gold tallies with no incident found, family "round-up count"): "blocked
// at least seven roads in Nayarit", "at least seven roads in Nayarit had
// been blocked", "set vehicles on fire at seven points across three
// municipalities". The roads and the points are the blockades, as "seven
// blockades" would be; classify reads the count as a tally's, which emit
// keeps only over a state (roadsOverState: one town's roads are one
// act's).

// blockVerbs are the folded blocking verbs after which the roads blocked
// are counted ("bloquearon al menos ocho carreteras").
var blockVerbs = []string{" blocked ", " blocking ", " bloquearon ", " bloquean ", " bloqueaban ", " cerraron "}

// pointNouns name the points of a wave of blockades in the plural.
var pointNouns = []string{" points ", " locations ", " puntos "}

// blockedCount returns the largest count of roads or points blocked that
// folded f[lo:hi] tells past roadsBlocked's passive with nothing between:
// the roads after an active blocking verb (blockVerbs), the roads a
// passive blocking verb counts with a place between ("seven roads in
// Nayarit had been blocked"), and points counted ("en siete puntos");
// -1 when none. Number words count here: the units are not victims.
func blockedCount(found *cueHits, f string, lo, hi int) int {
	n := -1
	if !found.any(cueBlockCounts, f, lo, hi) {
		return n // none of the words read below
	}
	for _, v := range blockVerbs {
		if k := indexSpaced(f[lo:hi], v); k >= 0 {
			n = max(n, roadsAfter(f, lo+k+len(v), hi))
		}
	}
	for _, v := range blockedWords {
		if k := indexSpaced(f[lo:hi], v); k >= 0 {
			n = max(n, roadsBeforePlace(f, lo+k, lo))
		}
	}
	for _, p := range pointNouns {
		if k := indexSpaced(f[lo:hi], p); k >= 0 {
			n = max(n, numberBeforeIn(f, lo+k+1, lo, 0, true))
		}
	}
	return n
}

// roadsAfter returns the count of the roads named within a few words from
// folded offset at ("at least nine roads"), or -1.
func roadsAfter(f string, at, hi int) int {
	var buf [5]string
	ws := appendFields(buf[:0], f[at:hi], 5)
	i := at
	for _, w := range ws {
		j := i + strings.Index(f[i:hi], w)
		if roadNoun(strings.TrimRight(w, ",;:")) {
			return numberBeforeIn(f, j, at, 0, true)
		}
		if strings.ContainsAny(w, ",;:") {
			return -1
		}
		i = j + len(w)
	}
	return -1
}

// roadsBeforePlace returns the count of the roads a passive blocking verb
// at folded offset at counts across a place phrase between them ("seven
// roads in Nayarit had been blocked"), or -1: at most three words of the
// place after the noun, then the auxiliaries roadsCounted reads.
func roadsBeforePlace(f string, at, lo int) int {
	i := at
	for tok := 0; tok < 8 && i > lo; tok++ {
		j, e := wordBefore(f, i, lo)
		w := f[j:e]
		if roadNoun(w) {
			return numberBeforeIn(f, j, lo, 0, true)
		}
		if strings.ContainsAny(w, ",;:") {
			return -1
		}
		i = j
	}
	return -1
}

// roadsOverState reports whether a tally of roads or points blocked
// (sentInfo.roadsTally) counts over a state: the sentence names one, or
// counts municipalities ("across three municipalities of northern
// Sinaloa"). "Hombres armados bloquearon tres avenidas" in the dateline's
// town is one act there.
func roadsOverState(s *sentInfo, places []placeRef) bool {
	if s.munis > 0 || s.tallyUnit {
		return true
	}
	for _, p := range places {
		if p.place.Kind == gazetteer.State {
			return true
		}
	}
	// "blocked at least seven roads in the western Mexican state of
	// Nayarit ..., hours after marines captured a boss in the state
	// capital Tepic": the first place after the cue is the state the
	// roads are counted over, though a town of it named later is the
	// sentence's likeliest place.
	for _, p := range s.places {
		if p.start >= s.cuePos && p.place.Kind != gazetteer.Country {
			return p.place.Kind == gazetteer.State
		}
	}
	return false
}

// pointsOver reports whether sentence s counts the points where vehicles
// were burned or roads blocked (pointNouns, "en cuatro puntos", "at nine
// points"), three or more, across two or more named municipalities or
// towns fewer than the points (art21: "seven vehicles were torched at four
// points in Culiacán and neighboring Navolato"): a wave over the area, as
// countedOver reads "nueve bloqueos en Cajeme, Navojoa y Etchojoa", not
// one act in each town.
func pointsOver(h *cueHits, f string, s *sentInfo, places []placeRef) bool {
	if !severalTowns(places) || !h.any(cuePointNouns, f, s.fStart, s.fEnd) {
		return false
	}
	for _, p := range pointNouns {
		if k := indexSpaced(f[s.fStart:s.fEnd], p); k >= 0 {
			n := numberBeforeIn(f, s.fStart+k+1, s.fStart, 0, true)
			return n >= 3 && n > len(places)
		}
	}
	return false
}
