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
// zero.
//
// Headlines are telegraphic, and these forms count too: any singular word
// after a killing verb's personal "a" ("ejecutan a tortillero", "asesinan
// a Rosa Pérez", "a 'El Güero'") is one person, "a pareja" two; a short
// phrase may stand between the verb and its "a" ("matan de un balazo a",
// "ejecutan en Celaya a dos"); the object may lack the "a" ("asesinan
// policía", "Gunmen Kill Mayor of Small Town"); verbs of finding take "sin vida"
// or "muerto" ("localizan sin vida a"); a body noun after an article or a
// finding verb is one dead ("hallan cadáver", "encuentran a ejecutado");
// a lone victim told by the verb is one ("lo asesinan", "fue ejecutado",
// "muere", "Woman Killed in"); people joined by "y" share a toll word
// ("un hombre y una mujer sin vida"); an age may follow the noun ("niña
// de 11 años sin vida"); "death toll rises to 15" is a running toll. A
// figure of people riddled with bullets ("acribillan a tres") or of a
// running total ("ya suman nueve asesinados") yields to deaths the text
// states otherwise ("...; uno muere"). Quantities of anything else ("252 bloqueos", "de 35 años") are not
// figures.
//
// People reported missing ("desaparecidos", "missing") are not counted as
// kidnapped: a disappearance is not yet a kidnapping, and the word mostly
// appears in registry totals rather than in incident reports. "Levantados"
// and "privados de la libertad" are counted as kidnapped.
package toll

import (
	"cmp"
	"slices"
	"sort"
	"strings"

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
	// Tentative marks a zero that only says none was reported so far
	// ("no se reportaron heridos", "no hay detenidos", "nadie ha sido
	// detenido", "no injuries had been reported"), as against a definite
	// "no hubo heridos", "sin lesionados", "no one was hurt".
	Tentative bool
	Start     int // byte span in text covering the number and its noun/verb
	End       int
}

// token is a word or a number of the folded text.
type token struct {
	s          string
	start, end int  // in the folded text
	gapBreak   bool // the gap before this token has clause punctuation (.,;:!?)
}

// tokenize splits folded text into words: runs of letters and digits, with
// inner hyphens ("twenty-one") and thousands separators ("1,200") kept.
// It reuses toks's array.
func tokenize(toks []token, f string) []token {
	toks = toks[:0]
	if cap(toks) < len(f)/5 {
		toks = make([]token, 0, len(f)/5)
	}
	brk := false
	for i := 0; i < len(f); {
		c := f[i]
		if c == 0xC2 && i+1 < len(f) && (f[i+1] == 0xA1 || f[i+1] == 0xBF) {
			// "¡4 ejecutados!", "¿Quién mató a...?": opening marks.
			brk = true
			i += 2
			continue
		}
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
func isWord(c byte) bool   { return wordBytes[c] }

// wordBytes holds isWord's answer for each byte: one load where tokenize
// reads a text byte by byte.
var wordBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isLetter(byte(c)) || isDigit(byte(c))
	}
	return t
}()

// finder holds the state of one text's search. Its slices are buffers
// that find reuses from one text to the next.
type finder struct {
	t     fold.Text
	orig  string
	toks  []token
	words []string // toks[i].s
	out   []Figure
	// caps: the text is written in capitals; titleCase: every word
	// starts with one. Neither tells a name from a noun. named reads
	// them the first time it is asked (capsRead), as few texts ask.
	caps, titleCase, capsRead bool
	// weak[k] marks out[k] as a killed figure that yields to any other
	// (see dropWeak).
	weak []bool
}

// Find returns the figures of text in order.
func Find(text string) []Figure {
	return FindFolded(fold.New(text))
}

// FindFolded is Find on text already folded (ft.Source() is the text): a
// caller that has folded a whole report reads its parts through
// fold.Text.Sub without folding them again.
func FindFolded(ft fold.Text) []Figure {
	var f finder
	return f.find(ft)
}

// FindRanges returns the figures of the parts [start, end) of ft's
// source given by ranges, each part read as a text of its own (as
// FindFolded(ft.Sub(start, end)) reads it), with spans in ft's source, in
// the order of the ranges. It reuses its buffers from one part to the
// next.
func FindRanges(ft fold.Text, ranges [][2]int) []Figure {
	var (
		f   finder
		out []Figure
	)
	for _, rg := range ranges {
		for _, x := range f.find(ft.Sub(rg[0], rg[1])) {
			x.Start += rg[0]
			x.End += rg[0]
			out = append(out, x)
		}
	}
	return out
}

// find returns the figures of ft in order. The slice returned is f's
// until the next call.
func (f *finder) find(ft fold.Text) []Figure {
	text := ft.Source()
	f.t, f.orig = ft, text
	f.toks = tokenize(f.toks, f.t.Folded)
	f.capsRead = false
	f.words = f.words[:0]
	for _, t := range f.toks {
		f.words = append(f.words, t.s)
	}
	f.out, f.weak = f.out[:0], f.weak[:0]
	words := f.words
	for i := 0; i < len(f.toks); {
		if next := f.at(i, words); next > i {
			i = next
			continue
		}
		i++
	}
	f.diedLater()
	f.dropWeak()
	slices.SortStableFunc(f.out, func(a, b Figure) int { return cmp.Compare(a.Start, b.Start) })
	return f.out
}

// diedLater turns the wounded who then died into dead: "one officer was
// wounded and later died in hospital", "resultó herido y murió más
// tarde" count one killed, not one injured.
func (f *finder) diedLater() {
	for k := range f.out {
		x := &f.out[k]
		if x.Kind != Injured || x.N < 1 {
			continue
		}
		t := f.tokenFrom(x.End) // the token after the figure
		if laterDied[f.word(t)] && f.joined(t) {
			// "uno de los dos agentes heridos falleció": one of them
			// died, the others are still wounded; "un hombre que
			// permanecía hospitalizado falleció": he died.
			if one := f.oneOf(x.Start); one && x.N > 1 {
				x.N--
				continue
			}
			x.Kind = Killed
			x.N = 1
			_, x.End = f.t.Span(f.toks[t].start, f.toks[t].end)
			continue
		}
		if w := f.word(t); (w != "and" && w != "y") || !f.joined(t) {
			continue
		}
		m := t + 1
		if w := f.word(m); (w == "later" || w == "then" || w == "despues" || w == "luego" || w == "mas") && f.joined(m) {
			m++
			if f.word(m) == "tarde" && f.joined(m) {
				m++
			}
		}
		if !f.joined(m) || !laterDied[f.word(m)] {
			continue
		}
		x.Kind = Killed
		_, x.End = f.t.Span(f.toks[m].start, f.toks[m].end)
	}
}

// tokenFrom returns the index of the first token that starts at or after
// the original offset off (len(f.toks) when none does).
func (f *finder) tokenFrom(off int) int {
	return sort.Search(len(f.toks), func(t int) bool { return f.t.Orig(f.toks[t].start) >= off })
}

// oneOf reports whether "uno de los", "una de las" or "one of the" comes
// right before the figure starting at original offset start.
func (f *finder) oneOf(start int) bool {
	t := f.tokenFrom(start)
	w := f.word(t - 3)
	return (w == "uno" || w == "una" || w == "one") && partitive(f.word(t-2), f.word(t-1)) && f.joined(t-2) && f.joined(t-1)
}

// dropWeak drops the killed figures that only may be deaths when the text
// states deaths otherwise: people riddled with bullets ("acribillan a cuatro;
// uno muere") and running totals ("matan a joven; ya suman nueve").
func (f *finder) dropWeak() {
	strong := false
	for k, x := range f.out {
		if x.Kind == Killed && !f.weak[k] {
			strong = true
		}
	}
	if !strong {
		return
	}
	out := f.out[:0]
	for k, x := range f.out {
		if x.Kind == Killed && f.weak[k] {
			continue
		}
		out = append(out, x)
	}
	f.out = out
}

// capitals reports whether text is mostly upper case, and whether most of
// its words of four letters or more start with a capital.
func capitals(text string) (caps, titleCase bool) {
	upper, lower, words, capWords := 0, 0, 0, 0
	start := true
	wlen, wcap := 0, false
	flush := func() {
		if wlen >= 4 {
			words++
			if wcap {
				capWords++
			}
		}
		wlen, wcap = 0, false
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
			if start {
				wcap = true
			}
			wlen++
			start = false
		case c >= 'a' && c <= 'z' || c >= 0x80:
			if c >= 'a' {
				lower++
			}
			wlen++
			start = false
		default:
			flush()
			start = true
		}
	}
	flush()
	return upper > lower, words >= 5 && capWords*4 >= words*3
}

