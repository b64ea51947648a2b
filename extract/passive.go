package extract

import "strings"

// This file reads the English of headlines and wires that tell an act with
// no doer, or with a force whose part the verb's form decides: a bare
// participle ("Police officer gunned down", "Two soldiers killed in
// ambush"), the headline present after a force ("Marines kill cartel
// boss") and the translated "cae" of an arrest ("'El Chato' falls in
// Durango"). Small hooks in classify.go call it.

// enForceKill reports whether the English killing cue c (folded f[at:end])
// after a force is the force's own act: the headline present ("kill",
// "kills") or a past with an object after it ("Soldiers killed two
// gunmen"); a bare participle followed by a place, a time or nothing
// ("Police officer killed in Iguala", "Mexicali police officer gunned
// down") is a passive with the force for victim. ok is false when the cue
// is not one of English killing verbs.
func enForceKill(f string, at, end int) (active, ok bool) {
	switch f[at:end] {
	case "kill", "kills":
		return true, true
	case "killed", "shot dead", "gunned down", "shot and killed":
		return !bareParticiple(f, end), true
	}
	return false, false
}

// bareParticiple reports whether no object follows the English participle
// that ends at folded offset end: the clause ends (end of text or a
// punctuation mark) or a preposition or adverb of place or time comes
// next ("killed in", "gunned down outside his home", "killed on patrol",
// "shot dead; two hurt").
func bareParticiple(f string, end int) bool {
	rest := strings.TrimLeft(f[end:], " ")
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ',', ';', ':', '.', '!', '?', '(', '-', '/':
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	switch strings.TrimRight(w, ",;:.!?'\"") {
	case "in", "on", "at", "near", "outside", "inside", "during", "after", "while", "when", "as", "from", "off", "amid",
		"overnight", "yesterday", "today", "tonight", "late", "early", "last", "this", "before", "along", "en", "within", "following":
		return true
	}
	return false
}
