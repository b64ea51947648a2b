package extract

import "strings"

// backNouns are the nouns a text uses to refer back to an act its title
// told without telling it again ("el alcalde lamentó los hechos", "the
// flames could be seen"): after a definite article they are the title's
// act.
var backNouns = map[string]bool{
	"hechos": true, "ocurrido": true, "sucedido": true, "ataque": true, "agresion": true,
	"crimen": true, "asesinato": true, "homicidio": true, "incendio": true, "llamas": true,
	"secuestro": true, "atentado": true, "balacera": true,
	"attack": true, "killing": true, "killings": true, "shooting": true, "flames": true,
	"blaze": true, "fire": true, "abduction": true, "kidnapping": true, "murder": true,
	"murders": true, "crime": true,
}

// refersBack reports whether folded sentence s refers back to the act
// its report's folded title tells: a definite article ("el", "la",
// "los", "las", "lo", "the") before a noun of backNouns or before a
// content word of the title itself ("Secuestran a cuatro albañiles …":
// "familiares de los albañiles"). titleSupport's reading for a text that
// only follows up its title.
func refersBack(title, s string) bool {
	ws := strings.Fields(s)
	for k := 0; k+1 < len(ws); k++ {
		switch ws[k] {
		case "el", "la", "los", "las", "lo", "the", "del", "al":
		default:
			continue
		}
		n := strings.Trim(ws[k+1], ",.;:!?\"'()")
		if backNouns[n] || len(n) >= 5 && titleWord(title, n) {
			return true
		}
	}
	return false
}

// titleWord reports whether folded word w is a word of folded title t:
// an occurrence that begins a word (wordStarts) and ends one.
func titleWord(t, w string) bool {
	for i := range wordStarts(t, w) {
		if e := i + len(w); e == len(t) || !isWord(t[e]) {
			return true
		}
	}
	return false
}
