package toll

import (
	"slices"
	"strings"
	"testing"
)

// TestAppendFields checks that appendFields splits as strings.Fields.
func TestAppendFields(t *testing.T) {
	for _, s := range []string{"", " ", "dos", "  veinte  y  dos ", "a\tb\nc\vd\fe\rf", "mil\u00a0doscientos", "tres\u2003cuatro", "x\u0085y"} {
		if got, want := appendFields(nil, s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzAppendFields compares appendFields with strings.Fields.
func FuzzAppendFields(f *testing.F) {
	f.Add("veinte y dos")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendFields(nil, s), strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
		}
	})
}
