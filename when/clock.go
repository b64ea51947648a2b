package when

import (
	"strings"
	"time"

	"github.com/atalaya/atalaya/model"
)

// isClockPrefix reports whether w may lead to a clock time: "a las",
// "alrededor de las", "a eso de las", "poco después de la medianoche", "at",
// "around", "just after".
func isClockPrefix(w string) bool {
	switch w {
	case "a", "alrededor", "cerca", "eso", "poco", "antes", "despues", "de", "pasadas",
		"desde", "hacia", "at", "around", "about", "shortly", "before", "after",
		"approximately", "just", "by", "roughly", "until", "hasta":
		return true
	}
	return false
}

// nearMidnight reports whether w, before "medianoche" or "midnight",
// makes it the last minute of the day: before it ("antes", "casi",
// "before", "nearly") or about it ("cerca", "alrededor", "eso",
// "around", "about", "near").
func nearMidnight(w string) bool {
	switch w {
	case "antes", "casi", "cerca", "alrededor", "eso", "before", "almost", "nearly", "around", "about", "near", "approximately":
		return true
	}
	return false
}

// splitSuffix splits "9pm" into 9 and "pm"; "22" into 22 and "".
func splitSuffix(w string) (int, string, bool) {
	j := 0
	for j < len(w) && isDigit(w[j]) {
		j++
	}
	if j == 0 || j > 2 {
		return 0, "", false
	}
	n, _ := number(w[:j])
	switch w[j:] {
	case "", "am", "pm", "h", "hs", "hr", "hrs":
		return n, w[j:], true
	}
	return 0, "", false
}

// clock matches a time of day: "a las 14:30", "alrededor de las 3 de la
// tarde", "22:00 horas", "at 9 p.m.", "just after midnight", "a la
// medianoche".
func (s *scan) clock(i int) (item, bool) {
	j := i
	prefixed := false
	for k := 0; k < 4 && isClockPrefix(s.w(j)) && (j == i || s.near(j)); k++ {
		j++
	}
	if j > i {
		prefixed = true
	}
	article := false
	if s.w(j) == "las" || s.w(j) == "la" {
		if j > i && !s.near(j) {
			return item{}, false
		}
		j++
		prefixed, article = true, true
	}
	if j > i && !s.near(j) {
		return item{}, false
	}
	it := item{from: i, kind: kClock, prec: model.TimeHour, part: -1}
	switch s.w(j) {
	case "medianoche", "midnight":
		it.to, it.fixed = j+1, true
		for k := i - 1; k < j; k++ {
			if k == i-1 && !s.near(i) {
				continue
			}
			if nearMidnight(s.w(k)) {
				// "poco antes de la medianoche", "casi a la medianoche",
				// "shortly before midnight": the end of the day, not
				// the start of the next; and so is a midnight told
				// about ("cerca de la medianoche del jueves", "around
				// midnight Saturday"), which reports date by the
				// evening it closes.
				it.hour, it.min = 23, 59
				break
			}
		}
		return it, true
	case "mediodia", "noon":
		it.to, it.hour, it.fixed = j+1, 12, true
		return it, true
	}
	h, suffix, ok := splitSuffix(s.w(j))
	word := false
	if !ok {
		if !prefixed {
			return item{}, false
		}
		n, isNum := s.r.nums[s.w(j)]
		if !isNum || n > 12 || n == 3 && !isDigit(s.w(j)[0]) && s.w(j) != "tres" && s.w(j) != "three" {
			return item{}, false
		}
		switch s.w(j) {
		case "a", "an", "un", "uno":
			return item{}, false
		}
		h, word = n, true
	}
	j++
	marked := false
	colon := false
	if suffix == "" && !word && s.near(j) && (s.toks[j].gap == ":" || s.toks[j].gap == ".") {
		if m, suf, ok := splitSuffix(s.w(j)); ok && len(s.w(j))-len(suf) == 2 && m < 60 {
			if s.toks[j].gap == ":" || suf != "" || s.is(j+1, "horas", "hrs", "hr", "h") {
				it.min, suffix, colon = m, suf, true
				j++
			}
		}
	}
	switch suffix {
	case "am":
		marked, it.fixed = true, true // "6 a.m." after "late Friday" is still the morning
		if h == 12 {
			h = 0
		}
	case "pm":
		marked, it.fixed = true, true
		if h < 12 {
			h += 12
		}
	case "h", "hs", "hr", "hrs":
		marked, it.fixed = true, true
	}
	if !marked {
		switch {
		case s.is(j, "horas", "hrs", "hr", "h", "hs"):
			if !colon && (!article || word || h == 24) {
				// "en menos de 24 horas", "las dos horas", "las 24 horas
				// del día" are durations.
				return item{}, false
			}
			marked, it.fixed = true, true
			j++
		case s.is(j, "am", "pm"):
			marked = true
			it.fixed = true
			if s.w(j) == "pm" {
				if h < 12 {
					h += 12
				}
			} else if h == 12 {
				h = 0
			}
			j++
		case s.is(j, "a", "p") && s.is(j+1, "m") && s.toks[j+1].gap == ".":
			marked = true
			it.fixed = true
			if s.w(j) == "p" {
				if h < 12 {
					h += 12
				}
			} else if h == 12 {
				h = 0
			}
			j += 2
		case s.is(j, "o") && s.is(j+1, "clock"):
			marked = true
			j += 2
		}
	}
	// "y media", "y cuarto", "en punto".
	if !colon && s.is(j, "y") && s.is(j+1, "media", "cuarto") {
		it.min = 30
		if s.w(j+1) == "cuarto" {
			it.min = 15
		}
		colon = true
		j += 2
	}
	if s.is(j, "en") && s.is(j+1, "punto") {
		marked = true
		j += 2
	}
	// "de la mañana", "de la tarde", "de la noche", "de la madrugada".
	if s.is(j, "de", "por", "en") && s.is(j+1, "la") && s.is(j+2, "manana", "tarde", "noche", "madrugada") {
		switch s.w(j + 2) {
		case "tarde", "noche":
			if h < 12 && !(s.w(j+2) == "noche" && h <= 3) {
				h += 12
			}
		case "manana", "madrugada":
			if h == 12 {
				h = 0
			}
		}
		marked, it.fixed = true, true
		j += 3
	}
	if !marked && !colon {
		return item{}, false
	}
	if word && !marked {
		return item{}, false
	}
	if h > 24 || (h == 24 && it.min > 0) {
		return item{}, false
	}
	if h >= 13 {
		it.fixed = true
	}
	if h == 24 {
		h = 0
	}
	it.hour = h
	if colon {
		it.prec = model.TimeMinute
	}
	it.to = j
	return it, true
}

