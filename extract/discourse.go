package extract

import (
	"strings"

	"github.com/atalaya/atalaya/toll"
)

// This file holds the sentence-level discourse signals that tell a
// reported act from a mention of one: elapsed time ("a once años de la
// desaparición"), topics ("el delito de extorsión", "la crisis de
// desaparición de personas") and generic reference ("los enfrentamientos
// en Michoacán" with no time, toll or finer place).

// elapsedEnds returns the folded ends, within [lo, hi) of f, of the
// phrases that put what follows them years back: "hace dos años", "a once
// años de", "se cumplen cinco años", "ten years ago", "en años
// anteriores", "in the past", an anniversary.
func elapsedEnds(f string, lo, hi int) []int {
	var out []int
	s := f[lo:hi]
	if !containsAny(s, "anos", "ano ", "year", "decad", "aniversari", "anniversar", "past", "pasado", "aquel", "acuerd", "rememb", "antes", "earlier", "meses", "months", "decad") {
		return nil
	}
	for _, m := range []string{"aniversario", "anniversary", "en anos anteriores", "en anos pasados", "anos atras", "hace anos", "hace decadas", "hace muchos anos", "years ago", "decades ago", "in the past", "en el pasado", "in previous years", "in past years", "in years past", "anos antes", "years earlier",
		"last year", "el ano pasado", "el ano anterior", "the previous year", "the year before",
		"meses anteriores", "months earlier", "months ago", "hace meses", "months before",
		"ultima decada", "last decade", "past decade", "decada pasada", "ultimos meses", "recent months",
		"aquella noche", "aquel dia", "aquella madrugada", "aquella tarde", "aquella manana", "aquel ano", "aquellos anos", "aquella ocasion", "aquella vez"} {
		for k := 0; ; {
			j := strings.Index(s[k:], m)
			if j < 0 {
				break
			}
			j += k
			k = j + len(m)
			if (j == 0 || !isWord(s[j-1])) && (k == len(s) || !isWord(s[k])) && !(m == "aniversario" && venueName(f, lo+j, lo)) {
				out = append(out, lo+k)
			}
		}
	}
	// "tras un año de bloqueos", "after a year of roadblocks": acts
	// summed over a period (not "20 años de edad", "40 años de prisión")
	for _, m := range []string{"year of ", "years of ", "ano de ", "anos de ", "months of ", "meses de ", "decades of ", "decadas de "} {
		for k := 0; ; {
			j := strings.Index(s[k:], m)
			if j < 0 {
				break
			}
			j += k
			k = j + len(m)
			next := s[k:]
			if j > 0 && isWord(s[j-1]) || ageBefore(s[:j]) || strings.HasPrefix(next, "edad") || strings.HasPrefix(next, "prision") || strings.HasPrefix(next, "carcel") || strings.HasPrefix(next, "age") || strings.HasPrefix(next, "prison") || strings.HasPrefix(next, "sentencia") {
				continue
			}
			out = append(out, lo+k)
		}
	}
	if !containsAny(s, "anos", "ano ", "year", "decad") {
		return out
	}
	// "<cue> N años", with N a number in digits or words.
	type tok struct {
		w    string
		s, e int
	}
	var toks []tok
	for i := 0; i < len(s); {
		for i < len(s) && !isWord(s[i]) {
			i++
		}
		j := i
		for j < len(s) && (isWord(s[j]) || s[j] == '-') {
			j++
		}
		if j > i {
			toks = append(toks, tok{s[i:j], i, j})
		}
		i = j
	}
	for i, t := range toks {
		switch strings.TrimSuffix(t.w, "-year") {
		case "anos", "ano", "years", "year", "decadas", "decada", "decades", "decade":
		default:
			if !strings.HasSuffix(t.w, "-year") {
				continue
			}
		}
		n := i - 1
		if strings.HasSuffix(t.w, "-year") {
			n = i
		} else if n < 0 || !yearCount(toks[n].w) {
			continue
		}
		// skip "casi", "más de", "almost" before the number
		b := n - 1
		for b >= 0 && (toks[b].w == "casi" || toks[b].w == "mas" || toks[b].w == "de" || toks[b].w == "almost" || toks[b].w == "nearly" || toks[b].w == "over" || toks[b].w == "about" || toks[b].w == "unos") {
			b--
		}
		before, after := "", ""
		if b >= 0 {
			before = toks[b].w
		}
		if i+1 < len(toks) {
			after = toks[i+1].w
		}
		after2 := ""
		if i+2 < len(toks) {
			after2 = toks[i+2].w
		}
		switch {
		case before == "hace" || before == "cumplen" || before == "cumple" || before == "cumplieron" || before == "cumplio":
		case before == "a" && b == n-1 && (after == "de" || after == "del") && after2 != "prision" && after2 != "carcel" && after2 != "edad":
			// "a once años de la desaparición", not "a 40 años de prisión"
		case before == "ultimos" || before == "last" || before == "past" || before == "pasados":
			// "en los últimos veinte años", "over the past ten years"
		case after == "ago" || after == "after" || after == "since" || after == "later" || after == "anniversary":
		default:
			continue
		}
		out = append(out, lo+t.e)
	}
	return out
}

