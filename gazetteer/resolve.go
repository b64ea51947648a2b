package gazetteer

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// Resolved is a mention with the one place chosen for it.
type Resolved struct {
	Mention
	Place Place
	Score float64 // 0..1 confidence in the choice
}

// Resolve picks one place per mention and drops the mentions judged not to
// be places. For each candidate it weighs, in this order of strength: a
// state named or abbreviated right after it ("Tonalá, Chiapas", "Tonalá
// (Jalisco)", "Cuauhtémoc, Chih."); a town named right after it, which it
// lies in ("San Vicente, Bahía de Banderas", "Rincón del Oro en
// Tijuana": a mention with no candidate there is a neighbourhood and is
// dropped); the states of the other mentions of the text (a state named
// anywhere, the state of an unambiguous municipality); the state in force
// where a town's name is written (that of the nearest name before it in
// one state only: an official list's earlier item, the report's opening
// place), unless a name later in its sentence says another of its states;
// prior, a state code
// hint such as the outlet's home state ("" if none), under which a
// municipality of that state beats another state of the same name ("en
// Guerrero" from a Chihuahua outlet) and a state's name means its capital
// city ("en Chihuahua" from a Chihuahua outlet, unless the text says "el
// estado de" or names another place of the state; "Chihuahua capital"
// always); then population and kind. A mention whose name is also an
// ordinary word or a person's name, or that only names small localities,
// is kept only when a cue precedes it ("en", "municipio de", "in", "policía
// de", "colonia Obrera de"), it labels a headline ("León: ..."), or the
// other mentions or the prior support one of its candidates; a town of
// unknown size is doubtful only inside a longer name ("Plan de Ayala"). A
// locality of a municipality the text names elsewhere beats its homonyms.
// A text written as a URL slug ("asesinan-a-un-hombre-en-yautepec") is
// read with its dashes as spaces.
func (g *Gazetteer) Resolve(text string, ms []Mention, prior string) []Resolved {
	return g.resolve(text, ms, prior, true)
}

// ResolveWeak is Resolve for a prior known only weakly (a national
// outlet whose reports happen to name one state more than others): it
// still favours the prior's state among homonyms, but no longer reads a
// state's name as a municipality of the prior's state that bears it ("en
// Hidalgo" stays the state of Hidalgo).
func (g *Gazetteer) ResolveWeak(text string, ms []Mention, prior string) []Resolved {
	return g.resolve(text, ms, prior, false)
}

