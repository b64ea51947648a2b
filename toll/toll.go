// Package toll finds human-toll figures — people killed, injured, detained
// or kidnapped — in Spanish and English text.
//
// A figure is a number (digits or words in either language) tied to a noun
// or verb that says what happened to the people counted: "seis muertos",
// "asesinan a tres hombres", "12 people were killed", "killing at least 12".
// The people may be described at length before the toll word ("tres
// presuntos integrantes del CJNG murieron", "two suspected members of a
// Gulf Cartel faction were killed") as long as no conjunction, relative,
// preposition of place or number intervenes; "y otro resultó herido"
// counts one more; "los cuerpos de dos hombres" counts two killed.
// A singular noun after a verb counts one ("matan a policía"), and a
// negative statement ("no se reportaron heridos", "no injuries") counts
// zero. Quantities of anything else ("252 bloqueos", "de 35 años") are not
// figures.
//
// People reported missing ("desaparecidos", "missing") are not counted as
// kidnapped: a disappearance is not yet a kidnapping, and the word mostly
// appears in registry totals rather than in incident reports. "Levantados"
// and "privados de la libertad" are counted as kidnapped.
package toll

import (
	"sort"

	"github.com/atalaya/atalaya/fold"
)

// Kind is what happened to the people a figure counts.
type Kind string

// The kinds of toll.
const (
	Killed    Kind = "killed"
	Injured   Kind = "injured"
	Detained  Kind = "detained"
	Kidnapped Kind = "kidnapped"
)

// Figure is one toll figure found in text.
type Figure struct {
	Kind    Kind
	N       int
	AtLeast bool
	Start   int // byte span in text covering the number and its noun/verb
	End     int
}

// token is a word or a number of the folded text.
type token struct {
	s          string
	start, end int  // in the folded text
	gapBreak   bool // the gap before this token has clause punctuation (.,;:!?)
}

// tokenize splits folded text into words: runs of letters and digits, with
// inner hyphens ("twenty-one") and thousands separators ("1,200") kept.
func tokenize(f string) []token {
	toks := make([]token, 0, len(f)/5)
	brk := false
	for i := 0; i < len(f); {
		c := f[i]
		if !isWord(c) {
			switch c {
			case '.':
				// An initial ("Baltazar R. Leyva") does not end a clause.
				if n := len(toks); n == 0 || toks[n-1].end != i || toks[n-1].end-toks[n-1].start > 1 || isDigit(f[i-1]) {
					brk = true
				}
			case ',', ';', ':', '!', '?', '\n', '(', ')', '"':
				brk = true
			}
			i++
			continue
		}
		j := i
		digit := c >= '0' && c <= '9'
		for j < len(f) {
			d := f[j]
			if isWord(d) {
				j++
				continue
			}
			if digit && (d == ',' || d == '.') && j+3 < len(f)+0 && isDigit(f[j+1]) && isDigit(f[j+2]) && isDigit(f[j+3]) && (j+4 == len(f) || !isDigit(f[j+4])) {
				j += 4
				continue
			}
			if !digit && d == '-' && j+1 < len(f) && isLetter(f[j+1]) {
				j++
				continue
			}
			break
		}
		toks = append(toks, token{s: f[i:j], start: i, end: j, gapBreak: brk})
		brk = false
		i = j
	}
	return toks
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 0x80 }
func isWord(c byte) bool   { return isLetter(c) || isDigit(c) }

// finder holds one Find call's state.
type finder struct {
	t    fold.Text
	toks []token
	out  []Figure
}

// Find returns the figures of text in order.
func Find(text string) []Figure {
	f := finder{t: fold.New(text)}
	f.toks = tokenize(f.t.Folded)
	words := make([]string, len(f.toks))
	for i, t := range f.toks {
		words[i] = t.s
	}
	for i := 0; i < len(f.toks); {
		if next := f.at(i, words); next > i {
			i = next
			continue
		}
		i++
	}
	sort.SliceStable(f.out, func(a, b int) bool { return f.out[a].Start < f.out[b].Start })
	return f.out
}

