package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestForcedIntoVehicle checks kidnappings told by what was done to the
// victim rather than by a noun of the crime: "fue sustraído por sujetos
// armados", "lo obligaron a subir a una camioneta", "fue obligado por
// hombres armados a subir a una camioneta", "lo subieron a la fuerza",
// "forced into a pickup" (read53, family "a kidnapping told in other
// words", as a prosecutor's account of each case). The controls read no
// kidnapping: prices raised, a climb, goods stolen.
func TestForcedIntoVehicle(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 5, 9, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text string
		want             bool
	}{
		{name: "sustraído", lang: "es",
			text: "CHIHUAHUA, Chih.- A las 11:05 horas del sábado, en un comercio de la colonia Villa Juárez, un hombre de 51 años fue sustraído por sujetos armados.",
			want: true},
		{name: "obligado por ... a subir", lang: "es",
			text: "CHIHUAHUA, Chih.- Alrededor de las 20:00 horas del viernes, en la colonia Cerro de la Cruz, un joven de 24 años fue obligado por hombres armados a subir a una camioneta.",
			want: true},
		{name: "lo obligaron a subir", lang: "es",
			text: "NAVOJOA, Son.- Un comerciante atendía su tienda el lunes por la tarde en la colonia Juárez cuando llegaron dos camionetas; los ocupantes lo obligaron a subir a una de ellas y se retiraron.",
			want: true},
		{name: "subieron a la fuerza", lang: "es",
			text: "GUASAVE, Sin.- Dos jóvenes fueron interceptados el domingo por la noche en la colonia Centro por sujetos que los subieron a la fuerza a una camioneta gris.",
			want: true},
		{name: "forced into a pickup", lang: "en",
			text: "HERMOSILLO, Mexico — Two young men were forced into a pickup by armed men outside a store in Hermosillo on Sunday night, relatives said.",
			want: true},
		// Controls.
		{name: "prices", lang: "es",
			text: "HERMOSILLO, Son.- El dueño de la tortillería de la colonia Pitic se vio obligado a subir el precio del kilo de tortilla el lunes por el alza del maíz.",
			want: false},
		{name: "a climb", lang: "es",
			text: "GUASAVE, Sin.- El domingo por la mañana, los corredores fueron obligados a subir a pie la cuesta del cerro de la colonia Centro tras la lluvia.",
			want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "r53f", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			found := false
			for _, in := range got {
				found = found || in.Type == model.Kidnapping
			}
			if found != tt.want {
				t.Errorf("kidnapping found %v, want %v (incidents %v)", found, tt.want, actTypes(got))
			}
		})
	}
}
