package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestMulti10Acts checks the second acts of multi-event reports read by
// the multi10 rules: the act an arrest names as its ground with a day of
// its own (groundAct), a clause joined by ", y casi al mismo tiempo"
// (timedJoin), a later part of the day opening a sentence (laterOpeners),
// a burning told in the pluperfect ("había prendido fuego") and a road's
// exit named in English (exitName). The texts are written for the test;
// the controls keep what the rules must not take (a charge with no day,
// an act weeks before the arrest, a list of one act's places, a death
// told later).
func TestMulti10Acts(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico) // a Wednesday
	tests := []struct {
		name, lang, kind, text string
		want                   []act
	}{
		{name: "an arrest and the attack it is for, days before", lang: "es",
			text: "REYNOSA, Tamps.- Agentes de la Fiscalía detuvieron este martes a tres hombres por su probable participación en el incendio de una tienda de conveniencia ocurrido la noche del domingo.",
			want: []act{{model.SecurityOperation, "Reynosa"}, {model.BusinessAttack, "Reynosa"}}},
		{name: "an arrest and the ambush it is for, the same day", lang: "es", kind: "official",
			text: "En el municipio de Zitácuaro, Michoacán, personal de la Guardia Civil detuvo el martes a dos personas señaladas como responsables de la agresión contra una patrulla registrada la madrugada de ese mismo día, en la que murió un agente.",
			want: []act{{model.SecurityOperation, "Zitácuaro"}, {model.ArmedAttack, "Zitácuaro"}}},
		{name: "y casi al mismo tiempo, another town", lang: "es",
			text: "CELAYA, Gto.— Sujetos armados incendiaron una camioneta en la colonia Centro la tarde del martes, y casi al mismo tiempo, en Salamanca, un hombre fue asesinado a balazos.",
			want: []act{{model.Arson, "Celaya"}, {model.Homicide, "Salamanca"}}},
		{name: "por la noche, another kind", lang: "es",
			text: "TEPIC, Nay.— Un hombre fue asesinado a balazos la mañana del martes en la colonia Centro. Por la noche, en la misma ciudad, desconocidos incendiaron una farmacia.",
			want: []act{{model.Homicide, "Tepic"}, {model.BusinessAttack, "Tepic"}}},
		{name: "a burning in the pluperfect, another town", lang: "es",
			text: "ZINAPÉCUARO, Mich.— Sujetos armados bloquearon la carretera con un tráiler en llamas la noche del martes. Una hora antes, otro grupo había prendido fuego a una camioneta en Queréndaro.",
			want: []act{{model.Blockade, "Zinapécuaro"}, {model.Blockade, "Queréndaro"}}},
		{name: "a killing in the pluperfect, a day before", lang: "es",
			text: "TIJUANA, BC.- Hombres armados atacaron a balazos una vivienda de la colonia Sánchez Taboada la noche del martes; tres personas resultaron heridas. Un día antes, un hombre armado había matado a dos hombres en la colonia Camino Verde.",
			want: []act{{model.ArmedAttack, "Tijuana"}, {model.Homicide, "Tijuana"}}},
		{name: "a road's exit named in English", lang: "en",
			text: "MORELIA, Mexico — Gunmen shot dead two men at a car wash near the Charo exit of Morelia on Tuesday night, police said.",
			want: []act{{model.ArmedAttack, "Morelia"}}},
		{name: "a tally's one act named after it", lang: "en",
			text: "MORELIA, Mexico — The state government said 16 roadblocks had been set up in ten municipalities on Tuesday, among them one in which gunmen set a truck on fire in Zitácuaro.",
			want: []act{{model.Blockade, "Zitácuaro"}}},
		{name: "entre ellos uno en, donde", lang: "es",
			text: "MORELIA, Mich.- La Secretaría de Seguridad Pública contabilizó 15 bloqueos en ocho municipios la noche del martes, entre ellos uno en Pátzcuaro, donde sujetos armados quemaron un camión de carga.",
			want: []act{{model.Blockade, "Pátzcuaro"}}},
		{name: "a rumour beside a tally the authorities counted", lang: "es",
			text: "CULIACÁN, Sin.- Rumores de enfrentamientos en Culiacán circularon la noche del martes en redes sociales, mientras la Secretaría de Seguridad Pública contabilizaba diez bloqueos en seis municipios del estado.",
			want: nil},
		{name: "a closure the act brought, in a clause after it", lang: "en",
			text: "NUEVO LAREDO, Mexico — Gunmen torched two trucks to block a road near the bridge on Tuesday night, and U.S. authorities halted cargo processing at the bridge until dawn.",
			want: []act{{model.Blockade, "Nuevo Laredo"}, {model.Disruption, "Nuevo Laredo"}}},
		{name: "classes suspended after an attack, y", lang: "es",
			text: "MATAMOROS, Tamps.- Sujetos armados atacaron a balazos a una patrulla frente a una escuela la mañana del martes, y las autoridades educativas suspendieron las clases este miércoles.",
			want: []act{{model.ArmedAttack, "Matamoros"}, {model.Disruption, "Matamoros"}}},
		// Controls.
		{name: "the road a blockade closed is the blockade's", lang: "en",
			text: "NUEVO LAREDO, Mexico — Gunmen torched two trucks to block a road on Tuesday night, and traffic was suspended for three hours.",
			want: []act{{model.Blockade, "Nuevo Laredo"}}},
		{name: "a rumour of a blockade", lang: "es",
			text: "CULIACÁN, Sin.- Circularon la noche del martes rumores de bloqueos en Culiacán y Navolato.",
			want: nil},
		{name: "a tally with no act named", lang: "es",
			text: "MORELIA, Mich.- La Secretaría de Seguridad Pública contabilizó 15 bloqueos en ocho municipios la noche del martes, entre ellos varios en la Tierra Caliente.",
			want: nil},
		{name: "a charge with no day of its own", lang: "es",
			text: "REYNOSA, Tamps.- Agentes de la Fiscalía detuvieron este martes a tres hombres por su probable participación en el delito de homicidio.",
			want: []act{{model.SecurityOperation, "Reynosa"}}},
		{name: "an act weeks before the arrest", lang: "es",
			text: "Suman cinco los detenidos por el ataque armado contra un bar de Irapuato ocurrido el pasado 2 de mayo, informó este martes la Fiscalía del Estado.",
			want: []act{{model.SecurityOperation, "Irapuato"}}},
		{name: "a list of one act's places", lang: "es",
			text: "Se registraron bloqueos con vehículos en llamas en Celaya, y casi al mismo tiempo en Salamanca, la noche del martes.",
			want: []act{{model.Blockade, "Celaya"}, {model.Blockade, "Salamanca"}}},
		{name: "a death told at night is the attack's", lang: "es",
			text: "En Fresnillo, sujetos armados atacaron a balazos a dos policías estatales la mañana del martes. Por la noche, uno de los agentes murió en el hospital.",
			want: []act{{model.ArmedAttack, "Fresnillo"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "m10", Lang: tt.lang, Kind: model.ReportKind(tt.kind), Title: "", Text: tt.text, Published: pub}
			if tt.kind == "" {
				r.Kind = model.KindNews
			}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			acts := pointActs(got)
			if !sameActs(acts, tt.want) {
				t.Errorf("acts %v, want %v", acts, tt.want)
			}
		})
	}
}

