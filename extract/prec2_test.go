package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestOneIncidentPerAct checks, on reports told the way outlets write
// them, that one act yields one incident of the right type: the type
// when the forces are the victims, and sentences that tell the act again,
// its background or its details add none.
func TestOneIncidentPerAct(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 12, 9, 10, 0, 0, 0, mexico)
	tests := []struct {
		name  string
		title string
		text  string
		want  []model.IncidentType // the non-tally, non-denial incidents' types in order
	}{
		// A killing of police or soldiers by gunmen, or told with an
		// attack, is an armed attack on them; a killing of a police
		// officer with no attacker or attack named stays a homicide.
		{name: "gunmen kill an officer",
			text: "Gunmen shot and killed a municipal police officer outside his home in Guaymas, Sonora, on Monday night.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "officer died in an attack",
			text: "Un agente de la Policía Estatal murió la tarde del lunes en una agresión armada sobre la carretera a Ojinaga, en Aldama, Chihuahua.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "officer killed, no attacker named",
			text: "Matan a policía municipal en Acapulco",
			want: []model.IncidentType{model.Homicide}},
		{name: "civilians killed by gunmen in a street",
			text: "Hombres armados asesinaron a dos hombres en una calle de Culiacán, Sinaloa, la noche del lunes.",
			want: []model.IncidentType{model.Homicide}},
		// An arrest dated to an earlier year is history; an arrest now of
		// an old crime is not.
		{name: "old arrest as background",
			text: "Two men were shot dead on Monday night in Jesús María, Culiacán, Sinaloa. The town is where a cartel leader was captured in January 2023, setting off a day of violence.",
			want: []model.IncidentType{model.Homicide}},
		{name: "arrest now of an old crime",
			text: "Agentes de la Fiscalía detuvieron este martes en Culiacán, Sinaloa, a un hombre acusado del homicidio de un comerciante ocurrido en 2019.",
			want: []model.IncidentType{model.SecurityOperation}},
		// The act just told, counted in a series, is no second act; a
		// second act told with its own place is.
		{name: "the second attack this month",
			text: "Hombres armados prendieron fuego a una farmacia en el centro de Salamanca, Guanajuato, la noche del lunes. No hubo lesionados. Es el segundo ataque contra farmacias de la misma cadena en la ciudad este mes.",
			want: []model.IncidentType{model.BusinessAttack}},
		{name: "the third such attack",
			text: "Gunmen opened fire on customers at a bar in Irapuato, Guanajuato, late Friday, killing two people. It was the third such attack on a bar in the city this year.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "the second double killing this month",
			text: "Two men were shot dead on Saturday afternoon outside a mechanic's workshop in Tecomán, Colima, state authorities said. It was the second double killing in the state this month.",
			want: []model.IncidentType{model.Homicide}},
		{name: "segundo doble homicidio del mes",
			text: "Dos hombres fueron asesinados a balazos la tarde del sábado afuera de un taller en Tecomán, Colima. Es el segundo doble homicidio en el municipio en lo que va del mes.",
			want: []model.IncidentType{model.Homicide}},
		{name: "a fragment counting the act today",
			text: "TECOMÁN, COL — A man was shot dead outside his home in colonia Centro. Second homicide reported in the municipality today.",
			want: []model.IncidentType{model.Homicide}},
		{name: "un fragmento que cuenta el acto del día",
			text: "TECOMÁN, Col.- Asesinan a balazos a un hombre afuera de su casa en la colonia Centro. Segundo homicidio del día en el municipio.",
			want: []model.IncidentType{model.Homicide}},
		{name: "a second blockade, no period",
			text: "SALTILLO, Coah. — Gunmen set a truck on fire across Highway 57 at km 20 in Ramos Arizpe. Second blockade reported at km 45 near Saltillo.",
			want: []model.IncidentType{model.Blockade, model.Blockade}},
		{name: "a second attack elsewhere",
			text: "Hombres armados prendieron fuego a una farmacia en el centro de Salamanca, Guanajuato, la noche del lunes. Una hora después, un segundo ataque contra una farmacia se registró en Irapuato.",
			want: []model.IncidentType{model.BusinessAttack, model.BusinessAttack}},
		// Acts over days or weeks before a closure are its cause, not an
		// incident; a clash of hours before an arrest is one.
		{name: "classes suspended after a week of clashes",
			text: "La Secretaría de Educación suspendió las clases en 20 escuelas de Chicomuselo, Chiapas, a partir de este lunes, después de una semana de enfrentamientos entre grupos armados en la zona.",
			want: []model.IncidentType{model.Disruption}},
		{name: "schools closed after days of fighting",
			text: "Authorities suspended classes at 25 schools in Frontera Comalapa, Chiapas, starting Monday, after days of fighting between cartels in the area.",
			want: []model.IncidentType{model.Disruption}},
		// Threats told right after an attack are its scene or motive;
		// a message left in another town is an act of its own.
		{name: "threats before a store was torched",
			text: "Sujetos armados prendieron fuego a una tienda de conveniencia en Cuernavaca, Morelos, la noche del miércoles; el encargado había recibido amenazas para pagar cuota.",
			want: []model.IncidentType{model.BusinessAttack}},
		{name: "threats during the attack",
			text: "Sujetos armados rociaron gasolina y prendieron fuego a una tortillería de la colonia Centro de Cuernavaca, Morelos, este martes. Según testigos, dos hombres amenazaron a la encargada para que saliera del local y después lanzaron el combustible.",
			want: []model.IncidentType{model.BusinessAttack}},
		{name: "a manta in another town",
			text: "Hombres armados asesinaron a un hombre en Celaya, Guanajuato, la noche del lunes. En Salamanca, dejaron una narcomanta con amenazas contra la policía.",
			want: []model.IncidentType{model.Homicide, model.Intimidation}},
		// A lead that places the acts only in a state, followed by the
		// acts in their towns, is no incident of its own; an act in the
		// state on another day is.
		{name: "two blockades led by the state",
			text: "Dos bloqueos con vehículos en llamas cerraron la carretera federal 15 en el sur de Sonora la mañana de este martes. El primero se registró a las 07:15 horas en el poblado Esperanza, en Cajeme, donde hombres armados incendiaron un tráiler. Una hora después, otro grupo quemó una pipa en la entrada norte de Navojoa.",
			want: []model.IncidentType{model.Blockade, model.Blockade}},
		{name: "a clash led by the state",
			text: "Four suspected gunmen were killed and two soldiers wounded early Tuesday in a gunfight in the Yaqui Valley of southern Sonora, military sources said. The clash took place in Pueblo Yaqui, a farming community in the municipality of Cajeme.",
			want: []model.IncidentType{model.ArmedClash}},
		{name: "the state's act on another day",
			text: "Hombres armados incendiaron un tráiler para bloquear la carretera en Cajeme, Sonora, este martes. El pasado 2 de diciembre, hombres armados bloquearon con vehículos en llamas un camino del sur de Sonora.",
			want: []model.IncidentType{model.Blockade, model.Blockade}},
		// "Nadie ha sido detenido" arrests no one.
		{name: "no one arrested",
			text: "Dos sujetos dispararon contra la fachada de una carnicería en la colonia Chipitlán de Cuernavaca, Morelos, la noche del miércoles. Hasta ahora nadie ha sido detenido por el ataque.",
			want: []model.IncidentType{model.BusinessAttack}},
		{name: "nobody arrested",
			text: "Gunmen shot at the front of a pharmacy in Cuernavaca, Morelos, on Wednesday night. Nobody has been arrested.",
			want: []model.IncidentType{model.BusinessAttack}},
		// One sentence whose two place names end in one place is one
		// incident. (geo7: the town here is one the gazetteer does not
		// know, as Villa Ahumada was before GeoNames' other names.)
		{name: "a highway named by its ends",
			title: "Choque armado en la carretera Panamericana",
			text:  "EL SUECO, Chih.- Tres presuntos delincuentes murieron y dos más fueron detenidos la madrugada de este martes tras un enfrentamiento con elementos de la Guardia Nacional en el kilómetro 243 de la carretera federal 45 Chihuahua–Ciudad Juárez, a la altura de El Sueco. Los agentes fueron atacados a balazos desde una camioneta y repelieron la agresión. No hubo heridos. La circulación hacia Ciudad Juárez se mantuvo cerrada cerca de tres horas.",
			want:  []model.IncidentType{model.ArmedClash}},
		// Gunmen bursting into a wake or a party attack the gathering.
		{name: "a wake",
			text: "Hombres armados irrumpieron la noche de este viernes en un velorio en Cuautla, Morelos, y asesinaron a tres personas.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "a birthday party",
			text: "Gunmen opened fire at a birthday party in Tepic, Nayarit, on Saturday night, killing two men.",
			want: []model.IncidentType{model.ArmedAttack}},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Title: tt.title, Text: tt.text, Published: pub})
		var types []model.IncidentType
		for _, in := range got {
			if !in.Tally && !in.Denial {
				types = append(types, in.Type)
			}
		}
		if !slices.Equal(types, tt.want) {
			t.Errorf("%s: types %v, want %v", tt.name, types, tt.want)
		}
	}
}

// TestNeighbourIsNoPlace checks that a state named as the neighbour across
// a border ("en los límites con Sinaloa") is not where the act was.
func TestNeighbourIsNoPlace(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 12, 9, 10, 0, 0, 0, mexico)
	tests := []struct {
		name, text, state string
	}{
		{"limítrofe", "COTIJA, Mich.- Dos soldados resultaron heridos el domingo cuando un artefacto explosivo estalló al paso de su vehículo en un camino de terracería, en la zona limítrofe con Jalisco.", "16"},
		{"límites con", "Militares desmantelaron este lunes un laboratorio clandestino en una zona serrana del municipio de Tamazula, Durango, en los límites con Sinaloa.", "10"},
		{"bordering", "Gunmen ambushed a police patrol on Monday in a mountain area of Tlalchapa, Guerrero, bordering Michoacán.", "12"},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		if len(got) != 1 || got[0].Location.StateCode != tt.state {
			var states []string
			for _, in := range got {
				states = append(states, in.Location.StateCode)
			}
			t.Errorf("%s: states %v, want one incident in %s", tt.name, states, tt.state)
		}
	}
}
