package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// Acts an arrest report names as the arrest's ground, told in a relative
// clause or in a sentence after the arrest's (art19: gold incidents with
// no incident found, family "past acts in relative clauses"); groundAct
// and groundDated (sequel.go) read them.

// relativeReach is how far, in bytes of the text, the time of an act may
// follow the relative pronoun that opens its clause ("en el que murieron
// tres policías municipales el pasado jueves").
const relativeReach = 70

// relativeOpeners open a clause about the act named just before them,
// folded.
var relativeOpeners = []string{"en el que ", "en la que ", "en los que ", "en las que ", "en el cual ", "en la cual ", "donde ", "in which "}

// relativeOpens returns the original offset of the end of a relative
// pronoun that opens, within a few words after folded offset from (an
// act's noun, perhaps its adjective between), a clause of the same
// sentence part (no ";" or "." between), or -1: "el ataque en el que
// murieron tres policías".
func relativeOpens(c *reportCtx, from, lim int) int {
	f := c.text.Folded
	win := f[from:min(lim, from+24)]
	for _, r := range relativeOpeners {
		k := strings.Index(win, r)
		if k < 0 || strings.ContainsAny(win[:k], ";.,") {
			continue
		}
		return c.text.Orig(from + k + len(r))
	}
	return placeRelative(f[from:min(lim, from+placeReach)], from, c)
}

// placeReach is how far, in folded bytes after an act's noun, the place
// it names may run before ", donde" opens a clause about what happened
// there.
const placeReach = 100

// placeRelative returns the original offset of the end of a ", donde "
// in win, the folded text after an act's noun at folded offset from,
// when only the act's target and place stand before it (no other comma,
// ";" or "."), or -1: "el ataque armado contra una fiesta familiar en la
// colonia Pedro María Anaya, donde la noche del martes fueron asesinadas
// cuatro personas".
func placeRelative(win string, from int, c *reportCtx) int {
	const opener = ", donde "
	k := strings.Index(win, opener)
	if k < 0 || strings.ContainsAny(win[:k], ";.,") {
		return -1
	}
	return c.text.Orig(from + k + len(opener))
}

// groundWords, folded, say that the act a sentence names after them is
// what the people an arrest told before are held for ("Los detenidos son
// investigados por su probable participación en el ataque ...").
var groundWords = []string{"participacion en", "participantes en", "participaron en", "responsables de", "responsables del", "relacionados con", "vinculados con", "in connection with"}

// groundLater reports whether sentence s, a later sentence of the arrest
// draft own, names the act the arrest is for: its words hold a phrase of
// grounding (groundWords) and the report told no violent act of its own
// before (then s names that act again).
func groundLater(c *reportCtx, s *sentInfo, out []draft, own *draft) bool {
	f := c.text.Folded[s.fStart:s.fEnd]
	ok := false
	for _, w := range groundWords {
		if strings.Contains(f, w) {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	for k := range out {
		if d := &out[k]; d != own && d.typ.Violent() && d.typ != model.SecurityOperation {
			return false
		}
	}
	return true
}
