package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestDatelineAgainstLaterTown (place22): a town named as where the act
// happened overrides the dateline; a town named as a reference does not;
// a neighbourhood known only in another municipality the report never
// names lies in the dateline's town.
func TestDatelineAgainstLaterTown(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2035, 3, 7, 12, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text, muni string
	}{
		// The act's town, named later.
		{"es municipio de", "es", "ZACATECAS, Zac.- Un comando armado privó de la libertad a tres trabajadores de una empresa minera, confirmó la Fiscalía. El hecho ocurrió ayer por la tarde en un camino de la comunidad de Plateros, en el municipio de Fresnillo.",
			"Fresnillo"},
		{"en municipality of", "en", "MONTERREY, Mexico — Gunmen kidnapped two businessmen on Tuesday, state prosecutors said. The abduction took place outside a restaurant in the municipality of Cadereyta Jiménez.",
			"Cadereyta Jiménez"},
		{"en town of", "en", "ZACATECAS, Mexico — Gunmen kidnapped five mine workers on Tuesday afternoon, state prosecutors said. The workers were seized on a dirt road in the town of Fresnillo.",
			"Fresnillo"},
		// A town named only as a reference.
		{"es hospital", "es", "ZACATECAS, Zac.- Un hombre fue asesinado a balazos la noche del martes afuera de su domicilio, informó la Fiscalía. Su acompañante resultó herido y fue trasladado al hospital del municipio de Guadalupe.",
			"Zacatecas"},
		{"es originarios", "es", "ZACATECAS, Zac.- Dos hombres fueron asesinados a balazos la noche del martes afuera de un bar, informó la Fiscalía. Las víctimas eran originarias del municipio de Fresnillo.",
			"Zacatecas"},
		{"es kilometros", "es", "ZACATECAS, Zac.- Dos hombres fueron asesinados a balazos la noche del martes afuera de un bar, informó la Fiscalía. El bar se ubica a 20 kilómetros del municipio de Fresnillo.",
			"Zacatecas"},
		{"en residents", "en", "MONTERREY, Mexico — Gunmen shot dead two men outside a bar on Tuesday night, police said. The victims were residents of the municipality of Cadereyta Jiménez.",
			"Monterrey"},
		// A neighbourhood under the dateline.
		{"es delegacion", "es", "TOLUCA, Edomex.- Tres hombres murieron y dos resultaron heridos la noche del sábado cuando sujetos armados irrumpieron en un bar de la delegación Santa Ana Tlapaltitlán y dispararon contra los clientes.",
			"Toluca"},
		{"es colonia", "es", "SAN PEDRO TLAQUEPAQUE, Jal.- Cuatro personas muertas dejó un ataque armado registrado alrededor de las 23:40 horas del sábado en un bar de la colonia Las Juntas.",
			"San Pedro Tlaquepaque"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: pub, Text: tt.text}
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
