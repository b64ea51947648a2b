package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestColonyInDateline: a town that ends a neighbourhood's name far from
// the town the report is filed from is part of the name; a neighbouring
// town is where the neighbourhood is.
func TestColonyInDateline(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2029, 1, 9, 0, 40, 0, 0, mexico)
	tests := []struct {
		name, title, text, muni string
	}{
		{"far town in the name", "", "CELAYA, Gto.— Tres hombres muertos dejó un ataque armado en un bar de la colonia Jardines de Salamanca, alrededor de las 23:10 horas de este lunes.",
			"Celaya"},
		{"neighbouring town", "", "XALISCO, Nay.— Dos hombres murieron en un ataque armado contra una fiesta en la colonia Heriberto Casas de Tepic, a las 21:50 horas de este lunes.",
			"Tepic"},
		{"far town named in the title", "Atacan a policías en Fresnillo; muere un agresor",
			"ZACATECAS, Zac.- Policías estatales fueron atacados a balazos la madrugada de este lunes en la colonia Las Palmas de Fresnillo; uno de los agresores murió.",
			"Fresnillo"},
		{"far town named in the text", "",
			"MORELIA, Mich.- Un hombre fue detenido la tarde de este martes en un domicilio de la colonia Centro de Apatzingán. Horas después, sujetos armados quemaron dos camiones en la salida de Apatzingán hacia Uruapan.",
			"Apatzingán"},
		{"far town named only in another colonia's name", "",
			"CELAYA, Gto.— Tres hombres muertos dejó un ataque armado en un bar de la colonia Jardines de Salamanca, alrededor de las 23:10 horas de este lunes. Vecinos de la colonia Valle de Salamanca escucharon los disparos.",
			"Celaya"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: "es", Kind: model.KindNews, Published: pub, Title: tt.title, Text: tt.text}
			ins := e.Extract(r)
			if len(ins) == 0 {
				t.Fatal("no incident")
			}
			if got := ins[0].Location.Municipality; got != tt.muni {
				t.Errorf("first incident in %q, want %q", got, tt.muni)
			}
		})
	}
}
