package extract

import (
	"slices"
	"testing"
)

// TestReferencePlaces checks that a place a sentence names only to
// locate the act's place (a bearing, a distance, an edge, a neighbour) or
// as a far end of the road or pipeline it happened on drafts no incident
// of its own; and that two acts told in two places of one sentence stay
// two.
func TestReferencePlaces(t *testing.T) {
	e := realExtractor(t)
	tests := []struct {
		name, lang, text string
		places           []string // state/municipality of each incident
	}{
		{"state south of the capital", "en",
			"Gunmen killed four people at a car wash on Saturday afternoon in the state of Morelos, south of Mexico City, state prosecutors said on Sunday.",
			[]string{"17/"}},
		{"municipality north of the capital", "en",
			"The bodies of two men were found on Tuesday morning in Zumpango, the populous State of Mexico municipality north of Mexico City, prosecutors said.",
			[]string{"15/15120"}},
		{"hyphenated bearing and a distance", "en",
			"Gunmen shot dead three men on Thursday in Linares, a town about 120 kilometres south-east of Monterrey, state prosecutors said.",
			[]string{"19/19033"}},
		{"a town outside a city", "en",
			"Two bodies were pulled from a canal on Monday in San Pedro, Coahuila, a farming town outside Torreón, police said.",
			[]string{"05/05033"}},
		{"the state that surrounds the capital", "en",
			"Gunmen set fire to a pharmacy on Friday in Texcoco, in the State of Mexico, the populous state that surrounds Mexico City.",
			[]string{"15/15099"}},
		{"al sureste de", "es",
			"Sujetos armados atacaron a balazos una vivienda en Allende, a unos 50 kilómetros al sureste de Monterrey, y dejaron tres heridos.",
			[]string{"19/19004"}},
		{"the capital as a highway's end", "en",
			"Gunmen firing from a hillside attacked two patrol trucks on the Mexico City–Acapulco federal highway near Tierra Colorada early Saturday, Guerrero officials said.",
			[]string{"12/12039"}},
		{"a pipeline's ends", "es",
			"Una patrulla de la Guardia Nacional que vigilaba el poliducto Tuxpan–Azcapotzalco fue atacada a balazos la madrugada del lunes en Cuautepec de Hinojosa.",
			[]string{"13/13016"}},
		{"a pipeline's ends, English", "en",
			"Gunmen fired on soldiers guarding the Tuxpan–Azcapotzalco line near Cuautepec de Hinojosa on Monday, officials said.",
			[]string{"13/13016"}},
		{"a community of a municipality", "en",
			"Three bodies bearing gunshot wounds were found on Wednesday on a dirt road in Tierra Blanca, a rural community in Tuxpan municipality in the north of the state.",
			[]string{"30/30189"}},
		{"comunidad del municipio de", "es",
			"Tres cuerpos con impactos de bala fueron hallados el miércoles en un camino de terracería de Tierra Blanca, comunidad rural del municipio de Tuxpan.",
			[]string{"30/30189"}},
		{"trap: another act in a village", "en",
			"Gunmen killed a man in Culiacán, and another in the village of Tacuichamona in Elota, on Monday night.",
			[]string{"25/25006", "25/25008"}},
		{"trap: two towns, two acts", "es",
			"Se registraron balaceras la noche del lunes en Culiacán y en Navolato, informaron autoridades.",
			[]string{"25/25006", "25/25018"}},
		{"trap: a bearing's town before another act's", "en",
			"Four people were killed in Costa Rica, just south of Culiacán, and three in Navolato, a few miles to the west, in two shootouts on Friday night.",
			[]string{"25/25006", "25/25018"}},
		{"trap: a bearing with no other place", "en",
			"Gunmen attacked a police patrol outside Reynosa on Monday, killing two officers.",
			[]string{"28/28032"}},
	}
	for _, tt := range tests {
		got := e.Extract(probeReport(t, "news", tt.lang, "Probe", tt.text))
		var places []string
		for _, inc := range got {
			places = append(places, inc.Location.StateCode+"/"+inc.Location.MunicipalityCode)
		}
		slices.Sort(places)
		if !slices.Equal(places, tt.places) {
			t.Errorf("%s: places %v, want %v", tt.name, places, tt.places)
		}
	}
}

// TestCapitalOfSentence checks that an act placed in "la capital del
// estado" / "the state capital" without its name is in the capital of the
// state the report tells of, not in another town the report names; and
// that a capital named as a bearing, a hospital's place or under a
// negation places no act.
func TestCapitalOfSentence(t *testing.T) {
	e := realExtractor(t)
	tests := []struct {
		name, lang, title, text string
		munis                   []string
	}{
		{"capital and a later town", "es", "Atacan a policías en Sinaloa; en Navolato queman vehículo",
			"Un agente de la Policía Estatal murió cuando sujetos armados dispararon contra su patrulla en la avenida Obregón, en la capital del estado. Más tarde, en Navolato, desconocidos incendiaron un automóvil frente a la presidencia municipal.",
			[]string{"25006", "25018"}},
		{"bypass toward a town, in the capital", "es", "Emboscan a policías",
			"DURANGO, Dgo.- Dos policías estatales murieron la tarde del sábado cuando hombres armados atacaron su patrulla sobre el libramiento a Canatlán, en la periferia norte de la capital del estado.",
			[]string{"10005"}},
		{"English state capital", "en", "Police attacked in Sonora",
			"A police officer was shot dead on Monday night in the state capital, officials in Sonora said. Hours later gunmen burned a car in Cajeme.",
			[]string{"26030", "26018"}},
		{"trap: bearing of the capital", "en", "Gun battles in Puebla",
			"Two gun battles broke out late Monday in Tepeaca, Puebla, a farming town east of the state capital.",
			[]string{"21164"}},
		{"trap: taken to the capital", "es", "Atacan a joven en Navolato",
			"NAVOLATO, Sin.- Un joven fue herido a balazos la noche del lunes y fue trasladado a un hospital de la capital del estado.",
			[]string{"25018"}},
	}
	for _, tt := range tests {
		got := e.Extract(probeReport(t, "news", tt.lang, tt.title, tt.text))
		var munis []string
		for _, inc := range got {
			munis = append(munis, inc.Location.MunicipalityCode)
		}
		if !slices.Equal(munis, tt.munis) {
			t.Errorf("%s: municipalities %v, want %v", tt.name, munis, tt.munis)
		}
	}
}
