package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestLaterDeathInHospital checks that a follow-up telling that a victim
// of an earlier act died in a hospital gives that act — its type and its
// day — and not a killing on the day of the death, with no wound told
// (woundedDeath, diedOfWounds), in Spanish and English, one or several
// dead. The texts are written for the test; the controls tell a death in
// a hospital after a clause, not a named act (dated the day of the death),
// and a killing with no hospital.
func TestLaterDeathInHospital(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 17, 9, 0, 0, 0, mexico) // a Thursday
	tests := []struct {
		name, lang, text string
		typ              model.IncidentType
		day              string
	}{
		{name: "tercer agente, en un hospital, tras la emboscada", lang: "es",
			text: "URUAPAN, Mich.- Un tercer agente de la Guardia Civil murió la noche del miércoles en un hospital de Morelia, a donde fue trasladado tras la emboscada del lunes en la salida a Paracho.",
			typ:  model.ArmedAttack, day: "2027-06-14"},
		{name: "dos murieron en el nosocomio, ataque ocurrido el viernes", lang: "es",
			text: "CELAYA, Gto.- Dos de las víctimas del ataque armado a un billar de la colonia Las Insurgentes murieron este martes en el nosocomio, con lo que suman cinco los muertos del ataque ocurrido la noche del viernes.",
			typ:  model.ArmedAttack, day: "2027-06-11"},
		{name: "died in hospital on Tuesday, Sunday's ambush", lang: "en",
			text: "URUAPAN, Mexico - A fourth soldier wounded in Sunday's ambush on the road to Paracho died in hospital on Tuesday, bringing the death toll to four, the army said.",
			typ:  model.ArmedAttack, day: "2027-06-13"},
		// Controls.
		{name: "una muerte en el hospital tras una cláusula, sin acto nombrado", lang: "es",
			text: "URUAPAN, Mich.- Un hombre murió la noche del miércoles en el hospital regional luego de ser baleado por desconocidos en la colonia Centro.",
			typ:  model.ArmedAttack, day: "2027-06-16"},
		{name: "asesinado el miércoles, sin hospital", lang: "es",
			text: "URUAPAN, Mich.- Un hombre fue asesinado a balazos la noche del miércoles en la colonia Centro.",
			typ:  model.Homicide, day: "2027-06-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "later-death", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(got) != 1 {
				t.Fatalf("%d incidents, want 1: %+v", len(got), got)
			}
			if got[0].Type != tt.typ {
				t.Errorf("type %s, want %s", got[0].Type, tt.typ)
			}
			if got[0].Time == nil {
				t.Fatalf("no time, want %s", tt.day)
			}
			if day := got[0].Location.Date(*got[0].Time); day != tt.day {
				t.Errorf("day %s, want %s", day, tt.day)
			}
		})
	}
}

// TestArrestForAnActElsewhere checks that an arrest statement naming the
// act it is for, in another town and dated on its own, gives the arrest
// at its town and day and that act at its own town and day (groundAct,
// actTownAfter), where it read two arrests; the arrest, which the next
// sentences go on telling, is the later draft. The texts are written for
// the test; the control tells arrests in two towns and no act.
func TestArrestForAnActElsewhere(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 17, 13, 0, 0, 0, mexico) // a Thursday
	type want struct {
		typ       model.IncidentType
		muni, day string
	}
	tests := []struct {
		name, text string
		want       []want
	}{
		{name: "homicidio en un bar de otra ciudad, ocurrido",
			text: "La Fiscalía del Estado informa que este jueves fueron detenidos en Silao dos hombres señalados como probables responsables del homicidio de cuatro personas en un bar de la zona centro de Irapuato, ocurrido la noche del lunes 14 de junio.",
			want: []want{{model.Homicide, "11017", "2027-06-14"}, {model.SecurityOperation, "11037", "2027-06-17"}}},
		{name: "ataque a una patrulla en otro municipio, cometido",
			text: "Agentes de investigación detuvieron este miércoles en Tarímbaro a un hombre de 31 años señalado como responsable del ataque a una patrulla en Charo, cometido el martes 15 de junio.",
			want: []want{{model.ArmedAttack, "16022", "2027-06-15"}, {model.SecurityOperation, "16088", "2027-06-16"}}},
		{name: "la captura contada después, del arresto",
			text: "Agentes de investigación detuvieron este miércoles en Tarímbaro a un hombre de 31 años señalado como responsable del ataque a una patrulla en Charo, cometido el martes 15 de junio. Al momento de su captura se le aseguró un arma corta.",
			want: []want{{model.ArmedAttack, "16022", "2027-06-15"}, {model.SecurityOperation, "16088", "2027-06-16"}}},
		{name: "ataque a un bar en otra ciudad, el día tras el sustantivo",
			text: "Agentes de la Fiscalía detuvieron este jueves en Silao a dos hombres por el ataque a un bar en Irapuato que dejó cuatro muertos la noche del lunes.",
			want: []want{{model.ArmedAttack, "11017", "2027-06-14"}, {model.SecurityOperation, "11037", "2027-06-17"}}},
		{name: "an attack in the same town, its day after the noun",
			text: "State police arrested two men in Celaya on Thursday over the shooting at a bar in Celaya late Tuesday that killed three people.",
			want: []want{{model.SecurityOperation, "11007", "2027-06-17"}, {model.ArmedAttack, "11007", "2027-06-15"}}},
		{name: "arresto de esta mañana por un acto de la madrugada del mismo día",
			text: "Policías estatales detuvieron esta mañana en Celaya a dos hombres presuntamente relacionados con el ataque a un bar de Irapuato la madrugada de este jueves.",
			want: []want{{model.BusinessAttack, "11017", "2027-06-17"}, {model.SecurityOperation, "11007", "2027-06-17"}}},
		// Controls.
		{name: "la parte del día tras el sustantivo, posterior a la del arresto, es del arresto",
			text: "Policías estatales detuvieron la madrugada de este jueves en Celaya a dos hombres por el homicidio de un taxista esta mañana.",
			want: []want{{model.SecurityOperation, "11007", "2027-06-17"}}},
		{name: "el día del reporte tras el sustantivo es el del arresto",
			text: "Policías municipales detuvieron en Celaya a dos hombres por el homicidio de un taxista este jueves.",
			want: []want{{model.SecurityOperation, "11007", "2027-06-17"}}},
		{name: "arrestos en dos municipios, ningún acto",
			text: "Elementos de la Guardia Nacional detuvieron este miércoles a dos hombres en Silao y a otro más en Irapuato, a quienes les aseguraron armas largas.",
			want: []want{{model.SecurityOperation, "11037", "2027-06-16"}, {model.SecurityOperation, "11017", "2027-06-16"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "ground", Lang: "es", Kind: model.KindOfficial, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(got) != len(tt.want) {
				t.Fatalf("%d incidents, want %d: %+v", len(got), len(tt.want), got)
			}
			for k, w := range tt.want {
				g := got[k]
				day := "-"
				if g.Time != nil {
					day = g.Location.Date(*g.Time)
				}
				if g.Type != w.typ || g.Location.MunicipalityCode != w.muni || day != w.day {
					t.Errorf("incident %d: %s at %s on %s, want %s at %s on %s", k, g.Type, g.Location.MunicipalityCode, day, w.typ, w.muni, w.day)
				}
			}
		})
	}
}

