package extract

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

// apposed resolves the places of one sentence that only qualify the town
// named just before them, so that one act told in one town is not split
// into a second act at the qualifier (branch artrecall):
//
//   - "En Tlapehuala, Guerrero, ...": a name after a town that is the name
//     of the town's own state is that state, not a homonym municipality of
//     another state (Guerrero, Tamaulipas), whatever state the report named
//     before;
//   - "en el municipio de Tlapehuala, región de Tierra Caliente": a region
//     set beside a town by a comma is where the town lies; a region the
//     gazetteer puts in another state (the Tierra Caliente spans two) is
//     dropped rather than read as a second place;
//   - "In Jiutepec, a suburb of the state capital Cuernavaca", "En
//     Tlajomulco, municipio conurbado a Guadalajara": a town set beside
//     another as what it lies near is a landmark of the first;
//   - "en tepalca tepec ... en la comunidad de el senidor": a community
//     named after a town of the same state, with no conjunction between,
//     is read as a community of that town; one the gazetteer puts in
//     another municipality is dropped and the town stands.
//
// refs are the sentence's places in text order; text is the report's text
// (the refs' offsets point into it).
func (e *Extractor) apposed(text string, refs []placeRef) []placeRef {
	if len(refs) < 2 || e.geo == nil {
		return refs
	}
	// out copies the refs kept only once one is dropped or changed; till
	// then refs stand as they are.
	var out []placeRef
	copied := false
	for i, r := range refs {
		drop, changed := false, false
		if i+1 < len(refs) && rank(refs[i+1].place.Kind) <= 2 && refs[i+1].place.StateCode != "" && suburbGap(text, r.end, refs[i+1].start) {
			drop = true // "in the Mexico City suburb of Ecatepec": the suburb is the place
		}
		if i > 0 && !drop {
			prev := refs[i-1]
			gap := func() string { return between(text, prev.end, r.start) } // folded only when a case asks
			switch {
			case rank(prev.place.Kind) <= 2 && prev.place.StateCode != "" && r.place.Kind == gazetteer.Municipality && r.place.StateCode != prev.place.StateCode && commaOnly(gap()):
				if st, ok := e.geo.state(prev.place.StateCode); ok && fold.Key(r.text) == fold.Key(st.Name) {
					r.place = st
					r.fuzzy = false
					changed = true
				}
			case r.place.Kind == gazetteer.MetroArea && r.place.MunicipalityCode == "" && prev.place.Kind == gazetteer.Municipality && prev.place.StateCode != "" && r.place.StateCode != prev.place.StateCode && apposition(gap()):
				drop = true // "Tlapehuala, región de Tierra Caliente"
			case rank(prev.place.Kind) <= 3 && prev.place.StateCode != "" && (rank(r.place.Kind) <= 2 || r.place.Kind == gazetteer.State) && relational(gap()):
				// "In Jiutepec, a suburb of the state capital Cuernavaca,", "Ecatepec, municipio
				// conurbado a la Ciudad de México", "the metropolitan area of Toluca, west of Mexico City"
				drop = true
			case rank(prev.place.Kind) <= 2 && prev.place.StateCode != "" && (rank(r.place.Kind) <= 2 || r.place.Kind == gazetteer.State) && suburbNounAfter(text, prev.end, r.start, r.end):
				drop = true // "Ecatepec, a Mexico City suburb": the town named by the city it lies by
			case r.place.Kind == gazetteer.Locality && settlementBefore(text, r.start):
				if m, ok := townBefore(refs[:i], text, r); ok && m.place.StateCode == r.place.StateCode && m.place.MunicipalityCode != r.place.MunicipalityCode {
					drop = true // "en tepalca tepec ... en la comunidad de el senidor"
				}
			}
		}
		if (drop || changed) && !copied {
			out = append(make([]placeRef, 0, len(refs)), refs[:i]...)
			copied = true
		}
		if copied && !drop {
			out = append(out, r)
		}
	}
	if !copied {
		return refs
	}
	return out
}