// join places clock times on the dates near them, merging a date and its
// clock time into one expression when they are next to each other, and
// resolves the remaining clock times against the publication day.
func (s *scan) join(items []item) []item {
	drop := make([]bool, len(items))
	for k := range items {
		c := &items[k]
		if c.kind != kClock {
			continue
		}
		d := -1
		closes := s.until(c.from)
		next := k+1 < len(items) && items[k+1].kind == kDate && items[k+1].prec == model.TimeDay &&
			items[k+1].from-c.to <= 2 && !s.breakIn(c.to, items[k+1].from)
		if closes && next {
			// "until 6 a.m. Saturday", "hasta las 07:00 horas de este
			// lunes": the period's end is on the day after it.
			d = k + 1
		} else if k > 0 && items[k-1].kind == kDate && items[k-1].prec == model.TimeDay && !drop[k-1] &&
			c.from-items[k-1].to <= 6 && !s.breakIn(items[k-1].to, c.from) {
			d = k - 1
		} else if next {
			d = k + 1
		}
		// Without a date in its sentence, a clock time belongs to the
		// last day the text spoke of, if it spoke of one lately.
		ctx := -1
		if d < 0 {
			for m := k - 1; m >= 0 && c.from-items[m].to <= 40; m-- {
				if items[m].kind == kDate && items[m].prec == model.TimeDay && !items[m].hist && !drop[m] {
					ctx = m
					break
				}
			}
		}
		until := d == k-1 && closes
		var base time.Time
		part := -1
		if ctx >= 0 {
			base = midnight(items[ctx].t)
			c.rel = items[ctx].rel
			if items[ctx].part >= 19 && c.hour < 6 {
				// "anoche ... El ataque ocurrió a la 01:30 horas": the
				// small hours after the night told before.
				base = base.AddDate(0, 0, 1)
			}
		} else if d >= 0 {
			base = midnight(items[d].t)
			part = items[d].part
			c.rel = items[d].rel
			c.hist = items[d].hist
		} else if s.hasPub {
			base = s.d0
			c.rel, c.lone = true, true
		} else {
			c.t = time.Time{} // dropped: nothing to place it on
			continue
		}
		h := c.hour
		if until && part >= 0 {
			// "from late Friday until 6 a.m.", "desde la noche del
			// domingo y hasta las 07:00 horas": the end of a period that
			// began that day, on the next day when its hour comes before
			// the part told; the day stays the period's start.
			if h < part && (c.fixed || h < 12) {
				base = base.AddDate(0, 0, 1)
			}
			part = -1
		}
		if part >= 19 && h < 6 {
			base = base.AddDate(0, 0, 1) // "anoche, a la 1:30": after midnight
		} else if !c.fixed && part >= 12 && h < 12 && h > 0 {
			h += 12
		}
		t := base.Add(time.Duration(h)*time.Hour + time.Duration(c.min)*time.Minute)
		c.clock = s.r.loc
		switch {
		case s.centralTime(c.to) || d == k+1 && s.centralTime(items[d].to):
			// "22:30 horas, tiempo del centro", "a las 00:40 horas de este
			// jueves, tiempo del centro": Mexico City's clock, wherever the act
			c.clock = nil
		case s.local != nil:
			t = time.Date(base.Year(), base.Month(), base.Day(), h, c.min, 0, 0, s.local).In(s.r.loc)
			c.clock = s.local
		}
		if s.hasPub && t.After(s.pub.Add(tolerance)) {
			if d >= 0 {
				c.t = time.Time{} // the date stands alone
				continue
			}
			t = t.AddDate(0, 0, -1)
		}
		c.t = t
		if d >= 0 && !until && (c.from-items[d].to <= 3 && d < k || d > k && items[d].from-c.to <= 2) {
			if d < k {
				c.from = items[d].from
			} else {
				c.to = items[d].to
			}
			drop[d] = true
		}
	}
	for k := range items {
		c := &items[k]
		if c.kind != kPart {
			continue
		}
		// The last day the text spoke of, if it spoke of one lately;
		// else the publication day, or the day before when the part's
		// hour is still to come.
		c.kind = kDate
		for m := k - 1; m >= 0 && c.from-items[m].to <= 40; m-- {
			if items[m].kind == kDate && items[m].prec == model.TimeDay && !items[m].hist && !drop[m] && !items[m].upcoming {
				c.t = midnight(items[m].t).Add(time.Duration(c.part) * time.Hour)
				c.rel = items[m].rel
				break
			}
		}
		if !c.t.IsZero() {
			continue
		}
		// The small hours begin at midnight: a report filed at 00:50
		// tells the madrugada under way, the publication day's.
		t := s.d0.Add(time.Duration(c.part) * time.Hour)
		if t.After(s.wall.Add(tolerance)) && c.part != madrugada {
			t = t.AddDate(0, 0, -1)
		}
		c.t, c.bare = t, true
	}
	out := items[:0]
	for k, it := range items {
		if !drop[k] {
			out = append(out, it)
		}
	}
	return out
}

