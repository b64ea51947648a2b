package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestTownListTally checks that people counted over a period or over
// separate acts in three or more towns of one state make one tally of the
// state, and that a count of one act's toll in a list of towns stays told
// town by town. The texts are written for the test.
func TestTownListTally(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico) // a Wednesday
	type got struct {
		typ   model.IncidentType
		tally bool
		state string
		muni  string
	}
	tests := []struct {
		name, lang, text string
		want             []got
	}{
		{name: "suman detenidos desde el lunes in three towns", lang: "es",
			text: "Desde el lunes suman 23 personas detenidas en los municipios de Uruapan, Zamora y Apatzingán, informó la Secretaría de Seguridad.",
			want: []got{{model.SecurityOperation, true, "16", ""}}},
		{name: "separate incidents in four towns", lang: "en",
			text: "Nine people were killed in separate incidents in Irapuato, Celaya, Salamanca and Silao on Tuesday, police said.",
			want: []got{{model.Homicide, true, "11", ""}}},
		// Control: one act's toll, with no count over a period, in three
		// towns stays one act per town.
		{name: "blockades in three towns", lang: "es",
			text: "Hombres armados bloquearon con vehículos en llamas las carreteras de Uruapan, Zamora y Apatzingán la noche del martes.",
			want: []got{{model.Blockade, false, "16", "16102"}, {model.Blockade, false, "16", "16108"}, {model.Blockade, false, "16", "16006"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "townlist", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			ins := e.Extract(r)
			checkInvariants(t, r, ins)
			var acts []got
			for _, in := range ins {
				acts = append(acts, got{in.Type, in.Tally, in.Location.StateCode, in.Location.MunicipalityCode})
			}
			if len(acts) != len(tt.want) {
				t.Fatalf("got %v, want %v", acts, tt.want)
			}
			for k := range acts {
				if acts[k] != tt.want[k] {
					t.Errorf("got %v, want %v", acts, tt.want)
					break
				}
			}
		})
	}
}
