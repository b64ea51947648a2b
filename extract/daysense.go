package extract

import "strings"

// dayJornada reports whether the word at folded offsets [at, end) of f is
// "jornada" told as a day, not as a round of a sports league: "durante la
// jornada de este lunes", "la jornada del sábado", "en la jornada de
// ayer", "jornada sabatina". A round is numbered ("la jornada 12") or
// named by its league, so a day word after it, or "durante la" before it
// with no number after, makes it a day.
func dayJornada(f string, at, end int) bool {
	if f[at:end] != "jornada" {
		return false
	}
	rest := strings.Fields(f[end:min(len(f), end+40)])
	if len(rest) > 0 && rest[0] != "" && rest[0][0] >= '0' && rest[0][0] <= '9' {
		return false // "jornada 12"
	}
	for len(rest) > 0 {
		switch strings.Trim(rest[0], ",.;:") {
		case "de", "del", "este", "esta", "el", "la", "pasado":
			rest = rest[1:]
			continue
		}
		break
	}
	if len(rest) > 0 {
		switch strings.Trim(rest[0], ",.;:") {
		case "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
			"ayer", "hoy", "anoche", "sabatina", "dominical", "manana", "tarde", "noche", "madrugada":
			return true
		}
	}
	before := f[max(0, at-12):at]
	return strings.HasSuffix(before, "durante la ") || strings.HasSuffix(before, "durante esta ")
}

// datedClause reports whether c is a headline of two sentences whose
// second only dates the first: it tells no act and holds a time ("Riña
// deja un herido en Tolcayuca; ocurrió la madrugada del lunes"). Such a
// headline is read as one sentence for an act told only by its toll.
func datedClause(c *reportCtx) bool {
	if len(c.sents) != 2 {
		return false
	}
	s := &c.sents[1]
	if s.typ != "" || s.question || s.suppressed || len(strings.Fields(c.r.Text[s.start:s.end])) > 8 {
		return false
	}
	for _, t := range c.times {
		if t.start >= s.start && t.start < s.end {
			return true
		}
	}
	return false
}

// timeless returns text without the time expressions times found in it
// (original offsets, in order) and the words that lead into them ("el día
// de", "durante la jornada de", "la tarde-noche de"), for the headline
// reader: a headline's day tells when, not whether ("Hombres armados
// allanan vivienda en Emiliano Zapata el día de ayer" tells what it tells
// without "el día de ayer").
func timeless(text string, times []timeExpr) string {
	if len(times) == 0 {
		return text
	}
	var b strings.Builder
	at := 0
	for _, t := range times {
		if t.start < at || t.end > len(text) || t.start >= t.end {
			continue
		}
		b.WriteString(timeLeadTrimmed(text[at:t.start]))
		b.WriteByte(' ')
		at = t.end
	}
	b.WriteString(text[at:])
	return strings.Join(strings.Fields(b.String()), " ")
}

// timeLeadTrimmed returns s without the words at its end that lead into a
// time expression right after it.
func timeLeadTrimmed(s string) string {
	for {
		t := strings.TrimRight(s, " -")
		if t == "" {
			return t
		}
		i := strings.LastIndexAny(t, " -") + 1
		switch strings.ToLower(t[i:]) {
		case "el", "la", "los", "las", "del", "de", "en", "durante", "desde", "jornada", "día", "dia",
			"tarde", "noche", "mañana", "manana", "madrugada", "este", "esta", "pasado", "pasada":
			s = t[:i]
			continue
		}
		return s
	}
}

// bodyFoundPassive returns the patterns of a body found told in the
// passive, its noun first and what marks it between ("Cuerpo con huellas
// de violencia es hallado este lunes en un canal", "Cadáveres en
// descomposición fueron localizados"): the lexicon reads "cuerpo hallado"
// and "hallan un cuerpo", not the noun and the participle apart. A
// corps ("cuerpo de bomberos") takes no such participle.
func bodyFoundPassive() string {
	var b strings.Builder
	marks := []string{"", "sin vida", "con huellas de violencia", "con signos de violencia", "con huellas de tortura",
		"con signos de tortura", "con impactos de bala", "con impactos de arma de fuego", "con disparos",
		"en estado de descomposicion", "en descomposicion", "semienterrado", "semienterrados", "maniatado", "maniatados",
		"embolsado", "embolsados", "encobijado", "encobijados", "calcinado", "calcinados", "putrefacto"}
	joinPats(&b, []string{"cuerpo", "cadaver"}, marks, []string{"es", "fue"}, []string{"hallado", "localizado", "encontrado", "descubierto"})
	joinPats(&b, []string{"cuerpos", "cadaveres"}, marks, []string{"son", "fueron"}, []string{"hallados", "localizados", "encontrados", "descubiertos"})
	return b.String()
}

// statedDay reports whether the time expression t of text is told right
// before a statement's verb, so dating the statement rather than an act
// ("the ministry on Saturday denied reports of a roadblock on Friday
// night", "la fiscalía este lunes informó"). A day said after the verb
// ("informó este sábado", saidOn) is left to the nearness of the act, as
// before.
func statedDay(text string, t *timeExpr) bool {
	if t.end >= len(text) {
		return false
	}
	ws := strings.Fields(text[t.end:min(len(text), t.end+24)])
	if len(ws) == 0 || strings.ContainsAny(text[t.end:t.end+strings.Index(text[t.end:], ws[0])], ",;:.") {
		return false
	}
	switch strings.ToLower(strings.Trim(ws[0], ",.;:")) {
	case "said", "denied", "reported", "announced", "confirmed", "stated", "told", "warned", "rejected",
		"informó", "informaron", "dijo", "dijeron", "negó", "negaron", "desmintió", "desmintieron", "aseguró", "aseguraron",
		"confirmó", "confirmaron", "reportó", "reportaron", "señaló", "señalaron", "indicó", "declaró", "anunció", "anunciaron":
		return true
	}
	return false
}