// between returns text[a:b] folded, or "" when the span is not valid.
func between(text string, a, b int) string {
	if a < 0 || b > len(text) || a > b {
		return ""
	}
	return fold.String(text[a:b])
}

// commaOnly reports whether gap (folded) is a comma and spaces, as in
// "Tlapehuala, Guerrero" or a state's abbreviation after a dot.
func commaOnly(gap string) bool {
	return strings.TrimSpace(gap) == ","
}

// apposition reports whether gap (folded) sets a region beside the town
// before it: a comma and at most a noun of region ("región de", "en la"),
// no conjunction nor a second clause.
func apposition(gap string) bool {
	g := strings.TrimSpace(gap)
	if !strings.HasPrefix(g, ",") || len(g) > 24 || strings.ContainsAny(g, ";.") {
		return false
	}
	for _, w := range strings.Fields(g[1:]) {
		switch w {
		case "y", "e", "and", "o", "or", "mientras", "while":
			return false
		}
	}
	return true
}

// townBefore returns the last municipality of refs (earlier places of the
// same sentence) with no conjunction between it and r: the town the
// sentence tells its act in.
func townBefore(refs []placeRef, text string, r placeRef) (placeRef, bool) {
	for k := len(refs) - 1; k >= 0; k-- {
		m := refs[k]
		if m.place.Kind != gazetteer.Municipality {
			continue
		}
		gap := " " + strings.Join(strings.Fields(between(text, m.end, r.start)), " ") + " "
		for _, w := range [...]string{" y ", " e ", " and ", " o ", " mientras ", " while ", ";"} {
			if strings.Contains(gap, w) {
				return placeRef{}, false
			}
		}
		return m, true
	}
	return placeRef{}, false
}

// noArrests clears the act of a sentence that only says no one was
// arrested ("Por ninguno de los dos ataques hay detenidos", "Hasta el
// momento ninguno de los agresores ha sido detenido"): the toll of the acts
// told, not an operation of its own. The negation may stand further from
// the arrest word than the classifier's window, but in the same clause.
func noArrests(c *reportCtx) {
	for i := range c.sents {
		s := &c.sents[i]
		if s.typ != model.SecurityOperation || s.cuePos < s.start || s.cuePos >= s.end {
			continue
		}
		detained := false
		for _, f := range s.figures {
			detained = detained || f.kind == "detained" && f.n > 0 && !f.tentative
		}
		if detained {
			continue
		}
		cue := fold.String(c.r.Text[s.cuePos:min(s.end, s.cuePos+12)])
		if !strings.HasPrefix(cue, "detenid") && !strings.HasPrefix(cue, "arrest") && !strings.HasPrefix(cue, "capturad") {
			continue
		}
		lead := c.plain.Sub(s.start, s.cuePos).Folded
		if k := strings.LastIndexAny(lead, ",;:"); k >= 0 {
			lead = lead[k+1:]
		}
		var wb [7]string
		ws := tailFields(wb[:0], lead, 7) // the negation governs the arrest, a few words before it
		for k := len(ws) - 1; k >= 0; k-- {
			if ws[k] == "y" || ws[k] == "e" || ws[k] == "pero" || ws[k] == "and" || ws[k] == "but" {
				ws = ws[k+1:] // "no quisieron topón y fueron detenidos": another verb's negation
				break
			}
		}
		if !wordsEndWith(ws, "hay", "ha sido", "han sido", "fue", "fueron", "tiene", "tienen", "hubo", "haya", "been", "sin", "sin personas", "ni", "no", "no hay personas") {
			continue // "ninguna autoridad ha informado la identidad de los detenidos": the arrest stands
		}
		for _, w := range ws {
			switch w {
			case "ninguno", "ninguna", "ningun", "nadie", "no", "ni", "sin", "none", "nobody", "without", "not":
				s.typ = ""
			}
		}
	}
}