// add records a figure over tokens [from, to].
func (f *finder) add(k Kind, n int, atLeast bool, from, to int) {
	s, e := f.t.Span(f.toks[from].start, f.toks[to].end)
	f.out = append(f.out, Figure{Kind: k, N: n, AtLeast: atLeast, Start: s, End: e})
}

// word returns token i's text, or "" past the end or across a clause break
// from token i-1 when brk is set.
func (f *finder) word(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.toks[i].s
}

// joined reports whether token i follows token i-1 within the same clause.
func (f *finder) joined(i int) bool {
	return i > 0 && i < len(f.toks) && !f.toks[i].gapBreak
}

// at tries every pattern at token i and returns the index after the match,
// or i when nothing matched.
func (f *finder) at(i int, words []string) int {
	if j := f.negative(i); j > i {
		return j
	}
	if j := f.numberFirst(i, words); j > i {
		return j
	}
	if j := f.verbFirst(i, words); j > i {
		return j
	}
	if j := f.single(i); j > i {
		return j
	}
	if j := f.eventOf(i, words); j > i {
		return j
	}
	if j := f.total(i, words); j > i {
		return j
	}
	return i
}

// total matches a running total: "suman seis los detenidos", "sube a cinco
// la cifra de muertos", "asciende a 12 el número de heridos".
func (f *finder) total(i int, words []string) int {
	j := i + 1
	switch f.word(i) {
	case "suman", "suma":
	case "sube", "suben", "subio", "asciende", "ascienden", "ascendio", "aumenta", "aumento":
		if f.word(j) != "a" {
			return i
		}
		j++
	default:
		return i
	}
	if !f.joined(j) {
		return i
	}
	k, atLeast := f.atLeast(j)
	n, after, ok := f.number(k, words)
	if !ok || n >= 1900 && n <= 2100 {
		return i
	}
	w := after
	switch f.word(w) {
	case "los", "las":
		w++
	case "la", "el":
		// "la cifra de", "el número de"
		if (f.word(w+1) == "cifra" || f.word(w+1) == "numero" || f.word(w+1) == "saldo" || f.word(w+1) == "total") && f.word(w+2) == "de" {
			w += 3
		}
	}
	for m := after; m <= w; m++ {
		if !f.joined(m) {
			return i
		}
	}
	kind, last, ok := f.kindAt(w)
	if !ok {
		return i
	}
	f.add(kind, n, atLeast, i, last)
	return last + 1
}

// eventOf matches an event noun and its victims: "la muerte de 12
// personas", "el asesinato de un policía", "the killing of three
// journalists", "la detención de cinco presuntos".
func (f *finder) eventOf(i int, words []string) int {
	kind, ok := eventNoun[f.word(i)]
	de := i + 1
	if kind == Killed && f.word(de) == "sin" && f.word(de+1) == "vida" && f.joined(de) && f.joined(de+1) {
		de += 2 // "los cuerpos sin vida de tres personas"
	}
	if !ok || !(f.word(de) == "de" || f.word(de) == "of") || !f.joined(de) || !f.joined(de+1) {
		return i
	}
	k, atLeast := f.atLeast(de + 1)
	n, after, ok := f.number(k, words)
	if !ok {
		return i
	}
	end, person := f.fillers(after)
	if !person {
		return i
	}
	more, end := f.more(end, words)
	f.add(kind, n+more, atLeast, i, end-1)
	return end
}

