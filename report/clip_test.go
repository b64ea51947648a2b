package report

import (
	"strings"
	"testing"
)

// TestErrorsClipValues holds that an error naming a value of the input
// quotes it cut (internal/clip): a text pasted in a date's place does not
// reach a log or a terminal whole.
func TestErrorsClipValues(t *testing.T) {
	long := strings.Repeat("Balacera en Tonalá. ", 100)
	errOf := func(_ any, err error) error { return err }
	errOf3 := func(_, _ any, err error) error { return err }
	for _, tt := range []struct {
		name string
		err  error
	}{
		{"jsonl kind", errOf(DecodeLine([]byte(`{"text":"x","kind":"`+long+`"}`), Options{}))},
		{"jsonl published", errOf(DecodeLine([]byte(`{"text":"x","published":"`+long+`"}`), Options{}))},
		{"csv date", errOf(parseCSVTime(long, ""))},
		{"csv time", errOf(parseCSVTime("2026-02-23", long))},
		{"csv lat", errOf3(parseLatLon(long, "-99.1"))},
	} {
		if tt.err == nil || len(tt.err.Error()) > 300 || !strings.Contains(tt.err.Error(), "…") {
			t.Errorf("%s: error %d bytes, want one under 300 quoting the value cut", tt.name, len(tt.err.Error()))
		}
	}
}
