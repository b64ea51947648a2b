package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestLabelRules checks the type precedence the gold labelling rules
// (testdata/gold/README.md) set for paragraph-length reports, where the
// blind sets found the extractor departing from them.
func TestLabelRules(t *testing.T) {
	e := newFakeExtractor()
	pub := time.Date(2027, 3, 2, 10, 0, 0, 0, mexico)
	tests := []struct {
		name string
		text string
		want []model.IncidentType // the incidents' types in order; nil for none
	}{
		// Forces attacked who answer the fire fought a clash (DESIGN:
		// armed confrontation of an armed group with forces).
		{"repel in the next sentence", "Policías estatales fueron agredidos a tiros por civiles armados en Uruapan la tarde del lunes. Los agentes repelieron la agresión y dos atacantes murieron.",
			[]model.IncidentType{model.ArmedClash}},
		{"repel, singular", "Una patrulla del Ejército fue atacada en Culiacán este lunes. El personal repelió la agresión; tres agresores perdieron la vida.",
			[]model.IncidentType{model.ArmedClash}},
		{"repelled, English", "Gunmen fired on a National Guard convoy outside Culiacán on Monday. The troops repelled the attack, killing two of the assailants.",
			[]model.IncidentType{model.ArmedClash}},
		// An ambush is an armed attack even when it kills: the README's
		// "shot dead with no clash" homicide is about people killed, an
		// ambush names the one-sided attack (DESIGN: on police or officials).
		{"ambush kills officers", "Three municipal officers were killed on Monday when gunmen ambushed their patrol on a dirt road in Uruapan.",
			[]model.IncidentType{model.ArmedAttack}},
		{"emboscan", "Emboscan a policías en Celaya; mueren dos agentes.",
			[]model.IncidentType{model.ArmedAttack}},
		// A killing told with a firm verb stays a homicide.
		{"shot dead", "Two men were shot dead in a street of Culiacán on Monday night.",
			[]model.IncidentType{model.Homicide}},
		// The business is the target: shots at its front, fire, petrol bombs.
		{"shots at a furniture store", "Desconocidos dispararon contra la fachada de una mueblería en Celaya la noche del domingo; no hubo heridos.",
			[]model.IncidentType{model.BusinessAttack}},
		{"dealership", "Gunmen opened fire on a car dealership in Culiacán on Monday and left before police arrived.",
			[]model.IncidentType{model.BusinessAttack}},
		{"petrol bombs", "A clothing store in Uruapan was set on fire early Monday after men threw petrol bombs through its windows.",
			[]model.IncidentType{model.BusinessAttack}},
		{"service station pumps", "Hombres armados dispararon contra las bombas y la oficina de una gasolinera de Celaya la madrugada del lunes.",
			[]model.IncidentType{model.BusinessAttack}},
		{"service station", "Personas armadas incendiaron un dispensario de una estación de servicio en Zapopan este lunes.",
			[]model.IncidentType{model.BusinessAttack}},
		{"beach club", "A beach club in Culiacán was set on fire on Monday; no one was hurt.",
			[]model.IncidentType{model.BusinessAttack}},
		// ... but gunmen shooting the guests of a beach club, as of a bar,
		// attack the people inside (gold README, dev5 decisions).
		{"beach club guests", "Gunmen opened fire on guests at a beach club in Culiacán on Monday night, wounding four.",
			[]model.IncidentType{model.ArmedAttack}},
		// A mall is a public place, not one business: shots in it are an
		// armed attack.
		{"shots in a mall", "Clientes reportaron disparos dentro de una plaza comercial de Zapopan la tarde del lunes.",
			[]model.IncidentType{model.ArmedAttack}},
		{"mall as landmark", "Hombres armados atacaron a balazos una patrulla a la altura de un centro comercial de Celaya este lunes; murió un agente.",
			[]model.IncidentType{model.ArmedAttack}},
		// "set on fire on a street" holds no "fire on" attack.
		{"cars set on fire", "Three parked cars were set on fire on a quiet street of Zapopan early Monday.",
			[]model.IncidentType{model.Arson}},
		// Vehicles put across a road and burnt block it, named or not.
		{"across, road unnamed", "Sujetos armados atravesaron un camión de carga y le prendieron fuego en el acceso norte de Uruapan este lunes.",
			[]model.IncidentType{model.Blockade}},
		{"arco norte", "Hombres armados incendiaron dos tractocamiones sobre el Arco Norte, en Celaya, este lunes.",
			[]model.IncidentType{model.Blockade}},
		// Traffic stopped arrests no one; pumps are no bomb.
		{"traffic stopped", "BLOQUEO | Camiones incendiados en la carretera a Tapalpa. Tránsito detenido en ambos sentidos.",
			[]model.IncidentType{model.Blockade}},
		// A shop named as where people were shot dead locates a homicide.
		{"outside a kind of shop", "Two men were shot dead outside a grocery store in Celaya on Monday night.",
			[]model.IncidentType{model.Homicide}},
		{"died shot", "Dos hombres murieron baleados afuera de una tienda de Uruapan la noche del lunes.",
			[]model.IncidentType{model.Homicide}},
		// A follow-up toll is the toll of the act it refers to.
		{"toll of an attack", "Sube a tres la cifra de muertos por el ataque armado contra un bar de Celaya ocurrido el domingo.",
			[]model.IncidentType{model.ArmedAttack}},
		{"toll of a clash", "Suben a cinco los muertos por el enfrentamiento entre policías y civiles armados en Uruapan el lunes.",
			[]model.IncidentType{model.ArmedClash}},
		// Words of violence that report no act.
		{"bomb squad", "Bomb-disposal officers swept a mall in Culiacán on Monday after an anonymous call and found nothing.", nil},
		{"a dispute broke out", "Marzo fue uno de los meses más violentos en Culiacán desde que estalló la disputa entre facciones.", nil},
		{"massacre for exporters", "Analysts in Culiacán called Monday's sell-off a massacre for exporters.", nil},
		{"homicide rates", "The troops will patrol the cities of Guanajuato with the highest homicide rates.", nil},
		{"no arrests reported", "La zona de Celaya seguía acordonada el lunes y no se había informado de personas detenidas.", nil},
		{"a gas truck", "Una pipa que transportaba gas volcó el lunes en la carretera a Tapalpa; el chofer resultó lesionado.", nil},
		// Two acts in one sentence, the second in a clause opened by
		// "después de que" or "after they": two incidents.
		{"arrest after a blockade", "Policías detuvieron a tres hombres en Uruapan este lunes, minutos después de que incendiaran un tractocamión sobre la carretera.",
			[]model.IncidentType{model.SecurityOperation, model.Blockade}},
		{"suspension after killings", "Las rutas de transporte público de Celaya suspendieron el servicio este martes, luego de que dos choferes fueran asesinados a balazos el lunes.",
			[]model.IncidentType{model.Homicide, model.Disruption}},
		{"blockades after an arrest", "Two blockades with burning trucks closed the highway at Uruapan on Monday, hours after marines arrested a local cartel boss.",
			[]model.IncidentType{model.Blockade, model.SecurityOperation}},
		// A charge is no second act.
		{"arrest for a killing", "Detienen en Celaya a un hombre por el homicidio de un taxista.",
			[]model.IncidentType{model.SecurityOperation}},
		// A road accident kills no one by crime (README: accidents are
		// not incidents).
		{"bus off a cliff", "Seven people were killed and 12 injured on Monday when a bus ran off a mountain road near Uruapan and fell into a ravine.", nil},
		{"explosive-laden drones", "Explosive-laden drones struck a village in Uruapan on Monday, wounding two residents.",
			[]model.IncidentType{model.Explosive}},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		if types := actTypes(got); !slices.Equal(types, tt.want) {
			t.Errorf("%s: %q: types %v, want %v", tt.name, tt.text, types, tt.want)
		}
	}
}

