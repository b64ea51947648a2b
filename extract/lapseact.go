package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/toll"
)

// Acts told in a sentence of their own after an act of the same kind
// (art19: gold incidents with no incident found, family "a second act of
// the same kind in its own sentence"). A typed sentence with no place of
// its own joined the act before it as its detail; one that opens with a
// lapse from that act and has new people as its subject tells another.

// lapseAct reports whether a sentence of type typ whose folded words
// before its deciding cue are f tells another act than the one just told
// (of type last; both violent, neither an arrest): f opens with a lapse of hours or a later part of the
// day, set off by a comma ("Horas antes, hacia las 14:10 horas,", "Ya
// entrada la noche,", "El mismo viernes, pero en la colonia Xochimilco,",
// "Horas después, la mañana del viernes,"), and the clause after the last
// comma has an indefinite subject ("dos jóvenes fueron", "un taxista de
// 52 años fue", "hombres armados"), or, when that clause is only a
// passive's auxiliary ("fue", "fueron localizados los": auxOnly), inverted reports that the
// subject after the cue is one ("fue localizado el cadáver de otro
// hombre": subjectAfterCue). A subject that names the act's people
// again ("el comerciante", "uno de los heridos") is the act told before,
// and so is a lapse of minutes (the act going on). A bare part of the day
// opens a lapse after an act whose sentence, prev (folded), opened with
// an earlier one ("Por la mañana, …; por la tarde, un grupo armado …":
// laterPart).
func lapseAct(f, prev string, inverted func() bool, last, typ model.IncidentType) bool {
	if !last.Violent() || !typ.Violent() || last == model.SecurityOperation || typ == model.SecurityOperation {
		return false // (arrests hours later: splitArrests and groundAct read them)
	}
	f = trimLeftSet(f, " \"'«“-—")
	// The opener, up to the first comma, decides most sentences: it is
	// read before the last comma is searched for in the whole clause.
	i := strings.Index(f, ", ")
	if i < 0 || !lapseOpener(f[:i]) && !laterPart(f[:i], prev) {
		return false
	}
	k := strings.LastIndex(f, ", ")
	if k <= 0 {
		return false
	}
	head, subj := f[:k], f[k+2:]
	pieces := strings.Split(head, ", ") // pieces[0] is f[:i], the opener
	for _, p := range pieces[1:] {
		if !lapseAside(p) {
			return false
		}
	}
	if indefiniteSubject(subj) {
		return true
	}
	return auxOnly(subj) && inverted()
}

// colonLapse reports whether folded sentence f, of type typ and told
// after an act of type last (both violent, neither an arrest), tells
// another act after a colon: the clause after it opens with a lapse or a
// part of the day set off by a comma (lapseOpener, framedOpener), and,
// past the phrases that tell when or where (lapseAside), its subject is
// indefinite: "Fue el segundo bloqueo del día en esa vía: durante la
// madrugada, otro grupo quemó un tráiler", "El ataque fue el segundo de
// la jornada: por la tarde de ayer, hombres armados dispararon contra
// los empleados de un autolavado" (recall29). The frame before the
// colon holds the sentence's first cue, so lapseAct, which reads the
// words before it, does not see the clause.
func colonLapse(f string, last, typ model.IncidentType) bool {
	if !last.Violent() || !typ.Violent() || last == model.SecurityOperation || typ == model.SecurityOperation {
		return false
	}
	j := strings.Index(f, ": ")
	if j < 0 {
		return false
	}
	rest := f[j+2:]
	i := strings.Index(rest, ", ")
	if i < 0 {
		return false
	}
	if !lapseOpener(rest[:i]) && !framedOpener(rest[:i]) {
		// "Es el segundo hallazgo de la semana en el municipio: el lunes
		// por la mañana, tres hombres maniatados fueron localizados",
		// "El ataque fue el segundo en la colonia: el lunes, sujetos
		// armados dispararon": a frame that counts the act told as one
		// more of its kind, then a day, tells the earlier one (recall30).
		return ordinalFrame(f[:j]) && dayOpener(rest[:i]) && !strings.HasPrefix(rest[i+2:], "uno ")
	}
	for rest = rest[i+2:]; ; {
		p, after, more := strings.Cut(rest, ", ")
		if !more || !lapseAside(p) {
			return indefiniteSubject(p)
		}
		rest = after
	}
}

