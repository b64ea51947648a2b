package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestKindReadings checks the readings that tell a kind of act from acts
// told in a headline (kindOnly and the readings after it): a bare plural
// of a crime with nothing that counts, tells, dates or places it names
// the kind; beside each, the same noun counted, told by a verb, dated or
// placed, which keeps its incident.
func TestKindReadings(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 11, 10, 9, 0, 0, 0, mexico)
	tests := []struct {
		lang, text string
		want       int // violent incidents that count
	}{
		// A bare plural kind noun with nothing to anchor it.
		{"es", "Feminicidios: ¿qué estamos haciendo mal como sociedad?", 0},
		{"es", "Extorsiones, el dolor de cabeza de los comerciantes", 0},
		{"es", "Homicidios y robos, lo que más preocupa a los vecinos", 0},
		{"es", "Desapariciones: las madres que buscan también son amenazadas", 0},
		{"en", "Homicides: what the new figures do not tell", 0},
		// The same noun counted, told by a verb, dated or placed.
		{"es", "Registran homicidios en la zona metropolitana", 1},
		{"es", "Dos homicidios esta mañana en la zona metropolitana", 1},
		{"es", "Asesinatos en la colonia Villa Nueva del Sur", 1},
		{"en", "Murders in the Mirasol neighborhood", 1},
		{"en", "3 violent homicides have been registered in the last hours", 1},
		{"es", "Homicidios en Guanajuato, el reto que hereda el nuevo fiscal", 0},
		{"es", "Ejecuciones en Zacatecas: lo que dice la estadística del INEGI", 0},
		{"es", "Presuntos enfrentamientos entre grupos en Michoacán dejan decenas de muertos", 1},
		// An appeal to find many missing people counts the missing; one
		// for a person is a bulletin.
		{"es", "Piden ayuda para encontrar a 85 personas desaparecidas en Sinaloa", 0},
		{"es", "Piden ayuda para encontrar a joven desaparecida en Culiacán", 1},
		// A bare plural object of a verb in the perfect sums a period up.
		{"en", "The mayor of Tlapa, Guerrero, said the town's markets will close on Monday. Farmers have reported clashes between armed groups in the hills for weeks.", 0},
		{"es", "El mercado de Zitácuaro, Michoacán, cerrará el lunes por la inseguridad. Los comerciantes han denunciado balaceras en la zona desde hace meses.", 0},
		{"en", "Gunmen shot dead three farmers near Tlapa, Guerrero, on Sunday.", 1},
		// A category of crime that a sum verb totals is a statistic.
		{"es", "En Guanajuato, las víctimas de secuestro sumaron 12 en octubre, y las de extorsión, 300.", 0},
		{"es", "Las denuncias por extorsión ascendieron a 450 en Zacatecas durante el semestre.", 0},
		// The plural present perfect sums a period up; with a day it
		// tells the day's act.
		{"es", "Cuatro regidores han sido asesinados en la misma región de Veracruz", 0},
		{"es", "Han asesinado a 45 mujeres en Chihuahua", 0}, // a tally
		{"es", "Han asesinado a dos hombres esta mañana en Celaya", 1},
		{"es", "Ha sido asesinado el alcalde de San Felipe, Guanajuato", 1},
	}
	for _, tt := range tests {
		r := model.Report{ID: "r", Kind: model.KindNews, Lang: tt.lang, Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if n := violent(got); n != tt.want {
			t.Errorf("%q: %d violent incidents; want %d: %+v", tt.text, n, tt.want, got)
		}
	}
}

// TestTitleIsText checks that a title that is the whole text does not
// support itself: what its sentence dropped stays dropped; a title over a
// text that tells the act keeps it.
func TestTitleIsText(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 11, 10, 9, 0, 0, 0, mexico)
	tests := []struct {
		title, text string
		want        int
	}{
		{"Estrenan en Puebla una aplicación para denunciar extorsiones en línea", "Estrenan en Puebla una aplicación para denunciar extorsiones en línea", 0},
		{"Secuestran a dos comerciantes en Chilpancingo", "Dos comerciantes del mercado central de Chilpancingo, Guerrero, fueron privados de la libertad por hombres armados.", 1},
	}
	for _, tt := range tests {
		r := model.Report{ID: "r", Kind: model.KindNews, Lang: "es", Title: tt.title, Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if n := violent(got); n != tt.want {
			t.Errorf("%q: %d violent incidents; want %d: %+v", tt.title, n, tt.want, got)
		}
	}
}
