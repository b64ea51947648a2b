package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestTitleReferredBack: a report whose title tells the act and whose
// text only refers back to it ("los hechos", "the flames", a definite
// noun the title used) reports the title's act; a text that does not
// refer back, or refers to something else, does not.
func TestTitleReferredBack(t *testing.T) {
	e := newFakeExtractor()
	pub := time.Date(2026, 2, 23, 9, 0, 0, 0, mexico)
	tests := []struct {
		name, title, text string
		want              model.IncidentType // "" for no incident
	}{
		{"the events", "Asesinan a tres hombres en una fiesta de Celaya",
			"El alcalde lamentó los hechos y pidió a la Fiscalía esclarecer lo ocurrido. Comerciantes cerraron sus locales por temor.", model.Homicide},
		{"the title's noun again", "Secuestran a cuatro albañiles de una obra en Celaya",
			"Familiares de los albañiles se manifestaron este miércoles frente a la presidencia para exigir su pronta localización.", model.Kidnapping},
		{"the flames", "Gunmen torch a bus in Celaya",
			"Residents said the flames could be seen from several blocks away. The transport union called a meeting.", model.Arson},
		{"a title's shooting at a place", "Tres muertos en un palenque de Celaya",
			"El alcalde lamentó los hechos y pidió a la Fiscalía esclarecer lo ocurrido.", model.ArmedAttack},
		// near misses
		{"no reference", "Asesinan a tres hombres en una fiesta de Celaya",
			"El alcalde inauguró una obra de drenaje. Comerciantes piden más estacionamiento.", ""},
		{"an indefinite noun", "Secuestran a cuatro albañiles de una obra en Celaya",
			"Unos albañiles de otra obra pidieron aumento de salario al sindicato.", ""},
		{"a protest over something else", "Asesinan a tres hombres en una fiesta de Celaya",
			"Los transportistas se manifestaron por el alza de la gasolina.", ""},
		{"a ceremony's things", "Ejército destruye 900 armas en ceremonia en Celaya",
			"Las armas fueron entregadas de forma voluntaria en el programa de canje.", ""},
		{"a closure's road", "Traffic advisory: Libramiento closures in Celaya",
			"Two lanes of the Libramiento will be closed overnight for drainage works.", ""},
		{"a function word", "Asesinan a tres hombres en una fiesta de Celaya",
			"El clima será templado durante la semana y la lluvia llegará el lunes.", ""},
	}
	for _, tt := range tests {
		r := model.Report{ID: "h1", Kind: model.KindNews, Title: tt.title, Text: tt.text, Published: pub}
		got := e.Extract(r)
		if tt.want == "" {
			if len(got) != 0 {
				t.Errorf("%s: got %d incidents, want none: %+v", tt.name, len(got), got)
			}
			continue
		}
		if len(got) != 1 || got[0].Type != tt.want || got[0].Location.MunicipalityCode != "11007" || len(got[0].Evidence) == 0 {
			t.Errorf("%s: got %+v, want one %s in Celaya", tt.name, got, tt.want)
			continue
		}
		checkInvariants(t, r, got)
	}
}
