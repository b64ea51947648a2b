// Package when finds time expressions in Spanish and English news text and
// resolves them against a report's publication time in America/Mexico_City.
//
// Find scans the folded text (lower case, no accents) word by word and
// tries a small set of hand-written rules only at words that can start a
// time expression, so it costs little more than the folding. It knows:
//
//   - relative days: hoy, ayer, anteayer, anoche, today, yesterday, last night;
//   - parts of a day: "esta mañana", "la madrugada de este lunes", "this
//     morning", "Sunday night", "early Sunday";
//   - weekdays, alone or qualified: "el pasado viernes", "este martes", "el
//     lunes", "last Sunday", "on Friday", "el jueves 11";
//   - offsets: "hace dos horas", "hace unos minutos", "two hours ago";
//   - weekday adjectives after a noun of a day: "jornada sabatina",
//     "noche dominical" (not "misa dominical");
//   - weeks, parts of a week, weekends and months: "la semana pasada", "a
//     principios de semana" (the week's Monday; "a mediados": Wednesday;
//     "a finales": Friday), "el fin de semana",
//     "earlier this week", "last month", and a headline's bare "Fin de
//     semana violento", "Weekend violence", "Another bloody weekend";
//   - dates: "12 de agosto (de 2022)", "el pasado 3", "August 12, 2022", "Aug. 12",
//     "12/08/2022", "2022-08-12", "el 1o. de marzo", "the 4th of March",
//     a day of the publication's month ("el 5 de los corrientes", "el
//     día 5 del presente mes"), holidays of a fixed date ("Nochebuena",
//     "el Día de las Madres", "Christmas Eve");
//   - clock times, joined to a nearby date or else to the publication day:
//     "a las 14:30", "alrededor de las 3 de la tarde", "at 9 p.m.", "22:00
//     horas", "just after midnight";
//   - years as history: "en 2011", "desde 2006", "in 2019" (Historic);
//   - parts of a day that name no day: "en la madrugada", "durante la
//     noche", "en plena madrugada", a headline's "Madrugada violenta":
//     on the last day the text told, else on the publication day (the day
//     before when the part's hour is still to come; the madrugada has
//     begun at midnight), marked Bare.
//
// A date after a word for a place ("colonia 20 de Noviembre", "la 18 de
// Mayo", "comunidad 5 de Febrero") is a name, not a date.
//
// A weekday without qualifier means the most recent such day on or before
// the publication day, and no date resolves after the publication time: a
// year-less "12 de agosto" read in January is last year's. The one
// exception is a year-less date at most a week ahead ("el lunes 23 de
// febrero" read on Sunday the 22nd), which resolves ahead, marked
// Upcoming: announcements of closures and suspensions give such dates. Without a
// publication time only dates with a year resolve. A publication time of
// exactly local midnight is taken as a date without a time of day: the
// whole day counts as before publication, and "hace dos horas" resolves to
// that day with day precision. A report published with the offset of
// another Mexican zone counts its days from its own wall clock: "hoy" at
// 23:10 on Monday in Tijuana (01:10 on Tuesday in Mexico City) is Monday,
// and its clock times are read on that clock. Expr.Clock tells the zone a
// clock time was read on, so that a caller who knows where the act took
// place reads it on that place's clock instead (model.Location.OnClock),
// unless the text names Mexico City's clock ("tiempo del centro").
//
// Parts of a day keep day precision with a representative hour: madrugada
// 03:00, mañana 09:00, tarde 16:00, noche 21:00, anoche 22:00. A month
// ("el mes pasado", "agosto de 2022") resolves to its first day with week
// precision, the coarsest model.TimePrecision.
package when