// yearCount reports whether w counts years: digits below 200 or a number
// word ("once", "ten", "un").
func yearCount(w string) bool {
	if w == "un" || w == "una" || w == "a" || w == "one" {
		return true
	}
	if n, ok := atoiDigits(w); ok {
		return n > 0 && n < 200
	}
	n, ok := toll.Number(w)
	return ok && n > 0 && n < 200
}

// topical reports whether the cue at folded offset at names a topic rather
// than an act: a charge ("por el delito de secuestro", "accused of
// murder"), an example of a kind ("violent crime, such as homicide"), a
// problem or a policy aim ("la crisis de desaparición de
// personas", "el combate a la extorsión", "the fight against kidnapping").
func topical(f string, at, lo int) bool {
	w := f[max(at-28, lo):at]
	for _, m := range []string{"delito de ", "delitos de ", "el delito ", "los delitos ", "crime of ", "crimes of ", "cargo de ", "cargos de ", "charges of ", "charged with ", "charged with the ", "accused of the ", "acusado del ", "acusada del ", "acusados del ", "acusado de ", "acusada de ", "acusados de ", "acusadas de ", "accused of ", "convicted of ", "tipificar el ", "tipificar la ", "tipificar como ",
		"crisis de ", "crisis de la ", "crisis de los ", "problema de ", "problema de la ", "problema de los ", "fenomeno de ", "fenomeno de la ", "tema de ", "tema de la ", "tema de los ",
		"combate a ", "combate al ", "combate a la ", "combate a los ", "combatir ", "combatir el ", "combatir la ", "combatir los ", "lucha contra ", "lucha contra el ", "lucha contra la ", "lucha contra los ",
		"robo de ", "theft of ", "venta de ", "sale of ", "trafico de ", "trafficking of ",
		"detector de ", "detectores de ", "rastros de ", "trazas de ", "residuos de ", "traces of ", "detect ", "detecting ", "sniff out ",
		"fight against ", "fight against the ", "combat ", "combating ", "prevencion de ", "prevencion del ", "prevencion de la ", "crisis of ", "epidemic of ", "scourge of ", "problem of "} {
		if strings.HasSuffix(w, m) && (len(w) == len(m) || !isWord(w[len(w)-len(m)-1])) {
			return true
		}
	}
	return false
}

// listed reports whether the cue at folded offset at is an item of a list
// of examples of a kind ("violent crime, such as homicide, kidnapping and
// robbery", "delitos como la extorsión y el secuestro"): what follows
// "such as" up to the cue is short items joined by commas and "and"/"y".
func listed(f string, at, lo int) bool {
	w := f[max(at-80, lo):at]
	k, m := -1, ""
	for _, x := range []string{"such as ", "tales como ", "como son ", "crimes like ", "delitos como ", "crimes including "} {
		if j := strings.LastIndex(w, x); j > k && (j == 0 || !isWord(w[j-1])) {
			k, m = j, x
		}
	}
	if k < 0 {
		return false
	}
	items := w[k+len(m):]
	for _, sep := range []string{" and ", " or ", " y ", " o ", " e "} {
		items = strings.ReplaceAll(items, sep, ",")
	}
	for _, it := range strings.Split(items, ",") {
		if len(strings.Fields(it)) > 3 || strings.ContainsAny(it, ";.") {
			return false
		}
	}
	return true
}

