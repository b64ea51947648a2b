package extract

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
)

// This file holds the article place rules of branch artplace: readings of
// a report's place mentions that an article's shape settles (its dateline,
// a state named after a town, a region or a city named in apposition).

// articlePlaces corrects the body's place mentions of c by the article's
// shape, once c.refs and c.dateline are known:
//
//   - a state's name after a town of that state ("En Coyuca de Catalán,
//     Guerrero, ...") is the state, not a homonym town of another state
//     (Guerrero, Tamaulipas);
//   - a region or a city told in apposition to the place before it ("en
//     el municipio de Tlapehuala, región de Tierra Caliente"; "In Jiutepec,
//     a suburb of the state capital Cuernavaca") is no place of its own;
//   - under a dateline that names a town ("JIMÉNEZ, Chih.-"), the town's
//     name again in the body is that town, whatever other state the text
//     names; a colonia named like a town of another state ("en la colonia
//     Tierra Blanca", under "CULIACÁN, Sin.-") is a colonia of the
//     dateline's town; and a locality (or a town's name) told "en este
//     municipio", "de este municipio" or "perteneciente a este municipio"
//     lies in the dateline's town;
//   - a road named by its number ("la carretera federal 2") that the
//     gazetteer knows in one state only, none of the states the report's
//     other places (its dateline among them) lie in, when they lie in one
//     state or more, is the road's stretch in that state, no place of
//     its own ("CABORCA, Son.- ... sobre la carretera federal 2", not
//     the Ribereña of Tamaulipas);
//   - under a dateline that names a town, when a town of another state is
//     named as a road's end ("HIDALGO, Tamps.- ... sobre la carretera
//     Victoria–Monterrey", "VANEGAS, SLP.- ... la carretera
//     Matehuala–Saltillo"), the road's ends tell where it leads, no place
//     of the act: the dateline's town is.
func (e *Extractor) articlePlaces(c *reportCtx) {
	if e.geo == nil || len(c.refs) == 0 {
		return
	}
	src := c.r.Text
	town, hasTown := datelineTown(c)
	var states stateSet
	roads := false
	if slices.ContainsFunc(c.refs, isRoad) {
		states, roads = reportStates(c)
	}
	// Under a dateline's town, a town of another state named as a road's
	// end: then no end of a road is the act's place.
	foreignEnds := hasTown && slices.ContainsFunc(c.refs, func(p placeRef) bool {
		return rank(p.place.Kind) <= 2 && p.place.StateCode != town.place.StateCode && roadEnd(c.text, p)
	})
	out := c.refs[:0]
	for i, p := range c.refs {
		if settlementWord(src, p) {
			continue // "en la comunidad de el senidor": no place named "La Comunidad"
		}
		if roads && foreignRoad(p, &states) {
			continue
		}
		if foreignEnds && rank(p.place.Kind) <= 2 && roadEnd(c.text, p) {
			// "HIDALGO, Tamps.- ... sobre la carretera Victoria–Monterrey":
			// the road's ends name where it leads.
			continue
		}
		var prev *placeRef
		if len(out) > 0 {
			prev = &out[len(out)-1]
		}
		if prev != nil {
			if st, ok := e.zoneSide(src, prev, &p); ok {
				prev.place, prev.start, prev.end, prev.text = st, p.start, p.end, p.text
				continue
			}
		}
		if prev != nil && p.place.Kind != gazetteer.State {
			if st, ok := e.stateAfterTown(src, prev, &p); ok {
				p.place = st
				out = append(out, p)
				continue
			}
			if appositive(src, prev, &p) {
				continue
			}
		}
		if hasTown && rank(p.place.Kind) <= 2 && p.place.MunicipalityCode != town.place.MunicipalityCode {
			switch {
			case p.place.StateCode != town.place.StateCode && fold.String(p.text) == fold.String(town.text):
				p.place = town.place
			case p.place.StateCode != town.place.StateCode && p.place.Kind == gazetteer.Municipality && colonyBefore(src, p.start):
				p.place = town.place
			case (p.place.Kind == gazetteer.Locality || p.place.Kind == gazetteer.Municipality) && thisMunicipality(src, p.end):
				// (a town's name told as lying in this municipality
				// names a locality of the dateline's town)
				p.place = town.place
			}
		}
		if rank(p.place.Kind) <= 2 {
			if m, ok := settlementTown(src, out, p); ok && !townAfter(src, c.refs[i+1:], p) {
				p.place = m.place
			}
		}
		out = append(out, p)
	}
	c.refs = out
}

