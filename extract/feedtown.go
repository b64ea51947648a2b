package extract

import (
	"math"

	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

// feedTownKm is how far from a geolocated feed item's point a town its
// label, text or title names may lie for the item to be in that town
// (feedNamedTown).
const feedTownKm = 15

// feedNamedTown places a geolocated feed item (reportCtx.feed) in the
// municipality of the town it names ("SIN CONFIRMAR | Cancún, Q. Roo.",
// "BLOQUEO | Palenque, Chis.", "near Tizayuca") when the point's nearest
// place lies in a municipality the item names nowhere and the named town
// lies within feedTownKm of the point: a hotel zone's or a highway's point
// is often nearer a village across the municipal line than the town's
// seat. The point stays; of several such towns, the nearest.
func (e *Extractor) feedNamedTown(c *reportCtx) {
	if c.feed == nil || c.feed.Lat == nil || c.feed.Lon == nil || e.geo == nil {
		return
	}
	f := c.feed
	var best gazetteer.Place
	bd := math.Inf(1)
	for _, refs := range [][]placeRef{c.dateline, c.refs, c.titleRefs} {
		for _, r := range refs {
			p := r.place
			if p.Kind != gazetteer.Municipality && p.Kind != gazetteer.Locality || p.MunicipalityCode == "" {
				continue
			}
			if p.MunicipalityCode == f.MunicipalityCode {
				return // the point's own town is named
			}
			if p.Lat == 0 && p.Lon == 0 {
				continue
			}
			if d := model.DistanceKm(*f.Lat, *f.Lon, p.Lat, p.Lon); d <= feedTownKm && d < bd {
				best, bd = p, d
			}
		}
	}
	if math.IsInf(bd, 1) {
		return
	}
	mu, ok := e.geo.municipality(best.MunicipalityCode)
	if !ok {
		return
	}
	loc := *f
	loc.MunicipalityCode, loc.Municipality = mu.MunicipalityCode, mu.Name
	if st, ok := e.geo.state(best.StateCode); ok {
		loc.StateCode, loc.State = st.StateCode, st.Name
	}
	c.feed = &loc
}
