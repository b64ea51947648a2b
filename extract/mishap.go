package extract

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/toll"
)

// This file holds the frames of branch notinc9 for headlines that use the
// words of crime news and tell no act (docs/accuracy.md, notinc9):
//
//   - an accident's noun or verb that is the subject of a verb of violence
//     ("Derrumbe en mina mata a tres mineros", "Vuelca pipa y bloquea la
//     autopista", "Boiler explodes, killing two") makes that verb the
//     accident's outcome (mishapSubject); a fire or a blast whose intent a
//     statement rules out ("descartan que haya sido provocado") is an
//     accident (intentRuledOut);
//   - an animal as what a verb of violence takes ("matan a un jaguar",
//     "encuentran muertas a 30 tortugas"; animalObject), and remains of an
//     era or an animal ("osamentas prehispánicas", "restos de un
//     dinosaurio"; oldRemains), are no one's act;
//   - what a figure counts with no number given ("sube la cifra de
//     personas desaparecidas"; figureOf) is a statistic.

// agentWords name people who act in earnest: with one before a verb of
// violence, the verb is theirs, not an accident's.
var agentWords = newNeedles("armad", "sicari", "hombres", "sujetos", "delincuent", "pistoler", "comando", "gunmen", "gunman", "attackers", "assailants", "criminal", "cartel", "encapuchad", "individuos", "asesino", "agresor")

// mishapSubject reports whether the accident named at one of accAt (folded
// starts of accident words) is the subject of the verb of violence at
// folded [at, end) of the sentence starting at lo: the accident word
// stands before the verb in the same clause (no full stop, colon or
// semicolon between; a comma only before an English "-ing" participle,
// "explodes ..., killing six"), within a dozen words, with no person who
// acts between ("sicarios", "gunmen") and with no "tras", "after" right
// before it, which makes the accident the time of an act ("tras el
// choque, lo asesinan").
func mishapSubject(f string, accAt []int, at, end, lo int) bool {
	for _, a := range accAt {
		if a < lo || a >= at {
			continue
		}
		gap := f[a:at]
		if strings.ContainsAny(gap, ".;:?!") {
			continue
		}
		if k := strings.IndexByte(gap, ','); k >= 0 {
			if strings.ContainsRune(gap[k+1:], ',') || strings.TrimSpace(gap[k+1:]) != "" || !strings.HasSuffix(f[at:end], "ing") {
				continue
			}
		}
		if strings.Count(gap, " ") > 12 || agentWords.in(gap) || nounLike(f[at:end]) {
			continue
		}
		var gbuf [14]string
		clause := false // a new clause between: "dice que son cohetes cuando pregunta durante balacera"
		for _, w := range appendFields(gbuf[:0], gap, 14) {
			switch w {
			case "que", "cuando", "mientras", "durante", "donde", "when", "while", "during", "where", "lo", "la", "los", "las", "le", "les":
				clause = true
			}
		}
		if clause {
			continue
		}
		var buf [2]string
		before := tailFields(buf[:0], f[lo:a], 2)
		time := false
		for _, w := range before {
			switch w {
			case "tras", "luego", "despues", "after", "following", "por", "durante", "during":
				time = true
			}
		}
		if time {
			continue
		}
		return true
	}
	return false
}

// intentWords name a deliberate act: what a statement that rules them out
// ("descartan que haya sido provocado") says an accident was.
var intentWords = newNeedles("provocad", "intencional", "atentado", "ataque", "arson", "foul play", "deliberate", "violencia", "violenta", "homicidio")

// ruledOutMarkers are what a sentence holds whenever intentRuledOut
// reads intent ruled out in it.
var ruledOutMarkers = []string{"descart", "rule", "indicios", "no fue ", "accidental"}

// ruledOutNeedles are ruledOutMarkers, made to be searched for together.
var ruledOutNeedles = newNeedles(ruledOutMarkers...)

