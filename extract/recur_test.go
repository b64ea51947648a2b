package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// recurCase is a report and the incidents it must give, each as
// "type municipality_code" (the code "" when there is none), in text
// order.
type recurCase struct {
	name  string
	kind  model.ReportKind
	title string
	text  string
	want  []string
}

func (tt recurCase) check(t *testing.T, e *Extractor, pub time.Time) {
	t.Helper()
	kind := tt.kind
	if kind == "" {
		kind = model.KindNews
	}
	got := e.Extract(model.Report{ID: "t", Kind: kind, Title: tt.title, Text: tt.text, Published: pub})
	var have []string
	for _, in := range got {
		have = append(have, string(in.Type)+" "+in.Location.MunicipalityCode)
	}
	if !slices.Equal(have, tt.want) {
		t.Errorf("%s: %q, want %q", tt.name, have, tt.want)
	}
}

// TestRecurringLosses: the causes that kept reports of one event apart
// in every blind fusion set, each with texts of our own: a wire's
// dateline tells a village's homonyms apart; an act counted as "un
// segundo punto" is another act even when the ordinal is in an earlier
// clause; a count of acts on a highway gives way to the acts told one by
// one; a wounded victim's later death is the toll of the act it names; a
// title's act with no place of its own takes the dateline's town; a pawn
// shop is a business; transcripts split a town's name in
// two, misspell "explosivo" and say "municipio de" before a town that is
// also a surname.
func TestRecurringLosses(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 7, 30, 12, 0, 0, 0, mexico) // a Friday
	tests := []recurCase{
		{name: "a wire's dateline over a village of other states",
			title: "Detienen a jefe de plaza en operativo",
			text:  "CELAYA, Gto. (Agencia Bajío).- Militares detuvieron la madrugada de este martes a Ramiro \"N\", señalado como jefe de plaza de un grupo criminal en La Noria, y a otras dos personas que estaban con él en una vivienda de la colonia Centro.",
			want:  []string{"security_operation 11007"}},
		{name: "a second site counted in an earlier clause",
			text: "SILAO, Gto.- Dos bloqueos con vehículos incendiados cortaron este viernes la autopista a León. El primero se registró a las 06:10 horas en el municipio de Silao de la Victoria, donde sujetos armados prendieron fuego a un camión de carga. A las 07:30 horas se reportó un segundo punto, unos 20 kilómetros al sur, ya en el municipio de Irapuato, donde ardía un tráiler atravesado sobre la carretera.",
			want: []string{"blockade 11037", "arson 11037", "blockade 11017"}},
		{name: "a sentence opened by the second of two counted acts",
			text: "SALINAS VICTORIA, Nuevo León — Armed men blocked the Monterrey-Nuevo Laredo highway at two points in the municipality of Salinas Victoria on Monday evening.\n\nThe first blockade, at kilometer 30, began shortly after 6 p.m., when a bus was set on fire. The second, at kilometer 41, was reported at about 7:20 p.m., when a burning tractor-trailer was left across both lanes.",
			want: []string{"blockade 19045", "blockade 19045"}},
		{name: "a third person is no third act",
			text: "Hombres armados atacaron a balazos a tres hombres afuera de una tienda en Irapuato este viernes. En el lugar murieron dos de ellos y un tercero falleció más tarde en el hospital.",
			want: []string{"armed_attack 11017"}},
		{name: "the title's act in the dateline's town",
			title: "Operativo militar en Las Insurgentes; se llevan a dos hombres",
			text:  "CELAYA, Gto.- Vecinos de la colonia Las Insurgentes despertaron este martes con el ruido de vehículos militares.\n\nSoldados rodearon una casa y sacaron de ella a dos hombres, a quienes subieron a una camioneta.\n\nHasta el momento ninguna autoridad ha informado la identidad de los detenidos.",
			want:  []string{"security_operation 11007"}},
		{name: "two blockades counted on a highway, then told one by one",
			text: "SABINAS HIDALGO, NL.- Dos bloqueos con vehículos en llamas cortaron la madrugada de este lunes la carretera Monterrey-Nuevo Laredo.\n\nEl primero se registró a las 05:40 horas en el municipio de Salinas Victoria, donde hombres armados detuvieron un autobús de pasajeros, bajaron a los viajeros y le prendieron fuego.\n\nA las 06:30 horas se reportó un segundo punto, ya en el municipio de Vallecillo, donde ardía un tractocamión atravesado en los dos carriles.",
			want: []string{"blockade 19045", "blockade 19050"}},
		{name: "a wounded victim's death is the toll of the attack",
			text: "VALLE DE SANTIAGO, Gto.- Uno de los heridos del ataque armado contra una fiesta familiar en la comunidad de San Jerónimo, ocurrido el miércoles, murió este jueves en el hospital, con lo que suman tres personas sin vida.",
			want: []string{"armed_attack 11042"}},
		{name: "a pawn shop shot at and burnt",
			text: "Balean e incendian casa de empeño en Irapuato",
			want: []string{"business_attack 11017"}},
		{name: "a town heard as two words, explosivo misspelt",
			kind: model.KindTranscript,
			text: "buenas tardes les informamos que en tlaque paque esta madrugada lanzaron un artefacto esplosivo contra una patrulla de la policia municipal no hubo heridos",
			want: []string{"explosive 14098"}},
	}
	for _, tt := range tests {
		tt.check(t, e, pub)
	}
	// "municipio de escobedo": the town (General Escobedo, Nuevo León, or
	// Escobedo, Coahuila), whichever.
	got := e.Extract(model.Report{ID: "t", Kind: model.KindTranscript, Published: pub,
		Text: "buenos dias seguimos con la informacion a las seis y media un grupo armado le prendio fuego a un camion en el entronque municipio de escobedo y cerraron el paso en ambos sentidos nos dicen los compañeros"})
	if len(got) != 1 || got[0].Type != model.Blockade || !strings.Contains(got[0].Location.Municipality, "Escobedo") {
		t.Errorf("municipio de escobedo: %+v, want one blockade in a town called Escobedo", got)
	}
}
