package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestFoldedActs checks the second act of a report told in a sentence of
// its own that the act before it used to absorb (art16, family "merged
// into another act of the same report"): a clause whose subject is
// another group ("otro grupo disparó ... y arrojó una bomba molotov"),
// a sentence that opens on another day and names a place of the same
// town, and a burning that opens with a clock time hours after the one
// before. The controls are the same act told again: the fire put out
// later, a detail of the day, the first act's victims.
func TestFoldedActs(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 18, 12, 0, 0, 0, mexico) // a Friday
	tests := []struct {
		name, title, text string
		want              []act
	}{
		{name: "another group, its second cue decides", title: "Incendian tienda y atacan gasolinera en Zamora",
			text: "Sujetos armados prendieron fuego a una tienda de autoservicio la noche de este jueves. Cerca de las 21:40 horas, sobre la avenida Juárez, otro grupo disparó contra una gasolinera y arrojó una bomba molotov a las bombas despachadoras.",
			want: []act{{model.BusinessAttack, "Zamora"}, {model.BusinessAttack, "Zamora"}}},
		{name: "the day before, a place of the same town",
			text: "ACAPULCO, Gro.- Hombres armados incendiaron una farmacia de la colonia Progreso la madrugada de este viernes. Apenas ayer, un comando quemó una tienda de abarrotes en Ciudad Renacimiento.",
			want: []act{{model.BusinessAttack, "Acapulco de Juárez"}, {model.BusinessAttack, "Acapulco de Juárez"}}},
		{name: "a burning hours after a burning",
			text: "TECOMÁN, Col.- Alrededor de las 20:00 horas de este jueves, sujetos armados prendieron fuego a un camión repartidor en la colonia Centro. Casi a las 23:00 horas, una bodega de la colonia San Antonio fue rociada con gasolina e incendiada por dos hombres que huyeron en motocicleta.",
			want: []act{{model.Arson, "Tecomán"}, {model.Arson, "Tecomán"}}},
		{name: "a beer depot burned is a business attacked",
			text: "TECOMÁN, Col.- Un depósito de cerveza de la colonia San Antonio fue rociado con gasolina e incendiado la noche de este jueves por dos hombres que huyeron en motocicleta.",
			want: []act{{model.BusinessAttack, "Tecomán"}}},
		// Controls.
		{name: "the fire put out hours later",
			text: "TECOMÁN, Col.- Alrededor de las 20:00 horas de este jueves, sujetos armados prendieron fuego a un camión repartidor en la colonia Centro. Casi a las 23:00 horas, los bomberos sofocaron el incendio.",
			want: []act{{model.Arson, "Tecomán"}}},
		{name: "the same day named again",
			text: "ACAPULCO, Gro.- Hombres armados incendiaron una farmacia de la colonia Progreso la madrugada de este viernes. La madrugada de este viernes, los hombres armados rociaron gasolina en la farmacia, en Ciudad Renacimiento, y le prendieron fuego.",
			want: []act{{model.BusinessAttack, "Acapulco de Juárez"}}},
		{name: "the attackers fled in another car",
			text: "ZAMORA, Mich.- Sujetos armados prendieron fuego a una tienda de autoservicio de la colonia Centro la noche de este jueves. Los agresores, que escaparon en otro vehículo, arrojaron también una bomba molotov a la bodega.",
			want: []act{{model.BusinessAttack, "Zamora"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a16", Lang: "es", Kind: model.KindNews, Title: tt.title, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			checkActs(t, got, tt.want)
		})
	}
}

