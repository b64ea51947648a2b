package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestRoundupActs checks the acts of round-ups, wires and follow-ups read
// by the art10 rules: a wire's state-only sentence under a town's dateline
// that speaks of "this city" or a neighbourhood (cityOfDateline), the act
// an arrest is for told by a possessive day ("Sunday night's attack") or
// as "los hechos ocurridos <día> ..., donde ..." (groundAct), and their
// controls; two acts told in one sentence joined by "y, poco más de dos
// horas después," (laterClauseAt). The texts are written for the test.
func TestRoundupActs(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico) // a Wednesday
	tests := []struct {
		name, lang, kind, text string
		want                   []act
	}{
		{name: "a wire's neighbourhood of this city, under the city's dateline", lang: "en",
			text: "LOS MOCHIS, Sinaloa — A taxi driver was shot dead on Tuesday night in the Jiquilpan neighborhood of this northern Sinaloa city, police said.",
			want: []act{{model.Homicide, "Ahome"}}},
		{name: "a wire's this city, under the city's dateline", lang: "en",
			text: "IRAPUATO, Guanajuato — Gunmen opened fire on a family's car on Tuesday evening in the south of this city in central Guanajuato, wounding three people, officials said.",
			want: []act{{model.ArmedAttack, "Irapuato"}}},
		{name: "an arrest and the attack it is for, a possessive day", lang: "en",
			text: "MEXICO CITY, June 16 (Wire) - Prosecutors in the state of Michoacán said they arrested a man on Tuesday in connection with Sunday night's attack on a bar in the city of Zamora that killed four people.",
			want: []act{{model.SecurityOperation, "Zamora"}, {model.ArmedAttack, "Zamora"}}},
		{name: "an arrest and los hechos ocurridos, donde", lang: "es", kind: "official",
			text: "Zamora, Michoacán, a 15 de junio de 2027. Agentes de la Fiscalía detuvieron este martes, en la colonia Jardinadas de Zamora, a Rigoberto 'N', señalado como probable partícipe en los hechos ocurridos la noche del 13 de junio en un bar de la avenida Juárez, donde sujetos armados atacaron a balazos a los clientes.",
			want: []act{{model.SecurityOperation, "Zamora"}, {model.ArmedAttack, "Zamora"}}},
		{name: "los hechos ocurridos, donde people were killed and wounded in a bar", lang: "es", kind: "official",
			text: "Uruapan, Michoacán, a 15 de junio de 2027. Agentes de la Fiscalía detuvieron este martes a Ernesto 'N', señalado como probable partícipe en los hechos ocurridos la noche del 13 de junio en un bar de la colonia Centro, donde sujetos armados privaron de la vida a tres personas y lesionaron a otra.",
			want: []act{{model.SecurityOperation, "Uruapan"}, {model.ArmedAttack, "Uruapan"}}},
		{name: "y, dos horas después, another act in one sentence", lang: "es",
			text: "LOS MOCHIS, Sin.- Un hombre fue asesinado a balazos afuera de un taller en la colonia Jiquilpan y, poco más de dos horas después, un joven resultó herido cuando sujetos armados dispararon contra su automóvil en la colonia Centro, en hechos registrados la noche del martes.",
			want: []act{{model.Homicide, "Ahome"}, {model.ArmedAttack, "Ahome"}}},
		{name: "sacado a la fuerza, a day before the act told first", lang: "es",
			text: "TEMIXCO, Mor.- Un joven fue privado de la libertad alrededor de las 14:00 horas de este martes en un taller de la colonia Azteca. La noche del lunes, un tendero de 60 años fue sacado a la fuerza de su negocio por sujetos armados; hasta ahora se desconoce su paradero.",
			want: []act{{model.Kidnapping, "Temixco"}, {model.Kidnapping, "Temixco"}}},
		{name: "drove off with him, and taken from by gunmen, after a lead counting them", lang: "en",
			text: "Residents of a neighborhood of Temixco, in Morelos state, say they are afraid after two abductions in two days. On Monday night, armed men forced a 60-year-old grocer out of his store and drove off with him. On Tuesday afternoon, a young man was taken from a workshop a few blocks away by gunmen in a white car.",
			want: []act{{model.Kidnapping, "Temixco"}, {model.Kidnapping, "Temixco"}}},
		{name: "a round-up lead dated from an act in a town", lang: "en",
			text: "A day after gunmen killed four people in a bar in Zamora, Michoacán, on Monday night, attacks on police and businesses hit several Mexican states on Tuesday. In Sinaloa, armed men set fire to two trucks on the highway near Culiacán before dawn. In Guerrero, a pharmacy was firebombed in Acapulco.",
			want: []act{{model.ArmedAttack, "Zamora"}, {model.Blockade, "Culiacán"}, {model.BusinessAttack, "Acapulco de Juárez"}}},
		{name: "a counted lead, its acts, and the fires of both retold", lang: "es",
			text: "Dos negocios fueron atacados la noche de este martes en la zona metropolitana de Monterrey. Alrededor de las 21:00 horas, sujetos armados lanzaron bombas molotov contra una farmacia de la colonia Mitras Centro, en Monterrey; no hubo lesionados. Hacia las 22:30 horas, en la colonia Las Puentes de San Nicolás de los Garza, hombres armados prendieron fuego a una refaccionaria. Bomberos de Monterrey y de San Nicolás de los Garza sofocaron los incendios.",
			want: []act{{model.BusinessAttack, "Monterrey"}, {model.BusinessAttack, "San Nicolás de los Garza"}}},
		{name: "a road across states, under a town's dateline on it", lang: "es",
			text: "MATEHUALA, S.L.P.- La carretera 57 quedó bloqueada esta tarde luego de que hombres armados atravesaron dos tráileres y les prendieron fuego.",
			want: []act{{model.Blockade, "Matehuala"}}},
		{name: "a road named by its ends across states, under a town's dateline", lang: "es",
			text: "ESPERANZA, Pue.- Un soldado murió la madrugada de este martes durante un enfrentamiento con civiles armados junto a la autopista Puebla–Orizaba.",
			want: []act{{model.ArmedClash, "Esperanza"}}},
		// Controls.
		{name: "a road across states under a dateline of another state", lang: "es",
			text: "CULIACÁN, Sin.- La carretera 57 quedó bloqueada esta tarde luego de que hombres armados atravesaron dos tráileres y les prendieron fuego.",
			want: []act{{model.Blockade, ""}}},
		{name: "acts counted along a road across states, then told one by one", lang: "es",
			text: "HERMOSILLO, Son.- Dos bloqueos con vehículos en llamas cerraron la mañana de este martes la carretera federal 15.\n\nEl primero se registró a las 06:10 horas a la salida sur de Hermosillo, donde hombres armados detuvieron un tráiler, bajaron al chofer y le prendieron fuego.\n\nA las 07:30 horas se registró el segundo bloqueo, a la altura de Guaymas, donde sujetos armados atravesaron un autobús y lo incendiaron.",
			want: []act{{model.Blockade, "Hermosillo"}, {model.Blockade, "Guaymas"}}},
		{name: "firefighters of a town where no act was told", lang: "es",
			text: "Sujetos armados prendieron fuego a una refaccionaria la noche de este martes en la colonia Las Puentes de San Nicolás de los Garza. Más tarde, bomberos de Apodaca y de Guadalupe sofocaron los incendios de dos bodegas.",
			want: []act{{model.BusinessAttack, "San Nicolás de los Garza"}, {model.Arson, "Apodaca"}, {model.Arson, "Guadalupe"}}},
		{name: "a round-up lead with no town in its opening clause", lang: "en",
			text: "A day after the arrest of a cartel boss, attacks on police and businesses hit several Mexican states on Tuesday. In Sinaloa, armed men set fire to two trucks on the highway near Culiacán before dawn. In Guerrero, a pharmacy was firebombed in Acapulco.",
			want: []act{{model.Blockade, "Culiacán"}, {model.BusinessAttack, "Acapulco de Juárez"}}},
		{name: "the second time is no second act", lang: "en",
			text: "IRAPUATO, Mexico - Gunmen opened fire on a taco stand in the Las Heras neighborhood late on Monday, killing three people. It was the second time the stand had been attacked this year, police said.",
			want: []act{{model.ArmedAttack, "Irapuato"}}},
		{name: "and later, the same act's end", lang: "en",
			text: "LOS MOCHIS, Sinaloa — Gunmen set a bus on fire across the highway to Topolobampo on Tuesday evening and, about two hours later, the road was reopened, police said.",
			want: []act{{model.Blockade, "Ahome"}}},
		{name: "y, horas después, a victim of the act died", lang: "es",
			text: "LOS MOCHIS, Sin.- Sujetos armados atacaron a balazos a dos hombres afuera de un taller en la colonia Jiquilpan la noche del martes y, horas después, uno de ellos murió en el hospital.",
			want: []act{{model.ArmedAttack, "Ahome"}}},
		{name: "a state named in a wire's sentence away from the dateline's city", lang: "en",
			text: "LOS MOCHIS, Sinaloa — Gunmen killed three men in the mountains of southern Sinaloa on Tuesday, officials said.",
			want: []act{{model.Homicide, ""}}},
		{name: "an arrest for an act weeks before, possessive", lang: "en",
			text: "Police in Zamora arrested a man on Tuesday in connection with last year's attack on a bar that killed four people.",
			want: []act{{model.SecurityOperation, "Zamora"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a10", Lang: tt.lang, Kind: model.ReportKind(tt.kind), Text: tt.text, Published: pub}
			if tt.kind == "" {
				r.Kind = model.KindNews
			}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if acts := pointActs(got); !sameActs(acts, tt.want) {
				t.Errorf("acts %v, want %v", acts, tt.want)
			}
		})
	}
}
