package extract

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

// This file reads the tallies that the sentence-level rules of emit miss
// or misread: a tally told inside an act's sentence, a count of roads
// blocked across a state, a round-up's lead that only counts the states
// its acts befell, and a count from the start of a month or a year told
// beside an act (statistics).

// countVerbs open the count of a tally told after an act ("Con los
// registrados ... en Tepalcatepec, suman 19 los bloqueos en la entidad";
// "..., bringing to 19 the number of blockades").
var countVerbs = []string{"suman ", "suma ", "suman ya ", "van ", "ya son ", "son ya ", "ascienden a ", "asciende a ", "llegan a ", "llega a ", "bringing to ", "bringing the total to ", "bringing the number of "}

// tallyScope are the words after the count that make it a count over an
// area or a period wider than the act's own town.
var tallyScope = newNeedles("estado", "entidad", "municipios", "estados", "desde ", "en tres dias", "en dos dias", "en cuatro dias", "en 24 horas", "en 48 horas", "since ", "across ", "statewide", "in the state", "nationwide")

// splitTally splits sentence i when it tells an act in a town and then,
// after a verb of counting, the tally the act adds to: "Con los
// registrados la mañana de este miércoles en Tepalcatepec, donde hombres
// armados quemaron dos camiones ..., suman 19 los bloqueos en carreteras
// de Michoacán desde el lunes". It returns the tally's draft (the state
// the count covers, the figures told after the count) and leaves in s the
// act: its places and figures before the count, no tally. It returns
// false, leaving s alone, when the sentence has no such shape.
func splitTally(c *reportCtx, i int, s *sentInfo, places []placeRef) (draft, bool) {
	if s.countSplit || !s.typ.Violent() {
		return draft{}, false
	}
	f := c.text.Folded
	v, end := countAt(f, s)
	if v < 0 {
		return draft{}, false
	}
	n := numberAfter(f[:s.fEnd], end)
	if n < 3 || isYear(n) {
		return draft{}, false
	}
	if !tallyScope.in(f[end:s.fEnd]) || calendarToDate(f[end:s.fEnd]) {
		return draft{}, false
	}
	vo, _ := c.text.Span(v, v+1)
	var before, after []placeRef
	for _, p := range places {
		if p.start < vo {
			before = append(before, p)
		} else {
			after = append(after, p)
		}
	}
	town := slices.IndexFunc(before, func(p placeRef) bool { return rank(p.place.Kind) <= 2 && p.place.MunicipalityCode != "" && !p.routeEnd })
	if town < 0 {
		return draft{}, false
	}
	st := before[town]
	for _, p := range after {
		if p.place.Kind == gazetteer.State {
			st = p
			break
		}
	}
	var actFigs, tallyFigs []figure
	for _, fg := range s.figures {
		if fg.start < vo {
			actFigs = append(actFigs, fg)
		} else {
			tallyFigs = append(tallyFigs, fg)
		}
	}
	d := draft{typ: s.typ, weight: s.weight, sents: []int{i}, firstSent: i, lastSent: i, tally: true, cuePos: s.cuePos, figures: tallyFigs, placeFrom: fromSentence}
	d.place = placeRef{text: st.text, place: gazetteer.Place{ID: -1, Kind: gazetteer.State, StateCode: st.place.StateCode}, score: st.score}
	if st.place.Kind == gazetteer.State {
		d.place = st
	}
	s.countSplit = true
	s.tally, s.tallyUnit, s.periodTally, s.tallyCountry = false, false, false, false
	s.figures = actFigs
	s.places = slices.DeleteFunc(slices.Clone(s.places), func(p placeRef) bool { return p.start >= vo })
	return d, true
}

// countAt returns the folded start and end of the verb of counting that
// opens a tally after an act clause in sentence s, or -1: the verb must
// follow a comma (the act's clause before it). Each verb counts where
// ", "+verb first stands, or where ", ya "+verb first does when the
// first is nowhere; the earliest wins, and the longest of those. The
// sentence's commas are read once, not searched for each verb.
func countAt(f string, s *sentInfo) (int, int) {
	seg := f[s.fStart:s.fEnd]
	var direct uint64 // bit i: ", "+countVerbs[i] stands in seg
	for k := range occurrences(seg, ", ") {
		for i, w := range countVerbs {
			if prefixed(seg[k+2:], w) {
				direct |= 1 << i
			}
		}
	}
	for k := range occurrences(seg, ", ") {
		best, bestEnd := -1, -1
		rest := seg[k+2:]
		for i, w := range countVerbs {
			at := -1
			switch {
			case direct&(1<<i) != 0:
				if prefixed(rest, w) {
					at = k + 2
				}
			case strings.HasPrefix(rest, "ya ") && strings.HasPrefix(rest[3:], w):
				at = k + 2 + len("ya ")
			}
			if at >= 0 && (best < 0 || at < best || at == best && at+len(w) > bestEnd) {
				best, bestEnd = at, at+len(w)
			}
		}
		if best >= 0 {
			// the first comma with a verb after it: any verb after a
			// later one starts later
			return s.fStart + best, s.fStart + bestEnd
		}
	}
	return -1, -1
}

