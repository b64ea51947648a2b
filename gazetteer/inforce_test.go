package gazetteer

import "testing"

// TestStateInForce checks that of homonym towns the one in the state in
// force where the name is written wins when nothing else in its sentence
// decides: the state of the nearest name before it that lies in one state
// (an official list's earlier item, a report's opening place), not the
// bigger namesake elsewhere; a name later in the sentence that says
// another of its states still decides, and a state's own name keeps its
// rules. The texts are written for the test.
func TestStateInForce(t *testing.T) {
	g := load(t)
	tests := []struct {
		name, text, mention, code string // code: municipality code of the place read for the last mention, "" for none
	}{
		{"a list's earlier item in Chiapas",
			"1. En Frontera Comalapa, Chiapas, civiles armados atacaron a militares.\n2. Durante la mañana se liberó la carretera a la altura de Ciudad Cuauhtémoc.\n3. En Ciudad Juárez, Chihuahua, fueron atacados dos policías.",
			"Ciudad Cuauhtémoc", "07034"},
		{"a list's earlier item in Chihuahua",
			"1. En Tapachula, Chiapas, detuvieron a dos hombres.\n2. En Ciudad Juárez, Chihuahua, atacaron a policías.\n3. En Ciudad Cuauhtémoc quemaron un camión.",
			"Ciudad Cuauhtémoc", "08017"},
		{"the report's opening place",
			"Un militar murió en Tapachula, Chiapas. Horas después, en Ciudad Cuauhtémoc, incendiaron dos tráileres. La Fiscalía de Chihuahua no informó de hechos.",
			"Ciudad Cuauhtémoc", "07034"},
		{"the opening place, in English",
			"A soldier was killed in Tapachula, Chiapas, on Monday. Hours later, gunmen set two trucks on fire in Ciudad Cuauhtémoc. Chihuahua police reported no incidents.",
			"Ciudad Cuauhtémoc", "07034"},
		{"the sentence names the state after it",
			"Un militar murió en Tapachula, Chiapas. Horas después, en Ciudad Cuauhtémoc, en la sierra de Chihuahua, incendiaron dos tráileres.",
			"Ciudad Cuauhtémoc", "08017"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code := ""
			for _, r := range g.Resolve(tt.text, g.Find(tt.text), "") {
				if r.Text == tt.mention {
					code = r.Place.MunicipalityCode
				}
			}
			if code != tt.code {
				t.Errorf("%q read in %q, want %q", tt.mention, code, tt.code)
			}
		})
	}
}