func (g *Gazetteer) resolve(text string, ms []Mention, prior string, firm bool) []Resolved {
	if len(ms) == 0 {
		return nil
	}
	if isSlug(text) {
		text = unslug(text)
	}
	// States supported by the text: each distinct name whose candidates
	// all lie in one state votes for it once.
	keys := make([]string, len(ms))
	voters := map[string]map[string]bool{}
	doubt := make([]bool, len(ms))
	for i, m := range ms {
		keys[i] = foldKey(m.Text)
		doubt[i] = g.doubtful(text, m, keys[i])
		if doubt[i] {
			continue // a name that may not be a place does not vote
		}
		if st := voteState(m.Candidates); st != "" {
			if voters[st] == nil {
				voters[st] = map[string]bool{}
			}
			voters[st][keys[i]] = true
		}
	}
	for i := range ms {
		switch {
		case doubt[i] && i > 0 && onlyLocalities(ms[i-1].Candidates) && gapIsSeat(text, ms[i-1].End, ms[i].Start):
			// "Colinas de Plata, León": the town a locality is in.
			doubt[i] = false
		case doubt[i] && i > 0 && !doubt[i-1] && stateOf(ms[i].Candidates) != "" && stateOf(ms[i-1].Candidates) != "" && andGap(text, ms[i-1].End, ms[i].Start):
			// "in Guerrero and Morelos", "en Sonora y Sinaloa": the
			// next state of a list the first one's cue opens.
			doubt[i] = false
			if st := voteState(ms[i].Candidates); st != "" {
				if voters[st] == nil {
					voters[st] = map[string]bool{}
				}
				voters[st][keys[i]] = true
			}
		case !doubt[i] && g.ambiguous(keys[i]) && longerName(text, ms[i].End, ms, i):
			// "Rincón del Oro", "Playas de Tijuana": the first words
			// of a longer name.
			doubt[i] = true
		case !doubt[i] && saintName(keys[i]) && commonState(ms[i].Candidates) == "" && (saintGoesOn(text, ms[i].End) || saintOf(text, ms, i)):
			// "San Cristóbal Huichochitlán", "San Cristóbal Ecatepec",
			// "San Antonio de las Tunas": a saint's name and the place's
			// own, a town the gazetteer does not know or a part of the
			// town named after it, not the homonym town of the saint's
			// name alone elsewhere; and a name after its article is
			// part of it ("de los Cerritos").
			doubt[i] = true
			unvote(voters, ms[i], keys[i])
			if i+1 < len(ms) && articleGap(text, ms[i].End, ms[i+1].Start) {
				doubt[i+1] = true
				unvote(voters, ms[i+1], keys[i+1])
			}
		}
	}
	// Homonym towns named together: each name with municipalities in
	// several states counts once for every state it has one in. Two such
	// names sharing a state ("San Fernando ... rumbo a Matamoros") are
	// most likely both there.
	shared := map[string]map[string]bool{}
	for i, m := range ms {
		if doubt[i] || voteState(m.Candidates) != "" {
			continue
		}
		for _, c := range m.Candidates {
			if c.Kind == Municipality && c.StateCode != "" {
				if shared[c.StateCode] == nil {
					shared[c.StateCode] = map[string]bool{}
				}
				shared[c.StateCode][keys[i]] = true
			}
		}
	}
	// Municipalities the text names: a name with one municipality among
	// its candidates.
	named := map[string]int{} // municipality code -> mention index
	for i, m := range ms {
		code, n := "", 0
		for _, c := range m.Candidates {
			if c.Kind == Municipality {
				code, n = c.MunicipalityCode, n+1
			}
		}
		if n == 1 && !doubt[i] {
			named[code] = i
		}
	}
	// support returns the number of other names that vote for state st.
	support := func(st, self string) int {
		v := voters[st]
		n := len(v)
		if v[self] {
			n--
		}
		return n
	}
	out := make([]Resolved, 0, len(ms))
	for i, m := range ms {
		if len(m.Candidates) == 0 {
			continue
		}
		// The state in force where the mention is written: that of the
		// nearest name before it whose places all lie in one state ("1.
		// En Frontera Comalapa, Chiapas ... 3. ... a la altura de Ciudad
		// Cuauhtémoc"), unless a name later in its sentence says another
		// of its states.
		force := ""
		if stateOf(m.Candidates) == "" {
			// (a state's name has rules of its own: "Jardines de
			// Morelos" after Ecatepec is no town of Morelos)
			force = stateInForce(text, ms, doubt, i)
		}
		if sh := g.matcher.shadowed[keys[i]]; len(sh) > 0 && (i+1 >= len(ms) || stateOf(ms[i+1].Candidates) == "") {
			// "Oaxaca–Puerto Ángel highway at Ejutla": a town shortened
			// to a name another place bears (Ejutla de Crespo, not
			// Ejutla of Jalisco), in a state the text names or the
			// outlet's home ("el centro de Sayula" from a Veracruz
			// outlet is Sayula de Alemán).
			for _, id := range sh {
				if p := g.places[id]; p.Kind == Municipality && !inState(m.Candidates, p.StateCode) && (support(p.StateCode, keys[i]) > 0 || p.StateCode == prior) {
					m.Candidates = append(slices.Clip(m.Candidates), p)
				}
			}
		}
		for _, id := range g.matcher.shadowed[keys[i]] {
			p := g.places[id]
			if k, ok := named[p.MunicipalityCode]; ok && keys[k] != keys[i] && p.Kind == Locality && !slices.ContainsFunc(m.Candidates, func(c Place) bool { return c.ID == p.ID }) {
				// "Zumpango, cabecera del municipio de Eduardo Neri": a
				// place shortened to a name another place bears, in a
				// municipality the text names by another name (then
				// preferred below as that municipality's locality; not
				// "Durango" for Victoria de Durango where the text names
				// Durango).
				m.Candidates = append(slices.Clip(m.Candidates), p)
			}
			if g.seatOver(p, keys[i], m.Candidates) {
				// "en el centro de Zumpango, Guerrero": a seat told by
				// the first words of its name, not the hamlets of the
				// state so named.
				m.Candidates = append(slices.DeleteFunc(slices.Clone(m.Candidates), func(c Place) bool {
					return c.Kind == Locality && c.StateCode == p.StateCode
				}), p)
			}
		}
		if i+1 < len(ms) {
			// "Totolapan Guerrero", "Totolapan, Gro.": a municipality
			// of that state shortened to a name another place bears
			// (San Miguel Totolapan).
			if st := stateOf(ms[i+1].Candidates); st != "" && !inState(m.Candidates, st) && (gapIsQualifier(text, m.End, ms[i+1].Start) || strings.TrimSpace(text[m.End:ms[i+1].Start]) == "") {
				for _, id := range g.matcher.shadowed[keys[i]] {
					if p := g.places[id]; p.StateCode == st {
						m.Candidates = append(slices.Clip(m.Candidates), p)
					}
				}
			}
		}
		// A state written right after the mention.
		next := ""
		if i+1 < len(ms) && gapIsQualifier(text, m.End, ms[i+1].Start) {
			next = stateOf(ms[i+1].Candidates)
		} else if i+1 < len(ms) && strings.TrimSpace(text[m.End:ms[i+1].Start]) == "" && stateOf(ms[i+1].Candidates) != "" && inState(m.Candidates, stateOf(ms[i+1].Candidates)) {
			// "Totolapan Guerrero: ...": a headline's town and its
			// state with no comma between them.
			next = stateOf(ms[i+1].Candidates)
		}
		national := false
		if next == "" {
			next = g.abbreviated(text, m.End) // "Cuauhtémoc, Chih.", "Juárez, NL"
			if next != "" && countryAfter(text, m.End) {
				// "Morelos, Mexico:": a state, then its country, not
				// the municipality of Morelos in the State of Mexico;
				// "TEPALCATEPEC, Mexico (GPA)": a town, then its
				// country, not a locality of the State of Mexico
				// named like it.
				national = stateOf(m.Candidates) != ""
				next = ""
			}
		}
		// A municipality written right after it ("Colinas de Plata,
		// León", "Rincón del Oro en Tijuana", "Centro de Cuauhtémoc"):
		// the mention is a place inside it, one of its localities or, when
		// none of the candidates lies there, a neighbourhood the gazetteer
		// does not know.
		var within []string
		if next == "" && i+1 < len(ms) && gapIsPart(text, m.End, ms[i+1].Start) && !stateWordAfter(text, ms[i+1].End) {
			// (not "Celaya, in Guanajuato state": the state it is in)
			within = municipalitiesOf(ms[i+1].Candidates)
		}
		if next == "" && i+1 < len(ms) && g.ambiguous(keys[i]) && ofGap(text, m.End, ms[i+1].Start) {
			// "Centro de Oaxaca": the centre of the state or city named
			// after it, in it or nowhere.
			if st := stateOf(ms[i+1].Candidates); st != "" && !inState(m.Candidates, st) {
				continue
			}
			if !shareState(m.Candidates, ms[i+1].Candidates) {
				// "Centro de Ciudad Guerrero": the centre of that
				// town, not Centro (Tabasco).
				continue
			}
		}
		if len(within) > 0 && !insideAny(m.Candidates, within) && (doubt[i] || g.ambiguous(keys[i]) || onlyLocalities(m.Candidates) || !listGap(text, m.End, ms[i+1].Start) || homeAfter(text, ms[i], ms[i+1], prior) || townOfAnother(text, ms[i], ms[i+1]) || localityElsewhere(m.Candidates, within)) {
			// Not in the town named after it: "Jala en Coquimatlán" is
			// a community of Coquimatlán, not Jala (Nayarit); but
			// "Badiraguato, Cosalá" is a list, unless the town closes
			// the clause in the prior's state and the first name lies
			// outside it ("la comunidad de Lagunillas, León" from a
			// Guanajuato outlet).
			continue
		}
		// A state's name that is also its capital's ("Chihuahua",
		// "Durango", "Zacatecas"): the city when the text says so
		// ("Chihuahua capital", "puerto de Veracruz") or when the source
		// is at home there and does not say "el estado de".
		capital, stateName := false, ""
		if st := stateOf(m.Candidates); st != "" && len(m.Candidates) > 1 {
			capital = capitalCue(text, m.End) || capitalBefore(text, m.Start) ||
				labels(text, m) && colonyAfter(text, m.End) && support(st, keys[i]) == 0
			if !capital && prior != "" && st == prior && !stateCue(text, m.Start) && support(st, keys[i]) == 0 {
				// (another place of the state named beside it makes it
				// the state: "en Apizaco ... Tlaxcala sigue")
				capital = true
			}
			if i > 0 && gapIsQualifier(text, ms[i-1].End, m.Start) {
				capital = false // "Tecomán, Colima": the state of the place before
			}
			if sp, ok := g.State(st); ok && capital {
				stateName = foldKey(sp.Name)
			}
		}
		otherState, stateSaid := false, false
		if st := stateOf(m.Candidates); st != "" && prior != "" && st != prior {
			otherState, stateSaid = true, stateCue(text, m.Start)
			// The namesake town is where an act happened ("en
			// Guerrero") or a headline's label ("Guerrero: ..."); a
			// state's name as a subject or object ("Padece Guerrero ola
			// de asesinatos") is the state.
			lo := max(0, m.Start-8)
			for lo > 0 && !utf8.RuneStart(text[lo]) {
				lo--
			}
			before := fold.String(text[lo:m.Start])
			label := strings.HasPrefix(strings.TrimLeft(text[m.End:], " "), ":")
			if w, _ := prevWord(before, len(before)); w != "en" && w != "in" && !label {
				stateSaid = true
			}
		}
		borough := next == "" && boroughCue(text, m) // "la alcaldía de Cuauhtémoc, Chihuahua" is its town hall
		// The other end of a road named by its two ends ("carretera
		// Tuxpan-Tampico"): of homonym towns, the one near it.
		mate := -1
		if i+1 < len(ms) && routeDash(text, m.End, ms[i+1].Start) {
			mate = i + 1
		} else if i > 0 && routeDash(text, ms[i-1].End, m.Start) {
			mate = i - 1
		}
		var near []int
		if mate >= 0 && len(m.Candidates) > 1 && len(ms[mate].Candidates) == 1 {
			o := ms[mate].Candidates[0]
			for j, p := range m.Candidates {
				if (p.Kind == Municipality || p.Kind == Locality) && (p.Lat != 0 || p.Lon != 0) && kmApart(p, o) <= 250 {
					near = append(near, j)
				}
			}
			if len(near) == len(m.Candidates) {
				near = nil
			}
		}
		best, second := -1, math.Inf(-1)
		bestScore := math.Inf(-1)
		for j, p := range m.Candidates {
			s := 0.0
			if next != "" && p.StateCode == next && p.Kind != State {
				s += 3
			}
			if len(within) > 0 && p.Kind != Municipality && slices.Contains(within, p.MunicipalityCode) {
				s += 3
			}
			if p.Kind == Municipality && i > 0 && gapIsMunicipio(text, ms[i-1].End, m.Start) && insideAny(ms[i-1].Candidates, []string{p.MunicipalityCode}) {
				// "Tezoyuca, municipio de Emiliano Zapata": of the
				// towns so named, the one the place before lies in.
				s += 3
			}
			if k, ok := named[p.MunicipalityCode]; ok && k != i && p.Kind == Locality {
				// "near Santa Cruz de las Flores, in the municipality
				// of Tlajomulco": the locality of the town named.
				s += 1.5
			}
			if capital && p.Kind == Municipality && p.Population > 0 && foldKey(p.Name) == stateName {
				s += 1.2
			}
			if n := support(p.StateCode, keys[i]); n > 0 {
				s += 1 + 0.2*math.Min(float64(n-1), 3)
			}
			if p.Kind == Municipality && shared[p.StateCode][keys[i]] {
				if n := len(shared[p.StateCode]) - 1; n > 0 {
					s += 0.3 // weaker than a name of one state alone
				}
			}
			if borough && p.StateCode == cdmx {
				s += 3
			}
			if slices.Contains(near, j) {
				s += 1
			}
			if force != "" && p.StateCode == force && p.Kind != State {
				// as strong as the outlet's home, stronger than a
				// homonym's size: Ciudad Cuauhtémoc, the locality of
				// Chiapas, not the city of Chihuahua.
				s += 0.8
			}
			if prior != "" && p.StateCode == prior {
				s += 0.8
				if p.Kind == Municipality && otherState && !stateSaid && firm {
					// "en Guerrero" from a Chihuahua outlet: its
					// municipality, not the state of Guerrero.
					s += 0.5
				}
			}
			s += 0.05 * math.Log10(float64(p.Population)+1)
			if p.Population == 0 {
				// A size from GeoNames only breaks ties between
				// homonym towns: it is no city's written population.
				s += 0.01 * math.Log10(float64(p.Size)+1)
			}
			switch p.Kind {
			case State:
				s += 1 // a state's name most often means the state
			case Country, MetroArea, Highway, Airport, Port, Prison, BorderCrossing:
				s += 0.3
			case Municipality:
				s += 0.2
			}
			if s > bestScore {
				second, bestScore, best = bestScore, s, j
			} else if s > second {
				second = s
			}
		}
		if stateOf(m.Candidates) != "" && colonyNameOf(text, m.Start) && !afterSettlement(text, m.Start) {
			// "en Valle de Puebla", "en Lomas de Jalisco": a
			// neighbourhood named after the state, not the state
			// (but "la colonia Infonavit de Colima" is the city's).
			continue
		}
		if onlyLocalities(m.Candidates) && longerName(text, m.End, ms, i) && !namedTown(m.Candidates, named, i) {
			// "Lomas del Real de Jarachina": a longer name the
			// gazetteer does not know, not the locality its first
			// words name (Lomas del Real, Altamira), unless the text
			// names that locality's town.
			continue
		}
		if nickname(text, m) {
			// "The Arrest of "El Durazno"": a person's nickname in
			// quotes, not the place of that name.
			continue
		}
		p := m.Candidates[best]
		supported := next != "" || national || len(within) > 0 || support(p.StateCode, keys[i]) > 0 || slices.Contains(near, best)
		// A town's own name after a venue or its people ("cantina de
		// Tuxpan"): a city, or a municipality of the prior's state.
		// So is a city's well-known district of known size ("comerciante
		// de Tepito").
		// (Read only for a doubtful name without support.)
		venue := func() bool {
			return (p.Kind == Municipality && foldKey(p.Name) == keys[i] && (p.Population > 0 || p.StateCode == prior) ||
				p.Kind == Locality && p.Population >= townSize) && venueCue(text, m.Start)
		}
		if doubt[i] && !supported && !venue() && !(prior != "" && p.StateCode == prior && (!g.ambiguous(keys[i]) || homeCityOf(text, m, p))) {
			// A name that may be a word stays out unless the text
			// supports it; a small place's name stays in when it lies
			// in the prior's state (a locality of the outlet's home).
			continue
		}
		if prior != "" && p.StateCode != "" && p.StateCode != prior && !supported && g.farVillage(p, prior, len(m.Candidates)) && !stateNamedAfter(text, m.End) && !hashtag(text, m.Start) && !(p.Kind == Municipality && townCue(text, m.Start)) {
			// From an outlet at home in another state, with nothing in
			// the text for this one, a village's name ("Los Sabinos",
			// "Ocotepec") is more likely a neighbourhood of the outlet's
			// own town that the gazetteer does not know; a town of
			// unknown size near home ("Lerdo" from Torreón) stays, and
			// so does a town tagged as a place ("#TAMAZUNCHALE"): an
			// outlet that tags its places covers several states; and so
			// does a name the text calls a town ("el centro de Jerez",
			// "el municipio de Amatitlán", "el alcalde de Nazas"), which
			// no neighbourhood is.
			continue
		}
		score := 0.6
		if len(m.Candidates) > 1 {
			margin := bestScore - second
			score = 0.35 + 0.15*math.Min(margin, 3.5)
		}
		if supported {
			score += 0.15
		}
		if m.Fuzzy {
			score -= 0.15
		}
		score = math.Max(0.05, math.Min(1, score))
		out = append(out, Resolved{Mention: m, Place: p, Score: math.Round(score*100) / 100})
	}
	return out
}

