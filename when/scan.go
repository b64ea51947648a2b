package when

import (
	"strings"
	"time"

	"github.com/atalaya/atalaya/model"
)

// token is a word or a number of the folded text.
type token struct {
	s          string
	start, end int    // in the folded text
	gap        string // the folded text between the previous token and this one
	brk        bool   // a sentence ends in the gap
}

// tokenize splits folded text into runs of letters and digits. It reuses
// toks's array.
func tokenize(toks []token, f string) []token {
	toks = toks[:0]
	if cap(toks) < len(f)/5 {
		toks = make([]token, 0, len(f)/5)
	}
	prev := 0
	for i := 0; i < len(f); {
		if !isWord(f[i]) || f[i] >= 0x80 && opening(f, i) {
			i++
			continue
		}
		j := i + 1
		for j < len(f) && isWord(f[j]) && (f[j] < 0x80 || !opening(f, j)) { // (only non-ASCII bytes open)
			j++
		}
		gap := f[prev:i]
		brk := false
		for k := 0; k < len(gap); k++ {
			switch gap[k] {
			case '\n', '!', '?', ';':
				brk = true
			case '.':
				// A full stop ends a sentence unless it closes an
				// abbreviation ("p.m.", "Aug.", "Sr.").
				if k+1 < len(gap) && len(toks) > 0 && !abbreviation(toks[len(toks)-1].s) {
					brk = true
				}
			}
		}
		toks = append(toks, token{s: f[i:j], start: i, end: j, gap: gap, brk: brk})
		prev = j
		i = j
	}
	return toks
}

// opening reports whether f[i:] starts with "¡" or "¿" (or is the second
// byte of one): marks that open a phrase, not letters.
func opening(f string, i int) bool {
	if f[i] == 0xC2 && i+1 < len(f) && (f[i+1] == 0xA1 || f[i+1] == 0xBF) {
		return true
	}
	return (f[i] == 0xA1 || f[i] == 0xBF) && i > 0 && f[i-1] == 0xC2
}

// abbreviation reports whether a word followed by a full stop is likely an
// abbreviation rather than the end of a sentence.
func abbreviation(w string) bool {
	if len(w) <= 1 {
		return true
	}
	if isDigit(w[0]) && !isDigit(w[len(w)-1]) {
		if _, ok := dayNum(w); ok {
			return true // an ordinal day: "el 1o. de marzo", "1ro. de mayo"
		}
	}
	switch w {
	case "sr", "sra", "srta", "dr", "dra", "lic", "ing", "gral", "col", "av", "no", "num",
		"mr", "mrs", "ms", "st", "gov", "sen", "rep", "jr", "vs", "etc", "km",
		"ene", "feb", "mar", "abr", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic",
		"jan", "apr", "aug", "dec":
		return true
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isWord(c byte) bool  { return wordBytes[c] }

// wordBytes holds isWord's answer for each byte: one load where tokenize
// reads a text byte by byte.
var wordBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 'a' && c <= 'z' || isDigit(byte(c)) || c >= 0x80
	}
	return t
}()

// itemKind is what an item found by a rule is.
type itemKind int

const (
	kDate  itemKind = iota + 1 // a day, week or month
	kClock                     // a time of day, to be placed on a date
	kYear                      // a bare year, history
	kPart                      // a part of a day without its day: "en la madrugada"
)

// item is an expression over tokens [from, to) before joining.
type item struct {
	from, to int
	kind     itemKind
	t        time.Time // kDate, kYear: the resolved start
	prec     model.TimePrecision
	rel      bool
	hist     bool
	part     int            // kDate: the part of day's hour, -1 for none
	hour     int            // kClock
	min      int            // kClock
	fixed    bool           // kClock: the hour is unambiguous (13-24, p.m., "de la tarde")
	upcoming bool           // kDate: a year-less date shortly after publication
	bare     bool           // kDate from a kPart placed on the publication day
	this     bool           // kDate: a weekday with "este" or "this" ("este lunes")
	plainDay bool           // kDate: a weekday before the publication's with neither "este" nor "last" ("el lunes", "Monday")
	clock    *time.Location // kClock: the zone whose wall clock it was read on (Expr.Clock)
}

// scan holds one Find call's state.
type scan struct {
	r      *Resolver
	lang   string
	toks   []token
	hasPub bool
	pub    time.Time // publication time, local
	// wall is the publication's wall clock where it was written, read
	// as a time in America/Mexico_City: pub itself, or for a report
	// filed in another Mexican zone (see local) its own hour and day,
	// which its "hoy", "anoche", "esta madrugada" and "este lunes"
	// count from (23:10 on Monday in Tijuana is 01:10 on Tuesday in
	// Mexico City, and its "hoy" is Monday). Days and parts of days are
	// compared with wall, instants (clock times, "hace dos horas") with
	// pub.
	wall time.Time
	d0   time.Time // start of the publication day, by wall
	// dateOnly is set when the publication time is a bare date.
	dateOnly bool
	// local is the zone a clock time is read in: the publication's own
	// offset when it is another Mexican zone's ("19:40 horas" in a
	// report published at 08:10-08:00 is 19:40 in Tijuana), else nil.
	local *time.Location
}

// w returns token i's text or "".
func (s *scan) w(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].s
}

// near reports whether token i exists and follows token i-1 in the same
// sentence.
func (s *scan) near(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].brk
}

// opens reports whether token i opens a sentence or a headline's clause
// after a colon ("Juárez: Another bloody weekend").
func (s *scan) opens(i int) bool {
	return i == 0 || i < len(s.toks) && (s.toks[i].brk || strings.Contains(s.toks[i].gap, ":"))
}

// is reports whether token i is near and one of words.
func (s *scan) is(i int, words ...string) bool {
	if !s.near(i) {
		return false
	}
	t := s.toks[i].s
	for _, w := range words {
		if t == w {
			return true
		}
	}
	return false
}

// number parses a digit token.
func number(w string) (int, bool) {
	if w == "" || len(w) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, true
}

