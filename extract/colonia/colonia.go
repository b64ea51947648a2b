// Package colonia reads the neighbourhood (colonia, fraccionamiento,
// barrio) the sentences telling an act name: extraction records it as the
// act's model.Location.Neighborhood.
package colonia

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// Of returns the neighbourhood (colonia, fraccionamiento,
// barrio) that spans, the sentences telling an act, place it in, as they
// write it: the words written with a capital after "colonia", "col.",
// "fraccionamiento", "fracc." or "barrio" ("en la colonia Las Quintas"),
// or before "neighborhood" or "district" ("in the Las Quintas
// neighborhood"), joined by "de", "del", "la" and the like. It is ""
// when the spans name none, or two (the arrests in one, the attack in
// another: which is the act's is not read). A text without capitals (a
// transcript) names none: where a lowercase name ends is not known.
func Of(spans []model.Span) string {
	var names []colonia
	for _, sp := range spans {
		if hasColonyMark(sp.Text) {
			names = appendColonias(names, sp.Text)
		}
	}
	if len(names) != 1 {
		return ""
	}
	return names[0].written
}

// coloniaMarks are parts of the words that introduce a neighbourhood,
// looked for in a text before it is read word by word.
var coloniaMarks = [...]string{"olonia", "ol.", "racc", "arrio", "eighbo", "istrict"}

// markSecond maps the first byte of each of coloniaMarks to its second
// (no two marks begin with one byte and go on with another).
var markSecond = func() (t [256]byte) {
	for _, m := range coloniaMarks {
		t[m[0]] = m[1]
	}
	return t
}()

// hasColonyMark reports whether text holds one of coloniaMarks, in one
// walk over it that looks further only at the first two bytes of a mark
// (a search for each mark walks it once a mark).
func hasColonyMark(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if s := markSecond[text[i]]; s == 0 || text[i+1] != s {
			continue
		}
		for _, m := range coloniaMarks {
			if m[0] == text[i] && strings.HasPrefix(text[i:], m) {
				return true
			}
		}
	}
	return false
}

// colonia is a neighbourhood's name, folded and as written.
type colonia struct{ folded, written string }

// colWord is a word of a text read for neighbourhoods: as written,
// whether it is written with a capital, and whether punctuation parts it
// from the word before.
type colWord struct {
	text             string
	upper, stop, dot bool // dot: the punctuation before is one dot ("col. Loma Bonita")
}

// is reports whether w folds to one of words (each of them folded,
// lowercase ASCII).
func (w colWord) is(words ...string) bool {
	c := w.text[0] // (a word is never empty)
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	for _, t := range words {
		if (c == t[0] || c >= utf8.RuneSelf) && fold.Is(w.text, t) {
			return true
		}
	}
	return false
}

// joinWords join the words of a neighbourhood's name ("Lomas del Real de
// Jarachina").
var joinWords = [...]string{"de", "del", "la", "las", "los", "el", "y"}

// join reports whether w is one of joinWords.
func (w colWord) join() bool { return w.is(joinWords[:]...) }

// asciiWord holds the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// appendColonias appends to out the neighbourhoods text names (Of), each
// once. It folds no word but those of a name it finds.
func appendColonias(out []colonia, text string) []colonia {
	var buf [64]colWord
	ws := buf[:0]
	stop, marks := true, ""
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && !asciiWord[c] {
			// (ASCII punctuation and spaces, read without decoding)
			if c != ' ' {
				stop = true
				if len(marks) < 2 {
					marks += text[i : i+1]
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if r != ' ' {
				stop = true
				if len(marks) < 2 {
					marks += text[i : i+n]
				}
			}
			i += n
			continue
		}
		j := i
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if !asciiWord[c] {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			j += n
		}
		ws = append(ws, colWord{text: text[i:j], upper: unicode.IsUpper(r) || unicode.IsDigit(r), stop: stop, dot: marks == "."})
		stop, marks = false, ""
		i = j
	}
	for i, w := range ws {
		switch {
		case w.is("colonia", "col", "fraccionamiento", "fracc", "barrio"):
			// the name after: capitalized words and their joins
			k := i + 1
			abbr := w.is("col", "fracc") // its dot parts nothing
			for k < len(ws) && (!ws[k].stop || abbr && k == i+1 && ws[k].dot) && (ws[k].upper || k > i+1 && ws[k].join()) {
				k++
			}
			out = appendName(out, ws[i+1:k])
		case w.is("neighborhood", "neighbourhood", "district"):
			// the name before: capitalized words and their joins
			k := i
			for k > 0 && !ws[k].stop {
				switch p := ws[k-1]; {
				case p.upper:
					k--
					continue
				case k >= 2 && ws[k-2].upper && !p.stop && p.join():
					k--
					continue
				}
				break
			}
			name := ws[k:i]
			if len(name) > 0 && name[0].is("the") {
				name = name[1:]
			}
			out = appendName(out, name)
		}
	}
	return out
}

// appendName appends the name of its words to out, without the joins
// that end it; a name that says nothing of one place ("Centro") is left
// out, and so is one out holds.
func appendName(out []colonia, name []colWord) []colonia {
	for len(name) > 0 && name[len(name)-1].join() {
		name = name[:len(name)-1]
	}
	if len(name) == 0 {
		return out
	}
	size := len(name) - 1 // the spaces
	for _, w := range name {
		size += len(w.text)
	}
	var b strings.Builder
	b.Grow(size)
	for i, w := range name {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	written := b.String()
	c := colonia{fold.String(written), written}
	if c.folded == "centro" || c.folded == "el centro" || len(c.folded) < 4 {
		return out
	}
	for _, o := range out {
		if o.folded == c.folded {
			return out
		}
	}
	return append(out, c)
}