// stateInForce returns the state in force at mention i of text: the state
// of the nearest mention before it that names a state or places of one
// state only (a name that may not be a place does not count), or "" when
// there is none or when a mention after i in the same sentence names
// another state one of i's candidates lies in ("Cuauhtémoc ... en
// Chihuahua": the sentence decides).
func stateInForce(text string, ms []Mention, doubt []bool, i int) string {
	force := ""
	for j := i - 1; j >= 0; j-- {
		if doubt[j] {
			continue
		}
		st := stateOf(ms[j].Candidates)
		if st == "" {
			st = commonState(ms[j].Candidates)
		}
		if st != "" {
			force = st
			break
		}
	}
	if force == "" {
		return ""
	}
	end := sentenceEnd(text, ms[i].End)
	for j := i + 1; j < len(ms) && ms[j].Start < end; j++ {
		if doubt[j] {
			continue
		}
		if st := voteState(ms[j].Candidates); st != "" && st != force && inState(ms[i].Candidates, st) {
			return ""
		}
	}
	return force
}

// sentenceEnd returns the offset of the end of the sentence of text that
// runs through offset at: the next full stop, question or exclamation
// mark followed by a space, or line break, else len(text).
func sentenceEnd(text string, at int) int {
	for k := at; k < len(text); k++ {
		switch text[k] {
		case '\n':
			return k
		case '.', '?', '!':
			if k+1 == len(text) || text[k+1] == ' ' || text[k+1] == '\n' {
				return k
			}
		}
	}
	return len(text)
}

// routeDash reports whether original text[a:b], between two names, is a
// dash alone: a road or route named by its ends ("Tuxpan-Tampico",
// "Oaxaca – Puerto Ángel").
func routeDash(text string, a, b int) bool {
	if a > b {
		return false
	}
	switch strings.TrimSpace(text[a:b]) {
	case "-", "–", "—":
		return true
	}
	return false
}

// kmApart returns the distance in kilometres between two places' points
// (flat-earth approximation, good to a few percent at Mexico's
// latitudes over a few hundred kilometres).
func kmApart(p, q Place) float64 {
	lat := (p.Lat + q.Lat) / 2 * math.Pi / 180
	return math.Hypot((p.Lat-q.Lat)*111.2, (p.Lon-q.Lon)*111.2*math.Cos(lat))
}

// cdmx is the INEGI code of Ciudad de México.
const cdmx = "09"

// boroughCue reports whether m is written as one of Mexico City's
// boroughs: after "alcaldía" or "demarcación" ("la alcaldía Benito
// Juárez", "alcaldía de Cuauhtémoc"), before "borough" or after "borough
// of". The alcaldías are Ciudad de México's alone (elsewhere the word is
// a town hall, "la alcaldía de Tijuana", a name with no homonym there).
func boroughCue(text string, m Mention) bool {
	lo := max(0, m.Start-24)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	before, after := text[lo:m.Start], text[m.End:min(len(text), m.End+12)]
	if ascii(before) && ascii(after) {
		// The fold of ASCII text only lowers its capitals: read the
		// words as written, with no folded copy.
		w, p := prevWord(before, len(before))
		if strings.EqualFold(w, "de") || strings.EqualFold(w, "of") {
			w, _ = prevWord(before, p)
			if strings.EqualFold(w, "borough") {
				return true
			}
		}
		return strings.EqualFold(w, "alcaldia") || strings.EqualFold(w, "alcaldias") || strings.EqualFold(w, "demarcacion") ||
			strings.EqualFold(nextWord(after, 0), "borough")
	}
	f := fold.String(before)
	w, p := prevWord(f, len(f))
	if w == "de" || w == "of" {
		w, _ = prevWord(f, p)
		if w == "borough" {
			return true
		}
	}
	switch w {
	case "alcaldia", "alcaldias", "demarcacion":
		return true
	}
	return nextWord(fold.String(after), 0) == "borough"
}

// homeAfter reports whether next, which closes its clause after a comma
// ("..., León;"), has a candidate in the prior state and m has none
// there: m is a place inside next's town, not another town of a list.
func homeAfter(text string, m, next Mention, prior string) bool {
	return prior != "" && !inState(m.Candidates, prior) && inState(next.Candidates, prior) && closesWithComma(text, next)
}

// nickname reports whether quotation marks enclose mention m with no cue
// of a place before them: "la captura de "El Durazno"", "The Arrest of
// "El Durazno"" name a person; "en "La Ruana"" is still a place.
func nickname(text string, m Mention) bool {
	open, ok1 := quoteEnd(text[:m.Start])
	_, ok2 := quoteStart(text[m.End:])
	return ok1 && ok2 && !hasCue(text, m.Start-open)
}

// quoteEnd reports whether s ends with a quotation mark, and its length.
func quoteEnd(s string) (int, bool) {
	for _, q := range [...]string{"\"", "“", "”", "«", "'", "‘", "’"} {
		if strings.HasSuffix(s, q) {
			return len(q), true
		}
	}
	return 0, false
}

// quoteStart reports whether s starts with a quotation mark, and its length.
func quoteStart(s string) (int, bool) {
	for _, q := range [...]string{"\"", "”", "“", "»", "'", "’"} {
		if strings.HasPrefix(s, q) {
			return len(q), true
		}
	}
	return 0, false
}

