package fuse

import "strings"

// phraseAfter reports whether p holds " "+word+phrase (phrase begins with
// a space), without building it.
func phraseAfter(p, phrase, word string) bool {
	for from := 0; ; {
		i := strings.Index(p[from:], phrase)
		if i < 0 {
			return false
		}
		i += from
		if j := i - len(word); j >= 1 && p[j-1] == ' ' && p[j:i] == word {
			return true
		}
		from = i + 1
	}
}

// hasWord reports whether p holds " "+w+" " (w not empty), without
// building it.
func hasWord(p, w string) bool {
	for from := 0; ; {
		i := strings.Index(p[from:], w)
		if i < 0 {
			return false
		}
		i += from
		if i > 0 && p[i-1] == ' ' && i+len(w) < len(p) && p[i+len(w)] == ' ' {
			return true
		}
		from = i + 1
	}
}

// phraseBefore reports whether p holds phrase+word+" " (phrase ends with a
// space), without building it.
func phraseBefore(p, phrase, word string) bool {
	for from := 0; ; {
		i := strings.Index(p[from:], phrase)
		if i < 0 {
			return false
		}
		i += from
		if rest := p[i+len(phrase):]; len(rest) > len(word) && rest[len(word)] == ' ' && rest[:len(word)] == word {
			return true
		}
		from = i + 1
	}
}
