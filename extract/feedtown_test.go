package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestFeedNamedTown holds that a geolocated feed item is placed in the
// town its label or text names when the point's nearest place lies in a
// municipality the item names nowhere and the town is within feedTownKm
// of the point (a hotel zone's point nearer Isla Mujeres than Cancún, a
// highway's nearer Salto de Agua than Palenque, Cerro del Cuatro nearer
// an El Salto village); the point's own town named, a town named farther
// away, or no town named leave the point's municipality.
func TestFeedNamedTown(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 10, 4, 18, 0, 0, 0, mexico)
	for _, tc := range []struct {
		name, text string
		lat, lon   float64
		muni       string
	}{
		{"hotel zone", "DISPAROS | Cancún, Q. Roo. Reportan disparos frente a un hotel del bulevar Kukulcán.", 21.145, -86.745, "23005"},
		{"highway near the town", "BLOQUEO | Palenque, Chis. Queman una camioneta en el kilómetro 8 de la carretera a Ocosingo.", 17.45, -92.01, "07065"},
		{"neighbourhood of the town", "ATAQUE ARMADO | Tlaquepaque, Jal. Reportan disparos contra una reunión en el Cerro del Cuatro.", 20.605, -103.33, "14098"},
		{"point's own town named", "BLOQUEO | Queman un tráiler en la carretera Matamoros-Reynosa a la altura del kilómetro 20.", 25.93, -97.68, "28022"},
		{"named town too far", "BLOQUEO | Tractocamión incendiado en la autopista, a 20 kilómetros de Palenque.", 17.40, -92.12, "07077"},
		{"no town named", "BALACERA | Reportan disparos frente a un hotel del bulevar Kukulcán.", 21.145, -86.745, "23003"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lat, lon := tc.lat, tc.lon
			r := model.Report{ID: "ft", Lang: "es", Kind: model.KindAlertFeed, Text: tc.text, Published: pub, Lat: &lat, Lon: &lon}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(got) != 1 || got[0].Location.MunicipalityCode != tc.muni {
				t.Fatalf("got %d incidents %v, want one in %s", len(got), munis(got), tc.muni)
			}
			if l := got[0].Location; l.Lat == nil || *l.Lat != tc.lat || l.Precision != model.GeoPoint {
				t.Errorf("location %+v: want the feed's point", l)
			}
		})
	}
}
