package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestServiceStop checks classes and schools stopped for the violence
// (a disruption of its own, README), told by a verb of stopping that
// governs them in any of its forms (serviceStop), in a sentence of their
// own, in a consequence clause of the act ("lo que llevó a … a suspender
// las clases"), or with the act behind them in a cause clause; and the
// stops negated or resumed. The texts are written for the test.
func TestServiceStop(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico) // a Wednesday
	blockEN := "CULIACAN, Sinaloa — Gunmen set vehicles ablaze to block highways around the city on Tuesday night, police said. "
	blockES := "CULIACÁN, Sin.- Civiles armados incendiaron un tráiler y dos automóviles en la carretera a Costa Rica la noche del martes"
	tests := []struct {
		name, lang, text string
		want             []act
	}{
		{name: "cancelled in-person classes, its own sentence", lang: "en",
			text: blockEN + "The state education ministry cancelled in-person classes in Culiacán on Wednesday.",
			want: []act{{model.Blockade, "Culiacán"}, {model.Disruption, "Culiacán"}}},
		{name: "schools in a town will be closed", lang: "en",
			text: "ZACATECAS, Zacatecas — Rival gangs fought for an hour in the municipality of Jerez on Tuesday night, leaving twelve dead, officials said. Schools in Jerez will be closed on Thursday, state officials said.",
			want: []act{{model.ArmedClash, "Jerez"}, {model.Disruption, "Jerez"}}},
		{name: "lo que llevó a suspender las clases", lang: "es",
			text: blockES + ", lo que llevó a la SEPyC a suspender las clases este miércoles en la capital sinaloense.",
			want: []act{{model.Blockade, "Culiacán"}, {model.Disruption, "Culiacán"}}},
		{name: "por lo que se cancelaron las clases", lang: "es",
			text: blockES + ", por lo que las clases presenciales fueron canceladas este miércoles en Culiacán.",
			want: []act{{model.Blockade, "Culiacán"}, {model.Disruption, "Culiacán"}}},
		{name: "classes stopped a day after the clash behind them", lang: "es",
			text: "URUAPAN, Mich.— Las escuelas de la colonia Centro suspendieron las clases este miércoles, un día después de la balacera entre policías estatales y civiles armados en la colonia Morelos que dejó tres agresores muertos.",
			want: []act{{model.Disruption, "Uruapan"}, {model.ArmedClash, "Uruapan"}}},
		// Controls.
		{name: "classes not cancelled", lang: "en",
			text: blockEN + "Classes were not cancelled in Culiacán on Wednesday, the ministry said.",
			want: []act{{model.Blockade, "Culiacán"}}},
		{name: "no se suspenderán las clases", lang: "es",
			text: blockES + ". La SEPyC informó que no se suspenderán las clases este miércoles en Culiacán.",
			want: []act{{model.Blockade, "Culiacán"}}},
		{name: "classes resumed", lang: "es",
			text: blockES + ". Las clases se reanudaron este miércoles en Culiacán con normalidad.",
			want: []act{{model.Blockade, "Culiacán"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "s20", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if acts := pointActs(got); !sameActs(acts, tt.want) {
				t.Errorf("acts %v, want %v", acts, tt.want)
			}
		})
	}
}
