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

// hasColonyMark reports whether text holds one of coloniaMarks.
func hasColonyMark(text string) bool {
	for _, m := range coloniaMarks {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}

// colonia is a neighbourhood's name, folded and as written.
type colonia struct{ folded, written string }

// colWord is a word of a text read for neighbourhoods: folded, as
// written, whether it is written with a capital, and whether
// punctuation parts it from the word before.
type colWord struct {
	folded, text     string
	upper, stop, dot bool // dot: the punctuation before is one dot ("col. Loma Bonita")
}

// appendColonias appends to out the neighbourhoods text names
// (Of), each once.
func appendColonias(out []colonia, text string) []colonia {
	var ws []colWord
	stop, marks := true, ""
	for i := 0; i < len(text); {
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
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			j += n
		}
		ws = append(ws, colWord{folded: fold.String(text[i:j]), text: text[i:j], upper: unicode.IsUpper(r) || unicode.IsDigit(r), stop: stop, dot: marks == "."})
		stop, marks = false, ""
		i = j
	}
	for i, w := range ws {
		switch w.folded {
		case "colonia", "col", "fraccionamiento", "fracc", "barrio":
			// the name after: capitalized words and their joins
			k := i + 1
			abbr := w.folded == "col" || w.folded == "fracc" // its dot parts nothing
			for k < len(ws) && (!ws[k].stop || abbr && k == i+1 && ws[k].dot) && (ws[k].upper || joinWords[ws[k].folded] && k > i+1) {
				k++
			}
			out = appendName(out, ws[i+1:k])
		case "neighborhood", "neighbourhood", "district":
			// the name before: capitalized words and their joins
			k := i
			for k > 0 && !ws[k].stop {
				switch p := ws[k-1]; {
				case p.upper:
					k--
					continue
				case joinWords[p.folded] && k >= 2 && ws[k-2].upper && !p.stop:
					k--
					continue
				}
				break
			}
			name := ws[k:i]
			if len(name) > 0 && name[0].folded == "the" {
				name = name[1:]
			}
			out = appendName(out, name)
		}
	}
	return out
}

// joinWords join the words of a neighbourhood's name ("Lomas del Real de
// Jarachina").
var joinWords = map[string]bool{"de": true, "del": true, "la": true, "las": true, "los": true, "el": true, "y": true}

// appendName appends the name of its words to out, without the joins
// that end it; a name that says nothing of one place ("Centro") is left
// out, and so is one out holds.
func appendName(out []colonia, name []colWord) []colonia {
	for len(name) > 0 && joinWords[name[len(name)-1].folded] {
		name = name[:len(name)-1]
	}
	if len(name) == 0 {
		return out
	}
	folded, written := make([]string, len(name)), make([]string, len(name))
	for i, w := range name {
		folded[i], written[i] = w.folded, w.text
	}
	c := colonia{strings.Join(folded, " "), strings.Join(written, " ")}
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
