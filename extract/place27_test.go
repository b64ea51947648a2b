package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestThisCity: an act told alone "en esta ciudad" is in the dateline's
// town and stays one ("COLIMA, Col.-" is the city, its abbreviation before
// the dash no colonia); "la misma ciudad" is the town just named. (A
// sentence "en esta capital" after an act in another town is not made a
// second act: that step added an incident on held-out text.)
func TestThisCity(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 5, 23, 8, 0, 0, 0, mexico)
	tests := []struct {
		name, text string
		want       []string // municipality codes of the incidents, in order
	}{
		{name: "la misma ciudad is the town named",
			text: "MORELIA, Mich.- En Uruapan, sujetos armados atacaron a balazos a los clientes de un bar la madrugada del sábado; murieron dos personas. En la misma ciudad, los agresores huyeron en una camioneta.",
			want: []string{"16102"}},
		{name: "one act in this city",
			text: "ZACATECAS, Zac.- Dos hombres fueron heridos a tiros la noche del viernes en esta ciudad. Los agresores huyeron en una motocicleta.",
			want: []string{"32056"}},
		{name: "one act under COLIMA, Col.-",
			text: "COLIMA, Col.- Dos hombres fueron heridos a tiros la noche del viernes en un restaurante de la avenida Rey Colimán.",
			want: []string{"06002"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPlaces(t, e, model.Report{ID: "t", Lang: "es", Kind: model.KindNews, Published: pub, Text: tt.text}, false, tt.want)
		})
	}
}

// TestColonyOfDateline: a new act told in a colonia and no town, right
// after an act the text placed in another town of the dateline's state,
// is in the dateline's town (the colonia is the city's); told with no
// colonia it keeps the town of the act before, and under a dateline of
// that same town nothing changes.
func TestColonyOfDateline(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2030, 4, 7, 20, 0, 0, 0, mexico)
	const clash = "Hacia las 22:40 horas del viernes, en el campo agrícola de Campo Balbuena, en Navolato, integrantes de grupos armados rivales se enfrentaron durante más de media hora. "
	tests := []struct {
		name, text string
		want       []string // municipality codes of the incidents, in order
	}{
		{name: "colonia under the capital's dateline",
			text: "CULIACÁN, Sin.- La violencia no dio tregua en el centro de Sinaloa. " + clash + "Y alrededor de las 13:00 horas de este sábado, un agente de la Policía Municipal fue asesinado a balazos por dos sujetos en motocicleta en la colonia Las Flores, cuando bajaba de su vehículo.",
			want: []string{"25018", "25006"}},
		{name: "no colonia: the town before",
			text: "CULIACÁN, Sin.- La violencia no dio tregua en el centro de Sinaloa. " + clash + "Y alrededor de las 13:00 horas de este sábado, un agente de la Policía Municipal fue asesinado a balazos por dos sujetos en motocicleta cuando bajaba de su vehículo.",
			want: []string{"25018", "25018"}},
		{name: "dateline of that town",
			text: "NAVOLATO, Sin.- La violencia no dio tregua en el centro de Sinaloa. " + clash + "Y alrededor de las 13:00 horas de este sábado, un agente de la Policía Municipal fue asesinado a balazos por dos sujetos en motocicleta en la colonia Las Flores, cuando bajaba de su vehículo.",
			want: []string{"25018", "25018"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPlaces(t, e, model.Report{ID: "t", Lang: "es", Kind: model.KindNews, Published: pub, Text: tt.text}, false, tt.want)
		})
	}
}