import (
	"cmp"
	"slices"
	"strings"
	"time"
	_ "time/tzdata" // the resolver must work without a system zoneinfo
	"unicode"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// Expr is a time expression found in text.
type Expr struct {
	Start, End int                 // byte span in text
	Time       time.Time           // resolved instant, in America/Mexico_City
	Precision  model.TimePrecision // minute, hour, day, week; empty for a bare year
	Relative   bool                // resolved against the publication time
	Historic   bool                // a year or period clearly before the report's time ("en 2011", "desde 2006", "in 2019")
	// Clock is the zone whose wall clock a clock time ("a las 22:30") was
	// read on: the publication's when it carries another Mexican zone's
	// offset, else America/Mexico_City. A caller that knows where the act
	// took place reads the same hour on that place's clock
	// (model.Location.OnClock). Nil for every other expression (a day is
	// a wall date, read as Mexico City's), and for a clock time whose
	// zone the text names ("22:30 horas, tiempo del centro").
	Clock *time.Location
	// Upcoming marks a year-less date up to a week after the publication
	// day ("se suspenden las clases el lunes 23 de febrero" read on the
	// 22nd): a scheduled date, the only kind that resolves after the
	// publication time.
	Upcoming bool
	// Bare marks a part of the day that names no day ("en la madrugada")
	// and found no day told before it in the text: it was placed on the
	// publication day, and a day the reader knows from elsewhere (an
	// earlier paragraph, the lead) should take precedence.
	Bare bool
}

// Resolver is safe for concurrent use.
type Resolver struct {
	loc      *time.Location
	months   map[string]time.Month
	weekdays map[string]time.Weekday
	nums     map[string]int // small number words, both languages
	parts    map[string]int // parts of a day and their representative hour
	units    map[string]unit
	// begins maps each word a rule may begin at to those rules: one
	// lookup a token for startsAt.
	begins map[string]rules
	// shapes marks, for each first byte, the lengths of the words of
	// begins that start with it (bit n for n bytes, bit 31 for 31 or
	// more): a token of another shape is no key and is not looked up.
	shapes [256]uint32
	// lastShapes is shapes by last byte: a token must pass both.
	lastShapes [256]uint32
}

// unit is a unit of "hace N unidades" / "N units ago".
type unit int

const (
	unitMinute unit = iota + 1
	unitHour
	unitDay
	unitWeek
	unitMonth
	unitYear
)

// tolerance is how far after the publication time an instant may resolve.
const tolerance = time.Hour

// historicAge is how long before the publication day a dated expression
// is taken as history rather than as the reported event.
const historicAge = 60 * 24 * time.Hour

// upcoming is how far after the publication day a date without a year is
// still read as this year's: "se suspenden las clases el lunes 23 de
// febrero" published on the 22nd is tomorrow, not last year.
const upcoming = 7 * 24 * time.Hour

// New returns a resolver for America/Mexico_City.
func New() (*Resolver, error) {
	r := &Resolver{
		loc:      model.MexicoCity(),
		months:   map[string]time.Month{},
		weekdays: map[string]time.Weekday{},
		nums:     map[string]int{},
		parts:    map[string]int{},
		units:    map[string]unit{},
	}
	for i := range monthFull {
		for _, n := range slices.Concat(monthFull[i], monthShort[i]) {
			r.months[n] = time.Month(i + 1)
		}
	}
	for i, names := range [][]string{
		{"domingo", "sunday"}, {"lunes", "monday"}, {"martes", "tuesday"},
		{"miercoles", "wednesday"}, {"jueves", "thursday"}, {"viernes", "friday"},
		{"sabado", "saturday"},
	} {
		for _, n := range names {
			r.weekdays[n] = time.Weekday(i)
		}
	}
	for i, names := range [][]string{
		{"un", "una", "uno", "one", "a", "an"}, {"dos", "two"}, {"tres", "three"},
		{"cuatro", "four"}, {"cinco", "five"}, {"seis", "six"}, {"siete", "seven"},
		{"ocho", "eight"}, {"nueve", "nine"}, {"diez", "ten"}, {"once", "eleven"},
		{"doce", "twelve"},
	} {
		for _, n := range names {
			r.nums[n] = i + 1
		}
	}
	for _, n := range []string{"quince", "fifteen"} {
		r.nums[n] = 15
	}
	for _, n := range []string{"veinte", "twenty"} {
		r.nums[n] = 20
	}
	for _, n := range []string{"treinta", "thirty"} {
		r.nums[n] = 30
	}
	for _, n := range []string{"cuarenta", "forty"} {
		r.nums[n] = 40
	}
	// Vague quantities count as a few.
	for _, n := range []string{"unos", "unas", "algunos", "algunas", "varios", "varias", "pocos", "pocas", "few", "several", "couple"} {
		r.nums[n] = 3
	}
	for _, p := range []string{"madrugada", "manana", "mediodia", "tarde", "noche", "morning", "afternoon", "evening", "night", "overnight"} {
		r.parts[p], _ = PartHour(p)
	}
	for u, names := range map[unit][]string{
		unitMinute: {"minuto", "minutos", "minute", "minutes", "momento", "momentos", "instante", "instantes", "rato", "moments", "mins", "min"},
		unitHour:   {"hora", "horas", "hour", "hours", "hrs"},
		unitDay:    {"dia", "dias", "day", "days"},
		unitWeek:   {"semana", "semanas", "week", "weeks"},
		unitMonth:  {"mes", "meses", "month", "months"},
		unitYear:   {"ano", "anos", "year", "years"},
	} {
		for _, n := range names {
			r.units[n] = u
		}
	}
	// The words each rule may begin at, as it tests its first token
	// (TestFirstWords), besides weekdays (weekday), months (absolute),
	// number words (ago) and numbers (every rule). Not among them, so
	// never tried first: isClockPrefix's "despues", "hacia" and "roughly"
	// (the clock time is read from the next word, "de las 3", "las 3"),
	// and dayNum's "first" (English writes "March 1", seldom "the first
	// of March"; "primero de marzo" is tried).
	r.begins = map[string]rules{}
	for rs, words := range map[rules][]string{
		rClock: {"a", "alrededor", "cerca", "eso", "poco", "antes", "de", "pasadas", "desde", "hasta",
			"at", "around", "about", "shortly", "before", "after", "approximately", "just", "by", "until",
			"las", "la", "medianoche", "midnight", "mediodia", "noon"},
		rRelDay: {"hoy", "ayer", "anteayer", "antier", "antes", "ahorita", "en", "anoche", "antenoche", "esta",
			"today", "tonight", "yesterday", "right", "overnight", "last", "the", "earlier", "early", "this"},
		rPartOf: {"la", "esta", "el", "las", "madrugada", "noche", "tarde"},
		rAgo:    {"hace"},
		rPeriod: {"a", "al", "la", "esta", "el", "este", "pasado", "pasada", "fin", "otro", "violento", "sangriento",
			"weekend", "another", "last", "this", "earlier", "over", "the", "past"},
		rWeekday: {"el", "este", "pasado", "on", "this", "last", "past", "early", "late",
			"sabatina", "sabatino", "dominical", "dominguera", "dominguero"},
		rAbsolute: {"dia", "pasado", "primero",
			"nochebuena", "navidad", "nochevieja", "halloween", "grito", "christmas", "new", "ano", "fin"},
		rYearOnly: {"en", "desde", "durante", "hasta", "de", "del", "entre", "el",
			"in", "since", "during", "until", "from"},
		rBarePart: {"en", "durante", "por", "a", "la", "plena", "madrugada", "antes", "al", "before", "at", "the"},
	} {
		for _, w := range words {
			r.begins[w] |= rs
		}
	}
	for w := range r.weekdays {
		r.begins[w] |= rWeekday
	}
	for w := range r.months {
		r.begins[w] |= rAbsolute
	}
	for w := range r.nums {
		r.begins[w] |= rAgo
	}
	for w := range r.begins {
		if w != "" {
			r.shapes[w[0]] |= 1 << min(len(w), 31)
			r.lastShapes[w[len(w)-1]] |= 1 << min(len(w), 31)
		}
	}
	return r, nil
}

// Location returns the time zone expressions are resolved in.
func (r *Resolver) Location() *time.Location { return r.loc }

// startsAt returns the rules that may match at a token: every rule at a
// number, else those of begins.
func (r *Resolver) startsAt(w string) rules {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return allRules
	}
	if w != "" && r.shapes[w[0]]&r.lastShapes[w[len(w)-1]]&(1<<min(len(w), 31)) == 0 {
		return 0
	}
	return r.begins[w]
}

