package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSecondClauseActs checks that a sentence of a multi-event report
// gives the second act it tells: one in a clause joined by "mientras que",
// "en tanto que" or "while" with a place of its own (the first act then
// happened where the dateline places it), one in a clause after "poco
// después de que", one told later in a sentence of its own ("Horas más
// tarde, ..."), the act behind a suspension told in the same sentence,
// towns listed after "near", a transcript's "tambien en X", and an
// earlier day's act of the same kind in the same town ("Apenas el
// domingo, ...").
// The texts are written for the test; the controls keep what the rules
// must not take (one act of one kind, a death told later, a death after
// an attack).
func TestSecondClauseActs(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico) // a Wednesday
	tests := []struct {
		name, lang, kind, title, text string
		want                          []act
	}{
		{name: "en tanto que, the dateline's town first", lang: "es",
			text: "APATZINGÁN, Mich.— Civiles armados prendieron fuego a un tráiler para cerrar la carretera la mañana de este martes, en tanto que en Buenavista fue baleada una patrulla de la Guardia Civil.",
			want: []act{{model.Blockade, "Apatzingán"}, {model.ArmedAttack, "Buenavista"}}},
		{name: "mientras que, the dateline's town first", lang: "es",
			text: "IGUALA, Gro.— Sujetos armados quemaron dos camiones para bloquear el periférico la noche del martes, mientras que en Taxco asesinaron a un taxista.",
			want: []act{{model.Blockade, "Iguala de la Independencia"}, {model.Homicide, "Taxco de Alarcón"}}},
		{name: "while in nearby", lang: "en",
			text: "NAVOJOA, Mexico — Gunmen shot dead two men outside a car wash on Tuesday, while in nearby Huatabampo a pharmacy was set on fire, police said.",
			want: []act{{model.Homicide, "Navojoa"}, {model.BusinessAttack, "Huatabampo"}}},
		{name: "poco después de que, another town", lang: "es",
			text: "SILAO, Gto.— Un hombre fue asesinado a balazos la tarde del martes en la colonia Centro, poco después de que desconocidos incendiaran una camioneta en una calle de Romita.",
			want: []act{{model.Homicide, "Silao de la Victoria"}, {model.Arson, "Romita"}}},
		{name: "hours later, another kind", lang: "es",
			text: "En Fresnillo, sujetos armados atacaron a balazos a dos policías estatales la madrugada del martes; uno resultó herido. Horas más tarde, desconocidos incendiaron un camión de pasajeros frente a la terminal.",
			want: []act{{model.ArmedAttack, "Fresnillo"}, {model.Arson, "Fresnillo"}}},
		{name: "later, an avenue blocked", lang: "en",
			text: "In Matamoros, gunmen shot at a state police patrol early Tuesday. Hours later, burning cars blocked an avenue near the border bridge.",
			want: []act{{model.ArmedAttack, "Matamoros"}, {model.Blockade, "Matamoros"}}},
		{name: "a suspension and the shooting behind it", lang: "en",
			text: "TAMPICO, Mexico — Classes at several schools in Tampico were suspended on Wednesday after gunmen opened fire on a police patrol near the port late Tuesday, the state education ministry said.",
			want: []act{{model.Disruption, "Tampico"}, {model.ArmedAttack, "Tampico"}}},
		{name: "near two towns", lang: "en",
			text: "MORELIA, Mexico, June 15 (Reuters) - Armed men set fire to trucks to block highways near Uruapan and Pátzcuaro in Michoacán state on Tuesday, officials said.",
			want: []act{{model.Blockade, "Uruapan"}, {model.Blockade, "Pátzcuaro"}}},
		{name: "a transcript's tambien en", lang: "es", kind: "transcript",
			text: "buenas noches les informamos que esta tarde en zamora asesinaron a balazos a un comerciante tambien en uruapan quemaron un camion en la carretera y la circulacion esta cerrada",
			want: []act{{model.Homicide, "Zamora"}, {model.Blockade, "Uruapan"}}},
		{name: "a strike titled with its crime", lang: "es", title: "Paran transportistas en Zitácuaro tras el asesinato de un chofer",
			text: "ZITÁCUARO, Mich.— Los taxistas suspendieron el servicio este miércoles. La noche del martes, en el vecino municipio de Hidalgo, desconocidos incendiaron tres taxis estacionados en la base de la colonia Centro.",
			want: []act{{model.Disruption, "Zitácuaro"}, {model.Arson, "Hidalgo"}}}, // (the title's killing is the headline-only class, not read here)
		{name: "an earlier day after an adverb", lang: "es",
			text: "TEPIC, Nay.— Sujetos armados incendiaron una tienda de conveniencia de la colonia Centro la noche de este martes. Apenas el domingo, otro grupo había quemado una farmacia a tres cuadras de ahí.",
			want: []act{{model.BusinessAttack, "Tepic"}, {model.BusinessAttack, "Tepic"}}},
		{name: "a town in a state named after its capital", lang: "en",
			text: "Soldiers and gunmen clashed on Tuesday outside Santiago Papasquiaro, in Durango state, leaving three attackers dead, the army said.",
			want: []act{{model.ArmedClash, "Santiago Papasquiaro"}}},
		{name: "only the state, said so", lang: "en",
			text: "Gunmen killed two police officers on a rural road in Oaxaca state on Tuesday, state officials said.",
			want: []act{{model.ArmedAttack, ""}}},
		// Controls.
		{name: "one kind in both clauses", lang: "es",
			text: "IGUALA, Gro.— Sujetos armados bloquearon el periférico con un camión en llamas la noche del martes, mientras que en Taxco quemaron otro camión sobre la carretera federal.",
			want: []act{{model.Blockade, "Taxco de Alarcón"}}},
		{name: "a death told later is the attack's", lang: "es",
			text: "En Fresnillo, sujetos armados atacaron a balazos a dos policías estatales la madrugada del martes. Horas más tarde, uno de los agentes murió en el hospital.",
			want: []act{{model.ArmedAttack, "Fresnillo"}}},
		{name: "a death after an attack, no suspension", lang: "es",
			text: "SILAO, Gto.— Un hombre murió la tarde del martes en la colonia Centro tras el ataque a balazos de dos sujetos que huyeron en una motocicleta.",
			want: []act{{model.ArmedAttack, "Silao de la Victoria"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "m9", Lang: tt.lang, Kind: model.ReportKind(tt.kind), Title: tt.title, Text: tt.text, Published: pub}
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

func TestStateAfter(t *testing.T) {
	for text, want := range map[string]bool{
		" state, officials said": true, " State": true, " statement": false, ", state officials": false, "": false,
	} {
		if got := stateAfter(text, 0); got != want {
			t.Errorf("stateAfter(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestDayOpeners(t *testing.T) {
	for w, want := range map[string]bool{
		"Apenas ": true, "Ya ": true, "Just on ": false, "Also ": true, "": false,
		"Según la Fiscalía, ": false, "Desde ": false, "y también ": true,
	} {
		if got := dayOpeners(w); got != want {
			t.Errorf("dayOpeners(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLaterAct(t *testing.T) {
	tests := []struct {
		f         string
		last, typ model.IncidentType
		want      bool
	}{
		{"horas mas tarde, en la misma ciudad, desconocidos ", model.ArmedAttack, model.Arson, true},
		{"later that morning, burning vehicles ", model.ArmedAttack, model.Blockade, true},
		{"minutos despues, un grupo armado ", model.Blockade, model.ArmedClash, true},
		{"horas mas tarde, uno de los agentes ", model.ArmedAttack, model.Homicide, false},  // a shooting's toll
		{"horas mas tarde, otro grupo ", model.Blockade, model.Arson, false},                // burnings of one wave
		{"mas tarde, la policia ", model.ArmedAttack, model.SecurityOperation, false},       // arrests have their own rule
		{"laterally, ", model.ArmedAttack, model.Arson, false},                              // a word, not the opener
		{"los vecinos dijeron que horas mas tarde ", model.ArmedAttack, model.Arson, false}, // not opening the sentence
	}
	for _, tt := range tests {
		if got := laterAct(tt.f, tt.last, tt.typ); got != tt.want {
			t.Errorf("laterAct(%q, %s, %s) = %v, want %v", tt.f, tt.last, tt.typ, got, tt.want)
		}
	}
}

func TestClauseJoinAndIntro(t *testing.T) {
	joins := []struct {
		rest string
		want bool
	}{
		{"Sujetos armados quemaron dos camiones, mientras que", true},
		{"Sujetos armados quemaron dos camiones, en tanto que", true},
		{"Gunmen shot two men, while", true},
		{"se registraron bloqueos;", true},
		{"Se registraron bloqueos en Celaya y", false}, // a list of one act's places
		{"bloquearon la carretera", false},
	}
	for _, tt := range joins {
		if got := clauseJoin(tt.rest); got != tt.want {
			t.Errorf("clauseJoin(%q) = %v, want %v", tt.rest, got, tt.want)
		}
	}
	intros := map[string]string{
		"luego, en el vecino municipio de ": "luego, en ",
		"while in nearby ":                  "while in ",
		"en la colonia ":                    "en la colonia ",
	}
	for in, want := range intros {
		if got := trimIntro(in); got != want {
			t.Errorf("trimIntro(%q) = %q, want %q", in, got, want)
		}
	}
	subs := []struct {
		w    string
		want int
	}{
		{"Un hombre fue asesinado en la colonia Centro, poco después de que desconocidos incendiaran una camioneta en ", 44}, // the comma before it
		{"Un hombre fue asesinado después de que lo interceptaron en ", -1},                                                  // no comma: the same act's story
	}
	for _, tt := range subs {
		if got := subordinateAt(tt.w); got != tt.want {
			t.Errorf("subordinateAt(%q) = %d, want %d", tt.w, got, tt.want)
		}
	}
}