// ordinalFrame reports whether folded words f, a frame before a colon,
// count the act a report told as one more of its kind: "es el segundo
// crimen en esa colonia en una semana", "el ataque fue el tercero del
// mes", "it was the second killing on the street this week".
func ordinalFrame(f string) bool {
	var buf [16]string
	for _, w := range appendFields(buf[:0], f, 16) {
		switch w {
		case "segundo", "segunda", "tercer", "tercero", "tercera", "cuarto", "cuarta", "second", "third", "fourth":
			return true
		}
	}
	return false
}

// dayOpener reports whether folded words p, the opening phrase of a
// clause after a frame's colon, name a day and at most its part: "el
// lunes", "el sábado pasado", "la noche del domingo", "el martes por la
// tarde", "ayer", "on Monday night".
func dayOpener(p string) bool {
	var buf [8]string
	ws := appendFields(buf[:0], p, 8)
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	day := false
	for _, w := range ws {
		if _, ok := timeWords[w]; !ok {
			return false
		}
		day = day || weekdayWord(w) || w == "ayer" || w == "anoche" || w == "anteayer" || w == "antier" || w == "yesterday"
	}
	return day
}

// laterPart reports whether folded words p, a sentence's opener, name a
// part of the day later than the one that opens folded sentence prev
// ("por la tarde" after "Por la mañana, un tractocamión fue incendiado",
// "in the evening" after "In the morning, ..."): the day told part by
// part, each part its own act.
func laterPart(p, prev string) bool {
	at := dayPartOrder(p)
	if at < 0 {
		return false
	}
	k := strings.Index(prev, ", ")
	if k < 0 {
		return false
	}
	before := dayPartOrder(trimLeftSet(prev[:k], " \"'«“-—"))
	return before >= 0 && before < at
}

// dayPartOrder returns the place in the day of the part that folded words
// p name, told as "por la X", "en la X", "durante la X" or "in the X"
// (madrugada 0, mañana 1, tarde 2, noche 3), or -1.
func dayPartOrder(p string) int {
	var buf [4]string
	ws := appendFields(buf[:0], p, 4)
	if len(ws) != 3 || !(ws[1] == "la" || ws[1] == "the") {
		return -1
	}
	switch ws[0] {
	case "por", "en", "durante", "in":
	default:
		return -1
	}
	switch ws[2] {
	case "madrugada":
		return 0
	case "manana", "morning":
		return 1
	case "tarde", "afternoon":
		return 2
	case "noche", "evening", "night":
		return 3
	}
	return -1
}

// auxOnly reports whether folded words p, a clause's words before its
// act's cue, are none or only a passive's auxiliary (passiveAux) or an
// impersonal "se" and its verb, the participles after it and an
// article, the verb's subject told after the cue ("fue", "fueron
// localizados los", "se encontró el", "was").
func auxOnly(p string) bool {
	var buf [4]string
	ws := appendFields(buf[:0], p, 4)
	if len(ws) == 0 {
		return true // the cue opens the clause ("fue privado de la vida")
	}
	if len(ws) > 3 || ws[0] != "se" && !passiveAux.in(" "+ws[0]+" ") {
		return false
	}
	for k, w := range ws[1:] {
		switch {
		case w == "el" || w == "los" || w == "la" || w == "las":
		case participle(w), k == 0 && ws[0] == "se":
		default:
			return false
		}
	}
	return true
}