// single matches one person named by a singular noun and a toll word:
// "mujer herida", "hallan a hombre sin vida", "el cadáver de".
func (f *finder) single(i int) int {
	w := f.word(i)
	if (w == "el" || w == "del") && (f.word(i+1) == "cadaver") && f.joined(i+1) {
		f.add(Killed, 1, false, i+1, i+1)
		return i + 2
	}
	if !esSingular[w] || !f.joined(i+1) {
		return i
	}
	switch f.word(i - 1) {
	case "a", "al", "el", "la", "un", "una", "":
	default:
		if f.joined(i) {
			return i
		}
	}
	// "el conductor quedó herido", "la mujer fue hospitalizada".
	j := i + 1
	for k := 0; k < 3 && aux[f.word(j)] && f.joined(j); k++ {
		j++
	}
	kind, last, ok := f.kindAt(j)
	if !ok || !singularKind[f.word(j)] && f.word(j) != "sin" {
		return i
	}
	f.add(kind, 1, false, i, last)
	return last + 1
}

// atLeast matches "al menos", "por lo menos", "más de", "at least", ... at
// i and returns the index after it.
func (f *finder) atLeast(i int) (int, bool) {
	w := f.word(i)
	w1 := f.word(i + 1)
	switch {
	case w == "al" && w1 == "menos", w == "at" && w1 == "least", w == "more" && w1 == "than",
		w == "cuando" && w1 == "menos", w == "mas" && w1 == "de":
		return i + 2, true
	case w == "por" && w1 == "lo" && f.word(i+2) == "menos":
		return i + 3, true
	case w == "over" || w == "upwards":
		return i + 1, true
	}
	return i, false
}

// number parses a number at i: digits, number words, or the English
// article when a person noun follows ("a police officer").
func (f *finder) number(i int, words []string) (n, next int, ok bool) {
	if i >= len(words) {
		return 0, i, false
	}
	w := words[i]
	if (w == "a" || w == "an") && i+1 < len(words) && enSingular[words[i+1]] {
		return 1, i + 1, true
	}
	// "a 41-year-old fisherman": an age between the article and the noun.
	if (w == "a" || w == "an") && i+3 < len(words) && isDigit(words[i+1][0]) && words[i+2] == "year-old" && enSingular[words[i+3]] {
		return 1, i + 3, true
	}
	end := i + 8
	if end > len(words) {
		end = len(words)
	}
	// Do not let a number run across a clause break.
	for k := i + 1; k < end; k++ {
		if f.toks[k].gapBreak {
			end = k
			break
		}
	}
	n, used := parseWords(words[i:end])
	if used == 0 {
		return 0, i, false
	}
	return n, i + used, true
}

// fillers skips person nouns and their adjectives ("personas", "presuntos
// delincuentes", "police officers") after a number; it returns the index
// after them and whether any was a person noun.
func (f *finder) fillers(i int) (int, bool) {
	person := false
	for k := 0; k < 4 && f.joined(i); k++ {
		w := f.word(i)
		switch {
		case k == 0 && partitive(w, f.word(i+1)) && personNoun[f.word(i+2)] && f.joined(i+1) && f.joined(i+2):
			// "three of the attackers", "uno de los uniformados"
			i += 2
			person = true
		case personNoun[w]:
			person = true
		case adjective[w]:
		case (w == "de" || w == "of") && personNoun[f.word(i-1)] && groupNoun[f.word(i+1)] && f.joined(i+1):
			// "menores de edad", "elemento de la Guardia Nacional".
			i++
		default:
			return i, person
		}
		i++
	}
	return i, person
}

// partitive reports whether w, next start a partitive: "of the", "de los",
// "de las".
func partitive(w, next string) bool {
	return w == "of" && next == "the" || w == "de" && (next == "los" || next == "las")
}

