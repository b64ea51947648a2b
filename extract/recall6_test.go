package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// act is one expected incident of TestSecondActs: its type and
// municipality ("" for a state only).
type act struct {
	typ model.IncidentType
	mun string
}

// checkActs checks that the incidents got, less tallies and denials, are
// the acts want, in order.
func checkActs(t *testing.T, got []model.Incident, want []act) {
	t.Helper()
	acts := pointActs(got)
	if len(acts) != len(want) {
		t.Fatalf("got %v, want %v", acts, want)
	}
	for i := range acts {
		if acts[i] != want[i] {
			t.Errorf("incident %d: got %v, want %v", i, acts[i], want[i])
		}
	}
}

// pointActs returns the acts of the incidents got, tallies and denials
// left out, in order.
func pointActs(got []model.Incident) []act {
	var acts []act
	for _, in := range got {
		if !in.Tally && !in.Denial {
			acts = append(acts, act{in.Type, in.Location.Municipality})
		}
	}
	return acts
}

// TestSecondActs checks that a report telling two or three acts gives one
// incident per act, each at its own place, and no more.
func TestSecondActs(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 8, 12, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, title, text string
		want                    []act // the non-tally, non-denial incidents, in order
	}{
		// A past subjunctive after "luego de que" tells a past act
		// ("resultó herido luego de que le dispararan"); the dateline's
		// abbreviation with its inner dot ("N.L.") still names the town.
		{name: "subjunctive shot, dateline N.L.", lang: "es",
			title: "Balean casa en Linares; hay un herido",
			text:  "LINARES, N.L.— Un hombre resultó herido luego de que sujetos armados dispararan contra su casa en la colonia Centro, alrededor de las 02:00 horas de este domingo. Fue trasladado a un hospital de Montemorelos.",
			want:  []act{{model.ArmedAttack, "Linares"}}},
		{name: "subjunctive shot, a second sentence", lang: "es",
			text: "Una mujer resultó herida luego de que le dispararan cuando salía de su casa en Cuautla, Morelos, la noche del sábado. Paramédicos la llevaron a un hospital.",
			want: []act{{model.ArmedAttack, "Cuautla"}}},
		// "Los hechos ... en A y en B" after a tally names its acts again,
		// one in each town; without two towns it names no act of its own.
		{name: "retold acts in two towns", lang: "es",
			text: "La Secretaría de Seguridad informa que desde las 04:00 horas de este lunes se atendieron cinco bloqueos en tres municipios de Michoacán, realizados por civiles armados que incendiaron vehículos. Los hechos de mayor afectación se registraron alrededor de las 04:30 horas en Zitácuaro y alrededor de las 05:10 horas en Hidalgo. Todas las vialidades fueron liberadas.",
			want: []act{{model.Blockade, "Zitácuaro"}, {model.Blockade, "Hidalgo"}}},
		{name: "retold acts, one town: a detail", lang: "es",
			text: "Sujetos armados incendiaron un tráiler en la carretera a Morelia, en Zitácuaro, Michoacán, la mañana del lunes. Los hechos ocurrieron alrededor de las 04:30 horas en Zitácuaro.",
			want: []act{{model.Blockade, "Zitácuaro"}}},
		{name: "retold attacks in English", lang: "en",
			text: "Gunmen attacked two police patrols in Michoacán on Monday night, killing three officers. The attacks took place in Uruapan and in Zamora, about 90 km apart.",
			want: []act{{model.ArmedAttack, "Uruapan"}, {model.ArmedAttack, "Zamora"}}},
		// A running count whose "luego de que" clause tells one of the
		// acts counted: that act is an incident of its own, beside the
		// one told before it in the same town.
		{name: "tally with the act it counts", lang: "es",
			text: "Un hombre fue localizado sin vida esta mañana en un canal de riego de la colonia Las Palmas, en Navolato, Sinaloa. Con este hallazgo suman cuatro personas asesinadas en Navolato en dos días, luego de que la noche del lunes tres hombres fueron atacados a balazos afuera de un expendio de cerveza de la colonia Centro.",
			want: []act{{model.Homicide, "Navolato"}, {model.Homicide, "Navolato"}}},
		{name: "tally with a clause of no act", lang: "es",
			text: "Suman 25 personas asesinadas en Sinaloa en lo que va de marzo, luego de que la Fiscalía actualizara sus cifras este martes.",
			want: nil},
		// Gunmen burning vehicles across a road an hour after a clash in
		// the same town is a blockade of its own; a rumour of roadblocks
		// with no hour and no one acting adds nothing.
		{name: "blockade after a clash", lang: "es",
			text: "JEREZ, Zac.— Dos presuntos delincuentes murieron en un enfrentamiento con la Guardia Nacional alrededor de las 05:00 horas de este lunes en la comunidad de Ermita de Guadalupe. Cerca de las 06:20 horas, sujetos armados atravesaron un autobús en la carretera a Tlaltenango, a la salida de la cabecera, y le prendieron fuego.",
			want: []act{{model.ArmedClash, "Jerez"}, {model.Blockade, "Jerez"}}},
		{name: "rumoured blockades after a clash", lang: "en",
			text: "Two gunmen were killed early Monday in a clash with soldiers in Jerez, Zacatecas, officials said. Unconfirmed reports of roadblocks in the area later circulated on social media.",
			want: []act{{model.ArmedClash, "Jerez"}}},
		// Two targets of one verb in two municipalities, one of them
		// named as its state is: two acts.
		{name: "two targets, namesake town", lang: "es",
			text: "La Fiscalía informa que personas armadas incendiaron una bodega en el municipio de Campeche y una tienda en el municipio de Champotón la noche del sábado.",
			want: []act{{model.BusinessAttack, "Campeche"}, {model.BusinessAttack, "Champotón"}}},
		// Vehicles burnt by "another group" right after a blockade: the
		// second blockade; a shop burnt after it stays a business attack.
		{name: "second group of vehicles torched", lang: "en",
			text: "The first blockade went up on the Mexico–Querétaro highway at the edge of San Juan del Río, Querétaro, early Tuesday. About an hour later another group of vehicles was torched farther north, at the entrance to Pedro Escobedo.",
			want: []act{{model.Blockade, "San Juan del Río"}, {model.Blockade, "Pedro Escobedo"}}},
		{name: "another group burns a shop", lang: "es",
			text: "Sujetos armados atravesaron e incendiaron un tráiler en la carretera a Apatzingán, en Buenavista, Michoacán, la mañana del martes. Media hora después, otro grupo incendió una tienda de abarrotes en el centro de Tepalcatepec.",
			want: []act{{model.Blockade, "Buenavista"}, {model.BusinessAttack, "Tepalcatepec"}}},
		// A summary over two days, then one sentence per day: the
		// sentence opening with the second day tells a second act; a
		// detail dated the same day as the act does not.
		{name: "acts told day by day", lang: "en",
			text: "Three men were killed by gunfire in Zacatecas city between Friday night and Saturday morning. On Friday night, two brothers were shot dead outside a shop in the Centro neighborhood. On Saturday morning, workers found the body of a man with gunshot wounds near the railway.",
			want: []act{{model.Homicide, "Zacatecas"}, {model.Homicide, "Zacatecas"}}},
		{name: "a detail of the same day", lang: "en",
			text: "Two brothers were shot dead outside a shop in Zacatecas city on Friday night. On Friday night, police also found shell casings at the scene.",
			want: []act{{model.Homicide, "Zacatecas"}}},
		// "Columna de humo" is smoke, not a newspaper column (an opinion
		// cue); a truck burning from a mechanical failure is no crime.
		{name: "column of smoke", lang: "es",
			text: "en la carretera a saltillo a la altura de ramos arizpe hay dos trailers atravesados y quemandose desde las siete de la mañana se ve la columna de humo desde la autopista",
			want: []act{{model.Blockade, "Ramos Arizpe"}}},
		{name: "mechanical failure", lang: "es",
			text: "El humo que se observó esta tarde en el libramiento de Ramos Arizpe, Coahuila, corresponde a un camión de carga que se incendió por una falla mecánica.",
			want: nil},
		// A used-car lot shot at and burnt is a business attacked.
		{name: "car lot", lang: "en",
			text: "Armed men shot at and set fire to a used-car lot in the Centro neighborhood of Tecomán, Colima, late Saturday.",
			want: []act{{model.BusinessAttack, "Tecomán"}}},
		{name: "lote de autos", lang: "es",
			text: "Hombres armados dispararon contra las oficinas de un lote de autos en la colonia Centro de Tecomán, Colima, y luego prendieron fuego a dos vehículos exhibidos.",
			want: []act{{model.BusinessAttack, "Tecomán"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: pub, Title: tt.title, Text: tt.text}
			checkActs(t, e.Extract(r), tt.want)
		})
	}
}

