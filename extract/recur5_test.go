package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// TestPlaceTold: the causes that kept reports of one event apart in the
// fifth blind fusion set, with texts of our own: an act placed only in its
// state, then where it happened told in the next sentence ("El choque
// ocurrió en ...", "The clash took place in ..."), a wire's dateline behind
// a site's breadcrumb, drones that drop explosives, and the people of a
// protest word ("campesinos", "maestros") who are the ones hurt.
func TestPlaceTold(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 10, 25, 12, 0, 0, 0, mexico) // a Monday
	tests := []recurCase{
		{name: "the place in the next sentence, by a noun without a cue",
			text: "LOS MOCHIS, Sin. (NP).— Tres hombres armados murieron la madrugada de este lunes en un enfrentamiento con militares en el norte de Sinaloa. El choque ocurrió en Bacorehuis, un ejido a unos 40 kilómetros al norte de Los Mochis, cuando una patrulla fue recibida a tiros.",
			want: []string{"armed_clash 25001"}},
		{name: "the place in the next sentence, English",
			text: "LOS MOCHIS, Sinaloa (NP) — Three gunmen were killed early Monday in a clash with soldiers in northern Sinaloa. The clash took place in Bacorehuis, a farming village north of Los Mochis, when a patrol came under fire.",
			want: []string{"armed_clash 25001"}},
		{name: "a breadcrumb before the dateline",
			text: "Portada > Policiaca > Sinaloa | LOS MOCHIS, Sin. (NP).— Tres hombres armados fueron abatidos la madrugada de este lunes en un enfrentamiento con militares en el norte de Sinaloa. El enfrentamiento se registró en Bacorehuis, cuando una patrulla fue recibida a tiros.",
			want: []string{"armed_clash 25001"}},
		{name: "a place of another municipality does not move a placed act",
			text: "Hombres armados atacaron a balazos una patrulla en Culiacán este lunes. El ataque ocurrió en Navolato, según la primera versión, que la Fiscalía corrigió después.",
			want: []string{"armed_attack 25006"}},
		{name: "an attack with drones in a headline",
			text: "Denuncian ataque con drones en comunidad de Tepalcatepec",
			want: []string{"explosive 16089"}},
		{name: "the farmers hurt by drones",
			title: "Drones arrojan explosivos en Tepalcatepec; cuatro campesinos heridos",
			text:  "Cuatro campesinos resultaron heridos la mañana de este lunes cuando drones cargados con explosivos volaron sobre sus parcelas en Tepalcatepec.",
			want:  []string{"explosive 16089"}},
		{name: "a newscast's second blockade after 'y ojo porque', towns heard with h for j",
			kind: model.KindTranscript,
			text: "muy buenas tardes ohinaga les informamos que hace una hora unos sujetos armados le prendieron fuego a un trailer en la carretera y lo dejaron atravesado en los dos carriles el paso esta cerrado hay mucho humo y una fila larguisima de carros que esperan pasar desde temprano y los radioescuchas nos mandan fotos del lugar donde se ve el fuego muy cerca de las casas y ojo porque nos estan reportando otro bloqueo en la entrada de hulimes donde tambien hay una camioneta quemandose no hay reporte de heridos",
			want: []string{"blockade 08052", "blockade 08038"}},
		{name: "more acts counted than the municipalities named: a tally",
			text: "La Secretaría de Seguridad Pública informa que desde la madrugada de este lunes se registraron ocho bloqueos en los municipios de Culiacán, Navolato y Elota, donde civiles armados quemaron vehículos.",
			want: []string{"blockade "}},
		{name: "as many acts as places: one in each",
			text: "Se registraron tres bloqueos en Culiacán, Navolato y Elota este lunes.",
			want: []string{"blockade 25006", "blockade 25018", "blockade 25008"}},
		{name: "taken away by force",
			text: "Hombres armados se llevaron por la fuerza a un comerciante de su tienda en Elota la mañana de este lunes.",
			want: []string{"kidnapping 25008"}},
		{name: "farmers who protest stay no incident",
			text: "Cientos de campesinos marcharon en Tepalcatepec para exigir precios justos para el limón.",
			want: nil},
	}
	for _, tt := range tests {
		tt.check(t, e, pub)
	}
}