// fireNamed reports whether folded sentence s names a fire other than in
// the name of those who fight fires: "Firefighters on scene." tells who
// answered, not a fire of its own (agentlessFire).
func fireNamed(s string) bool {
	for _, w := range [...]string{"firefighters", "firefighter", "fire department", "fire crews", "fire crew", "fire brigade"} {
		s = strings.ReplaceAll(s, w, "")
	}
	return fireWords.in(s)
}

// fireWords name a fire (fireNamed).
var fireWords = newNeedles("incendio", "fire", "blaze", "llamas", "flames")

// feedLabel clears the advisory an alert feed's label line reads as
// ("SECURITY ALERT | Navolato, Sinaloa (MX)."), and the advice after it
// that no issuer gives: the feed's heading, the place it files from and
// its own advice, not an advisory of its own, when another sentence of the
// item tells an act. An item that tells no act keeps them.
func feedLabel(c *reportCtx) {
	if c.r.Kind != model.KindAlertFeed {
		return
	}
	label := -1
	acts := false
	for i := range c.sents {
		s := &c.sents[i]
		if s.typ == model.Advisory && label < 0 && labelLine(c.r.Text[s.start:s.end], s.start, s.places) {
			label = i
			continue
		}
		acts = acts || s.typ.Violent() && s.typ != model.Advisory
	}
	if label < 0 || !acts {
		return
	}
	l := &c.sents[label]
	l.typ = ""
	for i := label + 1; i < len(c.sents); i++ {
		// "Shelter in place if nearby.", "U.S. travelers should shelter
		// in place and avoid the area": the feed's own advice on the act
		// it tells; an advisory is issued by someone (advisoryIssuers).
		if s := &c.sents[i]; s.typ == model.Advisory && !advisoryIssuers.in(c.text.Folded[s.fStart:s.fEnd]) {
			s.typ = ""
		}
	}
	if c.feed != nil {
		return
	}
	// An item with no coordinates files its act from the label's town:
	// the first act told after it, naming no town, is there.
	for i := label + 1; i < len(c.sents); i++ {
		s := &c.sents[i]
		if !s.typ.Violent() || s.typ == model.Advisory {
			continue
		}
		if !finer(s.places) {
			s.places = append(slices.Clone(l.places), s.places...)
		}
		return
	}
}

// advisoryIssuers are the folded names of those who issue an advisory: a
// consulate, an embassy, a government and its travel warnings.
var advisoryIssuers = newNeedles("consul", "embassy", "embajada", "state department", "departamento de estado", "government",
	"gobierno", "travel advisory", "travel alert", "alerta de viaje", "codigo rojo", "secretaria", "autoridades", "authorities")

// labelLine reports whether sentence text (at offset start of the report)
// is a feed's label: capitals before a bar, then only the places refs name
// and a country code ("ALERT | Celaya, Guanajuato (MX).").
func labelLine(text string, start int, refs []placeRef) bool {
	if shoutedLabel(text) {
		return true
	}
	bar := strings.LastIndexByte(text, '|')
	if bar <= 0 || strings.IndexByte(text, '|') < 2 {
		return false
	}
	head := text[:strings.IndexByte(text, '|')]
	if strings.ToUpper(head) != head {
		return false
	}
	rest := []byte(text)
	for _, r := range refs {
		a, b := r.start-start, r.end-start
		if a > bar && b <= len(rest) {
			for k := a; k < b; k++ {
				rest[k] = ' '
			}
		}
	}
	words := strings.Fields(labelPunct.Replace(string(rest[bar+1:])))
	road := len(words) > 0 && roadLabelWords[strings.ToLower(words[0])]
	for _, w := range words {
		if !labelWord(w) && !(road && roadLabelWord(w)) {
			return false
		}
	}
	return true
}

