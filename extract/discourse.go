package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/atalaya/atalaya/toll"
	"github.com/atalaya/atalaya/when"
)

// This file holds the sentence-level discourse signals that tell a
// reported act from a mention of one: elapsed time ("a once años de la
// desaparición"), topics ("el delito de extorsión", "la crisis de
// desaparición de personas") and generic reference ("los enfrentamientos
// en Michoacán" with no time, toll or finer place).

// elapsedWords are the words every phrase of elapsedEnds holds one of.
var elapsedWords = []string{"anos", "ano ", "year", "decad", "aniversari", "anniversar", "past", "pasado", "aquel", "acuerd", "rememb", "antes", "earlier", "meses", "months", "decad"}

// elapsedPhrases put what follows them years back (elapsedEnds).
var elapsedPhrases = []string{"aniversario", "anniversary", "en anos anteriores", "en anos pasados", "anos atras", "hace anos", "hace decadas", "hace muchos anos", "years ago", "decades ago", "in the past", "en el pasado", "in previous years", "in past years", "in years past", "anos antes", "years earlier",
	"last year", "el ano pasado", "el ano anterior", "the previous year", "the year before",
	"meses anteriores", "months earlier", "months ago", "hace meses", "months before",
	"ultima decada", "last decade", "past decade", "decada pasada", "ultimos meses", "recent months",
	"ultimos anos", "recent years", "over the years", "for years", "durante anos", "por anos", "anos recientes",
	"decada despues", "decadas despues", "anos despues", "decade after", "decades after", "years after", "years on", "years since", "decade since",
	"months after", "a month after", "a year after", "one year after", "meses despues", "un ano despues",
	"aquella noche", "aquel dia", "aquella madrugada", "aquella tarde", "aquella manana", "aquel ano", "aquellos anos", "aquella ocasion", "aquella vez"}

// spansOf open a period over which acts are summed (elapsedEnds).
var spansOf = []string{"year of ", "years of ", "ano de ", "anos de ", "months of ", "meses de ", "decades of ", "decadas de "}

// yearWords are what a number of years ends in (elapsedEnds).
var yearWords = []string{"anos", "ano ", "year", "decad"}

