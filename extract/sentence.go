package extract

import (
	"math/bits"
	"slices"
	"strings"
)

// sentence is a span of the folded text with its map to the original.
type sentence struct {
	fStart, fEnd int // in the folded text
	start, end   int // in the original text
	para         int // paragraph ordinal
	question     bool
}

const (
	// maxSentence is the length after which a run with no sentence
	// punctuation (speech transcripts) is cut at a discourse marker.
	maxSentence = 280
	// hardSentence is the length after which it is cut at any space.
	hardSentence = 480
)

// abbreviations are folded words that a period does not end.
func abbreviations() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields("sr sra srta sres gral gob lic ing dr dra mtro mtra prof no num nums km kms a.m p.m am pm u.s ee.uu eeuu e.u u.s.a mich jal gto chih tamps sin son oax gro ver edo edomex mex col av avda fracc blvd esq dept depto cap tte cmdt cmte sgto cabo etc vs aprox tel ext art arts fig pag pags mr mrs ms st jr inc co corp ltd gen lt sgt capt col gov sen rep no. i.e e.g approx dist cd sta sto mpio") {
		m[w] = true
	}
	return m
}

// monthAbbrev reports whether the folded word w is a month's abbreviation
// ("jan", "sept", "dic"), which a period does not end before a day's
// number.
func monthAbbrev(w string) bool {
	switch w {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"ene", "abr", "ago", "dic":
		return true
	}
	return false
}

// discourseMarkers cut long unpunctuated runs (folded, with spaces).
func discourseMarkers() []string {
	return []string{" y luego ", " entonces ", " ademas ", " tambien ", " pero ", " mientras tanto ", " por otra parte ", " asimismo ", " despues ", " en tanto ", " and then ", " meanwhile ", " also ", " but ", " so ", " after that ", " este ", " o sea ", " bueno ", " y otra cosa ", " otra cosa ", " en otra nota ", " en otras noticias ", " pasando a otro tema ", " in other news ",
		// a newscast's next item announced
		" y ojo ", " ojo porque ", " y atencion ", " atencion porque ", " y mas tarde ", " mas tarde ", " nos estan reportando ", " nos reportan ",
		// a later act told ("... murió uno de los agresores posteriormente
		// en una casa cercana detuvieron a dos")
		" posteriormente ", " subsequently ",
		// a call or message heard on air ("cuando ya nos avisaban que en
		// el espinal ...")
		" nos avisan que ", " nos avisaban que ", " nos informan que ",
		// an earlier act recalled ("recuerde que el viernes en la noche
		// mataron a un hombre")
		" recuerde que ", " recuerden que ", " les recuerdo que ", " les recordamos que ",
		// the newscast moves to another place ("nos vamos a Cuernavaca",
		// "nos vamos al norte")
		" nos vamos a ", " nos vamos al ", " nos trasladamos a "}
}

// split cuts the folded text f into sentences. Paragraphs are separated by
// newlines, except in transcripts where a single newline is a line wrap.
// glued holds ascending offsets where a sentence opens glued to the one
// before (gluedStarts).
func (e *Extractor) split(f string, transcript bool, glued []int) []sentence {
	var out []sentence
	para := 0
	start := 0
	emit := func(s, end int) {
		// Trim spaces and quotes at both ends.
		for s < end && isBlank(f[s]) {
			s++
		}
		for end > s && isBlank(f[end-1]) {
			end--
		}
		if end-s < 2 {
			return
		}
		if k := tailQuestion(f[s:end]); k > 0 {
			// "Detienen a cinco con armas, ¿dónde ocurrió?": a statement
			// and a question of its own.
			out = append(out, sentence{fStart: s, fEnd: s + k, para: para})
			s += k
		}
		q := strings.IndexByte(f[s:end], '?') >= 0 && !presupposedAct(f[s:end])
		out = append(out, sentence{fStart: s, fEnd: end, para: para, question: q})
	}
	for i := 0; i < len(f); i++ {
		for len(glued) > 0 && glued[0] < i {
			glued = glued[1:]
		}
		// Skip to the next byte that may end a sentence or the next
		// glued start: nothing happens at the bytes between.
		lim := len(f)
		if len(glued) > 0 {
			lim = min(lim, glued[0])
		}
		i = nextStop(f, i, lim)
		if i >= len(f) {
			break
		}
		if len(glued) > 0 && glued[0] == i {
			glued = glued[1:]
			emit(start, i)
			start = i
		}
		c := f[i]
		switch c {
		case '\n':
			if transcript {
				// a blank line still ends a paragraph
				if i+1 < len(f) && f[i+1] == '\n' || i+2 < len(f) && f[i+1] == '\r' && f[i+2] == '\n' {
					emit(start, i)
					start = i + 1
					para++
				}
				continue
			}
			emit(start, i)
			start = i + 1
			para++
		case '!', '?':
			j := i + 1
			for j < len(f) && (f[j] == '!' || f[j] == '?' || f[j] == '"' || f[j] == '\'' || f[j] == ')') {
				j++
			}
			emit(start, j)
			start = j
			i = j - 1
		case '.', ';':
			if c == '.' && !e.endsSentence(f, i) {
				continue
			}
			j := i + 1
			for j < len(f) && (f[j] == '.' || f[j] == '"' || f[j] == '\'' || f[j] == ')') {
				j++
			}
			emit(start, j)
			start = j
			i = j - 1
		}
	}
	emit(start, len(f))
	// Cut long runs (transcripts, lists without punctuation).
	var res []sentence
	for _, s := range out {
		res = e.cutLong(f, s, res)
	}
	return res
}

