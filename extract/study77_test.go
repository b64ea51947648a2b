package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSpokenHalfHour checks a spoken clock time whose half hour stands
// right before the act's verb ("a la una y media agredieron"): "media" is
// no domain word there, as it is in English's "media attack"
// (domainWord). Control: the English figure stays one.
func TestSpokenHalfHour(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2045, 6, 9, 13, 10, 0, 0, mexico)
	for _, tt := range []struct {
		name, lang, text string
		kind             model.ReportKind
		want             []model.IncidentType
	}{
		{"half past one", "es", "en la capital esta madrugada como a la una y media agredieron a una patrulla de la policia municipal y un agente resulto herido", model.KindTranscript, []model.IncidentType{model.ArmedAttack}},
		{"half past eleven", "es", "anoche en la colonia centro de celaya como a las once y media balearon a dos jovenes afuera de una tienda", model.KindTranscript, []model.IncidentType{model.ArmedAttack}},
		// Control.
		{"media attack", "en", "The mayor of Celaya said on Friday that the criticism of his budget was a media attack and would not change his plans.", model.KindNews, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			extractActs(t, e, "t77h", tt.kind, tt.lang, tt.text, pub, tt.want)
		})
	}
	for _, tt := range []struct {
		before []string
		want   bool
	}{
		{[]string{"y", "media"}, false},
		{[]string{"e", "media"}, false},
		{[]string{"the", "media"}, true},
		{[]string{"media"}, true},
	} {
		if got := domainWord(tt.before); got != tt.want {
			t.Errorf("domainWord(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

// TestBannerShown checks a banner told by a verb of showing it in the
// past ("apareció una manta", "colgaron una manta"): an intimidation, as
// the present forms ("aparece manta") were. Control: a banner of a
// protest is none.
func TestBannerShown(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2045, 6, 9, 13, 10, 0, 0, mexico)
	for _, tt := range []struct {
		name, text string
		want       []model.IncidentType
	}{
		{"appeared", "En Delicias apareció una manta el jueves por la mañana en un puente peatonal del centro; la policía la retiró.", []model.IncidentType{model.Intimidation}},
		{"hung", "DELICIAS, Chih.— Desconocidos colgaron una manta en la reja de la presidencia municipal la madrugada del jueves.", []model.IncidentType{model.Intimidation}},
		// Control.
		{"protest", "Vecinos colocaron una manta para exigir justicia por el joven asesinado el mes pasado en Delicias.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			extractActs(t, e, "t77m", model.KindNews, "es", tt.text, pub, tt.want)
		})
	}
}

// TestRoadByNumber checks a vehicle burned on a road named by its number
// alone ("sobre la federal 15") or told again ("en la misma vía", "sobre
// la cinta asfáltica"): a blockade, as on "la carretera federal 15".
// Control: works on the road tell no act.
func TestRoadByNumber(t *testing.T) {
	pub := time.Date(2045, 6, 7, 15, 0, 0, 0, mexico)
	checkActRows(t, "t77r", pub, []actRow{
		{name: "federal by number",
			text: "ZAMORA, Mich.— Sujetos armados prendieron fuego a un tráiler sobre la federal 15 a la altura de Ario de Rayón la mañana de este miércoles.",
			want: []model.IncidentType{model.Blockade}, munis: []string{"16108"}},
		{name: "the same road",
			text: "ZAMORA, Mich.— Cerca de las 09:30 horas, otro grupo armado incendió una pipa en la misma vía, a la altura de Ario de Rayón.",
			want: []model.IncidentType{model.Blockade}, munis: []string{"16108"}},
		{name: "control: roadworks",
			text: "ZAMORA, Mich.— La circulación sobre la federal 15 a la altura de Ario de Rayón se restableció este miércoles tras dos semanas de obras en la cinta asfáltica.",
			want: nil},
	})
}

// TestViolentEpisode checks an act a round-up names as its most violent
// episode ("the week's deadliest episode came on Tuesday, when ...", "en
// otro episodio violento"): no series' episode (violentEpisode).
// Control: a review's episode stays fiction.
func TestViolentEpisode(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2045, 6, 10, 9, 0, 0, 0, mexico)
	for _, tt := range []struct {
		name, lang, text string
		want             []model.IncidentType
	}{
		{"deadliest episode", "en", "The week's deadliest episode came on Tuesday, when five people were killed in a gun battle between rival groups outside Delicias, Chihuahua.", []model.IncidentType{model.ArmedClash}},
		{"episodio violento", "es", "En otro episodio violento, hombres armados atacaron a balazos un billar de Delicias la noche del domingo y mataron a dos jóvenes.", []model.IncidentType{model.ArmedAttack}},
		// Control.
		{"review", "en", "In the third episode, gunmen kill six people in a gun battle outside a ranch, and the series never recovers its nerve.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			extractActs(t, e, "t77e", model.KindNews, tt.lang, tt.text, pub, tt.want)
		})
	}
}

