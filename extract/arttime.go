package extract

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/fold"
)

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
	switch lastWordBefore(text, start, 12) {
	case "until", "till", "hasta":
		return true
	}
	// "Hasta el mediodía no se reportaban personas lesionadas", "until
	// the morning": the article between.
	head = strings.ToLower(text[max(0, start-11):start])
	for _, p := range []string{"hasta el ", "hasta la ", "until the "} {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	return false
}

// rangeEnd reports whether t, a time told in ft's original right after
// prev, closes the range prev opens ("del jueves 12 al domingo 15 de
// marzo", "entre la noche del sábado y la tarde del domingo", "from Friday
// to Sunday"): a range is dated by its start, as a tally is by its first
// day (gold README), and its end only when nothing else dates the act.
func rangeEnd(ft fold.Text, prev, t *timeExpr) bool {
	if prev.end > t.start || t.start-prev.end > 6 {
		return false
	}
	switch strings.TrimSpace(ft.Source()[prev.end:t.start]) {
	case "al", "a", "y", "to", "and", "through":
	default:
		return false
	}
	var buf [1]string
	ws := tailLetterWords(buf[:0], foldedBefore(ft, prev.start, 16), 1, "el", "la", "the")
	return len(ws) > 0 && slices.Contains([]string{"del", "de", "desde", "entre", "from", "between"}, ws[len(ws)-1])
}

// armedTakers reports whether the folded sentence f names armed people as
// its doers ("Armed men stopped a passenger bus ... and took seven
// migrants", "Un grupo armado se llevó a cinco trabajadores"): a sentence
// that supports a headline's abduction this way tells the taking, with
// its day, not an appeal for a missing person.
func armedTakers(f string) bool {
	for _, p := range []string{"armed men", "gunmen", "gunman", "armed group", "grupo armado", "hombres armados", "hombre armado", "sujetos armados", "civiles armados", "comando armado"} {
		if i := strings.Index(f, p); i >= 0 && (i == 0 || !isWord(f[i-1])) && (i+len(p) == len(f) || !isWord(f[i+len(p)])) {
			return true
		}
	}
	return false
}