// TestMarchForAKilling checks a march, a vigil or a call for justice
// after a killing (README: aftermath reports, branch follow29): the
// killing it names with its weekday is that act, at its day, so that the
// report joins the killing's event. Controls: a march for the
// disappeared, a killing recalled with its year, and killings as a
// grievance with no act of their own give no incident.
func TestMarchForAKilling(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 14, 18, 0, 0, 0, mexico) // a Monday
	tests := []struct {
		name, title, text string
		want              []model.IncidentType
		day               string
	}{
		{name: "marchan por los jóvenes asesinados el viernes",
			title: "Marchan para exigir justicia por los tres jóvenes asesinados en Fresnillo",
			text:  "FRESNILLO, Zac.- Familiares y vecinos marcharon este lunes por el centro de la ciudad para exigir justicia por los tres jóvenes asesinados el viernes en la colonia Plan de Ayala.",
			want:  []model.IncidentType{model.Homicide}, day: "2027-06-11"},
		{name: "protestan por los choferes asesinados la noche del sábado",
			title: "Taxistas protestan por el asesinato de dos compañeros",
			text:  "ZACATECAS, Zac.- Decenas de taxistas protestaron este lunes frente a Palacio de Gobierno para exigir justicia por los dos choferes asesinados la noche del sábado en la colonia Benito Juárez.",
			want:  []model.IncidentType{model.Homicide}, day: "2027-06-12"},
		{name: "velan al policía asesinado anoche",
			title: "Velan a policía asesinado en Fresnillo",
			text:  "FRESNILLO, Zac.- Compañeros y familiares velan este lunes al agente de la Policía Municipal asesinado anoche de varios disparos en la colonia Plan de Ayala.",
			want:  []model.IncidentType{model.ArmedAttack}, day: "2027-06-13"},
		// Controls.
		{name: "marcha por los desaparecidos",
			title: "Madres buscadoras marchan en Fresnillo",
			text:  "FRESNILLO, Zac.- Madres buscadoras marcharon este lunes para exigir la búsqueda de sus hijos desaparecidos el viernes en la colonia Plan de Ayala.",
			want:  nil},
		{name: "asesinados en marzo de 2019",
			title: "Marchan para exigir justicia por los jóvenes asesinados en 2019",
			text:  "FRESNILLO, Zac.- Familiares marcharon este lunes para exigir justicia por los tres jóvenes asesinados en marzo de 2019 en la colonia Plan de Ayala.",
			want:  nil},
		{name: "homicidios como agravio, sin acto",
			title: "Marchan por la paz en Fresnillo",
			text:  "FRESNILLO, Zac.- Cientos de vecinos marcharon este lunes para exigir seguridad ante los homicidios que se registran cada semana en la ciudad.",
			want:  nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractReport(t, e, model.Report{ID: "march", Lang: "es", Kind: model.KindNews, Title: tt.title, Text: tt.text, Published: pub}, tt.want)
			if tt.day == "" {
				return
			}
			if got[0].Time == nil {
				t.Fatalf("no time, want %s", tt.day)
			}
			if day := got[0].Location.Date(*got[0].Time); day != tt.day {
				t.Errorf("day %s, want %s", day, tt.day)
			}
		})
	}
}
