package extract

import (
	"slices"
	"strings"
)

// This file reads the verbs of arrest and interception that tell no
// arrest: someone stopping on the way ("dos sujetos se detuvieron frente
// al negocio"), gunmen stopping a vehicle or its drivers before they burn
// it or shoot ("un grupo de sujetos detuvo a los choferes", "cuatro
// hombres con armas largas interceptaron la unidad"), and people waylaid
// by gunmen ("fueron interceptados por hombres armados"). The forces do
// none of these.

// waylaid reports whether the arrest or interception cue at folded
// [at, end) of a sentence at folded [lo, hi) tells a stop on the way
// rather than an arrest: a reflexive stop (stoppedSelf), an active verb
// whose clause names armed doers and no force before it (doerClause), or
// a participle whose agent after "por" is one of the doers ("fueron
// interceptados ... por hombres armados").
func waylaid(f string, at, end, lo, hi int) bool {
	w := f[at:end]
	if strings.IndexByte(w, ' ') >= 0 || !hasAnyPrefix(w, "detuv", "detien", "intercept", "detenid") {
		return false // most cues are no verb of stopping: say so first
	}
	switch w {
	case "detuvo", "detuvieron", "detiene", "detienen", "intercepta", "interceptan", "intercepto", "interceptaron":
		return stoppedSelf(f, at, end, hi) || doerClause(f[clauseStart(f, at, lo):at])
	case "detenido", "detenida", "detenidos", "detenidas", "interceptado", "interceptada", "interceptados", "interceptadas":
		return doerAgent(f[end:hi])
	}
	return false
}

// clauseStart returns the folded start of the clause that holds offset
// at: after the last full stop, semicolon or colon before it, or lo.
func clauseStart(f string, at, lo int) int {
	if i := strings.LastIndexAny(f[lo:at], ".;:"); i >= 0 {
		return lo + i + 1
	}
	return lo
}

// stoppedSelf reports whether the verb of "detener" at folded [at, end)
// is reflexive and tells someone stopping somewhere ("se detuvieron
// frente al negocio", "se detuvo a la altura del puente"), not the
// impersonal arrest ("se detuvo a 14 personas", "se detuvieron cinco
// personas").
func stoppedSelf(f string, at, end, hi int) bool {
	if !strings.HasSuffix(f[max(0, at-4):at], " se ") && f[max(0, at-3):at] != "se " {
		return false
	}
	var buf [3]string
	ws := appendFields(buf[:0], f[end:min(hi, end+40)], 3)
	if len(ws) == 0 {
		return true
	}
	w := ws[0]
	if strings.TrimRight(w, ".,;:") != w {
		return true // "se detuvo, bajaron dos hombres"
	}
	switch w {
	case "frente", "junto", "cerca", "afuera", "fuera", "delante", "ante", "y", "momentaneamente", "brevemente":
		return true
	case "en":
		// "se detuvo en un semáforo", "se detuvieron en la esquina":
		// stopped at a place of the road; "se detuvo en flagrancia a dos
		// hombres" is an arrest.
		if len(ws) > 2 {
			switch ws[1] {
			case "un", "una", "el", "la", "los", "las":
				return roadStop(ws[2])
			}
		}
		return len(ws) > 1 && roadStop(ws[1])
	case "a":
		return len(ws) == 3 && (ws[1] == "la" && ws[2] == "altura" || ws[1] == "un" && strings.HasPrefix(ws[2], "costado"))
	}
	return false
}

// doerClause reports whether the folded clause c before a verb (from the
// last comma) names armed doers (sujetos, hombres, comando, sicarios, a
// "grupo armado" ...) and no force, and no object pronoun stands right
// before the verb ("lo detienen": someone else arrests him).
func doerClause(c string) bool {
	if i := strings.LastIndexByte(c, ','); i >= 0 {
		c = c[i+1:]
	}
	var buf [24]string
	ws := appendFields(buf[:0], c, 24)
	if len(ws) > 0 {
		switch ws[len(ws)-1] {
		case "lo", "la", "los", "las", "le", "les", "nos":
			return false
		}
	}
	doer := false
	for i, w := range ws {
		w = strings.Trim(w, "()\"'")
		if slices.Contains(forceWords, w) {
			return false
		}
		armed := (w == "armado" || w == "armados") && i > 0 && (ws[i-1] == "grupo" || ws[i-1] == "civiles" || ws[i-1] == "civil")
		doer = doer || armed || slices.Contains(wayDoers, w)
	}
	return doer
}

// doerAgent reports whether the folded rest of a sentence after a passive
// participle names armed doers as its agent: "por", a determiner or a
// number or none, and a noun of armed doers ("por un comando", "por
// sicarios") or of people followed by "armados" ("por hombres armados").
// Not "detenidos por el ataque armado": the crime they are held for.
func doerAgent(rest string) bool {
	if k := strings.IndexAny(rest, ";."); k >= 0 {
		rest = rest[:k]
	}
	var buf [32]string
	ws := appendFields(buf[:0], rest, 32)
	for i, w := range ws {
		if w != "por" {
			continue
		}
		np := ws[i+1:]
		if len(np) > 1 && (np[0] == "la" || np[0] == "el") && wayPhrase(np[1]) {
			continue // "por la tarde", "por el camino": when or where, not who
		}
		for len(np) > 0 && (arrestModifier(np[0]) || countWords[np[0]] || np[0] == "un" || np[0] == "unos" || np[0] == "varios" || np[0] == "los") {
			np = np[1:]
		}
		if len(np) == 0 {
			return false
		}
		switch h := strings.Trim(np[0], ",()\"'"); h {
		case "comando", "sicarios", "pistoleros", "delincuentes", "criminales", "encapuchados", "desconocidos", "gunmen":
			return true
		case "hombres", "sujetos", "individuos", "civiles", "personas":
			return len(np) > 1 && strings.HasPrefix(np[1], "armad")
		}
		return false // the first agent or cause decides: "detenido por el homicidio"
	}
	return false
}

// wayPhrase reports whether the folded noun w after "por el" or "por la"
// tells when or by where ("por la tarde", "por el camino").
func wayPhrase(w string) bool {
	switch strings.Trim(w, ",;:") {
	case "tarde", "noche", "manana", "madrugada", "camino", "carretera", "calle", "avenida", "zona", "rumbo", "brecha", "autopista":
		return true
	}
	return false
}

// wayDoers are the folded nouns of armed doers a clause may have for the
// subject of a stop.
var wayDoers = []string{"sujetos", "sujeto", "individuos", "hombres", "desconocidos", "encapuchados", "comando",
	"sicarios", "pistoleros", "delincuentes", "criminales", "gunmen", "assailants", "attackers"}

// forceWords are the folded nouns of the forces that arrest.
var forceWords = []string{"policia", "policias", "agente", "agentes", "elemento", "elementos", "guardia", "guardias", "ejercito", "marina",
	"militar", "militares", "soldado", "soldados", "marinos", "autoridad", "autoridades", "efectivos", "personal", "fiscalia", "ssp", "sedena",
	"semar", "corporacion", "corporaciones", "uniformados", "municipales", "estatales", "ministeriales", "federales", "police", "soldiers", "troops"}

// roadStop reports whether folded word w (punctuation allowed after it)
// names a place where a driver stops (stoppedSelf): a traffic light, a
// corner, a crossing.
func roadStop(w string) bool {
	switch strings.TrimRight(w, ".,;:") {
	case "semaforo", "semaforos", "alto", "esquina", "cruce", "crucero", "tope", "topes", "acotamiento", "orilla", "caseta", "retorno", "glorieta":
		return true
	}
	return false
}
