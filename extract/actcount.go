package extract

import "strings"

// Acts counted in words (art17, family "round-up count": gold tallies
// with no incident found): "Al menos siete bloqueos ... se registraron
// en la región Centro de Guerrero", "reported nine roadblocks across
// Guanajuato". numberBefore reads digits only, as "tres cuerpos" counts
// one act's victims; before the plural noun of an act, a number word
// counts acts as "7 bloqueos" does.

// actNoun reports whether folded word w, a cue without its plural "s",
// is the noun of an act ("homicidio", "ataque", "murder", "roadblock"),
// so that a number before it counts acts, not people.
func actNoun(w string) bool {
	if nounLike(w) {
		return true
	}
	for _, s := range [...]string{"murder", "execution", "homicide", "attack", "shooting", "blockade", "roadblock"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// actCountWords returns the count of acts a number word before the
// deciding cue at folded [at, end) tells, not reaching below lo, when the
// cue is, or opens with, the plural noun of an act ("siete bloqueos",
// "nine roadblocks", "cinco ataques contra");
// -1 otherwise.
func actCountWords(f string, at, end, lo int) int {
	if !actPlural(f[at:end]) {
		return -1
	}
	return numberBeforeIn(f, at, lo, 0, true)
}

// actPlural reports whether folded cue w is, or opens with, the plural
// noun of an act ("bloqueos", "ataques contra", "attacks"), not of its
// victims.
func actPlural(w string) bool {
	if k := strings.IndexByte(w, ' '); k >= 0 {
		w = w[:k] // "ataques contra": the phrase's noun
	}
	return strings.HasSuffix(w, "s") && !victimNoun(w) && actNoun(w[:len(w)-1])
}
