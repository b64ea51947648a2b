package gazetteer

import (
	"strings"
	"testing"
)

// TestBoroughCue checks boroughCue on ASCII text, read as written, and on
// text with accents, read folded: both must answer alike.
func TestBoroughCue(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"en la alcaldía de Cuauhtémoc, Chihuahua", "Cuauhtémoc", true},
		{"en la alcaldia de Cuauhtemoc, Chihuahua", "Cuauhtemoc", true},
		{"EN LA ALCALDIA DE CUAUHTEMOC", "CUAUHTEMOC", true},
		{"vecinos de la Alcaldía Iztapalapa", "Iztapalapa", true},
		{"vecinos de la Alcaldia Iztapalapa", "Iztapalapa", true},
		{"in the Borough of Tlalpan, police said", "Tlalpan", true},
		{"in Tlalpan borough, police said", "Tlalpan", true},
		{"the Demarcacion Coyoacan", "Coyoacan", true},
		{"la demarcación Coyoacán", "Coyoacán", true},
		{"en el municipio de Cuauhtemoc, Chihuahua", "Cuauhtemoc", false},
		{"en el municipio de Cuauhtémoc, Chihuahua", "Cuauhtémoc", false},
		{"De Cuauhtemoc", "Cuauhtemoc", false},
		{"Cuauhtemoc", "Cuauhtemoc", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.name)
		m := Mention{Start: i, End: i + len(tt.name), Text: tt.name}
		if got := boroughCue(tt.text, m); got != tt.want {
			t.Errorf("boroughCue(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestVenueCue checks venueCue on ASCII text and on text with accents.
func TestVenueCue(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"en un bar de Acapulco", "Acapulco", false},
		{"en una casa de Morelos", "Morelos", true},
		{"en una CASA DE Morelos", "Morelos", true},
		{"en la bodega del Carmen", "Carmen", true},
		{"los comerciantes de Tepito", "Tepito", true},
		{"en el domicilio de Juárez", "Juárez", true},
		{"en el domicilio, en Juarez", "Juarez", false},
		{"en la vivienda en Juarez", "Juarez", false},
		{"Juarez", "Juarez", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.name)
		if got := venueCue(tt.text, i); got != tt.want {
			t.Errorf("venueCue(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestVoteState checks voteState: the state named, else the one state of
// the candidates other than localities, else the one state of all.
func TestVoteState(t *testing.T) {
	st := Place{Kind: State, StateCode: "14"}
	mun := func(code string) Place { return Place{Kind: Municipality, StateCode: code} }
	loc := func(code string) Place { return Place{Kind: Locality, StateCode: code} }
	tests := []struct {
		ps   []Place
		want string
	}{
		{nil, ""},
		{[]Place{mun("15"), st}, "14"},
		{[]Place{mun("15"), loc("16"), mun("15")}, "15"},
		{[]Place{mun("15"), mun("16")}, ""},
		{[]Place{loc("16"), loc("16")}, "16"},
		{[]Place{loc("16"), loc("17")}, ""},
		{[]Place{mun(""), loc("16")}, ""},
		{[]Place{mun(""), mun("")}, ""},
		{[]Place{loc("16"), mun("15"), mun("16")}, ""},
	}
	for _, tt := range tests {
		if got := voteState(tt.ps); got != tt.want {
			t.Errorf("voteState(%v) = %q, want %q", tt.ps, got, tt.want)
		}
	}
}