// roadLabelWord reports whether w may stand in a feed's label that opens
// with a road noun: one of roadLabelWords, a road's or kilometre's
// number, or a capitalized name of the road's ends ("tramo
// Matehuala–Saltillo").
func roadLabelWord(w string) bool {
	return roadLabelWords[strings.ToLower(w)] || strings.Trim(w, "0123456789") == "" || w[0] >= 'A' && w[0] <= 'Z'
}

// roadLabelWords may follow, with a kilometre's digits, a road noun that
// opens a feed's label: the label then names where on the road it files
// from ("ALERTA | Autopista Saltillo–Monterrey, km 68, a la altura de
// Santa Catarina, NL.", "ALERTA | Carretera 57 tramo Matehuala–Saltillo,
// km 45, municipio de Vanegas, SLP."), not an advisory of its own.
var roadLabelWords = map[string]bool{"autopista": true, "carretera": true, "highway": true, "libramiento": true, "federal": true,
	"tramo": true, "km": true, "kilometro": true, "kilómetro": true, "a": true, "la": true, "al": true, "altura": true, "de": true,
	"del": true, "municipio": true, "en": true, "near": true, "at": true, "the": true, "of": true, "cuota": true, "libre": true}

// shoutedLabel reports whether sentence text is a feed's label told in
// capitals with no bar: the word for an alert, then a few words of place
// and nothing in lower case ("ALERTA CELAYA.", "ALERTA TIERRA CALIENTE.",
// "ALERT CULIACÁN.").
func shoutedLabel(text string) bool {
	ws := strings.Fields(labelPunct.Replace(text))
	if len(ws) < 2 || len(ws) > 4 || (ws[0] != "ALERTA" && ws[0] != "ALERT") {
		return false
	}
	return strings.ToUpper(text) == text
}

// labelPunct clears the country code and the punctuation of a feed's
// label, after its places ("Ciudad Obregón (Cajeme), Sonora (MX) —").
var labelPunct = strings.NewReplacer("(MX)", "", "(México)", "", "(Mexico)", "", ",", " ", ".", " ", "-", " ", "—", " ", "–", " ", "(", " ", ")", " ")

