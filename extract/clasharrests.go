package extract

import "strings"

// Arrests told with a clash (art17, family "merged into another act of
// the same report"): "Soldiers killed four gunmen and detained three
// after coming under fire", "repelió la agresión, neutralizando a dos
// agresores y logrando la detención de tres personas", "tras repeler la
// agresión, ..., se detuvo a cuatro personas". The gold labels a clash
// followed by arrests as two incidents (testdata/gold/README.md, the
// type16 ruling after dev5-011): the clash with its dead, and a
// security operation with the arrests. splitArrests gives the arrest its
// incident when clashArrest holds.

// clashArrest reports whether the detained figure f of a clash's draft
// tells arrests the forces made, in a clause of their own: the figure
// stands within four words after a coordinator ("y", "e", "and") or
// right after a comma or a semicolon (an impersonal "se" between) or in
// a clause opened by "tras lo cual" and the like (sequelOpeners),
// and is not told in the passive of the clash's own people ("Un agresor
// murió y dos más fueron detenidos": the clash's toll).
func clashArrest(text string, f figure) bool {
	if f.kind != "detained" || f.n <= 0 || f.start <= 0 || f.end > len(text) {
		return false
	}
	if passiveArrest(strings.ToLower(text[f.start:f.end])) {
		return false
	}
	before := strings.TrimRight(text[max(0, f.start-40):f.start], " ")
	before = strings.TrimSuffix(before, " se") // "..., se detuvo a cuatro"
	if strings.HasSuffix(before, ",") || strings.HasSuffix(before, ";") {
		return true
	}
	low := strings.ToLower(text[max(0, f.start-64):f.start])
	for _, m := range sequelOpeners {
		if k := strings.LastIndex(low, m); k >= 0 && !strings.ContainsAny(low[k:], ".;") {
			return true // "un intercambio de disparos, tras el cual se logró la detención de cuatro personas"
		}
	}
	if laterAt(text, f) >= 0 {
		return true // "... que dejó seis muertos y ahí mismo el ejército al día siguiente detuvo a tres"
	}
	ws := strings.Fields(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		switch ws[k] {
		case "y", "e", "and":
			return true
		}
		if strings.ContainsAny(ws[k], ",;.") {
			return false // another clause
		}
	}
	return false
}

// sequelOpeners are the lower-case relatives that open a clause telling
// what followed the act just told: an arrest after them is the forces'
// own act.
var sequelOpeners = []string{"tras lo cual", "tras el cual", "tras la cual", "luego de lo cual", "después de lo cual", "despues de lo cual", "por lo que", "after which"}

// passiveArrest reports whether a detained figure's words, lower case,
// tell the arrest in the passive ("dos más fueron detenidos", "two
// were arrested").
func passiveArrest(w string) bool {
	for _, aux := range [...]string{" fueron ", " quedaron ", " resultaron ", " were ", " was "} {
		if strings.Contains(w, aux) {
			return true
		}
	}
	return false
}

// laterWords tell, lower case, that what follows came a day or hours
// after the act told before: "al día siguiente", "the next day".
var laterWords = []string{"al día siguiente", "al dia siguiente", "un día después", "un dia despues", "horas después", "horas despues", "the next day", "the following day", "a day later", "hours later"}

// laterAt returns the original offset in text of the words that tell
// the arrest of detained figure f came later than the clash told before
// them, in the same clause ("hubo un enfrentamiento ... y ahí mismo el
// ejército al día siguiente detuvo a tres personas"), or -1: the forces'
// own act, on its own day.
func laterAt(text string, f figure) int {
	from := max(0, f.start-64)
	low := strings.ToLower(text[from:f.start])
	for _, w := range laterWords {
		if k := strings.LastIndex(low, w); k >= 0 && !strings.ContainsAny(low[k:], ".;") {
			return from + k
		}
	}
	return -1
}