// townOfAnother reports whether next, which closes its clause after a
// comma, lies in one state where m has no candidate, and m names no state
// and no town of known population: "La Huerta, Aguililla" is a place in
// Aguililla (Michoacán) the gazetteer does not know, not the town of La
// Huerta (Jalisco) listed beside it; a list of towns names its towns in
// one state or qualifies them ("Tijuana, Culiacán" keeps both).
func townOfAnother(text string, m, next Mention) bool {
	st := voteState(next.Candidates)
	if st == "" || inState(m.Candidates, st) || !closesWithComma(text, next) {
		return false
	}
	for _, p := range m.Candidates {
		if p.Kind != Municipality && p.Kind != Locality || p.Population > 0 {
			return false
		}
	}
	return true
}

// hashtag reports whether a '#' opens the mention at original offset i:
// the writer tags it as a place ("ACRIBILLADOS EN #TAMAZUNCHALE").
func hashtag(text string, i int) bool {
	return i > 0 && i <= len(text) && text[i-1] == '#'
}

// homeCityOf reports whether p, chosen for m, is a municipality of known
// size that m names after a lowercase word and "de" ("cantina de Tuxpan",
// "casa de pánico de León"), or after a neighbourhood's capitalized name
// that follows "en", an article or "colonia" ("en Villas de León"): in
// the prior's state, the town, not a surname ("Juan Pérez de León").
func homeCityOf(text string, m Mention, p Place) bool {
	if p.Kind != Municipality || p.Population <= 0 {
		return false
	}
	lo := max(0, m.Start-40)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	head := text[lo:m.Start]
	f := fold.String(head)
	w1, p1 := prevWord(f, len(f))
	if w1 != "de" && w1 != "del" {
		return false
	}
	w2, _ := prevWord(f, p1)
	if w2 == "" {
		return false
	}
	// The word before "de" as written: lowercase.
	h := strings.TrimRight(head, " ")
	h = strings.TrimRight(h[:len(h)-len(w1)], " '’\"”")
	i := strings.LastIndexFunc(h, func(r rune) bool { return !unicode.IsLetter(r) })
	first, _ := utf8.DecodeRuneInString(h[i+1:])
	if unicode.IsLower(first) {
		return true
	}
	// Or a capitalized name after "en", an article or a neighbourhood
	// word: "en Villas de León", "la San Felipe de León", "colonia Vista
	// Hermosa de León" (a person's "Juan Pérez de León" follows none).
	ws := strings.Fields(h)
	k := len(ws) - 1
	for k >= 0 && k >= len(ws)-4 {
		r, _ := utf8.DecodeRuneInString(ws[k])
		if !unicode.IsUpper(r) {
			break
		}
		k--
	}
	if k < 0 || k == len(ws)-1 || k < len(ws)-4 {
		return false
	}
	switch fold.String(ws[k]) {
	case "en", "la", "el", "las", "los", "colonia", "col.", "fraccionamiento", "fracc.", "barrio", "comunidad", "y":
		return true
	}
	return false
}

// doubtful reports whether a mention may well not be a place: its name is
// an ordinary word or a person's name, or it names only localities and
// small municipalities, and no cue precedes it.
func (g *Gazetteer) doubtful(text string, m Mention, key string) bool {
	small, town := true, true
	for _, p := range m.Candidates {
		if p.Kind != Locality {
			small = false
		}
		if p.Kind != Locality && (p.Kind != Municipality || p.Population > 0) {
			town = false
		}
	}
	if small && neighbourhoodName(key) {
		// "Colonia Guadalupe", "Fraccionamiento Las Flores": as often a
		// neighbourhood of the town the text is about as the locality
		// of that name somewhere else.
		return true
	}
	if !g.ambiguous(key) && !small {
		// A town of unknown size is doubtful only inside a longer name:
		// "colonia San Buenaventura", "Playa Cerritos", "Plan de Ayala".
		// "colonia Centro de Yautepec": the centre of the town.
		// "director de Seguridad Pública de Apaseo el Alto": an
		// office's name, then the town.
		// (not "colonia Valle de Jerez": the colonia's name)
		return town && inName(text, m.Start) && !centreOf(text, m.Start) && (!hasCue(text, m.Start) || afterSettlement(text, m.Start))
	}
	if small && (articleCue(text, m.Start) || districtBefore(text, m.Start)) && bigLocality(m.Candidates) {
		// "en la Roma Norte", "en el Cerro del Cuatro": a city's district
		// of known size told with its article after "en" is named as a
		// place ("en la Libertad", "en la Cañada" stay doubtful: the
		// colonias of every town bear such names).
		return false
	}
	return !hasCue(text, m.Start) && !labels(text, m) && !actBefore(text, m) && !landformOf(text, m) && !placeNounAfter(text, m.End) && !(cityOf(m.Candidates) && (afterSettlement(text, m.Start) || closesWithComma(text, m) || inPlaceOf(text, m.Start) && !nameGoesOn(text, m.End) && !colonyNameOf(text, m.Start)))
}

// ofBefore reports whether "de" or "del", in any case, and a space end
// text before original offset i.
func ofBefore(text string, i int) bool {
	t := strings.TrimRight(text[:i], " ")
	if n := len(t); n >= 3 && (t[n-1] == 'l' || t[n-1] == 'L') {
		t = t[:n-1]
	}
	n := len(t)
	return n >= 3 && len(t) < i && strings.EqualFold(t[n-2:], "de") && (t[n-3] == ' ' || t[n-3] == '\n')
}

// wordsBefore returns the space-separated words of the up to n bytes of
// text before original offset i (the first may be cut).
func wordsBefore(text string, i, n int) []string {
	lo := max(0, i-n)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	return strings.Fields(text[lo:i])
}