// future reports whether a verb in the future tense ("abrirán", "será",
// "will") stands in the n words before token i, in its sentence.
func (s *scan) future(text string, ft fold.Text, i, n int) bool {
	from := i
	for k := 0; k < n && from > 0 && !s.toks[from].brk; k++ {
		from--
	}
	if from == i {
		return false
	}
	st, en := ft.Span(s.toks[from].start, s.toks[i].start)
	for k, w := range strings.FieldsFunc(text[st:en], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		lw := strings.ToLower(w)
		if lw == "will" || lw == "won't" {
			return true
		}
		if !strings.HasSuffix(lw, "rá") && !strings.HasSuffix(lw, "rán") || notFuture[fold.String(lw)] {
			continue
		}
		if k > 0 && titleCase(w) {
			continue // a name: "en Villagrán este domingo", "Juan Durán"
		}
		return true
	}
	return false
}

// notFuture lists names that end like a verb in the future ("-rá",
// "-rán"), for texts in capitals.
var notFuture = map[string]bool{
	"villagran": true, "duran": true, "beltran": true, "moran": true, "iran": true, "coran": true,
	"teheran": true, "sahara": true, "ferran": true, "serran": true,
}

// titleCase reports whether w starts with a capital and has a small
// letter after it ("Villagrán", not "ABRIRÁN" or "abrirán").
func titleCase(w string) bool {
	for k, r := range w {
		if k == 0 {
			if !unicode.IsUpper(r) {
				return false
			}
			continue
		}
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// Find returns the time expressions of text in order. lang is "es", "en" or
// "" (try both). Both languages' rules always run; lang only decides how
// an ambiguous numeric date reads ("08/12/2024" is 8 December in Spanish,
// August 12 in English, and with "" whichever is not in the future).
func (r *Resolver) Find(text, lang string, published time.Time) []Expr {
	return r.FindFolded(fold.New(text), lang, published)
}

// FindFolded is Find on text already folded (ft.Source() is the text): a
// caller that has folded a whole report reads its parts through
// fold.Text.Sub without folding them again.
func (r *Resolver) FindFolded(ft fold.Text, lang string, published time.Time) []Expr {
	var toks []token
	return r.find(ft, lang, published, &toks)
}

// FindRanges returns the expressions of the parts [start, end) of ft's
// source given by ranges, each part read as a text of its own (as
// FindFolded(ft.Sub(start, end), lang, published) reads it), with spans in
// ft's source, in the order of the ranges. It reuses its buffer of tokens
// from one part to the next.
func (r *Resolver) FindRanges(ft fold.Text, ranges [][2]int, lang string, published time.Time) []Expr {
	var (
		toks []token
		out  []Expr
	)
	for _, rg := range ranges {
		for _, x := range r.find(ft.Sub(rg[0], rg[1]), lang, published, &toks) {
			x.Start += rg[0]
			x.End += rg[0]
			out = append(out, x)
		}
	}
	return out
}

// find is FindFolded with a buffer of tokens, *toks, that it leaves for
// the next call.
func (r *Resolver) find(ft fold.Text, lang string, published time.Time, toks *[]token) []Expr {
	text := ft.Source()
	*toks = tokenize(*toks, ft.Folded)
	s := r.newScan(*toks, lang, published)
	var items []item
	for i := 0; i < len(s.toks); {
		rs := r.startsAt(s.toks[i].s)
		if rs == 0 {
			i++
			continue
		}
		it, ok := s.match(i, rs)
		if !ok || it.to <= i {
			i++
			continue
		}
		items = append(items, it)
		i = it.to
	}
	items = s.join(items)
	items = s.nights(items)
	for k := range items {
		if it := &items[k]; it.this && s.future(text, ft, it.from, 4) || it.plainDay && s.future(text, ft, it.from, 3) {
			// "no abrirán este lunes" read on Sunday: the coming Monday;
			// so "will be closed Monday", with the verb right before it.
			it.t = it.t.AddDate(0, 0, 7)
			it.upcoming = true
		}
	}
	out := make([]Expr, 0, len(items))
	for _, it := range items {
		if it.t.IsZero() {
			continue
		}
		// A day is compared with the publication's wall clock, an
		// instant (a clock time, "hace dos horas") with its instant.
		ref := s.wall
		if it.prec == model.TimeMinute || it.prec == model.TimeHour {
			ref = s.pub
		}
		if s.hasPub && it.t.After(ref.Add(tolerance)) && !it.upcoming {
			// A part of the day whose representative hour is still to
			// come ("this morning" at 07:00): keep the day, not the hour.
			day := midnight(it.t)
			if day.After(ref) {
				continue
			}
			it.t = day.Add(time.Duration(ref.Hour()) * time.Hour)
		}
		st, en := ft.Span(s.toks[it.from].start, s.toks[it.to-1].end)
		out = append(out, Expr{Start: st, End: en, Time: it.t, Precision: it.prec, Relative: it.rel, Historic: it.hist, Upcoming: it.upcoming, Bare: it.bare, Clock: it.clock})
	}
	slices.SortStableFunc(out, func(a, b Expr) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// newScan returns the state of a scan of toks.
func (r *Resolver) newScan(toks []token, lang string, published time.Time) scan {
	s := scan{r: r, lang: lang, toks: toks}
	if !published.IsZero() {
		s.hasPub = true
		s.pub = published.In(r.loc)
		s.local = localClock(published, r.loc)
		s.wall = s.pub
		if s.local != nil {
			l := published.In(s.local)
			s.wall = time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), l.Nanosecond(), r.loc)
		}
		s.d0 = midnight(s.wall)
		if s.wall.Equal(s.d0) {
			// A publication date without a time of day (local midnight):
			// the report may have been written at any hour of that day.
			s.dateOnly = true
			s.pub = s.d0.Add(24*time.Hour - time.Second)
			s.wall = s.pub
		}
	}
	return s
}

// midnight returns the start of t's day in t's location.
func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// localClock returns the zone of published when it is a Mexican zone
// (UTC-5 to UTC-8) other than loc's at that instant: the clock of the
// place the report was written in. A UTC or unzoned time says nothing of
// it, and gives nil.
func localClock(published time.Time, loc *time.Location) *time.Location {
	_, off := published.Zone()
	_, ref := published.In(loc).Zone()
	if off == ref || off < -8*3600 || off > -5*3600 {
		return nil
	}
	return published.Location()
}

// PartHour returns the representative hour of the part of the day that
// folded word w names ("madrugada" 03:00, "manana" 09:00, "tarde" 16:00,
// "noche" 21:00, "evening" 19:00), and whether it names one.
func PartHour(w string) (int, bool) {
	switch w {
	case "madrugada", "overnight":
		return madrugada, true
	case "manana", "morning":
		return 9, true
	case "mediodia":
		return 12, true
	case "tarde":
		return 16, true
	case "afternoon":
		return 15, true
	case "noche":
		return 21, true
	case "evening":
		return 19, true
	case "night":
		return 22, true
	}
	return 0, false
}