// TestGroundActDay checks that the act an arrest is for is dated by its
// own day and keeps its dead, and the arrest keeps its day and arrests.
func TestGroundActDay(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico) // a Wednesday
	r := model.Report{ID: "m10d", Lang: "es", Kind: model.KindOfficial, Published: pub,
		Text: "La Fiscalía informa que este martes, en el municipio de Fresnillo, Zacatecas, agentes de la Policía de Investigación detuvieron a cuatro personas por su probable participación en el ataque contra una patrulla ocurrido la noche del domingo, en el que murieron dos agentes."}
	got := e.Extract(r)
	checkInvariants(t, r, got)
	if len(got) != 2 {
		t.Fatalf("got %d incidents, want 2: %+v", len(got), got)
	}
	for _, in := range got {
		if in.Time == nil {
			t.Fatalf("%s: no time", in.Type)
		}
		day := in.Time.In(mexico).Day()
		switch in.Type {
		case model.SecurityOperation:
			if day != 15 || count(in.Counts.Detained) != 4 || count(in.Counts.Killed) != 0 {
				t.Errorf("arrest: day %d, detained %d, killed %d; want 15, 4, 0", day, count(in.Counts.Detained), count(in.Counts.Killed))
			}
		case model.ArmedAttack:
			if day != 13 || count(in.Counts.Killed) != 2 {
				t.Errorf("attack: day %d, killed %d; want 13, 2", day, count(in.Counts.Killed))
			}
		default:
			t.Errorf("unexpected %s", in.Type)
		}
	}
}

func TestTimedJoin(t *testing.T) {
	for rest, want := range map[string]bool{
		"Sujetos armados incendiaron una vivienda, y casi al mismo tiempo": true,
		"gunmen burned a bus, and minutes later":                           true,
		"bloquearon la carretera, y horas después":                         true,
		"bloquearon la carretera y horas después":                          false, // no comma: one act's story
		"se reportaron bloqueos en Celaya, y":                              false,
		"the attack came later":                                            false,
		"":                                                                 false,
	} {
		if got := timedJoin(rest); got != want {
			t.Errorf("timedJoin(%q) = %v, want %v", rest, got, want)
		}
	}
}