// until reports whether the clock time matched from token i closes a
// period: it is led by "until", "till" or "hasta" ("until 6 a.m.", "y
// hasta las 07:00 horas"), the match's first word or the one before it.
func (s *scan) until(i int) bool {
	untilWord := func(w string) bool { return w == "until" || w == "till" || w == "hasta" }
	return untilWord(s.w(i)) || s.near(i) && untilWord(s.w(i-1))
}

// breakIn reports whether a sentence ends between tokens a and b.
func (s *scan) breakIn(a, b int) bool {
	for k := a; k <= b && k < len(s.toks); k++ {
		if k > 0 && s.toks[k].brk {
			return true
		}
	}
	return false
}

// nights joins a night and the small hours of the next day told as one
// span ("la noche del domingo y la madrugada del lunes", "late Saturday
// and early Sunday") into one expression: the night of the day it began.
// It joins too a span "entre"/"between" two days up to a week apart
// ("entre la mañana del miércoles y la madrugada de este jueves"): the
// day it began, as a period's start dates a count.
func (s *scan) nights(items []item) []item {
	out := items[:0]
	for k := 0; k < len(items); k++ {
		a := items[k]
		if k+1 < len(items) && a.kind == kDate && a.prec == model.TimeDay {
			b := items[k+1]
			between := b.from - a.to
			if b.kind == kDate && b.prec == model.TimeDay && between == 1 && !s.breakIn(a.to, b.from) {
				da, db := midnight(a.t), midnight(b.t)
				// A comma before "y" opens a clause of another act
				// ("la noche del jueves, y la madrugada del viernes un
				// comerciante fue privado de la libertad"): two times.
				night := a.part >= 19 && b.part >= 0 && b.part < dawn && db.Equal(da.AddDate(0, 0, 1)) &&
					s.is(a.to, "y", "and", "a", "al", "into", "hasta") && !strings.Contains(s.toks[a.to].gap, ",")
				span := (s.w(a.from-1) == "entre" || s.w(a.from-1) == "between") && s.near(a.from) &&
					s.is(a.to, "y", "and") && db.After(da) && !db.After(da.AddDate(0, 0, 7))
				if night || span {
					a.to = b.to
					k++
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// centralTime reports whether the words from token i name Mexico City's
// clock, after "también" or not: "tiempo del centro", "hora del centro", "horario del centro",
// "hora de la Ciudad de México", "Mexico City time", "central time".
func (s *scan) centralTime(i int) bool {
	if !s.near(i) {
		return false
	}
	if s.w(i) == "tambien" && s.near(i+1) {
		i++ // "22:40 horas, también tiempo del centro"
	}
	switch s.w(i) {
	case "tiempo", "hora", "horario":
		j := i + 1
		if s.is(j, "del") && s.is(j+1, "centro") {
			return true
		}
		return s.is(j, "de") && s.is(j+1, "la") && s.is(j+2, "ciudad") && s.is(j+3, "de") && s.is(j+4, "mexico")
	case "mexico":
		return s.is(i+1, "city") && s.is(i+2, "time")
	case "central":
		return s.is(i+1, "time")
	}
	return false
}
