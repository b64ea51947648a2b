package when

import "time"

// monthFull holds each month's full names, folded: Spanish first
// ("setiembre" is September's other spelling), English last.
var monthFull = [12][]string{
	{"enero", "january"}, {"febrero", "february"}, {"marzo", "march"}, {"abril", "april"},
	{"mayo", "may"}, {"junio", "june"}, {"julio", "july"}, {"agosto", "august"},
	{"septiembre", "setiembre", "september"}, {"octubre", "october"}, {"noviembre", "november"},
	{"diciembre", "december"},
}

// monthShort holds the abbreviations Find reads in dates ("12 ago",
// "Aug. 12", "sept."), folded, in both languages.
var monthShort = [12][]string{
	{"ene", "jan"}, {"feb"}, {"mar"}, {"abr", "apr"}, nil, {"jun"}, {"jul"}, {"ago", "aug"},
	{"sep", "sept", "set"}, {"oct"}, {"nov"}, {"dic", "dec"},
}

// SpanishMonth returns the folded Spanish name of m ("enero"), or "" when
// m is no month.
func SpanishMonth(m time.Month) string {
	if m < time.January || m > time.December {
		return ""
	}
	return monthFull[m-1][0]
}

// MonthNames returns every folded full month name, the Spanish ones
// first, then the English: a new slice the caller may keep.
func MonthNames() []string {
	var es, en []string
	for _, names := range monthFull {
		es = append(es, names[:len(names)-1]...)
		en = append(en, names[len(names)-1])
	}
	return append(es, en...)
}

// MonthNamed returns the month a folded full month name names, Spanish or
// English ("septiembre", "setiembre", "august"); ok is false for any
// other word, abbreviations included.
func MonthNamed(word string) (m time.Month, ok bool) {
	for i, names := range monthFull {
		for _, n := range names {
			if n == word {
				return time.Month(i + 1), true
			}
		}
	}
	return 0, false
}

// Month is MonthNamed that also knows the abbreviations Find reads in
// dates ("ene", "sept", "aug").
func Month(word string) (m time.Month, ok bool) {
	if m, ok := MonthNamed(word); ok {
		return m, true
	}
	for i, names := range monthShort {
		for _, n := range names {
			if n == word {
				return time.Month(i + 1), true
			}
		}
	}
	return 0, false
}
