package extract

import (
	"strings"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
)

// leadPhrases end, folded, the words before a town named only as where a
// road leads ("el bulevar que conduce a Tixtla", "the road out to
// Reynosa"): not where the act was when the sentence names another place
// (dropRoutes).
var leadPhrases = []string{"que conduce a ", "que conduce hacia ", "que lleva a ", "que sale a ", "que sale hacia ",
	"que conducen a ", "que conducen hacia ", "que llevan a ", "que salen a ", "que salen hacia ",
	"out to ", "leading to ", "that leads to ", "which leads to "}

// junctionPhrases end, folded, the words before the town a road junction
// is named after ("a la altura del Entronque de Matehuala"): a junction
// named after a municipality's seat lies on the road to it, often in
// another municipality; one named after a locality ("el entronque a León
// Guzmán, municipio de Lerdo") is at that locality.
var junctionPhrases = []string{"entronque de ", "entronque a ", "entronque con ", "junction of "}

// leadsTo reports whether folded before, the words before place p, ends
// with one of leadPhrases, or with one of junctionPhrases and p is a
// municipality, starting a word.
func leadsTo(before string, p placeRef) bool {
	if endsWithWord(before, leadPhrases) {
		return true
	}
	return p.place.Kind == gazetteer.Municipality && endsWithWord(before, junctionPhrases)
}

// linkVerbs name, folded, a road by the two places it links ("the highway
// that links the state capital with Iguala", "which links the avocado hub
// of Uruapan with the port of Lázaro Cárdenas", "el camino que comunica
// Tepic con Xalisco").
var linkVerbWords = []string{"links ", "connects ", "que comunica ", "que une ", "que conecta ", "que enlaza "}

// linkVerbs finds linkVerbWords.
var linkVerbs = newNeedles(linkVerbWords...)

// linkWindow is how many bytes before a place a link verb is looked for.
const linkWindow = 90

// linkedEnd reports whether place p is one of the two places a road is
// said to link, after a link verb and at most its article, epithets and
// "with", "con", "y" or "and" (linkVerbs), with no stop, comma or
// locative ("en", "in", "near", "a la altura") between the verb and it:
// where the road runs, not where the act was.
func linkedEnd(ft fold.Text, p placeRef) bool {
	before := ft.Sub(max(0, p.start-linkWindow), p.start).Folded
	if !linkVerbs.in(before) {
		return false
	}
	k := -1
	for _, v := range linkVerbs.subs {
		if i := strings.LastIndex(before, v); i > k && (i == 0 || !isWord(before[i-1])) {
			k = i
		}
	}
	if k < 0 {
		return false
	}
	gap := before[k:]
	if strings.ContainsAny(gap, ",;.:()") {
		return false
	}
	for _, w := range []string{" en ", " in ", " near ", " cerca ", " altura ", " at ", " between ", " entre "} {
		if strings.Contains(gap, w) {
			return false
		}
	}
	return true
}

// nearTownOf reports whether place p follows "near the town of" (or
// city, port, village) with nothing between: a town the act was near,
// as "near" right before it tells (dropRoutes).
func nearTownOf(ft fold.Text, p placeRef) bool {
	before := ft.Sub(max(0, p.start-24), p.start).Folded
	for _, m := range []string{"near the town of ", "near the city of ", "near the port of ", "near the village of "} {
		if strings.HasSuffix(before, m) {
			return true
		}
	}
	return false
}

// roadsUnderDateline drops from ps, a sentence's places, the towns named
// only as where a road leads or as the places it links (leadsTo,
// linkedEnd) other than c's dateline town: the dateline places the act
// ("SALAMANCA, Gto.- ... en el bulevar que conduce a Irapuato"); with no
// dateline town ("MEXICO CITY (AP) — ... the highway which links the
// avocado hub of Uruapan with ... in Michoacán state"), the state the
// report names does (stateNamed); a road's end is kept in a report that
// names no state ("the highway out to reynosa" in a transcript).
func roadsUnderDateline(c *reportCtx, ps []placeRef) []placeRef {
	if len(ps) == 0 || !c.cues.any(cueRoadEnds, c.text.Folded, 0, len(c.text.Folded)) {
		return ps
	}
	var out []placeRef // nil until a place is dropped
	var town placeRef
	looked, named := false, false
	for i, p := range ps {
		if rank(p.place.Kind) <= 2 && p.start >= 0 && p.end <= len(c.r.Text) && leadsOrLinks(c, p) {
			if !looked { // the dateline is read only for a sentence that names a road's end
				town, named = datelineTown(c)
				looked = true
			}
			if named && p.place.MunicipalityCode != town.place.MunicipalityCode || !named && stateNamed(c, p.place.StateCode) {
				// (with no dateline town the road's end is not the
				// act's place either when the report names its state:
				// the act keeps the state)
				if out == nil {
					out = append(make([]placeRef, 0, len(ps)), ps[:i]...)
				}
				continue
			}
		}
		if out != nil {
			out = append(out, p)
		}
	}
	if out == nil {
		return ps
	}
	return out
}

// leadsOrLinks reports whether place p is named only as where a road leads or
// as one of the places it links (leadsTo, linkedEnd).
func leadsOrLinks(c *reportCtx, p placeRef) bool {
	before := c.plain.Sub(max(0, p.start-40), p.start).Folded
	return leadsTo(before, p) || linkedEnd(c.plain, p)
}

// stateNamed reports whether c names the state of the given code as a
// state, or an agency's or a force's ("Tamaulipas police").
func stateNamed(c *reportCtx, code string) bool {
	for _, refs := range [][]placeRef{c.refs, c.jurisdictions} {
		for _, r := range refs {
			if r.place.Kind == gazetteer.State && r.place.StateCode == code {
				return true
			}
		}
	}
	return false
}
