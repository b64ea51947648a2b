package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestRoadLinks: a town named only as where a road leads ("el bulevar
// que conduce a Irapuato", "the road out to Reynosa"), as one of the two
// places a road links ("the highway that links the state capital with
// Iguala", "which links the farming hub of Uruapan with ..."), as the
// town a junction is named after ("el Entronque de Matehuala") is not
// where the act was when the report names another place for it (the
// dateline's town, "near the town of ..."); nor is a place named only to
// tell the hour there ("pasada la medianoche en la capital del país,
// cuando en Sinaloa eran las 23:30"). Each sits beside a near miss that
// names the place as the act's. With no dateline town (a national
// desk's "MEXICO CITY", an alert, no dateline) such a town is still not
// where the act was: the act keeps the state the report names. The
// sentences are written for the test.
func TestRoadLinks(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2039, 1, 13, 12, 0, 0, 0, mexico)
	tests := []struct {
		name, lang  string
		text        string
		state, muni string // the first incident's state and municipality codes ("" for none)
		not         string // a municipality code no incident may have
		point       bool   // the first incident is placed at a locality's point
	}{
		{name: "boulevard that leads to a town, under a dateline", lang: "es",
			text:  "SALAMANCA, Gto.- Sujetos armados atravesaron un camión de carga y le prendieron fuego la noche del martes en el bulevar que conduce a Irapuato, lo que cerró la circulación durante dos horas.",
			state: "11", muni: "11027", not: "11017"},
		{name: "near miss: the town's own boulevard", lang: "es",
			text:  "SALAMANCA, Gto.- Sujetos armados atravesaron un camión de carga y le prendieron fuego la noche del martes en el bulevar principal de Irapuato, lo que cerró la circulación durante dos horas.",
			state: "11", muni: "11017"},
		{name: "a highway linking the state capital with a town, near another", lang: "en",
			text:  "MEXICO CITY, Jan 13 (Wire) - Gunmen set a bus on fire on Wednesday evening on the highway that links the state capital with Iguala, near the town of Zumpango del Río, Guerrero state police said.",
			state: "12", muni: "12075", not: "12035"},
		{name: "near miss: a highway inside the town", lang: "en",
			text:  "MEXICO CITY, Jan 13 (Wire) - Gunmen set a bus on fire on Wednesday evening on a highway in Iguala, Guerrero state police said.",
			state: "12", muni: "12035"},
		{name: "a highway which links two towns by their epithets, under a dateline", lang: "en",
			text:  "PARACHO, Mexico (Wire) - Gunmen torched a truck on Tuesday night on the highway which links the avocado hub of Uruapan with the Pacific port of Lázaro Cárdenas, officials said.",
			state: "16", muni: "16065", not: "16102"},
		{name: "the highway out to a town, under a dateline", lang: "en",
			text:  "MATAMOROS, Mexico (Wire) - Gunmen set two trucks on fire on Monday morning and blocked the highway out to Reynosa on the west side of the city, police said.",
			state: "28", muni: "28022", not: "28032"},
		{name: "a junction named after a town, under a dateline", lang: "es",
			text:  "Guadalcázar, SLP.- Hombres armados incendiaron un tractocamión la madrugada de este martes sobre la carretera federal 57, a la altura del Entronque de Matehuala, lo que cerró la circulación.",
			state: "24", muni: "24017", not: "24020"},
		{name: "near miss: a junction named after a locality of the town named", lang: "es",
			text:  "GÓMEZ PALACIO, Dgo.- Hombres armados incendiaron un tractocamión la mañana del lunes en la autopista a Durango, en el entronque a León Guzmán, municipio de Lerdo.",
			state: "10", muni: "10012", point: true},
		{name: "near miss: the town's own entrance", lang: "es",
			text:  "Guadalcázar, SLP.- Hombres armados incendiaron un tractocamión la madrugada de este martes a la entrada de Matehuala, lo que cerró la circulación.",
			state: "24", muni: "24020"},
		{name: "the hour in the capital, the act in Sinaloa", lang: "es",
			text:  "CULIACÁN, Sin.- Pasada la medianoche en la capital del país, cuando en Sinaloa eran cerca de las 23:15 horas, dos policías municipales de Guasave fueron atacados a balazos en Juan José Ríos.",
			state: "25", muni: "25011"},
		{name: "the hour in the capital, English", lang: "en",
			text:  "Shortly after midnight in Mexico City, when it was about 11:15 p.m. in Sinaloa, gunmen shot at two municipal police officers in Guasave.",
			state: "25", muni: "25011"},
		{name: "near miss: the act in the capital", lang: "es",
			text:  "Pasada la medianoche, dos policías fueron atacados a balazos en la capital del país, informó la Secretaría de Seguridad Ciudadana.",
			state: "09"},
		{name: "a highway which links two towns, under a national desk's dateline", lang: "en",
			text:  "MEXICO CITY, Jan 13 (Wire) - Gunmen set a passenger bus on fire on Wednesday evening in the western state of Michoacán, state police said. The burning bus cut traffic on the highway which links the farming hub of Apatzingán with the port of Lázaro Cárdenas.",
			state: "16", not: "16006"},
		{name: "near miss: the highway in a town", lang: "en",
			text:  "MEXICO CITY, Jan 13 (Wire) - Gunmen set a passenger bus on fire on Wednesday evening in the western state of Michoacán, state police said. The burning bus cut traffic on the highway in Apatzingán.",
			state: "16", muni: "16006"},
		{name: "a highway linking the state capital with the coast", lang: "en",
			text:  "MEXICO CITY, Jan 13 (Wire) - Soldiers shot dead two suspected fuel thieves before dawn on Thursday in the central state of Puebla, the army said. The soldiers came under fire while patrolling a highway that links the state capital with the Gulf coast.",
			state: "21", not: "21114"},
		{name: "the road out to a town, no dateline", lang: "en",
			text:  "Gunmen set a truck on fire on Monday evening and blocked the road out to Reynosa, Tamaulipas police said.",
			state: "28", not: "28032"},
		{name: "near miss: the road out to a town, in a report that names no state", lang: "en",
			text:  "and then around eight burning trucks and cars blocked the highway out to reynosa on the west side of town the bridges are open",
			state: "28", muni: "28032"},
		{name: "near miss: a road in the town, no dateline", lang: "en",
			text:  "Gunmen set a truck on fire on Monday evening and blocked a road in Reynosa, Tamaulipas police said.",
			state: "28", muni: "28032"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: pub, Text: tt.text}
			ins := e.Extract(r)
			if len(ins) == 0 {
				t.Fatal("no incident")
			}
			in := ins[0]
			if in.Location.StateCode != tt.state {
				t.Errorf("state %q (%s), want %s", in.Location.StateCode, in.Location.State, tt.state)
			}
			if tt.muni != "" && in.Location.MunicipalityCode != tt.muni {
				t.Errorf("municipality %q (%s), want %q", in.Location.MunicipalityCode, in.Location.Municipality, tt.muni)
			}
			if tt.point && in.Location.Precision != model.GeoPoint {
				t.Errorf("precision %v, want a point", in.Location.Precision)
			}
			for _, in := range ins {
				if tt.not != "" && in.Location.MunicipalityCode == tt.not {
					t.Errorf("%s at %s (%s)", in.Type, in.Location.Municipality, in.Location.MunicipalityCode)
				}
			}
		})
	}
}