// intentRuledOut reports whether folded sentence s rules out that its
// fire or blast was set: a word of ruling out ("descartan", "ruled out",
// "sin indicios de") with a word of intent within six words after it
// ("descartan que haya sido provocado", "descartan atentado", "rule out
// arson"), or the event called accidental ("ruled accidental").
func intentRuledOut(s string) bool {
	// classify asks its cue hits for these first (cueRuledOut).
	if !ruledOutNeedles.in(s) {
		return false // none of the markers below
	}
	for _, m := range []string{"descart", "ruled out", "rules out", "rule out", "sin indicios de", "no fue provocad", "no fue intencional"} {
		for j := range occurrences(s, m) {
			k := j + len(m)
			after := firstWords(s[k:], 7)
			if intentWords.in(after) {
				return true
			}
		}
	}
	return wordIn(s, "accidental") // "ruled accidental" too
}

// countLen returns how many of the first words of folded ws are a count
// ("30", "cientos de", "decenas de", "miles de", "dos"): 0 if ws opens
// with none.
func countLen(ws []string) int {
	n := 0
	for n < len(ws) {
		w := ws[n]
		switch {
		case w == "de" && n > 0:
		case w == "cientos", w == "centenares", w == "decenas", w == "miles", w == "docenas", w == "mas", w == "hundreds", w == "dozens", w == "thousands", w == "of" && n > 0:
		default:
			if _, ok := atoiDigits(strings.ReplaceAll(w, ",", "")); ok {
				break
			}
			if numberLike(w) {
				if _, ok := toll.Number(w); ok {
					break
				}
			}
			return n
		}
		n++
	}
	return n
}

// animalNouns begin the names of animals, wild or kept: what a verb of
// killing or finding dead takes when no one suffers a crime ("matan a un
// jaguar", "hallan sin vida a peces"). Only after an indefinite article,
// a count or none: "a El Jaguar" is a nickname.
var animalNouns = []string{"animal", "fauna", "jaguar", "puma", "lobo", "coyote", "venado", "ciervo", "oso", "osos", "aves", "ave", "pajaro", "pelicano", "gaviota", "aguila",
	"peces", "pez", "delfin", "ballena", "tortuga", "lobo marino", "lobos marinos", "manati", "tiburon", "cocodrilo", "caiman", "iguana", "vaca", "vacas", "caballo", "yegua", "burro", "mula",
	"toro", "becerro", "res", "reses", "ganado", "cerdo", "puerco", "borrego", "oveja", "chivo", "cabra", "gallina", "pollo", "perro", "perrito", "mascota",
	"mamut", "dinosaurio", "abeja", "murcielago", "wolf", "wolves", "bear", "deer", "jaguars", "whale", "dolphin", "turtle", "fish", "dog", "dogs", "cattle", "cow", "cows", "horse", "horses", "bird", "birds"}

// animalNounSet holds animalNouns, to look a word up in. It is built
// once and never written afterwards.
var animalNounSet = func() map[string]bool {
	m := make(map[string]bool, len(animalNouns))
	for _, w := range animalNouns {
		m[w] = true
	}
	return m
}()

// animalNoun reports whether folded word w names an animal (animalNouns:
// the word itself, or its plural).
func animalNoun(w string) bool {
	if animalNounSet[w] {
		return true
	}
	if !strings.HasSuffix(w, "s") {
		return false
	}
	for k := 1; k <= 2 && k < len(w); k++ { // a plural: one or two letters more, the last an s
		if animalNounSet[w[:len(w)-k]] {
			return true
		}
	}
	return false
}

// eraWords qualify remains as old: prehispanic, fossil, colonial,
// archaeological ("osamentas prehispánicas", "restos de un dinosaurio",
// "mass grave from the colonial era", "remains of ancient warriors").
var eraWords = newNeedles("prehispanic", "precolombin", "arqueolog", "archaeolog", "archeolog", "fosil", "fossil", "colonial", "ancient", "antigu", "milenari", "siglo", "century", "centuries", "dinosaur", "mamut", "mammoth", "prehistor")

