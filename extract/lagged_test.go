package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestLaggedAct: a sentence that tells an act and, in a clause, an earlier
// one a day or two before ("un día después de que ...") gives both, the
// earlier dated by the lag; an act weeks before is background.
func TestLaggedAct(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 10, 19, 22, 10, 0, 0, mexico)
	tests := []struct {
		name, text string
		days       []string // the incidents' days, in order
	}{
		{"a day before, same colonia",
			"Un hombre fue asesinado a tiros a las 20:15 horas de este lunes frente a su vivienda en la colonia San Miguel, en Celaya, apenas un día después de que dos hombres fueron ultimados en la misma colonia.",
			[]string{"2026-10-19", "2026-10-18"}},
		{"two days before",
			"Dos jóvenes fueron asesinados a balazos la noche de este lunes en la colonia Centro de Irapuato, dos días después de que un comerciante fue ejecutado a unas calles de ahí.",
			[]string{"2026-10-19", "2026-10-17"}},
		{"weeks before is background",
			"Un hombre fue asesinado a tiros la noche de este lunes en la colonia San Miguel, en Celaya, tres semanas después de que dos hombres fueron ultimados en la misma colonia.",
			[]string{"2026-10-19"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: "es", Kind: model.KindNews, Published: pub, Text: tt.text}
			ins := e.Extract(r)
			var days []string
			for _, in := range ins {
				if in.Type != model.Homicide {
					t.Errorf("incident of type %s", in.Type)
					continue
				}
				days = append(days, dayOf(in, mexico))
			}
			if len(days) != len(tt.days) {
				t.Fatalf("days %v, want %v", days, tt.days)
			}
			for k := range days {
				if days[k] != tt.days[k] {
					t.Errorf("incident %d on %s, want %s", k, days[k], tt.days[k])
				}
			}
		})
	}
}