// TestCountedByNoun: a lead that counts two acts, then "El primer
// cierre ...; el segundo, ..." or "The first incident ... The second,
// ...", tells each act in its own place (the lead an overview); the
// ordinal and noun after a lead that counts nothing add no act.
func TestCountedByNoun(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 9, 15, 10, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text string
		want             []string // municipality codes of the incidents, in order
	}{
		{name: "cierre", lang: "es",
			text: "TUXTLA GUTIÉRREZ, Chis.- La carretera federal 199 fue bloqueada dos veces el sábado por grupos armados que quemaron vehículos de carga. El primer cierre se registró por la mañana a la altura del municipio de Chilón; el segundo, por la tarde, en las afueras de la ciudad de Palenque.",
			want: []string{"07031", "07065"}},
		{name: "incident", lang: "en",
			text: "Gunmen attacked two bars in Guanajuato state on Saturday night, killing five people. The first incident took place around 10 p.m. in Celaya. The second, about an hour later, in Salamanca.",
			want: []string{"11007", "11027"}},
		{name: "no count in the lead", lang: "es",
			text: "TUXTLA GUTIÉRREZ, Chis.- La carretera federal 199 fue bloqueada el sábado por grupos armados que quemaron vehículos de carga a la altura del municipio de Chilón. El primer cierre de la temporada de lluvias ya había afectado a los transportistas.",
			want: []string{"07031"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPlaces(t, e, model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: pub, Text: tt.text}, false, tt.want)
		})
	}
}

// TestRelativeYears: years told in a relative clause of the act's place,
// after its cue ("..., a municipality where thousands have fled in recent
// years", "..., un municipio donde en los últimos años ..."), are the
// place's past, not the act's: the act is read; years told before the
// cue still put the act back. The acts tell no day of their own (a day
// would date them now whatever else the sentence says).
func TestRelativeYears(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 9, 8, 16, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text string
		want             []string // type@municipality of the incidents, in order
	}{
		{name: "where, in recent years", lang: "en",
			text: "In Chiapas, at least five people were killed when armed groups clashed in Frontera Comalapa, a municipality where thousands of residents have fled their homes in recent years.",
			want: []string{"armed_clash@07034"}},
		{name: "donde, en los últimos años", lang: "es",
			text: "Tres hombres fueron asesinados a balazos en Apatzingán, un municipio donde en los últimos años se han registrado decenas de ataques con drones.",
			want: []string{"homicide@16006"}},
		{name: "years before the cue", lang: "en",
			text: "In recent years, armed groups have clashed again and again in Frontera Comalapa, a municipality on the border.",
			want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPlaces(t, e, model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: pub, Text: tt.text}, true, tt.want)
		})
	}
}

// checkPlaces extracts r with e and compares its incidents' municipality
// codes, in order, with want; typed: each as "type@code".
func checkPlaces(t *testing.T, e *Extractor, r model.Report, typed bool, want []string) {
	t.Helper()
	var got []string
	for _, in := range e.Extract(r) {
		if typed {
			got = append(got, string(in.Type)+"@"+in.Location.MunicipalityCode)
		} else {
			got = append(got, in.Location.MunicipalityCode)
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("incidents %v, want %v", got, want)
	}
}

// TestOtherActName: in English, a town that names another act after a
// word of time or difference ("Two days after the Uruapan ambush", "separate
// from the Reynosa blockade") is not where the act told is; "The Cancún
// shooting" alone names the act itself.
func TestOtherActName(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 9, 8, 16, 0, 0, 0, mexico)
	tests := []struct {
		name, text string
		want       []string // municipality codes of the incidents, in order
	}{
		{name: "after the ambush", text: "Two days after the Uruapan ambush, gunmen opened fire on diners at a taco stand in the state capital, Morelia, killing two men.",
			want: []string{"16053"}},
		{name: "hours after the attack", text: "Hours after the Celaya attack, gunmen shot dead two men outside a bar in the city of Salamanca, Guanajuato.",
			want: []string{"11027"}},
		{name: "separate from the blockade", text: "Police said the roadblock was separate from the Reynosa blockade: on Monday morning armed men set a trailer on fire in San Fernando, Tamaulipas.",
			want: []string{"28035"}},
		{name: "the act itself", text: "The Cancún shooting left two people dead on Saturday night, Quintana Roo prosecutors said.",
			want: []string{"23005"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPlaces(t, e, model.Report{ID: "t", Lang: "en", Kind: model.KindNews, Published: pub, Text: tt.text}, false, tt.want)
		})
	}
}