// add records a figure over tokens [from, to].
func (f *finder) add(k Kind, n int, atLeast bool, from, to int) {
	s, e := f.t.Span(f.toks[from].start, f.toks[to].end)
	f.out = append(f.out, Figure{Kind: k, N: n, AtLeast: atLeast, Start: s, End: e})
	weak := strings.HasPrefix(f.word(from), "acribill") || strings.HasPrefix(f.word(from), "riddled")
	for p := from - 1; p >= from-3 && p >= 0; p-- {
		if runningTotal[f.word(p)] {
			weak = true
		}
		if !f.joined(p + 1) {
			break
		}
	}
	f.weak = append(f.weak, weak)
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

// at tries every pattern that may begin at token i (see starts) and
// returns the index after the match, or i when nothing matched.
func (f *finder) at(i int, words []string) int {
	ps := starts(words[i])
	if ps == 0 {
		return i
	}
	if ps&pNegative != 0 {
		if j := f.negative(i); j > i {
			return j
		}
	}
	if ps&pNumberFirst != 0 {
		if j := f.numberFirst(i, words); j > i {
			return j
		}
	}
	if ps&pVerbFirst != 0 {
		if j := f.verbFirst(i, words); j > i {
			return j
		}
	}
	if ps&pEnActive != 0 {
		if j := f.enActive(i); j > i {
			return j
		}
	}
	if ps&pSingle != 0 {
		if j := f.single(i); j > i {
			return j
		}
	}
	if ps&pEventOf != 0 {
		if j := f.eventOf(i, words); j > i {
			return j
		}
	}
	if ps&pLone != 0 {
		if j := f.lone(i); j > i {
			return j
		}
	}
	if ps&pTotal != 0 {
		if j := f.total(i, words); j > i {
			return j
		}
	}
	if ps&pTollRises != 0 {
		if j := f.tollRises(i, words); j > i {
			return j
		}
	}
	if ps&pAlongWith != 0 {
		if j := f.alongWith(i, words); j > i {
			return j
		}
	}
	if ps&pPart != 0 {
		if j := f.part(i, words); j > i {
			return j
		}
	}
	if ps&pEnLone != 0 {
		if j := f.enLone(i); j > i {
			return j
		}
	}
	if ps&pEnBody != 0 {
		if j := f.enBody(i); j > i {
			return j
		}
	}
	if ps&pAct != 0 {
		if j := f.act(i); j > i {
			return j
		}
	}
	return i
}

// pattern is a set of the patterns at tries, one bit each.
type pattern uint16

// The patterns at tries, in its order.
const (
	pNegative pattern = 1 << iota
	pNumberFirst
	pVerbFirst
	pEnActive
	pSingle
	pEventOf
	pLone
	pTotal
	pTollRises
	pAlongWith
	pPart
	pEnLone
	pEnBody
	pAct
)

// starts returns the patterns that may begin at word w: each pattern
// matches only at one of its first words, and most words of a text begin
// none. Any word starting with a digit or holding a hyphen may be a
// number ("12", "1,200", "twenty-one").
func starts(w string) pattern {
	var ps pattern
	if firstShapes[w[0]]&lastShapes[w[len(w)-1]]&shapeBit(len(w)) != 0 {
		ps = firstWords[w]
	}
	if isDigit(w[0]) || strings.IndexByte(w, '-') > 0 {
		ps |= pNumberFirst | pPart
	}
	return ps
}

// firstShapes marks, for each first byte, the lengths of the words of
// firstWords that begin with it (shapeBit): a word of another shape is no
// key, and starts need not look it up. Most words of a text are such.
var firstShapes = func() (s [256]uint32) {
	for w := range firstWords {
		if w != "" {
			s[w[0]] |= shapeBit(len(w))
		}
	}
	return s
}()

// lastShapes is firstShapes by last byte: a word must pass both.
var lastShapes = func() (s [256]uint32) {
	for w := range firstWords {
		if w != "" {
			s[w[len(w)-1]] |= shapeBit(len(w))
		}
	}
	return s
}()

// shapeBit is the bit of a word of n bytes in firstShapes and lastShapes: one per
// length, the last for 31 bytes or more.
func shapeBit(n int) uint32 { return 1 << min(n, 31) }

// firstWords maps each word that may begin a pattern to those patterns.
// A word a pattern function tests its token i against must be here with
// its bit, or the pattern is never tried there (TestFirstWords).
var firstWords = func() map[string]pattern {
	m := map[string]pattern{}
	add := func(p pattern, ws ...string) {
		for _, w := range ws {
			m[w] |= p
		}
	}
	// number: parseWords and the English article.
	numberStart := []string{"a", "an", "un", "una", "media", "half", "mil", "dozen", "docena"} // a headline's bare "Dozen killed"
	for w := range numberWords {
		numberStart = append(numberStart, w)
	}
	add(pNegative, "sin", "ningun", "ninguna", "ningunos", "ningunas", "nadie", "no", "nobody", "none")
	add(pNumberFirst, numberStart...)
	add(pNumberFirst, "al", "at", "more", "cuando", "mas", "por", "over", "upwards") // atLeast
	add(pNumberFirst, "su", "his", "her")
	add(pNumberFirst, "family", "familia")
	add(pNumberFirst, "couple")
	add(pNumberFirst, keys(another)...)
	add(pVerbFirst, keys(verbKind)...)
	add(pVerbFirst, keys(kindWord)...)
	add(pVerbFirst, keys(discover)...)
	add(pVerbFirst, keys(dies)...)
	add(pVerbFirst, "privan", "privaron", "privo", "quitan", "quitaron", "quito", "perdieron", "pierden",
		"causan", "causaron", "causo", "causa", "provocan", "provocaron", "provoco", "ocasionaron", "ocasiono",
		"dan", "dieron", "da", "dio", "llevan", "llevaron", "llevo", "lleva", "asesinar", "matar", "ejecutar", "ultimar", "acribillar",
		"shoot", "shoots", "shooting", "shot", "gun", "guns", "gunning", "gunned",
		"privados", "privadas", "privado", "privada",
		"cobra", "cobran", "cobro", "cobraron", "claims", "claimed", "claim", "cost", "costs")
	add(pEnActive, keys(enActiveVerb)...)
	add(pSingle, "pareja")
	add(pSingle, keys(bodySingular)...)
	add(pSingle, keys(enNoun)...)
	add(pSingle, keys(esSingular)...)
	add(pEventOf, keys(eventNoun)...)
	add(pLone, "lo", "la", "le", "fue", "fueron", "es", "muere", "murio", "fallece", "fallecio", "pierde", "perdio")
	add(pLone, keys(unharmed)...)
	for w := range singularKind {
		if openingParticiple(w) {
			add(pLone, w) // "Asesinado a balazos, joven en ..."
		}
	}
	add(pTotal, "suman", "suma", "sube", "suben", "subio", "asciende", "ascienden", "ascendio", "aumenta", "aumento")
	add(pTollRises, "death", "toll") // "Toll rises to 12": a headline's bare toll
	add(pAlongWith, "along", "together", "junto", "y")
	add(pPart, numberStart...)
	add(pEnLone, keys(enLoneEnd)...)
	add(pEnBody, "body", "corpse")
	add(pAct, keys(actNoun)...)
	add(pAct, keys(multiple)...)
	return m
}()

// keys returns the words of a lexicon.
func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

// part matches a part of the figure just read, told by place: "detuvieron
// a 13 personas: seis en Sonora, cuatro en Chihuahua y tres en Tabasco".
// Each part is a figure of the same kind, spanning its number.
func (f *finder) part(i int, words []string) int {
	if len(f.out) == 0 || i == 0 {
		return i
	}
	if f.joined(i) && f.word(i-1) != "y" && f.word(i-1) != "and" {
		return i
	}
	n, after, ok := f.number(i, words)
	if !ok || n < 1 || words[i] == "a" || words[i] == "an" || words[i] == "un" || words[i] == "una" || after != i+1 {
		return i
	}
	if w := f.word(after); (w != "en" && w != "in") || !f.joined(after) || !f.named(after+1) {
		return i
	}
	last := &f.out[len(f.out)-1]
	from, _ := f.t.Span(f.toks[i].start, f.toks[i].end)
	if n >= last.N || from < last.End || from-last.End > 200 || strings.ContainsAny(f.orig[last.End:from], ".;\n") {
		return i
	}
	f.add(last.Kind, n, false, i, i)
	return after
}

// alongWith adds to the figure just read the people joined to its object
// further on in the sentence: "arrested a cell leader in Reynosa on
// Tuesday, along with two suspected bodyguards", "capturaron a un
// operador del cártel y a otras dos personas".
func (f *finder) alongWith(i int, words []string) int {
	if len(f.out) == 0 {
		return i
	}
	j := i
	switch w := f.word(i); {
	case (w == "along" || w == "together") && f.word(i+1) == "with" && f.joined(i+1):
		j = i + 2
	case w == "junto" && f.word(i+1) == "con" && f.joined(i+1):
		j = i + 2
	case w == "y" && f.word(i+1) == "a" && f.joined(i+1) && (another[f.word(i+2)] || f.word(i+2) == "otros" || f.word(i+2) == "otras"):
		j = i + 3
	case w == "y" && f.word(i+1) == "a" && f.joined(i+1):
		j = i + 2
	default:
		return i
	}
	last := &f.out[len(f.out)-1]
	if last.Kind != Detained && last.Kind != Kidnapped || last.N < 1 {
		return i
	}
	// The figure must be in the same sentence, not far before.
	from, _ := f.t.Span(f.toks[i].start, f.toks[i].end)
	if from < last.End || from-last.End > 120 || strings.ContainsAny(f.orig[last.End:from], ".;:\n") {
		return i
	}
	if w := f.word(j); (w == "otros" || w == "otras") && f.joined(j) {
		j++ // "junto con otros dos"
	}
	n, after, ok := f.number(j, words)
	if !ok || !f.joined(j) {
		return i
	}
	end, person := f.fillers(after)
	if !person {
		return i
	}
	if f.word(i) == "y" && !another[f.word(i+2)] && f.word(i+2) != "otros" && f.word(i+2) != "otras" {
		// "y a tres personas más que lo acompañaban"
		switch {
		case f.word(end-1) == "mas":
		case f.word(end) == "mas" && f.joined(end):
			end++
		default:
			return i
		}
	}
	last.N += n
	_, last.End = f.t.Span(f.toks[end-1].start, f.toks[end-1].end)
	return end
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
	// "sube a tres el número de policías estatales muertos", "suman
	// cinco los civiles armados muertos".
	if w > after {
		w, _ = f.fillers(w)
	}
	kind, last, ok := f.kindAt(w)
	if !ok {
		return i
	}
	f.add(kind, n, atLeast, i, last)
	return last + 1
}

// tollRises matches a running death toll in English: "death toll rises to
// 15", "the death toll from the massacre climbed to 18".
func (f *finder) tollRises(i int, words []string) int {
	// k0 is the index of "toll".
	k0 := i + 1
	switch {
	case f.word(i) == "death" && f.word(i+1) == "toll" && f.joined(i+1):
	case f.word(i) == "toll" && !f.joined(i):
		// A headline's bare "Toll rises to 12 in ...": the verb of
		// rising follows at once, and a fee's toll is in money.
		k0 = i
		if !f.joined(i+1) || !rise[f.word(i+1)] && !f.tollOfAct(i) {
			return i
		}
		for k := i + 2; k < i+6 && f.joined(k); k++ {
			if money[f.word(k)] {
				return i
			}
		}
	default:
		return i
	}
	if j := k0 + 1; f.joined(j) && (f.word(j) == "at" || f.word(j) == "of" || f.word(j) == "is" || f.word(j) == "now") {
		// "Death Toll at least 22", "a death toll of 15"
		if f.word(j) != "at" {
			j++
		}
		j, atLeast := f.atLeast(j)
		if n, after, ok := f.number(j, words); ok && !(n >= 1900 && n <= 2100) && f.joined(j) {
			f.add(Killed, n, atLeast, i, after-1)
			return after
		}
	}
	for k := k0 + 1; k < k0+11 && f.joined(k); k++ {
		if rise[f.word(k)] {
			j := k + 1
			if f.word(j) == "to" && f.joined(j) {
				j++
			}
			j, atLeast := f.atLeast(j)
			n, after, ok := f.number(j, words)
			if !ok || n >= 1900 && n <= 2100 || !f.joined(j) {
				return i
			}
			f.add(Killed, n, atLeast, i, after-1)
			return after
		}
	}
	return i
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
	if ok && f.word(after) == "pareja" && n == 1 && f.joined(after) {
		// "los cuerpos de una pareja"
		f.add(kind, 2, false, i, after)
		return after + 1
	}
	if !ok {
		// "la muerte de interno", "el asesinato de la joven", "los
		// cuerpos de hombre y mujer": one person, and those joined.
		j := de + 1
		if (f.word(j) == "la" || f.word(j) == "el" || f.word(j) == "su") && f.joined(j+1) {
			j++
		}
		if !esSingular[f.word(j)] || atLeast || f.word(j) == "presunto" || f.word(j) == "presunta" {
			return i
		}
		end, _ := f.fillers(j)
		more, end := f.moreSubjects(end, words)
		f.add(kind, 1+more, false, i, end-1)
		return end
	}
	end, person := f.fillers(after)
	if !person {
		// "bodies of 6 found", "los cuerpos de 3 en una fosa": the dead
		// counted by a bare number, which nothing measures.
		if kind != Killed || words[k] == "un" || words[k] == "una" || words[k] == "a" || words[k] == "an" ||
			f.joined(after) && !bareOK[f.word(after)] && !findingWord[f.word(after)] {
			return i
		}
		end = after
	}
	more, end := f.more(end, words)
	f.add(kind, n+more, atLeast, i, end-1)
	return end
}

// single matches one person named by a singular noun and a toll word:
// "mujer herida", "hallan a hombre sin vida", "joven muere", "hombre de 50
// años es asesinado", or one body: "el cadáver de", "hallan cuerpo en",
// "encuentran a ejecutado".
func (f *finder) single(i int) int {
	w := f.word(i)
	if bodySingular[w] && f.bodyAt(i) {
		f.add(Killed, 1, false, i, i)
		return i + 1
	}
	n := 1
	if w == "pareja" {
		n = 2 // "localizan a pareja sin vida"
	} else if enNoun[w] {
		return f.enSingle(i)
	} else if !esSingular[w] {
		return i
	}
	if !f.joined(i + 1) {
		return i
	}
	switch f.word(i - 1) {
	case "a", "al", "el", "la", "un", "una", "y", "":
	default:
		if f.joined(i) && !discover[f.word(i-1)] {
			return i
		}
	}
	// "el conductor quedó herido", "la mujer fue hospitalizada".
	j := f.age(i + 1)
	if f.word(j) == "y" && f.joined(j) {
		// "hallan a hombre y mujer muertos"
		if more, end := f.moreSubjects(j, nil); more > 0 {
			m := end
			for k := 0; k < 3 && aux[f.word(m)] && f.joined(m); k++ {
				m++
			}
			if kind, last, ok := f.kindAt(m); ok {
				f.add(kind, n+more, false, i, last)
				return last + 1
			}
		}
	}
	for k := 0; k < 3 && aux[f.word(j)] && f.joined(j); k++ {
		j++
	}
	kind, last, ok := f.kindAt(j)
	if !ok || !singularKind[f.word(j)] && f.word(j) != "sin" {
		return i
	}
	f.add(kind, n, false, i, last)
	return last + 1
}

// enSingle matches an English headline's lone victim: "Woman Killed in
// ...", "Police Officer Shot Dead", "Mayor Slain". A noun followed by an
// object is the agent ("police killed three"), not the victim.
func (f *finder) enSingle(i int) int {
	j := i + 1
	for k := 0; k < 2 && enNoun[f.word(j)] && f.joined(j); k++ {
		j++ // "police officer", "police chief"
	}
	for k := 0; k < 2 && (f.word(j) == "was" || f.word(j) == "is" || f.word(j) == "found") && f.joined(j); k++ {
		j++
	}
	if personNoun[f.word(j)] && !enNoun[f.word(j)] {
		return i // "police officers killed": a plural, read elsewhere
	}
	kind, last, ok := f.kindAt(j)
	if !ok || kind != Killed {
		return i
	}
	switch after := f.word(last + 1); {
	case after == "" || !f.joined(last+1):
	case after == "in" || after == "at" || after == "near" || after == "on" || after == "after" || after == "during" || after == "as" || after == "by" || after == "outside" || after == "inside":
	default:
		return i
	}
	f.add(Killed, 1, false, i, last)
	return last + 1
}

// enActive matches an English verb in the active voice whose object is
// one person: "gunmen killed a police officer", "attackers wounded the
// mayor of", "troops arrested a suspected cartel boss". The object is an
// article, at most three modifiers and a noun for one person, all in one
// clause; a plural head ("killed the two officers") is read elsewhere.
func (f *finder) enActive(i int) int {
	kind, ok := enActiveVerb[f.word(i)]
	if !ok {
		return i
	}
	j := i + 1
	switch f.word(j) {
	case "a", "an", "the", "one":
	default:
		return i
	}
	if !f.joined(j) {
		return i
	}
	for k := j + 1; k <= j+4 && f.joined(k); k++ {
		w := f.word(k)
		if w == "" || !isLetter(w[0]) || enObjectStop[w] {
			return i
		}
		if enNoun[w] || enHead[w] {
			// "a police officer": the head is the last noun of the run.
			for enNoun[f.word(k+1)] || enHead[f.word(k+1)] {
				if !f.joined(k + 1) {
					break
				}
				k++
			}
			f.add(kind, 1, false, i, k)
			return k + 1
		}
	}
	return i
}

// age skips an age after a person noun ("niña de 11 años", "hombre de
// unos 50 años") and returns the index after it, or i.
func (f *finder) age(i int) int {
	if f.word(i) != "de" || !f.joined(i) {
		return i
	}
	j := i + 1
	if w := f.word(j); (w == "unos" || w == "unas" || w == "entre" || w == "aproximadamente") && f.joined(j) {
		j++
	}
	if w := f.word(j); w == "" || !isDigit(w[0]) && numberWords[w] == 0 || !f.joined(j) {
		return i
	}
	j++
	if w := f.word(j + 1); f.word(j) == "y" && f.joined(j) && w != "" && (numberWords[w] > 0 || isDigit(w[0])) {
		j += 2
	}
	if w := f.word(j); (w == "anos" || w == "meses") && f.joined(j) {
		j++
		if f.word(j) == "de" && f.word(j+1) == "edad" && f.joined(j+1) {
			j += 2
		}
		return j
	}
	return i
}

// bodyAt reports whether the singular body noun at i ("cuerpo", "cadáver",
// "ejecutado") counts one dead person: after an article or a verb of
// finding, and not a body of people ("cuerpo de bomberos", "cuerpo
// policiaco") or the body of a count ("el cuerpo de dos hombres").
func (f *finder) bodyAt(i int) bool {
	p := f.word(i - 1)
	switch {
	case (p == "el" || p == "del" || p == "un" || p == "al") && f.joined(i):
	case p == "a" && f.joined(i) && discover[f.word(i-2)] && f.joined(i-1):
	case discover[p] && f.joined(i):
	case p == "" || !f.joined(i):
		// a headline that opens with it: "Cadáver en canal de riego",
		// "Ejecutado en la colonia Centro".
	default:
		return false
	}
	n := f.word(i + 1)
	if collective[n] && f.joined(i+1) {
		return false
	}
	if n == "de" && f.joined(i+1) {
		m := f.word(i + 2)
		if collective[m] || m == "la" && collective[f.word(i+3)] {
			return false
		}
		if m != "" && (isDigit(m[0]) || numberWords[m] > 1) {
			return false
		}
	}
	return true
}

// lone matches one victim told only by the verb: "lo asesinaron", "fue
// ejecutado", "él muere", "falleció en el hospital". Subjects and objects
// that are named are read by the other patterns first.
func (f *finder) lone(i int) int {
	w := f.word(i)
	switch {
	case (w == "lo" || w == "la" || w == "le") && f.joined(i+1):
		if k, ok := verbKind[f.word(i+1)]; ok && k == Killed {
			f.add(Killed, 1, false, i, i+1)
			return i + 2
		}
		if discover[f.word(i+1)] && f.joined(i+2) {
			// "la encuentran muerta", "lo hallan sin vida"
			switch m := f.word(i + 2); {
			case m == "muerto" || m == "muerta":
				f.add(Killed, 1, false, i, i+2)
				return i + 3
			case m == "sin" && f.word(i+3) == "vida":
				f.add(Killed, 1, false, i, i+3)
				return i + 4
			}
		}
		if (f.word(i+1) == "quitan" || f.word(i+1) == "quitaron") && f.word(i+2) == "la" && f.word(i+3) == "vida" {
			f.add(Killed, 1, false, i, i+3)
			return i + 4
		}
	case (w == "fue" || w == "fueron") && foundParticiple[f.word(i+1)] && f.joined(i+1):
		// "fue localizado sin vida un hombre" (verbFirst).
		if j := f.verbFirst(i+1, f.words); j > i+1 {
			return j
		}
	case (w == "fue" || w == "es") && strings.HasPrefix(f.word(i+1), "privad") && f.word(i+2) == "de" && f.word(i+3) == "la" && f.word(i+4) == "vida" &&
		f.joined(i+1) && f.joined(i+2) && f.joined(i+3) && f.joined(i+4):
		// "fue privado de la vida en su domicilio".
		f.add(Killed, 1, false, i, i+4)
		return i + 5
	case w == "fue" || w == "es":
		n := f.word(i + 1)
		if singularKind[n] && kindWord[n] == Killed && f.joined(i+1) && !esSingular[f.word(i-1)] {
			f.add(Killed, 1, false, i, i+1)
			return i + 2
		}
	case f.word(i-1) == "" && f.joined(i+1) && openingParticiple(w):
		// A headline that opens with the participle of its one victim:
		// "Asesinado a balazos, joven en ...", "Ultimado a tiros en la
		// colonia ...", "Herido a balazos, joven en ...".
		f.add(kindWord[w], 1, false, i, i)
		return i + 1
	case w == "muere" || w == "murio" || w == "fallece" || w == "fallecio":
		p := f.word(i - 1)
		if f.joined(i) && p != "" && (isDigit(p[0]) || numberWords[p] > 0 || personNoun[p]) {
			return i
		}
		f.add(Killed, 1, false, i, i)
		return i + 1
	case w == "pierde" || w == "perdio":
		if f.word(i+1) == "la" && f.word(i+2) == "vida" && f.joined(i+1) && f.joined(i+2) {
			f.add(Killed, 1, false, i, i+2)
			return i + 3
		}
	case unharmed[w] && outcome[f.word(i-1)] && f.joined(i):
		// "los empleados salieron ilesos", "the driver escaped unhurt":
		// nobody was hurt.
		f.add(Injured, 0, false, i-1, i)
		return i + 1
	}
	return i
}

// openingParticiple reports whether w is the singular participle of a
// death or a wound ("asesinado", "muerta", "herido"), which counts one
// victim when it opens a headline; not a finite verb ("muere").
func openingParticiple(w string) bool {
	if !singularKind[w] || kindWord[w] != Killed && kindWord[w] != Injured {
		return false
	}
	switch w[len(w)-2:] {
	case "do", "da", "to", "ta":
		return true
	}
	return false
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
	// "a fourth officer was wounded": one more person.
	if (w == "a" || w == "an") && i+2 < len(words) && ordinal[words[i+1]] && personNoun[words[i+2]] {
		return 1, i + 2, true
	}
	// "a 41-year-old fisherman": an age between the article and the noun.
	if (w == "a" || w == "an") && i+3 < len(words) && isDigit(words[i+1][0]) && words[i+2] == "year-old" && enSingular[words[i+3]] {
		return 1, i + 3, true
	}
	// "20-year-old killed", "killed a 20-year-old in": the age is the
	// person.
	if k := i; (w == "a" || w == "an") && k+2 < len(words) && isDigit(words[k+1][0]) && words[k+2] == "year-old" || isDigit(w[0]) && k+1 < len(words) && words[k+1] == "year-old" {
		if w == "a" || w == "an" {
			k++
		}
		if k+2 >= len(words) || !personNoun[words[k+2]] && !personNoun[words[min(k+3, len(words)-1)]] {
			return 1, k + 2, true
		}
	}
	// "a 34-year-old Tzotzil woman": one word may qualify the noun.
	if (w == "a" || w == "an") && i+4 < len(words) && isDigit(words[i+1][0]) && words[i+2] == "year-old" && enSingular[words[i+4]] && f.joined(i+4) {
		return 1, i + 4, true
	}
	// "a family of five", "una familia de cuatro": the family counts its
	// members; "elderly couple" is two.
	j := i
	if (w == "a" || w == "an" || w == "the" || w == "una" || w == "la") && i+1 < len(words) && isFamily(words[i+1]) && f.joined(i+1) {
		j++
	}
	if isFamily(words[j]) && j+2 < len(words) && (words[j+1] == "of" || words[j+1] == "de") && f.joined(j+1) && f.joined(j+2) {
		if n, used := parseWords(words[j+2 : j+3]); used == 1 && n >= 2 {
			return n, j + 3, true
		}
	}
	if w == "couple" && (i+1 >= len(words) || words[i+1] != "of") {
		return 2, i + 1, true
	}
	if w == "dozen" && !f.joined(i) {
		// A headline's bare "Dozen killed in ...".
		return 12, i + 1, true
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
			if k == 0 && !person && kindWord[w] == Killed && !personNoun[f.word(i+1)] {
				// "hallan a tres encobijados", "Five 'embolsados'
				// dumped": a word for the dead that is also an adjective
				// counts them when no person noun follows.
				return i, person
			}
		case (w == "de" || w == "of") && personNoun[f.word(i-1)] && groupNoun[f.word(i+1)] && f.joined(i+1):
			// "menores de edad", "elemento de la Guardia Nacional".
			i++
		case w == "de" && person && f.age(i) > i:
			// "dos hermanos de 24 y 27 años fueron asesinados".
			i = f.age(i)
			continue
		case isDigit(w[0]) && strings.HasPrefix(f.word(i+1), "year-old") && f.joined(i+1):
			// "two 17-year-olds", "three 20-year-old men".
			i++
			person = person || f.word(i) == "year-olds"
		case k < 3 && personNoun[f.word(i+1)] && f.joined(i+1) && isLetter(w[0]) && !farStop[w] && !aux[w] && numberWords[w] == 0 && !partitive(w, f.word(i+1)):
			// "two suspected fuel thieves", "five crew members": a noun
			// that qualifies the person noun after it.
			if _, isKind := kindWord[w]; isKind || w == "a" || w == "an" || w == "the" || w == "los" || w == "las" {
				return i, person
			}
		case k < 3 && len(w) > 2 && len(f.word(i+1)) > 2 && f.joined(i+1) && f.joined(i+2) && personNoun[f.word(i+2)] && qualifier(w) && qualifier(f.word(i+1)):
			// "three state highway police officers", "four fishing boat
			// crew members": two nouns qualify the person noun.
		default:
			return i, person
		}
		i++
	}
	return i, person
}

