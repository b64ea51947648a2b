package extract

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/atalaya/atalaya/fold"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/toll"
)

// laterOpeners open a sentence that tells what happened some minutes or
// hours after the act just told ("Horas más tarde, ...", "Later that
// morning, ..."), folded.
var laterOpeners = []string{
	"horas mas tarde", "horas despues", "minutos despues", "minutos mas tarde",
	"mas tarde", "poco despues", "momentos despues", "posteriormente",
	"hours later", "minutes later", "later", "shortly after", "afterwards", "moments later",
	// a later part of the same day (multi10)
	"por la noche", "por la tarde", "esa misma noche", "esa noche", "esa misma tarde", "esa tarde",
	"that night", "that evening", "that afternoon",
}

// laterAct reports whether a sentence whose folded words before its cue
// are f tells another act than the last one told (of type last): it opens
// with a later moment of the same day ("Horas más tarde, en la misma
// ciudad, desconocidos incendiaron una camioneta", "Later that morning,
// burning vehicles blocked two avenues") and its act is of another kind
// (a burning after a shooting, a shooting after a burning). A death or a
// toll told later ("Minutos después murió uno de los heridos") is the
// first act's: only the kinds differ.
func laterAct(f string, last, typ model.IncidentType) bool {
	if burning(last) == burning(typ) || !(burning(last) || shooting(last)) || !(burning(typ) || shooting(typ)) {
		return false
	}
	f = strings.TrimLeft(f, " \"'«“-—")
	for _, o := range laterOpeners {
		if strings.HasPrefix(f, o) && (len(f) == len(o) || !isWord(f[len(o)])) {
			return true
		}
	}
	return false
}

// laterLapse reports whether folded words f, a sentence's words before
// its cue, open with a lapse of hours and a comma ("About two and a half
// hours later, men on a motorcycle shot at ...", "Poco más de una hora
// después, otro grupo ..."): the act told next came hours after the one
// told before it. A lapse of minutes may be the same act going on.
func laterLapse(f string) bool {
	f = strings.TrimLeft(f, " \"'«“-—")
	k := strings.IndexByte(f, ',')
	if k < 0 {
		return false
	}
	var buf [8]string
	ws := appendFields(buf[:0], f[:k], 8)
	n := len(ws)
	if n < 2 || n > 7 {
		return false
	}
	switch {
	case ws[n-1] == "despues" || ws[n-1] == "later":
	case ws[n-1] == "tarde" && ws[n-2] == "mas":
	default:
		return false
	}
	unit := false
	for _, w := range ws[:n-1] {
		switch w {
		case "hora", "horas", "hour", "hours":
			unit = true
		case "about", "around", "some", "roughly", "nearly", "almost", "over", "more", "than", "less", "just", "a", "an", "and", "half",
			"poco", "mas", "menos", "de", "cerca", "unas", "una", "casi", "apenas", "alrededor", "y", "media":
		default:
			if _, ok := toll.Number(w); !ok {
				return false // "los vecinos dijeron que tres horas después,"
			}
		}
	}
	return unit
}

// hoursApart reports whether sentence s opens with a clock time (after at
// most an adverb: dayOpeners) gap or more away from the clock time of
// the act last tells ("Hacia las 22:40 horas ... se enfrentaron ... Y
// alrededor de las 13:00 horas de este sábado, un agente fue asesinado",
// three hours for a shooting): another act, whatever the days told
// between them.
func (e *Extractor) hoursApart(c *reportCtx, last *draft, s *sentInfo, gap time.Duration) bool {
	clock := func(t *timeExpr) bool {
		return !t.historic && !t.bare && !t.t.IsZero() && (t.prec == model.TimeMinute || t.prec == model.TimeHour)
	}
	var open *timeExpr
	sameDay := false // the clock's day is only the resolver's guess
	for k := range s.times {
		t := &s.times[k]
		if !clock(t) {
			continue
		}
		if t.start-s.start <= 4 || dayOpeners(c.r.Text[s.start:t.start]) || t.start-s.start <= 64 && timedOpener(c, s, t) {
			open = t
			break
		}
		if t.start-s.start <= 64 && partOpener(c.plain.Sub(s.start, t.start).Folded) {
			// "Por la noche, alrededor de las 22:40 horas": a part of
			// the day names no day, so the clock tells another act only
			// within the day of the act before (a clock read on another
			// day is the resolver's, from the publication).
			open, sameDay = t, true
			break
		}
	}
	if open == nil {
		return false
	}
	for _, j := range last.sents {
		if j < 0 || j >= len(c.sents) {
			continue
		}
		for k := range c.sents[j].times {
			if t := &c.sents[j].times[k]; clock(t) {
				d := open.t.Sub(t.t)
				if sameDay && (d >= 24*time.Hour || d <= -24*time.Hour) {
					return false
				}
				return d >= gap || d <= -gap
			}
		}
	}
	return false
}

// partOpener reports whether folded words f, a sentence's words before
// its clock time, are a part of the day set off by a comma ("Por la
// tarde, alrededor de las 18:30 horas", "In the evening, at about 6:30
// p.m.", "Ya por la noche, hacia las 23:00", "Más tarde, alrededor de las
// 08:00", "Later, at around 9 p.m.", "Posteriormente, a las 15:20"): the
// clock opens the sentence all the same.
func partOpener(f string) bool {
	f = strings.TrimSpace(f)
	head, rest, ok := strings.Cut(f, ",")
	if !ok || strings.TrimSpace(rest) != "" && !approximate(strings.TrimSpace(rest)) {
		return false
	}
	var buf [6]string
	ws := appendFields(buf[:0], head, 6)
	if len(ws) == 0 || len(ws) > 5 || !partOfDay(ws[len(ws)-1]) && !(len(ws) == 1 && laterWord(ws[0])) {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		switch w {
		case "ya", "y", "pero", "por", "en", "durante", "la", "el", "esa", "esta", "misma", "mas", "al", "caer",
			"and", "but", "then", "in", "during", "the", "that", "same", "later", "early", "late":
		default:
			return false
		}
	}
	return true
}

// laterWord reports whether folded word w alone tells a later moment
// ("Posteriormente, a las 15:20 horas", "Afterwards, at about 4 p.m."):
// partOpener.
func laterWord(w string) bool {
	switch w {
	case "later", "afterwards", "afterward", "subsequently", "posteriormente", "despues", "luego", "enseguida":
		return true
	}
	return false
}

// timedOpener reports whether sentence s opens with another time
// expression set off by a comma before clock t ("Anoche, alrededor de las
// 22:30", "La noche del sábado, hacia las 22:00 horas", "El domingo, a
// las 18:30"): the day, then the clock, open the sentence. A part of the
// day placed on the publication day (bare) names no day: partOpener.
func timedOpener(c *reportCtx, s *sentInfo, t *timeExpr) bool {
	for k := range s.times {
		o := &s.times[k]
		if o == t || o.bare || o.end > t.start || o.start-s.start > 4 {
			continue
		}
		between := strings.TrimSpace(c.plain.Sub(o.end, t.start).Folded)
		if rest, ok := strings.CutPrefix(between, ","); ok && approximate(strings.TrimSpace(rest)) {
			return true
		}
	}
	return false
}