// labelWord reports whether w, a word left in a feed's label after its
// places, is a state's abbreviation ("BC", "Mor", "Gto", "Roo") or the
// clock time the label files at ("10:18 local").
func labelWord(w string) bool {
	if w == "local" || w == "hrs" || w == "h" || w == "horas" || w == "approx" {
		return true
	}
	if strings.IndexByte(w, ':') > 0 {
		return strings.Trim(w, "0123456789:") == ""
	}
	if len(w) > 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// stateWords are the folded names of Mexico's states and the nouns that
// stand for one, which "capital of" takes when it places a town ("the
// capital of Sinaloa", "la capital del estado") rather than characterizes
// a crime ("la capital de la extorsión").
var stateWords = [...]string{"aguascalientes", "baja california", "campeche", "coahuila", "colima", "chiapas", "chihuahua", "ciudad de mexico", "durango", "guanajuato", "guerrero", "hidalgo", "jalisco", "mexico", "michoacan", "morelos", "nayarit", "nuevo leon", "oaxaca", "puebla", "queretaro", "quintana roo", "san luis potosi", "sinaloa", "sonora", "tabasco", "tamaulipas", "tlaxcala", "veracruz", "yucatan", "zacatecas", "estado", "state", "pais", "country", "entidad", "the state", "the country"}

// capitalOfPlace reports whether the last "capital de", "capital del" or
// "capital of" of folded w names a state or the country after it.
func capitalOfPlace(w string) bool {
	k := strings.LastIndex(w, "capital ")
	if k < 0 {
		return false
	}
	rest := w[k+len("capital "):]
	for _, p := range [...]string{"of the ", "of ", "del ", "de la ", "de "} {
		if strings.HasPrefix(rest, p) {
			rest = rest[len(p):]
			break
		}
	}
	for _, s := range stateWords {
		if strings.HasPrefix(rest, s) && (len(rest) == len(s) || !isWord(rest[len(s)])) {
			return true
		}
	}
	return false
}

// ordinalWounded reports whether folded sentence f opens by counting one
// more victim with an adjective of harm between the ordinal and the person
// ("A second wounded officer remains in serious condition"): a victim of
// the act just told, as ordinalVictim reads "a second officer".
func ordinalWounded(f string) bool {
	ws := strings.Fields(f)
	for k := 0; k+2 < len(ws) && k < 6; k++ {
		switch ws[k] {
		case "segundo", "segunda", "tercer", "tercero", "tercera", "second", "third":
			switch ws[k+1] {
			case "wounded", "injured", "herido", "herida", "lesionado", "lesionada":
				return personNoun(strings.Trim(ws[k+2], ",.;:"))
			}
		}
	}
	return false
}

// forceShot reports whether a killing told in folded sentence [lo, hi)
// of f hit the forces by gunfire, the officer named as the subject before
// the killing's cue ("A municipal police officer was shot dead", "un agente
// de la Policía Municipal fue asesinado a balazos"): gunmen shooting a
// police officer are an armed attack (testdata/gold/README.md), as
// forceAttacked reads them when the gunmen are named. Police who only
// report the killing ("..., municipal police said") are no victims.
// "gunned down" is left out: TestForceKill keeps the bare headline
// "Police officer gunned down in Tuxpan" a homicide.
func forceShot(f string, lo, hi int, cues []cueHit) bool {
	if !shotWords.in(f[lo:hi]) {
		return false
	}
	for _, c := range cues {
		if c.typ != model.Homicide || c.fStart < lo || c.fStart > hi {
			continue
		}
		lead := f[max(lo, c.fStart-60):c.fStart]
		if k := strings.LastIndexAny(lead, ",;:"); k >= 0 {
			lead = lead[k+1:]
		}
		if forceMembers.in(lead) && !forcesFind(f[c.fStart:c.fEnd], lead) {
			return true
		}
	}
	return false
}

// findWords are the folded active forms of a finding ("localizaron",
// "hallan", "found"), whose subject found the dead (forcesFind); the
// passive ("fue localizado", "was found") tells of the dead.
var findWords = newNeedles("localizaron", "localizan ", "localizo ", "hallaron", "hallan ", "hallo ", "encontraron", "encuentran ", "encontro ", "ubicaron", "descubrieron",
	"found ", "discovered ", "recovered ")

// forcesFind reports whether a killing's cue (folded) or the lead of its
// clause before it tells the forces named there finding the dead:
// "Agentes de la Fiscalía localizaron seis cuerpos con heridas de arma de
// fuego", "Policías localizaron los cuerpos de dos mujeres", "police
// found the bodies" (gold README: bodies found are a homicide). "An
// officer was found shot dead" is the officer's death.
func forcesFind(cue, lead string) bool {
	for _, s := range [...]string{cue, lead} {
		if findWords.in(s+" ") && !strings.Contains(s, "was found") && !strings.Contains(s, "were found") {
			return true
		}
	}
	return false
}

// forceMembers name a member of a force (forceShot).
var forceMembers = newNeedles("police officer", "policeman", "policemen", "officer ", "officers ", "guardsman", "guardsmen", "soldier", "agente", "policia", "elemento", "guardia", "soldado", "militar", "marino", "custodio")

// shotWords tell a shooting (forceShot).
var shotWords = newNeedles("a balazos", "a tiros", "balead", "acribill", "disparos", "arma de fuego", "shot dead", "shot and killed", "shot to death", "gunshot")

// patrolScene drops from the kept cues of a sentence an operation noun
// that only tells what the forces were doing when they were attacked
// ("agentes que realizaban patrullajes en la comunidad de Samachique
// fueron agredidos", "while on patrol"), when another cue tells a violent
// act: the attack is the act, the patrol its scene.
func patrolScene(f string, kept []cueHit) []cueHit {
	other := false
	for _, c := range kept {
		other = other || c.typ.Violent() && c.typ != model.SecurityOperation
	}
	if !other {
		return kept
	}
	var out []cueHit // a copy only once a cue is dropped
	for k, c := range kept {
		if c.typ == model.SecurityOperation && hasAnyPrefix(f[c.fStart:c.fEnd], "patrull", "recorrido", "patrol", "vigilancia") && hasAnySuffix(strings.TrimRight(f[max(0, c.fStart-24):c.fStart], " "), "realizaban", "realizaba", "efectuaban", "hacian", "mientras", "durante un", "durante una", "durante sus", "carrying out", "conducting", "while on", "on a", "during a", "were on") {
			if out == nil {
				out = append(make([]cueHit, 0, len(kept)-1), kept[:k]...)
			}
			continue
		}
		if out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return kept
	}
	return out
}

// armedBy are the folded agents of an abduction told in the passive
// ("taken from a packing plant by armed men").
var armedBy = [...]string{"by armed men", "by gunmen", "by an armed group", "by armed group", "by a group of armed", "by an armed commando", "by a commando", "by hooded men", "by masked men", "by armed individuals", "by heavily armed", "by suspected cartel", "by cartel gunmen"}

// takenBy returns the folded spans of "taken ... by armed men" in f: people
// taken with the place they were taken from between ("four farmworkers
// were taken from a packing plant by armed men"), which the lexicon's
// fixed "taken away" misses. The words between hold no sentence
// punctuation and run at most 60 bytes.
func takenBy(f string) [][2]int {
	if !strings.Contains(f, " by ") {
		return nil
	}
	return headThenTail(f, "taken ", armedBy[:], 60, ";.:")
}

// schoolsClosed returns the folded spans of "schools ... are closed" in f
// with a place or a qualifier between ("Public schools in Cárdenas are
// closed on Monday"), which the lexicon's fixed "schools closed" misses.
// The words between hold no punctuation and run at most 40 bytes.
func schoolsClosed(f string) [][2]int {
	if !strings.Contains(f, " closed") {
		return nil
	}
	return headThenTail(f, "schools ", []string{" are closed", " were closed", " remain closed", " remained closed", " will remain closed", " stay closed", " stayed closed", " will stay closed"}, 40, ",;.:")
}

// headThenTail returns the folded spans of f from head, at a word's start,
// to the end of the nearest of tails that follows it within gap bytes
// with none of stops between: a phrase whose two fixed ends the text
// parts with a place or a qualifier.
func headThenTail(f, head string, tails []string, gap int, stops string) [][2]int {
	if !strings.Contains(f, head) {
		return nil
	}
	longest := 0
	for _, t := range tails {
		longest = max(longest, len(t))
	}
	var out [][2]int
	for at := 0; ; {
		k := strings.Index(f[at:], head)
		if k < 0 {
			return out
		}
		s := at + k
		at = s + len(head)
		if s > 0 && isWord(f[s-1]) {
			continue
		}
		win := f[at:min(len(f), at+gap+longest)]
		best, end := -1, 0
		for _, t := range tails {
			if j := strings.Index(win, t); j >= 0 && j <= gap && (best < 0 || j < best) {
				best, end = j, j+len(t)
			}
		}
		if best < 0 || strings.ContainsAny(win[:best], stops) {
			continue
		}
		out = append(out, [2]int{s, at + end})
	}
}

// suburbGap reports whether text[a:b], between two places, is a
// suburbOf gap; it folds the gap only when a marker is there, so that
// the pairs of places of most texts cost no allocation.
func suburbGap(text string, a, b int) bool {
	if a < 0 || b > len(text) || a > b || b-a > 48 {
		return false
	}
	g := text[a:b]
	if !strings.Contains(g, "uburb") && !strings.Contains(g, "atellite") && !strings.Contains(g, "edroom") && !strings.Contains(g, "ommuter") {
		return false
	}
	return suburbOf(between(text, a, b))
}

// suburbOf reports whether gap (folded), between two places, makes the
// first the qualifier of the second, the way English wires name a suburb
// by its city: "the Mexico City suburb of Ecatepec", "Monterrey's
// working-class suburb of Escobedo"; one adjective may come between.
func suburbOf(gap string) bool {
	g := strings.TrimSpace(gap)
	g = strings.TrimPrefix(g, "'s ")
	g = strings.TrimPrefix(g, "’s ")
	if len(g) > 40 || strings.ContainsAny(g, ",;.:") {
		return false
	}
	for _, n := range [...]string{"suburb of", "suburbs of", "satellite city of", "bedroom community of", "commuter town of"} {
		if rest, ok := strings.CutSuffix(g, n); ok {
			return rest == "" || strings.Count(strings.TrimSpace(rest), " ") == 0
		}
	}
	return false
}

// relational reports whether gap (folded), between two towns, sets the
// second beside the first as what it lies near or belongs to: a comma,
// then a noun or preposition of nearness ("a suburb of the state capital",
// "municipio conurbado a", "near", "cerca de"), no conjunction.
func relational(gap string) bool {
	g := strings.TrimSpace(gap)
	if !strings.HasPrefix(g, ",") || len(g) > 50 || strings.ContainsAny(g[1:], ",;.:") {
		return false
	}
	g = " " + strings.TrimSpace(g[1:]) + " "
	for _, w := range [...]string{" y ", " e ", " and ", " o ", " or "} {
		if strings.Contains(g, w) {
			return false
		}
	}
	return nearnessWords.in(g)
}

// nearnessWords are the spaced, folded nouns and prepositions of nearness
// or belonging that relational looks for.
var nearnessWords = newNeedles(" suburb of ", " suburbs of ", " near ", " outside ", " next to ", " north of ", " south of ", " east of ", " west of ", " neighboring ", " neighbouring ",
	" conurbado a ", " conurbado con ", " conurbado de ", " vecino a ", " vecino de ", " colindante con ", " cerca de ", " a las afueras de ", " al norte de ", " al sur de ", " al oriente de ", " al poniente de ", " zona metropolitana de ",
	// distances: "a 30-minute drive from", "an hour from", "a 20 minutos de"
	" drive from ", " minutes from ", " hour from ", " hours from ", " miles from ", " kilometers from ", " kilometres from ", " km from ",
	" minutos de ", " hora de ", " horas de ", " kilometros de ", " km de ")

// suburbNounAfter reports whether a town ending at a and a place at [b, c)
// read "Ecatepec, a Mexico City suburb", "Chalco, a sprawling Mexico City
// suburb", "Iztapalapa, a Mexico City borough": the second names the
// first by the city it lies by, with a noun of a part of a city after it.
// It looks at the raw gap first, so most pairs of places cost nothing.
func suburbNounAfter(text string, a, b, c int) bool {
	if a < 0 || a > b || b > c || c > len(text) || b-a > 32 || text[a] != ',' {
		return false
	}
	ws := strings.Fields(text[a+1 : b])
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "a", "an", "the":
	default:
		return false
	}
	after := text[c:min(len(text), c+40)]
	after = strings.TrimPrefix(strings.TrimPrefix(after, "'s"), "’s")
	after = strings.TrimPrefix(after, "-area")
	after = strings.TrimPrefix(after, " area")
	f := strings.Fields(after)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(strings.Trim(f[0], ",;.:")) {
	case "suburb", "suburbs", "exurb", "satellite", "bedroom", "commuter", "borough", "neighborhood", "neighbourhood", "district", "municipality":
		return true
	}
	return false
}

