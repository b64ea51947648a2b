package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// fieldsLetters is what letterWords must return: strings.FieldsFunc at
// what is neither letter nor digit.
func fieldsLetters(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func TestLetterWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ", nil},
		{"que habia salido, el 3", []string{"que", "habia", "salido", "el", "3"}},
		{"año señor-niño", []string{"año", "señor", "niño"}},
		{"¿quién? «dijo»", []string{"quién", "dijo"}},
		{"bad\xffbyte", []string{"bad", "byte"}},
		{"x", []string{"x"}},
	}
	for _, tt := range tests {
		if got := letterWords(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("letterWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzLetterWords(f *testing.F) {
	for _, s := range []string{"que habia salido", "año ¿quién?", "a\xc3", "Ω 12,5 km", "\u00a0dijo\u2003ayer"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := letterWords(s), fieldsLetters(s); !slices.Equal(got, want) {
			t.Fatalf("letterWords(%q) = %q, want %q", s, got, want)
		}
	})
}