// approximate reports whether folded words f are what may stand before a
// clock time to say it is near ("alrededor de las", "at about", "hacia
// las", "cerca de las", "a las").
func approximate(f string) bool {
	var buf [5]string
	ws := appendFields(buf[:0], f, 5)
	if len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		switch w {
		case "alrededor", "cerca", "hacia", "de", "a", "las", "la", "poco", "antes", "despues", "aproximadamente",
			"at", "about", "around", "approximately", "shortly", "before", "after", "nearly", "just":
		default:
			return false
		}
	}
	return true
}

// leadCount returns the number of acts sentence s counts: before a cue
// (actsCounted: "Dos ataques armados contra bares") or as the targets
// right after its deciding cue ("Gunmen attacked two bars"), or 0.
func leadCount(found *cueHits, f string, s *sentInfo) int {
	if n := actsCounted(found, f, s); n >= 2 {
		return n
	}
	for _, h := range s.cues {
		if h.start != s.cuePos {
			continue
		}
		var buf [2]string
		ws := appendFields(buf[:0], f[h.fEnd:s.fEnd], 2)
		if len(ws) < 2 || !strings.HasSuffix(ws[1], "s") {
			return 0 // a number, then a plural noun
		}
		n, ok := atoiDigits(ws[0])
		if !ok {
			n, ok = toll.Number(ws[0])
		}
		if ok && n >= 2 && n <= 9 {
			return n
		}
		return 0
	}
	return 0
}

// firstOpeners open a sentence that tells the first of the acts a lead
// counted ("In the first attack, late on Thursday, ...", "El primero
// ocurrió cerca de las 23:00 horas ..."), folded.
var firstOpeners = []string{"in the first ", "the first ", "el primero ", "el primero, ", "la primera ", "la primera, ", "el primer ", "en el primero ", "en el primer ", "en la primera "}

// firstOfCounted reports whether sentence s, whose folded words before
// its cue are pre, opens the first of the acts that the lead last, told
// alone so far, counted (leadCount): the lead's acts are told one by
// one, this one on its own.
func firstOfCounted(f string, last *draft, c *reportCtx, pre string) bool {
	if last.tally || last.firstSent != last.lastSent || !opensFirst(pre) {
		return false
	}
	return leadCount(&c.cues, f, &c.sents[last.firstSent]) >= 2
}

// opensFirst reports whether folded words f open with a first ordinal
// (firstOpeners).
func opensFirst(f string) bool {
	return hasAnyPrefix(strings.TrimLeft(f, " \"'«“-—"), firstOpeners...)
}

// countedNouns are the generic nouns by which a sentence names one of the
// acts a lead counted, after a first ordinal ("El primer cierre", "the
// first incident"), folded.
var countedNouns = []string{"cierre", "hecho", "evento", "incidente", "episodio", "closure", "incident", "episode"}

// countedByNoun returns the original offset of the noun when sentence i,
// which no cue types, opens with a first ordinal and a generic noun
// (firstNounAt) right after the lead just told, alone so far, that
// counted two acts or more (leadCount): "La carretera federal 199 ... fue
// bloqueada dos veces el sábado. El primer cierre se registró por la
// mañana ...". ok false otherwise.
func countedByNoun(c *reportCtx, out []draft, i int, s *sentInfo) (at int, ok bool) {
	n := len(out)
	if n == 0 || out[n-1].tally || out[n-1].firstSent != out[n-1].lastSent || out[n-1].lastSent != i-1 {
		return 0, false
	}
	g := c.text.Folded[s.fStart:s.fEnd]
	k, ok := firstNounAt(g)
	if !ok || leadCount(&c.cues, c.text.Folded, &c.sents[out[n-1].firstSent]) < 2 {
		return 0, false
	}
	return c.text.Orig(s.fStart + k), true
}

// firstNounAt returns the offset in folded sentence g of the noun when g
// opens with a first ordinal and a generic noun of an act (countedNouns):
// "El primer cierre se registró ...", "The first incident ...". ok false
// otherwise.
func firstNounAt(g string) (int, bool) {
	f := trimLeftSet(g, " \t\n\"'«“-—")
	for _, o := range [...]string{"el primer ", "la primera ", "the first ", "in the first ", "en el primer ", "en la primera "} {
		rest, cut := strings.CutPrefix(f, o)
		if !cut {
			continue
		}
		var buf [1]string
		if ws := appendFields(buf[:0], rest, 1); len(ws) == 1 && slices.Contains(countedNouns, strings.TrimRight(ws[0], ",")) {
			return len(g) - len(rest), true
		}
		return 0, false
	}
	return 0, false
}

// chargedAct reports whether folded words f, after a charge's cue ("inició
// carpeta de investigación por el delito de homicidio calificado"), tie
// the charge to acts that took place ("... por hechos ocurridos a las
// 19:15 horas del 10 de junio en ..."): a prosecutor's account of an act,
// not a topic.
func chargedAct(f string) bool {
	for _, p := range [...]string{"hechos ocurridos ", "hecho ocurrido ", "hechos registrados ", "hecho registrado "} {
		if k := strings.Index(f, p); k >= 0 {
			var buf [3]string
			return len(appendFields(buf[:0], f[k+len(p):], 3)) == 3 // when and where follow in the sentence
		}
	}
	return false
}

// shooting reports whether acts of type t are told by gunfire or blasts.
func shooting(t model.IncidentType) bool {
	switch t {
	case model.ArmedClash, model.ArmedAttack, model.Homicide, model.Explosive:
		return true
	}
	return false
}

// placeIntros are the words that may stand between a clause's "en" or
// "in" and the place it opens ("en el vecino municipio de Tixtla", "while
// in nearby Jacona"), longest first.
var placeIntros = []string{
	"el vecino municipio de ", "el municipio vecino de ", "la vecina ciudad de ", "la vecina comunidad de ",
	"el vecino poblado de ", "el municipio de ", "la ciudad de ", "la comunidad de ", "el poblado de ",
	"the neighbouring town of ", "the neighboring town of ", "the nearby town of ", "the nearby city of ",
	"neighbouring ", "neighboring ", "nearby ",
}

// trimIntro returns w, the text before a place, without a trailing
// placeIntros phrase.
func trimIntro(w string) string {
	for _, p := range placeIntros {
		if len(w) >= len(p) && strings.EqualFold(w[len(w)-len(p):], p) {
			return w[:len(w)-len(p)]
		}
	}
	return w
}

// clauseJoin reports whether rest, the words of a sentence before a
// clause's "en"/"in", end with what joins a second clause to the first
// with another subject ("..., mientras que", "..., en tanto que", "...;",
// "..., while"): not a list of places of one act ("en Celaya y en
// Salamanca").
func clauseJoin(rest string) bool {
	rest = strings.TrimRight(rest, " ")
	if strings.HasSuffix(rest, ";") {
		return true
	}
	for _, j := range []string{", mientras que", ", en tanto que", ", mientras", ", while", "; while", ", whereas", ", y también", ", y tambien", ", and also"} {
		if len(rest) >= len(j) && strings.EqualFold(rest[len(rest)-len(j):], j) {
			return true
		}
	}
	return timedJoin(strings.TrimRight(rest, " ,"))
}

