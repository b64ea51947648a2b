package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// Classes and schools stopped for the violence (art20: gold incidents
// with no incident found, family "a disruption told as a consequence"):
// the lexicon holds the common phrases ("suspenden clases", "schools
// closed"), not every form of the verb nor the words between it and what
// it stops ("cancelled in-person classes", "Schools in Jerez will be
// closed", "lo que llevó a la SEPyC a suspender las clases").

// serviceNouns are the folded nouns of the services a stop verb may
// govern (the marker classify asks for before serviceStop reads).
var serviceNouns = []string{"clases", "classes", "escuelas", "schools", "planteles"}

// serviceStop returns a disruption cue when a verb of stopping governs a
// service noun of folded sentence f[lo:hi]: the verb within four words
// before the noun ("suspender las clases", "cancelled in-person
// classes") or five after it ("las clases presenciales fueron
// canceladas", "Schools in Jerez will be closed"), not negated ("no se
// suspenderán las clases", "were not cancelled"). The cue spans the verb
// and the noun, so that what stands between them (a "will" of the future
// the stop is announced for) frames neither. orig is the original offset
// of f[lo].
func serviceStop(f string, lo, hi, orig int) (cueHit, bool) {
	g := f[lo:hi]
	for _, n := range serviceNouns {
		at := wordAt(g, n)
		if at < 0 {
			continue
		}
		nStart, nEnd := lo+at, lo+at+len(n)
		// the words before the noun, nearest first
		i := nStart
		for k := 0; k < 4 && i > lo; k++ {
			j, e := wordBefore(f, i, lo)
			if j == e {
				break
			}
			if stopVerb(trimCut(f[j:e], ",;:")) {
				if !stopNegated(f, j, lo) {
					return serviceCue(j, nEnd, lo, orig), true
				}
				break
			}
			if strings.ContainsAny(f[j:e], ",;:") {
				break // another clause
			}
			i = j
		}
		// the words after it
		var buf [5]string
		k := nEnd
		for _, w := range appendFields(buf[:0], f[nEnd:hi], 5) {
			j := k + strings.Index(f[k:hi], w)
			k = j + len(w)
			if stopVerb(trimCut(w, ",;:.")) {
				if !stopNegated(f, j, lo) {
					return serviceCue(nStart, k, lo, orig), true
				}
				break
			}
			if strings.ContainsAny(w, ",;:") {
				break
			}
		}
	}
	return cueHit{}, false
}

// serviceCue is the disruption cue of folded span [a, b) of a sentence
// whose folded start lo is at original offset orig.
func serviceCue(a, b, lo, orig int) cueHit {
	return cueHit{typ: model.Disruption, weight: 0.7, fStart: a, fEnd: b, start: orig + (a - lo)}
}

// stopVerb reports whether folded word w is a form of a verb of stopping
// a service: suspend, cancel, close, shut.
func stopVerb(w string) bool {
	switch {
	case strings.HasPrefix(w, "suspend"), strings.HasPrefix(w, "cancel"), strings.HasPrefix(w, "cerrad"), strings.HasPrefix(w, "cerrar"),
		strings.HasPrefix(w, "clausur"), strings.HasPrefix(w, "shut"):
		return true
	}
	switch w {
	case "cierran", "cierra", "closed", "closing", "closure", "closures":
		return true
	}
	return false
}

// stopNegated reports whether a negation or a denial stands in the two
// words before the stop verb at folded offset at ("no se suspenderán",
// "were not cancelled", "descartó suspender").
func stopNegated(f string, at, lo int) bool {
	i := at
	for k := 0; k < 2 && i > lo; k++ {
		j, e := wordBefore(f, i, lo)
		if j == e {
			return false
		}
		switch w := f[j:e]; {
		case w == "no", w == "not", w == "ni", w == "never", w == "nunca", strings.HasSuffix(w, "n't"), strings.HasPrefix(w, "descart"):
			return true
		}
		i = j
	}
	return false
}

// consequenceJoins join to an act's clause a clause that tells what it
// brought about (consequenceClauseAt): a coordination, or a relative or
// participle of consequence ("..., lo que llevó a la SEPyC a suspender
// las clases", "..., por lo que", "..., prompting officials to cancel
// classes").
var consequenceJoins = []string{", y ", ", and ", ", lo que ", ", por lo que ", ", prompting ", ", forcing ", ", which led "}
