package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// fieldsLetters is what the letter words of s are: strings.FieldsFunc
// at what is neither letter nor digit.
func fieldsLetters(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// tailTrimmed is what tailLetterWords must return: the last k of s's
// letter words once the words that are one of skip are dropped from
// their end.
func tailTrimmed(s string, k int, skip ...string) []string {
	ws := fieldsLetters(s)
	for len(ws) > 0 && slices.Contains(skip, ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	return ws[max(0, len(ws)-k):]
}

func TestTailLetterWords(t *testing.T) {
	tests := []struct {
		in   string
		k    int
		skip []string
		want []string
	}{
		{"", 3, nil, nil},
		{"  ", 3, nil, nil},
		{"que habia salido, el 3", 10, nil, []string{"que", "habia", "salido", "el", "3"}},
		{"que habia salido, el 3", 2, nil, []string{"el", "3"}},
		{"año señor-niño", 5, nil, []string{"año", "señor", "niño"}},
		{"¿quién? «dijo»", 5, nil, []string{"quién", "dijo"}},
		{"bad\xffbyte", 5, nil, []string{"bad", "byte"}},
		{"x", 1, nil, []string{"x"}},
		{"privados de la libertad el", 4, []string{"el", "la"}, []string{"privados", "de", "la", "libertad"}},
		{"informó este", 1, []string{"este"}, []string{"informó"}},
		{"la el la", 2, []string{"el", "la"}, nil},
		{"el hospital, el", 1, []string{"el"}, []string{"hospital"}},
	}
	for _, tt := range tests {
		got := tailLetterWords(nil, tt.in, tt.k, tt.skip...)
		if !slices.Equal(got, tt.want) {
			t.Errorf("tailLetterWords(%q, %d, %q) = %q, want %q", tt.in, tt.k, tt.skip, got, tt.want)
		}
	}
}

func FuzzTailLetterWords(f *testing.F) {
	for _, s := range []string{"que habia salido", "año ¿quién?", "a\xc3", "Ω 12,5 km", "\u00a0dijo\u2003ayer", "el la el"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, k int) {
		k = min(max(k, 0), 50)
		for _, skip := range [][]string{nil, {"el", "la"}} {
			got, want := tailLetterWords([]string{"kept"}, s, k, skip...), append([]string{"kept"}, tailTrimmed(s, k, skip...)...)
			if !slices.Equal(got, want) {
				t.Fatalf("tailLetterWords(%q, %d, %q) = %q, want %q", s, k, skip, got, want)
			}
		}
	})
}
