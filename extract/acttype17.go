package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// This file holds readings that type a killing as the armed attack it was
// however an outlet ties the dead to it (type17, from the type
// disagreements of every development article and fusion set and blind
// probes, type17_test.go), after the gold README's rulings on shootings
// at a place and on victims who die later:
//   - the people of a place of gathering struck there, the place tied to
//     them not by "en"/"at" (placeAttack) but as theirs ("tres empleados
//     de un autolavado", "three customers at a taco stand") or as what the
//     attackers entered or attacked ("irrumpieron en un anexo", "stormed a
//     birthday party", "ataque a una taquería", "atacaron a balazos una
//     vivienda ... y mataron a dos");
//   - a member of a force who died named by an attack's participle
//     ("muere tercer policía atacado") or told as the toll of an attack
//     ("el policía herido en el ataque del sábado murió", "an officer
//     wounded in Saturday's attack", "los guardias que murieron por el
//     ataque", "la agresión ... en la que perdieron la vida dos elementos"):
//     an attack on the forces, as the gold README's victims who die later
//     keep the attack's type. Other dead told as an attack's toll are
//     left: the act they follow may have been told as a homicide (on the
//     validation set fusion37 the wider reading split an event).

// attackKilling reports whether folded sentence s of si, typed a killing,
// tells the armed attack it was (this file's doc).
func attackKilling(s string, si *sentInfo) bool {
	return si.typ == model.Homicide && (gatheringStruck(s, struck(si)) || forceMembers.in(s) && (forceAttackedDied(s) || attackToll(s) || forceDiedWhenAttacked(s)))
}

// attackedWords are the folded participles of an attack on people.
var attackedWords = newNeedles("atacad", "emboscad", "agredid", "attacked", "ambushed")

// forceAttackedDied reports whether folded sentence s, typed a killing,
// names its dead as a member of a force with an attack's participle
// ("muere tercer policía atacado", "soldier ambushed last week dies"):
// an attack on the forces (gold README: attacks on forces).
func forceAttackedDied(s string) bool {
	if !attackedWords.in(s) {
		return false
	}
	for _, w := range forceMembers.subs {
		for at := range wordStarts(s, w) {
			end := at + len(w)
			for end < len(s) && isWord(s[end]) {
				end++ // "policias", "agentes"
			}
			if rest := strings.TrimLeft(s[end:], " "); hasAnyPrefix(rest, attackedWords.subs...) {
				return true
			}
		}
	}
	return false
}

// struck returns the dead and wounded si's figures count.
func struck(si *sentInfo) int {
	hit := 0
	for _, fg := range si.figures {
		if fg.kind == "killed" || fg.kind == "injured" {
			hit += max(fg.n, 0)
		}
	}
	return hit
}

// gatheringPeople are the folded plural nouns of the people of a place of
// gathering: its guests, customers, patients or workers, struck together.
var gatheringPeople = []string{"clientes", "comensales", "invitados", "asistentes", "empleados", "trabajadores", "internos", "parroquianos", "pacientes",
	"customers", "guests", "diners", "patrons", "workers", "employees", "partygoers", "patients", "revelers", "mourners"}

// enteredOrAttacked are the folded words, ending right before a place (an
// article and one word of kind may come between), that tell it entered or
// attacked: its people are the target.
var enteredOrAttacked = []string{"irrumpieron en", "irrumpen en", "irrumpio en", "irrumpe en", "ingresaron a", "ingresaron al", "entraron a", "entraron al", "llegaron a",
	"ataque a", "ataque al", "ataque contra", "ataque armado a", "ataque armado contra", "agresion armada a", "agresion armada contra", "atacaron a balazos", "atacaron", "balearon", "dispararon contra",
	"stormed", "storm", "storms", "burst into", "bursts into", "barged into", "attack on", "attacked", "opened fire on", "opened fire inside", "sprayed"}

// dwellingWords are the folded nouns of homes, a place of gathering only
// when the sentence tells it entered or attacked, not when it locates a
// killing ("asesinado en su domicilio", "at the door of their home").
var dwellingWords = []string{"vivienda", "casa", "domicilio", "home", "house", "residence"}

// gatheringMarks are the folded stems of the places gatheringStruck reads:
// a sentence without one is not read further.
var gatheringMarks = newNeedles("bar", "cantina", "antro", "palenque", "autolavado", "car wash", "lavado", "rehab", "anexo", "reunion", "gathering", "velorio", "velatorio", "funeral",
	"fiesta", "festejo", "posada", "boda", "bautizo", "quincea", "party", "wedding", "taqueria", "tacos", "taco", "billar", "nightclub", "discoteca", "centro nocturno",
	"restaurant", "vivienda", "casa", "domicilio", "home", "house", "residence")