// calendarToDate reports whether folded s counts from the start of a month
// or a year ("en lo que va de julio", "en lo que va del año", "so far this
// year"): a statistic, not the tally of a wave.
func calendarToDate(s string) bool {
	return toDateWords.in(s)
}

// toDateWords tell a period up to now (calendarToDate).
var toDateWords = newNeedles("en lo que va de", "en lo que va del", "so far this", "so far in ", "this year", "este ano", "en el ano", "en el mes", "this month", "este mes")

// statisticBeside reports whether tally sentence s counts acts from the
// start of a month or a year ("Con este crimen suman 300 homicidios en el
// municipio en lo que va de 2026") or over a calendar month ("official
// figures show 260 murders in the state in March alone", "Juárez ended
// March with 98 homicides, down from 112 in February") in a report that
// tells an act beside it, before or after it: the count is a statistic
// beside the act, no record of its own (testdata/gold: fusion13 f13-019,
// work_prec2 wp2-014; the gold README: "the SESNSP monthly total is
// statistics"). A count over a month is read only beside an act: alone it
// may be a wave's tally ("van 74 asesinatos en septiembre"). So is a count
// of killings over the country (nationalKillings).
func statisticBeside(c *reportCtx, s *sentInfo, out []draft) bool {
	f := c.text.Folded
	toDate := calendarToDate(f[s.fStart:s.fEnd])
	if !toDate && !monthPeriod(nil, f, s.fStart, s.fEnd) && !nationalKillings(s, f) {
		return false
	}
	if slices.ContainsFunc(out, func(d draft) bool { return !d.tally && !d.denial && d.typ.Violent() }) {
		return true
	}
	if toDate {
		return false
	}
	// An act told after the count: a lead of figures, then the news.
	for j := range c.sents {
		t := &c.sents[j]
		if t.fStart > s.fStart && t.typ.Violent() && t.typ != model.Advisory && !t.tally && !t.historic && !t.suppressed && len(t.times) > 0 {
			return true
		}
	}
	return false
}

// nationalKillings reports whether tally sentence s of folded text f
// counts killings over the whole country ("el domingo se registraron 71
// homicidios dolosos en todo el país", "El fin de semana dejó al menos
// dieciséis muertos en cuatro estados del centro del país", "80 homicides
// nationwide") and names no town: beside an act told before or after it,
// a statistic (statisticBeside; branch extras29). Waves of other kinds ("37 bloqueos
// en 9 estados") are not taken.
func nationalKillings(s *sentInfo, f string) bool {
	if s.typ != model.Homicide || !s.tallyCountry && !nationWords.in(f[s.fStart:s.fEnd]) {
		return false
	}
	// A town named tells its own act ("In the city of Uruapan, four men
	// were found shot dead ..., as attacks spread across several states").
	return !slices.ContainsFunc(s.places, func(p placeRef) bool { return p.place.Kind > gazetteer.State })
}

// nationWords name the whole country as a count's scope (nationalKillings).
var nationWords = newNeedles("en todo el pais", "a nivel nacional", "del pais", "nationwide", "across the country", "across mexico", "in the country")

// countedFromAct reports whether sentence s names the act just told by a
// demonstrative and then counts acts from the start of a month or a year
// ("Con este doble homicidio suman 14 asesinatos en Cajeme en lo que va
// de diciembre", "With this killing, murders so far this year reach
// 300"): the count is a statistic beside the act, and the sentence tells
// no act of its own.
func countedFromAct(c *reportCtx, s *sentInfo) bool {
	if !s.anaphoric || s.cuePos < s.start || s.cuePos >= s.end {
		return false
	}
	f := c.text.Folded
	if !calendarToDate(f[s.fStart:s.fEnd]) {
		return false
	}
	after := c.plain.Sub(s.cuePos, s.end).Folded
	for _, v := range countVerbs {
		if strings.Contains(after, " "+v) {
			return true
		}
	}
	return false
}

