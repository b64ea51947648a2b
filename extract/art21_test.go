package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSpokenTownInState checks a newscast's second act in a town whose name
// is also a word ("tambien en buenavista quemaron un trailer"): the town
// of the state the newscast's other places lie in (art21, family "a second
// act in a transcript's run-on").
func TestSpokenTownInState(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2035, 3, 9, 14, 0, 0, 0, mexico)
	text := "buenas tardes les informamos que esta mañana en apatsingan hubo un enfrentamiento entre la guardia nacional y un grupo armado tambien en buenavista quemaron un trailer en la carretera y la circulacion esta cerrada seguiremos informando"
	r := model.Report{ID: "a21t", Lang: "es", Kind: model.KindTranscript, Text: text, Published: pub}
	got := e.Extract(r)
	checkInvariants(t, r, got)
	var places []string
	for _, in := range got {
		places = append(places, in.Location.Municipality)
	}
	if strings.Join(places, "|") != "Apatzingán|Buenavista" {
		t.Errorf("municipalities %q, want Apatzingán and Buenavista", places)
	}
}

// TestLagNamedAct checks an act named by a noun after a lag of days ("un
// día después del asesinato de un policía", "dos días después del
// ataque"): the noun was set aside as one the sentence refers to, and is
// the earlier act, dated by the lag, unless the report told an act of its
// family before (art21). Published Friday 9 March 2035.
func TestLagNamedAct(t *testing.T) {
	runPlaced(t, time.Date(2035, 3, 9, 10, 0, 0, 0, mexico), []placedCase{
		{name: "arrests a day after a killing", lang: "es",
			text: "TIJUANA, B.C.- Agentes detuvieron este viernes a dos hombres, un día después del asesinato de un policía en la colonia Camino Verde.",
			want: "security_operation/Tijuana homicide/Tijuana"},
		{name: "the attack told before", lang: "es",
			text: "CULIACÁN, Sin.- Hombres armados atacaron a balazos a una familia el lunes en la colonia Las Quintas. Un hombre fue asesinado este miércoles en la colonia Centro, dos días después del ataque armado en Las Quintas.",
			want: "armed_attack/Culiacán homicide/Culiacán"},
		{name: "a killing weeks before", lang: "es",
			text: "TIJUANA, B.C.- Agentes detuvieron este viernes a dos hombres, tres semanas después del asesinato de un policía en la colonia Camino Verde.",
			want: "security_operation/Tijuana"},
	})
}

// TestPointsOverTowns checks a count of the points where vehicles were
// burned across named towns fewer than the points ("seven vehicles were
// torched at four points in Culiacán and neighboring Navolato"): one
// blockade tally over the state, as the gold codes such waves, not an
// arson in each town (art21, family "state-level counts"). The controls
// keep the acts: points of one town, and fewer than three points.
func TestPointsOverTowns(t *testing.T) {
	runPlaced(t, time.Date(2039, 8, 15, 10, 0, 0, 0, mexico), []placedCase{
		{name: "vehicles torched at four points in two towns", lang: "en",
			text: "The state security department of Sinaloa said seven vehicles were torched at four points in Culiacán and neighboring Navolato on Sunday night.",
			want: "blockade/tally"},
		{name: "buses burned at nine points in two cities", lang: "en",
			text: "GUADALAJARA, Mexico — Gunmen set fire to buses and trucks at nine points across Guadalajara and Zapopan on Monday evening, state officials said.",
			want: "blockade/tally"},
		{name: "vehicles burned at six points in three towns", lang: "es",
			text: "Hombres armados incendiaron vehículos en seis puntos de Zapopan, Tlaquepaque y Tonalá la noche de este lunes.",
			want: "blockade/tally"},
		// Controls.
		{name: "three points of one town", lang: "es",
			text: "CULIACÁN, Sin.- Hombres armados quemaron vehículos en tres puntos de Culiacán la noche de este domingo.",
			want: "arson/Culiacán"},
		{name: "two points in two towns", lang: "en",
			text: "Gunmen torched two vehicles at two points in Culiacán and Navolato on Sunday night.",
			want: "arson/Culiacán arson/Navolato"},
	})
}

// TestSetFireWithFirefighters checks a fire the report tells as set, with
// the firefighters who answered it told after ("Bomberos atendieron ambos
// incendios", "Bomberos municipales sofocaron las llamas"): an arson, not
// an accident the firefighters' sentence makes of it (art21, family
// "arsons read as accidents"). The controls are fires no one set.
func TestSetFireWithFirefighters(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2039, 1, 14, 10, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text string
		want             int
	}{
		{name: "buses burned, firefighters answered", lang: "es",
			text: "TIJUANA, B.C.- Dos unidades del transporte público fueron incendiadas la noche de este jueves en distintos puntos de la ciudad. Bomberos atendieron ambos incendios.",
			want: 1},
		{name: "molotov bombs at a shop, firefighters", lang: "es",
			text: "CHILPANCINGO, Gro.- Desconocidos arrojaron bombas molotov contra una pollería de Petaquillas alrededor de las 20:00 horas de este sábado. El fuego consumió el mostrador y dos refrigeradores. Bomberos municipales sofocaron las llamas; no hubo personas lesionadas.",
			want: 1},
		{name: "a bus doused and burned, the fire department", lang: "en",
			text: "TIJUANA — A public transit bus was doused with gasoline and set ablaze in the Camino Verde neighborhood on Thursday night. The fire department put out the blaze.",
			want: 1},
		// Controls.
		{name: "a warehouse fire, firefighters", lang: "es",
			text: "TIJUANA, B.C.- Un incendio en una bodega de la colonia Libertad movilizó a bomberos la noche de este jueves. Bomberos atendieron el incendio durante tres horas.",
			want: 0},
		{name: "a fire caused by a short circuit", lang: "es",
			text: "TIJUANA, B.C.- Un incendio consumió una vivienda de la colonia Libertad la noche de este jueves. Bomberos sofocaron las llamas; el fuego fue provocado por un cortocircuito.",
			want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a21f", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(got) != tt.want {
				t.Errorf("%d incidents %v, want %d", len(got), actTypes(got), tt.want)
			}
		})
	}
}

// placedCase is a news text written for a test and the incidents wanted
// of it, as typesAt lists them.
type placedCase struct {
	name, lang, text string
	want             string
}

// runPlaced extracts each case's text as news published at pub and checks
// its incidents' types and places.
func runPlaced(t *testing.T, pub time.Time, tests []placedCase) {
	t.Helper()
	e := realExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a21", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if got := typesAt(got); got != tt.want {
				t.Errorf("incidents %s, want %s", got, tt.want)
			}
		})
	}
}

// typesAt lists incidents as "type/where", where being "tally" for a tally
// and the municipality otherwise, space-separated.
func typesAt(incs []model.Incident) string {
	ws := make([]string, 0, len(incs))
	for _, in := range incs {
		where := in.Location.Municipality
		if in.Tally {
			where = "tally"
		}
		ws = append(ws, string(in.Type)+"/"+where)
	}
	return strings.Join(ws, " ")
}
