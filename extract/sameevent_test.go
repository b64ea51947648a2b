package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestOneActOneIncident: what several reports of one act tell in passing
// (the blasts heard during a clash, the clash's toll in the next sentence)
// must not turn it into another type or a second incident, or fusion
// cannot bring the reports together.
func TestOneActOneIncident(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 10, 17, 13, 0, 0, 0, mexico)
	tests := []struct {
		name   string
		text   string
		want   model.IncidentType
		n      int // incidents
		killed int // of the first; -1 for none
		tally  bool
	}{
		{"blasts heard in a clash", "Vecinos de Uruapan relataron que se escucharon ráfagas y explosiones donde sicarios se enfrentaron con la Guardia Nacional.",
			model.ArmedClash, 1, -1, false},
		{"a device in a clash is an explosive attack", "Sicarios lanzaron granadas y se enfrentaron con la Guardia Nacional en Uruapan.",
			model.Explosive, 1, -1, false},
		{"a blast alone", "Una explosión sacudió la comandancia de Celaya esta mañana.",
			model.Explosive, 1, -1, false},
		{"the toll of the clash before", "Sicarios se enfrentaron con la Guardia Nacional en Uruapan este sábado. Según fuentes de seguridad, el saldo es de 16 muertos y cuatro heridos.",
			model.ArmedClash, 1, 16, false},
		{"an aggregate count of the dead is a tally", "Suman 34 muertos durante el fin de semana en Guanajuato, según el conteo oficial.",
			model.Homicide, 1, 34, true},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		if len(got) != tt.n {
			t.Errorf("%s: %d incidents, want %d: %+v", tt.name, len(got), tt.n, got)
			continue
		}
		in := got[0]
		if in.Type != tt.want || in.Tally != tt.tally {
			t.Errorf("%s: type %s tally %v, want %s tally %v", tt.name, in.Type, in.Tally, tt.want, tt.tally)
		}
		k := -1
		if in.Killed != nil {
			k = in.Killed.N
		}
		if k != tt.killed {
			t.Errorf("%s: killed %d, want %d", tt.name, k, tt.killed)
		}
	}
}
