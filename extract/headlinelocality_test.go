package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestHeadlineLocality checks that a report of one act whose text names
// its municipality and whose headline names a locality of it is placed at
// the locality; a report of several acts keeps each act's own place. The
// reports are written for the test.
func TestHeadlineLocality(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 8, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		title, text string
		want        string // the first incident's place as read, and its precision
	}{
		{"Drones atacan viviendas en Izotepec",
			"Drones cargados con explosivos atacaron este lunes viviendas en el municipio de Heliodoro Castillo; dos pobladores resultaron heridos.",
			"Izotepec point"},
		{"Asesinan a un hombre en Tlacotepec",
			"Un hombre fue asesinado a balazos este lunes en el municipio de Heliodoro Castillo, Guerrero.",
			"Tlacotepec point"},
		// The headline names no locality of the municipality: the
		// municipality.
		{"Drones atacan la sierra",
			"Drones cargados con explosivos atacaron este lunes viviendas en el municipio de Heliodoro Castillo; dos pobladores resultaron heridos.",
			"Heliodoro Castillo municipality"},
	}
	for _, tt := range tests {
		r := model.Report{ID: "h", Kind: model.KindNews, Lang: "es", Title: tt.title, Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if len(got) == 0 {
			t.Errorf("%q: no incident", tt.title)
			continue
		}
		l := got[0].Location
		prec := map[model.GeoPrecision]string{model.GeoPoint: "point", model.GeoMunicipality: "municipality", model.GeoState: "state"}[l.Precision]
		if s := l.Place + " " + prec; s != tt.want || l.MunicipalityCode != "12032" {
			t.Errorf("%q: %s (%s), want %s in 12032", tt.title, s, l.MunicipalityCode, tt.want)
		}
	}
}