// oldRemains reports whether the cue at folded [at, end), a word for
// remains, bones or a grave (remainsWord), is qualified within the six
// words after it by an era or an animal ("Hallan osamentas prehispánicas
// en obra", "restos de un dinosaurio", "osamenta de caballo", "remains of
// ancient warriors"): no one's act. "osamenta humana" stays one.
func oldRemains(f string, at, end int) bool {
	return remainsWord(f[at:end]) && oldAfter(f, end)
}

// oldAfter reports whether the six words after folded end qualify what
// comes before them by an era or an animal, and not as human (see
// oldRemains; "Macabro hallazgo: restos de mamut").
func oldAfter(f string, end int) bool {
	var buf [6]string
	for _, w := range appendFields(buf[:0], f[end:], 6) {
		w = strings.Trim(w, ".,;:!?¡¿\"'")
		if w == "humanos" || w == "humanas" || w == "humano" || w == "humana" || w == "human" {
			return false
		}
		if eraWords.in(w) || animalNoun(w) {
			return true
		}
	}
	return false
}

// remainsWord reports whether folded cue w names remains, bones or a grave.
func remainsWord(w string) bool {
	return remainsStems.in(w)
}

// remainsStems name remains, bones or a grave (remainsWord).
var remainsStems = newNeedles("resto", "osament", "osamenta", "osario", "esquelet", "huesos", "fosa", "remains", "bones", "skelet", "grave")

// mishapWord reports whether folded accident word w may be the subject of
// a verb (a noun or a verb of the accident: "derrumbe", "vuelca", "se
// descarrila"), not a participle that tells a victim's state ("ahogado",
// "electrocutada", "intoxicados").
func mishapWord(w string) bool {
	for _, s := range []string{"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"} {
		if strings.HasSuffix(w, s) {
			return false
		}
	}
	return true
}

// animalObject reports whether the verb of violence ending at folded end
// takes an animal (animalNouns) after "a" with an indefinite article, a
// count or none ("matan a un jaguar", "encuentran muertas a 30 tortugas",
// "hallan sin vida a peces", "shoot endangered wolf"); after a definite
// article it may be a nickname ("a El Jaguar") and is not read.
func animalObject(f string, end int) bool {
	var buf [6]string
	ws := appendFields(buf[:0], strings.TrimLeft(f[end:min(len(f), end+60)], "'\"’”"), 6)
	if len(ws) > 0 && ws[0] == "a" {
		ws = ws[1:]
	}
	if len(ws) > 0 {
		switch ws[0] {
		case "un", "una", "unos", "unas", "an":
			ws = ws[1:]
		case "al", "el", "la", "los", "las", "the":
			return false
		}
	}
	ws = ws[countLen(ws):]
	if len(ws) > 1 && (ws[0] == "endangered" || ws[0] == "wild" || ws[0] == "stray" || ws[0] == "rare") {
		ws = ws[1:]
	}
	return len(ws) > 0 && animalNoun(trimCut(ws[0], ".,;:!?¡¿\"'"))
}

// figureOf reports whether the cue at folded at of the sentence [lo, hi)
// is what a figure counts ("sube la cifra de personas desaparecidas",
// "crece el número de fosas localizadas", "the number of murders"): a
// statistic, when the sentence gives no number, which would make it the
// toll of one act ("sube a cinco la cifra de muertos por el ataque").
func figureOf(f string, at, lo, hi int) bool {
	before := lastWords(f[lo:at], 3)
	if !figureWords.in(before) {
		return false
	}
	s := f[lo:hi]
	if strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, w := range appendFields(nil, s, 40) {
		if numberLike(w) {
			if n, ok := toll.Number(w); ok && n > 0 {
				return false
			}
		}
	}
	return true
}

// figureWords are the words of a figure counted (figureOf).
var figureWords = newNeedles("cifra de", "cifras de", "numero de", "total de", "indice de", "tasa de", "number of", "rate of", "tally of", "count of")