// kindAt matches a toll word or phrase at i ("muertos", "sin vida",
// "perdieron la vida", "privados de la libertad", "were killed") and returns
// its kind and the index of its last token.
func (f *finder) kindAt(i int) (Kind, int, bool) {
	if !f.joined(i) {
		return "", i, false
	}
	w := f.word(i)
	if k, ok := kindWord[w]; ok {
		if w == "victimas" || w == "victima" {
			if m := f.word(i + 1); f.joined(i+1) && (m == "mortales" || m == "mortal" || m == "fatales") {
				return Killed, i + 1, true
			}
			return "", i, false
		}
		if f.word(i+1) == "sin" && f.word(i+2) == "vida" && f.joined(i+1) {
			return k, i + 2, true
		}
		return k, i, true
	}
	switch w {
	case "sin":
		if f.word(i+1) == "vida" && f.joined(i+1) {
			return Killed, i + 1, true
		}
	case "perdieron", "perdio", "pierden", "pierde":
		if f.word(i+1) == "la" && f.word(i+2) == "vida" {
			return Killed, i + 2, true
		}
	case "con":
		// "resultó con heridas", "hospitalizado con lesiones".
		// Only after a verb of outcome: "un hombre con heridas de bala fue
		// hallado sin vida" describes a body, not an injured person.
		p := f.word(i - 1)
		outcome := p == "resulto" || p == "resultaron" || p == "quedo" || p == "quedaron"
		if m := f.word(i + 1); outcome && f.joined(i+1) && (m == "heridas" || m == "lesiones") {
			return Injured, i + 1, true
		}
	case "privados", "privadas", "privado", "privada":
		if f.word(i+1) == "de" && (f.word(i+2) == "la" || f.word(i+2) == "su") && f.word(i+3) == "libertad" {
			return Kidnapped, i + 3, true
		}
		if f.word(i+1) == "de" && f.word(i+2) == "la" && f.word(i+3) == "vida" {
			return Killed, i + 3, true
		}
	case "shot", "found", "left", "reported", "confirmed":
		if f.word(i+1) == "dead" {
			return Killed, i + 1, true
		}
	case "gunned":
		if f.word(i+1) == "down" {
			return Killed, i + 1, true
		}
	case "lost":
		if f.word(i+1) == "their" && f.word(i+2) == "lives" {
			return Killed, i + 2, true
		}
	}
	return "", i, false
}

// numberFirst matches "[al menos] N [personas] [fueron] muertos".
func (f *finder) numberFirst(i int, words []string) int {
	start := i
	j, atLeast := f.atLeast(i)
	n, j, ok := f.number(j, words)
	if !ok && another[f.word(i)] && (f.word(i-1) == "el" || f.word(i-1) == "la") && f.joined(i) &&
		(f.word(i-2) == "y" && f.joined(i-1) || !f.joined(i-1)) {
		// "murió y el otro se encuentra herido".
		n, j, ok = 1, i+1, true
	}
	if !ok && another[f.word(i)] && ((f.word(i-1) == "y" || f.word(i-1) == "and") && f.joined(i) || !f.joined(i)) {
		// "murió y otro resultó herido", "Otro más resultó herido".
		n, j, ok = 1, i+1, true
	}
	if !ok {
		return i
	}
	num := words[j-1]
	if (num == "docena" || num == "dozen") && (f.word(j) == "de" || f.word(j) == "of") {
		j++
	}
	j, person := f.fillers(j)
	if (num == "a" || num == "an") && !person {
		return i
	}
	if !person && len(num) == 4 && n >= 1900 && n <= 2100 {
		return i // "en 2022 fueron asesinados": a year, not a count
	}
	if w := f.word(j); person && (w == "que" || w == "who") && f.joined(j) && !aux[f.word(j+1)] {
		// "tres hombres que asesinaron a un policía fueron detenidos"
		if kind, last, ok := f.pastRelative(j + 1); ok {
			f.add(kind, n, atLeast, start, last)
			return last + 1
		}
	}
	for k := 0; k < 3 && aux[f.word(j)] && f.joined(j); k++ {
		j++
	}
	kind, last, ok := f.kindAt(j)
	if !ok && person {
		kind, last, ok = f.farKind(j)
	}
	if !ok {
		return i
	}
	f.add(kind, n, atLeast, start, last)
	return last + 1
}