// stateSet holds states by their INEGI number (1 to 32).
type stateSet [33]bool

// add puts the state of INEGI code in s, and reports whether it was one.
func (s *stateSet) add(code string) bool {
	if n, ok := stateNumber(code); ok {
		s[n] = true
		return true
	}
	return false
}

// has reports whether s holds the state of INEGI code (a municipality's
// code is read by its first two digits).
func (s *stateSet) has(code string) bool {
	n, ok := stateNumber(code)
	return ok && s[n]
}

// stateNumber returns the state number of the first two digits of an
// INEGI code.
func stateNumber(code string) (int, bool) {
	if len(code) < 2 || code[0] < '0' || code[0] > '3' || code[1] < '0' || code[1] > '9' {
		return 0, false
	}
	n := int(code[0]-'0')*10 + int(code[1]-'0')
	return n, n >= 1 && n <= 32
}

// reportStates returns the states of c's dateline and body places other
// than roads and metro areas, leaving out Mexico City (where national
// desks file about the whole country), and whether there is one.
func reportStates(c *reportCtx) (stateSet, bool) {
	var states stateSet
	found := false
	for _, refs := range [][]placeRef{c.dateline, c.refs} {
		for _, p := range refs {
			if p.place.Kind != gazetteer.Highway && p.place.Kind != gazetteer.MetroArea && p.place.StateCode != cdmxCode && states.add(p.place.StateCode) {
				found = true
			}
		}
	}
	return states, found
}

// foreignRoad reports whether p is a road the gazetteer knows in one
// state only, none of states: that state's stretch of a federal road
// that runs through the report's state too ("carretera federal 2", known
// as Tamaulipas's Ribereña, in Caborca). A road known across states
// other than the report's ("CULIACÁN, Sin.- La carretera 57 quedó
// bloqueada") keeps its reading (cityOfDateline).
func foreignRoad(p placeRef, states *stateSet) bool {
	return p.place.Kind == gazetteer.Highway && stateOf(p.place) != "" && !slices.ContainsFunc(p.place.Municipalities, states.has)
}

// isRoad reports whether p is a road.
func isRoad(p placeRef) bool { return p.place.Kind == gazetteer.Highway }

// titleRoads drops the title's roads that run through none of the states
// of the dateline's and the body's places, when they lie in one state or
// more ("Incendian tráiler en la carretera federal 45" over "FRESNILLO,
// Zac.-").
func titleRoads(c *reportCtx) {
	if !slices.ContainsFunc(c.titleRefs, isRoad) {
		return
	}
	if states, ok := reportStates(c); ok {
		c.titleRefs = slices.DeleteFunc(c.titleRefs, func(p placeRef) bool { return foreignRoad(p, &states) })
	}
}

// titleColonies gives the dateline's town to a title's town of another
// state, or a locality of another town of its state, whose name the body
// tells only as a colonia ("Emboscan a policías en Tierra Blanca" over
// "CULIACÁN, Sin.- ... en la colonia Tierra Blanca").
func (e *Extractor) titleColonies(c *reportCtx) {
	town, ok := datelineTown(c)
	if !ok || len(c.titleRefs) == 0 {
		return
	}
	f := c.plain.Folded
	for i, p := range c.titleRefs {
		switch {
		case p.place.MunicipalityCode == town.place.MunicipalityCode:
			continue
		case p.place.Kind == gazetteer.Municipality:
		default:
			continue
		}
		name := fold.String(p.text)
		if name == "" {
			continue
		}
		colony, bare := false, false
		for at := 0; ; {
			k := strings.Index(f[at:], name)
			if k < 0 {
				break
			}
			k += at
			if colonyBefore(f, k) {
				colony = true
			} else {
				bare = true
			}
			at = k + len(name)
		}
		if colony && !bare {
			c.titleRefs[i].place = town.place
		}
	}
}

