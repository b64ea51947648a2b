package fuse

import (
	"strings"
	"testing"
)

// TestSpacedPhrases checks hasWord, phraseAfter and phraseBefore against the
// strings they spare building.
func TestSpacedPhrases(t *testing.T) {
	for _, tc := range []struct {
		p, phrase, word string
	}{
		{" el 18 de abril ", " de abril ", "18"},
		{" el 118 de abril ", " de abril ", "18"},
		{" el 8 de abril ", " de abril ", "18"},
		{" 18 de abril ", " de abril ", "18"},
		{"18 de abril ", " de abril ", "18"},
		{" de abril 18 de abril ", " de abril ", "18"},
		{" on april 18 ", " april ", "18"},
		{" on april 180 ", " april ", "18"},
		{" on april 18", " april ", "18"},
		{" april 1 april 18 ", " april ", "18"},
		{" en culiacan sinaloa ", " ", "culiacan"},
		{" en culiacanes ", " ", "culiacan"},
		{" xculiacan culiacan ", " ", "culiacan"},
		{"culiacan ", " ", "culiacan"},
		{" culiacan", " ", "culiacan"},
	} {
		after := strings.Contains(tc.p, " "+tc.word+tc.phrase)
		if got := phraseAfter(tc.p, tc.phrase, tc.word); got != after {
			t.Errorf("phraseAfter(%q, %q, %q) = %v; want %v", tc.p, tc.phrase, tc.word, got, after)
		}
		before := strings.Contains(tc.p, tc.phrase+tc.word+" ")
		if got := phraseBefore(tc.p, tc.phrase, tc.word); got != before {
			t.Errorf("phraseBefore(%q, %q, %q) = %v; want %v", tc.p, tc.phrase, tc.word, got, before)
		}
		word := strings.Contains(tc.p, " "+tc.word+" ")
		if got := hasWord(tc.p, tc.word); got != word {
			t.Errorf("hasWord(%q, %q) = %v; want %v", tc.p, tc.word, got, word)
		}
	}
}