// dayNum parses a day of the month: "12", "1o", "1ro", "12th", "primero".
func dayNum(w string) (int, bool) {
	if w == "primero" || w == "first" {
		return 1, true
	}
	j := 0
	for j < len(w) && isDigit(w[j]) {
		j++
	}
	if j == 0 || j > 2 {
		return 0, false
	}
	switch w[j:] {
	case "", "o", "ro", "er", "st", "nd", "rd", "th", "\u00b0", "\u00ba":
	default:
		return 0, false
	}
	n, _ := number(w[:j])
	if n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

// year parses a four-digit year between 1900 and 2100.
func year(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	n, ok := number(w)
	return n, ok && n >= 1900 && n <= 2100
}

// rules is a set of match's rules, a bit each, in the order match tries
// them.
type rules uint16

const (
	rClock rules = 1 << iota
	rRelDay
	rPartOf
	rAgo
	rPeriod
	rWeekday
	rAbsolute
	rYearOnly
	rBarePart
	allRules = 1<<iota - 1
)

// match tries at token i, in order, each rule of rs (the rules that may
// begin at the token: Resolver.startsAt) and returns the first match.
func (s *scan) match(i int, rs rules) (item, bool) {
	if updateNote(s.w(i-1)) || (s.w(i-1) == "on" || s.w(i-1) == "el" || s.w(i-1) == "at") && updateNote(s.w(i-2)) {
		return item{}, false // "(Updated 1/2/14)": when the page changed, not when the act was
	}
	for k, rule := range [...]func(int) (item, bool){
		s.clock, s.relDay, s.partOf, s.ago, s.period, s.weekday, s.absolute, s.yearOnly, s.barePart,
	} {
		if rs&(1<<k) == 0 {
			continue
		}
		if it, ok := rule(i); ok {
			return it, true
		}
	}
	return item{}, false
}

// day returns a day item over [from, to).
func (s *scan) day(from, to int, t time.Time, rel bool) item {
	return item{from: from, to: to, kind: kDate, t: t, prec: model.TimeDay, rel: rel, part: -1}
}

// withPart applies a part of the day following a date at j ("por la
// tarde", "en la madrugada", "morning", "in the evening") and returns the
// item extended over it.
func (s *scan) withPart(it item) item {
	j := it.to
	k := j
	switch {
	case s.is(j, "por", "en", "in", "durante") && s.is(j+1, "la", "the"):
		k = j + 2
	case s.is(j, "de") && s.is(j+1, "madrugada"):
		k = j + 1
	}
	if h, ok := s.r.parts[s.w(k)]; ok && s.near(k) && s.w(k) != "overnight" {
		it.part = h
		it.to = k + 1
	}
	return it
}

// finish sets a day item's time from its day and part; it may be applied
// more than once.
func finish(it item) item {
	if it.part >= 0 {
		it.t = midnight(it.t).Add(time.Duration(it.part) * time.Hour)
	}
	return it
}

// relDay matches hoy, ayer, anteayer, anoche, "esta mañana", today,
// yesterday, "last night", tonight, "this morning", "earlier today".
func (s *scan) relDay(i int) (item, bool) {
	if !s.hasPub {
		return item{}, false
	}
	w := s.w(i)
	var it item
	switch w {
	case "hoy", "today", "tonight":
		it = s.day(i, i+1, s.d0, true)
		if w == "tonight" {
			it.part = 21
			it.t = s.nightOf()
		}
	case "ayer", "yesterday":
		it = s.day(i, i+1, s.d0.AddDate(0, 0, -1), true)
	case "anteayer", "antier":
		it = s.day(i, i+1, s.d0.AddDate(0, 0, -2), true)
	case "antes":
		if !s.is(i+1, "de") || !s.is(i+2, "ayer") {
			return item{}, false
		}
		it = s.day(i, i+3, s.d0.AddDate(0, 0, -2), true)
	case "ahorita":
		it = s.day(i, i+1, s.d0, true)
	case "en":
		// "en este momento", "en estos momentos": live reporting; "en las
		// últimas horas": the hours just before publication, told as the
		// day of the report (not "en las últimas 24 horas", a period).
		switch {
		case s.is(i+1, "este") && s.is(i+2, "momento") || s.is(i+1, "estos") && s.is(i+2, "momentos"):
			it = s.day(i, i+3, s.d0, true)
		case s.is(i+1, "las") && s.is(i+2, "ultimas") && s.is(i+3, "horas") && !s.is(i+4, "de", "del"):
			// ("en las últimas horas del domingo" is the Sunday's)
			it = s.day(i, i+4, s.d0, true)
		default:
			return item{}, false
		}
	case "right":
		if !s.is(i+1, "now") {
			return item{}, false
		}
		it = s.day(i, i+2, s.d0, true)
	case "anoche":
		it = s.day(i, i+1, s.d0.AddDate(0, 0, -1), true)
		it.part = 22
	case "antenoche":
		it = s.day(i, i+1, s.d0.AddDate(0, 0, -2), true)
		it.part = 22
	case "overnight":
		if _, ok := s.r.weekdays[s.w(i+1)]; ok && s.near(i+1) {
			// "overnight Saturday": the night that began on Saturday.
			if it, ok := s.weekday(i + 1); ok && it.kind == kDate && it.prec == model.TimeDay {
				it.from, it.part = i, 22
				return finish(it), true
			}
		}
		// A bare "overnight" is the night just past, which began the
		// day before: coded so by UCDP (5 of 7 such dev headlines) and
		// in the gold sets ("19 blockades overnight": Sunday night to
		// early Monday, coded Sunday).
		it = s.day(i, i+1, s.d0.AddDate(0, 0, -1), true)
		it.part = 22
	case "last":
		if !s.is(i+1, "night") {
			return item{}, false
		}
		it = s.day(i, i+2, s.d0.AddDate(0, 0, -1), true)
		it.part = 22
	case "the":
		if !(s.is(i+1, "day") && s.is(i+2, "before") && s.is(i+3, "yesterday")) {
			return item{}, false
		}
		it = s.day(i, i+4, s.d0.AddDate(0, 0, -2), true)
	case "earlier", "early":
		if !s.is(i+1, "today") {
			return item{}, false
		}
		it = s.day(i, i+2, s.d0, true)
	case "esta", "this":
		h, ok := s.r.parts[s.w(i+1)]
		if !ok || !s.near(i+1) || s.w(i+1) == "overnight" {
			return item{}, false
		}
		if s.is(i+2, "de", "del") {
			return item{}, false // "esta noche de ..." is left to partOf
		}
		it = s.day(i, i+2, s.d0, true)
		it.part = h
		if h >= 12 {
			it.t = s.nightOf()
		}
		return finish(it), true
	default:
		return item{}, false
	}
	// "ayer domingo", "hoy lunes".
	if wd, ok := s.r.weekdays[s.w(it.to)]; ok && s.near(it.to) && it.t.Weekday() == wd {
		it.to++
	}
	if it.part < 0 {
		it = s.withPart(it)
	}
	return finish(it), true
}

// nightOf returns the day whose afternoon or night "esta noche", "esta
// tarde" or "tonight" names: the publication day, or the day before
// for a report timed before dawn (00:20 on Tuesday, "esta noche" is the
// night Monday began; its afternoon is Monday's too).
func (s *scan) nightOf() time.Time {
	if !s.dateOnly && s.wall.Hour() < dawn {
		return s.d0.AddDate(0, 0, -1)
	}
	return s.d0
}

// dawn is the hour before which a report is written in the night of the
// day before.
const dawn = 6

// madrugada is the representative hour of the small hours ("la
// madrugada", "overnight").
const madrugada = 3

// dusk is the hour of "al anochecer", "at dusk": the evening's.
const dusk = 19

// partOf matches "la madrugada de este lunes", "la noche del domingo", "la
// tarde del jueves 11", "esta noche" handled by relDay.
func (s *scan) partOf(i int) (item, bool) {
	var h, j int
	switch {
	case s.is(i+1, "madrugada", "manana", "tarde", "noche", "mediodia") && (s.w(i) == "la" || s.w(i) == "esta" || s.w(i) == "el"):
		h, j = s.r.parts[s.w(i+1)], i+2
	case s.w(i) == "las" && s.is(i+1, "primeras") && s.is(i+2, "horas"):
		// "las primeras horas del lunes": its small hours.
		h, j = madrugada, i+3
	case s.is(i-1, "y", "e", "o", "hasta") && (s.w(i) == "madrugada" || s.w(i) == "noche" || s.w(i) == "tarde"):
		// A part joined to another without its article: "la noche del
		// sábado y madrugada del domingo".
		h, j = s.r.parts[s.w(i)], i+1
	default:
		return item{}, false
	}
	if !s.is(j, "de", "del") {
		return item{}, false
	}
	j++
	var it item
	var ok bool
	switch s.w(j) {
	case "hoy", "ayer", "anteayer", "antier":
		if !s.near(j) {
			return item{}, false
		}
		it, ok = s.relDay(j)
	default:
		it, ok = s.weekday(j)
		if !ok {
			it, ok = s.absolute(j)
		}
		if !ok {
			it, ok = s.partDay(j)
		}
	}
	if !ok || it.kind != kDate || it.prec != model.TimeDay {
		return item{}, false
	}
	it.t = midnight(it.t)
	it.from = i
	it.part = h
	next := it.to + 1
	if s.w(it.to) == "para" && s.is(next, "el") {
		next++ // "la noche del viernes para el sábado"
	}
	if wd, ok := s.r.weekdays[s.w(next)]; ok && s.is(it.to, "al", "para") && s.near(next) && wd == (it.t.Weekday()+1)%7 {
		// "la noche del domingo al lunes": the night that began on
		// Sunday; "la madrugada del domingo al lunes": Monday's small
		// hours.
		it.to = next + 1
		if h < dawn {
			it.t = it.t.AddDate(0, 0, 1)
		}
	}
	return finish(it), true
}

// partDay matches the day's number alone after a part of the day, "la
// noche del 14", "la madrugada del pasado 3": the most recent such day
// on or before the publication day. A number followed by "de" (a month
// that is none, "del 14 de la calle") or by a noun it counts ("la noche
// del 14 muertos") is no day.
func (s *scan) partDay(j int) (item, bool) {
	k := j
	if s.w(k) == "pasado" && s.near(k+1) {
		k++
	}
	d, ok := dayNum(s.w(k))
	if !ok || !s.hasPub || !s.near(k) || s.is(k+1, "de", "del") || countNoun(s.w(k+1)) {
		return item{}, false
	}
	t, ok := s.dayOfMonth(d, -1, 0)
	if !ok {
		return item{}, false
	}
	return finish(s.day(j, k+1, t, true)), true
}

// barePart matches a part of a day that names no day: "en la madrugada",
// "durante la noche", "por la tarde", "en plena madrugada", a headline's
// "Madrugada violenta en ...". join places it on the last day the text
// spoke of, else on the publication day (the day before when its hour is
// still to come).
func (s *scan) barePart(i int) (item, bool) {
	if !s.hasPub {
		return item{}, false
	}
	switch {
	case s.w(i) == "antes" && s.is(i+1, "del") && s.is(i+2, "amanecer"),
		s.w(i) == "al" && s.is(i+1, "amanecer") && !s.is(i+2, "de", "del"),
		(s.w(i) == "before" || s.w(i) == "at") && s.is(i+1, "dawn") && !s.is(i+2, "on"):
		// "antes del amanecer", "al amanecer", "before dawn", "at
		// dawn": the small hours, as a bare "madrugada" ("al amanecer
		// del lunes" is left to the day it names).
		to := i + 2
		if s.w(i) == "antes" {
			to = i + 3
		}
		return item{from: i, to: to, kind: kPart, prec: model.TimeDay, rel: true, part: 5}, true
	case s.w(i) == "al" && s.is(i+1, "anochecer") && !s.is(i+2, "de", "del"),
		s.w(i) == "at" && s.is(i+1, "dusk", "nightfall") && !s.is(i+2, "on"):
		// "al anochecer", "at dusk", "at nightfall": the evening, as
		// "al amanecer" is the small hours ("al anochecer del lunes" is
		// left to the day it names).
		return item{from: i, to: i + 2, kind: kPart, prec: model.TimeDay, rel: true, part: dusk}, true
	case s.w(i) == "the":
		// "during the early morning", "in the early hours": the small
		// hours, as the Spanish "durante la madrugada" they often
		// translate ("the early hours of Sunday" is left to the day).
		if s.is(i-1, "during", "in") && s.is(i+1, "early") && s.is(i+2, "morning", "hours") && s.near(i+1) && s.near(i+2) &&
			!s.is(i+3, "of", "on") {
			return item{from: i, to: i + 3, kind: kPart, prec: model.TimeDay, rel: true, part: madrugada}, true
		}
		return item{}, false
	}
	j := i
	switch s.w(j) {
	case "en", "durante", "por", "a":
		j++
		if !s.near(j) {
			return item{}, false
		}
	}
	article := false
	switch s.w(j) {
	case "la", "plena":
		if j > i && !s.near(j) {
			return item{}, false
		}
		article = true
		j++
		if !s.near(j) {
			return item{}, false
		}
	}
	w := s.w(j)
	switch {
	case w == "madrugada":
	case (w == "noche" || w == "tarde") && article:
	default:
		return item{}, false
	}
	switch s.w(i - 1) {
	case "toda", "cada", "una", "otra", "misma", "esa", "aquella", "all", "every":
		return item{}, false // "toda la noche", "cada madrugada": no one day
	}
	if s.is(j+1, "de", "del") && (s.is(j+2, "ayer", "hoy", "sabado", "domingo", "lunes", "martes", "miercoles", "jueves", "viernes") || s.is(j+2, "este", "esta", "el")) {
		return item{}, false // "la noche del jueves": partOf's, or a name
	}
	if !s.hasPub {
		return item{}, false
	}
	return item{from: i, to: j + 1, kind: kPart, prec: model.TimeDay, rel: true, part: s.r.parts[w]}, true
}

// ago matches "hace dos horas", "hace unos minutos", "two hours ago", "a
// few days ago".
func (s *scan) ago(i int) (item, bool) {
	if !s.hasPub {
		return item{}, false
	}
	var n, j int
	var u unit
	es := s.w(i) == "hace"
	if es {
		j = i + 1
		// a hedge before the amount: "hace como una hora", "hace cerca
		// de dos horas", "hace poco más de una hora"
		if s.is(j, "poco") && s.is(j+1, "mas") && s.is(j+2, "de") {
			j += 3
		} else if s.is(j, "cerca", "alrededor", "mas", "menos") && s.is(j+1, "de") {
			j += 2
		} else if s.is(j, "como", "casi", "aproximadamente", "apenas") {
			if _, ok := s.qty(j + 1); ok {
				j++
			}
		}
		if s.is(j, "un") && s.is(j+1, "par") && s.is(j+2, "de") {
			n, j = 2, j+3
		} else if v, ok := s.qty(j); ok {
			n, j = v, j+1
		} else if _, ok := s.r.units[s.w(j)]; ok && s.near(j) && s.w(j) != "hrs" {
			n = 1 // "hace momentos"
		} else {
			return item{}, false
		}
		var ok bool
		if u, ok = s.r.units[s.w(j)]; !ok || !s.near(j) {
			return item{}, false
		}
		j++
	} else {
		v, ok := s.qty(i)
		j = i + 1
		if s.w(i) == "a" && s.is(i+1, "few", "couple") {
			ok = false
		}
		if !ok {
			if s.w(i) == "a" && s.is(i+1, "few", "couple") {
				v, j = 3, i+2
				if s.w(i+1) == "couple" {
					v = 2
					if s.is(j, "of") {
						j++
					}
				}
			} else {
				return item{}, false
			}
		}
		n = v
		if u, ok = s.r.units[s.w(j)]; !ok || !s.near(j) || !s.is(j+1, "ago") {
			return item{}, false
		}
		j += 2
	}
	if n <= 0 || n > 1000 {
		return item{}, false
	}
	it := item{from: i, to: j, kind: kDate, rel: true, part: -1}
	switch u {
	case unitMinute:
		it.t = s.pub.Add(-time.Duration(n) * time.Minute).Truncate(time.Minute)
		it.prec = model.TimeMinute
		switch s.w(j - 1) {
		case "momento", "momentos", "instante", "instantes", "rato", "moments":
			// "hace un momento", "hace rato", "hace unos instantes": a
			// little while, not so many minutes.
			it.prec = model.TimeHour
		default:
			if n == 3 && !isDigit(s.w(j - 2)[0]) {
				it.prec = model.TimeHour // "hace unos minutos"
			}
		}
	case unitHour:
		it.t = s.pub.Add(-time.Duration(n) * time.Hour).Truncate(time.Hour)
		it.prec = model.TimeHour
	case unitDay:
		it.t = s.d0.AddDate(0, 0, -n)
		it.prec = model.TimeDay
	case unitWeek:
		it.t = s.d0.AddDate(0, 0, -7*n)
		it.prec = model.TimeWeek
	case unitMonth:
		it.t = s.d0.AddDate(0, -n, 0)
		it.prec = model.TimeWeek
		it.hist = n >= 2
	case unitYear:
		it.t = time.Date(s.d0.Year()-n, 1, 1, 0, 0, 0, 0, s.r.loc)
		it.prec = ""
		it.kind = kYear
		it.hist = true
	}
	// Truncate works in UTC; put the instant back in local time.
	it.t = it.t.In(s.r.loc)
	if s.dateOnly && (u == unitMinute || u == unitHour) {
		it.t, it.prec = s.d0, model.TimeDay
	}
	return it, true
}

// qty parses a small quantity at i: digits, a number word, "unos".
func (s *scan) qty(i int) (int, bool) {
	w := s.w(i)
	if n, ok := number(w); ok {
		return n, true
	}
	if n, ok := s.r.nums[w]; ok {
		return n, true
	}
	return 0, false
}

// period matches weeks, parts of a week, weekends and months: "la semana
// pasada", "esta semana", "a principios de semana", "el fin de semana", "el
// mes pasado", "last week", "earlier this week", "over the weekend", "last
// month".
func (s *scan) period(i int) (item, bool) {
	if !s.hasPub {
		return item{}, false
	}
	// This week's Monday, the last Saturday and the last month's first
	// day, worked out only for a match (most calls match nothing).
	monday := func() time.Time { return s.d0.AddDate(0, 0, -((int(s.d0.Weekday()) + 6) % 7)) }
	sat := func() time.Time { return s.d0.AddDate(0, 0, -((int(s.d0.Weekday()) + 1) % 7)) }
	prevMonth := func() time.Time { return time.Date(s.d0.Year(), s.d0.Month()-1, 1, 0, 0, 0, 0, s.r.loc) }
	week := func(from, to int, t time.Time) (item, bool) {
		return item{from: from, to: to, kind: kDate, t: t, prec: model.TimeWeek, rel: true, part: -1}, true
	}
	// "el mes pasado", "last month": an act told by its month only, before
	// this one, is history beside this week's news (the gold README's
	// "events before the report's period told as history").
	lastMonth := func(from, to int) (item, bool) {
		it, ok := week(from, to, prevMonth())
		it.hist = true
		return it, ok
	}
	w := s.w(i)
	switch w {
	case "la", "esta", "el", "este", "pasado", "pasada":
		j := i + 1
		last := w == "pasado" || w == "pasada"
		if s.is(j, "pasada", "pasado") && (w == "la" || w == "el") {
			last = true
			j++
		}
		switch {
		case s.is(j, "semana"):
			j++
			if s.is(j, "pasada", "anterior") {
				return week(i, j+1, monday().AddDate(0, 0, -7))
			}
			if last {
				return week(i, j, monday().AddDate(0, 0, -7))
			}
			if w == "esta" {
				return week(i, j, monday())
			}
		case s.is(j, "fin") && s.is(j+1, "de") && s.is(j+2, "semana"):
			j += 3
			t := sat()
			if s.is(j, "pasado", "anterior") {
				last = true
				j++
			}
			if last && (s.d0.Weekday() == time.Saturday || s.d0.Weekday() == time.Sunday) {
				t = t.AddDate(0, 0, -7)
			}
			return week(i, j, t)
		case s.is(j, "mes"):
			j++
			if s.is(j, "pasado", "anterior") {
				return lastMonth(i, j+1)
			}
			if last {
				return lastMonth(i, j)
			}
		}
	case "a", "al":
		// "a principios de semana", "a mediados de la semana pasada",
		// "al final de la semana": that week's Monday, Wednesday or
		// Friday, the last such day on or before the publication's.
		off := 0
		switch s.w(i + 1) {
		case "principios", "principio", "inicios", "inicio", "comienzos", "comienzo":
		case "mediados":
			off = 2
		case "finales", "final":
			off = 4
		default:
			return item{}, false
		}
		j := i + 2
		if !s.is(j, "de") {
			break
		}
		j++
		if s.is(j, "la", "esta") {
			j++
		}
		if !s.is(j, "semana") {
			break
		}
		j++
		t := monday()
		if s.is(j, "pasada", "anterior") {
			t = t.AddDate(0, 0, -7)
			j++
		}
		if t = t.AddDate(0, 0, off); t.After(s.d0) {
			t = t.AddDate(0, 0, -7)
		}
		return week(i, j, t)
	case "fin", "otro", "weekend", "another", "violento", "sangriento":
		// A headline's "Fin de semana violento en Celaya", "Otro fin de
		// semana sangriento", "Violento fin de semana en Irapuato",
		// "Weekend violence leaves 20 dead", "Another bloody weekend": the
		// last weekend, as "el fin de semana". (A bare "Bloody weekend in
		// Zacatecas" stays undated: with no toll it is no incident.)
		if !s.opens(i) {
			break
		}
		j := i
		if w == "otro" || w == "another" {
			j++
			if s.is(j, "bloody", "violent", "deadly") {
				j++
			}
		}
		if (s.w(j) == "violento" || s.w(j) == "sangriento") && (j == i || s.near(j)) {
			j++
		}
		if s.w(j) == "fin" && (j == i || s.near(j)) && s.is(j+1, "de") && s.is(j+2, "semana") {
			return week(i, j+3, sat())
		}
		if s.w(j) == "weekend" && (j == i || s.near(j)) {
			return week(i, j+1, sat())
		}
	case "last", "this", "earlier", "over", "the", "past":
		j := i + 1
		if w == "earlier" && s.is(j, "this") {
			j++
		}
		if w == "over" && s.is(j, "the") {
			j++
		}
		if w == "this" && s.is(j, "past") {
			w = "past"
			j++
		}
		// "weekend", "week-end", "week end".
		weekend, wend := s.is(j, "weekend"), j+1
		if s.is(j, "week") && s.is(j+1, "end") && s.near(j+1) {
			weekend, wend = true, j+2
		}
		switch {
		case s.is(j, "week") && !weekend:
			switch {
			case w == "last" || w == "past":
				return week(i, j+1, monday().AddDate(0, 0, -7))
			case w == "this" || w == "earlier":
				return week(i, j+1, monday())
			}
		case weekend:
			t := sat()
			if w == "last" || w == "past" {
				if s.d0.Weekday() == time.Saturday || s.d0.Weekday() == time.Sunday {
					t = t.AddDate(0, 0, -7)
				}
			}
			return week(i, wend, t)
		case s.is(j, "month") && (w == "last" || w == "past"):
			return lastMonth(i, j+1)
		}
	}
	return item{}, false
}

// weekday matches "el pasado viernes", "este martes", "el lunes", "el
// domingo por la noche", "el jueves 11", "last Sunday", "this Sunday
// morning", "early Sunday", "on Friday", "Sunday, Aug. 12".
func (s *scan) weekday(i int) (item, bool) {
	j := i
	last := false
	part := -1
	for k := 0; k < 3; k++ {
		w := s.w(j)
		if j > i && !s.near(j) {
			return item{}, false
		}
		switch w {
		case "el", "este", "on", "this":
		case "pasado", "last", "past":
			last = true
		case "early":
			part = 3
		case "late":
			part = 22
		default:
			k = 3
			continue
		}
		j++
	}
	wd, ok := s.r.weekdays[s.w(j)]
	if !ok && j == i {
		wd, ok = dayAdjective(s.w(i-1), s.w(i))
	}
	if !ok || (j > i && !s.near(j)) {
		return item{}, false
	}
	switch s.w(i - 1) {
	case "proximo", "next", "siguiente", "santo", "santa", "cada", "todos", "los", "every", "coming":
		if j == i {
			return item{}, false
		}
	}
	if s.w(j-1) == "next" || s.w(j-1) == "coming" {
		return item{}, false
	}
	j++
	if s.is(j, "proximo") && s.is(j+1, "pasado") && s.near(j+1) {
		// "el sábado próximo pasado" is the last one, the Mexican press's
		// formal "last".
		j++
	}
	if s.is(j, "proximo", "siguiente", "entrante") || (s.is(j, "que") && s.is(j+1, "viene")) {
		return item{}, false
	}
	if s.is(j, "pasado", "anterior") {
		last = true
		j++
	}
	// A date may follow: "jueves 11", "domingo 12 de agosto", "Sunday, Aug. 12".
	if s.near(j) {
		if it, ok := s.absolute(j); ok && it.prec == model.TimeDay {
			it.from = i
			if part >= 0 {
				it.part = part
			}
			if it.part < 0 {
				it = s.withPart(it)
			}
			return finish(it), true
		}
		if d, ok := dayNum(s.w(j)); ok && !s.is(j+1, "de", "del") && !strings.Contains(s.toks[j].gap, ":") && s.dayAfterWeekday(j-1, j) {
			if _, isMonth := s.r.months[s.w(j+1)]; !isMonth || !s.near(j+1) {
				if !s.hasPub {
					return item{}, false
				}
				t, ok := s.dayOfMonth(d, wd, 0)
				if !ok {
					return item{}, false
				}
				it := s.day(i, j+1, t, true)
				it.part = part
				if it.part < 0 {
					it = s.withPart(it)
				}
				return finish(it), true
			}
		}
	}
	if !s.hasPub {
		return item{}, false
	}
	if !last && j == i+1 && (s.w(i-1) == "starting" || s.w(i-1) == "beginning") {
		// A start announced: "suspended classes starting Monday" is the
		// coming Monday (the publication day's own when it is one).
		fwd := (int(wd) - int(s.d0.Weekday()) + 7) % 7
		it := s.day(i, j, s.d0.AddDate(0, 0, fwd), true)
		it.upcoming = fwd > 0
		return it, true
	}
	if !last && s.w(i-1) == "hasta" && (s.is(j, "para") || deadlineVerb(s.w(i-2))) {
		// A deadline: "tienen hasta el viernes para pagar" is the coming
		// Friday.
		fwd := (int(wd) - int(s.d0.Weekday()) + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		it := s.day(i, j, s.d0.AddDate(0, 0, fwd), true)
		it.part = part
		it.upcoming = true
		return finish(it), true
	}
	back := (int(s.d0.Weekday()) - int(wd) + 7) % 7
	if last && back == 0 {
		back = 7
	}
	it := s.day(i, j, s.d0.AddDate(0, 0, -back), true)
	it.part = part
	it.this = !last && (s.w(i) == "este" || s.w(i) == "this") && back > 0
	it.plainDay = !last && !it.this && back > 0
	// "Sunday morning", "el domingo por la noche".
	if h, ok := s.r.parts[s.w(j)]; ok && s.near(j) && s.w(j) != "overnight" && s.w(j) != "manana" {
		it.part = h
		it.to = j + 1
	} else if it.part < 0 {
		it = s.withPart(it)
	}
	return finish(it), true
}

// deadlineVerb reports whether w gives someone until a day: "tienen
// hasta el viernes", "les dieron hasta el martes", "plazo hasta el lunes".
func deadlineVerb(w string) bool {
	switch w {
	case "tienen", "tiene", "tenian", "tenia", "dan", "da", "dieron", "dio", "plazo":
		return true
	}
	return false
}

// dayAdjective reads an adjective of a weekday after a noun of a day or
// a part of one ("jornada sabatina", "noche dominical"): that weekday.
// After other nouns ("misa dominical", "clases sabatinas") it names a
// habit, not a day.
func dayAdjective(noun, w string) (time.Weekday, bool) {
	switch noun {
	case "jornada", "noche", "tarde", "madrugada", "manana", "balacera", "violencia":
	default:
		return 0, false
	}
	switch w {
	case "sabatina", "sabatino":
		return time.Saturday, true
	case "dominical", "dominguera", "dominguero":
		return time.Sunday, true
	}
	return 0, false
}

// dayAfterWeekday reports whether the number at n after the weekday at w
// can be a day of the month ("el jueves 11"). An English weekday takes a
// bare day only before a month ("Saturday 10 executions" counts the dead),
// and a number that counts people or acts ("el sábado 7 ejecutados") is
// a toll, not a day.
func (s *scan) dayAfterWeekday(w, n int) bool {
	if strings.HasSuffix(s.w(w), "day") {
		return false
	}
	return !countNoun(s.w(n + 1))
}

// countNoun reports whether w is a noun or participle that a toll counts.
func countNoun(w string) bool {
	switch w {
	case "muertos", "muertas", "ejecutados", "ejecutadas", "ejecuciones", "asesinatos", "asesinados",
		"asesinadas", "homicidios", "cuerpos", "cadaveres", "heridos", "heridas", "lesionados",
		"detenidos", "personas", "hombres", "mujeres", "victimas", "decapitados", "balaceras",
		"ataques", "bloqueos", "desaparecidos", "levantados", "secuestrados", "policias":
		return true
	}
	return false
}

// dayOfMonth returns the most recent day numbered d on or before the
// publication day, preferring one that falls on wd, looking from skip
// months before the publication's month.
func (s *scan) dayOfMonth(d int, wd time.Weekday, skip int) (time.Time, bool) {
	var first time.Time
	for m := skip; m < skip+3; m++ {
		t := time.Date(s.d0.Year(), s.d0.Month()-time.Month(m), d, 0, 0, 0, 0, s.r.loc)
		if t.Day() != d || t.After(s.d0) {
			continue
		}
		if t.Weekday() == wd {
			return t, true
		}
		if first.IsZero() {
			first = t
		}
	}
	return first, !first.IsZero()
}

// absolute matches "12 de agosto (de 2022)", "August 12, 2022", "Aug. 12",
// "12 August 2022", "12/08/2022", "2022-08-12", "agosto de 2022", and a
// holiday of a fixed date ("Nochebuena", "Christmas Eve").
func (s *scan) absolute(i int) (item, bool) {
	w := s.w(i)
	if m, d, to, ok := s.holiday(i); ok {
		if s.w(i-1) == "de" && (s.w(i-2) == "visperas" || s.w(i-2) == "vispera") {
			// "en vísperas de Año Nuevo": the day before.
			t := time.Date(2001, m, d-1, 0, 0, 0, 0, s.r.loc)
			m, d = t.Month(), t.Day()
		}
		return s.dated(i, to, 0, m, d, false)
	}
	if w == "dia" && s.near(i+1) {
		// "el día 12 de agosto", or "el día 12" of a recent month.
		if it, ok := s.absolute(i + 1); ok {
			it.from = i
			return it, true
		}
		d, ok := dayNum(s.w(i + 1))
		if !ok || !s.hasPub || s.is(i+2, "de", "del") {
			return item{}, false
		}
		t, ok := s.dayOfMonth(d, -1, 0)
		if !ok {
			return item{}, false
		}
		return finish(s.withPart(s.day(i, i+2, t, true))), true
	}
	if w == "pasado" && s.w(i-1) == "el" && s.near(i) && s.near(i+1) {
		// "el pasado 3 de agosto", "el pasado día 3", or "el pasado 3"
		// of a recent month: the last such day before the publication day.
		if it, ok := s.absolute(i + 1); ok {
			it.from = i
			return it, true
		}
		d, ok := dayNum(s.w(i + 1))
		if !ok || !s.hasPub || s.is(i+2, "de", "del") || countNoun(s.w(i+2)) {
			return item{}, false
		}
		t, ok := s.dayOfMonth(d, -1, 0)
		if ok && t.Equal(s.d0) {
			t, ok = s.dayOfMonth(d, -1, 1)
		}
		if !ok {
			return item{}, false
		}
		return finish(s.withPart(s.day(i, i+2, t, true))), true
	}
	var y, d int
	var m time.Month
	j := i
	if mo, ok := s.r.months[w]; ok {
		// "August 12, 2022", "Aug. 12", or "agosto de 2022".
		if dd, ok := dayNum(s.w(i + 1)); ok && s.near(i+1) {
			m, d, j = mo, dd, i+2
			if yy, ok := year(s.w(j)); ok && s.near(j) {
				y = yy
				j++
			}
		} else {
			k := i + 1
			if s.is(k, "de", "del") {
				k++
			}
			yy, ok := year(s.w(k))
			if !ok || !s.near(k) || len(w) < 5 && w != "may" && w != "june" && w != "july" {
				return item{}, false
			}
			return s.month(i, k+1, yy, mo)
		}
	} else if dd, ok := dayNum(w); ok {
		if placeWord(s.w(i-1)) || s.w(i-1) == "the" && s.is(i+1, "de") {
			return item{}, false // "colonia 18 de Mayo", "calle 5 de Febrero", English "the 1 de Mayo neighborhood"
		}
		k := i + 1
		if s.is(k, "de") || s.is(k, "of") && s.w(i-1) == "the" {
			k++ // "12 de agosto", "the 12th of August"
		}
		mo, ok := s.r.months[s.w(k)]
		if ok && s.near(k) && !s.notMonthAfterDay(k) {
			m, d, j = mo, dd, k+1
			switch {
			case s.is(j, "de", "del") && isYear(s.w(j+1)) && s.near(j+1):
				y, _ = year(s.w(j + 1))
				j += 2
			case isYear(s.w(j)) && s.near(j):
				y, _ = year(s.w(j))
				j++
			case s.is(j, "pasado"):
				j++
			}
		} else if to := s.thisMonth(i + 1); to > 0 && s.hasPub {
			// "el 5 de los corrientes", "el día 5 del presente mes"
			it, ok := s.dated(i, to, s.d0.Year(), s.d0.Month(), dd, true)
			it.rel = true
			return it, ok
		} else if t, next, ok := s.numeric(i); ok {
			return s.dated(i, next, t.Year(), t.Month(), t.Day(), true)
		} else if m, d, ok := s.shortNumeric(i); ok {
			it, ok := s.dated(i, i+2, 0, m, d, false)
			if !ok || it.upcoming || s.d0.Sub(it.t) > shortNumericAge {
				return item{}, false
			}
			return it, true
		} else {
			return item{}, false
		}
	} else if t, next, ok := s.numeric(i); ok {
		return s.dated(i, next, t.Year(), t.Month(), t.Day(), true)
	} else {
		return item{}, false
	}
	return s.dated(i, j, y, m, d, y != 0)
}

// thisMonth returns the end of a phrase at token k, after a day's
// number and its "de", that names the month of the publication, as
// comunicados write it ("de los corrientes", "del presente mes", "del mes
// en curso", "de este mes", "del mes actual", "del actual"), else 0. k is the token
// after the number.
func (s *scan) thisMonth(k int) int {
	if !s.is(k, "de", "del") {
		return 0
	}
	switch {
	case s.w(k) == "de" && s.is(k+1, "los") && s.is(k+2, "corrientes"):
		return k + 3
	case s.w(k) == "del" && s.is(k+1, "presente", "actual") && s.is(k+2, "mes"):
		return k + 3
	case s.w(k) == "del" && s.is(k+1, "mes") && s.is(k+2, "en") && s.is(k+3, "curso"):
		return k + 4
	case s.w(k) == "del" && s.is(k+1, "mes") && s.is(k+2, "actual", "presente"):
		return k + 3
	case s.w(k) == "del" && s.is(k+1, "actual"):
		return k + 2 // "el día 4 del actual"
	case s.w(k) == "de" && s.is(k+1, "este") && s.is(k+2, "mes"):
		return k + 3
	}
	return 0
}

// notMonthAfterDay reports whether token k, a month's name after a day's
// number, is no month there: a comma parts them ("Gunmen kill 4, set
// houses on fire": a day and its month are never so parted), or English
// "set", a verb (English writes "Sept").
func (s *scan) notMonthAfterDay(k int) bool {
	return strings.Contains(s.toks[k].gap, ",") || s.lang == "en" && s.w(k) == "set"
}

// shortNumericAge is the oldest a day told as "3/05" may be: a headline
// writes a recent day so, and older ones with the year.
const shortNumericAge = 45 * 24 * time.Hour

// shortNumeric parses a day and month with no year, "3/05" or "15/05"
// (month first in English: "5/15"), told as a day: after "el", "del",
// "este" or "on", or opening a sentence or a headline ("15/05 | Asesinan
// a ..."). The month has two digits in Spanish ("3/5" is as often a
// fraction or a count) and a slash parts them; "24/7" is no date.
func (s *scan) shortNumeric(i int) (time.Month, int, bool) {
	if !s.near(i+1) || s.toks[i+1].gap != "/" || s.near(i+2) && s.toks[i+2].gap == "/" {
		return 0, 0, false
	}
	if !s.is(i-1, "el", "del", "este", "on") && !s.opens(i) {
		return 0, 0, false
	}
	a, b := s.w(i), s.w(i+1)
	x, ok1 := number(a)
	y, ok2 := number(b)
	if !ok1 || !ok2 || len(a) > 2 || len(b) > 2 {
		return 0, 0, false
	}
	dd, mm := x, y
	if s.lang == "en" {
		dd, mm = y, x
	} else if len(b) != 2 {
		return 0, 0, false
	}
	if mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return 0, 0, false
	}
	return time.Month(mm), dd, true
}

// updateNote reports whether w says that a page was updated or published.
func updateNote(w string) bool {
	switch w {
	case "updated", "actualizado", "actualizada", "actualizacion", "posted", "publicado", "publicada":
		return true
	}
	return false
}

// placeWord reports whether w names a kind of place that is often named
// after a date.
func placeWord(w string) bool {
	switch w {
	case "colonia", "col", "calle", "avenida", "av", "boulevard", "blvd", "bulevar",
		"fraccionamiento", "fracc", "barrio", "unidad", "plaza", "escuela", "ejido",
		"calzada", "callejon", "privada", "mercado", "numero", "street", "avenue",
		"comunidad", "localidad", "poblado", "rancheria", "congregacion", "sector",
		"manzana", "parque", "jardin", "glorieta", "secundaria", "primaria", "puente",
		"presa", "zona", "asentamiento",
		// "la 18 de Mayo": a date takes "el", a colonia "la".
		"la", "las":
		return true
	}
	return false
}

func isYear(w string) bool { _, ok := year(w); return ok }

// dated resolves a day of a month, with or without its year.
func (s *scan) dated(from, to, y int, m time.Month, d int, hasYear bool) (item, bool) {
	if hasYear {
		t := time.Date(y, m, d, 0, 0, 0, 0, s.r.loc)
		if t.Day() != d {
			return item{}, false
		}
		it := s.day(from, to, t, false)
		if s.hasPub {
			if t.After(s.d0) && t.Sub(s.d0) > upcoming {
				return item{}, false // a future date is not an event time
			}
			// At most a week ahead, as a year-less date: "el lunes 12
			// de junio de 2034 se suspenden las clases" read on Sunday.
			it.upcoming = t.After(s.d0)
			it.hist = s.d0.Sub(t) > historicAge
		}
		return finish(s.withPart(it)), true
	}
	if !s.hasPub {
		return item{}, false
	}
	t := time.Date(s.d0.Year(), m, d, 0, 0, 0, 0, s.r.loc)
	if next := time.Date(s.d0.Year()+1, m, d, 0, 0, 0, 0, s.r.loc); next.Sub(s.d0) <= upcoming {
		t = next // "el 1 de enero" read on 28 December: the coming one
	}
	ahead := t.After(s.d0) && t.Sub(s.d0) <= upcoming
	if t.After(s.d0) && !ahead {
		t = time.Date(s.d0.Year()-1, m, d, 0, 0, 0, 0, s.r.loc)
	}
	if t.Day() != d {
		return item{}, false
	}
	it := s.day(from, to, t, true)
	it.upcoming = ahead
	// News gives the year of anything old; a year-less date long before
	// the publication is an anniversary or a name ("colonia 20 de
	// Noviembre").
	it.hist = s.d0.Sub(t) > historicAge
	return finish(s.withPart(it)), true
}

// month resolves "agosto de 2022" to its first day with week precision.
func (s *scan) month(from, to, y int, m time.Month) (item, bool) {
	t := time.Date(y, m, 1, 0, 0, 0, 0, s.r.loc)
	it := item{from: from, to: to, kind: kDate, t: t, prec: model.TimeWeek, part: -1}
	if s.hasPub {
		if t.After(s.d0) {
			return item{}, false
		}
		it.hist = t.AddDate(0, 1, 0).Before(time.Date(s.d0.Year(), s.d0.Month(), 1, 0, 0, 0, 0, s.r.loc))
	}
	return it, true
}

// numeric parses "12/08/2022", "12-08-2022", "12.08.2022", "2022-08-12"
// and "12/08/22". Day-first unless the text is English and the first
// number can be a month.
func (s *scan) numeric(i int) (time.Time, int, bool) {
	a, b, c := s.w(i), s.w(i+1), s.w(i+2)
	if !s.near(i+1) || !s.near(i+2) {
		return time.Time{}, 0, false
	}
	sep := s.toks[i+1].gap
	if (sep != "/" && sep != "-" && sep != ".") || s.toks[i+2].gap != sep {
		return time.Time{}, 0, false
	}
	x, ok1 := number(a)
	y, ok2 := number(b)
	z, ok3 := number(c)
	if !ok1 || !ok2 || !ok3 || len(b) > 2 {
		return time.Time{}, 0, false
	}
	var yy, mm, dd int
	switch {
	case len(a) == 4 && len(c) <= 2:
		yy, mm, dd = x, y, z
	case len(a) <= 2 && (len(c) == 4 || len(c) == 2):
		yy, mm, dd = z, y, x
		if len(c) == 2 {
			yy += 2000
		}
		if (s.lang == "en" && x <= 12) || y > 12 {
			mm, dd = x, y
		} else if s.lang == "" && s.hasPub && x <= 12 {
			// Day-first would be in the future: read it month-first.
			if time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, s.r.loc).After(s.d0) {
				mm, dd = x, y
			}
		}
	default:
		return time.Time{}, 0, false
	}
	if yy < 1900 || yy > 2100 || mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return time.Time{}, 0, false
	}
	return time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, s.r.loc), i + 3, true
}

// yearOnly matches a bare year after a preposition ("en 2011", "desde
// 2006", "in 2019"), which the extractor should read as history.
func (s *scan) yearOnly(i int) (item, bool) {
	switch s.w(i) {
	case "en", "desde", "durante", "hasta", "de", "del", "entre", "in", "since", "during", "until", "from", "el":
	default:
		return item{}, false
	}
	y, ok := year(s.w(i + 1))
	if !ok || !s.near(i+1) {
		return item{}, false
	}
	if s.hasPub && y >= s.d0.Year() {
		return item{}, false
	}
	j := i + 2
	// "entre 2006 y 2012", "2006-2012".
	if (s.is(j, "y", "and", "a") && isYear(s.w(j+1))) || (isYear(s.w(j)) && s.near(j) && s.toks[j].gap == "-") {
		if s.w(j) == "y" || s.w(j) == "and" || s.w(j) == "a" {
			j++
		}
		j++
	}
	return item{from: i, to: j, kind: kYear, t: time.Date(y, 1, 1, 0, 0, 0, 0, s.r.loc), hist: true, part: -1}, true
}
