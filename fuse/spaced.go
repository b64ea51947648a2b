package fuse

import "github.com/atalaya/atalaya/fold"

// phraseAfter reports whether p holds " "+word+phrase (phrase begins with
// a space), without building it.
func phraseAfter(p, phrase, word string) bool {
	return anyIndex(p, phrase, func(i int) bool {
		j := i - len(word)
		return j >= 1 && p[j-1] == ' ' && p[j:i] == word
	})
}

// hasWord reports whether p holds " "+w+" " (w not empty), without
// building it.
func hasWord(p, w string) bool {
	return anyIndex(p, w, func(i int) bool {
		return i > 0 && p[i-1] == ' ' && i+len(w) < len(p) && p[i+len(w)] == ' '
	})
}

// phraseBefore reports whether p holds phrase+word+" " (phrase ends with a
// space), without building it.
func phraseBefore(p, phrase, word string) bool {
	return anyIndex(p, phrase, func(i int) bool {
		rest := p[i+len(phrase):]
		return len(rest) > len(word) && rest[len(word)] == ' ' && rest[:len(word)] == word
	})
}

// anyIndex reports whether ok holds of some offset of s in p.
func anyIndex(p, s string, ok func(i int) bool) bool {
	for i := range fold.Offsets(p, s, 1) {
		if ok(i) {
			return true
		}
	}
	return false
}
