package extract

import "strings"

// extortionDemand reports whether the protest word at folded f[start:end]
// ("exigían", "demanding") demands money under threat, not a claim: a
// quota, a floor fee, a ransom or protection money within the next six
// words ("sujetos que les exigían el pago de una cuota", "men demanding
// weekly protection payments"), or money demanded of someone named by a
// pronoun before the verb ("le exigieron dinero"). Protesters demand
// wages or justice ("para exigir el pago de quincenas atrasadas").
func extortionDemand(f string, start, end, stop int) bool {
	var buf [6]string
	ws := appendFields(buf[:0], f[end:min(stop, end+80)], 6)
	pronoun := strings.HasSuffix(f[:start], " le ") || strings.HasSuffix(f[:start], " les ") || strings.HasPrefix(f[start:end], "exigirle")
	for _, w := range ws {
		w = strings.TrimRight(w, ".,;:")
		switch w {
		case "cuota", "cuotas", "piso", "rescate", "extorsion", "protection", "quota", "quotas", "ransom", "extortion":
			return true
		case "dinero", "money":
			if pronoun {
				return true
			}
		}
	}
	return false
}

// nightfall reports whether folded words f, those after "al caer", name
// the end of the day ("al caer la tarde", "al caer la noche", "al caer el
// sol"): a time of the day, not a fall.
func nightfall(f string) bool {
	for _, w := range []string{" la tarde", " la noche", " el sol", " el dia"} {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}

// noticeAudience reports whether the protest word at folded offset at
// (teachers, "docentes", "maestros") is among those a notice addresses:
// within the sixty bytes before it and after lo, a verb of informing
// followed by "a" ("informa a madres y padres de familia, docentes y
// alumnos que ...") or "padres de familia" listed before it. A school's
// notice of classes suspended speaks to teachers; teachers who block a
// road are the protest.
func noticeAudience(f string, at, lo int) bool {
	w := f[max(at-60, lo):at]
	for _, m := range []string{"informa a ", "informan a ", "comunica a ", "comunican a ", "avisa a ", "notifica a ", "padres de familia, ", "padres de familia y "} {
		if strings.Contains(w, m) {
			return true
		}
	}
	return false
}
