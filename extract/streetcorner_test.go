package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestStreetCorner checks that a state's name after a street corner's
// words ("esquina con Jalisco", "corner of Sinaloa") is a street, not the
// state: the act stays in the town the report is from. The texts are
// written for the test.
func TestStreetCorner(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text, state string
	}{
		{"esquina con", "es", "NAVOJOA, Son.- Hombres armados dispararon contra un taller mecánico la tarde de este martes en la calle Pesqueira esquina con Jalisco, en la colonia Centro.", "26"},
		{"esq.", "es", "HERMOSILLO, Son.- Un hombre fue asesinado a balazos la noche del lunes en el bulevar Solidaridad esq. Michoacán.", "26"},
		{"corner of", "en", "CULIACAN, Sinaloa — Gunmen shot dead a man on Tuesday at the corner of Zacatecas and Obregón in downtown Culiacán.", "25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "corner", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			ins := e.Extract(r)
			checkInvariants(t, r, ins)
			if len(ins) != 1 || ins[0].Location.StateCode != tt.state {
				var got []string
				for _, in := range ins {
					got = append(got, string(in.Type)+"@"+in.Location.StateCode+"/"+in.Location.Municipality)
				}
				t.Errorf("got %v, want one act in state %s", got, tt.state)
			}
		})
	}
}