// kinNouns are the relatives and the groups of them who act for victims.
var kinNouns = []string{"families", "relatives", "mothers", "fathers", "parents", "widows", "loved ones", "familiares", "familias", "madres", "padres", "deudos", "viudas", "seres queridos"}

// kinOf reports whether the cue at folded at, a participle or noun of
// kidnapping or killing, names the victims whose relatives the sentence
// is about ("Families of the disappeared rally", "Mothers of murdered
// women march", "familiares de desaparecidos", "deudos de la masacre",
// "familiares del desaparecido", "sus desaparecidos", "quien tenga un
// familiar desaparecido"): the relatives act, the act is not told.
func kinOf(f string, at, end, lo, hi int) bool {
	if missingKin(f, at, end, lo, hi) {
		return true
	}
	switch lastWord(f[lo:at]) {
	case "sus", "nuestros", "nuestras", "their", "our":
		w := f[at:]
		if k := strings.IndexAny(w, " ,;:."); k >= 0 {
			w = w[:k]
		}
		if participle(w) && strings.HasSuffix(w, "s") {
			return true // "fotos de sus desaparecidos": the relatives' own
		}
	}
	var buf [4]string
	before := tailFields(buf[:0], f[lo:at], 4)
	n := len(before)
	for n > 0 {
		switch before[n-1] {
		case "the", "los", "las", "la", "el", "sus", "their", "of", "de", "del":
			n--
			continue
		}
		break
	}
	if n == len(before) || n == 0 || before[n] != "of" && before[n] != "de" && before[n] != "del" {
		return false
	}
	w := before[n-1]
	if n >= 2 && slices.Contains(kinNouns, before[n-2]+" "+w) {
		return true
	}
	return slices.Contains(kinNouns, w)
}

// heldKin are the words for a relative who is held, had, by someone
// ("quien tenga un familiar desaparecido", "anyone with a missing
// relative"), folded.
var heldKin = []string{"familiar", "familiares", "pariente", "parientes", "integrante", "integrantes", "ser querido", "seres queridos",
	"relative", "relatives", "family member", "family members", "loved one", "loved ones"}

// missingKin reports whether the cue at folded f[at:end], in the sentence
// f[lo:hi], is what a relative held by those addressed is: the appeal
// after a finding of bodies to "quien tenga un familiar desaparecido",
// "las familias con algún integrante desaparecido", "anyone with a
// missing relative" to come to the morgue. Those addressed are anyone;
// no one's disappearance is told.
func missingKin(f string, at, end, lo, hi int) bool {
	if !strings.HasPrefix(f[at:end], "desaparecid") && !strings.HasPrefix(f[at:end], "missing") {
		return false
	}
	var buf [5]string
	before := tailFields(buf[:0], f[lo:at], 5)
	// Spanish: the participle after the relative ("un familiar desaparecido").
	for _, k := range heldKin {
		n := 1
		if i := strings.IndexByte(k, ' '); i >= 0 {
			n = 2 // "ser querido", "family member"
			if len(before) <= n || before[len(before)-2] != k[:i] || before[len(before)-1] != k[i+1:] {
				continue
			}
		} else if len(before) <= n || before[len(before)-1] != k {
			continue
		}
		if kinHolder(before[:len(before)-n]) {
			return true
		}
	}
	// English: the participle before the relative ("a missing relative").
	after := strings.TrimLeft(f[end:hi], " ")
	for _, k := range heldKin {
		if strings.HasPrefix(after, k) && (len(after) == len(k) || !isWord(after[len(k)])) {
			return kinHolder(before)
		}
	}
	return false
}

// kinHolder reports whether words ws, past a determiner ("un", "algún",
// "a"), end with a verb or preposition of having ("tenga", "con", "with").
func kinHolder(ws []string) bool {
	for len(ws) > 0 {
		switch ws[len(ws)-1] {
		case "un", "una", "algun", "alguna", "a", "any", "some", "su", "sus":
			ws = ws[:len(ws)-1]
			continue
		case "tenga", "tengan", "tiene", "tienen", "con", "with", "have", "has":
			return true
		}
		return false
	}
	return false
}
