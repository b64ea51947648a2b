package extract

import "strings"

// traceNouns, folded, follow "bullet" in the names of what a shooting
// leaves ("bullet casings", "bullet holes", "bullet-riddled vehicles",
// "bullet fragments") or of what stops one ("bulletproof vest").
var traceNouns = []string{"casing", "shell", "hole", "riddled", "proof", "fragment", "mark", "impact"}

// bulletTrace reports whether the cue at folded [at, end) is "bullet" or
// "bullets" naming a trace of a shooting ("Investigators found shell
// casings of several calibers and two bullet-riddled vehicles at the
// scene", "Police found more than 50 bullet casings"): what was found
// where an act was told, not an act; Spanish reads "casquillos" the same
// way.
func bulletTrace(f string, at, end int) bool {
	if w := f[at:end]; w != "bullet" && w != "bullets" {
		return false
	}
	rest := strings.TrimLeft(f[end:], " -")
	var buf [1]string
	ws := appendFields(buf[:0], rest, 1)
	return len(ws) == 1 && hasAnyPrefix(ws[0], traceNouns...)
}