// isFamily reports whether w is a noun of a family whose members a
// number counts: "a family of five", "una familia de cuatro".
func isFamily(w string) bool { return w == "family" || w == "familia" }

// qualifier reports whether w may qualify a person noun after it: a
// word that is no function word, auxiliary, number, toll word, article
// or person noun.
func qualifier(w string) bool {
	if w == "" || !isLetter(w[0]) || farStop[w] || aux[w] || numberWords[w] > 0 || personNoun[w] || notCounted[w] {
		return false
	}
	switch w {
	case "a", "an", "the", "los", "las", "el", "la", "de", "of":
		return false
	}
	_, isKind := kindWord[w]
	return !isKind
}

// partitive reports whether w, next start a partitive: "of the", "de los",
// "de las".
func partitive(w, next string) bool {
	return w == "of" && (next == "the" || next == "their") || w == "de" && (next == "los" || next == "las" || next == "sus")
}

// kindAtClause is kindAt at the first word of a clause too.
func (f *finder) kindAtClause(i int) (Kind, int, bool) {
	if f.joined(i) {
		return f.kindAt(i)
	}
	tok := f.toks[i]
	f.toks[i].gapBreak = false
	k, last, ok := f.kindAt(i)
	f.toks[i] = tok
	return k, last, ok
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
	case "deprived":
		// "Four men deprived of life in Ecatepec", "deprived of their
		// lives": a machine translation of "privados de la vida".
		if f.word(i+1) == "of" && f.joined(i+1) && f.joined(i+2) {
			if f.word(i+2) == "life" {
				return Killed, i + 2, true
			}
			if m := f.word(i + 2); (m == "their" || m == "his" || m == "her") && f.joined(i+3) && (f.word(i+3) == "life" || f.word(i+3) == "lives") {
				return Killed, i + 3, true
			}
		}
	case "shot", "found", "left", "reported", "confirmed", "stabbed", "beaten", "hacked", "burned":
		if f.word(i+1) == "dead" {
			return Killed, i + 1, true
		}
		// "was shot in the leg": wounded.
		if (w == "shot" || w == "stabbed") && f.word(i+1) == "in" && (f.word(i+2) == "the" || f.word(i+2) == "his" || f.word(i+2) == "her") && limb[f.word(i+3)] && f.joined(i+1) && f.joined(i+3) {
			return Injured, i + 3, true
		}
		// "shot to death", "stabbed to death"
		if f.word(i+1) == "to" && f.word(i+2) == "death" && f.joined(i+1) && f.joined(i+2) {
			return Killed, i + 2, true
		}
		// "two gunmen shot down by soldiers".
		if w == "shot" && f.word(i+1) == "down" && f.joined(i+1) {
			return Killed, i + 1, true
		}
		// "three men found shot in a car": found dead of their wounds,
		// unless said alive or wounded.
		if (w == "shot" || w == "stabbed") && f.word(i-1) == "found" && f.joined(i) {
			if m := f.word(i + 1); f.joined(i+1) && (m == "and" || m == "but" || m == "alive") {
				return "", i, false
			}
			return Killed, i, true
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
	if !ok && (f.word(i) == "su" || f.word(i) == "his" || f.word(i) == "her") && esSingular[f.word(i+1)] && f.joined(i+1) && (f.word(i-1) == "y" || f.word(i-1) == "and") && f.joined(i) {
		// "un policía murió y su compañero resultó herido".
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
	if person && (f.word(j) == "y" || f.word(j) == "and") {
		// "un hombre y una mujer sin vida": the people share the toll word.
		if more, end := f.moreSubjects(j, words); more > 0 {
			m := end
			for k := 0; k < 3 && aux[f.word(m)] && f.joined(m); k++ {
				m++
			}
			if kind, last, ok := f.kindAt(m); ok {
				f.add(kind, n+more, atLeast, start, last)
				return last + 1
			}
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
		kind, last, ok = f.andKilled(j)
	}
	if !ok {
		return i
	}
	f.add(kind, n, atLeast, start, last)
	return last + 1
}

// andKilled matches, after a headline's count, an English participle and
// the toll word it is joined to: "Three ambushed and killed", "Five
// tortured and executed" (the participle already skipped as an
// adjective).
func (f *finder) andKilled(j int) (Kind, int, bool) {
	m := j
	if w := f.word(m); strings.HasSuffix(w, "ed") && f.joined(m) {
		m++
	}
	if f.word(m) != "and" || !f.joined(m) || !strings.HasSuffix(f.word(m-1), "ed") {
		return "", j, false
	}
	if kind, last, ok := f.kindAt(m + 1); ok && kind == Killed {
		return kind, last, true
	}
	return "", j, false
}

// enPlural returns the index after an English plural noun, with one
// modifier before it, that a verb of killing takes as its victims after
// a count: "kills 3 teens", "massacred 18 sleeping rivals"; or j when
// there is none (a time, a distance or money: "killed 5 years ago").
func (f *finder) enPlural(j int) int {
	for k := j; k < j+2; k++ {
		w := f.word(k)
		if !f.joined(k) || w == "" || !isLetter(w[0]) || farStop[w] || notCounted[w] || aux[w] {
			return j
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return k + 1
		}
	}
	return j
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
		if w == "de" && f.age(k) > k {
			// "una mujer tsotsil de 34 años resultó herida"
			k = f.age(k) - 1
			continue
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
	ofObject := false // the victims after "de"/"of": "cobra la vida de"
	j := i + 1
	if kind == Injured && f.word(i+1) == "de" && f.word(i+2) == "muerte" && f.joined(i+2) {
		kind, j = Killed, i+3 // "hieren de muerte a un joven"
	}
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
		case "perdieron", "pierden":
			// "perdieron la vida dos elementos": the dead after the verb.
			if f.word(i+1) == "la" && f.word(i+2) == "vida" && f.joined(i+1) && f.joined(i+2) {
				kind, j, participle = Killed, i+3, true
			}
		case "causan", "causaron", "causo", "causa", "provocan", "provocaron", "provoco", "ocasionaron", "ocasiono":
			// "causaron lesiones a dos personas".
			if m := f.word(i + 1); (m == "lesiones" || m == "heridas") && f.joined(i+1) {
				kind, j, finite = Injured, i+2, true
			}
		case "dan", "dieron", "da", "dio":
			// "dan muerte a dos jóvenes"; slang "le dan cuello a", "le
			// dieron piso a".
			if m := f.word(i + 1); (m == "muerte" || m == "cuello" || m == "piso") && f.joined(i+1) {
				kind, j, finite = Killed, i+2, true
			}
		case "shoot", "shoots", "shooting", "shot", "gun", "guns", "gunning", "gunned":
			// "shoot dead three police", "gun down two brothers".
			if m := f.word(i + 1); (m == "dead" || m == "down") && f.joined(i+1) {
				kind, j, finite = Killed, i+2, true
			}
		case "privados", "privadas", "privado", "privada":
			// "fueron privados de la vida dos hombres": the people after
			// the participle.
			if f.word(i+1) == "de" && (f.word(i+2) == "la" || f.word(i+2) == "su") && f.joined(i+1) && f.joined(i+2) && f.joined(i+3) {
				switch f.word(i + 3) {
				case "vida":
					kind, j, participle = Killed, i+4, true
				case "libertad":
					kind, j, participle = Kidnapped, i+4, true
				}
			}
		case "cobra", "cobran", "cobro", "cobraron", "claims", "claimed", "claim", "cost", "costs":
			// "cobra la vida de cuatro", "claims the lives of three",
			// "claims 7 lives".
			if m := f.word(i + 1); (m == "la" && f.word(i+2) == "vida" || m == "the" && (f.word(i+2) == "lives" || f.word(i+2) == "life")) &&
				f.joined(i+1) && f.joined(i+2) && f.joined(i+3) {
				kind, j, finite, ofObject = Killed, i+3, true, true
			} else if n, after, ok := f.number(i+1, words); ok && (f.word(after) == "lives" || f.word(after) == "life") && f.joined(i+1) && f.joined(after) && m != "a" && m != "an" {
				f.add(Killed, n, false, i, after)
				return after + 1
			} else if ok && f.word(after) == "more" && f.word(after+1) == "lives" && f.joined(i+1) && f.joined(after) && f.joined(after+1) && m != "a" && m != "an" {
				// "Juarez violence claims 10 more lives"
				f.add(Killed, n, false, i, after+1)
				return after + 2
			} else if ok && f.joined(i+1) && m != "a" && m != "an" && violenceClaims(f.word(i-1)) && f.joined(i) && (after >= len(f.toks) || !f.joined(after) || claimsPlace(f.word(after))) {
				// "Drug war violence claims 12 in Juarez": violence
				// claims its dead with no "lives".
				f.add(Killed, n, false, i, after-1)
				return after
			}
		case "llevan", "llevaron", "llevo", "lleva":
			// "un grupo armado se llevó a cinco trabajadores": people
			// taken, the verb after "se" ("se llevan por la fuerza a dos").
			if f.word(i-1) != "se" || !f.joined(i) {
				return i
			}
			kind, finite = Kidnapped, true
			if m := f.word(i + 1); (m == "por" || m == "a") && f.word(i+2) == "la" && f.word(i+3) == "fuerza" && f.joined(i+3) {
				j = i + 4
			}
		case "asesinar", "matar", "ejecutar", "ultimar", "acribillar":
			// "detenido por asesinar a cuatro", not "intentan asesinar".
			switch f.word(i - 1) {
			case "intentan", "intentaron", "intento", "intentar", "intentaba", "intentaban", "planeaban", "pretendian", "querian", "quiso", "quisieron", "buscaban", "con", "de", "a", "para", "iban", "van", "va", "iba", "amenaza", "amenazan", "amenazaron", "puede", "pueden", "podrian", "podria":
				return i
			}
			kind, finite = Killed, true
		}
	}
	if !finite && (f.word(i-1) == "fue" || f.word(i-1) == "fueron") && foundParticiple[w] && f.joined(i) && f.joined(i+1) {
		// "fue localizado sin vida un hombre", "fueron hallados muertos
		// dos jóvenes": the dead after the participle.
		switch m := f.word(i + 1); {
		case m == "sin" && f.word(i+2) == "vida" && f.joined(i+2):
			kind, j, participle = Killed, i+3, true
		case m == "muerto" || m == "muerta" || m == "muertos" || m == "muertas":
			kind, j, participle = Killed, i+2, true
		}
	}
	if !finite && discover[w] && f.joined(i+1) && f.joined(i+2) {
		// "hallan sin vida a un joven", "encuentran muerto a".
		switch m := f.word(i + 1); {
		case m == "sin" && f.word(i+2) == "vida":
			kind, j, finite = Killed, i+3, true
		case m == "muerto" || m == "muerta" || m == "muertos" || m == "muertas":
			kind, j, finite = Killed, i+2, true
		case m == "a" || m == "al":
			// "encuentran a cerrajero sin vida", "hallan a Juan Pérez
			// sin vida": the personal "a" marks one person, whatever
			// the singular noun.
			if last, ok := f.foundOne(i + 2); ok {
				f.add(Killed, 1, false, i, last)
				return last + 1
			}
		}
	}
	if ofObject && f.word(j) != "de" && f.word(j) != "del" && f.word(j) != "of" {
		return i
	}
	if !finite && !participle {
		if dies[w] && esSingular[f.word(i+1)] && f.joined(i+1) {
			// "muere hombre baleado".
			end, _ := f.fillers(i + 1)
			more, end := f.more(end, words)
			f.add(Killed, 1+more, false, i, end-1)
			return end
		}
		k, ok := kindWord[w]
		if !ok || w == "victimas" || w == "victima" || nounOnly[w] {
			return i
		}
		kind, participle = k, true
	}
	if !participle {
		j = f.adverbial(j)
	}
	if participle && (f.word(j) == "a" || f.word(j) == "al") && manner[f.word(j+1)] && f.joined(j) && f.joined(j+1) {
		j += 2 // "fueron asesinados a balazos tres hombres": the manner, then the people
	}
	prep := false
	if m := f.word(j); (m == "a" || m == "al" || ofObject && (m == "de" || m == "del" || m == "of")) && f.joined(j) {
		prep = true
		j++
		// "asesinan a tiros a una mujer", "matan a balazos a ...".
		if manner[f.word(j)] && (f.word(j+1) == "a" || f.word(j+1) == "al") && f.joined(j+1) {
			j += 2
		}
	} else if manner[f.word(j)] && f.joined(j) {
		// "asesinan a tiros una mujer": no personal "a", no figure.
		return i
	}
	if finite && needsPrep[w] && !prep {
		return i
	}
	if prep && !f.joined(j) && f.quoted(j) && finite {
		// "ejecutan a 'El Güero'": one person, by a nickname.
		f.add(kind, 1, false, i, j)
		return j + 1
	}
	if !f.joined(j) {
		return i
	}
	switch f.word(j) {
	case "su", "sus":
		// "matan a su esposa", "mueren sus tres tripulantes".
		if f.joined(j + 1) {
			j++
		}
	case "otro", "otra":
		// "asesinan a otro hombre", "matan a otro en Celaya".
		if next := f.word(j + 1); prep && finite && !esSingular[next] && (next == "" || bareOK[next] || !f.joined(j+1)) {
			f.add(kind, 1, false, i, j)
			return j + 1
		}
		if esSingular[f.word(j+1)] && f.joined(j+1) {
			j++
		}
	case "otros", "otras":
		if f.joined(j + 1) {
			j++
		}
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
			case !prep && kind == Killed && enKill[w] && f.enPlural(after) > after:
				end = f.enPlural(after)
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
	if m := f.word(j); !prep && finite && kind == Killed && esSingular[m] && f.joined(j) && !enNoun[m] {
		// "asesinan policía de Soledad": no personal "a" in a headline.
		end, _ := f.fillers(j)
		f.add(kind, 1, false, i, end-1)
		return end
	}
	if m := f.word(j); !prep && finite && kind == Killed && enNoun[m] && f.joined(j) && !personNoun[f.word(j+1)] {
		// "Gunmen Kill Chief of Police": an English object needs no "a";
		// "kill father and son": and those joined to it.
		more, end := f.more(j+1, words)
		f.add(kind, 1+more, false, i, end-1)
		return end
	}
	if !prep && finite && kind == Killed && enKill[w] {
		// "Soldiers kill cartel plaza boss in ...".
		if h := f.enObject(j); h >= 0 {
			more, end := f.more(h+1, words)
			f.add(kind, 1+more, false, i, end-1)
			return end
		}
	}
	if m := f.word(j); prep && m == "pareja" {
		f.add(kind, 2, false, i, j)
		return j + 1
	}
	if m := f.word(j); prep && finite && kind == Killed && m != "" && isLetter(m[0]) && !strings.HasSuffix(m, "s") && !notPerson[m] && !manner[m] && !bareReject[m] && !f.named(j) && numberWords[m] == 0 {
		// "ejecutan a tortillero": the personal "a" marks one person,
		// whatever the noun.
		more, end := f.more(j+1, words)
		f.add(kind, 1+more, false, i, end-1)
		return end
	}
	if m := f.word(j); prep && m == "pareja" {
		f.add(kind, 2, false, i, j)
		return j + 1
	}
	if prep && finite && f.named(j) {
		// "asesinan a Rosa Pérez": one person, by name.
		f.add(kind, 1, false, i, j)
		return j + 1
	}
	return i
}

// foundOne matches, after a verb of finding and its personal "a", one
// person named by a singular noun or a name, up to two words that qualify
// it, and the state of the dead: "a cerrajero sin vida", "a una docente
// muerta", "a Juan Pérez sin vida". It returns the last token.
func (f *finder) foundOne(j int) (int, bool) {
	if w := f.word(j); (w == "un" || w == "una") && f.joined(j) {
		j++
	}
	w := f.word(j)
	// The nouns of single are read there, with their spans.
	if !f.joined(j) || w == "" || !isLetter(w[0]) || esSingular[w] || w == "pareja" || strings.HasSuffix(w, "s") || notPerson[w] || manner[w] || bareReject[w] || numberWords[w] > 0 || advStop[w] {
		return j, false
	}
	if _, isKind := kindWord[w]; isKind {
		return j, false
	}
	for k := j + 1; k <= j+3 && f.joined(k); k++ {
		if kind, last, ok := f.kindAt(k); ok {
			m := f.word(k)
			if kind != Killed || !singularKind[m] && m != "sin" {
				return j, false
			}
			return last, true
		}
		if m := f.word(k); m == "" || !isLetter(m[0]) || farStop[m] || aux[m] || strings.HasSuffix(m, "s") {
			return j, false
		}
	}
	return j, false
}

// adverbial skips a short phrase between a verb and its personal "a":
// "matan de un balazo a", "ejecutan con bazuca a dos", "matan en
// Chihuahua a seis", "acribillan en dos días a 15", "asesina el crimen
// organizado a", "detuvieron después a dos hombres" (an arrest told
// after the act it follows). It returns the index of the "a", or j when
// there is none.
func (f *finder) adverbial(j int) int {
	switch f.word(j) {
	case "de", "con", "en", "por", "durante", "el", "la", "este", "esta", "dentro", "ayer", "anoche", "hoy", "tambien",
		"despues", "luego", "posteriormente", "enseguida":
	default:
		return j
	}
	for k := j; k < j+9; k++ {
		if k > j && !f.joined(k) {
			return j
		}
		w := f.word(k)
		if k > j && (w == "a" || w == "al") && f.word(k+1) != "menos" {
			if f.word(k-1) == "frente" || f.word(k-1) == "camino" || f.word(k-1) == "junto" {
				return j // "frente a su casa", "camino a Aguililla"
			}
			return k
		}
		if w == "" || advStop[w] && k > j || verbKind[w] != "" {
			return j // (the phrase may open with "después", "luego")
		}
		if _, ok := kindWord[w]; ok {
			return j
		}
	}
	return j
}

// quoted reports whether a quotation mark opens right before token j: a
// nickname ("a 'El Güero'").
func (f *finder) quoted(j int) bool {
	if j <= 0 || j >= len(f.toks) {
		return false
	}
	gap := f.t.Folded[f.toks[j-1].end:f.toks[j].start]
	for k := 0; k < len(gap); k++ {
		switch gap[k] {
		case '"', '\'':
			return true
		case ' ':
		default:
			return false
		}
	}
	return false
}

// named reports whether token j starts with a capital letter in a text
// that is not written in capitals: a person's name after "matan a".
func (f *finder) named(j int) bool {
	if j >= len(f.toks) {
		return false
	}
	if !f.capsRead {
		f.caps, f.titleCase = capitals(f.orig)
		f.capsRead = true
	}
	if f.caps {
		return false
	}
	o := f.t.Orig(f.toks[j].start)
	if o >= len(f.orig) {
		return false
	}
	c := f.orig[o]
	upper := c >= 'A' && c <= 'Z' || c == 0xC3 && o+1 < len(f.orig) && f.orig[o+1] >= 0x80 && f.orig[o+1] <= 0x9E
	if !upper || notPerson[f.word(j)] {
		return false
	}
	// The word after it must not be lower case too in a Title Case
	// headline: every word capitalized says nothing.
	return !f.titleCase
}

// more reads the people joined to a verb's object by "y"/"and": "asesinan
// a dos hombres y una mujer", "matan a mujer y a un hombre". It returns
// how many they are and the index after them.
func (f *finder) more(i int, words []string) (int, int) {
	return f.people(i, words, true)
}

// moreSubjects reads the people joined by "y"/"and" to the subject of a
// toll word that follows them all: "un hombre y una mujer sin vida".
func (f *finder) moreSubjects(i int, words []string) (int, int) {
	return f.people(i, words, false)
}

// people reads people joined by "y"/"and" at i. With object set they are
// objects of a verb already read, and a person with a predicate of its own
// ("muere un hombre y su acompañante resulta herido") belongs to another clause.
func (f *finder) people(i int, words []string, object bool) (int, int) {
	total := 0
	for k := 0; k < 3; k++ {
		if w := f.word(i); (w != "y" && w != "e" && w != "and") || !f.joined(i) {
			break // "e" before i-: "padre e hijo"
		}
		j := i + 1
		if f.word(j) == "a" && f.joined(j) {
			j++
		}
		if possessive[f.word(j)] && f.joined(j+1) {
			j++ // "y su hija", "and his two sons"
		}
		if !f.joined(j) {
			break
		}
		n, end := 0, 0
		if m, after, ok := f.number(j, words); ok {
			e, person := f.fillers(after)
			if !person {
				break
			}
			n, end = m, e
		} else if esSingular[f.word(j)] || enNoun[f.word(j)] && f.word(j) != "police" {
			n, end = 1, f.age(j+1)
			end, _ = f.fillers(end)
		} else {
			break
		}
		if object && f.joined(end) {
			if _, isKind := kindWord[f.word(end)]; isKind || aux[f.word(end)] || predicate[f.word(end)] {
				break
			}
		}
		total, i = total+n, end
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

// tentative reports whether the negative statement over tokens [start, end]
// only says that none was reported so far: "no se reportaron heridos",
// "no hay detenidos", "nadie ha sido detenido", "no injuries had been
// reported", "hasta el momento no ...".
func (f *finder) tentative(start, end int) bool {
	for k := start; k <= end+4 && k < len(f.toks); k++ {
		if k > end && !f.joined(k) {
			break
		}
		switch f.word(k) {
		case "reportaron", "reportan", "reporta", "reportaban", "reportado", "reportados", "reportadas",
			"reportaran", "reporto", "registran", "registra", "registraban", "hay", "ha", "han",
			"reported", "confirmed", "has", "have", "had":
			if k == start+1 && f.word(start) == "no" && f.word(k) == "ha" {
				continue
			}
			return true
		}
	}
	for k := start - 1; k >= start-4 && k >= 0; k-- {
		switch f.word(k) {
		case "momento", "ahora", "far", "cierre", "yet":
			return true
		}
		if !f.joined(k) {
			break
		}
	}
	return false
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
		case "injuries", "injury", "lesiones":
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
	first := len(f.out) - 1
	// "ni detenidos", "or detained", "or arrests": a second toll denied
	// in the same statement.
	for k := 0; k < 2; k++ {
		c := f.word(j + 1)
		if c != "ni" && c != "or" && c != "nor" || !f.joined(j+1) || !f.joined(j+2) {
			break
		}
		m, _ := f.fillers(j + 2)
		next, ok := kindWord[f.word(m)]
		switch f.word(m) {
		case "arrests", "arrest", "detentions", "detenciones":
			next, ok = Detained, true
		case "injuries", "injury", "lesiones":
			next, ok = Injured, true
		case "deaths", "fatalities":
			next, ok = Killed, true
		}
		if !ok || next == kind || !f.joined(m) || f.word(m) == "victimas" || f.word(m) == "cuerpos" {
			break
		}
		f.add(next, 0, false, j+2, m)
		j = m
	}
	if f.tentative(start, j) {
		for k := first; k < len(f.out); k++ {
			f.out[k].Tentative = true
		}
	}
	return j + 1
}

// violenceClaims reports whether w, the English word before "claims", is
// violence that claims its dead ("violence claims 12 in Juarez", "clash
// claims five"), not a company or a person claiming something.
func violenceClaims(w string) bool {
	switch w {
	case "violence", "war", "attack", "attacks", "shooting", "shootings", "gunfire", "clash", "clashes",
		"fighting", "ambush", "massacre", "bloodshed", "feud", "battle", "shootout", "gunfight", "killings":
		return true
	}
	return false
}

// claimsPlace reports whether w, after "claims N", goes on to where or
// when ("in", "at", "on") rather than to what was claimed ("9 new clients").
func claimsPlace(w string) bool {
	switch w {
	case "in", "at", "on", "near", "across", "over", "during", "this", "last":
		return true
	}
	return false
}

// personHead reports whether w, an English singular noun, names one
// person: a noun of the lexicons, or an agent noun by its ending
// ("grower", "collector", "activist", "civilian", "merchant", "resident",
// "fisherman").
func personHead(w string) bool {
	if enNoun[w] || enHead[w] {
		return w != "police"
	}
	if len(w) < 5 || notAgent[w] || strings.HasSuffix(w, "ment") || !isLetter(w[0]) {
		return false
	}
	for _, suf := range agentSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// modifier reports whether w may qualify an English noun that follows it
// in a headline's noun phrase: a word, not a function word, auxiliary,
// number or toll word.
func modifier(w string) bool {
	if w == "" || !isLetter(w[0]) || farStop[w] || aux[w] || enObjectStop[w] || numberWords[w] > 0 {
		return false
	}
	_, isKind := kindWord[w]
	return !isKind
}

// enLone matches, at the end of a participle of killing, an English
// headline's lone victim named by a noun phrase with no article or count
// that opens the clause: "Taxi driver shot dead in ...", "Avocado grower
// killed", "Cattle rancher found slain", "Boy, 9, killed", "Journalist for
// a local radio station shot dead", "Rodolfo Mendoza killed by gunmen";
// "Elderly couple found dead" counts two. The phrase's head is a noun for
// one person (personHead) or a name in capitals in a text that is not
// written so; what follows the participle must end the clause or be a
// preposition ("Avocado grower killed 3" is the agent).
func (f *finder) enLone(t int) int {
	if !enLoneEnd[f.word(t)] {
		return t
	}
	q := t // the participle's first word
	switch f.word(t) {
	case "dead", "down":
		q = t - 1
	case "shot", "stabbed":
		if f.word(t-1) != "found" {
			return t
		}
	}
	if q < 1 || q < t && !f.joined(t) {
		return t
	}
	kind, last, ok := f.kindAtClause(q)
	if !ok || kind != Killed || last < t {
		return t
	}
	if next := f.word(last + 1); next != "" && f.joined(last+1) && !enLoneAfter[next] {
		return t
	}
	// The subject ends before q, past the auxiliaries: "was killed",
	// "found slain", "is found dead".
	h := q - 1
	for k := 0; k < 3 && h > 0 && f.joined(h+1) && (f.word(h) == "was" || f.word(h) == "is" || f.word(h) == "found" || f.word(h) == "reportedly"); k++ {
		h--
	}
	if h < 0 {
		return t
	}
	if !f.joined(h + 1) {
		// "Boy, 9, killed": an age set off by commas.
		w := f.word(h)
		if n, ok := digits(w); !ok || n > 110 || f.joined(h) || h == 0 {
			return t
		}
		h--
		if f.joined(h + 1) {
			return t
		}
	}
	n, s := f.loneSubject(h)
	if n == 0 {
		return t
	}
	if len(f.out) > 0 {
		if from, _ := f.t.Span(f.toks[s].start, f.toks[s].end); from < f.out[len(f.out)-1].End {
			return t
		}
	}
	f.add(Killed, n, false, s, last)
	return last + 1
}

// loneSubject reads back from h, the last word of a headline's subject,
// to the start of its clause: the subject counts one person when its head
// is a noun for one (with up to three modifiers before it, or a phrase
// "for"/"of"/"from" after it: "Owner of a bar", "Journalist for a local
// radio station"), two when it is a couple, and one when it is a name of
// two to four capitalized words. It returns the count (0: none) and the
// subject's first token.
func (f *finder) loneSubject(h int) (n, start int) {
	head := h
	if !personHead(f.word(h)) && f.word(h) != "couple" {
		if name, ok := f.nameRun(h); ok {
			return 1, name
		}
		// "Journalist for a local radio station": the head before a
		// phrase of up to five words.
		head = -1
		for k := h - 1; k >= h-5 && k > 0 && f.joined(k+1); k-- {
			if w := f.word(k); w == "for" || w == "of" || w == "from" {
				if personHead(f.word(k-1)) && f.joined(k) {
					head = k - 1
				}
				break
			}
		}
		if head < 0 {
			return 0, h
		}
	}
	n = 1
	if f.word(head) == "couple" {
		n = 2
	}
	s := head
	for k := 0; k < 3 && s > 0 && f.joined(s) && modifier(f.word(s-1)); k++ {
		s--
	}
	if s > 0 && f.joined(s) {
		if w := f.word(s - 1); (w == "a" || w == "an" || w == "the") && (s == 1 || !f.joined(s-1)) {
			s--
		} else {
			return 0, h
		}
	}
	return n, s
}

// nameRun returns the first token of a person's name of two to four
// capitalized words ending at h and opening its clause.
func (f *finder) nameRun(h int) (int, bool) {
	for s := h; s >= 0 && h-s < 4 && f.named(s) && isLetter(f.word(s)[0]); s-- {
		if s == 0 || !f.joined(s) {
			return s, h > s
		}
	}
	return 0, false
}

// enObject returns the head of a bare English object of one person after
// a verb of killing: up to three words that end the clause or stop at a
// preposition or conjunction, the last a noun for one person ("kill
// cartel plaza boss in", "kill municipal tax collector"). It returns -1
// when there is none.
func (f *finder) enObject(j int) int {
	h := -1
	for k := j; k < j+3 && f.joined(k); k++ {
		w := f.word(k)
		if enObjectStop[w] || w == "" {
			break
		}
		if !modifier(w) {
			return -1
		}
		h = k
	}
	if h < 0 || !personHead(f.word(h)) {
		return -1
	}
	if next := f.word(h + 1); next != "" && f.joined(h+1) && !enObjectStop[next] && !enLoneAfter[next] {
		return -1
	}
	return h
}

// enBody matches an English body found, told by the body noun alone:
// "Body found in irrigation canal", "Bound body dumped near highway",
// "Body with signs of torture found in ...", "Body of missing nurse
// found". The noun phrase opens its clause, and a participle of finding
// follows the body or its phrase.
func (f *finder) enBody(i int) int {
	if w := f.word(i); w != "body" && w != "corpse" {
		return i
	}
	s := i
	for k := 0; k < 3 && s > 0 && f.joined(s) && modifier(f.word(s-1)); k++ {
		s--
	}
	if s > 0 && f.joined(s) {
		return i
	}
	j := i + 1
	switch f.word(j) {
	case "of":
		// "Body of missing nurse": a person after it.
		k := j + 1
		if w := f.word(k); w == "a" || w == "an" || w == "the" {
			k++
		}
		h := -1
		for m := k; m < k+3 && f.joined(m); m++ {
			if personHead(f.word(m)) {
				h = m
				break
			}
			if !modifier(f.word(m)) {
				break
			}
		}
		if h < 0 {
			return i
		}
		j = h + 1
	case "with":
		// "Body with gunshot wounds found": up to four words.
		k := j + 1
		for ; k < j+6 && f.joined(k) && !bodyFound[f.word(k)] && f.word(k) != "was" && f.word(k) != "is"; k++ {
		}
		j = k
	}
	if w := f.word(j); w == "was" || w == "is" {
		j++
	}
	if !bodyFound[f.word(j)] || !f.joined(j) {
		return i
	}
	if next := f.word(j + 1); next != "" && f.joined(j+1) && !enLoneAfter[next] && !strings.HasSuffix(next, "ed") {
		return i // "Governing body found no fault"
	}
	f.add(Killed, 1, false, s, j)
	return j + 1
}

// act matches acts of killing counted by a multiplier on the act noun:
// "Doble homicidio en Irapuato" and "Triple murder in a ranch" count two
// and three. A singular act noun alone counts none: "Execution in a bar"
// tells one death, but "Femicide: what the new law changes" and
// "Homicidio en México" tell a kind of crime.
func (f *finder) act(i int) int {
	w := f.word(i)
	if n, ok := multiple[w]; ok {
		j := i + 1
		if !actNoun[f.word(j)] || !f.joined(j) {
			return i
		}
		if next := f.word(j + 1); next != "" && f.joined(j+1) && !actAfter[next] {
			return i
		}
		f.add(Killed, n, false, i, j)
		return j + 1
	}
	return i
}