// elapsedEnds returns the folded ends, within [lo, hi) of f, of the
// phrases that put what follows them years back: "hace dos años", "a once
// años de", "se cumplen cinco años", "ten years ago", "en años
// anteriores", "in the past", an anniversary.
//
// found are where the cue lists' phrases occur in f, or nil.
func elapsedEnds(found *cueHits, f string, lo, hi int) []int {
	var out []int
	s := f[lo:hi]
	if !found.any(cueElapsedWords, f, lo, hi) {
		return nil
	}
	var phrases []string
	if found.any(cueElapsed, f, lo, hi) {
		phrases = elapsedPhrases
	}
	for _, m := range phrases {
		for j := range occurrences(s, m) {
			k := j + len(m)
			if (j == 0 || !isWord(s[j-1])) && (k == len(s) || !isWord(s[k])) && !(m == "aniversario" && venueName(f, lo+j, lo)) {
				out = append(out, lo+k)
			}
		}
	}
	// "tras un año de bloqueos", "after a year of roadblocks": acts
	// summed over a period (not "20 años de edad", "40 años de prisión")
	var spans []string
	if found.any(cueSpansOf, f, lo, hi) {
		spans = spansOf
	}
	for _, m := range spans {
		for j := range occurrences(s, m) {
			k := j + len(m)
			next := s[k:]
			if j > 0 && isWord(s[j-1]) || ageBefore(s[:j]) || strings.HasPrefix(next, "edad") || strings.HasPrefix(next, "prision") || strings.HasPrefix(next, "carcel") || strings.HasPrefix(next, "age") || strings.HasPrefix(next, "prison") || strings.HasPrefix(next, "sentencia") {
				continue
			}
			out = append(out, lo+k)
		}
	}
	if !found.any(cueYears, f, lo, hi) {
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
		case b < 0 && (after == "de" || after == "del") && after2 != "prision" && after2 != "carcel" && after2 != "edad":
			// "10 años del incendio del casino": an anniversary heads
			// the sentence
		case after == "sin" && slices.Contains([]string{"justicia", "castigo", "culpables", "respuesta", "respuestas", "verdad", "detenidos", "sentencia", "resolver", "esclarecer"}, after2):
			// "el homicidio de X, 20 años sin justicia"
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
func (e *Extractor) topical(f string, at, lo int) bool {
	return e.topicPhrases.end(f[max(at-40, lo):at])
}

// topicPhrases returns the phrases topical looks for before a cue.
func topicPhrases() phraseEnds {
	return newPhraseEnds("estrategia contra ", "estrategia contra la ", "estrategia contra el ", "estrategia nacional contra la ", "estrategia nacional contra el ", "plan contra la ", "plan contra el ", "programa contra la ", "programa contra el ", "campana contra la ", "campana contra el ", "ley contra la ", "ley contra el ", "unidad contra la ", "unidades contra la ", "fiscalia contra la ", "fiscalia especializada en ", "unidad especializada en ", "strategy against ", "campaign against ", "plan against ", "law against ", "unit against ", "task force on ", "use of ", "the use of ", "uso de ", "el uso de ", "para cometer ", "to commit ", "procesado por ", "procesados por ", "procesada por ", "sentenciado por ", "sentenciados por ", "sentenciada por ", "condenado por ", "condenados por ", "condenada por ", "imputado por ", "imputados por ", "juzgado por ", "juzgados por ", "incidencia de ", "indice de ", "indices de ", "tasa de ", "tasas de ", "rate of ", "delito de ", "delitos de ", "el delito ", "los delitos ", "crime of ", "crimes of ", "cargo de ", "cargos de ", "charges of ", "charged with ", "charged with the ", "accused of the ", "acusado del ", "acusada del ", "acusados del ", "acusado de ", "acusada de ", "acusados de ", "acusadas de ", "accused of ", "convicted of ", "tipificar el ", "tipificar la ", "tipificar como ",
		"crisis de ", "crisis de la ", "crisis de los ", "problema de ", "problema de la ", "problema de los ", "fenomeno de ", "fenomeno de la ", "tema de ", "tema de la ", "tema de los ",
		"combate a ", "combate al ", "combate a la ", "combate a los ", "combatir ", "combatir el ", "combatir la ", "combatir los ", "lucha contra ", "lucha contra el ", "lucha contra la ", "lucha contra los ",
		"robo de ", "theft of ", "venta de ", "sale of ", "trafico de ", "trafficking of ",
		"caso de ", "caso del ", "caso de la ", "casos de ", "justicia por ", "justicia por el ", "justicia por la ", "justicia por los ", "justicia para ",
		"informacion sobre ", "informacion sobre el ", "informacion sobre la ", "informacion sobre los ", "informacion sobre las ",
		"en torno al ", "en torno a la ", "esclarecer el ", "esclarecer la ", "esclarecimiento del ", "esclarecimiento de la ",
		"reabren investigacion por el ", "reabren investigacion por la ", "reabren el caso del ",
		"pistas de ", "pista de ", "pistas sobre ", "busqueda de ", "busqueda de mas ", "en busca de ",
		"detector de ", "detectores de ", "rastros de ", "trazas de ", "residuos de ", "traces of ", "detect ", "detecting ", "sniff out ",
		"fight against ", "fight against the ", "combat ", "combating ", "prevencion de ", "prevencion del ", "prevencion de la ", "crisis of ", "epidemic of ", "scourge of ", "problem of ")
}

// listOpeners open a list of examples (listed).
var listOpeners = []string{"such as ", "tales como ", "como son ", "crimes like ", "delitos como ", "crimes including ", "including ", "incluyendo ", "incluidos ", "incluidas ", "entre ellos ", "entre ellas ", "among them "}

// listed reports whether the cue at folded offset at is an item of a list
// of examples of a kind ("violent crime, such as homicide, kidnapping and
// robbery", "delitos como la extorsión y el secuestro"): what follows
// "such as" up to the cue is short items joined by commas and "and"/"y".
func listed(h *cueHits, f string, at, lo int) bool {
	if !h.any(cueOpeners, f, max(at-80, lo), at) {
		return false
	}
	w := f[max(at-80, lo):at]
	k, m := -1, ""
	for _, x := range listOpeners {
		if j := strings.LastIndex(w, x); j > k && (j == 0 || !isWord(w[j-1])) {
			k, m = j, x
		}
	}
	if k < 0 {
		return false
	}
	switch m {
	case "including ", "incluyendo ", "incluidos ", "incluidas ", "entre ellos ", "entre ellas ", "among them ":
		// These also open a parenthesis ("Several people, including a
		// child, killed in shootout"): the cue is an item only when the
		// list goes on or ends after it.
		if !listGoesOn(f[at:]) {
			return false
		}
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

// listGoesOn reports whether rest, the text from a cue on, continues a
// list after the cue's words: a comma, "and", "or", "y", "o" or the end of
// the sentence within two words.
func listGoesOn(rest string) bool {
	t := strings.Fields(rest)
	for i := 0; i < len(t) && i < 3; i++ {
		w := t[i]
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") || strings.HasSuffix(w, ";") {
			return true
		}
		if i > 0 {
			switch w {
			case "and", "or", "y", "o", "e", "ni":
				return true
			}
		}
	}
	return len(t) <= 2
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
		if w == "" || w[len(w)-1] != ' ' {
			break // every determiner here ends with a space
		}
		if suffixed(w, m) && (len(w) == len(m) || !isWord(w[len(w)-len(m)-1])) {
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
	case "on", "about", "sobre", "acerca", "including", "incluyendo", "incluidos", "like",
		// complaints about a kind of act: "denuncian extorsiones y abusos"
		"denuncian", "denunciaron", "denuncia", "sufren", "sufrieron", "padecen", "suffer", "endure", "complain",
		// accounts of a kind of act: "narran sudamericanos secuestros"
		"narran", "narra", "relatan", "relata", "recuerdan", "describen", "documentan", "recount", "describe", "document":
		return true
	}
	// Or after an account or a complaint whose verb opens the sentence,
	// its subject between them: "Narran sudamericanos secuestros en
	// carreteras", "Denuncian comerciantes extorsiones".
	if at-lo <= 60 {
		var hb [6]string
		head := fieldsInto(hb[:0], f[lo:at])
		if len(head) >= 2 && len(head) <= 3 && !numberLike(head[len(head)-1]) {
			switch strings.Trim(head[0], "¡¿\"'") {
			case "narran", "relatan", "recuerdan", "describen", "documentan", "denuncian", "sufren", "padecen":
				return true
			}
		}
	}
	// Or the object of any verb in the perfect, which sums a period up
	// too ("residents have reported clashes", "han denunciado
	// extorsiones", "have seen killings").
	if perfectAux(f[max(at-40, lo):at]) {
		return true
	}
	// Or after an existential perfect, which sums a period up ("ha habido
	// balaceras", "there have been clashes").
	w = f[max(at-24, lo):at]
	for _, m := range []string{"ha habido ", "han habido ", "there have been ", "there has been ", "se han registrado ", "se han presentado ", "hubo muchos ", "hubo muchas ",
		// exposure to a kind of act: "expuesto a ejecuciones"
		"expuesto a ", "expuesta a ", "expuestos a ", "expuestas a ", "exposed to ", "vulnerable a ", "vulnerables a ", "vulnerable to ",
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

// clauseOf returns the folded bounds, within the sentence [lo, hi), of the
// clause holding [at, end): the text between the nearest semicolons,
// colons or bars around it ("Balacera en Tijuana; cierra la semana con 50
// homicidios" is two clauses).
func clauseOf(f string, at, end, lo, hi int) (int, int) {
	cs, ce := lo, hi
	for k := at - 1; k >= lo; k-- {
		if clauseMarks[f[k]] {
			cs = k + 1
			break
		}
	}
	for k := end; k < hi; k++ {
		if clauseMarks[f[k]] {
			ce = k
			break
		}
	}
	return cs, ce
}

// clauseMarks holds the bytes that bound a clause for clauseOf: ';', ':'
// and '|' (one load a byte, where strings.IndexAny builds its set at each
// call).
var clauseMarks = [256]bool{';': true, ':': true, '|': true}

// crimeCount reports whether the cue at folded [at, end) names acts by
// their number rather than one act: a plural noun of a kind of crime
// ("homicidios", "asesinatos", "killings") or any cue after a number of
// two or more ("14 policías asesinados").
func crimeCount(f string, at, end, lo int) bool {
	if crimePlural(f[at:end]) {
		return true
	}
	n := numberBefore(f, at, lo, 2)
	if n < 0 {
		n = numberWordBefore(f, at, lo)
	}
	if n >= 2 && !isYear(n) {
		return true
	}
	// "han asesinado a 120 mujeres", "matan a 346", "asesinados 31 menores"
	n = numberAfter(f, end)
	return n >= 2 && !isYear(n)
}

// numberWordBefore returns the number word among the three words before
// folded offset at (not before lo), with one other word between them at
// most ("ocho ejecutados", "ocho personas asesinadas"); -1 if none.
func numberWordBefore(f string, at, lo int) int {
	i := at
	for tok := 0; tok < 3 && i > lo; tok++ {
		j, e := wordBefore(f, i, lo)
		w := trimCut(f[j:e], ",;:()")
		if numberLike(w) {
			if n, ok := toll.Number(w); ok && n > 0 {
				return n
			}
		}
		i = j
	}
	return -1
}

// numberLike reports cheaply whether w may be a number word that
// toll.Number reads ("ocho", "veintidós", "twelve"), so that other words
// are not looked up.
func numberLike(w string) bool {
	if w == "" {
		return false
	}
	for _, p := range numberPrefixes[w[0]] {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// numberPrefixes holds numberLike's prefixes by their first byte. It is
// built once and never written afterwards.
var numberPrefixes = byFirstByte([]string{"un", "dos", "tres", "cuat", "cinc", "seis", "siet", "ocho", "nuev", "diez", "dieci", "once", "doce", "trece", "cator", "quince", "veint", "trei", "cuar", "sese", "sete", "ochen", "noven", "cien", "dosc", "tresc", "quin", "mil",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirt", "fift", "twent", "fort", "sixt", "sevent", "eight", "ninet", "hundred", "thousand", "dozen", "docena", "decena"})

// byFirstByte returns non-empty strings ps by their first byte, for a rule
// to try only the strings that may begin a word.
func byFirstByte(ps []string) (by [256][]string) {
	for _, p := range ps {
		by[p[0]] = append(by[p[0]], p)
	}
	return by
}

// numberAfter returns the number in digits or words that follows folded
// offset end, skipping "a", "más de", "at least"; -1 if there is none.
func numberAfter(f string, end int) int {
	s := f[end:min(end+24, len(f))]
	for i, k := 0, 0; i < 4; i++ {
		for k < len(s) && s[k] == ' ' {
			k++
		}
		j := k
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j == k {
			break
		}
		w := strings.Trim(s[k:j], ",;:()")
		k = j
		if n, ok := atoiDigits(w); ok {
			return n
		}
		if numberLike(w) {
			if n, ok := toll.Number(w); ok {
				return n
			}
		}
		switch w {
		case "a", "al", "menos", "mas", "de", "unos", "unas", "at", "least", "more", "than", "some", "over", "casi", "almost", "nearly":
		default:
			return -1
		}
	}
	return -1
}

// crimePlural reports whether folded w is a plural noun of a kind of
// violent crime.
func crimePlural(w string) bool {
	if !strings.HasSuffix(w, "s") {
		return false
	}
	for _, p := range []string{"homicidio", "asesinato", "ejecucion", "feminicidio", "secuestro", "desaparicion", "masacre", "multihomicidio", "extorsion", "enfrentamiento", "balacera", "ataques", "agresiones",
		"homicide", "murder", "killing", "kidnapping", "abduction", "disappearance", "massacre", "femicide", "feminicide", "shooting", "attacks", "clashes"} {
		if prefixed(w, p) {
			return true
		}
	}
	return false
}

// periodStat reports whether the cue c counts acts over a period or gives
// their frequency, in its own clause: a statistic ("van 74 asesinatos en
// septiembre", "suman 14 policías asesinados en el año", "nueve homicidios
// en lo que va de julio", "seis homicidios diarios", "cada 60 horas se
// registra un asesinato", "murders so far this year"). An act told beside
// it in another clause keeps its own reading.
//
// A rate ("seis homicidios diarios", "cada 60 horas") is a statistic and
// rate is set; a count over a period ("van 74 asesinatos en septiembre")
// is a tally of acts and rate is not.
func periodStat(h *cueHits, f string, c cueHit, lo, hi int) (stat, rate bool) {
	cs, ce := clauseOf(f, c.fStart, c.fEnd, lo, hi)
	// A consequence told after the act ("..., lo que dejó cerrada la
	// circulación durante cuatro horas") has its own period: it counts no
	// acts.
	if strings.IndexByte(f[c.fEnd:ce], ',') >= 0 { // each begins with a comma
		for _, m := range []string{", lo que ", ", lo cual ", ", por lo que ", ", which ", ", causing ", ", forcing "} {
			if k := strings.Index(f[c.fEnd:ce], m); k >= 0 {
				ce = c.fEnd + k
			}
		}
	}
	cl := f[cs:ce]
	// Frequencies make a statistic of any act.
	if frequency(h, f, cs, ce) || h.any(cueEvery, f, cs, ce) && everyN(cl) {
		return true, true
	}
	if !crimeCount(f, c.fStart, c.fEnd, cs) {
		return false, false
	}
	if h.any(cuePeriods, f, cs, ce) {
		for _, m := range countPeriods {
			if wordIn(cl, m) && !dayOfWeekend(cl, m, c.fStart-cs) {
				return true, false
			}
		}
	}
	return monthPeriod(h, f, cs, ce) || spanPeriod(h, f, cs, ce) || yearPeriod(cl), false
}

// countPeriods are periods over which acts are counted (periodStat).
var countPeriods = []string{"en lo que va", "lo que va del", "lo que va de", "so far this", "so far in", "en el ano", "en el presente ano", "este ano", "this year", "en el mes", "en el sexenio", "en la administracion", "en el trimestre", "en el semestre", "en el periodo", "en este periodo", "during the period", "mes con mas", "ano con mas", "month with the most", "desde inicio", "desde el inicio", "desde que inicio", "since the start", "since the beginning", "fin de semana", "weekend", "easter week", "holy week", "semana santa"}

// hasYearDigits reports whether s holds a run of exactly four digits.
func hasYearDigits(s string) bool {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 {
			return true
		}
		i = j
	}
	return false
}

// yearPeriod reports whether clause s sums up a year: "durante 2022", "en
// 2022", "in 2019", "Ciudad Juárez ends 2010 with 3,000 killings",
// "Celaya cierra 2022 con 500 homicidios".
func yearPeriod(s string) bool {
	if !hasYearDigits(s) {
		return false
	}
	t := strings.Fields(s)
	for i := 1; i < len(t); i++ {
		w := strings.Trim(t[i], ",.;:")
		if len(w) != 4 {
			continue
		}
		if y, ok := atoiDigits(w); !ok || !isYear(y) {
			continue
		}
		switch t[i-1] {
		case "ends", "ended", "closes", "closed", "cierra", "cerro", "termina", "concluye":
			return true
		case "en", "durante", "in", "during", "el", "del":
			if t[i-1] == "el" || t[i-1] == "del" {
				// "en el 2022", "en lo que va del 2022"
				if i < 2 || t[i-2] != "en" && t[i-2] != "va" && t[i-2] != "durante" {
					continue
				}
			}
			return true
		}
	}
	return false
}

// trendStat reports whether the cue c, a plural noun of a kind of crime,
// is the subject or object of a trend in its clause ("bajan homicidios",
// "aumento de secuestros", "murders fell"): a statistic. A toll that
// rises ("sube a cuatro la cifra de muertos") is a follow-up, not a trend:
// "muertos" is no kind of crime.
func trendStat(f string, c cueHit, lo, hi int) bool {
	noun := f[c.fStart:c.fEnd]
	if k := strings.IndexByte(noun, ' '); k > 0 && !crimePlural(noun) {
		noun = noun[:k] // a phrase's noun: "crecen los ataques contra policías"
	}
	if !crimePlural(noun) {
		return false
	}
	cs, ce := clauseOf(f, c.fStart, c.fEnd, lo, hi)
	// the two words before the cue and the two after it: "bajan los
	// homicidios", "aumento de secuestros", "homicidios dolosos bajan"
	after := firstWords(f[c.fEnd:ce], 2)
	if k := strings.IndexAny(after, ",;"); k >= 0 {
		after = after[:k]
	}
	for _, b := range []string{"despite", "pese", "a pesar", "aunque", "but", "pero", "although"} {
		if strings.HasPrefix(after, b) {
			after = ""
		}
	}
	before := lastWords(f[cs:c.fStart], 3)
	switch lastWords(before, 1) {
	case "menos", "mas", "fewer", "more", "less":
		return true // "pointing to fewer homicides": a comparison
	}
	w := before + " " + after
	for _, m := range []string{"bajan", "bajaron", "baja en", "baja de", "a la baja", "regresan", "vuelven", "proliferan", "persisten", "disparan", "se multiplican", "se recrudecen", "recrudecen", "disminuye", "disminuyen", "disminuyeron", "disminuyo", "disminucion", "aumentan", "aumenta", "aumentaron", "aumento de", "aumento en", "al alza", "suben", "subieron", "crecen", "crecieron", "crecimiento", "repuntan", "repunte", "repuntaron", "se reducen", "se redujeron", "reduccion", "reducir", "reducen", "redujo", "redujeron", "bajar", "incremento", "incrementan", "incrementaron", "se incrementa", "se duplican", "se triplican", "se disparan", "a la alza",
		"fell", "fall in", "fall to", "falls", "drop in", "dropped", "drops", "declined", "decline in", "declines", "rose", "rise in", "rising", "increase in", "increased", "decrease in", "decreased", "surge in", "surged", "spike in", "doubled", "lowest", "highest", "record"} {
		if wordIn(w, m) {
			return true
		}
	}
	return false
}

// lastWords returns the last n words of folded s, with a space between
// them: a part of s when one space stands between each (most text), a
// new string only when other spaces do.
func lastWords(s string, n int) string {
	i := len(s)
	for i > 0 && asciiSpace(s[i-1]) {
		i--
	}
	e := i
	for k := 0; k < n; k++ {
		for i > 0 && asciiSpace(s[i-1]) {
			i--
		}
		for i > 0 && !asciiSpace(s[i-1]) {
			i--
		}
	}
	for i < e && asciiSpace(s[i]) { // fewer than n words
		i++
	}
	return joinedWords(s[i:e], n)
}

// firstWords returns the first n words of folded s, with a space between
// them: a part of s when one space stands between each (most text), a
// new string only when other spaces do.
func firstWords(s string, n int) string {
	i := 0
	for i < len(s) && asciiSpace(s[i]) {
		i++
	}
	e := i
	for k := 0; k < n; k++ {
		for e < len(s) && asciiSpace(s[e]) {
			e++
		}
		for e < len(s) && !asciiSpace(s[e]) {
			e++
		}
	}
	for e > i && asciiSpace(s[e-1]) { // fewer than n words
		e--
	}
	return joinedWords(s[i:e], n)
}

// joinedWords returns the n words of s, which neither opens nor ends with
// a space, with one space between each: s itself when that is what it
// is.
func joinedWords(s string, n int) string {
	for k := 0; k < len(s); k++ {
		if asciiSpace(s[k]) && (s[k] != ' ' || asciiSpace(s[k-1])) {
			return strings.Join(appendFields(nil, s, n), " ")
		}
	}
	return s
}

// tailFields appends to dst the last n words of s (all of them when s has
// fewer), in order, as strings.Fields would split them, without splitting
// the rest of s: rules that read the words right before a cue call it on
// every cue.
func tailFields(dst []string, s string, n int) []string {
	i := len(s)
	for k := 0; k < n; k++ {
		for i > 0 && asciiSpace(s[i-1]) {
			i--
		}
		for i > 0 && !asciiSpace(s[i-1]) {
			i--
		}
	}
	return appendFields(dst, s[i:], n)
}

// lastWord returns the last word of s, as tailFields(nil, s, 1) does,
// without a slice.
func lastWord(s string) string {
	i := len(s)
	for i > 0 && asciiSpace(s[i-1]) {
		i--
	}
	j := i
	for j > 0 && !asciiSpace(s[j-1]) {
		j--
	}
	return s[j:i]
}

// appendFields appends to dst the first n words of s.
func appendFields(dst []string, s string, n int) []string {
	for k := 0; k < n; k++ {
		for len(s) > 0 && asciiSpace(s[0]) {
			s = s[1:]
		}
		if s == "" {
			break
		}
		j := 0
		for j < len(s) && !asciiSpace(s[j]) {
			j++
		}
		dst = append(dst, s[:j])
		s = s[j:]
	}
	return dst
}

// trimLeftSet is strings.TrimLeft(s, cutset) with a cheap first test: s
// that begins with an ASCII byte not in cutset is returned as it is
// without the rune-by-rune search a cutset of other than ASCII bytes
// makes (the openers' quotes and dashes, '«', '“', '—').
func trimLeftSet(s, cutset string) string {
	if s != "" && s[0] < utf8.RuneSelf && strings.IndexByte(cutset, s[0]) < 0 {
		return s
	}
	return strings.TrimLeft(s, cutset)
}

// asciiSpace reports whether b is an ASCII space, the only spaces of
// folded text.
func asciiSpace(b byte) bool { return asciiSpaces[b] }

// asciiSpaces holds asciiSpace's answer for each byte: one load where the
// rules split words byte by byte.
var asciiSpaces = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// wordIn reports whether m occurs in s at word boundaries.
func wordIn(s, m string) bool {
	for j := range overlapping(s, m) {
		e := j + len(m)
		if (j == 0 || !isWord(s[j-1]) || !isWord(m[0])) && (e == len(s) || !isWord(s[e]) || !isWord(m[len(m)-1])) {
			return true
		}
	}
	return false
}

// monthNames are the months' full names in both languages.
var monthNames = when.MonthNames()

// monthPeriod reports whether clause s = f[lo:hi] names a month as a
// period ("en septiembre", "durante julio", "de enero a agosto", "in
// October"), not as a date ("el 3 de septiembre").
func monthPeriod(h *cueHits, f string, lo, hi int) bool {
	if !h.any(cueMonths, f, lo, hi) {
		return false
	}
	s := f[lo:hi]
	for _, mo := range monthNames {
		for j := range occurrences(s, mo) {
			k := j + len(mo)
			if j > 0 && isWord(s[j-1]) || k < len(s) && isWord(s[k]) {
				continue
			}
			b := strings.Fields(s[:j])
			if len(b) == 0 {
				continue
			}
			switch b[len(b)-1] {
			case "en", "durante", "during", "in", "through", "throughout", "todo", "all", "inicia", "cierra", "cerro", "cerrando", "termina", "arranca", "starts", "ends", "ended", "closes", "closed":
				return true
			case "de", "del", "of":
				if len(b) >= 2 && (b[len(b)-2] == "mes" || b[len(b)-2] == "month") {
					return true // "en el mes de agosto", "in the month of August"
				}
				// "de enero a agosto"; not "el 3 de septiembre"
				if len(b) >= 2 {
					if _, ok := atoiDigits(b[len(b)-2]); ok {
						continue
					}
				}
				if rest := s[k:]; strings.HasPrefix(rest, " a ") || strings.HasPrefix(rest, " al ") {
					return true
				}
			case "entre", "between", "from", "since", "desde":
				return true
			}
		}
	}
	return false
}

// spanUnits are the units of a span of time (spanPeriod), and the
// singulars that count a span of one (oneSpan), as words ("mes" is in
// "times").
var spanUnits = []string{"dias", "semanas", "meses", "anos", "days", "weeks", "months", "years", "horas", "hours", " semana", " mes", " week", " month"}

// spanPeriod reports whether clause f[lo:hi] sums up a span of days,
// weeks, months or years: "en 11 días", "en cinco años", "en los primeros
// nueve meses", "in six months".
func spanPeriod(h *cueHits, f string, lo, hi int) bool {
	if !h.any(cueSpanUnits, f, lo, hi) {
		return false
	}
	t := strings.Fields(f[lo:hi])
	for i := 2; i < len(t); i++ {
		switch strings.Trim(t[i], ",.;") {
		case "dias", "semanas", "meses", "anos", "days", "weeks", "months", "years", "horas", "hours":
		case "semana", "mes", "week", "month":
			if oneSpan(t, i) {
				return true
			}
			continue
		default:
			continue
		}
		j := i - 1
		if t[j] == "primeros" || t[j] == "ultimos" || t[j] == "ultimas" || t[j] == "first" || t[j] == "last" || t[j] == "past" {
			j--
		}
		if j < 1 || !yearCount(t[j]) {
			continue
		}
		k := j - 1
		for k > 0 && (t[k] == "los" || t[k] == "las" || t[k] == "the" || t[k] == "menos" || t[k] == "de" || t[k] == "mas" || t[k] == "than" || t[k] == "less" || t[k] == "primeros" || t[k] == "first" || t[k] == "ultimos" || t[k] == "ultimas" || t[k] == "last" || t[k] == "past") {
			k--
		}
		switch t[k] {
		case "en", "in", "durante", "during", "over", "within", "tras", "after":
			if slices.ContainsFunc(t[max(0, k-6):k], ordinalWord) {
				// "es el segundo ataque mortal en selaya en menos de
				// veinticuatro horas": the span of a series that the
				// ordinal numbers, not of a count.
				continue
			}
			return true
		}
	}
	return false
}

// rateWords give a rate per day, week or month (frequency).
var rateWords = []string{"a diario", "al dia", "por dia", "diarios", "diarias", "cada dia", "per day", "a day", "every day", "each day", "every week", "cada semana", "por semana", "al mes", "per month", "cada mes",
	"al ano", "por ano", "cada ano", "anualmente", "a year", "per year", "every year", "each year", "annually"}

// frequency reports whether clause f[lo:hi] gives a rate per day, week or
// month ("seis homicidios diarios", "al día se reportan", "every day"),
// not a time ("al día siguiente", "a day after").
func frequency(h *cueHits, f string, lo, hi int) bool {
	if !h.any(cueRates, f, lo, hi) {
		return false
	}
	s := f[lo:hi]
	for _, m := range rateWords {
		for j := range occurrences(s, m) {
			e := j + len(m)
			if j > 0 && isWord(s[j-1]) || e < len(s) && isWord(s[e]) {
				continue
			}
			next := strings.Fields(s[e:])
			if len(next) > 0 {
				switch strings.Trim(next[0], ",.;:") {
				case "siguiente", "anterior", "after", "before", "earlier", "later", "ago", "de", "del":
					continue
				}
			}
			return true
		}
	}
	return false
}

// everyN reports whether s gives a frequency: "cada 60 horas", "every
// three days".
func everyN(s string) bool {
	if !strings.Contains(s, "cada ") && !strings.Contains(s, "every ") {
		return false
	}
	t := strings.Fields(s)
	for i := 0; i+2 < len(t); i++ {
		if t[i] != "cada" && t[i] != "every" {
			continue
		}
		if !yearCount(t[i+1]) {
			continue
		}
		switch strings.Trim(t[i+2], ",.;") {
		case "horas", "dias", "semanas", "minutos", "hours", "days", "weeks", "minutes":
			return true
		}
	}
	return false
}

// findPurposes are the folded purposes of a search for someone
// (missingCount).
var findPurposes = newNeedles("para encontrar", "para localizar", "para hallar", "to find", "to locate")

// missingCount reports whether the kidnapping cue at folded [at, end) names
// the missing people of a place by their number, twenty or more ("hay 341
// desaparecidos en Juárez", "más de 15 mil personas desaparecidas",
// "thousands missing"), or a search for the missing with no count ("buscan
// a personas desaparecidas"): a statistic, not an abduction.
func missingCount(f string, at, end, lo int) bool {
	w := f[at:end]
	if strings.HasPrefix(w, "busca") || strings.HasPrefix(w, "search") || strings.HasPrefix(w, "looking for") || findPurposes.in(w) {
		// "buscan a más de 200 personas"
		n := numberAfter(f, end)
		if n == 0 && strings.HasPrefix(strings.TrimLeft(f[end:min(end+30, len(f))], " "), "personas desaparecid") {
			return true // "buscan a personas desaparecidas": no one counted
		}
		return n >= 20 && !isYear(n)
	}
	if !strings.HasPrefix(w, "desaparecid") && !strings.HasPrefix(w, "missing") && !strings.HasPrefix(w, "desaparicion") && !strings.HasPrefix(w, "disappear") {
		return false
	}
	if n := numberBefore(f, at, lo, 2); n >= 20 && !isYear(n) && !strings.Contains(f[max(at-14, lo):at], "anos") && !strings.Contains(f[max(at-14, lo):at], "year") {
		return true // not an age: "joven de 22 años desaparecida"
	}
	// The people counted before the report of them: "localizó con vida a
	// 1,200 personas reportadas como desaparecidas".
	for _, m := range []string{" reportadas como ", " reportados como ", " reported as ", " reported ", " en calidad de "} {
		if b := f[max(at-len(m), lo):at]; b == m {
			if n := numberBefore(f, at-len(m)+1, lo, 2); n >= 20 && !isYear(n) {
				return true
			}
		}
	}
	b := f[max(at-30, lo):at]
	if (strings.HasSuffix(b, " a personas ") || strings.HasSuffix(b, "busqueda de personas ")) && strings.Contains(f[max(at-60, lo):at], "busca") {
		return true // "buscan (en Juárez) a personas desaparecidas": no one counted
	}
	for _, m := range []string{"mil", "miles", "cientos", "centenares", "thousands", "hundreds", "millares"} {
		if wordIn(b, m) {
			return true
		}
	}
	return false
}

// causePhrases open a phrase of cause (causeNoun).
var causePhrases = []string{"due to ", "because of ", "owing to ", "amid ", "debido a ", "a causa de ", "por motivos de ", "ante la ola de ", "por la ola de ", "por temor a ", "por miedo a ", "ante el temor de ", "for fear of ", "fearing ",
	"despite ", "in spite of ", "pese a ", "a pesar de "}

// causeNoun reports whether the cue at folded offset at is a bare or
// plural noun in a phrase of cause ("due to crime and kidnapping",
// "because of clashes between criminal groups", "debido a enfrentamientos"):
// the kind of act that explains something else, not an act told. A
// definite singular ("debido al enfrentamiento de anoche") refers to an
// act and is not one.
func causeNoun(h *cueHits, f string, at, end, lo int) bool {
	w := f[max(at-34, lo):at]
	if strings.HasSuffix(w, " por ") && crimePlural(f[at:end]) && !participle(lastWords(w, 2)) {
		// "la violencia explota por enfrentamientos entre cárteles": a
		// bare plural after "por" is a cause; not after a participle
		// ("detenidos por secuestros", a charge read elsewhere)
		return true
	}
	if !h.any(cueCauses, f, max(at-34, lo), at) {
		return false
	}
	for _, m := range causePhrases {
		k := strings.LastIndex(w, m)
		if k < 0 || k > 0 && isWord(w[k-1]) || strings.ContainsAny(w[k:], ",;") {
			continue
		}
		rest := strings.Fields(w[k+len(m):])
		if len(rest) > 2 && !(len(rest) <= 4 && slices.ContainsFunc(rest, func(r string) bool { return r == "and" || r == "y" || r == "or" || r == "o" })) {
			continue // "despite cartel violence and extortion": a list of kinds
		}
		if len(rest) > 0 {
			switch rest[len(rest)-1] {
			case "the", "el", "la", "this", "that", "este", "esta", "dicho", "dicha":
				continue
			}
		}
		if f[end-1] == 's' || len(rest) > 0 || !verbLike(f, at, end, lo) {
			return true
		}
	}
	return false
}

// figurative reports whether the clash verb at folded [at, end) means to
// face something abstract: "enfrentan cargos", "enfrentan inseguridad y
// corrupción", "se enfrenta a un proceso", "face charges".
func figurative(f string, at, end, hi int) bool {
	if !strings.HasPrefix(f[at:end], "enfrent") && !strings.HasPrefix(f[at:end], "se enfrent") {
		return false
	}
	for i, w := range strings.Fields(f[end:min(end+40, hi)]) {
		if i >= 4 {
			break
		}
		w = strings.Trim(w, ",.;:")
		for _, p := range []string{"inseguridad", "corrupcion", "cargo", "proceso", "juicio", "acusacion", "crisis", "problema", "reto", "desafio", "dificultad", "escasez", "sequia", "riesgo", "demanda", "sancion", "multa", "critica", "pobreza", "hambre", "deuda", "elecci", "rival", "partido", "equipo", "tribunal", "justicia"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// scoreLine reports whether s holds a match score ("4-0", "11-2", "2 - 1"):
// two small numbers joined by a hyphen, not a date, a range of years or a
// road ("15D").
func scoreLine(s string) bool {
	for k := 1; k+1 < len(s); k++ {
		h := strings.IndexByte(s[k:len(s)-1], '-')
		if h < 0 {
			break
		}
		k += h
		a, b := k, k+1
		if a > 0 && s[a-1] == ' ' && b < len(s) && s[b] == ' ' {
			a, b = a-1, b+1
		}
		i := a
		for i > 0 && isDigit(s[i-1]) {
			i--
		}
		j := b
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if i == a || j == b || a-i > 2 || j-b > 2 {
			continue
		}
		if i > 0 && (isWord(s[i-1]) || s[i-1] == '-' || s[i-1] == '/' || s[i-1] == '.' || s[i-1] == ',') || j < len(s) && (isWord(s[j]) || s[j] == '-' || s[j] == '/') {
			continue
		}
		x, _ := atoiDigits(s[i:a])
		y, _ := atoiDigits(s[b:j])
		if x <= 20 && y <= 20 {
			return true
		}
	}
	return false
}

// perfectAux reports whether text, the words before a bare plural, ends in
// a perfect: "have", "has", "han", "ha" or "hemos" and a participle
// ("have reported", "han denunciado").
func perfectAux(text string) bool {
	var bb [6]string
	ws := fieldsInto(bb[:0], text)
	n := len(ws)
	if n < 2 {
		return false
	}
	switch ws[n-2] {
	case "have", "has", "han", "ha", "hemos", "had":
	default:
		return false
	}
	p := ws[n-1]
	return len(p) >= 5 && hasAnySuffix(p, "ed", "en", "ado", "ido") && p != "been" && p != "sido"
}

// dayOfWeekend reports whether, in clause cl, the weekend period m is
// narrowed to one of its days before the cue at cue ("big story this
// weekend: early Sunday gunmen stormed a bar", "el fin de semana, el
// sábado por la noche, asesinaron a"): the act of that day, not a count
// over the weekend.
func dayOfWeekend(cl, m string, cue int) bool {
	if m != "weekend" && m != "fin de semana" {
		return false
	}
	k := strings.Index(cl, m)
	if k < 0 || cue <= k+len(m) || cue > len(cl) {
		return false
	}
	between := cl[k+len(m) : cue]
	for _, w := range []string{"friday", "saturday", "sunday", "viernes", "sabado", "domingo"} {
		if wordIn(between, w) {
			return true
		}
	}
	return false
}