// farKind looks for the toll word of a long subject: "tres presuntos
// integrantes del CJNG murieron", "two suspected members of a Gulf Cartel
// faction were killed". It skips up to eight words of the same clause that
// qualify the people and stops at anything that may start another clause
// or object (a conjunction, a relative, the personal "a", a number).
func (f *finder) farKind(j int) (Kind, int, bool) {
	for k := j; k < j+8 && f.joined(k); k++ {
		w := f.word(k)
		if w == "que" || w == "who" {
			// "cuatro trabajadores de una constructora que rehabilita
			// un camino fueron privados de la libertad".
			return f.pastRelative(k + 1)
		}
		if farStop[w] || isDigit(w[0]) || (w == "a" || w == "al") && f.word(k-1) != "of" {
			break
		}
		m := k
		for n := 0; n < 3 && aux[f.word(m)] && f.joined(m); n++ {
			m++
		}
		if kind, last, ok := f.kindAt(m); ok {
			return kind, last, true
		}
	}
	return "", j, false
}

// pastRelative skips a relative clause of up to ten words to the plural
// auxiliary that resumes the main clause and the toll word after it.
func (f *finder) pastRelative(j int) (Kind, int, bool) {
	for k := j + 1; k < j+10 && f.joined(k); k++ {
		w := f.word(k)
		if w == "y" || w == "and" || w == "que" || w == "who" || isDigit(w[0]) {
			break
		}
		if w != "fueron" && w != "were" && w != "resultaron" {
			continue
		}
		m := k
		for n := 0; n < 3 && aux[f.word(m)] && f.joined(m); n++ {
			m++
		}
		if kind, last, ok := f.kindAt(m); ok {
			return kind, last, true
		}
		break
	}
	return "", j, false
}

// verbFirst matches "asesinan a [al menos] tres hombres", "detienen a 12",
// "matan a policía", "murieron siete", "killing at least 12".
func (f *finder) verbFirst(i int, words []string) int {
	w := f.word(i)
	kind, finite := verbKind[w]
	participle := false
	j := i + 1
	if !finite {
		switch w {
		case "privan", "privaron", "privo":
			if f.word(i+1) == "de" && f.word(i+2) == "la" {
				switch f.word(i + 3) {
				case "libertad":
					kind = Kidnapped
				case "vida":
					kind = Killed
				default:
					return i
				}
				j = i + 4
				finite = true
			}
		case "quitan", "quitaron", "quito":
			if f.word(i+1) == "la" && f.word(i+2) == "vida" {
				kind, j, finite = Killed, i+3, true
			}
		}
	}
	if finite && needsPrep[w] && f.word(i+1) != "a" && f.word(i+1) != "al" {
		return i
	}
	if !finite {
		if dies[w] && esSingular[f.word(i+1)] && f.joined(i+1) {
			// "muere hombre baleado".
			f.add(Killed, 1, false, i, i+1)
			return i + 2
		}
		k, ok := kindWord[w]
		if !ok || w == "victimas" || w == "victima" || nounOnly[w] {
			return i
		}
		kind, participle = k, true
	}
	prep := false
	if m := f.word(j); (m == "a" || m == "al") && f.joined(j) {
		prep = true
		j++
		// "asesinan a tiros a una mujer", "matan a balazos a ...".
		if manner[f.word(j)] && (f.word(j+1) == "a" || f.word(j+1) == "al") && f.joined(j+1) {
			j += 2
		}
	} else if manner[f.word(j)] && f.joined(j) {
		// "asesinan a tiros una mujer" is covered above; "matan de un
		// balazo a ..." is not a figure we read.
		return i
	}
	if !f.joined(j) {
		return i
	}
	k, atLeast := f.atLeast(j)
	n, after, ok := f.number(k, words)
	if ok {
		end, person := f.fillers(after)
		if !person {
			next := f.word(after)
			switch {
			case prep && n == 1 && (f.word(k) == "un" || f.word(k) == "una") && f.joined(after) && isLetter(next[0]) && !notPerson[next]:
				// "matan a un ciclista": one person, whatever the noun;
				// "a una pareja": two.
				end = after + 1
				if next == "pareja" {
					n = 2
				}
			case bareOK[next] || !f.joined(after):
			case prep && isLetter(next[0]) && !notPerson[next] && !bareReject[next]:
				// The Spanish personal "a" marks people: "detienen a 3
				// ladrones".
				end = after + 1
			default:
				// A bare number must not be a date, an age or a duration.
				return i
			}
		}
		more, end := f.more(end, words)
		f.add(kind, n+more, atLeast, i, end-1)
		return end
	}
	if participle || atLeast {
		return i
	}
	// "matan a policía", "asesinan al alcalde": one person.
	if m := f.word(j); prep && (esSingular[m] || enSingular[m]) {
		end, _ := f.fillers(j)
		more, end := f.more(end, words)
		f.add(kind, 1+more, false, i, end-1)
		return end
	}
	return i
}