// nextStop returns the offset of the first byte of f[i:lim] that may end a
// sentence (sentenceStops), or lim. Such bytes are one in about forty of
// a text: it reads eight bytes at a time while none is one.
func nextStop(f string, i, lim int) int {
	for ; i+8 <= lim; i += 8 {
		if m := stopBytes(load8(f, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < lim && !sentenceStops[f[i]] {
		i++
	}
	return i
}

// stopBytes returns the bytes of x that are in sentenceStops, one bit for
// each as bytesIn does, except that a byte above one that is may be
// marked too: the lowest bit marks the first.
func stopBytes(x uint64) uint64 {
	return zeroBytes(x^('\n'*ones8)) | zeroBytes(x^('!'*ones8)) | zeroBytes(x^('?'*ones8)) | zeroBytes(x^('.'*ones8)) | zeroBytes(x^(';'*ones8))
}

// sentenceStops holds the bytes at which split may end a sentence.
var sentenceStops = [256]bool{'\n': true, '!': true, '?': true, '.': true, ';': true}

// endsSentence reports whether the period at f[i] ends a sentence.
func (e *Extractor) endsSentence(f string, i int) bool {
	// Decimal or thousands separator: digit.digit
	if i > 0 && i+1 < len(f) && isDigit(f[i-1]) && isDigit(f[i+1]) {
		return false
	}
	// Must be followed by space/end/quote.
	if i+1 < len(f) {
		n := f[i+1]
		if !isSpace(n) && n != '"' && n != '\'' && n != ')' {
			return false
		}
	}
	// The word before the period.
	j := i
	for j > 0 && !isSpace(f[j-1]) && f[j-1] != '(' && f[j-1] != '"' {
		j--
	}
	w := f[j:i]
	if len(w) == 1 && isLetter(w[0]) {
		return false // an initial
	}
	if e.abbrev[w] {
		// "No." ends nothing; but a sentence can end in "EE.UU." before a
		// capital letter; we accept the rare miss.
		return false
	}
	if i+2 < len(f) && isDigit(f[i+2]) && monthAbbrev(w) {
		return false // "on Sunday, Jan. 3, in ...": a date, as news agencies abbreviate months
	}
	// The next non-space character in lower case after an abbreviation-like
	// token such as "a.m" means the sentence continues.
	k := i + 1
	for k < len(f) && isSpace(f[k]) {
		k++
	}
	if k < len(f) && strings.IndexByte(w, '.') >= 0 && f[k] >= 'a' && f[k] <= 'z' {
		return false
	}
	return true
}

// markerAt returns the offset from from of the first use of marker m in
// seg as a discourse marker, -1 if none: the filler " este " is no
// marker after a preposition, where it is a demonstrative ("de este
// martes", "en este momento").
func markerAt(seg string, from int, m string) int {
	for k := from; k < len(seg); {
		i := strings.Index(seg[k:], m)
		if i < 0 {
			return -1
		}
		at := k + i
		if m != " este " || !afterPreposition(seg[:at]) {
			return at - from
		}
		k = at + 1
	}
	return -1
}

// afterPreposition reports whether the folded text before ends with a
// preposition.
func afterPreposition(before string) bool {
	w := before[strings.LastIndexByte(before, ' ')+1:]
	switch w {
	case "de", "en", "a", "por", "para", "con", "desde", "hasta", "durante", "sobre", "entre", "hacia", "tras":
		return true
	}
	return false
}

// cutLong appends s to out, cut at discourse markers or spaces if it is
// longer than maxSentence.
func (e *Extractor) cutLong(f string, s sentence, out []sentence) []sentence {
	// A run too long for a sentence is a newscast's items told on end: its
	// pieces are cut at markers too, down to minPiece.
	long := s.fEnd-s.fStart > maxSentence
	if !long {
		// a short run with no comma ("... three people died and over in
		// rio bravo a car was set on fire"): cut where the speaker moves
		// to another place.
		if k := placeTurn(f[s.fStart:s.fEnd]); k > 0 {
			out = append(out, sentence{fStart: s.fStart, fEnd: s.fStart + k, para: s.para, question: s.question})
			s.fStart += k + 1
		}
	}
	for s.fEnd-s.fStart > maxSentence || long && s.fEnd-s.fStart > 2*minPiece {
		seg := f[s.fStart:s.fEnd]
		cut := -1
		// the first marker after 80 bytes (minPiece in a cut run's rest)
		// and before hardSentence
		win := seg
		if len(win) > hardSentence+16 {
			win = win[:hardSentence+16]
		}
		from := 80
		if len(seg) <= maxSentence {
			from = minPiece
		}
		for _, m := range e.markers {
			if from >= len(win) {
				break
			}
			k := markerAt(win, from, m)
			if k >= 0 && from+k < hardSentence && (cut < 0 || from+k < cut) {
				cut = from + k
			}
		}
		if k, _ := lastItemAt(win, from); k >= 0 && k < hardSentence && (cut < 0 || k < cut) {
			cut = k // a round-up's last item: "y por ultimo en juarez localizaron tres cuerpos"
		}
		if cut > from+2 && seg[cut-2:cut] == " y" {
			// "... en sus casas y tambien en buenavista quemaron una
			// pipa": the conjunction opens the next piece, not the end
			// of this one.
			cut -= 2
		}
		if k := itemStart(win, from); k >= 0 && k < hardSentence && (cut < 0 || k < cut) {
			cut = k
		}
		if cut < 0 {
			if len(seg) <= hardSentence {
				break
			}
			cut = strings.LastIndexByte(seg[:hardSentence], ' ')
			if cut <= 0 {
				cut = hardSentence
			}
		}
		out = append(out, sentence{fStart: s.fStart, fEnd: s.fStart + cut, para: s.para, question: s.question})
		s.fStart += cut
		for s.fStart < s.fEnd && isSpace(f[s.fStart]) {
			s.fStart++
		}
	}
	if s.fEnd > s.fStart {
		out = append(out, s)
	}
	return out
}

// minPiece is the shortest piece a long run is cut into.
const minPiece = 60

// itemStart returns the offset in the folded run w, at or after from, of the
// first place that opens a newscast item — "y en Irapuato", "en Michoacán
// el enfrentamiento" (a one-word place, then an article) — or -1.
func itemStart(w string, from int) int {
	for i := from; i < len(w); {
		k := strings.Index(w[i:], " en ")
		if k < 0 {
			return -1
		}
		at := i + k
		i = at + 4
		rest := strings.Fields(w[at+4 : min(len(w), at+60)])
		if at >= 2 && w[at-2:at] == " y" {
			// "y en Irapuato, anoche, ...", "y en guerrero en el puerto
			// de acapulco esta madrugada ...": a place, then its time.
			if at-2 >= from && slices.ContainsFunc(rest[:min(len(rest), 8)], itemTime) {
				return at - 2
			}
			continue
		}
		if len(rest) < 3 || len(rest[0]) < 4 || notPlaceWord[rest[0]] {
			continue
		}
		switch rest[1] {
		case "el", "la", "los", "las":
			return at
		}
	}
	return -1
}

// itemTime reports whether a folded word says when a newscast item
// happened.
func itemTime(w string) bool {
	switch w {
	case "anoche", "ayer", "hoy", "madrugada", "manana", "tarde", "noche", "lunes", "martes", "miercoles",
		"jueves", "viernes", "sabado", "domingo":
		return true
	}
	return false
}

// notPlaceWord are words after "en" that are no place.
var notPlaceWord = map[string]bool{"este": true, "esta": true, "todo": true, "toda": true, "todos": true, "todas": true,
	"contra": true, "donde": true, "cuanto": true, "tanto": true, "medio": true, "cuenta": true, "cambio": true,
	"especial": true, "seguida": true, "breve": true, "punto": true, "vivo": true, "directo": true}

func isBlank(c byte) bool  { return blankBytes[c] }
func isSpace(c byte) bool  { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

// isWord reports whether c belongs to a word of folded text. Folded text
// keeps few non-ASCII bytes; those of ¡ ¿ « » (0xC2 0xA1/0xBF/0xAB/0xBB)
// are punctuation.
func isWord(c byte) bool { return wordBytes[c] }

// blankBytes holds isBlank's answer for each byte: ' ', '\t', '\n', '\r'.
var blankBytes = [256]bool{' ': true, '\t': true, '\n': true, '\r': true}

// wordBytes holds isWord's answer for each byte: one load where the
// rules scan texts byte by byte.
var wordBytes = func() (t [256]bool) {
	for c := range 256 {
		switch c {
		case 0xC2, 0xA1, 0xBF, 0xAB, 0xBB:
			continue
		}
		t[c] = isLetter(byte(c)) || isDigit(byte(c))
	}
	return t
}()

// tailQuestion returns the offset in s of an opening "¿" that follows a
// statement after a comma, colon or semicolon, or 0: a question tacked on
// a told fact.
func tailQuestion(s string) int {
	if strings.IndexByte(s, "¿"[1]) < 0 {
		return 0 // most sentences: one fast pass, not a backward search
	}
	k := strings.LastIndex(s, "¿")
	if k <= 0 {
		return 0
	}
	head := strings.TrimRight(s[:k], " ")
	if head == "" || !strings.ContainsAny(head[len(head)-1:], ",:;") || strings.ContainsAny(head, "?¿") || len(strings.Fields(head)) < 3 {
		return 0
	}
	return k
}