// TestTallyUnitState checks that a count of acts over the municipalities
// of one named state is a tally of that state, though a town of another
// state is named beside it as a road's end.
func TestTallyUnitState(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 8, 12, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text string
		state            string // the tally's state code
	}{
		{"english, state between number and unit", "en",
			"State officials said gunmen had set up six roadblocks in four Tamaulipas municipalities since dawn, most of them on the highway linking Ciudad Victoria with the border city of Monterrey.",
			"28"},
		{"spanish, municipios de", "es",
			"Autoridades estatales dijeron que hombres armados instalaron seis bloqueos en cuatro municipios de Tamaulipas desde la madrugada, la mayoría en la carretera que une Ciudad Victoria con Monterrey.",
			"28"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: pub, Text: tt.text}
			var tallies []model.Incident
			for _, in := range e.Extract(r) {
				if in.Tally {
					tallies = append(tallies, in)
				} else {
					t.Errorf("incident that is no tally: %s at %s", in.Type, in.Location.Municipality)
				}
			}
			if len(tallies) != 1 {
				t.Fatalf("got %d tallies, want 1", len(tallies))
			}
			if got := tallies[0].Location.StateCode; got != tt.state {
				t.Errorf("tally state %q, want %q", got, tt.state)
			}
		})
	}
}