// lapseOpener reports whether folded words p, a sentence's opening
// phrase, put it hours or a part of the day away from the act told
// before: "horas antes", "unas tres horas después", "ya entrada la
// noche", "al caer la tarde", "el mismo viernes", "esa misma noche",
// "hours earlier".
func lapseOpener(p string) bool {
	var buf [8]string
	ws := appendFields(buf[:0], p, 8)
	n := len(ws)
	if n == 0 || n > 6 {
		return false
	}
	switch {
	case n >= 2 && ws[0] == "ya" && (ws[1] == "entrada" || ws[1] == "de" || ws[1] == "por"):
		// "ya entrada la noche", "ya de noche", "ya por la tarde"
		return partOfDay(ws[n-1])
	case n == 3 && (ws[0] == "el" || ws[0] == "ese") && ws[1] == "mismo" && (timeWords[ws[2]] || ws[2] == "dia"):
		return true
	case n == 3 && ws[0] == "esa" && ws[1] == "misma" && partOfDay(ws[2]):
		return true
	case n == 3 && ws[0] == "later" && ws[1] == "that" && partOfDay(ws[2]):
		return true
	case n == 4 && ws[0] == "al" && ws[1] == "caer" && nightfall(" "+ws[2]+" "+ws[3]):
		return true // "al caer la tarde", "al caer la noche" (recall27)
	case n >= 2 && ws[0] == "mas" && ws[1] == "temprano":
		// "Más temprano,", "Más temprano ese mismo día," (recall29)
		return true
	case n >= 2 && (ws[0] == "earlier" || ws[0] == "later") && (ws[1] == "on" || ws[1] == "in" || timeWords[ws[1]]):
		// "Earlier on Friday,", "Earlier in the day,", "Later on
		// Saturday," (recall29), as "later that night"
		return true
	case n >= 2 && ws[0] == "earlier" && ws[1] == "that":
		return true // "Earlier that day,"
	case n == 2 && (ws[0] == "shortly" || ws[0] == "soon") && (ws[1] == "afterwards" || ws[1] == "afterward" || ws[1] == "after"):
		return true // "shortly afterwards" (second29)
	case n == 3 && ws[0] == "al" && ws[1] == "dia" && ws[2] == "siguiente", n == 3 && ws[0] == "the" && (ws[1] == "next" || ws[1] == "following") && ws[2] == "day":
		return true // "Al día siguiente,", "The next day," (recall30)
	}
	end := ws[n-1]
	if !(end == "antes" || end == "despues" || end == "earlier" || end == "later" || end == "before" || n >= 2 && end == "tarde" && ws[n-2] == "mas") {
		return false
	}
	unit := false
	for _, w := range ws[:n-1] {
		switch w {
		case "hora", "horas", "hour", "hours", "dia", "dias", "day", "days":
			unit = true // "Un día después," "A day later," (recall30), as "Horas antes,"
		case "mas", "unas", "una", "poco", "de", "casi", "cerca", "alrededor", "y", "media", "about", "some", "a", "few", "several", "varias", "pocas":
		default:
			if _, ok := toll.Number(w); !ok {
				return false // "minutos después", "los vecinos dijeron que horas después"
			}
		}
	}
	return unit
}

// dayLapse returns the days from the act told before to the act of a
// sentence whose folded words before its cue are f, when f opens with a
// lapse of days set off by a comma: "Un día después," 1, "Al día
// siguiente," 1, "A day later," 1, "Dos días antes," -2, "The day
// before," -1; 0 for any other opener (recall30: the act lapseAct reads
// as another is dated by the lapse, not by the sentence it follows).
func dayLapse(f string) int {
	var buf [5]string
	ws, ok := commaHead(f, buf[:0])
	if !ok || len(ws) < 2 || len(ws) > 4 {
		return 0
	}
	switch strings.Join(ws, " ") {
	case "al dia siguiente", "the next day", "the following day":
		return 1
	case "the day before", "a day before", "a day earlier", "the previous day":
		return -1
	}
	if len(ws) != 3 || !(ws[1] == "dia" || ws[1] == "dias" || ws[1] == "day" || ws[1] == "days") {
		return 0
	}
	n, ok := toll.Number(ws[0])
	if ws[0] == "a" {
		n, ok = 1, true
	}
	if !ok || n < 1 || n > 3 {
		return 0
	}
	switch ws[2] {
	case "despues", "later", "after":
		return n
	case "antes", "earlier", "before":
		return -n
	}
	return 0
}