// timedJoins are the moments that open a second clause after ", y" or
// ", and" ("..., y casi al mismo tiempo, en Jacona ...", "..., and
// minutes later in Navolato ..."), folded of accents.
var timedJoins = []string{
	"casi al mismo tiempo", "al mismo tiempo", "casi simultaneamente", "simultaneamente", "a la misma hora",
	"minutos despues", "minutos mas tarde", "horas despues", "horas mas tarde", "poco despues", "mas tarde",
	"at about the same time", "at the same time", "minutes later", "hours later", "shortly afterwards", "later",
}

// timedJoin reports whether rest, the words of a sentence before a
// clause's place with their trailing comma cut, end with ", y" or ", and"
// (or ", mientras que", ", en tanto que", ", while") and a moment of
// timedJoins: a second act joined to the first.
func timedJoin(rest string) bool {
	f := fold.String(rest)
	for _, j := range timedJoins {
		if !strings.HasSuffix(f, j) {
			continue
		}
		head := strings.TrimRight(f[:len(f)-len(j)], " ,")
		if strings.HasSuffix(head, ", y") || strings.HasSuffix(head, ", and") || strings.HasSuffix(head, ", mientras que") || strings.HasSuffix(head, ", en tanto que") || strings.HasSuffix(head, ", while") {
			return true
		}
	}
	return false
}

// leadClause returns the act that the first clause of sentence i tells
// with no place of its own, when a second clause opens with its own place
// and tells another kind of act ("Sujetos armados incendiaron dos
// vehículos para bloquear el bulevar Hidalgo, en tanto que en Río Bravo
// fue atacada a balazos una patrulla"): the first act happened where the
// sentence's context places it (the dateline, the title, the paragraph),
// the second, of type rest, where its clause says. ok is false when the sentence is not
// so built or its context gives no other place.
func (e *Extractor) leadClause(c *reportCtx, i int, s *sentInfo, places []placeRef, out []draft) (d draft, rest model.IncidentType, ok bool) {
	if s.tally || len(places) == 0 || len(s.cues) < 2 || c.feed != nil {
		return draft{}, "", false
	}
	p0 := places[0]
	if p0.start < s.start {
		// a place the sentence carries from outside it (an alert feed's
		// label line, feedLabel): it opens no clause of the sentence
		return draft{}, "", false
	}
	w := trimIntro(c.r.Text[s.start:p0.start])
	m := ""
	for _, x := range []string{"en ", "in "} {
		if len(w) >= len(x) && strings.EqualFold(w[len(w)-len(x):], x) {
			m = x
		}
	}
	joinAt := -1
	if m != "" && clauseJoin(w[:len(w)-len(m)]) {
		joinAt = s.start + len(w) - len(m)
	} else if k := subordinateAt(w); k >= 0 {
		// "Dos hombres fueron asesinados ... en la colonia Las
		// Insurgentes, poco después de que sujetos armados dispararan
		// contra los clientes de un bar de Salamanca"
		joinAt = s.start + k
	}
	if joinAt < 0 {
		return draft{}, "", false
	}
	var lead, after []cueHit
	for _, h := range s.cues {
		switch {
		case h.start < joinAt:
			lead = append(lead, h)
		default:
			after = append(after, h)
		}
	}
	if len(lead) == 0 || len(after) == 0 {
		return draft{}, "", false
	}
	t1, w1, h1 := decide(lead, s.business, s.road, s.seize)
	t2, _, _ := decide(after, s.business, s.road, s.seize)
	if t1 == "" || t2 == "" || t1 == t2 || burning(t1) && burning(t2) || !t1.Violent() {
		return draft{}, "", false
	}
	p, src := e.inherit(c, i, out)
	if src == fromNone || rank(p.place.Kind) > 2 {
		return draft{}, "", false
	}
	for _, q := range places {
		if placeKey(q) == placeKey(p) {
			return draft{}, "", false
		}
	}
	d = draft{typ: t1, weight: w1, sents: []int{i}, firstSent: i, lastSent: i, cuePos: h1.start, place: p, placeFrom: src, clause: [2]int{s.start, joinAt}}
	for _, f := range s.figures {
		if f.start < joinAt {
			d.figures = append(d.figures, f)
		}
	}
	for k, a := range s.actors {
		if k < len(s.actorAt) && s.actorAt[k][0] < joinAt {
			d.addActors([]model.Actor{a})
		}
	}
	return d, t2, true
}

// subordinators open a clause that tells an act some minutes or hours
// before the main clause's ("poco después de que", "hours after"), after
// a comma, lower case.
var subordinators = []string{
	", poco después de que ", ", poco despues de que ", ", minutos después de que ", ", minutos despues de que ",
	", horas después de que ", ", horas despues de que ", ", luego de que ", ", después de que ", ", despues de que ",
	", shortly after ", ", hours after ", ", minutes after ",
}

// subordinateAt returns the offset in w, the text of a sentence before
// its first place, of the last subordinator that opens a clause (",
// poco después de que sujetos armados dispararan"), or -1.
func subordinateAt(w string) int {
	if !strings.Contains(w, ", ") {
		return -1 // lowering the case makes no ", " and takes none away
	}
	f := strings.ToLower(w)
	if len(f) != len(w) {
		return -1
	}
	// Every subordinator opens with ", ": try them only where one stands,
	// from the last back.
	for k := strings.LastIndex(f, ", "); k >= 0; k = strings.LastIndex(f[:k], ", ") {
		for _, o := range subordinators {
			if strings.HasPrefix(f[k:], o) {
				return k
			}
		}
	}
	return -1
}

// causeMarkers open a clause that names the act a closure or a suspension
// follows ("tras la balacera", "un día después del ataque", "after
// gunmen fired"), folded.
var causeMarkers = []string{" tras ", " despues de la ", " despues del ", " luego de la ", " luego del ", " a raiz de ", " por el asesinato ", " por la balacera ", " por el ataque ", " after ", " following "}

// causeClauseAt returns the folded start of a clause of sentence s that
// tells the act a disruption told before it follows, or -1; only a
// sentence with a cue of a disruption, and a marker of causeMarkers after
// it by h (the cue lists' hits in f), is read.
func causeClauseAt(h *cueHits, f string, s *sentInfo) int {
	dis := -1
	for _, h := range s.cues {
		if h.typ == model.Disruption && (dis < 0 || h.fStart < dis) {
			dis = h.fStart
		}
	}
	if dis < 0 || !h.any(cueCauseMarkers, f, dis, s.fEnd) {
		return -1
	}
	open := -1
	for _, m := range causeMarkers {
		if at := indexSpaced(f[dis:s.fEnd], m); at >= 0 && (open < 0 || dis+at < open) {
			open = dis + at
		}
	}
	return open
}

// listNext reports whether place q follows place p in text as the next
// item of a list of two ("Apatzingán and Buenavista", "Celaya y
// Salamanca", "Celaya, Salamanca").
func listNext(text string, p, q placeRef) bool {
	if p.end > q.start || q.start > len(text) {
		return false
	}
	switch strings.ToLower(text[p.end:q.start]) {
	case " and ", " y ", " e ", ", ":
		return true
	}
	return false
}

