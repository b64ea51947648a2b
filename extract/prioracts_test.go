package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestOwnPriorAct: an act told after a preposition of time ("luego del
// asesinato ... el domingo en la colonia ...", "después de la emboscada
// ... en Petaquillas") is an act of its own when its phrase gives it its
// own day or town, whatever its kind; the controls stay as they were: the
// act of the main clause named again, a death in hospital of an earlier
// attack's victim, a case of past years, a follow-up recalling an act
// told before, a time the attribution tells.
func TestOwnPriorAct(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 3, 11, 9, 0, 0, 0, mexico) // a Wednesday
	type act struct {
		typ  model.IncidentType
		day  int    // day of March
		muni string // municipality code, "" for any
	}
	tests := []struct {
		name, text, lang string
		want             []act
	}{
		{name: "a stoppage, and the killing of the day before",
			text: "Las rutas del transporte público suspendieron el servicio este lunes en Zamora, luego del asesinato de un chofer el domingo en la colonia Jardinadas.",
			want: []act{{model.Disruption, 9, "16108"}, {model.Homicide, 8, "16108"}}},
		{name: "a killing, and another of the day before",
			text: "Un hombre fue asesinado a balazos la noche del sábado en la colonia Jardinadas de Zamora, luego de que el viernes otro hombre fuera ultimado en la colonia El Duero.",
			want: []act{{model.Homicide, 7, "16108"}, {model.Homicide, 6, "16108"}}},
		{name: "a body found, and a shooting with its own night",
			text: "URUAPAN, Mich.- El cuerpo de un hombre fue localizado esta mañana en un camino de la colonia Los Ángeles, en Uruapan, luego de que la noche del sábado dos mujeres fueron atacadas a balazos afuera de un taller de la colonia Morelos.",
			want: []act{{model.Homicide, 11, "16102"}, {model.ArmedAttack, 7, "16102"}}},
		{name: "the attack named again, and an ambush in another town",
			text: "TIXTLA, Gro.- Un policía resultó herido la noche del martes cuando sujetos armados dispararon contra una patrulla en el centro de Tixtla. El ataque ocurrió una hora después de la emboscada contra policías estatales en Mazatlán, municipio de Chilpancingo.",
			want: []act{{model.ArmedAttack, 10, "12061"}, {model.ArmedAttack, 0, "12029"}}},
		// Controls.
		{name: "the main clause's act named again",
			text: "Dos hombres fueron asesinados anoche en la colonia Jardinadas de Zamora, tras un ataque armado en la misma colonia.",
			want: []act{{model.Homicide, 10, "16108"}}},
		{name: "a death in hospital after the attack",
			// the attack's later toll: its type and day (gold README, follow-ups; hospitalDeath)
			text: "Un policía murió en el hospital este miércoles, luego del ataque del lunes en la colonia Centro de Zamora.",
			want: []act{{model.ArmedAttack, 9, "16108"}}},
		{name: "a case of past years",
			text: "La Fiscalía detuvo este lunes en Zamora a tres hombres, luego de que en marzo de 2019 asesinaran a un comerciante en la colonia Centro.",
			want: []act{{model.SecurityOperation, 9, "16108"}}},
		{name: "a follow-up recalling the act told",
			text: "Un chofer fue asesinado el domingo en la colonia Jardinadas de Zamora. Este lunes, las rutas del transporte público suspendieron el servicio en Zamora, luego del asesinato del domingo en la colonia Jardinadas.",
			want: []act{{model.Homicide, 8, "16108"}, {model.Disruption, 9, "16108"}}},
		{name: "the day an attribution tells",
			text: "Soldiers killed two gunmen in a firefight late Thursday after their patrol came under fire on a highway near the town of Calera, the army said on Friday.",
			lang: "en",
			want: []act{{model.ArmedClash, 5, ""}}},
		{name: "the same ambush named again in the same town",
			text: "Un hombre fue asesinado a balazos la noche del sábado en Zamora. El ataque ocurrió horas después del asesinato de una mujer en la misma ciudad.",
			want: []act{{model.Homicide, 7, "16108"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []model.IncidentType
			for _, a := range tt.want {
				want = append(want, a.typ)
			}
			got := extractActs(t, e, "a25", model.KindNews, tt.lang, tt.text, pub, want)
			for k, a := range tt.want {
				in := got[k]
				if a.day > 0 && (in.Time == nil || in.Time.In(mexico).Day() != a.day) {
					t.Errorf("act %d time %v, want day %d", k+1, in.Time, a.day)
				}
				if a.muni != "" && in.Location.MunicipalityCode != a.muni {
					t.Errorf("act %d placed at %q, want %s", k+1, in.Location.MunicipalityCode, a.muni)
				}
			}
		})
	}
}

// TestCueDay: a sentence that names an act by a participle with a day of
// its own ("el policía municipal asesinado el sábado en la colonia ...")
// after an act of another day tells another act; a noun with its day
// names the act told again, and a death or a wound with its day is that
// act's toll.
func TestCueDay(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 3, 9, 9, 0, 0, 0, mexico) // a Monday
	lead := "HERMOSILLO, Son.- Sujetos armados atacaron a balazos a dos agentes de la Policía Estatal la noche del viernes en la colonia Centro; uno murió en el lugar. "
	tests := []struct {
		name, text string
		want       []int // days of March of the acts
	}{
		{name: "a participle with its own day",
			text: lead + "La dependencia también confirmó que el policía municipal asesinado el sábado en la colonia Olivares tenía seis años en la corporación.",
			want: []int{6, 7}},
		// Controls: one act.
		{name: "a noun with its day",
			text: lead + "La dependencia informó que por el ataque del viernes en la colonia Centro no hay detenidos.",
			want: []int{6}},
		{name: "a death with its day",
			text: lead + "El otro agente, que resultó herido, murió el domingo en el hospital.",
			want: []int{6}},
		{name: "a wound with its day",
			text: lead + "Un tercer agente fue lesionado el viernes por la noche en el mismo ataque.",
			want: []int{6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a25d", Lang: "es", Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			var days []int
			for _, in := range got {
				if !in.Tally && !in.Denial && in.Time != nil {
					days = append(days, in.Time.In(mexico).Day())
				}
			}
			if !slices.Equal(days, tt.want) {
				t.Fatalf("acts on days %v (%v), want %v", days, actTypes(got), tt.want)
			}
		})
	}
}