// TestRouteIsNoPlace checks that a town named only as where a road leads
// or runs is no place of its own (README: one incident per distinct act at
// a distinct place). The sentences are written for the test.
func TestRouteIsNoPlace(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 7, 12, 0, 0, 0, time.FixedZone("", -6*3600))
	tests := []struct {
		text string
		want []string // municipality codes
	}{
		// between the town named for the act and another
		{"TECOMÁN, Col.- Hombres armados incendiaron un tráiler sobre la carretera en Tecomán este lunes, lo que cortó el paso entre el puerto y Armería.", []string{"06009"}},
		// a road told by its two ends: its first end
		{"Burning trucks blocked the highway linking Tecomán and Armería on Monday morning.", []string{"06009"}},
		// where the road leads
		// (the arrest and the act it follows, both at Morelia)
		{"Policías de Morelia detuvieron a dos hombres este lunes en Morelia, luego de que incendiaran un autobús a la salida a Charo.", []string{"16053", "16053"}},
		{"En Tixtla, desconocidos incendiaron la noche del martes tres camionetas estacionadas junto a la base de la ruta a Chilpancingo.", []string{"12061"}},
		{"Officials denied reports of a shooting at a shopping centre in Metepec, near Toluca, on Monday.", []string{"15054"}},
	}
	for _, tt := range tests {
		var got []string
		for _, in := range e.Extract(model.Report{ID: "t", Text: tt.text, Kind: model.KindNews, Published: pub}) {
			got = append(got, in.Location.MunicipalityCode)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%q: places %v, want %v", tt.text, got, tt.want)
		}
	}
}