// dayOpeners reports whether w, the words of a sentence before its first
// time expression, are only adverbs that may open a sentence before its
// day ("Apenas la noche del martes, ...", "Ya el lunes ...", "Also on
// Monday, ...", "Casi a las 23:00 horas, ..."), so that the sentence
// still opens with that day.
func dayOpeners(w string) bool {
	ws := strings.Fields(strings.ToLower(strings.TrimSpace(w)))
	if k := recallOpener(ws); k > 0 {
		if k == len(ws) {
			return true
		}
		ws = ws[k:]
	}
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, x := range ws {
		switch strings.TrimRight(x, ",") {
		case "apenas", "ya", "también", "tambien", "y", "pero", "aún", "aun", "casi", "a", "just", "also", "and", "but", "earlier", "then":
		default:
			return false
		}
	}
	return true
}

// recallOpener returns how many of the lower-case words ws open a
// sentence with a speaker's call to remember ("recuerde que", "les
// recordamos que", "remember that"), 0 if none: "recuerde que el viernes
// en la noche mataron a un hombre" opens with its day, an earlier act
// recalled.
func recallOpener(ws []string) int {
	if len(ws) < 2 {
		return 0
	}
	switch ws[0] {
	case "recuerde", "recuerden", "recordemos", "remember":
		if ws[1] == "que" || ws[1] == "that" {
			return 2
		}
	case "les", "le":
		if len(ws) > 2 && (ws[1] == "recuerdo" || ws[1] == "recordamos") && ws[2] == "que" {
			return 3
		}
	}
	return 0
}

// stateAfter reports whether the word after original offset end of text
// is "state" ("in Zacatecas state"): the name before it is the state's,
// not its capital's.
func stateAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	return len(rest) >= 5 && strings.EqualFold(rest[:5], "state") && (len(rest) == 5 || !isWord(rest[5]))
}

// municipalityAfter reports whether the name ending at offset end of text
// is marked as a municipality's: "Colima (municipality):", "Colima
// (municipio)".
func municipalityAfter(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	rest := fold.String(text[end:min(len(text), end+16)])
	return strings.HasPrefix(rest, " (municipality)") || strings.HasPrefix(rest, " (municipio)")
}

// occurredWords follow the noun of an act named as the ground of an
// arrest and open the time it happened ("el ataque contra una patrulla
// ocurrido la noche del domingo", "la agresión registrada la madrugada de
// ese mismo día"), folded.
var occurredWords = []string{
	"ocurrido", "ocurrida", "registrado", "registrada", "perpetrado", "perpetrada",
	"cometido", "cometida", "suscitado", "suscitada",
}

// groundAct returns the act an arrest sentence names as its ground and
// dates on its own ("detuvo a cuatro personas por su probable
// participación en el ataque contra una patrulla ocurrido la noche del
// domingo, en el que perdieron la vida dos agentes", "detuvieron este
// martes a dos hombres señalados como responsables del incendio de una
// farmacia ocurrido el pasado domingo"): a draft of that act at the
// arrest's place, dated by the time after its participle, with the
// figures told after its noun; the arrest keeps the words before. Only
// when the sentence told one arrest of one place and the participle's
// time follows it within a few words and falls in the two weeks before
// the report (groundAge): an act named without a time of its own ("por el
// delito de secuestro") is a charge, and one months before is background. When the
// act's own town follows its noun ("detuvieron este martes en Valle de
// Santiago a dos hombres señalados como responsables del homicidio de
// seis personas en un bar de Salamanca, ocurrido la noche del viernes"),
// the sentence was read as two arrests, one at each town, the second
// right after the first: the second is that act (at, its index in out;
// -1 when d is a new draft).
func groundAct(c *reportCtx, i int, s *sentInfo, out []draft) (d draft, at int, ok bool) {
	if s.tally || c.feed != nil {
		return draft{}, -1, false
	}
	var own, second *draft
	at = -1
	var in []int // the drafts of sentence i
	for k := range out {
		if slices.Contains(out[k].sents, i) {
			in = append(in, k)
		}
	}
	if len(in) == 2 && in[1] == in[0]+1 && actTownAfter(&out[in[0]], &out[in[1]], i) {
		own, second, at = &out[in[0]], &out[in[1]], in[1]
	}
	for _, k := range in {
		if second != nil {
			break
		}
		if own != nil || out[k].split || out[k].tally || out[k].clause[1] > 0 {
			return draft{}, -1, false
		}
		own = &out[k]
	}
	later := own != nil && second == nil && own.firstSent < i && own.cuePos < s.start && groundLater(c, s, out, own) // groundrel.go
	if own == nil || own.typ != model.SecurityOperation || (own.firstSent != i || own.cuePos < s.start) && !later {
		return draft{}, -1, false
	}
	for _, h := range slices.Concat(s.cues, s.refCues) {
		if h.start <= own.cuePos || !h.typ.Violent() || h.typ == model.SecurityOperation || h.fEnd > s.fEnd {
			continue
		}
		if second != nil && (own.place.start >= h.start || second.place.start <= h.start) {
			continue // the act's town is not the second's
		}
		lo, ok := groundDated(c, s, h)
		if !ok && headlineGround(c, own, h) {
			lo, ok = h.start, true
		}
		if !ok {
			continue
		}
		typ, w, _ := decide([]cueHit{h}, s.business, s.road, s.seize) // "el ataque a una farmacia"
		if typ == "" || typ == model.SecurityOperation {
			continue
		}
		d := draft{typ: typ, weight: w, sents: []int{i}, firstSent: i, lastSent: i, cuePos: h.start,
			place: own.place, placeFrom: own.placeFrom, highway: own.highway, clause: [2]int{lo, s.end}}
		if second != nil {
			d.place, d.placeFrom, d.highway = second.place, second.placeFrom, second.highway
		}
		var kept []figure
		for _, fg := range own.figures {
			if fg.start >= h.start && fg.kind != "detained" {
				d.figures = append(d.figures, fg)
			} else {
				kept = append(kept, fg)
			}
		}
		if second != nil {
			for _, fg := range second.figures {
				if fg.start >= h.start && fg.kind != "detained" {
					d.figures = append(d.figures, fg)
				}
			}
		}
		d.typ = guestsShot(d.typ, h.typ != model.BusinessAttack || s.venue, d.figures) // "the attack on a bar that killed four"
		if d.typ == model.Homicide && groupAttack(fold.String(c.r.Text[lo:s.end]), &sentInfo{actors: s.actors, figures: d.figures}) {
			d.typ = model.ArmedAttack // "donde sujetos armados privaron de la vida a seis personas y lesionaron a una más"
		}
		if d.typ == model.Homicide && forcesNamedVictims(c.text.Folded, h.fEnd, s.fEnd) {
			d.typ = model.ArmedAttack // "responsables del homicidio de dos policías" (acttype14.go)
		}
		own.figures = kept
		if !later {
			own.clause = [2]int{s.start, lo}
		}
		return d, at, true
	}
	return draft{}, -1, false
}

