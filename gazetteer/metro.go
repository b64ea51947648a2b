package gazetteer

// MetroZone returns the metropolitan zone of a place given by its INEGI
// code: the code of the zone's core, the municipality whose name the zone
// bears ("14039", Guadalajara, for Zapopan or Tlaquepaque), or "" when the
// place is in none of the zones listed here. Mexico City as a whole (the
// state code "09") is the core of the Valle de México, whose zone is "09"
// and takes the alcaldías and municipalities of the State of Mexico and
// Hidalgo around it. A wire that writes "in Guadalajara" or "in Monterrey"
// may tell an act in any municipality of the zone.
//
// The zones and their members follow CONAPO, INEGI and SEDATU's
// delimitation of Mexico's metropolitan zones (Delimitación de las zonas
// metropolitanas de México 2015; Metrópolis de México 2020), cut to the
// zones of the larger cities and the municipalities the press names as
// their suburbs. They are the rows of the places "Zona Metropolitana de
// ..." in internal/gen/extra/places.tsv, from which "go generate" writes
// metro_zones.go; MetroZone needs no loaded gazetteer.
func MetroZone(code string) string { return metroCore(code) }

// MetroStates returns the codes of the states whose places MetroZone
// gives to zone, the zone's own state first: Mexico City, the State of
// Mexico and Hidalgo for the Valle de México ("09"); nil for a code that
// is no zone's core.
func MetroStates(zone string) []string { return metroStates(zone) }

// MetroReach returns the states whose places lie in a metropolitan zone
// whose core is in state, state first, when a zone reaches across its
// line: Mexico City, the State of Mexico and Hidalgo for "09"; Coahuila
// and Durango for Coahuila (La Laguna); Tamaulipas and Veracruz for
// Tamaulipas (Tampico, Pueblo Viejo, Pánuco); Jalisco and Nayarit for
// Jalisco (Puerto Vallarta, Bahía de Banderas). Nil when no zone of the
// state crosses a line.
func MetroReach(state string) []string { return metroReach(state) }