// shopNouns are kinds of shop the business lexicon does not list, folded.
var shopNouns = newNeedles("ferreteria", "hardware store", "panaderia", "bakery", "refaccionaria", "auto parts store", "abarrote", "grocery store", "papeleria", "zapateria", "purificadora", "minisuper", "licoreria", "vinateria", "liquor store", "local comercial", "locales comerciales",
	"polleria", "carniceria", "tortilleria", "taqueria", "tlapaleria", "fruteria", "recauderia", "cremeria", "pasteleria",
	"establecimiento comercial", "establecimientos comerciales", "establecimiento de venta", "local dedicado", "locales dedicados")

// shopFire reports whether a burning whose cue spans folded [start, end)
// of sentence [lo, hi) sets fire to a shop ("incendiaron una ferretería",
// "Una ferretería de la colonia Tapeixtles fue incendiada", "threw
// gasoline bombs at a hardware store", "daño por incendio en perjuicio de
// un establecimiento comercial"): the business is the target. Only
// fire reads so: a shooting in a shop hits the people in it as often as
// the shop, and the lexicon's business words decide it.
func shopFire(f string, start, end, lo, hi int) bool {
	for _, v := range [...]string{" en perjuicio de", " en agravio de"} {
		if strings.HasPrefix(f[end:hi], v) {
			end += len(v) // "daño por incendio en perjuicio de un establecimiento comercial": the victim the charge names
			break
		}
	}
	after := f[end:min(hi, end+40)]
	if k := strings.IndexAny(after, ",;.:"); k >= 0 {
		after = after[:k]
	}
	before := f[max(lo, start-60):start]
	if k := strings.LastIndexAny(before, ",;.:"); k >= 0 {
		before = before[k+1:]
	}
	if t := strings.TrimSpace(before); strings.Count(t, " ") <= 1 && passiveAux.in(" "+t+" ") {
		// "Una ferretería ubicada en la avenida Juárez, a unos metros del
		// mercado, fue incendiada": the subject stands before its
		// apposition's commas.
		return shopSubject(f[max(lo, start-120):start])
	}
	return shopNouns.in(after) || shopNouns.in(before)
}

