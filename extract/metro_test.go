package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestMetroZoneNamed: a metropolitan zone named as such ("la zona
// metropolitana de Cuernavaca", "the metropolitan area of Toluca", "the
// Reynosa metropolitan area") places an act in the zone's state, not in
// its core city; a town the sentence names in the zone is the place (the
// zone adds nothing beside it), and a city the zone is set beside as a
// reference ("west of Mexico City") is no second act.
func TestMetroZoneNamed(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2040, 3, 8, 12, 0, 0, 0, mexico)
	type want struct{ state, muni string }
	tests := []struct {
		name, lang, text string
		want             []want
	}{
		{"en metropolitan area of, a reference city", "en", "MEXICO CITY (Wire) - Gunmen burst into a bar in the metropolitan area of Toluca, west of Mexico City, late Saturday and opened fire on customers, killing three men, prosecutors said.",
			[]want{{"15", ""}}},
		{"en X metropolitan area", "en", "Gunmen killed three people at a car dealership in the Reynosa metropolitan area on Saturday, Tamaulipas officials said.",
			[]want{{"28", ""}}},
		{"es zona metropolitana", "es", "Dos hombres fueron asesinados a balazos la noche del sábado en un bar de la zona metropolitana de Cuernavaca, informó la Fiscalía.",
			[]want{{"17", ""}}},
		{"es a town in the zone", "es", "Dos hombres fueron asesinados a balazos la noche del sábado en Temixco, en la zona metropolitana de Cuernavaca, informó la Fiscalía.",
			[]want{{"17", "17018"}}},
		{"es two towns of the zone", "es", "Dos ataques armados se registraron la noche del jueves en la zona metropolitana de Cuernavaca: en Jiutepec, un hombre fue herido a balazos frente a su casa, y en Temixco, sujetos armados mataron a un taxista.",
			[]want{{"17", "17011"}, {"17", "17018"}}},
		{"es zona conurbada of a zone across a state line", "es", "Un enfrentamiento entre marinos y civiles armados dejó dos agresores muertos la tarde del miércoles en la zona conurbada de Tampico, Tamaulipas, informaron fuentes federales.",
			[]want{{"28", ""}}},
		{"es zona conurbada de Torreón", "es", "Dos hombres fueron asesinados a balazos la noche del sábado afuera de un bar de la zona conurbada de Torreón, informó la Fiscalía.",
			[]want{{"05", ""}}},
		{"es a zone's side in the other state, by an adjective", "es", "En la zona rural de la Comarca Lagunera, del lado duranguense, fueron localizados ayer los cuerpos de dos hombres con huellas de violencia.",
			[]want{{"10", ""}}},
		{"es a zone's side in the other state, by a town named like it", "es", "Dos hombres fueron asesinados a balazos la noche del sábado en la zona metropolitana de La Laguna, en Durango, informó la Fiscalía.",
			[]want{{"10", ""}}},
		{"es zona conurbada, del lado veracruzano", "es", "Un enfrentamiento entre marinos y civiles armados dejó dos agresores muertos la tarde del miércoles en la zona conurbada de Tampico, del lado veracruzano.",
			[]want{{"30", ""}}},
		{"es a zone and its own state", "es", "Dos hombres fueron asesinados a balazos la noche del sábado en la zona metropolitana de La Laguna, en Coahuila, informó la Fiscalía.",
			[]want{{"05", ""}}},
		{"en the core city alone", "en", "Gunmen killed three men in a bar in Cuernavaca on Saturday night, Morelos prosecutors said.",
			[]want{{"17", "17007"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: pub, Text: tt.text}
			ins := e.Extract(r)
			if len(ins) != len(tt.want) {
				t.Fatalf("%d incidents, want %d: %+v", len(ins), len(tt.want), ins)
			}
			for i, w := range tt.want {
				if l := ins[i].Location; l.StateCode != w.state || l.MunicipalityCode != w.muni {
					t.Errorf("incident %d in %s/%s, want %s/%s", i, l.StateCode, l.MunicipalityCode, w.state, w.muni)
				}
			}
		})
	}
}