// datelineTown returns the municipality-level place of c's dateline, when
// it names one outside Mexico City (where national desks file about the
// whole country).
func datelineTown(c *reportCtx) (placeRef, bool) {
	ds := selectPlaces(c.dateline)
	if len(ds) == 0 || rank(ds[0].place.Kind) > 2 || ds[0].place.MunicipalityCode == "" || ds[0].place.StateCode == cdmxCode {
		return placeRef{}, false
	}
	return ds[0], true
}

// stateAfterTown returns the state named by p when p, read as a town, is
// a state's name written right after a town of that state (", " between:
// "Coyuca de Catalán, Guerrero"; "Tula de Allende, Hidalgo").
func (e *Extractor) stateAfterTown(src string, prev, p *placeRef) (gazetteer.Place, bool) {
	if rank(prev.place.Kind) > 2 || prev.place.StateCode == "" || prev.place.StateCode == p.place.StateCode {
		return gazetteer.Place{}, false
	}
	if prev.end > p.start || strings.TrimSpace(src[prev.end:p.start]) != "," {
		return gazetteer.Place{}, false
	}
	st, ok := e.geo.state(prev.place.StateCode)
	if !ok {
		return gazetteer.Place{}, false
	}
	name, text := fold.String(st.Name), fold.String(p.text)
	if name != text && !strings.HasPrefix(name, text+" de ") {
		return gazetteer.Place{}, false
	}
	return st, true
}

// zoneSide returns the state p names when p follows the metropolitan
// zone prev that spans that state and another ("la Comarca Lagunera, del
// lado duranguense", "la zona metropolitana de La Laguna, en Durango",
// "la zona conurbada de Tampico, del lado veracruzano"), with no more
// than a comma and a few words between them: the zone's side in that
// state, which the zone alone places in its core's state. A town named
// like its state ("en Durango") is the state there.
func (e *Extractor) zoneSide(src string, prev, p *placeRef) (gazetteer.Place, bool) {
	if prev.place.Kind != gazetteer.MetroArea || p.place.StateCode == prev.place.StateCode ||
		prev.end > p.start || p.start-prev.end > 12 || strings.ContainsAny(src[prev.end:p.start], ".;:") ||
		!slices.ContainsFunc(prev.place.Municipalities, func(m string) bool { return strings.HasPrefix(m, p.place.StateCode) }) {
		return gazetteer.Place{}, false
	}
	if p.place.Kind == gazetteer.State {
		return p.place, true
	}
	st, ok := e.geo.state(p.place.StateCode)
	if !ok || p.place.Kind != gazetteer.Municipality || fold.String(st.Name) != fold.String(p.text) {
		return gazetteer.Place{}, false
	}
	return st, true
}

// appositiveHeads are what a region or a city told in apposition to the
// place before it opens with, after the comma (folded).
var appositiveHeads = []string{
	"region de ", "en la region de ", "la region de ", "zona de ",
	"a suburb of ", "a suburb of the state capital ", "a suburb of the capital ",
	"suburb of ", "in the region of ", "a region of ",
}

// appositive reports whether p is told in apposition to prev, a place in
// another municipality: a region or a city after a comma that only
// situates prev ("Tlapehuala, región de Tierra Caliente").
func appositive(src string, prev, p *placeRef) bool {
	if rank(prev.place.Kind) > 2 || prev.place.MunicipalityCode == "" || p.place.MunicipalityCode == prev.place.MunicipalityCode {
		return false
	}
	if prev.end >= p.start || p.start-prev.end > 48 {
		return false
	}
	gap := strings.TrimLeft(fold.String(src[prev.end:p.start]), " ")
	if !strings.HasPrefix(gap, ",") {
		return false
	}
	gap = strings.TrimLeft(gap[1:], " ")
	for _, h := range appositiveHeads {
		if gap == h {
			return true
		}
	}
	// A region after a comma: "Tlapehuala, in the Tierra Caliente region".
	return p.place.Kind == gazetteer.MetroArea && (gap == "in the " || gap == "en la " || gap == "en ")
}

