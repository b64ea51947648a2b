package gazetteer

import "testing"

// TestSeatShortName: a seat told by the first words of its name
// ("Zumpango" for Zumpango del Río, seat of Eduardo Neri) is the seat, not
// a hamlet of the same state so named (Zumpango, Olinalá), when the text
// names its municipality or only its state; the State of Mexico's
// municipality of that name stays where the text says so.
func TestSeatShortName(t *testing.T) {
	g := load(t)
	tests := []struct {
		text string
		want []want
	}{
		{"Un comerciante fue asesinado en Zumpango, cabecera del municipio de Eduardo Neri.", []want{{"Zumpango", "Zumpango del Río", "12075"}, {"Eduardo Neri", "Eduardo Neri", "12075"}}},
		{"Un comerciante fue asesinado en el centro de Zumpango, Guerrero.", []want{{"Zumpango", "Zumpango del Río", "12075"}}},
		{"Un comerciante fue asesinado en Zumpango, Estado de México.", []want{{"Zumpango", "Zumpango", "15120"}, {"Estado de México", "Estado de México", "15"}}},
		{"Dos hombres fueron asesinados en Olinalá y en Zumpango del Río, Guerrero.", []want{{"Olinalá", "Olinalá", "12045"}, {"Zumpango del Río", "Zumpango del Río", "12075"}, {"Guerrero", "Guerrero", "12"}}},
	}
	for _, tt := range tests {
		checkResolved(t, g, tt.text, tt.want)
	}
}

// TestEnglishQualifier: ", in <state>" after a town qualifies it as ", en"
// does in Spanish: the state, not its capital of the same name.
func TestEnglishQualifier(t *testing.T) {
	g := load(t)
	tests := []struct {
		text string
		want []want
	}{
		{"Gunmen killed three people in the oil hub of Ciudad del Carmen, in Campeche, on Monday.", []want{{"Ciudad del Carmen", "Carmen", "04003"}, {"Campeche", "Campeche", "04"}}},
		{"Gunmen killed three people in Cuauhtemoc, in Chihuahua, on Monday.", []want{{"Cuauhtemoc", "Cuauhtémoc", "08017"}, {"Chihuahua", "Chihuahua", "08"}}},
	}
	for _, tt := range tests {
		checkResolved(t, g, tt.text, tt.want)
	}
}
