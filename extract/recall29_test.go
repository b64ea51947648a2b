package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestEarlierActOpener checks a second act of one kind told after the
// first by "Earlier on Friday,", "Hours before,", "Later on Saturday," or
// "Más temprano," with new people as its
// subject (recall29's probe, lines 2, 4 and 9): another act. Controls: the
// victim's own earlier doings, and an official's warning earlier in the
// week.
func TestEarlierActOpener(t *testing.T) {
	pub := time.Date(2041, 3, 10, 9, 0, 0, 0, mexico) // a Sunday morning
	checkActRows(t, "r29e", pub, []actRow{
		{name: "Earlier on Saturday, two brothers were killed",
			lang: "en",
			text: "SALAMANCA, Mexico (Wire) - Gunmen shot dead four people at a cockfight in the central Mexican city of Salamanca late on Saturday, police said. Earlier on Saturday, two brothers were killed by gunmen outside a hardware store in the east of the city.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		{name: "Earlier in the day, a truck was torched",
			lang: "en",
			text: "URUAPAN, Mexico (Wire) - Gunmen set a passenger bus on fire across the highway to Patzcuaro on Saturday evening after ordering the passengers off, state police said. Earlier in the day, a tractor-trailer was torched at the western exit of the city.",
			want: []model.IncidentType{model.Blockade, model.Blockade}},
		{name: "Hours before, two brothers were killed",
			lang: "en",
			text: "LEON, Mexico (Wire) - Gunmen shot dead five people at a party in Leon late on Saturday, police said. Hours before, two brothers were killed by gunmen outside a tire shop in the south of the city.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		{name: "Later on Saturday, gunmen killed",
			lang: "en",
			text: "LEON, Mexico (Wire) - Gunmen shot dead two brothers outside a tire shop in Leon on Saturday morning, police said. Later on Saturday, gunmen killed five people at a birthday party in the north of the city.",
			want: []model.IncidentType{model.Homicide, model.ArmedAttack}},
		{name: "Más temprano, desconocidos dispararon",
			lang: "es",
			text: "CELAYA, Gto.- Sujetos armados atacaron a balazos a los agentes de una patrulla de la Policía Municipal la noche del sábado en la colonia Las Américas; dos agentes resultaron heridos. Más temprano, cerca de las 15:00 horas, en la colonia Centro, desconocidos dispararon contra una vivienda, sin que se reportaran lesionados.",
			want: []model.IncidentType{model.ArmedAttack, model.ArmedAttack}},
		// Controls: one act.
		{name: "the victim's own earlier doings",
			lang: "en",
			text: "CELAYA, Mexico (Wire) - Gunmen shot dead a man at a car wash in the central Mexican city of Celaya on Saturday afternoon, police said. Earlier on Saturday, the victim had argued with two men at a nearby taco stand, witnesses said.",
			want: []model.IncidentType{model.Homicide}},
		{name: "the victim's father later in the day",
			lang: "en",
			text: "LEON, Mexico (Wire) - Gunmen shot dead two brothers outside a tire shop in Leon on Saturday morning, police said. Later in the day, the brothers' father was taken to hospital.",
			want: []model.IncidentType{model.Homicide}},
		{name: "an official's warning earlier in the week",
			lang: "en",
			text: "CUERNAVACA, Mexico (Wire) - Gunmen shot dead a taxi driver in Cuernavaca on Saturday, the Morelos security commission said. Earlier in the week, the state security chief had warned of reprisals after a string of arrests.",
			want: []model.IncidentType{model.Homicide}},
	})
}

