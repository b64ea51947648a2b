package extract

import "testing"

// TestWireDateline checks where a wire service's dateline ends: after
// the agency's parenthesis, before its dash; a parenthesis with no place
// and comma before it is no dateline.
func TestWireDateline(t *testing.T) {
	tests := []struct {
		text string
		want string // the dateline, "" for none
	}{
		{"MEXICO CITY, Feb 14 (Reuters) - Drones struck two towns early Sunday", "MEXICO CITY, Feb 14 (Reuters)"},
		{"CULIACAN, Mexico, March 8 (AP) — Gunmen killed a commander", "CULIACAN, Mexico, March 8 (AP)"},
		{"Tiroteo en bar (video) - cinco muertos en Celaya", ""},
		{"MONTERREY (Reuters) - Gunmen attacked a bar", "MONTERREY (Reuters)"}, // a place in capitals, no date
		{"VIDEO (EN VIVO) - balacera en Culiacán", "VIDEO (EN VIVO)"},          // (capitals read as a place: no place is found in them)
		{"Matan a dos (uno menor de edad) en Celaya el domingo", ""},
		// A dateline of its own comes first.
		{"Celaya, Gto.- Matan a dos (Reuters) - el domingo", ""},
	}
	for _, tt := range tests {
		d := wireDateline(tt.text)
		if got := tt.text[:d]; got != tt.want {
			t.Errorf("wireDateline(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