// roadsCounted returns the number of roads a passive blocking verb at
// folded at counts ("at least 11 roads had been blocked across
// Michoacán", "14 carreteras fueron bloqueadas"), or -1: the roads are the
// blockades, as "11 blockades" would be.
func roadsCounted(f string, at, lo int) int {
	i := at
	for tok := 0; tok < 5 && i > lo; tok++ {
		j, e := wordBefore(f, i, lo)
		switch w := f[j:e]; w {
		case "had", "have", "has", "been", "were", "was", "are", "fueron", "han", "sido", "habian", "quedaron", "permanecen", "permanecian":
		default:
			if roadNoun(w) {
				return numberBefore(f, j, lo, 0)
			}
			return -1
		}
		i = j
	}
	return -1
}

// roadNoun reports whether folded word w names roads in the plural, the
// units a count of blockades may be told in ("11 roads", "14 carreteras").
func roadNoun(w string) bool {
	switch w {
	case "roads", "highways", "routes", "carreteras", "vialidades", "caminos", "tramos", "autopistas", "avenidas", "avenues", "streets", "calles":
		return true
	}
	return false
}

// blockedWords are the folded passive blocking verbs roadsBlocked and
// blockedCount read.
var blockedWords = []string{" blocked", " bloqueadas", " bloqueados", " cerradas"}

// roadsBlocked returns the largest number of roads that a passive
// blocking verb of folded f[lo:hi] counts (roadsCounted), or -1.
func roadsBlocked(f string, lo, hi int) int {
	n := -1
	for _, v := range blockedWords {
		for at, k := lo, 0; k < 4; k++ {
			j := indexSpaced(f[at:hi], v)
			if j < 0 {
				break
			}
			at += j + 1
			n = max(n, roadsCounted(f, at, lo))
		}
	}
	return n
}

// roundupLeads drops a tally that counts only the states a round-up's
// acts befell ("La jornada del martes dejó hechos violentos en al menos
// tres estados del país", "Attacks on police and businesses hit at least
// three states on Tuesday night") when the report then tells acts in two
// or more states: the lead is the round-up's overview, no aggregate of its
// own. A tally that counts acts ("252 bloqueos en 20 estados") stays.
func roundupLeads(c *reportCtx, ds []draft) []draft {
	for k := 0; k < len(ds); k++ {
		d := &ds[k]
		if !d.tally || d.denial || !c.sents[d.firstSent].unitsOnly {
			continue
		}
		var states []string
		for m := k + 1; m < len(ds); m++ {
			o := &ds[m]
			st := o.place.place.StateCode
			if o.tally || o.denial || !o.typ.Violent() && o.typ != d.typ || o.firstSent <= d.lastSent || o.firstSent > d.lastSent+8 || st == "" {
				continue
			}
			if !slices.Contains(states, st) {
				states = append(states, st)
			}
		}
		if len(states) >= 2 {
			if a, ok := leadLagAct(c, d); ok {
				ds[k] = a // the act its opening clause tells
				continue
			}
			if a, ok := leadHeadAct(c, d); ok {
				ds[k] = a // the act its main clause tells (leadhead.go)
				continue
			}
			ds = slices.Delete(ds, k, k+1)
			k--
		}
	}
	return ds
}

// leadLagAct returns the act a round-up lead tells in an opening clause
// that dates the round-up from it ("A day after gunmen killed three people
// in a bar in Cuernavaca on Wednesday night, violence flared in several
// Mexican states", "Un día después de que un comando asesinó a tres en
// Cuernavaca, ..."): an act of its own, with the town and the figures the
// clause gives, and whether there is one.
func leadLagAct(c *reportCtx, d *draft) (draft, bool) {
	s := &c.sents[d.firstSent]
	f := c.text.Folded[s.fStart:s.fEnd]
	comma := strings.IndexByte(f, ',')
	if comma < 0 {
		return draft{}, false
	}
	ws := strings.Fields(f[:comma])
	opens := false
	for k := 0; k < len(ws) && k < 4; k++ {
		if ws[k] == "after" || (ws[k] == "despues" || ws[k] == "luego") && k+2 < len(ws) && ws[k+1] == "de" && ws[k+2] == "que" {
			opens = k > 0 // "A day after", "Hours after", "Un día después de que"
			break
		}
	}
	if !opens {
		return draft{}, false
	}
	end := c.text.Orig(s.fStart + comma)
	var place placeRef
	for _, p := range s.places {
		if p.start < end && p.place.MunicipalityCode != "" {
			place = p
			break
		}
	}
	if place.place.MunicipalityCode == "" {
		return draft{}, false
	}
	return clauseAct(d, s, place, end, f[:comma])
}