// TestSpokenVenue checks an act speech names by its venue ("lo del bar
// del lunes ... que mataron a cuatro muchachos", "lo de la cantina"): the
// venue is where the killing was, an attack on its customers (locative).
// Control: a venue told as no place of the act stays a landmark.
func TestSpokenVenue(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2045, 6, 8, 13, 30, 0, 0, mexico)
	for _, tt := range []struct {
		name, text string
		want       []model.IncidentType
	}{
		{"lo del bar", "aqui le hablo de fresnillo la gente anda con miedo desde lo del bar del lunes en la noche que mataron a cuatro muchachos y hay dos heridos", []model.IncidentType{model.ArmedAttack}},
		{"lo de la cantina", "seguimos con miedo por lo de la cantina del martes en la noche en celaya que mataron a tres señores", []model.IncidentType{model.ArmedAttack}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			extractActs(t, e, "t77v", model.KindTranscript, "es", tt.text, pub, tt.want)
		})
	}
	for _, tt := range []struct {
		before string // the words before the venue's noun
		want   bool
	}{
		{"desde lo del ", true},
		{"por lo de la ", true},
		{"afuera del ", false},
		{"el polo del ", false},
	} {
		if got := locative(tt.before+"bar", len(tt.before), 0); got != tt.want {
			t.Errorf("locative(%q) = %v, want %v", tt.before+"bar", got, tt.want)
		}
	}
}

