package extract

import (
	"slices"
	"strings"
)

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
	var buf [2]string
	ws := appendFields(buf[:0], f[end:hi], 2)
	if len(ws) == 0 {
		return false
	}
	w := strings.TrimRight(ws[0], ".,;:!?\"'")
	if (w == "un" || w == "una" || w == "el" || w == "la") && len(ws) > 1 {
		w = strings.TrimRight(ws[1], ".,;:!?\"'")
	}
	if slices.Contains(protestMeasures, w) {
		return true // "amenazan con paro", "amenazan con una marcha"
	}
	if !hasAnySuffix(w, "ar", "er", "ir") || len(w) < 4 {
		return false // "amenazan con un arma", "amenazan con machete"
	}
	return !hasAnyPrefix(w, harmInfinitives...)
}

// protestMeasures are the folded nouns of a protest's measures a
// warning names ("amenazan con paro", "amenazan con huelga").
var protestMeasures = []string{"paro", "paros", "huelga", "huelgas", "marcha", "marchas", "planton", "plantones", "manifestacion", "manifestaciones",
	"movilizacion", "movilizaciones", "protesta", "protestas", "demanda", "demandas", "amparo", "amparos", "renuncia"}

// harmInfinitives are the folded stems of infinitives of harm a threat
// may promise: to kill, hurt, burn, take, make vanish or attack.
var harmInfinitives = []string{"matar", "asesinar", "ejecutar", "quemar", "incendiar", "secuestrar", "levantar", "desaparecer",
	"atacar", "balear", "disparar", "golpear", "linchar", "violar", "danar", "lastimar", "herir", "decapitar", "colgar",
	"volar", "explotar", "detonar", "acabar", "exterminar", "masacrar", "torturar", "agredir", "llevarse", "quitarle", "cobrar"}
