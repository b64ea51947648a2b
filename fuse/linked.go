package fuse

import (
	"time"

	"github.com/atalaya/atalaya/model"
)

// linkedTowns reports whether x and m are placed in two neighbouring
// municipalities of one state (seats within nearKm) that a report itself
// links: one report places the act only near its town ("on a highway
// outside Reynosa", "north of the city of Zacatecas") and the other names
// that town nowhere, or only as a road's end (nearTownOf); or one names
// the other's town only as a road's end ("la carretera Reynosa–Río
// Bravo", "the highway that links Reynosa with Río Bravo"): the act may be
// on the road between them, in either (tollLinked). Two towns no report
// links, or further apart, stay two places, and so does a report that
// names a colonia of its town (the act inside the town, not on a road
// out of it).
func linkedTowns(x, m *member) bool {
	a, b := &x.it.Incident, &m.it.Incident
	if a.Tally || b.Tally || !x.hasGeo || !m.hasGeo || x.muniName == "" || m.muniName == "" || x.colonia != "" || m.colonia != "" {
		return false
	}
	la, lb := &a.Location, &b.Location
	if la.StateCode == "" || la.StateCode != lb.StateCode || la.MunicipalityCode == "" || lb.MunicipalityCode == "" ||
		la.MunicipalityCode == lb.MunicipalityCode {
		return false
	}
	if model.DistanceKm(x.lat, x.lon, m.lat, m.lon) > nearKm {
		return false
	}
	return nearTownOf(x, m) || nearTownOf(m, x) || namedAsRoadEnd(x, m.muniName) || namedAsRoadEnd(m, x.muniName)
}

// linkedHours is how far apart, at most, the times of two reports of one
// toll in linked towns may put the act (tollLinked): a day told with its
// part ("on Sunday morning") stands at that part's hour, so a morning's
// finding and an afternoon's, or a night's, stay two acts.
const linkedHours = 3 * time.Hour

// tollLinked reports whether x and m, in two neighbouring towns a report
// links (linkedTowns), give one toll of two dead or more (sameToll) at
// times within linkedHours: the toll and the hour are evidence of one act
// that the place, read near one town or from the road between them, does
// not overrule (geo: one place, no slip; the event lists the two
// municipalities as a contradiction). A killing of one in each town, acts
// with no toll, or the same toll hours apart stay two.
func tollLinked(x, m *member) bool {
	return x.it.Incident.Time != nil && m.it.Incident.Time != nil && !hoursOff(x, m) &&
		sameToll(&x.it.Incident, &m.it.Incident) && linkedTowns(x, m)
}

// hoursOff reports whether x and m both tell a time and their keys are
// further apart than linkedHours: a morning's finding and an
// afternoon's, each told as a day with its part.
func hoursOff(x, m *member) bool {
	return x.it.Incident.Time != nil && m.it.Incident.Time != nil && x.key.Sub(m.key).Abs() > linkedHours
}