// headlineGround reports whether the act noun h of an arrest (own, told
// by a verb of arrest) is a clash or an attack a headline alone names
// after a bare "tras" or "after"
// ("Detienen militares a tres tras enfrentamiento en Cuauhtémoc",
// "Soldiers arrest four after shootout in Sonoyta"): an act the report
// tells by naming it, undated as the headline is; in a report with a
// text, the text tells it. Not a charge ("por ataque a policías"), nor a
// plural ("tras ataques contra civiles"), a run of acts.
func headlineGround(c *reportCtx, own *draft, h cueHit) bool {
	if h.typ != model.ArmedClash && h.typ != model.ArmedAttack || !arrestVerbAt(c.r.Text, own.cuePos) {
		return false
	}
	if w, _, _ := strings.Cut(c.text.Folded[h.fStart:h.fEnd], " "); strings.HasSuffix(w, "s") {
		return false // "7 detenidos tras ataques contra civiles": a run of acts, no one act
	}
	before := c.text.Folded[max(0, h.fStart-9):h.fStart]
	if !hasAnySuffix(before, " tras ", " after ") && before != "tras " {
		return false
	}
	_, alone := headlineOnly(c.r)
	return alone
}

// arrestVerbAt reports whether the word at original offset at of text is
// a verb of arrest ("Detienen", "capturan", "arrest"): a deployment or a
// search after a shooting ("Despliegan operativo tras balacera") is the
// response to an act the report does not tell.
func arrestVerbAt(text string, at int) bool {
	if at < 0 || at >= len(text) {
		return false
	}
	w := strings.ToLower(text[at:min(len(text), at+10)])
	return hasAnyPrefix(w, "detien", "detuv", "captur", "aprehend", "arrest")
}

// actTownAfter reports whether b, a draft of sentence i after a, is the
// second of one arrest read at two towns: both arrests of that sentence
// only, from one cue, b's town named after a's.
func actTownAfter(a, b *draft, i int) bool {
	return a.typ == model.SecurityOperation && b.typ == model.SecurityOperation && a.firstSent == i && b.firstSent == i &&
		len(a.sents) == 1 && len(b.sents) == 1 && a.cuePos == b.cuePos && !a.tally && !b.tally &&
		a.place.start >= 0 && b.place.start > a.place.start && a.place.place.MunicipalityCode != b.place.place.MunicipalityCode
}

// groundAge is how long before the report an act an arrest is for may
// have happened and still be told as an act of its own (gold README: an
// arrest reported with the act it punishes gives two incidents, "el
// pasado 3 de agosto" thirteen days before, dev5-026).
const groundAge = 14 * 24 * time.Hour

// groundDated reports whether the act noun h of an arrest sentence s is
// dated on its own, and where the act's clause starts (its day or its noun), in the two weeks before the report (groundAge): by a time within a
// few words after a participle that follows it ("el ataque ... ocurrido
// la noche del domingo"), after a relative clause's opener ("el ataque
// contra una fiesta en la colonia Pedro María Anaya, donde la noche del
// martes ..."), or by a day that owns it ("in connection with Sunday
// night's attack", "el ataque del miércoles"). An act named without a
// time of its own ("por el delito de secuestro") is a charge, and one
// months before ("ocurrido el 3 de enero" in May) is the arrests'
// background; so are the acts of a running count ("Suman seis los
// detenidos por el ataque ... ocurrido el pasado 7 de noviembre", a
// tally sentence).
func groundDated(c *reportCtx, s *sentInfo, h cueHit) (int, bool) {
	f := c.text.Folded
	lim := min(s.fEnd, h.fEnd+90)
	at := -1
	for _, w := range occurredWords {
		// the plural follows two acts named together ("del homicidio de
		// dos policías y las lesiones de un tercero, hechos ocurridos el
		// pasado martes")
		for _, x := range [2]string{w, w + "s"} {
			if k := wordAt(f[h.fEnd:lim], x); k >= 0 && (at < 0 || k < at) {
				at = k
			}
		}
	}
	pEnd := -1
	if at >= 0 && !strings.ContainsAny(f[h.fEnd:h.fEnd+at], ";.") {
		pEnd = c.text.Orig(h.fEnd + at)
	}
	rEnd := relativeOpens(c, max(h.fStart, h.fEnd-3), lim) // groundrel.go ("ataque en" is a cue)
	told := eventsOccurred(f[s.fStart:h.fStart])           // "los hechos ocurridos la noche del domingo en un bar, donde ..."
	if told >= 0 {
		told = c.text.Orig(s.fStart + told)
	}
	for _, t := range s.times {
		if t.t.IsZero() || t.historic {
			continue
		}
		after := pEnd >= 0 && t.start > pEnd && t.start-pEnd <= 20 || rEnd >= 0 && t.start >= rEnd && t.start-rEnd <= relativeReach
		where := told >= 0 && t.start > told && t.start-told <= 20 && t.end <= h.start && whereClause(c.r.Text[t.end:h.start])
		if !after && !where && !(t.end <= h.start && possessive(c.r.Text[t.end:h.start])) && !nounDay(c, s, h, t) {
			continue
		}
		age := c.r.Published.Sub(t.t)
		return min(t.start, h.start), c.r.Published.IsZero() || age > -24*time.Hour && age <= groundAge
	}
	return 0, false
}

// nounDay reports whether t, a time of an arrest sentence, is the day of
// the act noun h it follows, told in the act's phrase: the day owns the
// noun ("el ataque del miércoles", "el ataque de anoche"), or it ends the
// phrase bare after a definite noun ("por el ataque a un bar en Irapuato
// que dejó cinco muertos la noche del viernes", "over the attack on a bar
// in Celaya late Saturday": no comma or stop between, a few words apart)
// on a day before the report's (a time of the report's own day after the
// noun, "por el homicidio de un taxista este martes", tells the arrest).
// The noun names one act: a plural ("suman 12 detenidos por los bloqueos
// del domingo") recalls a series the arrests are counted against, and a
// bare noun modifies another ("arrested four men carrying assault rifles on
// Wednesday night").
func nounDay(c *reportCtx, s *sentInfo, h cueHit, t timeExpr) bool {
	f := c.text.Folded
	noun := h.fEnd // the act's noun: the cue's first word ("ataque" of "ataque del miércoles contra")
	if k := strings.IndexByte(f[h.fStart:h.fEnd], ' '); k >= 0 {
		noun = h.fStart + k
	}
	if f[noun-1] == 's' || hasAnySuffix(f[max(s.fStart, h.fStart-4):h.fStart], "los ", "las ") {
		return false
	}
	end := c.text.Orig(noun)
	if t.start < end {
		return false
	}
	switch gap := c.r.Text[end:t.start]; {
	case gap == " " || gap == " del " || gap == " de ":
		return true
	case t.start-end > 90 || strings.ContainsAny(gap, ",;.:") || !definite(f, h.fStart, s.fStart):
		return false
	}
	p := c.r.Published
	if p.IsZero() || !t.t.Before(p) {
		return false
	}
	return !sameDate(t.t.In(p.Location()), p) || arrestLater(s, h, t)
}

