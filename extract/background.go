package extract

import "strings"

// commonWords, right after an act noun's phrase, make the acts a kind
// grown common ("drone attacks on villages have become frequent", "las
// extorsiones se han vuelto comunes", "Drone attacks have been recorded
// repeatedly in the region", "Drone attacks in Tierra Caliente continue to
// target security forces"): background, no act of the report.
var commonWords = []string{"have become frequent", "has become frequent", "have become more frequent", "has become more frequent",
	"have become common", "has become common", "have become commonplace", "has become commonplace", "have become routine",
	"has become routine", "are increasingly common", "have grown more frequent", "se han vuelto frecuentes", "se han vuelto comunes",
	"se han vuelto cotidianos", "se han vuelto cotidianas", "have become a common", "has become a common", "have become a regular",
	"has become a regular", "have been recorded repeatedly", "have been reported repeatedly", "have been recorded frequently",
	"have been reported frequently", "continue to target", "continue to hit", "continue to strike", "se han vuelto recurrentes",
	"se han vuelto habituales", "se han registrado de manera recurrente", "se registran de manera recurrente",
	"son cada vez mas frecuentes", "son cada vez mas comunes", "siguen siendo frecuentes"}

// becameCommon reports whether the act noun ending at folded end is the
// subject of a verb of becoming common (commonWords) in its clause, which
// ends at hi or at the first comma or semicolon.
func becameCommon(found *cueHits, f string, end, hi int) bool {
	if !found.any(cueBecome, f, end, hi) {
		return false
	}
	rest := f[end:hi]
	if k := strings.IndexAny(rest, ",;"); k >= 0 {
		rest = rest[:k]
	}
	return containsAny(rest, commonWords...)
}
