package extract

import (
	"strings"
	"testing"
)

// TestMonthAbbrevSplit checks that a month's abbreviation before a day's
// number ends no sentence ("Sunday, Jan. 3, in ..."), while a period
// after another word before a number does.
func TestMonthAbbrevSplit(t *testing.T) {
	e := realExtractor(t)
	tests := []struct {
		text string
		n    int
	}{
		{"four people were killed on sunday, jan. 3, in a gunfight in zitacuaro.", 1},
		{"gunmen attacked a bar on saturday, sept. 12, in celaya.", 1},
		{"el ataque ocurrio el 3 de ene. 2027 en la colonia centro.", 1},
		{"the attack happened on sunday. 3 people died in the gunfight.", 2},
	}
	for _, tt := range tests {
		if got := e.split(tt.text, false, nil); len(got) != tt.n {
			t.Errorf("split(%q): %d sentences, want %d", tt.text, len(got), tt.n)
		}
	}
}

// TestPeriodEndArticle checks a period's end told with an article
// between "hasta" and the time ("Hasta el mediodía no se reportaban
// lesionados"): it dates no act.
func TestPeriodEndArticle(t *testing.T) {
	tests := []struct {
		text, at string // at: the time expression
		want     bool
	}{
		{"Hasta el mediodía no se reportaban personas lesionadas.", "mediodía", true},
		{"La carretera estuvo cerrada hasta la medianoche.", "medianoche", true},
		{"Al mediodía se reportó un bloqueo.", "mediodía", false},
		{"El bloqueo comenzó el mediodía del sábado.", "mediodía", false},
	}
	for _, tt := range tests {
		if got := periodEnd(tt.text, strings.Index(tt.text, tt.at)); got != tt.want {
			t.Errorf("periodEnd(%q, %q) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}