// shopSubject reports whether folded clause f holds a shop noun with its
// article as a subject ("una refaccionaria ubicada sobre el bulevar", "a
// bakery on Hidalgo Boulevard"), not as the object of a preposition ("una
// camioneta estacionada frente a una ferretería").
func shopSubject(f string) bool {
	for _, s := range shopNouns.subs {
		for i := 0; ; {
			k := strings.Index(f[i:], s)
			if k < 0 {
				break
			}
			k += i
			i = k + len(s)
			ws := strings.Fields(f[max(0, k-30):k])
			if len(ws) == 0 || !shopArticles.in(" "+ws[len(ws)-1]+" ") {
				continue
			}
			if len(ws) >= 2 && shopPrepositions.in(" "+ws[len(ws)-2]+" ") {
				continue
			}
			return true
		}
	}
	return false
}

// shopArticles and shopPrepositions are the folded words before a shop
// noun that make it a subject (shopSubject) and those that make its
// article the object of a preposition.
var (
	shopArticles     = newNeedles(" un ", " una ", " el ", " la ", " los ", " las ", " a ", " an ", " the ")
	shopPrepositions = newNeedles(" a ", " de ", " del ", " en ", " con ", " por ", " sobre ", " junto ", " frente ", " cerca ", " at ", " in ", " of ", " near ", " to ", " from ", " outside ", " beside ", " next ")
)

// wordsEndWith reports whether words ws end with the words of one of
// phrases (words with one space between): whether " "+strings.Join(ws,
// " ")+" " ends with " "+phrase+" ", without joining them.
func wordsEndWith(ws []string, phrases ...string) bool {
	for _, p := range phrases {
		k := len(ws)
		for k > 0 {
			i := strings.LastIndexByte(p, ' ')
			if ws[k-1] != p[i+1:] {
				break
			}
			k--
			if i < 0 {
				return true
			}
			p = p[:i]
		}
	}
	return false
}
