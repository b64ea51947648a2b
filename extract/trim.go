package extract

import (
	"strings"
	"unicode"
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

// anyByteOf reports whether s holds one of the bytes of chars, which are
// ASCII and few: strings.ContainsAny(s, chars) without its rune-by-rune
// search of a short s, nor the set of chars it builds to read a longer s
// byte by byte (a search for each char reads s many bytes at a time).
func anyByteOf(s, chars string) bool {
	if len(s) > 8 {
		for j := 0; j < len(chars); j++ {
			if strings.IndexByte(s, chars[j]) >= 0 {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(chars); j++ {
			if s[i] == chars[j] {
				return true
			}
		}
	}
	return false
}

// fieldCount returns len(strings.Fields(s)) without making the fields.
func fieldCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		space, size := asciiSpace(s[i]), 1
		if s[i] >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if !space && !in {
			n++
		}
		in = !space
		i += size
	}
	return n
}
