package gazetteer

import "testing"

// TestCuedAbbreviations checks a state's abbreviation standing alone in
// capitals: read as the state after a place preposition or heading its
// line, in Spanish and English headlines; not read written in lower
// case, as a hashtag, before another word than a place's ("NL plant",
// "QR code"), or where it is a word of an all-caps headline ("SIN", "SON",
// "COL."). The texts are written for the test.
func TestCuedAbbreviations(t *testing.T) {
	g := load(t)
	tests := []struct {
		text string
		want []want
	}{
		{"Asesinan a dos hombres en NL", []want{{"NL", "Nuevo León", "19"}}},
		{"Five killed in bar attack in NL", []want{{"NL", "Nuevo León", "19"}}},
		{"Matan a policías del GTO", []want{{"GTO", "Guanajuato", "11"}}},
		{"GTO: two bodies found with a narco message", []want{{"GTO", "Guanajuato", "11"}}},
		{"BC: four murdered overnight", []want{{"BC", "Baja California", "02"}}},
		{"NL | Man shot dead outside his home", []want{{"NL", "Nuevo León", "19"}}},
		{"Hallan cuerpos calcinados en QR", []want{{"QR", "Quintana Roo", "23"}}},
		{"EJECUTAN A TRES EN CHIH", []want{{"CHIH", "Chihuahua", "08"}}},
		// A second line's heading is one too.
		{"Violence in the north\nTAMPS: three killed in shootout", []want{{"TAMPS", "Tamaulipas", "28"}}},
		// Not a place: lower case, a hashtag, another word before it,
		// no colon after a heading, a word of an all-caps headline.
		{"Asesinan a dos hombres en nl", nil},
		{"EN #NL ENCUENTRAN ARMAS", nil},
		{"AMLO visits NL plant", nil},
		{"Pay with a QR code", nil},
		{"GTO two bodies found", nil},
		{"SIN IDENTIFICAR LOS TRES", nil},
		{"SON DETENIDOS CINCO EN COL. CENTRO", nil},
		// After a town and a comma it qualifies the town (abbreviated),
		// no place of its own.
		{"Balacera en Escobedo, NL", []want{{"Escobedo", "General Escobedo", "19021"}}},
	}
	for _, tt := range tests {
		checkResolved(t, g, tt.text, tt.want)
	}
}

// TestColimaDateline: "Col." before a dateline's dash is Colima's
// abbreviation and qualifies the town before it ("CUAUHTÉMOC, Col.-" is
// Cuauhtémoc, Colima, "COLIMA, Col.-" the city); elsewhere "Col." is as
// often a colonia's ("Tecomán, Col. Centro"), and the town stays
// unqualified. The texts are written for the test.
func TestColimaDateline(t *testing.T) {
	g := load(t)
	tests := []struct {
		text string
		want []want
	}{
		{"CUAUHTÉMOC, Col.- Un hombre fue privado de la libertad en Quesería.", []want{{"CUAUHTÉMOC", "Cuauhtémoc", "06005"}, {"Quesería", "Quesería", "06005"}}},
		{"CUAUHTÉMOC, Col. — Un hombre fue privado de la libertad.", []want{{"CUAUHTÉMOC", "Cuauhtémoc", "06005"}}},
		{"COLIMA, Col.- Dos hombres fueron heridos a tiros.", []want{{"COLIMA", "Colima", "06002"}}},
	}
	for _, tt := range tests {
		checkResolved(t, g, tt.text, tt.want)
	}
}
