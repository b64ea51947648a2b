package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestRoadCutBlockade checks that road vehicles burnt with a clause that
// says the traffic stopped, or at a town's gateway, are read as a
// blockade, and that vehicles burnt with neither stay arson.
func TestRoadCutBlockade(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2030, 5, 10, 12, 0, 0, 0, mexico)
	tests := []struct {
		name string
		lang string
		text string
		want model.IncidentType
	}{
		{"participle clause blocking traffic", "en", "Gunmen set a bus on fire at the exit of Morelia toward Charo on Tuesday night, blocking traffic for three hours.", model.Blockade},
		{"participle clause cutting the road", "en", "Armed men torched a cargo truck near Valparaíso, Zacatecas, on Sunday, cutting the road to Fresnillo for four hours.", model.Blockade},
		{"burning across the main road", "en", "By Monday night a tanker truck was burning across the main road out of Apatzingán, Michoacán.", model.Blockade},
		{"noun phrase subject halted traffic", "en", "The burning of a bus in downtown Zamora, Michoacán, on Tuesday halted traffic for two hours.", model.Blockade},
		{"coordinate clause cerraron el paso", "es", "Sujetos armados incendiaron un tractocamión en Apatzingán, Michoacán, la noche del lunes, y cerraron el paso durante dos horas.", model.Blockade},
		{"gateway of a town", "es", "Desconocidos incendiaron un autobús en la entrada de Zamora, Michoacán, la noche del martes.", model.Blockade},
		{"circulation suspended", "es", "Hombres armados quemaron una pipa en Buenavista, Michoacán, el martes, por lo que la circulación quedó suspendida por tres horas.", model.Blockade},
		// near misses: no traffic stopped, no gateway, or no vehicle
		{"vans burnt outside a workshop", "es", "Un comando quemó dos camionetas frente a un taller en Celaya, Guanajuato, la noche del lunes.", model.Arson},
		{"bus burnt in a depot", "en", "Gunmen set fire to a bus parked in a depot in Celaya, Guanajuato, on Monday night.", model.Arson},
		{"house burnt at the entrance", "es", "Desconocidos incendiaron una casa en la entrada de Zamora, Michoacán, la noche del martes.", model.Arson},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Lang: tt.lang, Text: tt.text, Published: pub})
		if len(got) != 1 || got[0].Type != tt.want {
			var types []model.IncidentType
			for _, in := range got {
				types = append(types, in.Type)
			}
			t.Errorf("%s: %q: types %v, want [%s]", tt.name, tt.text, types, tt.want)
		}
	}
}

// TestGroundActPlural checks that an arrest naming two acts together as
// its ground, dated by a plural participle ("hechos ocurridos el pasado
// martes"), gives the act an incident of its own, an armed attack when
// its victims are police; near misses: the same acts weeks before, and a
// charge with no time of its own.
func TestGroundActPlural(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2030, 5, 10, 12, 0, 0, 0, mexico) // a Friday
	tests := []struct {
		name string
		text string
		want []model.IncidentType
	}{
		{"police killed, plural participle", "La Fiscalía detuvo este jueves a dos hombres como probables responsables del homicidio de un policía municipal y las lesiones de otro, hechos ocurridos el pasado martes en la colonia Centro de Celaya.",
			[]model.IncidentType{model.SecurityOperation, model.ArmedAttack}},
		{"civilians killed, plural participle", "Agentes ministeriales detuvieron este jueves a tres hombres señalados como responsables del homicidio de dos comerciantes y las lesiones de un tercero, hechos registrados el pasado miércoles en la colonia Centro de Irapuato.",
			[]model.IncidentType{model.SecurityOperation, model.Homicide}},
		{"weeks before", "La Fiscalía detuvo este jueves a dos hombres como probables responsables del homicidio de un policía municipal y las lesiones de otro, hechos ocurridos el pasado 2 de marzo en Celaya.",
			[]model.IncidentType{model.SecurityOperation}},
		{"a charge", "La Fiscalía detuvo este jueves en Celaya a dos hombres por el delito de homicidio.",
			[]model.IncidentType{model.SecurityOperation}},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub})
		var types []model.IncidentType
		for _, in := range got {
			types = append(types, in.Type)
		}
		if !slices.Equal(types, tt.want) {
			t.Errorf("%s: %q: types %v, want %v", tt.name, tt.text, types, tt.want)
		}
	}
}

// TestRoundupBurnings checks that a report counting blockades keeps the
// burning of road vehicles it lists by noun phrase after its count, as a
// blockade, and that a burnt business after the count stays a business
// attack.
func TestRoundupBurnings(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2030, 5, 10, 12, 0, 0, 0, mexico) // a Friday
	tests := []struct {
		name, title, text string
		want              []model.IncidentType // counted incidents (no tally)
	}{
		{"burnt trailers listed after the count", "Suman 30 bloqueos en seis estados",
			"CIUDAD DE MÉXICO.- Las autoridades federales contabilizan 30 bloqueos carreteros en seis estados desde la noche del jueves, de acuerdo con el reporte más reciente. La mayoría ya fue liberada. Entre los hechos de mayor impacto figura el incendio de dos tractocamiones en el bulevar Díaz Ordaz de Celaya, Guanajuato, la noche del jueves, que durante casi tres horas complicó el tránsito hacia Salamanca.",
			[]model.IncidentType{model.Blockade}},
		{"burnt shop listed after the count", "Suman 30 bloqueos en seis estados",
			"CIUDAD DE MÉXICO.- Las autoridades federales contabilizan 30 bloqueos carreteros en seis estados desde la noche del jueves, de acuerdo con el reporte más reciente. La mayoría ya fue liberada. Entre los hechos de mayor impacto figura el incendio de una tienda de conveniencia en el bulevar Díaz Ordaz de Celaya, Guanajuato, la noche del jueves, que durante casi tres horas complicó el tránsito hacia Salamanca.",
			[]model.IncidentType{model.BusinessAttack}},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Lang: "es", Title: tt.title, Text: tt.text, Published: pub})
		var types []model.IncidentType
		for _, in := range got {
			if in.Counted() {
				types = append(types, in.Type)
			}
		}
		if !slices.Equal(types, tt.want) {
			t.Errorf("%s: types %v, want %v", tt.name, types, tt.want)
		}
	}
}