// more reads the people joined to a verb's object by "y"/"and": "asesinan
// a dos hombres y una mujer", "matan a mujer y a un hombre". It returns
// how many they are and the index after them.
func (f *finder) more(i int, words []string) (int, int) {
	total := 0
	for k := 0; k < 3; k++ {
		if w := f.word(i); (w != "y" && w != "and") || !f.joined(i) {
			break
		}
		j := i + 1
		if f.word(j) == "a" && f.joined(j) {
			j++
		}
		if !f.joined(j) {
			break
		}
		if n, after, ok := f.number(j, words); ok {
			end, person := f.fillers(after)
			if !person {
				break
			}
			total, i = total+n, end
			continue
		}
		if esSingular[f.word(j)] {
			end, _ := f.fillers(j)
			total, i = total+1, end
			continue
		}
		break
	}
	return total, i
}

// negative matches statements of no toll: "no se reportaron heridos", "sin
// personas lesionadas", "ningún herido", "no injuries", "no one was hurt".
// "No arrests have been made" tells the state of an investigation, not a
// toll, and is not read.
func (f *finder) negative(i int) int {
	w := f.word(i)
	j := i + 1
	switch w {
	case "sin", "ningun", "ninguna", "ningunos", "ningunas", "nadie":
		if w == "nadie" {
			return f.negTail(i, j, true)
		}
		return f.negTail(i, j, false)
	case "no":
		if f.word(j) == "one" || f.word(j) == "body" {
			return f.negTail(i, j+1, true)
		}
		if f.word(j) == "se" {
			j++
		}
		if negVerb[f.word(j)] {
			j++
			if f.word(j) == "a" || f.word(j) == "ningun" || f.word(j) == "ninguna" {
				j++
			}
		}
		return f.negTail(i, j, false)
	case "nobody", "none":
		return f.negTail(i, j, true)
	}
	return i
}

// negTail finishes a negative statement: optional person nouns and
// auxiliaries, then a toll word.
func (f *finder) negTail(start, j int, allowAux bool) int {
	if !f.joined(j) {
		return start
	}
	j, _ = f.fillers(j)
	if allowAux {
		for k := 0; k < 3 && aux[f.word(j)] && f.joined(j); k++ {
			j++
		}
	}
	w := f.word(j)
	kind, ok := kindWord[w]
	if !ok || !f.joined(j) {
		switch w {
		case "injuries", "injury":
			kind = Injured
		case "deaths", "fatalities", "casualties":
			kind = Killed
		default:
			return start
		}
	}
	if w == "victimas" || w == "victima" || w == "cuerpos" || w == "cuerpo" {
		return start
	}
	f.add(kind, 0, false, start, j)
	return j + 1
}
