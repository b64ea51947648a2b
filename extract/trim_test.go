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
