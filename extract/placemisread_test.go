package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestPlaceMisreads: ways of placing an act that extraction misread,
// each beside a near miss that must keep its reading. A state's name
// qualifying its mountains ("Durango sierra", "la sierra de Durango") is
// the state, not the capital that shares its name; a town's name after
// "localidad" and before "perteneciente a este municipio" is a locality
// of the dateline's town; and a colonia's name that ends in a town's
// ("la colonia Jardines de Morelos") lies in the town named before it.
// The sentences are written for the test.
func TestPlaceMisreads(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2037, 9, 9, 12, 0, 0, 0, mexico)
	tests := []struct {
		name, lang  string
		title, text string
		state, muni string // the first incident's state and municipality codes ("" for none)
		not         string // a municipality code no incident may have
		every       bool   // every incident in muni, not only the first
	}{
		{name: "sierra after the state", lang: "en", title: "Soldiers and gunmen clash in Durango sierra; four dead",
			text: "Soldiers and gunmen clash in Durango sierra; four dead", state: "10"},
		{name: "sierra de, Spanish", lang: "es", title: "Enfrentamiento en la sierra de Durango deja cuatro muertos",
			text: "Soldados y civiles armados se enfrentaron la tarde del martes en la sierra de Durango; murieron cuatro de los agresores.", state: "10"},
		{name: "the state's name alone is its capital", lang: "es", title: "Asesinan a un hombre en Durango",
			text: "Un hombre fue asesinado a balazos la noche del martes en Durango.", state: "10", muni: "10005"},
		{name: "two states after en", lang: "es",
			text:  "Hombres armados incendiaron vehículos la noche del miércoles en Sinaloa y Jalisco, informaron las autoridades.",
			state: "25"},
		{name: "a locality of this municipality named like a town", lang: "es",
			text:  "TUXPAN, Ver.- Los cuerpos de dos hombres fueron localizados la mañana de este miércoles en un camino de la localidad Tierra Blanca, perteneciente a este municipio.",
			state: "30", muni: "30189"},
		{name: "the town itself, no locality", lang: "es",
			text:  "TUXPAN, Ver.- Los cuerpos de dos hombres fueron localizados la mañana de este miércoles en un camino de Tierra Blanca, informó la Fiscalía.",
			state: "30", muni: "30174"},
		{name: "a colonia ending in a town's name", lang: "es",
			text:  "Toluca, Estado de México.- Un policía municipal murió y otro resultó herido la noche del lunes en un ataque a balazos en la colonia Jardines de Morelos, en Ecatepec.",
			state: "15", muni: "15033"},
		{name: "the town after its colonia", lang: "es",
			text:  "Un policía municipal murió la noche del lunes en un ataque a balazos en la colonia Centro de Morelos, Estado de México.",
			state: "15", muni: "15056"},
		{name: "a colonia ending in a town's name, the town named before", lang: "es",
			text:  "Toluca, Estado de México, 9 de septiembre de 2037.\n\nAgentes ministeriales detuvieron la tarde del martes, en la colonia Ciudad Azteca del municipio de Ecatepec, a dos hombres, probables participantes en la agresión ocurrida el pasado 7 de septiembre en la colonia Jardines de Morelos, en la que murió un policía municipal.",
			state: "15", muni: "15033", not: "15056", every: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: pub, Title: tt.title, Text: tt.text}
			ins := e.Extract(r)
			if len(ins) == 0 {
				t.Fatal("no incident")
			}
			in := ins[0]
			if in.Location.StateCode != tt.state {
				t.Errorf("state %q (%s), want %s", in.Location.StateCode, in.Location.State, tt.state)
			}
			if in.Location.MunicipalityCode != tt.muni {
				t.Errorf("municipality %q (%s), want %q", in.Location.MunicipalityCode, in.Location.Municipality, tt.muni)
			}
			for _, in := range ins {
				if tt.not != "" && in.Location.MunicipalityCode == tt.not || tt.every && in.Location.MunicipalityCode != tt.muni {
					t.Errorf("%s at %s (%s)", in.Type, in.Location.Municipality, in.Location.MunicipalityCode)
				}
			}
		})
	}
}