// clauseAct returns the act that the clause of a round-up lead's sentence
// s ending at original offset end (folded words f) tells at place: its
// first violent cue's type and the figures the clause gives, and whether
// it has a violent cue.
func clauseAct(d *draft, s *sentInfo, place placeRef, end int, f string) (draft, bool) {
	for _, h := range s.cues {
		if h.start >= end || !h.typ.Violent() {
			continue
		}
		a := draft{typ: h.typ, weight: h.weight, sents: []int{d.firstSent}, firstSent: d.firstSent, lastSent: d.firstSent, cuePos: h.start, place: place, placeFrom: fromSentence, actors: d.actors}
		for _, g := range s.figures {
			if g.start < end {
				a.figures = append(a.figures, g)
			}
		}
		if a.typ == model.Homicide && armedTakers(f) && attackScene(f, a.figures) {
			a.typ = model.ArmedAttack // "gunmen killed three people in a bar"
		}
		return a, true
	}
	return draft{}, false
}

// stateOfDateline returns the dateline's place when tally sentence s
// counts over "the state" ("nueve bloqueos en seis municipios del
// estado", "de la entidad") and names no state itself: the state is the
// dateline's ("MONTERREY, NL.-").
func stateOfDateline(c *reportCtx, s *sentInfo) (placeRef, bool) {
	if len(c.dateline) == 0 || !theStateWords.in(c.text.Folded[s.fStart:s.fEnd]) {
		return placeRef{}, false
	}
	ps := selectPlaces(c.dateline)
	if len(ps) == 0 || ps[0].place.StateCode == "" || ps[0].place.StateCode == cdmxCode {
		return placeRef{}, false
	}
	return ps[0], true
}

// theStateWords name the state without naming it (stateOfDateline).
var theStateWords = newNeedles("del estado", "de la entidad", "en el estado", "en la entidad", "the state", "statewide")

// leftOpen reports whether the denial word at folded at is itself negated
// ("no descartó que se trate de extorsión", "sin descartar", "did not rule
// out", "no desmintió"): the clause leaves the act open or affirms it, it
// denies nothing.
func leftOpen(f string, at int) bool {
	before := " " + f[max(0, at-12):at]
	for _, m := range []string{" no ", " sin ", " not ", " didn't ", " no se "} {
		if strings.HasSuffix(before, m) {
			return true
		}
	}
	return false
}

// claimAbout reports whether a sentence of the report calls something a
// claim or a rumour ("en redes sociales se asegura que") that is not the
// report of an act of another type than typ: "Los vecinos dijeron que no
// escucharon disparos" beside a claim about who was arrested is no denial
// of a shooting, while "no hay bloqueos" beside rumours of blockades, or
// of nothing the sentence names, is.
func claimAbout(c *reportCtx, typ model.IncidentType) bool {
	for i := range c.sents {
		if s := &c.sents[i]; s.claim && (s.typ == "" || s.typ == typ) {
			return true
		}
	}
	return false
}

// deniedPlaces keeps, of the places of a denial sentence, those named
// after "en"/"in" when some are and others are not: "Chihuahua state
// officials denied reports that gunmen had blocked the highway in
// Cuauhtémoc" denies an act in Cuauhtémoc; the state's name before
// "officials" says whose officials.
func deniedPlaces(ps []placeRef) []placeRef {
	if len(ps) < 2 || !slices.ContainsFunc(ps, func(p placeRef) bool { return p.locative }) || !slices.ContainsFunc(ps, func(p placeRef) bool { return !p.locative }) {
		return ps
	}
	return slices.DeleteFunc(slices.Clone(ps), func(p placeRef) bool { return !p.locative })
}

// ageApposition reports whether the number right before folded at is a
// person's age in apposition ("The man, 24, died in a hospital"), not a
// count of acts.
func ageApposition(f string, at, lo int) bool {
	b := strings.TrimRight(f[lo:at], " ")
	if !strings.HasSuffix(b, ",") {
		return false
	}
	b = strings.TrimSuffix(b, ",")
	k := len(b)
	for k > 0 && isDigit(b[k-1]) {
		k--
	}
	if k == len(b) || len(b)-k > 3 {
		return false
	}
	return strings.HasSuffix(b[:k], ", ")
}

