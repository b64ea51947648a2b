package extract

import "strings"

// periodEnd reports whether the time expression at original offset start
// of text closes a period ("until 5 a.m. Saturday", "y hasta las 07:00
// horas de este lunes"): when a closure or a count ended, not when the
// act it follows took place.
func periodEnd(text string, start int) bool {
	if start < 0 || start >= len(text) {
		return false
	}
	head := strings.ToLower(text[start:min(len(text), start+7)])
	if strings.HasPrefix(head, "until ") || strings.HasPrefix(head, "till ") || strings.HasPrefix(head, "hasta ") {
		return true
	}
	ws := wordsBefore(text, start, 12)
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "until", "till", "hasta":
		return true
	}
	return false
}
