package extract

// oneSpan reports whether the singular week or month at word i of the
// folded words t is a span of one counted over ("in one week", "in the
// first week of May", "en una semana", "en un solo mes"): after "in",
// "over", "within" or "during" and a word of one or a first or last, the
// acts are counted over that span, as over "in three days" (spanPeriod).
// A span after the act ("a week after", "tras una semana") or a time
// ("last week") counts nothing; one day's count ("Tijuana suma seis
// ejecutados en un solo día") is the news of that day, as the headline
// sets label it.
func oneSpan(t []string, i int) bool {
	j := i - 1
	if j < 1 {
		return false
	}
	switch t[j] {
	case "a", "one", "single", "first", "last", "un", "una", "solo", "sola", "primera", "primer", "ultima", "ultimo":
	default:
		return false
	}
	k := j - 1
	for k > 0 && (t[k] == "a" || t[k] == "the" || t[k] == "la" || t[k] == "el" || t[k] == "un" || t[k] == "una") {
		k--
	}
	switch t[k] {
	case "in", "over", "within", "during", "en", "durante":
		return true
	}
	return false
}
