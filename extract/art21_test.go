package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestPriorActApart checks the act a sentence tells after a preposition of
// time ("luego del asesinato de un chofer", "media hora después de que
// sujetos armados quemaran") when it is a killing or of the sentence's own
// act's family: its own incident when it has a day or a town of its own
// (art21, family "a stoppage after a killing"), dated by its own clause
// and with the toll told there; none when it has neither, is the act the
// report told before, or was long ago. The texts are written for the test;
// published Friday 9 March 2035.
func TestPriorActApart(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2035, 3, 9, 10, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text string
		want             string // types, then the killing's day and toll when one is wanted
	}{
		{name: "stoppage after Sunday's killing", lang: "es",
			text: "CUAUTLA, Mor.- Al menos seis rutas del transporte público suspendieron el servicio este lunes en Cuautla, luego del asesinato de un chofer de la ruta 7 el domingo en la colonia Gabriel Tepepa.",
			want: "disruption homicide 2035-03-04 1"},
		{name: "drivers stop after Monday night's killing", lang: "en",
			text: "ACAPULCO, Mexico - Bus drivers suspended service on Wednesday after the killing of a driver on Monday night in the Renacimiento neighborhood.",
			want: "disruption homicide 2035-03-05 1"},
		{name: "a burning half an hour after another town's", lang: "es",
			text: "DURANGO, Dgo.- Un autobús fue incendiado la tarde de este miércoles en el acceso a Vicente Guerrero, media hora después de que sujetos armados quemaran dos tractocamiones en el municipio vecino de Sombrerete, Zacatecas.",
			want: "blockade blockade"},
		// Controls.
		{name: "a killing with no day of its own", lang: "es",
			text: "CUAUTLA, Mor.- Al menos seis rutas del transporte público suspendieron el servicio este lunes en Cuautla, luego del asesinato de un chofer de la ruta 7 en la colonia Gabriel Tepepa.",
			want: "disruption"},
		{name: "the killing told before", lang: "es",
			text: "CUAUTLA, Mor.- Un chofer fue asesinado el domingo en la colonia Gabriel Tepepa. Sus compañeros suspendieron el servicio este lunes, luego del asesinato del chofer el domingo.",
			want: "homicide disruption"},
		{name: "a burning after a blockade in the same town", lang: "es",
			text: "ZAMORA, Mich.- Un camión fue incendiado este lunes en Zamora tras el bloqueo de la carretera en Zamora.",
			want: "blockade"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a21", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			var ws []string
			for _, in := range got {
				ws = append(ws, string(in.Type))
			}
			want := strings.Fields(tt.want)
			types := want
			if len(want) > 2 && strings.Contains(want[len(want)-2], "-") {
				types = want[:len(want)-2]
			}
			if strings.Join(ws, " ") != strings.Join(types, " ") {
				t.Fatalf("types %v, want %v", ws, types)
			}
			if len(types) == len(want) {
				return
			}
			for _, in := range got {
				if in.Type != model.Homicide {
					continue
				}
				if d := in.Time.Format(time.DateOnly); d != want[len(want)-2] {
					t.Errorf("killing dated %s, want %s", d, want[len(want)-2])
				}
				if k := in.Killed; k == nil || k.N != 1 {
					t.Errorf("killing's toll %v, want 1", k)
				}
			}
		})
	}
}

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
	e := realExtractor(t)
	pub := time.Date(2035, 3, 9, 10, 0, 0, 0, mexico)
	tests := []struct {
		name, text string
		want       string
	}{
		{name: "arrests a day after a killing",
			text: "TIJUANA, B.C.- Agentes detuvieron este viernes a dos hombres, un día después del asesinato de un policía en la colonia Camino Verde.",
			want: "security_operation homicide"},
		{name: "the attack told before",
			text: "CULIACÁN, Sin.- Hombres armados atacaron a balazos a una familia el lunes en la colonia Las Quintas. Un hombre fue asesinado este miércoles en la colonia Centro, dos días después del ataque armado en Las Quintas.",
			want: "armed_attack homicide"},
		{name: "a killing weeks before",
			text: "TIJUANA, B.C.- Agentes detuvieron este viernes a dos hombres, tres semanas después del asesinato de un policía en la colonia Camino Verde.",
			want: "security_operation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a21l", Lang: "es", Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			var ws []string
			for _, in := range got {
				ws = append(ws, string(in.Type))
			}
			if strings.Join(ws, " ") != tt.want {
				t.Errorf("types %v, want %s", ws, tt.want)
			}
		})
	}
}
