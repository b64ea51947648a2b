package extract

import (
	"strings"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
)

// The dateline's town against a town the report names later (place22).
//
// A town the text names as where the act happened ("en el municipio de
// Fresnillo", "in the municipality of Cadereyta") overrides the dateline
// the act would otherwise take ("ZACATECAS, Zac.- ..."); a town named only
// as a reference ("a 20 kilómetros de Fresnillo", "fueron trasladados al
// hospital de ...", "originarios de ...") does not. And a neighbourhood
// the gazetteer knows only in another municipality ("en la colonia Las
// Juntas", "la delegación Santa Ana Tlapaltitlán", "..., en esta
// ciudad") lies in the dateline's town when the report never names that
// other municipality.

// actTownHeads, right before a town's name (folded), name it as where
// the act happened.
var actTownHeads = []string{"en el municipio de", "del municipio de", "municipio de", "en el municipio", "in the municipality of",
	"in the town of", "in the city of", "in the village of"}

// townRefWords, shortly before "municipio de X", make X a reference
// rather than the act's place (folded).
var townRefWords = []string{"hospital", "trasladad", "originari", "oriundo", "vecino", "procedente", "proveniente", "habitante",
	"kilometros", "km ", "rumbo", "camino a", "carretera", "direccion", "hacia", "taken to", "native", "resident", "from ",
	"miles ", "toward", "road to", "highway to", "limites", "colinda", "border", "frontera", "presidente", "alcald", "mayor",
	"ayuntamiento", "cabildo", "policia", "police"}

// namedActTown returns the town the text names as where the act
// happened ("en el municipio de X", "in the town of X") for the act of a
// one-act report placed at the dateline's town, when the text names
// exactly one such town of the dateline's state other than it, and not
// as a reference; alone: the report drafts one act. ok false otherwise.
func namedActTown(c *reportCtx, d *draft, p placeRef, alone bool) (placeRef, bool) {
	if !alone || d.tally || d.placeFrom != fromTitle || len(c.dateline) == 0 || c.placeRead(d) != "dateline" {
		return placeRef{}, false
	}
	town, ok := datelineTown(c)
	if !ok || p.place.MunicipalityCode != town.place.MunicipalityCode {
		return placeRef{}, false
	}
	var found placeRef
	for _, r := range c.refs {
		if rank(r.place.Kind) > 2 || r.place.StateCode != town.place.StateCode || r.place.MunicipalityCode == "" ||
			r.place.MunicipalityCode == town.place.MunicipalityCode || r.start <= 0 || r.start > len(c.r.Text) {
			continue
		}
		raw := c.r.Text[max(0, r.start-60):r.start]
		if !strings.Contains(raw, "unicip") && !strings.Contains(raw, " of") {
			continue
		}
		head := strings.TrimRight(fold.String(raw), " ")
		named := false
		for _, h := range actTownHeads {
			if strings.HasSuffix(head, h) {
				named = true
				head = strings.TrimSuffix(head, h)
				break
			}
		}
		if !named {
			continue
		}
		if k := strings.LastIndexAny(head, ".;"); k >= 0 {
			head = head[k+1:]
		}
		if containsAny(head, townRefWords...) {
			return placeRef{}, false
		}
		if found.place.MunicipalityCode != "" && found.place.MunicipalityCode != r.place.MunicipalityCode {
			return placeRef{}, false
		}
		if found.place.MunicipalityCode == "" {
			found = r
		}
	}
	return found, found.place.MunicipalityCode != ""
}

// neighbourhoodHeads, right before a name (folded), make it a
// neighbourhood's (besides colonyBefore's).
var neighbourhoodHeads = []string{"delegacion", "la delegacion", "subdelegacion", "unidad habitacional", "colonia"}

// thisTownWords in the act's sentence place it in the dateline's town.
var thisTownWords = []string{"en esta ciudad", "de esta ciudad", "en esta capital", "in this city"}

// neighbourhoodInDateline returns the dateline's town for an act placed
// at a locality of another municipality of the dateline's state, when the
// report names that municipality nowhere and tells the locality as a
// neighbourhood ("en la colonia Las Juntas", "la delegación Santa Ana
// Tlapaltitlán") or says the act was in this city. ok false otherwise.
func (e *Extractor) neighbourhoodInDateline(c *reportCtx, d *draft, places ...placeRef) (placeRef, bool) {
	p := places[0]
	if d.tally || p.place.Kind != gazetteer.Locality || len(c.dateline) == 0 {
		return placeRef{}, false
	}
	town, ok := datelineTown(c)
	if !ok {
		return placeRef{}, false
	}
	if p.place.StateCode != town.place.StateCode || p.place.MunicipalityCode == "" ||
		p.place.MunicipalityCode == town.place.MunicipalityCode {
		return placeRef{}, false
	}
	for _, refs := range [][]placeRef{c.titleRefs, c.refs} {
		for _, r := range refs {
			if r.place.MunicipalityCode == p.place.MunicipalityCode && r.place.Kind == gazetteer.Municipality {
				return placeRef{}, false // the other town is named
			}
		}
	}
	told := false
	if d.firstSent >= 0 && d.firstSent < len(c.sents) {
		s := c.sents[d.firstSent]
		if s.start >= 0 && s.end <= len(c.r.Text) && s.start < s.end && containsAny(fold.String(c.r.Text[s.start:s.end]), thisTownWords...) {
			told = true
		}
	}
	for _, q := range places {
		if told || q.text == "" {
			break
		}
		for at := 0; ; {
			k := strings.Index(c.r.Text[at:], q.text)
			if k < 0 {
				break
			}
			k += at
			head := strings.TrimRight(fold.String(c.r.Text[max(0, k-32):k]), " ")
			if colonyBefore(c.r.Text, k) || hasWordSuffix(head, neighbourhoodHeads) {
				told = true
				break
			}
			at = k + len(q.text)
		}
	}
	if !told {
		return placeRef{}, false
	}
	t := town
	t.start, t.end, t.text = p.start, p.end, p.text
	return t, true
}

// hasWordSuffix reports whether s ends with one of ws as whole words.
func hasWordSuffix(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) && (len(s) == len(w) || !isWord(s[len(s)-len(w)-1])) {
			return true
		}
	}
	return false
}