// seizedThing reports whether folded word w names things seized
// ("paquetes", "toneladas", "armas"): their number counts the haul of one
// operation, not operations.
func seizedThing(w string) bool {
	return hasAnyPrefix(w, "paquete", "package", "tonelada", "ton", "kilo", "kg", "arma", "weapon", "rifle", "fusil", "cartucho", "cargador", "round", "dosis", "dose", "bolsa", "litro", "planta", "plant", "pastilla", "pill", "envoltorio", "cajas", "box", "bidon")
}

// shotsCounted reports whether folded cue w is a noun of gunfire
// ("detonaciones", "disparos", "balazos", "plomazos", "gunshots",
// "gunfire"): a number or quantity before it counts the shots of one act,
// not acts. heardStems are its stems, with the shots hit ("balazos") and
// slang ("plomazos").
func shotsCounted(w string) bool {
	return hasAnyPrefix(w, heardStems...) || hasAnyPrefix(w, "balazo", "plomazo")
}

// remainderOf returns the tally drafted before in out that tally draft d,
// of sentence s, counts the rest of: its count is "the other seven victims",
// "los otros cinco", "las ocho restantes" ("The other seven victims were
// killed in separate incidents in León, Celaya, Salamanca and Silao"
// after "Guanajuato recorded 11 homicides on Wednesday" and its deadliest
// act), a part of that total, not a tally of its own. The earlier tally
// has d's type and state.
func remainderOf(c *reportCtx, out []draft, s *sentInfo, d draft) *draft {
	if !remainderWords.in(c.text.Folded[s.fStart:min(s.fEnd, s.fStart+40)]) {
		return nil
	}
	for k := len(out) - 1; k >= 0; k-- {
		t := &out[k]
		if t.tally && t.typ == d.typ && t.place.place.StateCode == d.place.place.StateCode {
			return t
		}
	}
	return nil
}

// remainderWords open a count of the rest of a total told before
// (remainderOf).
var remainderWords = newNeedles("the other ", "the remaining ", "the rest ", "los otros ", "las otras ", "restantes", "el resto ")

// fewActsTold drops a tally that counts two or three acts ("Two
// abductions in two days have rattled Antonio Barona", "Dos ataques
// armados en menos de dos horas sacudieron ...") when the report then
// tells an act of its type in its state: the lede's count is an overview
// of the acts told one by one, not an aggregate beside them
// (countedOverviews drops such a lede when it is no tally).
func fewActsTold(c *reportCtx, ds []draft) []draft {
	for k := range ds {
		d := &ds[k]
		if !d.tally || d.denial {
			continue
		}
		if n := actsCounted(&c.cues, c.text.Folded, &c.sents[d.firstSent]); n < 2 || n > 3 {
			continue
		}
		st := d.place.place.StateCode
		for m := range ds {
			o := &ds[m]
			if !o.tally && !o.denial && o.typ == d.typ && o.firstSent > d.lastSent && o.firstSent <= d.lastSent+8 && (st == "" || o.place.place.StateCode == st) {
				return slices.Delete(ds, k, k+1)
			}
		}
	}
	return ds
}

// sinceDay reports whether folded sentence text f counts from a day named
// after "since" or "desde el" ("since Tuesday", "desde el martes 9 de
// septiembre").
func sinceDay(f string) bool {
	f = " " + f
	for _, m := range []string{" since ", " desde el "} {
		for k := strings.Index(f, m); k >= 0; {
			if w, _, _ := strings.Cut(f[k+len(m):], " "); weekdayWord(strings.Trim(w, ",.;")) {
				return true
			}
			next := strings.Index(f[k+1:], m)
			if next < 0 {
				break
			}
			k += 1 + next
		}
	}
	return false
}