// nameGoesOn reports whether a capitalized word follows original offset
// end after one space: "Centro Cívico" goes on past "Centro".
func nameGoesOn(text string, end int) bool {
	if !strings.HasPrefix(text[end:], " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[end+1:])
	return unicode.IsUpper(r)
}

// inPlaceOf reports whether the name at original offset i follows "de"
// after a proper name that "en" opens, with or without an article: "en
// Lomas de Vista Hermosa de León", "en la San Felipe de Jesús de León",
// "en el Parque Ecológico La Huasteca de Santa Catarina" name a place of
// the town after "de" (not "la casa de Juan Pérez de León"; the caller
// leaves out a neighbourhood's word right before "de": "en Lomas de
// Guadalupe", "en Villas de San Nicolás" name colonias after towns).
func inPlaceOf(text string, i int) bool {
	if !ofBefore(text, i) {
		return false // most names: no words to split
	}
	ws := wordsBefore(text, i, 80)
	n := len(ws)
	if n < 3 || !strings.EqualFold(ws[n-1], "de") {
		return false // (not "la Glorieta del Centro": a common noun)
	}
	caps := 0
	for k := n - 2; k >= 0 && k >= n-10; k-- {
		w := fold.String(ws[k])
		if strings.ContainsAny(w, ",;:.!?()\"") {
			return false // another clause
		}
		switch w {
		case "en":
			return caps > 0
		case "de", "del", "la", "las", "los", "el", "y":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(ws[k]); !unicode.IsUpper(r) {
			return false
		}
		caps++
	}
	return false
}

// placeNounAfter reports whether an English noun of a place's kind
// follows original offset end: "Coalcoman village", "Aguililla
// municipality".
func placeNounAfter(text string, end int) bool {
	if end >= len(text) || text[end] != ' ' {
		return false
	}
	switch w := nextWord(fold.String(text[end:min(len(text), end+16)]), 0); w {
	case "village", "town", "municipality", "township", "community":
		return true
	}
	return false
}

// actNouns are the English nouns of one act that a headline's place
// qualifies with no preposition ("Juarez shooting leaves 2 dead",
// "Matamoros shootout", "Guerrero massacre"); not the plurals, which
// head trends as often ("Guerrero executions continue").
var actNouns = map[string]bool{
	"shooting": true, "shootout": true, "massacre": true, "bloodbath": true, "attack": true, "ambush": true,
	"gunfight": true, "firefight": true, "gunbattle": true, "killing": true, "slaying": true, "murder": true,
	"clash": true, "raid": true, "blast": true, "bombing": true, "kidnapping": true, "carnage": true,
}

// actBefore reports whether mention m opens a headline (its line, or one
// of the headlines joined by ";") as the place that qualifies the noun of
// an act right after it, the way English headlines drop "in": "Juarez
// shooting leaves 2 dead", "Matamoros shootout: 5 dead", or of the office
// of the person an act befell ("Guerrero mayor shot dead"). A name that is
// also a person's ("Juarez", "Matamoros") reads so as its town.
func actBefore(text string, m Mention) bool {
	if m.End >= len(text) || text[m.End] != ' ' {
		return false
	}
	line := strings.LastIndexAny(text[:m.Start], "\n;") + 1
	if strings.TrimSpace(text[line:m.Start]) != "" {
		return false
	}
	w := text[m.End+1:]
	if k := strings.IndexAny(w, " :,;.!?\n"); k >= 0 {
		w = w[:k]
	}
	w = fold.String(w)
	return actNouns[w] || officeNouns[w] // officeNouns: wirequal.go
}

// landformOf reports whether match m names the land a landform noun after
// it lies in, after a locative and its article: "in the Guerrero sierra",
// "across the Sinaloa highlands". The name qualifies the landform as an
// adjective, with no cue right before it.
func landformOf(text string, m Mention) bool {
	lo := max(0, m.Start-24)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	f := fold.String(text[lo:m.Start])
	w1, p1 := prevWord(f, len(f))
	if w1 != "the" {
		return false
	}
	switch w2, _ := prevWord(f, p1); w2 {
	case "in", "near", "across", "throughout", "around", "into", "through":
	default:
		return false
	}
	hi := min(len(text), m.End+24)
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	return LandformNoun(nextWord(fold.String(text[m.End:hi]), 0))
}

// LandformNoun reports whether the folded word w is an English landform
// noun that a place's name can qualify as an adjective ("the Guerrero
// sierra", "Durango highlands"): the name then means the land it lies in.
func LandformNoun(w string) bool {
	switch w {
	case "sierra", "mountains", "highlands", "hills", "foothills", "coast", "coastline", "desert", "countryside", "lowlands", "backcountry", "hinterland":
		return true
	}
	return false
}

// bigLocality reports whether a candidate is a locality of known size,
// townSize or more.
func bigLocality(ps []Place) bool {
	for _, p := range ps {
		if p.Kind == Locality && p.Population >= townSize {
			return true
		}
	}
	return false
}

// districtBefore reports whether a word of a city's district ("colonia",
// "barrio") precedes original offset i.
func districtBefore(text string, i int) bool {
	lo := max(0, i-16)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	f := fold.String(text[lo:i])
	w, _ := prevWord(f, len(f))
	return districtWord(w)
}

// articleCue reports whether "en" and an article precede original offset
// i ("en la ", "en el ").
func articleCue(text string, i int) bool {
	lo := max(0, i-12)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	f := fold.String(text[lo:i])
	w1, p1 := prevWord(f, len(f))
	if w1 != "la" && w1 != "el" {
		return false
	}
	w2, _ := prevWord(f, p1)
	return w2 == "en"
}

// closesWithComma reports whether the mention follows a comma and ends its
// clause: "en Brisas del Campestre, León", "la Sinarquistas, León; muere":
// the town a neighbourhood named before it lies in.
func closesWithComma(text string, m Mention) bool {
	before := strings.TrimRight(text[:m.Start], " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	after := strings.TrimLeft(text[m.End:], " ")
	return after == "" || strings.ContainsRune(";.:\n|", rune(after[0]))
}

// centreOf reports whether "centro de" or "centro del" precedes original
// offset i: "la colonia Centro de Yautepec" is the town's centre, not a
// longer name.
func centreOf(text string, i int) bool {
	lo := max(0, i-24)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	f := fold.String(text[lo:i])
	w1, p1 := prevWord(f, len(f))
	w2, _ := prevWord(f, p1)
	return (w1 == "de" || w1 == "del") && w2 == "centro"
}

// farVillage reports whether p is a locality, or a municipality of
// unknown size (the gazetteer gives the population of cities only; a
// size from GeoNames does not tell a town from a common neighbourhood
// name: "San Felipe", "Loma Bonita", "Reforma") that lies
// more than farKm from the centre of the prior state: from an outlet at
// home there, "en la colonia Riberas de Sacramento" (Chihuahua) or "en
// Amatitlán" (Morelos) is far more often a neighbourhood of the outlet's
// town than the small town of that name in another state (Sacramento,
// Coahuila; Amatitlán, Veracruz). A city ("Villa de Álvarez") is kept: a
// learned prior can be wrong. homonyms is the number of candidates.
func (g *Gazetteer) farVillage(p Place, prior string, homonyms int) bool {
	switch {
	case p.Kind == Locality:
		// A locality of known size is a town or a city's well-known
		// district ("Tlatelolco"), not a village.
		return p.Population < townSize
	case p.Kind != Municipality || p.Population > 0:
		return false
	}
	st, ok := g.State(prior)
	if !ok || st.Lat == 0 && st.Lon == 0 {
		return false
	}
	return model.DistanceKm(st.Lat, st.Lon, p.Lat, p.Lon) > farKm
}

// townSize is the population from which a locality is no village.
const townSize = 10000

// farKm is the distance from a state's centre beyond which a town of
// unknown size is far from an outlet at home there: about the radius of a
// large state.
const farKm = 250

// stateNamedAfter reports whether a comma or parenthesis and a state
// word follow original offset end ("Ocotepec, Chis.", "Ocotepec (Chiapas)"):
// the writer places it. abbreviated covers the abbreviations; this, the
// words "estado" and "edo." that may stand before a state the gazetteer
// did not match.
func stateNamedAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "(") {
		return false
	}
	w := nextWord(fold.String(strings.TrimLeft(rest[1:], " ")), 0)
	return w == "estado" || w == "edo"
}

// cityOf reports whether one of ps is a municipality of known size, a
// city more often named than a neighbourhood.
func cityOf(ps []Place) bool {
	for _, p := range ps {
		if p.Kind == Municipality && p.Population > 0 {
			return true
		}
	}
	return false
}

// afterSettlement reports whether the name at original offset i follows
// "de" after a neighbourhood or settlement word and its name: "colonia
// Obrera de León", "la comunidad de La Joya de Abasolo".
func afterSettlement(text string, i int) bool {
	lo := max(0, i-60)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	f := fold.String(text[lo:i])
	w, p := prevWord(f, len(f))
	if w != "de" && w != "del" {
		return false
	}
	return placeNamedBefore(f, p)
}

// inName reports whether the name at original offset i continues a longer
// proper name: a title-case word before it, or one and "de", "del", "la".
func inName(text string, i int) bool {
	lo := max(0, i-40)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	words := strings.Fields(text[lo:i])
	if len(words) == 0 || strings.HasSuffix(text[:i], "\n") {
		return false
	}
	k := len(words) - 1
	for k > 0 && len(words)-k <= 2 {
		switch words[k] {
		case "de", "del", "la", "las", "los", "el":
			k--
			continue
		}
		break
	}
	w := words[k]
	if strings.ContainsAny(w[len(w)-1:], ".:;!?,\"'") || placePreposition(fold.String(w)) {
		// (a capitalized preposition opens a sentence or a Title Case
		// headline's phrase: "HIDALGO. En Cuautepec de Hinojosa")
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.IndexFunc(w, unicode.IsLower) >= 0 && !(k == 0 && lo == 0)
}

// placePreposition reports whether the folded word w is a preposition
// that may stand before a place, which no proper name ends with.
func placePreposition(w string) bool {
	switch w {
	case "en", "a", "al", "desde", "hacia", "hasta", "por", "para", "entre", "sobre", "tras", "cerca", "rumbo",
		"in", "at", "near", "from", "to":
		return true
	}
	return false
}

// neighbourhoodName reports whether folded name key begins with a
// neighbourhood word.
func neighbourhoodName(key string) bool {
	for _, w := range [...]string{"colonia ", "col. ", "fraccionamiento ", "barrio ", "unidad ", "ampliacion ", "infonavit "} {
		if strings.HasPrefix(key, w) {
			return true
		}
	}
	return false
}

// ambiguous reports whether the folded name key is also an ordinary word
// or a person's name.
func (g *Gazetteer) ambiguous(key string) bool {
	k, ok := g.matcher.byName[key]
	return ok && g.matcher.keys[k].flags&flagAmbiguous != 0
}

// labelNouns are what an English headline's label counts at its place
// ("Guerrero executions:", "Juarez violence:").
var labelNouns = map[string]bool{
	"violence": true, "executions": true, "killings": true, "murders": true, "homicides": true,
	"massacre": true, "shootout": true, "shootings": true, "bloodshed": true, "attacks": true,
}

// labels reports whether mention m opens its line as a label, the way a
// headline names where it happened: "León: asesinan a un hombre",
// "Seguridad en Abasolo: balean a dos".
func labels(text string, m Mention) bool {
	if m.End < len(text) && text[m.End] == ' ' {
		// "Guerrero executions: 21 killed in two days", "Sinaloa
		// violence: ...": the place and what the headline counts there.
		if w, _, ok := strings.Cut(text[m.End+1:], ":"); ok && labelNouns[fold.String(w)] {
			m.End += 1 + len(w)
		}
	}
	if m.End >= len(text) || text[m.End] != ':' {
		return false
	}
	// A line, or one of the headlines joined by ";" in a list of them.
	line := strings.LastIndexAny(text[:m.Start], "\n;") + 1
	return m.Start-line <= 24 && !strings.ContainsAny(text[line:m.Start], ".:!?")
}

// hasCue reports whether the words before position i of text introduce a
// place: "en", "municipio de", "ciudad de", "in", "near"...
func hasCue(text string, i int) bool {
	lo := max(0, i-40)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	f := fold.String(text[lo:i])
	if t := strings.TrimRight(f, " "); strings.HasSuffix(t, "mexico's") || strings.HasSuffix(t, "mexico’s") {
		return true // "in Mexico's La Paz"
	}
	w1, p1 := prevWord(f, len(f))
	if tallyVerb(w1) && lineStart(f, p1, lo == 0) {
		// "Registra Juárez 10 ejecutados", "Padece Guerrero ola de
		// asesinatos": a headline's verb of counting or suffering, then
		// the place it counts for.
		return true
	}
	switch w1 {
	case "en", "in", "near", "outside", "around", "cerca", "hacia", "rumbo", "desde", "from", "at", "to", "a",
		"municipio", "alcaldia", "ciudad", "localidad", "poblado", "comunidad", "ejido", "estado":
		return true
	case "de", "del", "of":
		w2, p2 := prevWord(f, p1)
		w3, _ := prevWord(f, p2)
		return ofPlaceWord(w2) || regionOf(w3, w2)
	}
	return false
}

// regionOf reports whether the folded words w1 w2 (w1 may be "") name a
// region of a state that "de" or "of" and the state's name follow: "la
// Montaña de Guerrero", "la Costa Chica de Guerrero", "la Tierra Caliente
// de Guerrero", "the mountains of Guerrero", "la Huasteca de San Luis".
// The name after is the state, though it is a surname too.
func regionOf(w1, w2 string) bool {
	switch w2 {
	case "montana", "mountains", "huasteca", "mixteca", "selva", "meseta", "altiplano", "altos", "highlands":
		return true
	case "chica", "grande":
		return w1 == "costa"
	case "caliente":
		return w1 == "tierra"
	}
	return false
}

// ofPlaceWord reports whether the folded word w, before "de", "del" or
// "of", names a place's kind, parts, people, offices or venues, so that
// the name after is a place: "municipio de", "centro de", "vecinos de",
// "alcalde de", "bar de".
func ofPlaceWord(w string) bool {
	switch w {
	case "resort", "port", "capital", "municipio", "municipios", "municipal", "ciudad", "localidad", "poblado", "comunidad", "estado",
		"alcaldia", "cabecera", "region", "puerto", "ejido", "zona", "city", "town", "state",
		"municipality", "village", "cerca", "inmediaciones", "afueras", "habitantes", "vecinos",
		"carretera", "autopista", "tramo", "altura",
		// sides and outskirts
		"outskirts", "periferia", "alrededores", "entrada", "salida", "edge", "suburbs", "north", "south", "east", "west",
		"norte", "sur", "oriente", "poniente", "centro", "downtown", "sierra", "valle", "costa", "hotelera",
		// venues and facilities named after their place
		"bar", "palenque", "restaurante", "gasolinera", "mercado", "plaza", "caseta", "peaje", "panteon", "cementerio",
		"penal", "carcel", "prison", "aeropuerto", "airport", "presidencia", "ayuntamiento", "comandancia", "hospital",
		// people and offices of a town, its streets and grounds
		"calles", "colonias", "policia", "policias", "comisaria", "alcalde", "alcaldesa", "presidente", "presidenta",
		"delegado", "regidor", "regidora", "sindico", "sindica", "edil", "exalcalde", "exalcaldesa", "tenencia",
		"transito", "vialidad", "publica", "seguridad", "civil", "vecino", "vecina", "originario", "originaria", "habitante",
		"fiscalia", "procuraduria", "gobierno", "gobernador", "gobernadora", "policiaco", "policiaca",
		"rancho", "ranchos", "carreteras", "camino", "caminos", "predio", "terraceria", "campos", "brecha", "paraje",
		"balacera", "balaceras", "puntos", "puente", "rio", "playa", "playas", "cuartel", "motel", "marisqueria",
		// waters and grounds named after their place
		"laguna", "lago", "presa", "arroyo", "barranca", "bahia",
		"streets", "police", "mayor", "residents", "resident", "native":
		return true
	}
	return false
}

// tallyVerb reports whether the folded word w is a Spanish headline's
// opening verb whose subject is a place: it counts ("registra", "acumula",
// "suma") or suffers ("padece", "vive") what follows.
func tallyVerb(w string) bool {
	switch w {
	case "registra", "registran", "acumula", "acumulan", "suma", "suman", "contabiliza", "reporta",
		"padece", "padecen", "vive", "viven", "sufre", "sufren", "cierra", "supera", "rebasa":
		return true
	}
	return false
}

// lineStart reports whether only spaces precede position i of the folded
// window f since a line's start, a headline's ";" or a label's ":" (atStart:
// f begins the text).
func lineStart(f string, i int, atStart bool) bool {
	before := strings.TrimRight(f[:i], " \t")
	if before == "" {
		return atStart
	}
	return strings.ContainsRune("\n;:", rune(before[len(before)-1]))
}

// venueCue reports whether a home, shop, ground or people of a town
// precede position i of text with "de": "cantina de Tuxpan", "gimnasio de
// Escobedo", "pobladores de Comonfort". Weaker than hasCue: "domicilio de
// Álamos" may be a neighbourhood's, so only a town's name is taken.
func venueCue(text string, i int) bool {
	lo := max(0, i-40)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	if s := text[lo:i]; ascii(s) {
		// (the fold of ASCII text only lowers its capitals)
		if w1, _ := prevWord(s, len(s)); !strings.EqualFold(w1, "de") && !strings.EqualFold(w1, "del") {
			return false // most names: no folded copy
		}
	}
	f := fold.String(text[lo:i])
	w1, p1 := prevWord(f, len(f))
	if w1 == "de" || w1 == "del" {
		w2, p2 := prevWord(f, p1)
		if w2 == "seguridad" {
			// "casa de seguridad de Matamoros": a safe house
			w3, p3 := prevWord(f, p2)
			w4, _ := prevWord(f, p3)
			return w3 == "de" && (w4 == "casa" || w4 == "casas")
		}
		switch w2 {
		case "casa", "casas", "vivienda", "domicilio", "cantina", "cantinas", "gimnasio", "bodega", "bodegas",
			"taller", "tienda", "tiendas", "negocio", "negocios", "hotel", "parque", "escuela", "iglesia",
			"fiesta", "antro", "antros", "bares", "tianguis", "canal", "presa", "arroyo", "cerro", "basurero",
			"terreno", "terrenos", "huerta", "parcela", "granja", "finca", "pobladores", "locatarios",
			"comerciantes", "comerciante", "taxista", "taxistas", "penitenciario", "cereso", "reclusorio",
			"mercados", "barrios", "fraccionamientos":
			return true
		}

	}
	return false
}

// saintName reports whether the folded name key is a saint's name, the
// first words of many of Mexico's town names ("San Juan Ixhuatepec",
// "Santa María Aztahuacán").
func saintName(key string) bool {
	for _, w := range [...]string{"san ", "santa ", "santo ", "santiago "} {
		if strings.HasPrefix(key, w) {
			return true
		}
	}
	return false
}

// saintGoesOn reports whether the name ending at original offset end is
// followed, after one space, by a capitalized word of a text in sentence
// case (a function word of it written in lower case): "San Cristóbal
// Huichochitlán", not "San Cristóbal, Chiapas" nor a Title Case
// headline's next word.
func saintGoesOn(text string, end int) bool {
	if !strings.HasPrefix(text[end:], " ") {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[end+1:])
	if !unicode.IsUpper(r) {
		return false
	}
	w := text[end+1+n:]
	if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		w = w[:k]
	}
	if w == "" || strings.IndexFunc(w, unicode.IsUpper) >= 0 {
		return false // "San Juan GTO", "San Pedro Y": capitals or one letter
	}
	for _, f := range strings.Fields(text) {
		switch f {
		case "de", "en", "la", "el", "a", "y", "del", "los", "las":
			return true
		}
	}
	return false
}

// saintOf reports whether mention i goes on with "de", "del", "de la",
// "de las" or "de los" and a capitalized word that starts no other
// mention, or a mention after an article, or one that names localities
// only: "San Antonio de las Maravillas", "San Antonio de los Cerritos",
// not "San Antonio de Juventino Rosas".
func saintOf(text string, ms []Mention, i int) bool {
	if longerName(text, ms[i].End, ms, i) {
		return true
	}
	if i+1 >= len(ms) {
		return false
	}
	if articleGap(text, ms[i].End, ms[i+1].Start) {
		return true // "San Antonio de los Cerritos": no town is written so
	}
	if !onlyLocalities(ms[i+1].Candidates) {
		return false
	}
	rest := text[ms[i].End:ms[i+1].Start]
	for _, w := range []string{" de la ", " de los ", " de las ", " del ", " de "} {
		if strings.EqualFold(rest, w) {
			return true
		}
	}
	return false
}

// unvote takes back the vote of mention m (folded name key) for its
// state, once it is judged doubtful.
func unvote(voters map[string]map[string]bool, m Mention, key string) {
	if st := voteState(m.Candidates); st != "" {
		delete(voters[st], key)
	}
}

// articleGap reports whether text[a:b] is "de la", "de las" or "de los".
func articleGap(text string, a, b int) bool {
	if b < a || b-a > 9 {
		return false
	}
	switch fold.String(strings.TrimSpace(text[a:b])) {
	case "de la", "de las", "de los":
		return true
	}
	return false
}

// townCue reports whether the words before original offset i call what
// follows a town: "municipio (de)", "cabecera (municipal) de", "centro
// de", "ayuntamiento de", "alcalde de", "presidente municipal de",
// "policía municipal de", "ciudad de".
func townCue(text string, i int) bool {
	lo := max(0, i-40)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	f := fold.String(text[lo:i])
	w1, p1 := prevWord(f, len(f))
	if w1 == "municipio" {
		return true
	}
	if w1 != "de" && w1 != "del" {
		return false
	}
	w2, p2 := prevWord(f, p1)
	switch w2 {
	case "municipio", "cabecera", "centro", "ayuntamiento", "alcalde", "alcaldesa", "edil", "presidencia", "ciudad":
		return true
	case "municipal":
		w3, _ := prevWord(f, p2)
		switch w3 {
		case "cabecera", "presidente", "presidenta", "presidencia", "policia", "palacio":
			return true
		}
	}
	return false
}

// placeNamedBefore reports whether the folded text f before position i
// (a "de") ends with a neighbourhood or settlement word and its name:
// "colonia Obrera de", "la comunidad de La Joya de".
func placeNamedBefore(f string, i int) bool {
	for n := 0; n < 5; n++ {
		w, k := prevWord(f, i)
		if w == "" {
			return false
		}
		switch w {
		case "colonia", "col", "fraccionamiento", "fracc", "comunidad", "localidad", "barrio", "ejido", "rancho", "rancheria", "poblado":
			return n > 0
		}
		i = k
	}
	return false
}

// abbreviated returns the code of the state whose abbreviation follows
// original offset end after a comma or parenthesis, as datelines write it
// ("Culiacán, Sin.", "Cuauhtémoc, Chih", "Juárez, NL", "(Gto.)"); "" if
// none. The abbreviation must end with a period, or be written in
// capitals, or be three letters or more.
func (g *Gazetteer) abbreviated(text string, end int) string {
	rest := text[end:min(len(text), end+12)]
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || rest[0] != ',' && rest[0] != '(' {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " ")
	k := 0
	for k < len(rest) && (rest[k] >= 'A' && rest[k] <= 'Z' || rest[k] >= 'a' && rest[k] <= 'z' || rest[k] == '.' && k > 0 && k+1 < len(rest) && rest[k+1] >= 'A' && rest[k+1] <= 'Z') {
		k++
	}
	word := rest[:k]
	if word == "" || word[0] < 'A' || word[0] > 'Z' || k < len(rest) && rest[k] >= 0x80 {
		return ""
	}
	dot := k < len(rest) && rest[k] == '.'
	if !dot && len(word) < 3 && strings.ToUpper(word) != word || strings.EqualFold(word, "col") && !(dot && datelineDash(rest[k+1:])) {
		return "" // "Col." is as often a colonia as Colima, but not before a dateline's dash ("COLIMA, Col.-")
	}
	id, ok := g.stateNames[foldKey(word)]
	if !ok && dot {
		id, ok = g.stateNames[foldKey(word+".")]
	}
	if !ok {
		return ""
	}
	return g.places[id].StateCode
}

// datelineDash reports whether rest, the text right after an
// abbreviation's period, opens with the dash that ends a dateline ("-",
// "—", "–", " -", " —"): "COLIMA, Col.- Dos hombres ...".
func datelineDash(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// capitalCue reports whether the words after original offset end say
// that a state's name means its capital city: "Chihuahua capital", "la
// capital", "Veracruz puerto", "City".
func capitalCue(text string, end int) bool {
	f := fold.String(text[end:min(len(text), end+12)])
	switch nextWord(strings.TrimLeft(f, " ,"), 0) {
	case "capital", "puerto", "city", "ciudad":
		return true
	}
	return false
}

// colonyAfter reports whether the line after original offset end names a
// colonia or a fraccionamiento: a headline labelled by a state's name
// that is its capital's ("Colima: ... en la colonia El Diezmo") tells of
// the city, where the colonias are.
func colonyAfter(text string, end int) bool {
	rest := text[end:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	f := fold.String(rest)
	for _, w := range [...]string{" colonia ", " col. ", " fraccionamiento ", " fracc. ", " fracc "} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// capitalBefore reports whether the words before original offset i say
// that the state's name that follows is its capital city or its namesake
// town: "la capital de Zacatecas", "la ciudad de Chihuahua", "policía
// municipal de Oaxaca", "el municipio de Veracruz".
func capitalBefore(text string, i int) bool {
	lo := max(0, i-24)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	f := fold.String(text[lo:i])
	w1, p1 := prevWord(f, len(f))
	if w1 != "de" && w1 != "of" {
		return false
	}
	w2, p2 := prevWord(f, p1)
	switch w2 {
	case "capital", "ciudad", "city", "municipio", "municipality":
		return true
	case "municipal", "municipales":
		w3, _ := prevWord(f, p2)
		return w3 == "policia" || w3 == "policias" || w3 == "presidente" || w3 == "presidenta" || w3 == "seguridad"
	}
	return false
}

// stateCue reports whether the words before original offset i say that
// the name that follows is a state: "el estado de", "state of", "entidad".
func stateCue(text string, i int) bool {
	lo := max(0, i-24)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	f := fold.String(text[lo:i])
	w1, p1 := prevWord(f, len(f))
	if w1 == "de" || w1 == "of" {
		w1, _ = prevWord(f, p1)
	}
	switch w1 {
	case "estado", "state", "entidad", "edo":
		return true
	}
	return false
}

// gapIsPart reports whether text[a:b] joins a place to the municipality
// it lies in: ", ", " en ", " de ", " del ", ", en ".
func gapIsPart(text string, a, b int) bool {
	if gapIsMunicipio(text, a, b) {
		return true
	}
	if b < a || b-a > 8 {
		return false
	}
	switch fold.String(strings.TrimFunc(text[a:b], unicode.IsSpace)) {
	case ",", "en", ", en", "de", "del", "in", ", in":
		return true
	}
	return false
}

// gapIsMunicipio reports whether text[a:b] says that the name after it is
// the municipality of the name before it: "Tezoyuca, municipio de
// Emiliano Zapata", "Calera Chica, in the municipality of Jiutepec".
func gapIsMunicipio(text string, a, b int) bool {
	if b < a || b-a > 32 {
		return false
	}
	g := strings.Join(strings.Fields(fold.String(text[a:b])), " ")
	g = strings.TrimPrefix(g, ", ")
	g = strings.TrimPrefix(g, ",")
	switch g {
	case "municipio de", "en el municipio de", "del municipio de", "municipality of", "in the municipality of", "a community in the municipality of":
		return true
	}
	return false
}

// seatOver reports whether place p, found under the shortened name key,
// is the seat of its municipality named by the first words of its own
// name before " de" or " del" ("Zumpango" for Zumpango del Río, the seat
// of Eduardo Neri) while every candidate of the mention in p's state is a
// locality that is no seat: the town is meant, not a hamlet of the same
// state that bears its short name (Zumpango, Olinalá).
func (g *Gazetteer) seatOver(p Place, key string, cands []Place) bool {
	if p.Kind != Locality {
		return false
	}
	same := false
	for _, c := range cands {
		if c.StateCode != p.StateCode {
			continue
		}
		if c.ID == p.ID || c.Kind != Locality || g.isSeat(c) {
			return false
		}
		same = true
	}
	return same && g.isSeat(p) && strings.HasPrefix(foldKey(p.Name), key+" de")
}

// isSeat reports whether locality p is its municipality's seat: the
// municipality's point is p's.
func (g *Gazetteer) isSeat(p Place) bool {
	mu, ok := g.Municipality(p.MunicipalityCode)
	return ok && p.Kind == Locality && mu.Lat == p.Lat && mu.Lon == p.Lon
}

// gapIsSeat reports whether text[a:b] joins a locality to its town: ", ",
// " en ".
func gapIsSeat(text string, a, b int) bool {
	if b < a || b-a > 6 {
		return false
	}
	switch fold.String(strings.TrimFunc(text[a:b], unicode.IsSpace)) {
	case ",", "en", ", en", "in", ", in":
		return true
	}
	return false
}

// longerName reports whether the name ending at original offset end
// goes on with "de", "del" or "de la" and a capitalized word that starts
// no other mention: "Rincón del Oro", "Playas de Tijuana" is not.
func longerName(text string, end int, ms []Mention, i int) bool {
	rest := text[end:]
	for _, w := range []string{" de la ", " de los ", " de las ", " del ", " de "} {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
			at := end + len(w)
			r, _ := utf8.DecodeRuneInString(text[at:])
			if !unicode.IsUpper(r) {
				return false
			}
			return i+1 >= len(ms) || ms[i+1].Start != at
		}
	}
	return false
}

// ofGap reports whether text[a:b] is "de" or "del".
func ofGap(text string, a, b int) bool {
	if b < a || b-a > 6 {
		return false
	}
	g := fold.String(strings.TrimSpace(text[a:b]))
	return g == "de" || g == "del"
}

// inState reports whether a place of ps other than the state itself lies
// in state st.
func inState(ps []Place, st string) bool {
	for _, p := range ps {
		if p.Kind != State && p.StateCode == st {
			return true
		}
	}
	return false
}

// andGap reports whether text[a:b] joins two items of a list: a comma,
// "y", "e", "and", "o", "or".
func andGap(text string, a, b int) bool {
	if b < a || b-a > 7 {
		return false
	}
	switch fold.String(strings.TrimSpace(text[a:b])) {
	case ",", "y", "e", "and", ", and", "o", "or":
		return true
	}
	return false
}

// listGap reports whether text[a:b] is a comma, which may join the items
// of a list as well as a place and its town.
func listGap(text string, a, b int) bool {
	return strings.TrimSpace(text[a:b]) == ","
}

// municipalitiesOf returns the codes of the municipalities among ps.
func municipalitiesOf(ps []Place) []string {
	var out []string
	for _, p := range ps {
		if p.Kind == Municipality {
			out = append(out, p.MunicipalityCode)
		}
	}
	return out
}

// insideAny reports whether a place of ps other than a municipality lies
// in one of the municipalities codes.
func insideAny(ps []Place, codes []string) bool {
	for _, p := range ps {
		if p.Kind != Municipality && p.MunicipalityCode != "" && slices.Contains(codes, p.MunicipalityCode) {
			return true
		}
	}
	return false
}

// localityElsewhere reports whether ps has a locality, and no
// municipality, in the state of one of the municipalities codes: "San
// Cristóbal, Fresnillo, Zacatecas" names a community of Fresnillo the
// gazetteer lacks, not the San Cristóbal of Ojocaliente.
func localityElsewhere(ps []Place, codes []string) bool {
	loc := false
	for _, p := range ps {
		if !slices.ContainsFunc(codes, func(c string) bool { return len(c) >= 2 && c[:2] == p.StateCode }) {
			continue
		}
		switch p.Kind {
		case Municipality:
			return false
		case Locality:
			loc = true
		}
	}
	return loc
}

// colonyNameOf reports whether the name at original offset i ends a
// neighbourhood's name: a capitalized word that names neighbourhoods
// ("Lomas", "Jardines", "Valle") and "de" or "del" before it, with no
// article before the word ("en el Valle de Oaxaca" is a region).
func colonyNameOf(text string, i int) bool {
	if !ofBefore(text, i) {
		return false // most names: no words to split
	}
	ws := wordsBefore(text, i, 32)
	n := len(ws)
	if n < 2 || ws[n-1] != "de" && ws[n-1] != "del" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(ws[n-2]); !unicode.IsUpper(r) {
		return false // "las lomas de Jalisco": the state's hills
	}
	if !colonyWord(fold.String(ws[n-2])) {
		return false
	}
	if n < 3 {
		return true
	}
	switch fold.String(ws[n-3]) {
	case "el", "la", "los", "las", "the":
		return false // "en el Valle de Oaxaca": a region
	}
	return true
}

// colonyWord reports whether the folded word w begins the names of
// neighbourhoods ("Lomas de", "Jardines del", "Parajes de").
func colonyWord(w string) bool {
	switch w {
	case "valle", "lomas", "loma", "jardines", "villas", "colinas", "prados", "praderas", "bosques", "arboledas",
		"residencial", "rinconada", "privada", "cumbres", "paseos", "haciendas", "quintas", "misiones", "fovissste",
		"infonavit", "parajes":
		return true
	}
	return false
}

// namedTown reports whether one of ps lies in a municipality that
// mention self does not name but another mention does (named maps the
// municipalities the text names to their mention).
func namedTown(ps []Place, named map[string]int, self int) bool {
	for _, p := range ps {
		if k, ok := named[p.MunicipalityCode]; ok && k != self {
			return true
		}
	}
	return false
}

// onlyLocalities reports whether every place of ps is a locality.
func onlyLocalities(ps []Place) bool {
	for _, p := range ps {
		if p.Kind != Locality {
			return false
		}
	}
	return len(ps) > 0
}

// gapIsQualifier reports whether text[a:b] joins a place to the state that
// qualifies it: ", " or " (" or " en el estado de ", and in English ", in "
// or ", in the state of " ("Ciudad del Carmen, in Campeche": the state,
// not its capital).
func gapIsQualifier(text string, a, b int) bool {
	if b < a || b-a > 24 {
		return false
	}
	g := strings.TrimFunc(text[a:b], unicode.IsSpace)
	switch fold.String(g) {
	case ",", "(", "-", ", en", ", estado de", "en el estado de", ", en el estado de", "estado de", ", in", ", in the state of":
		return true
	}
	return false
}

// voteState returns the state a mention speaks for: the state it names,
// else the one state of its candidates other than localities, else the one
// state of all its candidates; "" if none.
func voteState(ps []Place) string {
	if st := stateOf(ps); st != "" {
		return st
	}
	// commonState of the candidates other than localities, without
	// gathering them
	big, one := -1, true
	for i, p := range ps {
		switch {
		case p.Kind == Locality:
		case big < 0:
			big = i
		case p.StateCode != ps[big].StateCode:
			one = false
		}
	}
	if big >= 0 && one && ps[big].StateCode != "" {
		return ps[big].StateCode
	}
	return commonState(ps)
}

// commonState returns the state code shared by all candidates, or "".
func commonState(ps []Place) string {
	if len(ps) == 0 || ps[0].StateCode == "" {
		return ""
	}
	for _, p := range ps[1:] {
		if p.StateCode != ps[0].StateCode {
			return ""
		}
	}
	return ps[0].StateCode
}

// stateOf returns the code of the first State among candidates, or "".
func stateOf(ps []Place) string {
	for _, p := range ps {
		if p.Kind == State {
			return p.StateCode
		}
	}
	return ""
}

// countryAfter reports whether a comma or parenthesis and the country's
// name written out ("Mexico", "México", not "Méx." or "Edomex") follow
// original offset end.
func countryAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "(") {
		return false
	}
	rest = strings.TrimLeft(rest[1:], " ")
	f := fold.String(rest[:min(len(rest), 12)]) // the country's name and what follows it, not the rest of the text
	return nextWord(f, 0) == "mexico" && !strings.HasPrefix(f[len("mexico"):], ".")
}

// shareState reports whether a place of ps and one of qs lie in the same
// state.
func shareState(ps, qs []Place) bool {
	for _, p := range ps {
		for _, q := range qs {
			if p.StateCode != "" && p.StateCode == q.StateCode {
				return true
			}
		}
	}
	return false
}

// stateWordAfter reports whether the word after original offset end is
// "state" ("in Guanajuato state"): the name before it is a state's.
func stateWordAfter(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	rest := strings.TrimLeft(text[end:], " ")
	return len(rest) >= 5 && strings.EqualFold(rest[:5], "state") && (len(rest) == 5 || !unicode.IsLetter(rune(rest[5])))
}