// arrestLater reports whether the arrest sentence s dates the arrest
// itself, before the act noun h, with a time of the same day later than
// t, the act's ("detuvieron esta tarde a tres personas ... relacionadas
// con la quema de un tractocamión ... la madrugada de este miércoles"):
// a part of the report's own day after the noun is then the act's, not
// the arrest's.
func arrestLater(s *sentInfo, h cueHit, t timeExpr) bool {
	for _, a := range s.times {
		if a.end <= h.start && !a.t.IsZero() && !a.historic && sameDate(a.t, t.t) && a.t.After(t.t) {
			return true
		}
	}
	return false
}

// eventsOccurred returns the offset in folded f just after the last
// "hechos" that a participle of occurring follows ("los hechos ocurridos",
// "los hechos registrados"), the participle's end, or -1.
func eventsOccurred(f string) int {
	k := strings.LastIndex(f, "hechos ")
	if k < 0 {
		return -1
	}
	rest := f[k+len("hechos "):]
	for _, w := range occurredWords {
		if !strings.HasPrefix(rest, w) {
			continue
		}
		n := len(w)
		if n < len(rest) && rest[n] == 's' {
			n++ // "ocurridos"
		}
		if n == len(rest) || !isWord(rest[n]) {
			return k + len("hechos ") + n
		}
	}
	return -1
}

// whereClause reports whether gap, the text between the time of events
// named and an act's cue, opens the clause that tells what happened there
// (", donde sujetos armados atacaron"): one clause, within a few words.
func whereClause(gap string) bool {
	k := strings.Index(gap, ", donde ")
	return k >= 0 && len(gap) <= 120 && !strings.ContainsAny(gap, ";.") && len(gap)-k <= 60
}

// possessive reports whether gap, the text between a day and an act
// noun, makes the day the act's own ("Sunday night's attack", "Friday's
// deadly ambush").
func possessive(gap string) bool {
	for _, m := range [...]string{"'s ", "’s "} {
		if rest, ok := strings.CutPrefix(gap, m); ok {
			return len(rest) <= 10 && !strings.ContainsAny(rest, ",;.")
		}
	}
	return false
}

// guestsShot returns t, or an armed attack when t is an attack on a
// business whose people were its target (guests: a bar or a club named,
// or no business cue of its own) and figs count someone killed or
// wounded: "the attack on a bar that killed four" tells people shot in
// it (README: shootings at a place); a shop's wounded employee leaves the
// attack on the shop.
func guestsShot(t model.IncidentType, guests bool, figs []figure) model.IncidentType {
	if t == model.BusinessAttack && guests && hurt(figs) {
		return model.ArmedAttack
	}
	return t
}

// hurt reports whether figures count someone killed or wounded.
func hurt(figs []figure) bool {
	for _, f := range figs {
		if (f.kind == "killed" || f.kind == "injured") && f.n > 0 {
			return true
		}
	}
	return false
}

// wordAt returns the offset in f of the first whole word w, or -1.
func wordAt(f, w string) int {
	for k := 0; k+len(w) <= len(f); {
		j := strings.Index(f[k:], w)
		if j < 0 {
			return -1
		}
		j += k
		if (j == 0 || !isWord(f[j-1])) && (j+len(w) == len(f) || !isWord(f[j+len(w)])) {
			return j
		}
		k = j + 1
	}
	return -1
}

// claimReaches reports whether a rumour named before folded offset at
// ("rumores de bloqueos") frames the cue there: any cue before the first
// rumour word does (what a later "son rumores" calls one), and one after
// it does when it stands in the rumour's clause. A cue another clause
// tells ("..., donde la SSP contabilizó 19 bloqueos", "... as state
// authorities counted 11 roadblocks") is reported, not rumoured.
func claimReaches(f string, claimAt []int, at int) bool {
	if len(claimAt) == 0 || at < claimAt[0] {
		return true
	}
	for _, e := range claimAt {
		if e > at || at-e > 60 {
			continue
		}
		gap := f[e:at]
		if !strings.ContainsAny(gap, ",;:") && !strings.Contains(gap, " mientras ") && !strings.Contains(gap, " donde ") && !strings.Contains(gap, " as ") && !strings.Contains(gap, " while ") {
			return true
		}
	}
	return false
}

// exampleMarkers open, after a tally, the one act of it the sentence
// tells ("19 bloqueos ..., entre ellos uno en el centro de Zamora, donde
// ...", "14 roadblocks ..., among them one in which gunmen set a bus on
// fire ... at the entrance to Apatzingán"), folded.
// exampleStart returns the offset in the report's text where sentence s
// names one of the acts it counts (exampleMarkers: ", including one in
// Celaya"), math.MaxInt when it names none.
func exampleStart(c *reportCtx, s *sentInfo) int {
	at := firstIndex(c.text.Folded[s.fStart:s.fEnd], exampleMarkers)
	if at < 0 {
		return math.MaxInt
	}
	return c.text.Orig(s.fStart + at)
}

var exampleMarkers = []string{
	", entre ellos uno ", ", entre ellos el de ", ", entre ellas una ", ", entre ellas la de ", ", incluido uno ", ", incluida una ",
	", among them one ", ", including one ", ", one of them ",
}

// tallyExample returns the act a tally sentence names as one of those it
// counts, at the town the words after its marker name, of the tally's
// type and dated by its clause; ok is false when sentence i gave no
// tally, names no marker, or no town after it.
func tallyExample(c *reportCtx, i int, s *sentInfo, out []draft) (draft, bool) {
	n := len(out)
	if n == 0 || !out[n-1].tally || !slices.Contains(out[n-1].sents, i) || c.feed != nil {
		return draft{}, false
	}
	lo := exampleStart(c, s)
	if lo == math.MaxInt {
		return draft{}, false
	}
	for _, p := range selectPlaces(s.places) {
		if p.start < lo || rank(p.place.Kind) > 2 || p.place.MunicipalityCode == "" || p.routeEnd {
			continue
		}
		t := out[n-1]
		d := draft{typ: t.typ, weight: t.weight, sents: []int{i}, firstSent: i, lastSent: i, cuePos: lo, place: p, placeFrom: fromSentence, clause: [2]int{lo, s.end}}
		return d, true
	}
	return draft{}, false
}

// elsewhereThanTitle reports whether draft d is placed by its own
// sentence in a municipality other than every one the title names, when
// the title names one: under "Michoacán officials deny roadblock in
// Morelia", the roadblock told at the entrance to Nueva Italia is
// another act, not the account of the denied one.
func elsewhereThanTitle(c *reportCtx, d *draft) bool {
	m := d.place.place.MunicipalityCode
	if d.placeFrom != fromSentence || m == "" {
		return false
	}
	town := false
	for _, p := range c.titleRefs {
		if p.place.MunicipalityCode == "" {
			continue
		}
		if p.place.MunicipalityCode == m {
			return false
		}
		town = true
	}
	return town
}

