package clip

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want string
	}{
		{"Celaya", 6, "Celaya"},
		{"Celaya", 10, "Celaya"},
		{"Celaya", 3, "Cel…"},
		{"Apatzingán", 9, "Apatzing…"},   // "á" is two bytes: cut before it
		{"Apatzingán", 10, "Apatzingá…"}, // "á" whole, "n" cut
		{"ñ", 1, "…"},
		{"", 0, ""},
	} {
		if got := String(tt.s, tt.n); got != tt.want {
			t.Errorf("String(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func TestQuote(t *testing.T) {
	long := strings.Repeat("a", Value+20)
	for _, tt := range []struct{ s, want string }{
		{"2026-13-01", `"2026-13-01"`},
		{"a\nb\x1b", `"a\nb\x1b"`},
		{long, `"` + long[:Value] + `…"`},
	} {
		if got := Quote(tt.s); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.s, got, tt.want)
		}
	}
}

func TestError(t *testing.T) {
	base := errors.New(strings.Repeat("é", 100))
	err := Error(fmt.Errorf("decoding: %w", base), 20)
	if got := err.Error(); got != "decoding: ééééé…" || !errors.Is(err, base) {
		t.Errorf("Error = %q (wraps the error: %v), want %q wrapping it", got, errors.Is(err, base), "decoding: ééééé…")
	}
	if Error(nil, 20) != nil {
		t.Error("Error(nil) is not nil")
	}
}