// genericPlural reports whether the cue at folded [at, end) is a plural
// noun after a determiner ("los enfrentamientos", "las masacres", "the
// killings", "sus ataques"): with no time, toll or finer place than a
// state it refers to a kind of act, not to one act.
// A bare plural ("clashes in Tamaulipas, mass graves in Veracruz") is
// generic too; one after a number or a quantity ("tres bloqueos", "unos
// ataques") counts acts and is not.
func genericPlural(f string, at, end, lo int) bool {
	if end-at < 4 || f[end-1] != 's' {
		return false
	}
	w := f[max(at-10, lo):at]
	for _, m := range []string{"los ", "las ", "the ", "sus ", "their ", "its ", "his ", "her ", "estos ", "estas ", "esos ", "esas ", "these ", "those ", "tales ", "such "} {
		if strings.HasSuffix(w, m) && (len(w) == len(m) || !isWord(w[len(w)-len(m)-1])) {
			// "dos de los cuerpos", "one of the attacks": a part of
			// acts told, not a kind
			return !partitive(f[max(at-len(m)-24, lo) : at-len(m)])
		}
	}
	// the word before: no determiner, number or quantity
	b := strings.TrimRight(w, " ")
	k := len(b)
	for k > 0 && isWord(b[k-1]) {
		k--
	}
	// A bare plural is generic as the object of a topic preposition
	// ("reported on clashes", "escribió sobre masacres"); elsewhere it may
	// be an adjective ("camiones quemados").
	switch b[k:] {
	case "on", "about", "sobre", "acerca", "including", "incluyendo", "incluidos", "like":
		return true
	}
	// Or after an existential perfect, which sums a period up ("ha habido
	// balaceras", "there have been clashes").
	w = f[max(at-24, lo):at]
	for _, m := range []string{"ha habido ", "han habido ", "there have been ", "there has been ", "se han registrado ", "se han presentado ", "hubo muchos ", "hubo muchas ",
		"year of ", "years of ", "months of ", "weeks of ", "decades of ", "ano de ", "anos de ", "meses de ", "semanas de ", "decadas de "} {
		if strings.HasSuffix(w, m) {
			return true
		}
	}
	return false
}

// verbLike reports whether the cue at folded [at, end) reads as a finite
// verb ("matan", "attacked") rather than a noun: it does not end in a
// plural "s" and no article or preposition stands before it.
func verbLike(f string, at, end, lo int) bool {
	if f[end-1] == 's' {
		return false
	}
	b := strings.TrimRight(f[max(at-6, lo):at], " ")
	k := len(b)
	for k > 0 && isWord(b[k-1]) {
		k--
	}
	switch b[k:] {
	case "el", "la", "un", "una", "the", "a", "an", "de", "del", "of", "al", "su", "his", "her", "its":
		return false
	}
	return true
}

// partitive reports whether text ends in a count of a part: "dos de",
// "uno de", "one of", "varios de", "some of".
func partitive(text string) bool {
	w := strings.Fields(text)
	if len(w) < 2 || w[len(w)-1] != "de" && w[len(w)-1] != "of" {
		return false
	}
	q := w[len(w)-2]
	switch q {
	case "uno", "una", "one", "varios", "varias", "algunos", "algunas", "some", "several", "many", "muchos", "muchas", "most", "la mayoria", "mayoria", "ninguno", "none", "cada", "each":
		return true
	}
	if _, ok := atoiDigits(q); ok {
		return true
	}
	_, ok := toll.Number(q)
	return ok
}

// ageBefore reports whether the folded text s, which comes right before
// "años de", ends in "de" and a number: an age ("un sicario de 17 años de
// la Unión Tepito"), not a period.
func ageBefore(s string) bool {
	t := strings.TrimRight(s, " ")
	u := strings.TrimRight(t, "0123456789")
	if u == t {
		return false
	}
	u = strings.TrimRight(u, " ")
	return strings.HasSuffix(u, " de") || u == "de"
}