// gatheringStruck reports whether folded sentence s = f[lo:hi], typed a
// killing, tells the people of a place of gathering struck there (this
// file's doc): the place tied to plural people as theirs, or to an entry
// or an attack on it. hits counts the dead and wounded (a home needs two).
func gatheringStruck(s string, hits int) bool {
	if !gatheringMarks.in(s) {
		return false
	}
	for li, list := range [...][]string{sceneWords, dwellingWords} {
		home := li == 1
		if home && hits < 2 {
			continue
		}
		for _, w := range list {
			for at := range wordStarts(s, w) {
				end := at + len(w)
				if end < len(s) && isWord(s[end]) {
					continue
				}
				if !home && peopleOfPlace(s, at) || placeEntered(s, at) {
					return true
				}
			}
		}
	}
	return false
}

// placeArticles are the folded words that may stand between a verb or a
// noun and the place it governs.
var placeArticles = []string{"un ", "una ", "el ", "la ", "los ", "las ", "a ", "an ", "the ", ""}

// beforePlace returns the at most 40 bytes of folded s before at, less the
// article and at most one word of kind before the place ("una drug
// rehabilitation center" gives its words before "drug"), each candidate
// trimmed of its trailing space, for a caller to match the word ending it.
func beforePlace(s string, at int) []string {
	b := s[max(0, at-40):at]
	var out []string
	for step := 0; step < 2; step++ {
		for _, a := range placeArticles {
			if strings.HasSuffix(b, a) {
				out = append(out, strings.TrimSuffix(b[:len(b)-len(a)], " "))
			}
		}
		// drop one word of kind: "a drug rehabilitation center", "una
		// fiesta familiar" needs none
		t := strings.TrimSuffix(b, " ")
		k := strings.LastIndexByte(t, ' ')
		if k < 0 {
			break
		}
		b = t[:k+1]
	}
	return out
}

// endsWithWord reports whether s ends with one of ws at a word boundary.
func endsWithWord(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) && (len(s) == len(w) || !isWord(s[len(s)-len(w)-1])) {
			return true
		}
	}
	return false
}

// peopleOfPlace reports whether the place at folded offset at of s is
// tied to plural people as theirs: "empleados de un autolavado",
// "customers at a taco stand".
func peopleOfPlace(s string, at int) bool {
	for _, b := range beforePlace(s, at) {
		for _, p := range [...]string{" de", " del", " at", " of", " in", " en"} {
			if strings.HasSuffix(b, p) && endsWithWord(strings.TrimSuffix(b, p), gatheringPeople) {
				return true
			}
		}
	}
	return false
}

// placeEntered reports whether the place at folded offset at of s is what
// the attackers entered or attacked: "irrumpieron en un anexo", "stormed a
// birthday party", "atacaron a balazos una vivienda".
func placeEntered(s string, at int) bool {
	for _, b := range beforePlace(s, at) {
		if endsWithWord(b, enteredOrAttacked) {
			return true
		}
	}
	return false
}

// attackNouns are the folded nouns of an attack whose toll a death may be.
var attackNouns = []string{"ataque", "agresion", "emboscada", "atentado", "attack", "ambush"}

// tollWords are the folded stems of the dead and wounded of an act.
var tollWords = newNeedles("herid", "lesionad", "muert", "murio", "murieron", "fallec", "perdio la vida", "perdieron la vida", "wounded", "injured", "died", "killed", "dead")

// tollLinks are the folded words that, right before an attack noun (an
// article or a day's name may come between), make the death or wound
// before them its toll: "herido en el ataque", "muertos por la agresión",
// "wounded in Saturday's attack", "died after an ambush on an army patrol".
var tollLinks = []string{" en el", " en la", " en una", " en un", " por el", " por la", " durante el", " durante la", " tras el", " tras la",
	" tras una", " tras un", " in the", " in an", " in a", " during the", " from the", " after an", " after a", " after the", " in"}

// attackToll reports whether folded sentence s, typed a killing, tells
// its dead as the toll of an attack it names (this file's doc). Asked
// only of a sentence naming a member of a force (attacks on forces): of
// other dead, the act the toll follows may have been told as a homicide.
func attackToll(s string) bool {
	if !tollWords.in(s) {
		return false
	}
	for _, w := range attackNouns {
		for at := range wordStarts(s, w) {
			end := at + len(w)
			if end < len(s) && s[end] != 's' && isWord(s[end]) {
				continue
			}
			b := s[max(0, at-48):at]
			b = strings.TrimSuffix(b, " ")
			if t := strings.LastIndexByte(b, ' '); t >= 0 && strings.HasSuffix(b, "'s") {
				b = b[:t] // "in saturday's attack"
			}
			for _, l := range tollLinks {
				if strings.HasSuffix(b, l) && tollWords.in(clauseBefore(b, len(b)-len(l), 32)) {
					return true
				}
			}
			// "la agresión ... en la que perdieron la vida tres personas"
			a := s[end:min(len(s), end+120)]
			for _, r := range [...]string{"en la que ", "en el que ", "in which "} {
				if i := strings.Index(a, r); i >= 0 && tollWords.in(a[i+len(r):min(len(a), i+len(r)+24)]) {
					return true
				}
			}
		}
	}
	return false
}
