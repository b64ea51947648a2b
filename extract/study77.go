package extract

import "strings"

// violentEpisode reports whether the fiction word at folded [at, end) of
// the sentence [lo, hi) is "episode" or "episodio" named by how violent
// it was ("the week's deadliest episode came on Tuesday, when six people
// were killed", "the worst episode", "otro episodio violento", "el
// episodio más sangriento"): one of the acts a round-up tells, no
// series' episode.
func violentEpisode(f string, at, end, lo, hi int) bool {
	if w := f[at:end]; !strings.HasPrefix(w, "episod") {
		return false
	}
	switch lastWord(f[max(lo, at-20):at]) {
	case "deadliest", "bloodiest", "worst", "violent", "deadly", "bloody":
		return true
	}
	after := f[end:min(hi, end+24)]
	return hasAnyPrefix(strings.TrimLeft(after, " "), "violento", "violentos", "mas violento", "mas sangriento", "sangriento", "de violencia")
}