func TestExitName(t *testing.T) {
	tests := []struct {
		text       string
		start, end int
		want       bool
	}{
		{"at the Salamanca exit of Morelia", 7, 16, true},
		{"at the Salamanca turnoff", 7, 16, true},
		{"in the Salamanca area", 7, 16, false},
		{"in Salamanca exits were closed", 3, 12, false}, // no "the" before: the town itself
		{"at the Salamanca exiting lane", 7, 16, false},
		{"in the Tierra Blanca neighborhood", 7, 20, true},
		{"in the Culiacan neighborhood of Tierra Blanca", 7, 15, false}, // the city, whose quarter follows
		{"the Centro district, police said", 4, 10, true},
	}
	for _, tt := range tests {
		p := placeRef{start: tt.start, end: tt.end}
		if got := exitName(tt.text, p); got != tt.want {
			t.Errorf("exitName(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestMulti10Tallies checks the tallies of the multi10 rules: a tally
// told in a clause after a rumour is kept (claimReaches), and an act
// under a title that denies one in another town is kept beside the
// denial (elsewhereThanTitle).
func TestMulti10Tallies(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, title, text string
		tallies, denials, acts  int
	}{
		{name: "a tally after a rumour", lang: "es", title: "Noche de bloqueos",
			text:    "CULIACÁN, Sin.- Rumores de enfrentamientos en Culiacán circularon la noche del martes en redes sociales, mientras la Secretaría de Seguridad Pública contabilizaba diez bloqueos en seis municipios del estado.",
			tallies: 1},
		{name: "an act in another town under a denying title", lang: "en", title: "Officials deny roadblock in Uruapan",
			text:    "MORELIA, Mexico — Michoacán officials on Wednesday denied reports of a roadblock in Uruapan on Tuesday night. Hours earlier, gunmen had set a bus on fire across the highway in Zitácuaro, officials said.",
			denials: 1, acts: 1},
		{name: "the denied town's own account stays the denial's", lang: "en", title: "Officials deny roadblock in Uruapan",
			text:    "MORELIA, Mexico — Michoacán officials on Wednesday denied reports of a roadblock in Uruapan on Tuesday night. Videos shared online showed a bus burning across a highway in Uruapan.",
			denials: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "m10t", Lang: tt.lang, Kind: model.KindNews, Title: tt.title, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			var tallies, denials, acts int
			for _, in := range got {
				switch {
				case in.Tally:
					tallies++
				case in.Denial:
					denials++
				default:
					acts++
				}
			}
			if tallies != tt.tallies || denials != tt.denials || acts != tt.acts {
				t.Errorf("tallies %d, denials %d, acts %d; want %d, %d, %d", tallies, denials, acts, tt.tallies, tt.denials, tt.acts)
			}
		})
	}
}

func TestClaimReaches(t *testing.T) {
	f := "rumores de bloqueos en la capital marcaron la noche, donde la ssp conto 19 bloqueos"
	claim := []int{len("rumores")}
	tests := []struct {
		at   int
		want bool
	}{
		{len("rumores de "), true},        // the rumour's own noun
		{len(f) - len("bloqueos"), false}, // another clause's count
		{0, true},                         // before the rumour word
	}
	for _, tt := range tests {
		if got := claimReaches(f, claim, tt.at); got != tt.want {
			t.Errorf("claimReaches(%q at %d) = %v, want %v", f, tt.at, got, tt.want)
		}
	}
	if !claimReaches(f, nil, 5) {
		t.Error("claimReaches with no rumour word = false, want true (a strong denial frames all)")
	}
}

func TestDaysBefore(t *testing.T) {
	for f, want := range map[string]int{
		"la vispera, un comando armado habia disparado": 1,
		"the day before, attackers had opened fire":     1,
		"two days earlier gunmen had burned a bus":      2,
		"un dia antes de la eleccion, el alcalde dijo":  0, // a clause about something else
		"the day began with a shooting":                 0,
		"en la vispera":                                 0, // not opening the sentence
	} {
		if got := daysBefore(f); got != want {
			t.Errorf("daysBefore(%q) = %d, want %d", f, got, want)
		}
	}
}

// TestDayBeforeAct checks that a sentence opening "The day before" tells
// another act than the one before it, dated the day before.
func TestDayBeforeAct(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico) // a Wednesday
	r := model.Report{ID: "m10v", Lang: "en", Kind: model.KindNews, Published: pub,
		Text: "TEPIC, Mexico — Gunmen shot dead a taxi driver in Tepic on Tuesday night. The day before, attackers had opened fire on a police patrol in the same city, wounding one officer, police said."}
	got := e.Extract(r)
	checkInvariants(t, r, got)
	checkActs(t, got, []act{{model.Homicide, "Tepic"}, {model.ArmedAttack, "Tepic"}})
	if got[1].Time == nil || got[1].Time.In(mexico).Day() != 14 {
		t.Errorf("the earlier attack dated %v, want June 14", got[1].Time)
	}
}
