package extract

import "strings"

// withoutIssuerSeat returns the places of sentence s but the towns named
// as the seat of a consulate or an embassy, when another is left: "The
// U.S. Consulate General in Guadalajara told government personnel in
// northern Zapopan to shelter in place", "el Consulado General de Estados
// Unidos en Guadalajara pidió a su personal en el norte de Zapopan
// resguardarse" advise in Zapopan; the seat names who issues, not where.
// Alone the seat stays the place ("The U.S. Consulate in Matamoros
// ordered its staff to shelter in place").
func withoutIssuerSeat(c *reportCtx, s *sentInfo, places []placeRef) []placeRef {
	if len(places) < 2 || !advisoryIssuers.in(c.text.Folded[s.fStart:s.fEnd]) {
		return places
	}
	return placesBut(places, func(p placeRef) bool { return issuerSeat(c, s, p) })
}

// issuerSeat reports whether place p of sentence s follows the name of a
// consulate or an embassy: "Consulate General in", "Consulate General"
// bare (a title's "U.S. Consulate General Guadalajara"), "Consulado
// General de Estados Unidos en", "Embajada ... en".
func issuerSeat(c *reportCtx, s *sentInfo, p placeRef) bool {
	if p.start <= s.start || p.start > s.end {
		return false
	}
	before := strings.TrimRight(c.plain.Sub(max(s.start, p.start-48), p.start).Folded, " ")
	before = strings.TrimSuffix(strings.TrimSuffix(before, " in"), " en")
	for _, w := range [...]string{"consulate", "consulate general", "consulado", "consulado general", "embassy", "embajada",
		"consulado de estados unidos", "consulado general de estados unidos", "consulado de eu", "consulado general de eu", "consulado de ee.uu.", "embajada de estados unidos"} {
		if strings.HasSuffix(before, " "+w) || before == w {
			return true
		}
	}
	return false
}
