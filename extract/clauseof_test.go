package extract

import (
	"strings"
	"testing"
)

// TestClauseOf checks the clause bounds around a cue: the nearest
// semicolon, colon or bar on either side within the sentence.
func TestClauseOf(t *testing.T) {
	tests := []struct {
		f, cue, want string
	}{
		{"balacera en tijuana; cierra la semana con 50 homicidios", "homicidios", " cierra la semana con 50 homicidios"},
		{"balacera en tijuana; cierra la semana con 50 homicidios", "balacera", "balacera en tijuana"},
		{"ultima hora: matan a dos | el universal", "matan", " matan a dos "},
		{"matan a dos en culiacan", "matan", "matan a dos en culiacan"},
		{"a: b; matan: c", "matan", " matan"},
	}
	for _, tt := range tests {
		at := strings.Index(tt.f, tt.cue)
		cs, ce := clauseOf(tt.f, at, at+len(tt.cue), 0, len(tt.f))
		if got := tt.f[cs:ce]; got != tt.want {
			t.Errorf("clauseOf(%q, %q) = %q, want %q", tt.f, tt.cue, got, tt.want)
		}
	}
}