// TestLaterArrest checks arrests told in a clash's own clause but a day
// later ("... que dejó cuatro muertos y la policía al día siguiente el
// miércoles detuvo a dos personas"): a security operation of its own
// (clashArrest, laterAt). Control: arrests told with no lag and no
// coordinator before them stay the clash's.
func TestLaterArrest(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2045, 6, 10, 13, 0, 0, 0, mexico)
	extractActs(t, e, "t77a", model.KindTranscript, "es",
		"primero lo de cuauhtemoc el martes en la tarde hubo un enfrentamiento entre dos grupos armados que dejo cuatro muertos y ahi mismo la policia estatal al dia siguiente el miercoles detuvo a dos personas que ya estan ante el ministerio publico",
		pub, []model.IncidentType{model.ArmedClash, model.SecurityOperation})
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"hubo un enfrentamiento que dejó cuatro muertos y la policía al día siguiente detuvo a dos personas", true},
		{"a gun battle left four dead and police the next day arrested two people", true},
		{"hubo un enfrentamiento que dejó cuatro muertos. Al día siguiente la policía detuvo a dos personas", true}, // a later act too
		{"hubo un enfrentamiento que dejó cuatro muertos; la policía detuvo a dos personas", false},
		{"hubo un enfrentamiento en el que la policía detuvo a dos personas", false},
	} {
		low := strings.ToLower(tt.text)
		k := strings.Index(low, "dos personas")
		if k < 0 {
			k = strings.Index(low, "two people")
		}
		f := figure{kind: "detained", n: 2, start: k, end: k + 12}
		if got := laterAt(tt.text, f) >= 0; got != tt.want {
			t.Errorf("laterAt(%q) >= 0 is %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestHeadlineGround checks a headline alone that names the clash or
// attack an arrest followed ("Detienen militares a tres tras
// enfrentamiento en Cuauhtémoc"): two acts, the arrest and the act named
// (headlineGround). Controls: the act an arrest is for ("por ataque"), a
// plural run of acts ("tras ataques"), and a report with a text.
func TestHeadlineGround(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2045, 6, 7, 14, 0, 0, 0, mexico)
	for _, tt := range []struct {
		name, lang, title, text string
		want                    []model.IncidentType
	}{
		{"tras enfrentamiento", "es", "Capturan a cuatro tras enfrentamiento con la Guardia Nacional en Uruapan", "", []model.IncidentType{model.SecurityOperation, model.ArmedClash}},
		{"after shootout", "en", "Soldiers arrest three after shootout in Navolato, Sinaloa", "", []model.IncidentType{model.SecurityOperation, model.ArmedClash}},
		// Controls.
		{"por ataque", "es", "Caen dos por ataque a policías en Zamora", "", []model.IncidentType{model.SecurityOperation}},
		{"tras ataques", "es", "Reportan siete detenidos tras ataques contra civiles en Zamora", "", []model.IncidentType{model.SecurityOperation}},
		{"with a text", "es", "Detienen a tres tras enfrentamiento en Zamora", "ZAMORA, Mich.— Policías estatales detuvieron a tres hombres la mañana de este martes en la colonia Centro y les aseguraron dos armas largas.", []model.IncidentType{model.SecurityOperation}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.text
			if text == "" {
				text = tt.title
			}
			r := model.Report{ID: "t77g", Kind: model.KindNews, Lang: tt.lang, Title: tt.title, Text: text, Published: pub}
			extractReport(t, e, r, tt.want)
		})
	}
}

// TestAttackBetweenGroups checks one group's attack on another named as
// such ("una agresión entre grupos delictivos dejó tres muertos"): a
// clash (clashBetween), as "choque entre grupos" is.
func TestAttackBetweenGroups(t *testing.T) {
	pub := time.Date(2045, 6, 9, 9, 0, 0, 0, mexico)
	checkActRows(t, "t77c", pub, []actRow{
		{name: "agresion entre grupos",
			text: "PÉNJAMO, Gto.— Una agresión entre grupos delictivos dejó tres hombres muertos la noche del jueves en las afueras de la cabecera municipal.",
			want: []model.IncidentType{model.ArmedClash}, munis: []string{"11023"}},
	})
}

// TestLastItemAt checks where a spoken round-up's last item opens (the
// space before "por último en", "finalmente en", "and finally in") and
// where its words end; -1 where none stands at or after from.
func TestLastItemAt(t *testing.T) {
	for _, tt := range []struct {
		seg       string
		from      int
		at, after int // after: len of what follows the words
	}{
		{"hubo un ataque y por ultimo en juares tres cuerpos", 0, 16, len("juares tres cuerpos")},
		{"hubo un ataque y finalmente en parral una manta", 0, 16, len("parral una manta")},
		{"a shooting and finally in tecate a fire", 0, 10, len("tecate a fire")},
		{"lo ultimo en noticias", 0, -1, 0},                // no "por" before
		{"y por ultimo en juares tres cuerpos", 10, -1, 0}, // before from
	} {
		at, end := lastItemAt(tt.seg, tt.from)
		if at != tt.at || at >= 0 && len(tt.seg)-end != tt.after {
			t.Errorf("lastItemAt(%q, %d) = %d, %d; want %d and %d bytes after", tt.seg, tt.from, at, end, tt.at, tt.after)
		}
	}
}
