package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestClockPlaces: a place named only to tell the hour there ("pasada
// la medianoche en la capital del país, cuando en Sinaloa eran las
// 23:30") is not where the act was; the act's own place wins. The near
// miss names the capital as the act's place. The sentences are written
// for the test.
func TestClockPlaces(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2036, 9, 10, 8, 0, 0, 0, mexico)
	tests := []struct {
		name, lang  string
		text        string
		state, muni string
	}{
		{name: "the hour in the capital, the act in Sinaloa", lang: "es",
			text:  "CULIACÁN, Sin.- Pasada la medianoche en la capital del país, cuando en Sinaloa eran cerca de las 23:15 horas, dos policías municipales de Guasave fueron atacados a balazos en Juan José Ríos.",
			state: "25", muni: "25011"},
		{name: "the hour in the capital, English", lang: "en",
			text:  "Shortly after midnight in Mexico City, when it was about 11:15 p.m. in Sinaloa, gunmen shot at two municipal police officers in Guasave.",
			state: "25", muni: "25011"},
		{name: "near miss: the act in the capital", lang: "es",
			text:  "Pasada la medianoche, dos policías fueron atacados a balazos en la capital del país, informó la Secretaría de Seguridad Ciudadana.",
			state: "09"},
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
		})
	}
}
