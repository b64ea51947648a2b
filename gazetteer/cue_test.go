package gazetteer

import (
	"strings"
	"testing"
)

// TestHasCue checks the words that introduce a place name before it.
func TestHasCue(t *testing.T) {
	tests := []struct {
		text string // the place name follows "|"
		want bool
	}{
		{"ocurrió en |Tulum", true},
		{"un restaurante de la zona hotelera de |Tulum", true},
		{"en un palenque de |Ciudad Mante", true},
		{"on the outskirts of |Frontera Comalapa", true},
		{"a gunfight outside |Culiacán", true},
		{"en un bar de |Cárdenas", true},
		{"la familia de |Victoria", false},
		{"dijo |Morelos", false},
	}
	for _, tt := range tests {
		i := strings.IndexByte(tt.text, '|')
		text := tt.text[:i] + tt.text[i+1:]
		if got := hasCue(text, i); got != tt.want {
			t.Errorf("hasCue(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
