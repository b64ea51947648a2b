package extract

import "strings"

// This file reads a Spanish construction in which a verb of violence
// tells no act: a threat whose content is a protest's measure
// ("amenazan con cerrar negocios", "amenazan con tomar la presidencia"):
// people warning what they will do, no threat of harm.

// protestThreat reports whether the intimidation cue at folded [at, end),
// a form of "amenazar con", is followed by the infinitive of a measure
// that harms no one ("amenazan con cerrar", "amenazan con tomar las
// instalaciones", "amenazan con bloquear"): a warning of a protest, not
// a threat. A threat to kill, burn or take someone stays.
func protestThreat(f string, at, end, hi int) bool {
	if !strings.HasPrefix(f[at:end], "amenaz") || !strings.HasSuffix(f[at:end], " con") {
		return false
	}
	var buf [1]string
	ws := appendFields(buf[:0], f[end:hi], 1)
	if len(ws) == 0 {
		return false
	}
	w := strings.TrimRight(ws[0], ".,;:!?\"'")
	if !hasAnySuffix(w, "ar", "er", "ir") || len(w) < 4 {
		return false // "amenazan con un arma", "amenazan con machete"
	}
	return !hasAnyPrefix(w, harmInfinitives...)
}

// harmInfinitives are the folded stems of infinitives of harm a threat
// may promise: to kill, hurt, burn, take, make vanish or attack.
var harmInfinitives = []string{"matar", "asesinar", "ejecutar", "quemar", "incendiar", "secuestrar", "levantar", "desaparecer",
	"atacar", "balear", "disparar", "golpear", "linchar", "violar", "danar", "lastimar", "herir", "decapitar", "colgar",
	"volar", "explotar", "detonar", "acabar", "exterminar", "masacrar", "torturar", "agredir", "llevarse", "quitarle", "cobrar"}