// TestColonLapse checks a second act of one kind told in the clause after
// a frame's colon ("Fue el segundo bloqueo del día en esa vía: durante la
// madrugada, otro grupo quemó …"; recall29's probe, line 3): another act,
// the frame's definite "el segundo bloqueo" naming the new one. Controls:
// the clause after the colon tells the act's own people, and the frame
// counts acts of earlier weeks.
func TestColonLapse(t *testing.T) {
	pub := time.Date(2041, 3, 10, 9, 0, 0, 0, mexico) // a Sunday morning
	checkActRows(t, "r29c", pub, []actRow{
		{name: "el segundo bloqueo: durante la madrugada, otro grupo",
			text: "URUAPAN, Mich.- Sujetos armados incendiaron un tractocamión en la carretera Uruapan–Pátzcuaro la tarde de este sábado. Fue el segundo bloqueo de la jornada en esa vía: durante la madrugada, otro grupo quemó dos camionetas en la salida a Taretan.",
			want: []model.IncidentType{model.Blockade, model.Blockade}},
		{name: "el ataque fue el segundo: por la tarde de ayer, hombres armados",
			text: "CELAYA, Gto.- Un comando armado asesinó a tres personas e hirió a otras dos ayer por la noche en un bar del centro de Celaya. El ataque fue el segundo de la jornada en esa ciudad: por la tarde de ayer, hombres armados dispararon contra los empleados de un taller en la colonia Las Flores, donde murió un hombre.",
			want: []model.IncidentType{model.ArmedAttack, model.ArmedAttack}},
		// Controls: one act.
		{name: "the act's own people after the colon",
			text: "URUAPAN, Mich.- Sujetos armados incendiaron un tractocamión en la carretera Uruapan–Pátzcuaro la tarde de este sábado. Así fue el bloqueo: durante la tarde, los sujetos obligaron al chofer a bajar y rociaron la unidad con gasolina.",
			want: []model.IncidentType{model.Blockade}},
		{name: "a frame counting earlier weeks",
			text: "APATZINGÁN, Mich.- Sujetos armados incendiaron un autobús en la carretera Apatzingán–Cuatro Caminos la noche del sábado. Fue el tercer bloqueo en la región en lo que va del mes, según la Guardia Civil.",
			want: []model.IncidentType{model.Blockade}},
	})
}

// TestAlsoInvestigated checks an act told as what an authority also
// investigates after the act told ("La Fiscalía investiga también el
// homicidio de un hombre …"; recall29's probe, line 5): another act.
// Controls: the motive of the act told, and its investigation named
// again.
func TestAlsoInvestigated(t *testing.T) {
	pub := time.Date(2041, 3, 10, 9, 0, 0, 0, mexico) // a Sunday morning
	checkActRows(t, "r29i", pub, []actRow{
		{name: "investiga también el homicidio",
			lang: "es",
			text: "SALAMANCA, Gto.- Tres personas fueron asesinadas a balazos la noche del sábado en un bar de la Zona Centro de Salamanca, informó la Fiscalía General del Estado. La Fiscalía investiga también el homicidio de un hombre en la colonia Bellavista, ocurrido la mañana del mismo sábado.",
			want: []model.IncidentType{model.ArmedAttack, model.Homicide}},
		{name: "also opened an investigation into an arson attack",
			lang: "en",
			text: "CELAYA, Mexico (Wire) - Gunmen shot dead three men at a bar in the central Mexican city of Celaya late on Saturday, Guanajuato prosecutors said. Prosecutors also opened an investigation into an arson attack on a bakery in the Las Americas neighborhood, which they said could be linked to extortion.",
			want: []model.IncidentType{model.ArmedAttack, model.BusinessAttack}},
		// Controls: one act.
		{name: "the motive of the act told",
			lang: "es",
			text: "SALAMANCA, Gto.- Tres personas fueron asesinadas a balazos la noche del sábado en un bar de la Zona Centro de Salamanca. La Fiscalía investiga también el móvil del homicidio, que podría estar relacionado con el cobro de piso.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "the investigation of the act told",
			lang: "en",
			text: "CELAYA, Mexico (Wire) - Gunmen shot dead three men at a bar in the central Mexican city of Celaya late on Saturday, Guanajuato prosecutors said. Prosecutors said they were investigating the attack and had not made any arrests.",
			want: []model.IncidentType{model.ArmedAttack}},
	})
}

// TestAlsoInvestigatedWords checks the words before a cue that tell what
// an authority also investigates.
func TestAlsoInvestigatedWords(t *testing.T) {
	tests := []struct {
		f    string
		want bool
	}{
		{"la fiscalia investiga igualmente el ", true},
		{"la fiscalia tambien abrio una carpeta de investigacion por el ", true},
		{"prosecutors also opened an investigation into an ", true},
		{"police are also investigating the ", true},
		{"la fiscalia investiga tambien el movil del ", false},
		{"prosecutors are investigating the ", false},
		{"tambien fue asesinado un ", false},
	}
	for _, tt := range tests {
		if got := alsoInvestigated(tt.f); got != tt.want {
			t.Errorf("alsoInvestigated(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}