// inColonyName reports whether the name at offset at of src ends a
// colonia's name of up to three words ("la colonia Nuevo México", "col.
// Puerto México"): the place read there is a word of the colonia's name.
func inColonyName(src string, at int) bool {
	for range 3 {
		if colonyBefore(src, at) {
			return true
		}
		j := at
		for j > 0 && src[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && isWord(src[k-1]) {
			k--
		}
		if k == j || j == at {
			return false
		}
		at = k
	}
	return false
}

// colonyBefore reports whether src names a colonia right before offset at
// ("colonia ", "col. ", "fraccionamiento ", "barrio ").
func colonyBefore(src string, at int) bool {
	head := strings.TrimRight(fold.String(src[max(0, at-24):at]), " ")
	for _, w := range []string{"colonia", "colonia ejido", "col.", "fraccionamiento", "fracc.", "barrio", "neighborhood of", "neighbourhood of"} {
		if strings.HasSuffix(head, w) && (len(head) == len(w) || !isWord(head[len(head)-len(w)-1])) {
			return true
		}
	}
	return false
}

// thisMunicipality reports whether src, from offset at, says that the
// place just named lies in the dateline's town: ", en este municipio",
// "de este municipio", ", perteneciente a este municipio".
func thisMunicipality(src string, at int) bool {
	rest := strings.TrimLeft(fold.String(src[at:min(len(src), at+40)]), " ,")
	for _, h := range []string{"en este municipio", "de este municipio", "en ese municipio", "in this municipality",
		"perteneciente a este municipio", "que pertenece a este municipio"} {
		if strings.HasPrefix(rest, h) {
			return true
		}
	}
	return false
}

// inherit returns the place a sentence i that names none takes from its
// context (inheritPlace), narrowed to the dateline's town when that place
// is only the town's state and the sentence names a colonia ("Anoche ...
// atacaron su patrulla en la colonia Tierra Blanca", under "CULIACÁN,
// Sin.-" and a sentence naming Sinaloa): a colonia is part of a town, and
// the dateline names the town; so when the state is the title's place
// (titleState).
func (e *Extractor) inherit(c *reportCtx, i int, out []draft) (placeRef, placeSource) {
	p, from := e.inheritPlace(c, i, out)
	if t, ok := colonyOfDateline(c, i, out, p, from); ok {
		return t, fromTitle
	}
	if from == fromNone || p.place.Kind != gazetteer.State {
		return p, from
	}
	if t, ok := townTold(c, i, p); ok {
		return t, from
	}
	town, ok := datelineTown(c)
	if !ok || town.place.StateCode != p.place.StateCode {
		return p, from
	}
	s := &c.sents[i]
	if !namesColony(c.text.Folded[s.fStart:s.fEnd]) && !titleState(c, p) {
		return p, from
	}
	town.start, town.end, town.text = p.start, p.end, p.text
	return town, from
}

// colonyOfDateline returns the dateline's town for sentence i, a new act
// told in a colonia and in no town, when the place p it inherits from its
// paragraph is the town of the act told just before, another town of the
// dateline's state: "CULIACÁN, Sin.- ... en Campo Balbuena, en Navolato,
// grupos armados se enfrentaron ... Y alrededor de las 13:00 horas, un
// agente fue asesinado ... en la colonia Las Quintas" — the colonia lies
// in the city the outlet writes from, not in the village of the other
// act. ok false otherwise.
func colonyOfDateline(c *reportCtx, i int, out []draft, p placeRef, from placeSource) (placeRef, bool) {
	n := len(out)
	if from != fromParagraph || n == 0 || p.place.MunicipalityCode == "" || c.feed != nil {
		return placeRef{}, false
	}
	last := &out[n-1]
	if last.placeFrom != fromSentence || last.tally || last.lastSent >= i || last.place.place.MunicipalityCode != p.place.MunicipalityCode {
		return placeRef{}, false
	}
	town, ok := datelineTown(c)
	if !ok || town.place.StateCode != p.place.StateCode || town.place.MunicipalityCode == p.place.MunicipalityCode {
		return placeRef{}, false
	}
	s := &c.sents[i]
	if !namesColony(c.text.Folded[s.fStart:s.fEnd]) {
		return placeRef{}, false
	}
	return town, true
}

// titleState reports whether p is the place of c's title and names only
// a state ("Jornada violenta en la frontera tamaulipeca" over "REYNOSA,
// Tamps.—"): the title tells the region, the dateline the town.
func titleState(c *reportCtx, p placeRef) bool {
	t, ok := c.titlePlace()
	return ok && t.place.Kind == gazetteer.State && t.start == p.start && t.end == p.end && t.text == p.text
}

// theMunicipality are the words by which a sentence places its act in a
// town the text named before ("Schools across the municipality suspended
// classes", "las escuelas del municipio"), folded; "de"/"of" after them
// names another (checked by townTold).
var theMunicipality = newNeedles("the municipality", "el municipio", "del municipio", "este municipio", "dicho municipio", "ese municipio")

// theSettlement are the words by which a sentence places its act in a
// settlement the text named before ("at a house in the west of the
// city", "Schools in the community were closed"), folded; a name after
// them ("the city of", "la comunidad de") names another (settlementTold).
var theSettlement = newNeedles("the city", "the town", "the village", "the community", "la ciudad", "la comunidad", "esa comunidad", "dicha comunidad")

// settlementTold reports whether folded sentence f places its act in "the
// city", "the town" or "the community" (theSettlement) with no name
// after the noun.
func settlementTold(f string) bool {
	if !theSettlement.in(f) {
		return false
	}
	for _, w := range theSettlement.subs {
		for at := range wordStarts(f, w) {
			if end := at + len(w); (end == len(f) || !isWord(f[end])) && !hasAnyPrefix(f[end:], " of ", " de ", " del ") {
				return true
			}
		}
	}
	return false
}

// townTold returns the town last named before sentence i, in the state p
// the sentence inherits, when the sentence places its act only in "the
// municipality" (theMunicipality) or in "the city", "the town" or "the
// community" (settlementTold), no name after: the town the text is
// about. ok false otherwise.
func townTold(c *reportCtx, i int, p placeRef) (placeRef, bool) {
	s := &c.sents[i]
	f := c.text.Folded[s.fStart:s.fEnd]
	if theMunicipality.in(f) {
		for _, w := range [...]string{"municipality of ", "municipio de "} {
			if strings.Contains(f, w) {
				return placeRef{}, false
			}
		}
	} else if !settlementTold(f) {
		return placeRef{}, false
	}
	var town placeRef
	for _, r := range c.refs {
		if r.start >= s.start {
			break
		}
		if rank(r.place.Kind) <= 2 && r.place.MunicipalityCode != "" && r.place.StateCode == p.place.StateCode {
			town = r
		}
	}
	if town.place.MunicipalityCode == "" {
		return placeRef{}, false
	}
	town.start, town.end, town.text = p.start, p.end, p.text
	return town, true
}

// namesColony reports whether the folded sentence f names a colonia or a
// city's neighbourhood.
func namesColony(f string) bool {
	for _, w := range []string{"colonia ", "fraccionamiento ", "barrio ", " neighborhood", " neighbourhood"} {
		if k := strings.Index(f, w); k >= 0 && (k == 0 || w[0] == ' ' || !isWord(f[k-1])) {
			return true
		}
	}
	return false
}

// settlementTown returns the town named just before p in its clause ("en
// tepalcatepec ... en la comunidad de el ceñidor"), when p, told as a
// settlement ("comunidad de", "ejido", "localidad de"), is known only as
// a locality of another municipality of that town's state or as a town of
// another state: a settlement's name recurs from town to town, and the
// gazetteer lists few of them; the text names the town.
func settlementTown(src string, out []placeRef, p placeRef) (placeRef, bool) {
	if len(out) == 0 {
		return placeRef{}, false
	}
	m := out[len(out)-1]
	if m.place.Kind != gazetteer.Municipality || m.place.MunicipalityCode == p.place.MunicipalityCode {
		return placeRef{}, false
	}
	switch {
	case p.place.Kind == gazetteer.Locality && p.place.StateCode == m.place.StateCode:
	case p.place.Kind == gazetteer.Municipality && p.place.StateCode != m.place.StateCode:
		// "en Tacámbaro ... en la comunidad de El Limón": not El Limón, Jalisco
	default:
		return placeRef{}, false
	}
	if m.end > p.start || p.start-m.end > 160 || strings.ContainsAny(src[m.end:p.start], ".;") {
		return placeRef{}, false
	}
	if before := strings.TrimRight(src[:m.start], " "); strings.HasSuffix(before, "-") || strings.HasSuffix(before, "–") || strings.HasPrefix(strings.TrimLeft(src[m.end:], " "), "-") || strings.HasPrefix(strings.TrimLeft(src[m.end:], " "), "–") {
		return placeRef{}, false // a road's end: "la carretera Fresnillo–Valparaíso"
	}
	if h := fold.String(src[max(0, m.start-32):m.start]); strings.Contains(h, "carretera") || strings.Contains(h, "une ") || strings.Contains(h, "tramo") || strings.Contains(h, "highway") || strings.Contains(h, "road") {
		return placeRef{}, false // a road's end: "la carretera que une Frontera Comalapa con Chicomuselo"
	}
	if !settlementBefore(src, p.start) {
		return placeRef{}, false
	}
	return m, true
}

// settlementBefore reports whether src names a settlement right before
// offset at: "comunidad de", "ejido", "la localidad de", "poblado",
// "ranchería", "community of", "village of".
func settlementBefore(src string, at int) bool {
	if at <= 0 || at > len(src) {
		return false
	}
	head := strings.TrimRight(fold.String(src[max(0, at-24):at]), " ")
	head = strings.TrimSuffix(strings.TrimSuffix(head, " de"), " of")
	for _, w := range []string{"comunidad", "ejido", "localidad", "poblado", "rancheria", "congregacion", "community", "village"} {
		if strings.HasSuffix(head, w) && (len(head) == len(w) || !isWord(head[len(head)-len(w)-1])) {
			return true
		}
	}
	return false
}

// settlementWord reports whether p is a settlement's common noun read as a
// place's name ("la comunidad" of "en la comunidad de el senidor", as a
// transcript writes it): the noun, with its article, before "de".
func settlementWord(src string, p placeRef) bool {
	if p.place.Kind != gazetteer.Locality {
		return false
	}
	w := fold.String(p.text)
	for _, a := range []string{"la ", "el ", "los ", "las "} {
		w = strings.TrimPrefix(w, a)
	}
	if !settlementNoun(w) {
		return false
	}
	rest := strings.TrimLeft(fold.String(src[p.end:min(len(src), p.end+5)]), " ")
	return strings.HasPrefix(rest, "de ") || strings.HasPrefix(rest, "del ")
}

// settlementNoun reports whether the folded word w names a kind of
// settlement.
func settlementNoun(w string) bool {
	switch w {
	case "comunidad", "ejido", "localidad", "poblado", "rancheria", "congregacion", "colonia":
		return true
	}
	return false
}

// townAfter reports whether the clause of p names a town right after it
// (", en territorio de Frontera Comalapa", ", municipio de ..."): the
// settlement's own town, which says where it lies.
func townAfter(src string, next []placeRef, p placeRef) bool {
	if len(next) == 0 {
		return false
	}
	q := next[0]
	return rank(q.place.Kind) <= 2 && q.start >= p.end && q.start-p.end <= 80 && !strings.ContainsAny(src[p.end:q.start], ".;")
}
