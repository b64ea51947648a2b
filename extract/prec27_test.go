package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestNoActBeside checks, on reports written for it (testdata/gold
// probe_prec27's families), that what an outlet writes around an act —
// where its wounded were taken, a month's figures, the firefighters who
// put its fire out — adds no incident, while another act told beside it
// still does.
func TestNoActBeside(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2035, 4, 17, 10, 0, 0, 0, mexico)
	tests := []struct {
		name string
		text string
		want []string // every incident's type, "+tally" for a tally
	}{
		// The wounded's hospitals are no second attack.
		{name: "wounded taken to hospitals in two towns",
			text: "CELAYA, Guanajuato - Gunmen opened fire inside a bar in downtown Celaya late Saturday, killing four people and wounding two others, police said. The two wounded were taken to hospitals in Celaya and Salamanca; one of them was in serious condition.",
			want: []string{"armed_attack"}},
		{name: "heridos trasladados a hospitales de dos ciudades",
			text: "IRAPUATO, Gto.- Sujetos armados atacaron a balazos a los clientes de un bar la noche del sábado en el centro de Irapuato; tres personas murieron y dos resultaron heridas. Los lesionados fueron trasladados a hospitales de Irapuato y Salamanca.",
			want: []string{"armed_attack"}},
		{name: "control: a second attack in another town",
			text: "CELAYA, Guanajuato - Gunmen opened fire inside a bar in downtown Celaya late Saturday, killing four people. Two hours later, gunmen wounded two men outside a shop in Salamanca.",
			want: []string{"armed_attack", "armed_attack"}},
		// A month's count beside an act, before or after it, is a
		// statistic.
		{name: "a state's murders in a month, after the act",
			text: "CELAYA, Guanajuato - Gunmen opened fire inside a bar in downtown Celaya late Saturday, killing four people. Guanajuato has led the country in homicides for years; official figures show 260 murders in the state in March alone.",
			want: []string{"armed_attack"}},
		{name: "a city's month, as the lead",
			text: "CIUDAD JUÁREZ, Chihuahua - Juárez ended March with 98 homicides, down from 112 in February, according to the state attorney general's office. On Sunday night, two men were shot dead outside a convenience store in the southeast of the city.",
			want: []string{"homicide"}},
		{name: "cerró marzo con homicidios, tras el acto",
			text: "LEÓN, Gto.- Dos hombres fueron asesinados a balazos la noche del domingo en la colonia Las Joyas. Guanajuato cerró marzo con 260 homicidios dolosos, de acuerdo con cifras oficiales.",
			want: []string{"homicide"}},
		{name: "registró en marzo, tras el acto",
			text: "CULIACÁN, Sin.- Dos hombres fueron asesinados a balazos la noche de este lunes en la colonia Tierra Blanca. En marzo, Culiacán registró 150 homicidios dolosos, según la Fiscalía del Estado.",
			want: []string{"homicide"}},
		{name: "cerró febrero, antes del acto",
			text: "HERMOSILLO, Son.- Sonora cerró febrero con 120 asesinatos, informó la Fiscalía. La noche del domingo, un hombre fue asesinado a balazos en la colonia Centro de Hermosillo.",
			want: []string{"homicide"}},
		{name: "recorded in March, after the act",
			text: "TIJUANA, B.C. - A man was shot dead on Monday night in the city's east. Tijuana recorded 190 murders in March, according to state figures.",
			want: []string{"homicide"}},
		{name: "control: a month's count alone stays a tally",
			text: "TIJUANA, B.C.- Van 74 asesinatos en septiembre en Tijuana, de acuerdo con el conteo de la Fiscalía.",
			want: []string{"homicide+tally"}},
		{name: "the act named again, counted from the month's start",
			text: "CAJEME, Son.- Dos hombres fueron asesinados a balazos la noche de este lunes en la colonia Centro. Con este doble homicidio suman 14 asesinatos en Cajeme en lo que va de abril.",
			want: []string{"homicide"}},
		// Firefighters putting the fire out, from their own town, tell
		// the burning again.
		{name: "bomberos sofocaron los incendios",
			text: "ZAPOPAN, Jal.- Hombres armados incendiaron dos camiones y un automóvil para bloquear la avenida Acueducto la tarde de este lunes. Bomberos de Zapopan sofocaron los incendios y no se reportaron personas lesionadas.",
			want: []string{"blockade"}},
		{name: "bomberos de otra ciudad",
			text: "EDUARDO NERI, Gro.- Hombres armados detuvieron un tractocamión sobre la carretera federal México–Acapulco, a la altura de Zumpango del Río, y le prendieron fuego la tarde de este lunes. La circulación permaneció cerrada tres horas, hasta que bomberos de Chilpancingo sofocaron el fuego y una grúa retiró los restos calcinados.",
			want: []string{"blockade"}},
		{name: "control: another burning in the crew's town",
			text: "EDUARDO NERI, Gro.- Hombres armados detuvieron un tractocamión sobre la carretera federal México–Acapulco, a la altura de Zumpango del Río, y le prendieron fuego la tarde de este lunes. Más tarde, sujetos armados incendiaron una vivienda en la colonia Centro de Chilpancingo.",
			want: []string{"blockade", "arson"}},
		// Extortion named after an attack on a business is its motive;
		// a threat told with its own day is an act.
		{name: "had received extortion threats",
			text: "CANCÚN, Q. Roo.- Dos sujetos en motocicleta dispararon contra la fachada de una farmacia en la avenida Tulum la noche del martes; no hubo heridos. Vecinos dijeron que el dueño había recibido amenazas por cobro de piso en las últimas semanas.",
			want: []string{"business_attack"}},
		{name: "pressured to pay extortion",
			text: "HERMOSILLO, Sonora — A hardware store in downtown Hermosillo was set on fire early Tuesday, prosecutors said. Firefighters arrived within minutes. Neighbours said the owner had been pressured to pay extortion.",
			want: []string{"business_attack"}},
		{name: "control: a banner with threats found the next day",
			text: "CANCÚN, Q. Roo.- Dos sujetos en motocicleta dispararon contra la fachada de una farmacia en la avenida Tulum la noche del martes. El miércoles por la mañana, una manta con amenazas contra los comerciantes apareció colgada frente al local.",
			want: []string{"business_attack", "intimidation"}},
		// A kind of act grown common, or going on, is background; an act
		// told after it in its own clause is not.
		{name: "drone attacks recorded repeatedly",
			text: "APATZINGÁN, Mich. — Explosives dropped from drones wounded two farmers in a village of Apatzingán on Monday, residents said. Drone attacks have been recorded repeatedly in the region in recent months.",
			want: []string{"explosive"}},
		{name: "drone attacks continue to target forces",
			text: "APATZINGÁN, Mich. — Explosives dropped from drones wounded two farmers in a village of Apatzingán on Monday, residents said. Drone attacks in Tierra Caliente continue to target soldiers and police.",
			want: []string{"explosive"}},
		{name: "grown common, and the bombs of the kind described",
			text: "APATZINGÁN, Mich. — Explosives dropped from drones wounded two farmers in a village of Apatzingán on Monday, residents said. Drone attacks have become common in Tierra Caliente, where armed groups use commercial drones fitted with homemade bombs against rivals.",
			want: []string{"explosive"}},
		{name: "se han vuelto recurrentes",
			text: "APATZINGÁN, Mich.- Dos campesinos resultaron heridos este lunes por explosivos lanzados desde drones en una comunidad de Apatzingán. Los ataques con drones se han vuelto recurrentes en la región de Tierra Caliente.",
			want: []string{"explosive"}},
		{name: "control: an act told after the kind grown common",
			text: "Drone attacks have become common in Tierra Caliente; on Sunday, a drone dropped explosives on an army patrol in Aguililla, Michoacán, wounding two soldiers.",
			want: []string{"explosive"}},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		var types []string
		for _, in := range got {
			s := string(in.Type)
			if in.Tally {
				s += "+tally"
			}
			types = append(types, s)
		}
		if !slices.Equal(types, tt.want) {
			t.Errorf("%s: incidents %v, want %v", tt.name, types, tt.want)
		}
	}
}
