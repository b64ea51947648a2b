package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestEveryActReported checks that each act a report tells becomes its own
// incident: a second act told on another day after a sentence of no toll,
// the items of an official list, a vehicle set on fire with its object
// between "set" and "on fire"; and that a village named inside a
// neighbourhood's name does not place the act.
func TestEveryActReported(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 9, 7, 0, 0, 0, mexico) // a Tuesday
	tests := []struct {
		name, lang, title, text string
		want                    []act // the non-tally, non-denial incidents, in order
	}{
		// The day the second sentence opens with differs from the
		// first act's, though the sentence just before (no toll) has no
		// time of its own.
		{name: "second day after a statement of no toll", lang: "es",
			text: "Una farmacia fue atacada a balazos anoche en la colonia Centro de Salamanca, Guanajuato. No hubo personas lesionadas. El domingo por la noche, una farmacia de la misma cadena en la colonia Bellavista fue baleada y un empleado resultó herido.",
			want: []act{{model.BusinessAttack, "Salamanca"}, {model.BusinessAttack, "Salamanca"}}},
		{name: "same day after a statement of no toll", lang: "es",
			text: "Una farmacia fue atacada a balazos anoche en la colonia Centro de Salamanca, Guanajuato. No hubo personas lesionadas. Anoche mismo, la policía encontró casquillos percutidos frente al local.",
			want: []act{{model.BusinessAttack, "Salamanca"}}},
		{name: "colonia Centro de a town", lang: "es",
			text: "Una tienda de conveniencia fue atacada a balazos anoche en la colonia Centro de Acámbaro, Guanajuato.",
			want: []act{{model.BusinessAttack, "Acámbaro"}}},
		// "set X on fire" with the object between; a state named only
		// as a road's end is not where the act was.
		{name: "set a store on fire", lang: "en",
			text: "Gunmen set a hardware store on fire in Salamanca, Guanajuato, late Monday; no one was hurt.",
			want: []act{{model.BusinessAttack, "Salamanca"}}},
		{name: "set trailers on fire, road between two states", lang: "en",
			text: "Armed men set two trailers on fire across the highway, the main corridor between Jalisco and Michoacán, near Sahuayo on Sunday night.",
			want: []act{{model.Blockade, "Sahuayo"}}},
		{name: "set out, set up: no fire", lang: "en",
			text: "Police set up a checkpoint on fire-damaged roads near Sahuayo, Michoacán, after the wildfire season.",
			want: nil},
		// The Pan-American Highway named without "carretera" is a road:
		// vehicles burnt on it block it.
		{name: "trucks burnt on the Panamericana", lang: "es",
			text: "Hombres armados quemaron dos camiones en la Panamericana, a la altura de Comitán, Chiapas, la mañana del lunes.",
			want: []act{{model.Blockade, "Comitán de Domínguez"}}},
		// A settlement's capitalized name that is a cue word is a place;
		// the same word in lower case is the act.
		{name: "colonia Granada", lang: "es",
			text: "Un hombre fue asesinado a balazos anoche en la colonia Granada, en Uruapan, Michoacán.",
			want: []act{{model.Homicide, "Uruapan"}}},
		{name: "a grenade", lang: "es",
			text: "Sujetos armados lanzaron una granada contra la comandancia de la colonia Centro de Uruapan, Michoacán, anoche; no hubo heridos.",
			want: []act{{model.Explosive, "Uruapan"}}},
		// The items of a series: "el primero ... y el segundo ..." after
		// a count, one act in each town; "The second, ..." told without
		// its noun after "The first blockade".
		{name: "official list, first and second", lang: "es",
			text: "La Secretaría de Seguridad informa que la noche del domingo se atendieron seis bloqueos con vehículos incendiados en cuatro municipios del estado. El primero se registró a las 21:10 horas en el municipio de Salamanca, y el segundo a las 21:50 horas en Irapuato. No hubo personas lesionadas.",
			want: []act{{model.Blockade, "Salamanca"}, {model.Blockade, "Irapuato"}}},
		{name: "the second, without its noun", lang: "en",
			text: "IRAPUATO, Guanajuato — Armed men blocked Highway 45 at two points on Sunday night.\n\nThe first blockade, at kilometer 12, began shortly after nine in the evening. The second, at kilometer 30, followed about an hour later.",
			want: []act{{model.Blockade, "Irapuato"}, {model.Blockade, "Irapuato"}}},
		// An item of a series of attacks told by its toll is one of the
		// attacks, not a killing apart.
		{name: "second item told by its toll", lang: "es",
			text: "La Fiscalía del Estado informó que investiga dos agresiones ocurridas la noche del domingo. La primera, a las 22:00 horas, en un bar de la zona centro de Celaya, Guanajuato, donde sujetos armados dispararon contra los clientes. La segunda, a las 22:40 horas, en una taquería de Villagrán, donde un hombre perdió la vida.",
			want: []act{{model.ArmedAttack, "Celaya"}, {model.ArmedAttack, "Villagrán"}}},
		{name: "first responder, no series", lang: "es",
			text: "Un hombre fue asesinado a balazos la noche del domingo en la colonia Centro de Irapuato, Guanajuato. El primer respondiente llegó minutos después. El segundo, un paramédico, confirmó su muerte.",
			want: []act{{model.Homicide, "Irapuato"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: pub, Title: tt.title, Text: tt.text}
			checkActs(t, e.Extract(r), tt.want)
		})
	}
}

