package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestInheritedClock: an act told with no time of its own after another
// act's clock time happened that day, not at that minute; one told "at
// almost the same time" keeps the minute.
func TestInheritedClock(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2029, 1, 8, 14, 0, 0, 0, mexico)
	lead := "La Secretaría de Seguridad informa que, tras el enfrentamiento entre grupos delictivos registrado a las 06:35 horas de este lunes en el municipio de Motozintla, se localizaron tres cuerpos. "
	tests := []struct {
		name, text string
		prec       model.TimePrecision // the blockade's
	}{
		{"another act: the day", lead + "Asimismo, se retiraron dos tractocamiones incendiados que obstruían la carretera en Motozintla.", model.TimeDay},
		{"at the same time: the minute", lead + "Casi al mismo tiempo, hombres armados incendiaron dos tractocamiones que obstruían la carretera en Motozintla.", model.TimeMinute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: "es", Kind: model.KindOfficial, Published: pub, Text: tt.text}
			found := false
			for _, in := range e.Extract(r) {
				if in.Type != model.Blockade {
					continue
				}
				found = true
				if in.Time == nil || in.Location.Date(*in.Time) != "2029-01-08" {
					t.Errorf("blockade time %v, want on 2029-01-08", in.Time)
				}
				if in.TimePrecision != tt.prec {
					t.Errorf("blockade time precision %q, want %q", in.TimePrecision, tt.prec)
				}
			}
			if !found {
				t.Fatal("no blockade")
			}
		})
	}
}
