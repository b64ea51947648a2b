package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestDayShiftAfterDetails: a sentence opening with another day than the
// act told before is another act, though the sentences between (details
// of the first act) tell no time; a detail on the act's own day is not.
func TestDayShiftAfterDetails(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 9, 15, 21, 30, 0, 0, mexico) // a Wednesday
	lead := "A las 19:45 horas de este miércoles, dos sujetos en motocicleta dispararon contra la cortina metálica de una carnicería en la colonia Chipitlán, en Cuernavaca. El dueño y un cliente resultaron ilesos. Policías municipales hallaron once casquillos percutidos. "
	tests := []struct {
		name, text string
		want       []string // the incidents' days
	}{
		{"the night before", lead + "La noche del martes, hombres armados incendiaron una tortillería en la colonia Antonio Barona, en el norte de la ciudad.",
			[]string{"2027-09-15", "2027-09-14"}},
		{"the same day", lead + "Este miércoles, los agentes dijeron que los agresores dispararon desde la motocicleta.",
			[]string{"2027-09-15"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: "es", Kind: model.KindNews, Published: pub, Text: tt.text}
			var days []string
			for _, in := range e.Extract(r) {
				if in.Location.Municipality != "Cuernavaca" {
					t.Errorf("%s at %q, want Cuernavaca", in.Type, in.Location.Municipality)
				}
				days = append(days, dayOf(in))
			}
			if len(days) != len(tt.want) {
				t.Fatalf("days %v, want %v", days, tt.want)
			}
			for k := range days {
				if days[k] != tt.want[k] {
					t.Errorf("incident %d on %s, want %s", k, days[k], tt.want[k])
				}
			}
		})
	}
}