// consequenceClauseAt returns the folded start of a clause of sentence s,
// joined by ", y", ", and" or a join of consequence (consequenceJoins),
// that tells a closure after the act told before it ("Gunmen torched two
// trucks to block a road ..., and U.S. authorities halted cargo
// processing at the bridge until dawn", "..., y las autoridades
// educativas suspendieron las clases", "..., lo que llevó a la SEPyC a
// suspender las clases"), or -1: the closure's cue must stand within a
// few words of the join.
func consequenceClauseAt(f string, s *sentInfo) int {
	dis := -1
	act := false
	for _, h := range s.cues {
		switch {
		case h.typ == model.Disruption && (dis < 0 || h.fStart < dis):
			dis = h.fStart
		case h.typ.Violent() && h.typ != model.Disruption:
			act = true
		}
	}
	if dis < 0 || !act {
		return -1
	}
	best := -1
	for _, j := range consequenceJoins {
		if k := strings.LastIndex(f[s.fStart:dis], j); k >= 0 && s.fStart+k > best {
			best = s.fStart + k
		}
	}
	if best < 0 || dis-best > 70 || strings.ContainsAny(f[best+2:dis], ",;") {
		return -1
	}
	// "..., y la circulación quedó suspendida tres horas": the road the
	// act closed, which is the act's own (closureOf), not a closure of
	// its own.
	for _, w := range []string{"circulacion", "transito", "trafico", "vialidad", "carretera", "autopista", "traffic", "highway", "road"} {
		if wordAt(f[best:min(s.fEnd, dis+60)], w) >= 0 {
			return -1
		}
	}
	return best
}

// dayBeforeOpeners open a sentence that tells an act a day or two before
// the one just told ("La víspera, un comando armado había disparado ...",
// "The day before, attackers had opened fire ..."), folded, with the
// days.
var dayBeforeOpeners = []struct {
	o string
	n int
}{
	{"la vispera", 1}, {"un dia antes", 1}, {"el dia anterior", 1}, {"dos dias antes", 2},
	{"the day before", 1}, {"a day earlier", 1}, {"the previous day", 1}, {"a day before", 1}, {"two days earlier", 2}, {"two days before", 2},
}

// dayBeforePhrases are the phrases of dayBeforeOpeners, searched for
// together: a text without one opens no clause with one.
var dayBeforePhrases = func() needles {
	subs := make([]string, len(dayBeforeOpeners))
	for k, x := range dayBeforeOpeners {
		subs[k] = x.o
	}
	return newNeedles(subs...)
}()

// daysBefore returns the days before the act just told that f, the folded
// text of a sentence, opens with, or 0.
func daysBefore(f string) int {
	return dayBeforeAt(strings.TrimLeft(f, " \"'«“-—"))
}

// dayBeforeAt returns the days of the dayBeforeOpeners phrase folded f
// starts with, or 0: 0 too when the phrase is measured from something
// else ("un día antes de la elección", "el día anterior a la visita", "a
// day before the vote").
func dayBeforeAt(f string) int {
	for _, x := range dayBeforeOpeners {
		if prefixed(f, x.o) && (len(f) == len(x.o) || !isWord(f[len(x.o)])) {
			rest := f[len(x.o):]
			if hasAnyPrefix(strings.TrimLeft(rest, ", "), "de ", "del ") || hasAnyPrefix(rest, " a ", " al ", " the ", " his ", " her ", " their ", " its ") {
				return 0
			}
			return x.n
		}
	}
	return 0
}

// statedDaysBefore returns the days before t, a time told in sentence s,
// that s dates its act by, inside t's clause: t the day of a statement
// ("The Defense Ministry said on Tuesday that soldiers had clashed with
// gunmen a day earlier", "informó el lunes que el día anterior un grupo
// armado asesinó", "said Friday that the bodies had been found the
// previous day") or an act told to have occurred the day before it
// ("condenó este martes el ataque ocurrido la víspera"). 0 when s tells
// no such day after t.
func statedDaysBefore(c *reportCtx, s *sentInfo, t *timeExpr) int {
	if t.start < s.start || t.end > s.end {
		return 0
	}
	f := c.text.Sub(t.end, s.end).Folded
	if !dayBeforePhrases.in(f) {
		return 0
	}
	for k := 0; k < len(f); k++ {
		switch {
		case f[k] == ';':
			return 0 // another clause
		case k > 0 && isWord(f[k-1]) || !isWord(f[k]):
			continue
		}
		if n := dayBeforeAt(f[k:]); n > 0 && (hasAnySuffix(strings.TrimRight(f[:k], " "), occurredWords...) || saidOn(c.plain, t.start)) {
			return n
		}
	}
	return 0
}

// dayAfterWords tell an act the day after the one just told, at a
// sentence's opening or end ("Al día siguiente, la policía detuvo a dos",
// "state prosecutors arrested two suspects the following day"), folded.
var dayAfterWords = []string{"al dia siguiente", "al otro dia", "the following day", "the next day", "a day later"}

// daysAfter returns 1 when f, the folded text of a sentence, opens or
// ends with one of dayAfterWords, else 0.
func daysAfter(f string) int {
	f = strings.Trim(f, " \"'-.;,")
	for _, w := range dayAfterWords {
		if strings.HasSuffix(f, w) && len(f) > len(w) && f[len(f)-len(w)-1] == ' ' || strings.HasPrefix(f, w) && (len(f) == len(w) || f[len(w)] == ',' || f[len(w)] == ' ') {
			return 1
		}
	}
	return 0
}

// sameNight reports whether folded sentence f opens by telling its act on
// the night told before ("Later that night", "Esa misma noche").
func sameNight(f string) bool {
	head := f[:min(len(f), 32)]
	if !strings.Contains(head, "night") && !strings.Contains(head, "noche") {
		return false
	}
	return containsAny(head, "that night", "that same night", "esa noche", "esa misma noche", "la misma noche", "aquella noche")
}

// hoursApart reports whether folded sentence f opens by telling its act
// hours from the one told before ("Hours earlier", "Unas horas antes").
func hoursApart(f string) bool {
	head := f[:min(len(f), 32)]
	k := strings.Index(head, "hours ")
	if k < 0 {
		k = strings.Index(head, "horas ")
	}
	if k < 0 || strings.Count(head[:k], " ") > 2 {
		return false
	}
	return hasAnyPrefix(head[k+6:], "earlier", "later", "before", "antes", "despues", "mas tarde")
}

// seriesPairs are the ordinals of a series of two acts told inside one
// sentence, folded: the first opens the first act's clause, the second
// (after ", y " or ", and ") the second's.
var seriesPairs = [...][2]string{
	{"el primero ", ", y el segundo "}, {"la primera ", ", y la segunda "},
	{"the first ", ", and the second "},
}

