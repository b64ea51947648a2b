package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSaidCapital: a report that names one state and speaks of "la capital
// del estado" without naming it places its acts in the capital's
// municipality; on the way to the capital, or with another state named,
// the act stays in the state.
func TestSaidCapital(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2028, 3, 4, 10, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text string
		muni             string // the first incident's municipality code, "" for none
	}{
		{"capital del estado", "es",
			"La Fiscalía General del Estado de Zacatecas informa que inició una carpeta de investigación por un hecho ocurrido en la capital del estado: a las 21:05 horas del viernes, dos hombres fueron privados de la vida por disparos de arma de fuego en la colonia Las Palmas.",
			"32056"},
		{"oriente de la capital", "es",
			"Dos hombres fueron asesinados a balazos la noche del viernes en una colonia al oriente de la capital, informó la Fiscalía del Estado de Zacatecas.",
			"32056"},
		{"on the way to the capital", "es",
			"Hombres armados incendiaron un tractocamión en la autopista de Zacatecas con dirección a la capital la noche del viernes y bloquearon la circulación.",
			""},
		{"another state named", "es",
			"La Fiscalía de Zacatecas informó que dos hombres fueron asesinados a balazos la noche del viernes en la capital del estado; los agresores huyeron hacia Aguascalientes.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: model.KindOfficial, Published: pub, Text: tt.text}
			ins := e.Extract(r)
			if len(ins) == 0 {
				t.Fatal("no incident")
			}
			in := ins[0]
			if in.Location.StateCode != "32" {
				t.Errorf("state %q (%s), want 32", in.Location.StateCode, in.Location.State)
			}
			if in.Location.MunicipalityCode != tt.muni {
				t.Errorf("municipality %q (%s), want %q", in.Location.MunicipalityCode, in.Location.Municipality, tt.muni)
			}
		})
	}
}