// lapseAside reports whether folded words p, a phrase between a lapse
// opener and the clause's subject, tell when or where ("la mañana del
// viernes", "hacia las 14:10 horas", "pero en la colonia Xochimilco").
func lapseAside(p string) bool {
	w, _, _ := strings.Cut(p, " ")
	switch w {
	case "la", "el", "hacia", "alrededor", "cerca", "poco", "a", "por", "pero", "en", "at", "around", "on", "in", "near":
		return strings.Count(p, " ") < 10
	}
	return false
}

// indefiniteSubject reports whether folded words p, a clause's words
// before its act's cue, open with a subject the text has not named yet:
// an indefinite article or a number ("un taxista", "dos jóvenes"), or a
// bare plural of attackers ("hombres armados").
func indefiniteSubject(p string) bool {
	w, _, _ := strings.Cut(p, " ")
	switch w {
	case "un", "una", "unos", "unas", "otro", "otra", "hombres", "sujetos", "desconocidos", "pistoleros",
		"a", "an", "another", "gunmen", "men", "assailants":
		return true
	case "uno", "one":
		return false // "uno de los heridos"
	}
	_, ok := toll.Number(w)
	return ok
}

// framedOpener reports whether folded words p, the opening phrase of a
// clause after a frame's colon ("Fue el segundo ataque del día:"), name
// a part of the day: "por la tarde de ayer", "durante la madrugada", "in
// the morning" (recall29).
func framedOpener(p string) bool {
	var buf [8]string
	ws := appendFields(buf[:0], p, 8)
	n := len(ws)
	if n < 3 || n > 6 {
		return false
	}
	switch ws[0] {
	case "por", "en", "durante", "in", "during":
	default:
		return false
	}
	return (ws[1] == "la" || ws[1] == "el" || ws[1] == "the") && partOfDay(ws[2])
}

// partOfDay reports whether folded word w names a part of the day.
func partOfDay(w string) bool {
	switch w {
	case "manana", "tarde", "noche", "madrugada", "mediodia", "morning", "afternoon", "evening", "night", "day":
		return true
	}
	return false
}

// lapsedAct reports whether sentence s names its act by a definite noun
// whose clause sets it apart in time from the act told before it
// (lapsedClause): another act, not the one told again.
func (c *reportCtx) lapsedAct(s *sentInfo) bool {
	return s.anaphoric && s.cuePos > s.start && lapsedClause(c.plain.Sub(s.cuePos, s.end).Folded)
}

// lapsedClause reports whether folded f, a sentence from its act noun on,
// sets the act apart in time from the one told before by a participle
// clause between commas that holds a lapse: "el ataque contra la fiesta
// familiar de la colonia …, ocurrido dos horas y media después, …",
// "the attack on a workshop, which took place an hour later, …". An act
// told again with its hour ("El ataque, ocurrido alrededor de las 21:30
// horas, …") holds none.
func lapsedClause(f string) bool {
	i := strings.Index(f, ", ")
	if i < 0 {
		return false
	}
	rest := f[i+2:]
	j := strings.Index(rest, ",")
	if j < 0 {
		return false
	}
	clause := rest[:j]
	for _, m := range [...]string{"ocurrido ", "ocurrida ", "registrado ", "registrada ", "perpetrado ", "perpetrada ", "cometido ", "cometida ", "which took place ", "which happened ", "that took place "} {
		if p, ok := strings.CutPrefix(clause, m); ok {
			return lapseOpener(p)
		}
	}
	return false
}