// tallyPair returns the two acts a sentence right after a tally names as
// some of those it counts, in one town, each by its ordinal ("Entre
// ellos, los dos de la carretera federal 85, en el municipio de Llera: el
// primero a las 06:10 horas, en el kilómetro 40, y el segundo a las 18:45
// horas, en el kilómetro 52"), each dated by its own clause; ok is false
// when sentence i follows no tally, opens with no "among them", or names
// no town before its first ordinal.
func tallyPair(c *reportCtx, i int, s *sentInfo, out []draft) ([2]draft, bool) {
	n := len(out)
	if n == 0 || !out[n-1].tally || out[n-1].lastSent != i-1 || c.feed != nil || s.boiler || s.question || s.historic || s.suppressed {
		return [2]draft{}, false
	}
	f := c.text.Folded[s.fStart:s.fEnd]
	if !hasAnyPrefix(strings.TrimLeft(f, " \t\n\"'«“"), "entre ellos", "entre ellas", "among them", "of them") {
		return [2]draft{}, false
	}
	a, b := -1, -1
	for _, o := range seriesPairs {
		if a = strings.Index(f, o[0]); a >= 0 {
			if b = strings.Index(f[a:], o[1]); b >= 0 {
				b += a + 2 // the second's ordinal, after the join
				break
			}
		}
	}
	if a < 0 || b < 0 {
		return [2]draft{}, false
	}
	lo, mid := c.text.Orig(s.fStart+a), c.text.Orig(s.fStart+b)
	for _, p := range selectPlaces(s.places) {
		if p.start >= lo || rank(p.place.Kind) > 2 || p.place.MunicipalityCode == "" || p.routeEnd {
			continue
		}
		t := out[n-1]
		one := draft{typ: t.typ, weight: t.weight, sents: []int{i}, firstSent: i, lastSent: i, cuePos: lo, place: p, placeFrom: fromSentence, clause: [2]int{lo, mid}}
		two := one
		two.sents = []int{i}
		two.cuePos, two.clause, two.another = mid, [2]int{mid, s.end}, true
		return [2]draft{one, two}, true
	}
	return [2]draft{}, false
}

// burningApart reports whether sentence i, of the type of the act last
// told, tells another burning than last: both set things on fire
// (blockades, arsons, businesses burnt), the sentence opens with a clock
// an hour or more from last's (hoursApart), and it names a point other
// than last's place among places or, naming none, burns something not
// named before ("A las 14:10 horas, en la misma vía, fue atravesado e
// incendiado un autobús", "a las 21:10, sujetos quemaron otro camión").
// Minutes apart, the sentence is the same scene told on ("a las 20:05 ...
// a las 20:14 le prendieron fuego"); at last's own place, the same act.
func (e *Extractor) burningApart(c *reportCtx, last *draft, i int, s *sentInfo, places []placeRef) bool {
	if last.tally || last.denial || last.lastSent >= i || s.typ != last.typ || !burning(s.typ) || s.anaphoric {
		return false
	}
	if namesPlace(places, last) {
		return false
	}
	if len(places) == 0 && !newBurnt(c, s) {
		return false
	}
	return e.hoursApart(c, last, s, time.Hour)
}

// namesPlace reports whether places include the place of draft d.
func namesPlace(places []placeRef, d *draft) bool {
	for _, p := range places {
		if p.place.ID == d.place.place.ID {
			return true
		}
	}
	return false
}

// newBurnt reports whether sentence s burns something it names as new:
// the clause before its cue ends in an indefinite subject ("sujetos
// armados quemaron", "un autobús fue incendiado") or the words after
// the cue open with one (subjectAfterCue: "fue incendiado un autobús",
// "quemaron dos camionetas").
func newBurnt(c *reportCtx, s *sentInfo) bool {
	if s.cuePos <= s.start || s.cuePos >= s.end {
		return false
	}
	return indefiniteSubject(strings.TrimSpace(lastClause(c.plain.Sub(s.start, s.cuePos).Folded))) || subjectAfterCue(c, s)
}

// lastClause returns folded words f after their last ", ": the clause
// of a cue that f leads to.
func lastClause(f string) string {
	if k := strings.LastIndex(f, ", "); k >= 0 {
		return f[k+2:]
	}
	return f
}

// subjectAfterCue reports whether the words after sentence s's cue open
// with an indefinite subject (afterCue) that no ordinal counts among
// others: "fue incendiado un autobús", "fue asesinado a balazos otro
// hombre", "fueron localizados los cuerpos de dos hombres"; not "murió
// un segundo hombre" (ordinalVictim) nor "otro de los lesionados"
// (oneOfNamed).
func subjectAfterCue(c *reportCtx, s *sentInfo) bool {
	rest := afterCue(c, s)
	if !indefiniteSubject(rest) || oneOfNamed(rest) {
		return false
	}
	_, rest, _ = strings.Cut(rest, " ")
	ord, rest, _ := strings.Cut(rest, " ")
	noun, _, _ := strings.Cut(rest, " ")
	return !ordinalVictim(ord + " " + noun)
}

// otherAfterCue reports whether the words after sentence s's cue open
// with "otro", "otra" or "another" (afterCue), one not named before
// ("se encontró el cadáver de otro hombre", "fue asesinado otro
// taxista"), not one of those named ("otro de los heridos").
func otherAfterCue(c *reportCtx, s *sentInfo) bool {
	rest := afterCue(c, s)
	w, _, _ := strings.Cut(rest, " ")
	switch w {
	case "otro", "otra", "otros", "otras", "another":
		return !oneOfNamed(rest)
	}
	return false
}

// oneOfNamed reports whether folded words f open with one or another of
// people named before ("otro de los lesionados", "una de las víctimas",
// "another of the wounded").
func oneOfNamed(f string) bool {
	_, rest, _ := strings.Cut(f, " ")
	return strings.HasPrefix(rest, "de ") || strings.HasPrefix(rest, "of ")
}

// afterCue returns the folded words after sentence s's cue, past the
// participles joined to it ("atravesado e incendiado", "prendieron fuego
// a", "privado de la vida"), a manner or state ("a balazos", "sin vida")
// and a body noun ("el cadáver de", "los cuerpos de"): where a subject
// told after its verb opens; "" when there are none.
func afterCue(c *reportCtx, s *sentInfo) string {
	if s.cuePos <= s.start || s.cuePos >= s.end {
		return ""
	}
	var buf [10]string
	f := c.plain.Sub(s.cuePos, min(s.end, s.cuePos+72)).Folded
	ws := appendFields(buf[:0], f, 10)
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		switch {
		case k == 0 || w == "y" || w == "e" || w == "and" || participle(w) || strings.HasSuffix(w, "aron") || strings.HasSuffix(w, "ieron") || w == "fuego" || w == "a" || w == "balazos" || w == "tiros":
			continue // the cue, the verbs joined to it, "prendieron fuego a", "a balazos"
		case w == "sin" && k+1 < len(ws) && ws[k+1] == "vida":
			k++
			continue
		case w == "de" && bodyNoun(ws[k-1]):
			continue // "el cadáver de otro hombre"
		case w == "de" && k+2 < len(ws) && ws[k+1] == "la" && (ws[k+2] == "vida" || ws[k+2] == "libertad"):
			k += 2 // "privado de la vida"
			continue
		case (w == "el" || w == "los") && k+1 < len(ws) && bodyNoun(ws[k+1]):
			continue
		case bodyNoun(w):
			continue
		}
		rest := f
		for range k {
			_, rest, _ = strings.Cut(strings.TrimLeft(rest, " "), " ")
		}
		return strings.TrimLeft(rest, " ")
	}
	return ""
}

// bodyNoun reports whether folded word w names a body found ("cuerpo",
// "cadáver", "restos").
func bodyNoun(w string) bool {
	switch w {
	case "cuerpo", "cuerpos", "cadaver", "cadaveres", "restos":
		return true
	}
	return false
}
