package fuse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
)

// colonias returns the folded names of the neighbourhoods m's evidence
// places something in, computed once: the words written with a capital
// after "colonia", "col.", "fraccionamiento" or "barrio" ("en la colonia
// Las Quintas"), or before "neighborhood" or "district" ("in the Las
// Quintas neighborhood"), joined by "de", "del", "la" and the like. A
// text without capitals (a transcript) names none.
func (m *member) colonias() []string {
	if !m.colDone {
		m.colDone = true
		for _, sp := range m.it.Incident.Evidence {
			if coloniaMarks.any(sp.Text) {
				m.cols = appendColonias(m.cols, sp.Text)
			}
		}
	}
	return m.cols
}

// coloniaMarks are parts of the words that introduce a neighbourhood,
// looked for in evidence before it is read word by word.
var coloniaMarks = wordPhrases("olonia", "ol.", "racc", "arrio", "eighbo", "istrict")

// colWord is a word of a text read for neighbourhoods: folded, whether
// it is written with a capital, and whether punctuation parts it from
// the word before.
type colWord struct {
	folded           string
	upper, stop, dot bool // dot: the punctuation before is one dot ("col. Loma Bonita")
}

// appendColonias appends to out the neighbourhoods text names (colonias).
func appendColonias(out []string, text string) []string {
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
		ws = append(ws, colWord{folded: fold.String(text[i:j]), upper: unicode.IsUpper(r) || unicode.IsDigit(r), stop: stop, dot: marks == "."})
		stop, marks = false, ""
		i = j
	}
	for i, w := range ws {
		switch w.folded {
		case "colonia", "col", "fraccionamiento", "fracc", "barrio":
			// the name after: capitalized words and their joins
			k := i + 1
			var name []string
			abbr := w.folded == "col" || w.folded == "fracc" // its dot parts nothing
			for k < len(ws) && (!ws[k].stop || abbr && k == i+1 && ws[k].dot) && (ws[k].upper || joinWords[ws[k].folded] && len(name) > 0) {
				name = append(name, ws[k].folded)
				k++
			}
			out = appendName(out, name)
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
			name := make([]string, 0, i-k)
			for _, v := range ws[k:i] {
				name = append(name, v.folded)
			}
			if len(name) > 0 && name[0] == "the" {
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
// out.
func appendName(out []string, name []string) []string {
	for len(name) > 0 && joinWords[name[len(name)-1]] {
		name = name[:len(name)-1]
	}
	if len(name) == 0 {
		return out
	}
	s := strings.Join(name, " ")
	if s == "centro" || s == "el centro" || len(s) < 4 || slices.Contains(out, s) {
		return out
	}
	return append(out, s)
}

// sameColonia reports whether x and m name a neighbourhood in common
// (one name, or one the start of the other: "Lomas del Real de
// Jarachina" and "Lomas del Real de Jarachina Sur").
func sameColonia(x, m *member) bool {
	for _, a := range x.colonias() {
		for _, b := range m.colonias() {
			if a == b || strings.HasPrefix(a, b+" ") || strings.HasPrefix(b, a+" ") {
				return true
			}
		}
	}
	return false
}

// coloniasApart reports whether x and m, placed in one municipality and
// told to the minute or the hour (a sentence of their own, whose
// colonia is the act's), each name one neighbourhood and not the same
// (a shooting in one colonia, a store attacked in another a quarter of
// an hour later): two acts. A text told to the day, or naming two
// colonias, may tell the colonia of another act beside its own (the
// arrests in one, for the attack in another).
func coloniasApart(x, m *member) bool {
	a, b := &x.it.Incident.Location, &m.it.Incident.Location
	if !x.precise || !m.precise || a.MunicipalityCode == "" || a.MunicipalityCode != b.MunicipalityCode {
		return false
	}
	return len(x.colonias()) == 1 && len(m.colonias()) == 1 && !sameColonia(x, m)
}
