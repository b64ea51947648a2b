package extract

import (
	"strings"
	"testing"
)

// trimCuts are the cutsets the rules trim words with, ASCII and not.
var trimCuts = []string{",;:.!?'\"", ".,;:!?\"'’”)(", ",;:"}

func TestTrimCut(t *testing.T) {
	for _, w := range []string{"", "a", ",", "hung,", "\"hung\"", "’", "matan”", "(uno)", "señal.", "ñ", "día", ",;:", "x’y"} {
		if got, want := trimPunct(w), strings.TrimRight(w, ",;:.!?'\""); got != want {
			t.Errorf("trimPunct(%q) = %q, strings.TrimRight gives %q", w, got, want)
		}
		for _, cut := range trimCuts {
			if got, want := trimCut(w, cut), strings.Trim(w, cut); got != want {
				t.Errorf("trimCut(%q, %q) = %q, strings.Trim gives %q", w, cut, got, want)
			}
		}
	}
}

func FuzzTrimCut(f *testing.F) {
	for _, s := range []string{"hung,", "\"x”", "(uno)", "día"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := trimPunct(w), strings.TrimRight(w, ",;:.!?'\""); got != want {
			t.Errorf("trimPunct(%q) = %q, strings.TrimRight gives %q", w, got, want)
		}
		for _, cut := range trimCuts {
			if got, want := trimCut(w, cut), strings.Trim(w, cut); got != want {
				t.Errorf("trimCut(%q, %q) = %q, strings.Trim gives %q", w, cut, got, want)
			}
		}
	})
}

// TestAnyByteOfFieldCount holds anyByteOf to strings.ContainsAny and
// fieldCount to len(strings.Fields) on words and clauses short and long,
// with non-ASCII bytes and spaces.
func TestAnyByteOfFieldCount(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a;", "señal.", "día", "x\u00a0y", "x\u0085y z", "tras el ataque; luego", "  dos  tres\tcuatro\n", "\xff\xfe a", "a:b", "una frase larga sin signos", "uno, dos | tres. cuatro", "x|y", "fin."} {
		for _, chars := range []string{";:", ".,;:", ";:."} {
			if got, want := anyByteOf(s, chars), strings.ContainsAny(s, chars); got != want {
				t.Errorf("anyByteOf(%q, %q) = %v, strings.ContainsAny gives %v", s, chars, got, want)
			}
		}
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, len(strings.Fields) gives %d", s, got, want)
		}
	}
}