func TestDatelineBreadcrumb(t *testing.T) {
	for _, tt := range []struct {
		s, end string // end: the dateline's closing mark, "" for none
	}{
		{"Portada > Policiaca > Sinaloa | LOS MOCHIS, Sin. (NP).— Tres hombres", ".—"},
		{"Inicio > Sonora > Seguridad. CIUDAD OBREGÓN, Son. (DY).- Tres personas", ".-"},
		{"LOS MOCHIS, Sin. | Tres hombres", "|"},
		{"MONTERREY, March 3 (Reuters) - Gunmen attacked a bar", " - "},
		{"Tres muertos - dos heridos en un ataque", ""}, // a hyphen with no wire's credit before it ends no dateline
		{"Portada > Policiaca | Tres hombres armados atacaron una patrulla", "|"},
	} {
		want := strings.Index(tt.s, tt.end)
		if tt.end == "" {
			want = 0
		}
		if got := datelineEnd(tt.s); got != want {
			t.Errorf("datelineEnd(%q) = %d, want %d", tt.s, got, want)
		}
	}
}

func TestOccurredAt(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"el choque ocurrio en pueblo yaqui, una comunidad", true},
		{"la agresion armada se registro en el ejido", true},
		{"the clash took place in a farming village", true},
		{"mas tarde, otro ataque se registro en navolato", false},   // no definite act named again
		{"un ataque ocurrio en navolato", false},                    // an indefinite: another act
		{"el hecho, segun los vecinos, ocurrio en la plaza", false}, // a clause before the verb
		{"los hombres armados huyeron en una camioneta", false},
	} {
		if got := occurredAt(tt.f); got != tt.want {
			t.Errorf("occurredAt(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestSplitNewscastItems: a long unpunctuated newscast is cut where the
// announcer turns to the next item ("y ojo porque nos están reportando
// otro", "y más tarde"), so that item is an act of its own.
func TestSplitNewscastItems(t *testing.T) {
	e := newFakeExtractor()
	for _, tt := range []struct {
		in, second string // second: how the second piece starts
	}{
		{"buenas tardes les informamos que unos sujetos armados le prendieron fuego a un trailer en la carretera federal a la altura del poblado y lo dejaron atravesado en los dos carriles hay mucho humo y una fila larguisima de carros que esperan pasar desde temprano y ojo porque nos estan reportando otro bloqueo en la entrada del siguiente pueblo con una camioneta quemandose",
			"y ojo porque"},
		{"les informamos que anoche dos hombres armados dispararon contra los vecinos que estaban en una fiesta en la colonia centro y hubo dos personas muertas y varias heridas entre ellas una niña que fue llevada al hospital general y mas tarde en la cabecera del municipio vecino atacaron a una patrulla de la policia municipal y un agente perdio la vida",
			"y mas tarde"},
		// a later act after "posteriormente": the arrests after a clash
		{"ayer como a las cinco de la tarde elementos de la policia estatal fueron agredidos por sujetos armados en la colonia centro los companeros repelieron la agresion y murio uno de los agresores posteriormente en una casa cercana nuestros elementos detuvieron a dos personas y se les aseguraron dos armas largas",
			"posteriormente"},
	} {
		f := fold.New(tt.in)
		ss := e.split(f.Folded, true, nil)
		if len(ss) < 2 {
			t.Errorf("split(%q): one piece", tt.in)
			continue
		}
		a, b := f.Span(ss[1].fStart, ss[1].fEnd)
		if !strings.HasPrefix(tt.in[a:b], tt.second) {
			t.Errorf("split(%q): second piece %q, want it to start with %q", tt.in, tt.in[a:b], tt.second)
		}
	}
}

// TestRelativeKidnap: a rescue told with the kidnapping of its victim in
// a relative clause ("rescued a teacher who was kidnapped from her home in
// Navolato on Wednesday") gives both acts, each in its own place and on
// its own day; the rescue's place may come in the next sentence ("She was
// found at a house in Elota").
func TestRelativeKidnap(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 10, 29, 18, 0, 0, 0, mexico) // a Friday
	for _, tt := range []struct {
		name, text string
		want       []string // "type municipality day"
	}{
		{"Spanish, the rescue's place before the clause",
			"La Fiscalía informó que este viernes agentes estatales liberaron en una casa de Elota a una maestra que fue privada de la libertad el miércoles en Navolato, y detuvieron a dos hombres.",
			[]string{"kidnapping 25018 27", "security_operation 25008 29"}},
		{"English, the rescue's place in the next sentence",
			"Sinaloa state prosecutors said Friday they had rescued a teacher who was kidnapped from her home in Navolato on Wednesday, and arrested two men. She was found at a house in Elota, in the south of the state.",
			[]string{"kidnapping 25018 27", "security_operation 25008 29"}},
		{"the next sentence goes on with the rescue's day, not the clause's",
			"Con vida fue rescatado este viernes el comerciante que el miércoles por la mañana fue privado de la libertad en Navolato. Agentes estatales lo localizaron en una casa de Elota, donde detuvieron a dos hombres.",
			[]string{"kidnapping 25018 27", "security_operation 25008 29"}},
		{"no relative kidnapping: one rescue",
			"Agentes rescataron a un hombre que fue golpeado en Elota.",
			[]string{"security_operation 25008 0"}}, // undated
	} {
		var got []string
		for _, in := range e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub}) {
			day := 0
			if in.Time != nil {
				day = in.Time.In(mexico).Day()
			}
			got = append(got, fmt.Sprintf("%s %s %d", in.Type, in.Location.MunicipalityCode, day))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestRelativeTime(t *testing.T) {
	for _, tt := range []struct {
		text, time string
		want       bool
	}{
		{"rescataron al comerciante que ayer por la mañana fue privado de la libertad", "ayer", true},
		{"rescued a grocer who was abducted from his shop on Wednesday morning", "on Wednesday", true},
		{"fue rescatado este jueves el comerciante", "este jueves", false},
		{"dijo que este jueves hubo dos bloqueos", "este jueves", false},
		{"the grocer, who was abducted, was found on Thursday", "on Thursday", false},
		// Capitals and accents fold to the words read (speed22: an ASCII
		// stretch with no q or w is read no further).
		{"RESCATARON AL COMERCIANTE QUE AYER FUE PRIVADO DE LA LIBERTAD", "AYER", true},
		{"RESCUED A GROCER WHO WAS ABDUCTED ON WEDNESDAY", "ON WEDNESDAY", true},
		{"el comerciante a quién ayer fue privado de la libertad", "ayer", true},
		{"rescataron al comerciante ayer por la mañana", "ayer", false},
	} {
		at := strings.Index(tt.text, tt.time)
		if got := relativeTime(fold.New(tt.text), at); got != tt.want {
			t.Errorf("relativeTime(%q at %q) = %v, want %v", tt.text, tt.time, got, tt.want)
		}
	}
}

// TestLastRelative checks lastRelative against the three strings.LastIndex
// it stands for.
func TestLastRelative(t *testing.T) {
	for _, f := range []string{
		"", "que ", " que", " que ", "el hombre que dijo que ayer ", "a grocer who was abducted ",
		"al comerciante quien ayer ", "quien que who ", " who que quien ", "porque quedo ", " quienes ", " que",
		"un hombre, quien  que ",
	} {
		want := max(strings.LastIndex(f, " que "), strings.LastIndex(f, " who "), strings.LastIndex(f, " quien "))
		if got := lastRelative(f); got != want {
			t.Errorf("lastRelative(%q) = %d, want %d", f, got, want)
		}
	}
}
