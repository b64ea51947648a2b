package extract

// Acts told as what an authority also investigates (recall29): "La
// Fiscalía investiga igualmente el homicidio de dos hombres … en un
// autolavado …, ocurridos la tarde del mismo viernes" after a bar attack,
// "Prosecutors also opened an investigation into an arson attack on a
// tortilla shop" after a shooting. The sentence names another act, not
// the one told.

// alsoInvestigated reports whether folded words f, a sentence's words
// before its act's cue, end with an authority's investigation of
// another act: an investigating verb and "también", "igualmente",
// "además" or "also" next to it, then the article of the act's noun
// ("investiga también el", "también abrió una carpeta por el", "also
// opened an investigation into an", "is also investigating the"). "La
// Fiscalía investiga también el móvil del homicidio" ends with "del",
// the act told named again.
func alsoInvestigated(f string) bool {
	// The last word of f, lastClause's last, checked before the clause
	// is cut and split.
	switch lastWord(f) {
	case "el", "la", "los", "las", "un", "una", "a", "an", "the":
	default:
		return false
	}
	var buf [8]string
	ws := tailFields(buf[:0], lastClause(f), 8)
	n := len(ws)
	if n < 3 {
		return false
	}
	also, probe := false, false
	for _, w := range ws[:n-1] {
		switch w {
		case "tambien", "igualmente", "ademas", "also":
			also = true
		case "investiga", "investigan", "indaga", "indagan", "investigating", "investigation", "investigations", "probe", "probing":
			probe = true
		case "carpeta", "carpetas":
			probe = true // "abrió también una carpeta de investigación por el"
		}
	}
	return also && probe
}