// TestInsideStreetName checks which texts before a village's name end
// inside a neighbourhood's or street's name that holds it.
func TestInsideStreetName(t *testing.T) {
	words := []string{"colonia", "col.", "fraccionamiento", "calle", "avenida"}
	tests := []struct {
		before string
		want   bool
	}{
		{"fue baleada anoche, ahora en la colonia Bosques de ", true},
		{"en el fraccionamiento Lomas del ", true},
		{"sobre la avenida Héroes de ", true},
		{"en la col. Jardines de ", true},
		{"en la colonia Centro de ", false},            // the town's centre: the town is the place
		{"en la colonia Bosques, en ", false},          // the name ended
		{"en la colonia donde vive, cerca de ", false}, // no name
		{"atacaron una tienda en ", false},
		{"en la colonia Bosques y ", false}, // no "de" joins the name to the place
	}
	for _, tt := range tests {
		if got := insideStreetName(tt.before, words); got != tt.want {
			t.Errorf("insideStreetName(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

// TestForcesKilledType checks that the same act gets the same type however
// a report words it: state forces killed by gunmen or in an attack are an
// armed attack on them (README), told in a headline's present, a passive
// or after "por la noche"; a civilian killed, or an officer killed with no
// attack told, stays a homicide; bodies found after a clash told with its
// hour, and gunmen who "fought for" a while, are a clash.
func TestForcesKilledType(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 9, 7, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text string
		want             model.IncidentType
	}{
		{"headline present", "en", "Gunmen kill two police officers in Apatzingán, Michoacán", model.ArmedAttack},
		{"passive headline", "en", "State police officer killed in ambush in Zamora, Michoacán", model.ArmedAttack},
		{"por la noche is no agent", "es", "Por la noche, en Celaya, Guanajuato, un agente estatal murió y otro resultó herido en un ataque armado.", model.ArmedAttack},
		{"a civilian killed", "en", "Gunmen kill a shopkeeper in Apatzingán, Michoacán", model.Homicide},
		// Bodies found after a clash told with its own hour are its dead;
		// bodies found with no clash are a homicide. Gunmen who fought
		// for an hour clashed.
		{"bodies after a clash", "es", "La Fiscalía informa que, tras el enfrentamiento entre civiles armados ocurrido a las 05:20 horas de este lunes en la comunidad de Zicuirán, municipio de La Huacana, Michoacán, se localizaron dos cuerpos sin vida.", model.ArmedClash},
		{"bodies alone", "es", "La Fiscalía informa que este lunes se localizaron dos cuerpos sin vida en la comunidad de Zicuirán, municipio de La Huacana, Michoacán.", model.Homicide},
		{"gunmen fought", "en", "Gunmen fought for nearly two hours early Monday in Zicuirán, a village in La Huacana, Michoacán, leaving four people dead, officials said.", model.ArmedClash},
		{"a killing alone", "es", "Matan a policía municipal en Celaya, Guanajuato", model.Homicide},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: pub, Text: tt.text}
			incs := e.Extract(r)
			if len(incs) != 1 {
				t.Fatalf("got %d incidents, want 1", len(incs))
			}
			if incs[0].Type != tt.want {
				t.Errorf("type %s, want %s", incs[0].Type, tt.want)
			}
		})
	}
}