// TestPriorActs checks the act a sentence tells after a preposition of
// time, an act of another kind than the sentence's own and told nowhere
// before in the report (art16, family "act told by a noun phrase or a
// clause inside another act's sentence"): "tras un enfrentamiento",
// "luego del bloqueo de la carretera", "following the blockade of",
// "después de que sujetos armados quemaran". The controls are the act
// told before and named again, an act of the same family (the death
// after the attack is the attack's), and an act referred to in general.
func TestPriorActs(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 18, 12, 0, 0, 0, mexico) // a Friday
	tests := []struct {
		name, lang, text string
		want             []act
	}{
		{name: "blockades after a clash, tras un", lang: "es",
			text: "MATAMOROS, Tamps.- Hombres armados bloquearon con vehículos incendiados al menos tres avenidas de Matamoros la mañana de este jueves, tras un enfrentamiento con elementos de la Marina en la colonia Buenavista.",
			want: []act{{model.ArmedClash, "Matamoros"}, {model.Blockade, "Matamoros"}}},
		{name: "arrests after the blockade of a road, luego del", lang: "es",
			text: "En Fresnillo, elementos del Ejército detuvieron la noche del jueves a tres hombres armados, luego del bloqueo de la carretera federal 45 con un tráiler incendiado.",
			want: []act{{model.SecurityOperation, "Fresnillo"}, {model.Blockade, "Fresnillo"}}},
		{name: "arrests following the blockade of a highway", lang: "en",
			text: "In Fresnillo, soldiers arrested three armed men on Thursday night following the blockade of federal highway 45 with a burning truck.",
			want: []act{{model.SecurityOperation, "Fresnillo"}, {model.Blockade, "Fresnillo"}}},
		// Controls.
		{name: "the clash told before, named again", lang: "es",
			text: "MATAMOROS, Tamps.- Elementos de la Marina se enfrentaron con un grupo armado en la colonia Buenavista la mañana de este jueves. Horas después, hombres armados bloquearon tres avenidas, tras el enfrentamiento.",
			want: []act{{model.ArmedClash, "Matamoros"}, {model.Blockade, "Matamoros"}}},
		{name: "a death after an attack is the attack's", lang: "es",
			text: "En Fresnillo, un hombre murió la noche del jueves tras un ataque a balazos en la colonia Centro.",
			want: []act{{model.ArmedAttack, "Fresnillo"}}},
		{name: "classes suspended after a week of clashes", lang: "es",
			text: "En Fresnillo, la Secretaría de Educación suspendió las clases en 20 escuelas este lunes, luego de una semana de enfrentamientos armados en comunidades del municipio.",
			want: []act{{model.Disruption, "Fresnillo"}}},
		{name: "classes suspended after days of fighting", lang: "en",
			text: "Authorities suspended classes at 20 schools in Fresnillo on Monday, after days of fighting between cartels in the area, officials said.",
			want: []act{{model.Disruption, "Fresnillo"}}},
		{name: "arrests after attacks, plural", lang: "es",
			text: "La Fiscalía detuvo a siete personas en Fresnillo este jueves tras ataques contra civiles en la colonia Centro.",
			want: []act{{model.SecurityOperation, "Fresnillo"}}},
		{name: "arrests after an act of the same kind", lang: "es",
			text: "En Fresnillo, elementos del Ejército detuvieron la noche del jueves a tres hombres, tras un operativo en la colonia Centro.",
			want: []act{{model.SecurityOperation, "Fresnillo"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a16p", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			checkActs(t, got, tt.want)
		})
	}
}

// TestRoadsTally checks that a wave of blockades told by the roads or the
// points blocked, counted over a state ("blocked at least seven roads in
// Nayarit", "at least seven roads in Nayarit had been blocked", "at seven
// points across three municipalities"), is a tally of the state (art16,
// family "round-up count"), and that two roads, or points of one town,
// stay one act there.
func TestRoadsTally(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 18, 12, 0, 0, 0, mexico) // a Friday
	tests := []struct {
		name, lang, text string
		tally            bool   // a blockade tally of the state is found
		mun              string // else: the municipality of the one blockade
	}{
		{name: "blocked at least N roads in a state", lang: "en",
			text:  "Gunmen set vehicles ablaze and blocked at least nine roads in the western state of Michoacán on Thursday night, officials said. No injuries were reported.",
			tally: true},
		{name: "bloquearon al menos N carreteras", lang: "es",
			text:  "Hombres armados bloquearon al menos ocho carreteras de Guanajuato con vehículos incendiados la noche del jueves.",
			tally: true},
		{name: "N roads in a state had been blocked", lang: "en",
			text:  "By evening at least seven roads in Sinaloa had been blocked with burning vehicles, according to the state government. No injuries were reported.",
			tally: true},
		{name: "at N points across M municipalities", lang: "en",
			text:  "Gunmen set vehicles on fire at seven points across three municipalities of northern Sinaloa on Thursday, blocking highways for several hours. No injuries were reported.",
			tally: true},
		// Controls.
		{name: "two roads of a town", lang: "en",
			text: "Gunmen blocked two roads in Celaya with burning trucks on Thursday night. No injuries were reported.",
			mun:  "Celaya"},
		{name: "points of one town", lang: "es",
			text: "Hombres armados bloquearon con camiones incendiados tres puntos de Celaya la noche del jueves.",
			mun:  "Celaya"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a16r", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			var tallies []model.Incident
			for _, in := range got {
				if in.Tally && in.Type == model.Blockade {
					tallies = append(tallies, in)
				}
			}
			if tt.tally {
				if len(tallies) != 1 || tallies[0].Location.Municipality != "" {
					t.Errorf("want one blockade tally of a state, got %+v", got)
				}
				return
			}
			if len(tallies) > 0 {
				t.Errorf("want no tally, got %+v", tallies)
			}
			checkActs(t, got, []act{{model.Blockade, tt.mun}})
		})
	}
}
