package extract

import "strings"

// armedOwnClause reports whether the cue c is told in a clause of its own,
// bounded by commas, semicolons or colons within the folded sentence [lo,
// hi), that names an armed doer or a shooting (armedWords) and holds none of
// the protest, roadwork or parade words starting at nonAt but as a setting
// ("durante el desfile"). Such an act is not the protest's: "En el tramo
// donde se realizaban trabajos de mantenimiento, hombres armados
// atravesaron dos tractocamiones", "en protesta por el asesinato de un
// conductor, quien fue atacado a balazos", "fue atacado a balazos durante
// el desfile". A protest's own road block stays one: "Maestros bloquearon
// la avenida para exigir el pago de bonos".
func armedOwnClause(f string, c cueHit, nonAt []int, lo, hi int) bool {
	cs, ce := lo, hi
	if k := strings.LastIndexAny(f[lo:c.fStart], ",;:"); k >= 0 {
		cs = lo + k + 1
	}
	if k := strings.IndexAny(f[c.fEnd:hi], ",;:"); k >= 0 {
		ce = c.fEnd + k
	}
	for _, at := range nonAt {
		if at >= cs && at < ce && !hasAnySuffix(f[cs:at], "durante el ", "durante la ", "durante un ", "durante una ", "during the ", "during a ") {
			return false
		}
	}
	return armedWords.in(f[cs:ce])
}

// armedWords name an armed doer or a shooting (armedOwnClause).
var armedWords = newNeedles("armad", "a balazos", "a tiros", "balead", "acribill", "dispar", "arma de fuego", "armas de fuego", "gunmen", "gunman", "armed", "opened fire", "shot")
