package extract

import (
	"strings"
	"testing"
)

// TestMonthName checks that the English month "March" next to a day or a
// year is not read as a protest march.
func TestMonthName(t *testing.T) {
	tests := []struct {
		f    string // folded text; the first "march" is the hit
		want bool
	}{
		{"march 15: gunmen kill five in celaya", true},
		{"on march 15, 2020 gunmen killed", true},
		{"on 15 march gunmen killed", true},
		{"the 15th march attack", true},
		{"march 3rd shooting", true},
		{"in march 2020 the cartel", true},
		{"a march on sunday in celaya", false},
		{"the march of 2 000 mothers", false},
		{"they march 10,000 strong", false},
		{"police broke up a march", false},
		{"after the march 8 protest", true}, // the 8th of March: a day, not a march
	}
	for _, tt := range tests {
		i := strings.Index(tt.f, "march")
		if i < 0 {
			t.Fatalf("%q: no march", tt.f)
		}
		if got := monthName(tt.f, i, i+len("march")); got != tt.want {
			t.Errorf("monthName(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

func TestMonthMay(t *testing.T) {
	tests := []struct {
		f    string
		want bool
	}{
		{"gunmen may kill 5 in celaya", false},
		{"the cartel may attack police stations", false},
		{"on may 5 gunmen killed five", true},
		{"may 15: gunmen kill five", true},
		{"in may, gunmen killed five", true},
		{"since may the town has seen clashes", true},
		{"the 5 may attacks", true},
		{"ataque del 5 de may", true},
		{"may", true},
	}
	for _, tt := range tests {
		i := strings.Index(tt.f, "may")
		if got := monthMay(tt.f, i, i+3); got != tt.want {
			t.Errorf("monthMay(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}
