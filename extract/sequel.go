package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// laterOpeners open a sentence that tells what happened some minutes or
// hours after the act just told ("Horas más tarde, ...", "Later that
// morning, ..."), folded.
var laterOpeners = []string{
	"horas mas tarde", "horas despues", "minutos despues", "minutos mas tarde",
	"mas tarde", "poco despues", "momentos despues", "posteriormente",
	"hours later", "minutes later", "later", "shortly after", "afterwards", "moments later",
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
// sentence with a cue of a disruption is read.
func causeClauseAt(f string, s *sentInfo) int {
	dis := -1
	for _, h := range s.cues {
		if h.typ == model.Disruption && (dis < 0 || h.fStart < dis) {
			dis = h.fStart
		}
	}
	if dis < 0 {
		return -1
	}
	open := -1
	for _, m := range causeMarkers {
		if at := strings.Index(f[dis:s.fEnd], m); at >= 0 && (open < 0 || dis+at < open) {
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
// Monday, ..."), so that the sentence still opens with that day.
func dayOpeners(w string) bool {
	ws := strings.Fields(strings.ToLower(strings.TrimSpace(w)))
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, x := range ws {
		switch strings.TrimRight(x, ",") {
		case "apenas", "ya", "también", "tambien", "y", "pero", "aún", "aun", "just", "also", "and", "but", "earlier", "then":
		default:
			return false
		}
	}
	return true
}

// stateAfter reports whether the word after original offset end of text
// is "state" ("in Zacatecas state"): the name before it is the state's,
// not its capital's.
func stateAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	return len(rest) >= 5 && strings.EqualFold(rest[:5], "state") && (len(rest) == 5 || !isWord(rest[5]))
}
