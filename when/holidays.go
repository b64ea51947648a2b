package when

import "time"

// holiday matches a holiday of a fixed date at token i ("Nochebuena",
// "Navidad", "Año Nuevo", "el Día de las Madres", "Día de Muertos", "la
// noche del Grito", "Christmas Eve", "New Year's Day") and returns its
// month, day and the token after it. "Fin de año" counts only after
// "noche de" ("la noche de fin de año"), "Año Nuevo" only after "en",
// "de" or "del": elsewhere they name a season or the new year.
func (s *scan) holiday(i int) (time.Month, int, int, bool) {
	switch s.w(i) {
	case "nochebuena":
		if s.w(i-2) != "flor" { // "flor de nochebuena", the plant
			return time.December, 24, i + 1, true
		}
	case "navidad":
		// "en Navidad", "el día de Navidad", not "la cena de Navidad"
		// (as often the 24th's) nor "adornos de Navidad".
		if s.w(i-1) == "en" || s.w(i-1) == "de" && (s.w(i-2) == "dia" || s.w(i-2) == "visperas" || s.w(i-2) == "vispera") {
			return time.December, 25, i + 1, true
		}
	case "nochevieja":
		return time.December, 31, i + 1, true
	case "halloween":
		return time.October, 31, i + 1, true
	case "grito":
		// "la noche del Grito", "la ceremonia del Grito", not "el grito
		// de una mujer".
		switch s.w(i - 2) {
		case "noche", "ceremonia", "dia", "festejos", "fiestas", "celebracion":
			if s.w(i-1) == "del" {
				return time.September, 15, i + 1, true
			}
		}
	case "christmas":
		if s.is(i+1, "eve") {
			return time.December, 24, i + 2, true
		}
		if s.is(i+1, "day") {
			return time.December, 25, i + 2, true
		}
		if s.w(i-1) == "on" || s.w(i-1) == "at" {
			return time.December, 25, i + 1, true // "on Christmas", not "Christmas lights"
		}
	case "new":
		if s.is(i+1, "year") && s.is(i+2, "s") {
			if s.is(i+3, "eve") {
				return time.December, 31, i + 4, true
			}
			if s.is(i+3, "day") {
				return time.January, 1, i + 4, true
			}
		}
	case "ano":
		if s.is(i+1, "nuevo") && (s.w(i-1) == "en" || s.w(i-1) == "de" || s.w(i-1) == "del") {
			return time.January, 1, i + 2, true
		}
	case "fin":
		if s.is(i+1, "de") && s.is(i+2, "ano") && !s.is(i+3, "escolar", "fiscal") && s.w(i-1) == "de" && s.w(i-2) == "noche" {
			return time.December, 31, i + 3, true
		}
	case "dia":
		if !s.is(i+1, "de") {
			break
		}
		switch {
		case s.is(i+2, "las") && s.is(i+3, "madres"):
			return time.May, 10, i + 4, true
		case s.is(i+2, "muertos"):
			return time.November, 2, i + 3, true
		case s.is(i+2, "los") && s.is(i+3, "muertos"):
			return time.November, 2, i + 4, true
		case s.is(i+2, "reyes"):
			return time.January, 6, i + 3, true
		case s.is(i+2, "la") && s.is(i+3, "independencia"):
			return time.September, 16, i + 4, true
		}
	}
	return 0, 0, 0, false
}
