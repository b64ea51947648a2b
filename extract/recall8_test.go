package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestArrestOfOldCrime checks that an arrest now of a crime an old year
// dates is an arrest, whatever the arrest verb's form ("detienen" was
// not read as one), and that an old arrest or an old crime alone stays
// history.
func TestArrestOfOldCrime(t *testing.T) {
	checkActTypes(t, []actCase{
		{"Detienen con drogas a un joven que asesinó a dos mujeres en León en 2021", model.SecurityOperation},
		{"Detienen a presunto homicida de un comerciante, crimen ocurrido en 2020 en Celaya", model.SecurityOperation},
		{"Cae en Salamanca sujeto acusado de un homicidio cometido en 2018", model.SecurityOperation},
		{"Detienen en Irapuato a sujeto buscado desde 2020 por secuestro", model.SecurityOperation},
		{"Capturan en Celaya a hombre que mató a su vecino en 2019", model.SecurityOperation},
		{"Fue detenido en marzo de 2019 el líder de una banda de Celaya", ""},
		{"Recuerdan a las víctimas del ataque en un bar de Irapuato en 2019", ""},
		{"Familias buscan desde 2019 a sus hijos desaparecidos en Celaya", ""},
	})
}

// TestForceFinds checks that what a state force finds is an operation,
// and that the same verbs with no force, or a force finding a pet, are
// none.
func TestForceFinds(t *testing.T) {
	checkActTypes(t, []actCase{
		{"Marina descubre lanchas de traficantes de personas en Salina Cruz", model.SecurityOperation},
		{"Guardia Nacional ubica una toma clandestina en Salamanca", model.SecurityOperation},
		{"Policías de Ecatepec localizan a dos menores y los entregan a su familia", model.SecurityOperation},
		{"Ejército localiza plantío en Badiraguato", model.SecurityOperation},
		{"Localizan a un hombre en Celaya", ""},
		{"Policía encuentra a perro perdido en Celaya", ""},
	})
}

// TestMisspeltCues checks that a headline verb misspelt by a letter left
// out, doubled, changed or swapped is read as the verb, and that words
// near a cue that are words of their own ("tortura", "obtienen",
// "mantienen") are not.
func TestMisspeltCues(t *testing.T) {
	checkActTypes(t, []actCase{
		{"Diisparan contra un masculino en Santiago, Nuevo León", model.ArmedAttack},
		{"Etienen a dos sujetos en Ixtepec, Oaxaca", model.SecurityOperation},
		{"Asesinaan a comerciante en Celaya", model.Homicide},
		{"Ejecutaon a dos en Celaya", model.Homicide},
		{"Denuncian tortura en penal de Celaya", ""},
		{"Obtienen permiso para feria en Celaya", ""},
		{"Mantienen vigilancia en el centro de Celaya", ""},
	})
}

// actCase is a Spanish headline and the type of the act it tells, "" for
// none.
type actCase struct {
	text string
	want model.IncidentType
}

// checkActTypes extracts each case's headline, published on a Wednesday
// of 2024, and checks the type of its first act (actOf).
func checkActTypes(t *testing.T, cases []actCase) {
	t.Helper()
	e := realExtractor(t)
	pub := time.Date(2024, 8, 14, 12, 0, 0, 0, time.UTC)
	for _, tt := range cases {
		r := model.Report{ID: "h", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		got := model.IncidentType("")
		if g, ok := actOf(e.Extract(r)); ok {
			got = g.Type
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}
