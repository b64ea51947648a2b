package extract

import (
	"strings"
	"unicode/utf8"
)

// trimCut is strings.Trim(w, cut) with a quick answer for the usual word,
// one that begins and ends with an ASCII byte not in cut: nothing to trim,
// no cutset to build. The rules trim every word they read of punctuation.
func trimCut(w, cut string) string {
	if w != "" && w[0] < utf8.RuneSelf && w[len(w)-1] < utf8.RuneSelf &&
		strings.IndexByte(cut, w[0]) < 0 && strings.IndexByte(cut, w[len(w)-1]) < 0 {
		return w
	}
	return strings.Trim(w, cut)
}

// trimPunct is strings.TrimRight(w, ",;:.!?'\"") by a table: the
// punctuation a folded word may end with, as split at spaces.
func trimPunct(w string) string {
	for w != "" && endPunct[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	return w
}

// endPunct marks the bytes trimPunct trims.
var endPunct = [256]bool{',': true, ';': true, ':': true, '.': true, '!': true, '?': true, '\'': true, '"': true}