// weekdayWord reports whether folded word w names a day of the week.
func weekdayWord(w string) bool {
	switch w {
	case "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// roundupOverviews drops the acts of a round-up's lead that names two or
// more states and several kinds of act but no town ("Una tarde y una noche
// de violencia se vivieron este viernes en Michoacán y Guanajuato, donde
// grupos armados bloquearon carreteras, incendiaron comercios y atacaron
// una gasolinera") when the report then tells acts in towns of two of
// those states: the lead is the overview of those acts, none of its own.
func roundupOverviews(c *reportCtx, ds []draft) []draft {
	for k := 0; k < len(ds); k++ {
		d := &ds[k]
		i := d.firstSent
		s := &c.sents[i]
		if d.tally || d.denial || d.fromTitle || s.kinds < 2 || rank(d.place.place.Kind) <= 2 && d.placeFrom != fromNone {
			continue
		}
		var states []string
		town := false
		for _, p := range selectPlaces(s.places) {
			if rank(p.place.Kind) <= 2 {
				town = true
			}
			if p.place.StateCode != "" && !slices.Contains(states, p.place.StateCode) {
				states = append(states, p.place.StateCode)
			}
		}
		if town || len(states) < 2 {
			continue
		}
		var told []string
		for m := range ds {
			o := &ds[m]
			if st := o.place.place.StateCode; o.firstSent > i && o.firstSent <= i+8 && !o.tally && !o.denial && rank(o.place.place.Kind) <= 2 && slices.Contains(states, st) && !slices.Contains(told, st) {
				told = append(told, st)
			}
		}
		if len(told) < 2 {
			continue
		}
		n := len(ds)
		ds = slices.DeleteFunc(ds, func(o draft) bool {
			return o.firstSent == i && !o.tally && !o.denial && (o.placeFrom == fromNone || rank(o.place.place.Kind) > 2)
		})
		if len(ds) < n {
			k = -1 // (d, at least, is gone)
		}
	}
	return ds
}

// claimedAfter returns the type of negated cue neg when the sentence
// negates it first and then reports, after a word of claim or report
// ("reportaran", "circularon", "difundieron", "reports of"), the acts it
// keeps: "no hay bloqueos en Zamora ni en Uruapan, luego de que usuarios
// de redes sociales reportaran la quema de vehículos". An arrest negated
// ("no se reportaron detenidos") is a toll, not a denial; "".
func claimedAfter(f string, neg cueHit, kept []cueHit) model.IncidentType {
	if neg.typ == model.SecurityOperation || !neg.typ.Violent() || len(kept) == 0 || kept[0].fStart < neg.fEnd {
		return ""
	}
	between := f[neg.fEnd:kept[0].fStart]
	if !hearsayWords.in(between) {
		return ""
	}
	return neg.typ
}

// hearsayWords tell reports spread on social media (claimedAfter).
var hearsayWords = newNeedles("redes sociales", "social media", "rumor", "versiones", "reportaran", "reportaron", "difundieron", "circularon", "circula", "reports of", "posts")

// reportState gathers into states the states of the places the report
// names, for a tally whose sentence names none ("Violence goes on in
// Tijuana; 4 executed"), and returns the last place. A state named only
// as a neighbour ("6 bodies found on the border with Tabasco" after
// "Violence in southern Veracruz") is where the count is not: it counts
// only when the report names no other state.
func reportState(c *reportCtx, states map[string]bool) placeRef {
	var st, edge placeRef
	edges := map[string]bool{}
	for _, p := range c.refs {
		if p.place.StateCode == "" || p.place.Kind == gazetteer.Country {
			continue
		}
		if p.place.Kind == gazetteer.State && stateLine(c.plain, p) {
			edges[p.place.StateCode], edge = true, p
			continue
		}
		states[p.place.StateCode], st = true, p
	}
	if len(states) > 0 {
		return st
	}
	for code := range edges {
		states[code] = true
	}
	return edge
}

// colonLead returns the place a headline's sentence s opens with when a
// colon follows it ("Juarez: 10 executions on Saturday, ..."), the lead
// that names where the headline's count is, and no other place of the
// sentence is a state's own name (a state named later is told on
// purpose). text is the report's text.
func colonLead(text string, s *sentInfo) (placeRef, bool) {
	if len(s.places) < 2 || len(text) > headlineLen {
		return placeRef{}, false
	}
	p := s.places[0]
	if p.place.StateCode == "" || rank(p.place.Kind) > 2 && p.place.Kind != gazetteer.State {
		return placeRef{}, false
	}
	if p.start < s.start || strings.TrimLeft(text[s.start:p.start], " \t\n\"'") != "" || !strings.HasPrefix(strings.TrimLeft(text[p.end:], " "), ":") {
		return placeRef{}, false
	}
	for _, q := range s.places[1:] {
		if q.place.Kind == gazetteer.State && q.place.StateCode != p.place.StateCode {
			return placeRef{}, false
		}
	}
	return p, true
}
