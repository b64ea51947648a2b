package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestRetoldOrdinals: after a count of blockades, "El primero ... en A, y
// el segundo ... en B" tells two of them, one in each town; one town named
// after "El primero" is no list of acts.
func TestRetoldOrdinals(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2029, 1, 8, 8, 0, 0, 0, mexico)
	count := "La Secretaría de Seguridad del Estado informa que desde la noche del domingo se atendieron siete bloqueos con vehículos incendiados en cinco municipios de Guanajuato. "
	tests := []struct {
		name, text string
		want       []string // the municipalities of the acts that are no tally
	}{
		{"two towns", count + "El primero se registró a las 19:30 horas sobre la carretera federal 45, en el municipio de Celaya, y el segundo a las 20:50 horas en el tramo de la misma vía que corresponde a Apaseo el Grande.",
			[]string{"Celaya", "Apaseo el Grande"}},
		{"english", "State officials said gunmen set up seven roadblocks with burning vehicles in five Guanajuato municipalities on Sunday night. The first was reported at 7:30 p.m. on Federal Highway 45 in Celaya, and the second at 8:50 p.m. in Apaseo el Grande.",
			[]string{"Celaya", "Apaseo el Grande"}},
		{"one town", count + "El primero se registró a las 19:30 horas sobre la carretera federal 45.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang := "es"
			if tt.name == "english" {
				lang = "en"
			}
			r := model.Report{ID: "t", Lang: lang, Kind: model.KindOfficial, Published: pub, Text: tt.text}
			var got []string
			tallies := 0
			for _, in := range e.Extract(r) {
				if in.Tally {
					tallies++
					continue
				}
				if in.Type != model.Blockade {
					t.Errorf("%s at %s, want blockades", in.Type, in.Location.Municipality)
				}
				got = append(got, in.Location.Municipality)
			}
			if tallies != 1 {
				t.Errorf("%d tallies, want 1", tallies)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("acts at %v, want %v", got, tt.want)
			}
			for k := range got {
				if got[k] != tt.want[k] {
					t.Errorf("act %d at %s, want %s", k, got[k], tt.want[k])
				}
			}
		})
	}
}
