package fuse

import "strings"

// bearingHeads are the city words a bearing may name before the town
// ("north of the state capital of Zacatecas", "al norte de la ciudad
// de"), folded, each ending where the town's name follows.
var bearingHeads = [...]string{" the state capital of", " the capital of", " the city of", " the town of", " the port of",
	" la capital del estado de", " la ciudad de", " el puerto de"}

// bearingWords are the compass bearings a report places an act by from a
// town, folded and closed by "of" or "de" ("north of", "al sur de").
var bearingWords = [...]string{"north of", "south of", "east of", "west of", "northeast of", "northwest of", "southeast of", "southwest of",
	"norte de", "sur de", "oriente de", "poniente de", "este de", "oeste de", "noreste de", "noroeste de", "sureste de", "suroeste de"}

// bearingOf reports whether b, the folded words before a town's name
// with no trailing space, ends with a compass bearing from it ("on a
// highway north of the state capital of", "al norte de"): the act was
// outside the town, maybe in the neighbouring municipality (nearOwnTown).
func bearingOf(b string) bool {
	for _, h := range bearingHeads {
		if strings.HasSuffix(b, h) {
			b = strings.TrimSuffix(b, h)
			if !strings.HasSuffix(b, " of") && !strings.HasSuffix(b, " de") {
				return false
			}
			break
		}
	}
	for _, w := range bearingWords {
		if strings.HasSuffix(b, w) && (len(b) == len(w) || b[len(b)-len(w)-1] == ' ') {
			return true
		}
	}
	return false
}
