package extract

import "github.com/atalaya/atalaya/fold"

// exitPhrases end, folded, the words before a town a title names only as
// where the road out of another town leads ("en la salida a Tixtla"),
// besides leadPhrases.
var exitPhrases = []string{"salida a ", "salida hacia "}

// titleRoadMarks are raw substrings one of which a title holds when it
// may name a town only as where a road leads (exitPhrases, leadPhrases):
// the title is folded only when one is there.
var titleRoadMarks = []string{"alida a", "alida hacia", "onduce a", "onduce hacia", "leva a", "ale a", "ale hacia", "out to", "eading to", "eads to"}

// titleRoads gives the dateline's town to a title's town named only as
// where a road leads ("Queman taxi en la salida a Tixtla" over
// "Chilpancingo, Gro.- ... en el bulevar que conduce a Tixtla"): the road
// leaves the dateline's town, as roadsUnderDateline reads the body.
func (e *Extractor) titleRoads(c *reportCtx) {
	if len(c.titleRefs) == 0 || len(c.dateline) == 0 || !containsAny(c.r.Title, titleRoadMarks...) {
		return
	}
	town, ok := datelineTown(c)
	if !ok {
		return
	}
	plain := fold.New(c.r.Title)
	for i, p := range c.titleRefs {
		if rank(p.place.Kind) > 2 || p.place.MunicipalityCode == town.place.MunicipalityCode || p.start < 0 || p.end > len(c.r.Title) {
			continue
		}
		before := plain.Sub(max(0, p.start-40), p.start).Folded
		if leadsTo(before, p) || endsWithWord(before, exitPhrases) {
			c.titleRefs[i].place = town.place
		}
	}
}
