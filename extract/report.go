package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/toll"
)

// reportCtx is what the extractor knows about one report.
type reportCtx struct {
	r model.Report
	// plain is r.Text folded; text is plain with the hyphens of slugs
	// made spaces (despace), what the cues and sentences are read in.
	plain fold.Text
	text  fold.Text
	sents []sentInfo
	// cues are where the cue lists' phrases occur in text.Folded.
	cues  cueHits
	refs  []placeRef // resolved places in Text, text order
	times []timeExpr
	// opinion is set when the report as a whole reads as opinion.
	opinion bool
	// bulletin: the report is a missing-person bulletin with no sign of
	// a crime nor of a happy end (searchNotice): its kidnapping is of the
	// person sought, by no one it names.
	bulletin bool
	// titleMishap: the title tells of an accident, a natural death or
	// disaster, or a protest.
	titleMishap bool
	// titleGenre: the title reads as sport, entertainment, weather or
	// statistics ("Cartel drama 'El Patrón' tops streaming charts").
	titleGenre bool
	titleSport int  // words of sport in the title
	titlePerp  bool // the title names someone who commits crimes
	// titleElapsed: the title puts the report years back ("Hace diez
	// años: la tercera captura de El Chapo").
	titleElapsed bool
	// titleDenied is the type of the act the title denies ("Desmiente
	// Fiscalía hallazgo de cuerpos en Jerez").
	titleDenied model.IncidentType
	// feed is the trusted location of a geolocated feed item.
	feed *model.Location
	// home is the home state of the report's source, "" if unknown;
	// weakHome tells that the prior knows it only weakly (FirmPrior).
	home     string
	weakHome bool
	// title context
	titleType    model.IncidentType
	titleWeight  float64
	titleRefs    []placeRef // offsets in the title, not the text
	titleTimes   []timeExpr // offsets in the title, not the text
	titleActors  []model.Actor
	titleFigures []figure
	// jurisdictions holds the states the text names only as an agency's
	// or a force's ("la Fiscalía de Guerrero", "policías de Jalisco"):
	// where the act happened when the text names no other place.
	jurisdictions []placeRef
	// dateline holds the places of a dateline ("Guadalajara, Jal.-"):
	// where the report was filed, a fallback, not an incident's place.
	dateline []placeRef
	// filed is datelineEnd(r.Text): where the report's dateline ends, or 0.
	filed int
	// capital caches whether the folded text says "capital" anywhere
	// (capitalOfSentence): 0 not yet known, 1 it does, -1 it does not.
	capital int8
	// dom caches dominant.
	dom     placeRef
	domOK   bool
	domDone bool
}

// newReportCtx reads r; plain is r.Text's fold when the caller has it
// (its Source is r.Text), else it is folded here.
func (e *Extractor) newReportCtx(r model.Report, placeText string, plain fold.Text) *reportCtx {
	if r.Text == "" || plain.Source() != r.Text {
		plain = fold.New(r.Text)
	}
	c := &reportCtx{r: r, plain: plain, text: despace(plain), filed: datelineEnd(r.Text)}
	prior := ""
	if r.Lat != nil && r.Lon != nil && e.geo != nil {
		if st, mu, ok := e.geo.reverse(*r.Lat, *r.Lon); ok {
			prior = st.StateCode
			lat, lon := *r.Lat, *r.Lon
			loc := model.Location{StateCode: st.StateCode, State: st.Name, Lat: &lat, Lon: &lon, Precision: model.GeoPoint}
			if mu.MunicipalityCode != "" {
				loc.MunicipalityCode = mu.MunicipalityCode
				loc.Municipality = mu.Name
			}
			c.feed = &loc
		}
	}
	c.home = e.homeState(r.Source)
	if prior == "" {
		prior = c.home
		c.weakHome = c.home != "" && !e.firmHome(r.Source)
	}
	if d := c.filed; prior == "" && d > 0 && e.geo != nil && d <= len(placeText) {
		// A wire with no home files from where it reports ("GÓMEZ
		// PALACIO, Dgo. (ACN).-"): the dateline's state tells its
		// homonyms apart, as an outlet's home does; not Mexico City's,
		// where national desks write about the whole country.
		if st := datelineState(e.geo.places(placeText[:d], ""), ""); st != "" && st != cdmxCode {
			prior = st
		}
	}
	transcript := r.Kind == model.KindTranscript
	glued := gluedStarts(c.text)
	if transcript {
		glued = speakerTurns(c.text, glued)
	}
	raw := e.split(c.text.Folded, transcript, glued)
	e.cues.scan(&c.cues, c.text.Folded)
	hits := e.matchCued(c.text, &c.cues)
	if e.geo != nil && r.Text != "" {
		titled := strings.TrimSpace(r.Title) != "" && strings.TrimSpace(r.Title) != strings.TrimSpace(r.Text)
		c.refs = dropOrigins(c.plain, dropRegions(r.Text, dropColonias(dropStreets(r.Text, e.placesOf(c, foldOf(placeText, c.plain), prior), titled, c.home), c.home)), c.home)
	}
	if d := c.filed; d > 0 {
		for len(c.refs) > 0 && c.refs[0].end <= d {
			c.dateline = append(c.dateline, c.refs[0])
			c.refs = c.refs[1:]
		}
	}
	e.articlePlaces(c) // artplace.go
	c.sents = make([]sentInfo, len(raw))
	hi, pi := 0, 0
	opinionHits := 0
	voice, genre, ads := 0, 0, 0 // sentences in the first person plural or asking; sport, fiction, statistics
	policy := 0                  // words of diplomacy, legislation and the economy
	for i, s := range raw {
		s.start, s.end = c.text.Span(s.fStart, s.fEnd)
		si := &c.sents[i]
		si.sentence = s
		for hi < len(hits) && hits[hi].fStart < s.fStart {
			hi++
		}
		hj := hi
		for hj < len(hits) && hits[hj].fEnd <= s.fEnd {
			hj++
		}
		si.future = futureEnds(c.text, r.Text, s.fStart, s.fEnd, c.refs, c.dateline)
		e.classify(c.text.Folded, &c.cues, si, hits[hi:hj], r)
		if si.opinion {
			opinionHits++
		}
		if si.we && r.Kind != model.KindTranscript {
			voice++
		}
		if si.question {
			voice++
		}
		if si.genre {
			genre++
		}
		ads += si.ads
		policy += si.policy
		hi = hj
		for pi < len(c.refs) && c.refs[pi].start < s.start {
			pi++
		}
		for pi < len(c.refs) && c.refs[pi].start < s.end {
			switch {
			case si.recallAt > 0 && c.refs[pi].start >= c.text.Orig(si.recallAt):
				// the place of an older act the sentence recalls
			case overlapsAny(c.refs[pi].start, c.refs[pi].end, si.actorAt):
			case !notHere(c.plain, c.refs, pi, si.actorAt):
				si.places = append(si.places, c.refs[pi])
			case jurisdiction(r.Text, c.refs[pi], si.actorAt):
				c.jurisdictions = append(c.jurisdictions, c.refs[pi])
			}
			pi++
		}
		si.places = e.capitalOfSentence(c, si, si.places) // capitalplace.go
		si.places = dropStudio(r.Text, si.places)
		si.places = dropRoutes(c.plain, dropPartOf(c.plain, dropBearings(c.plain, si.places)))
		si.places = roadsUnderDateline(c, si.places) // roadlink.go
		si.places = dropClockPlaces(c, si.places)    // clockplace.go
		si.places = e.apposed(r.Text, si.places)     // apposed.go
	}
	c.genericActs()
	// Times and tolls are looked for only where they can matter: times in
	// the paragraphs holding a cue, tolls in cue sentences and the two
	// sentences after each in the same paragraph.
	if e.times != nil {
		rgs := c.ranges(true)
		if len(r.Text) <= headlineLen {
			// A headline's lines tell one event: "Gunman kills reporter /
			// El Buen Tono, August 11, 2014, in Oaxaca". Read whole even
			// with no cue: an act told only by its toll or a fight ("Riña
			// deja tres heridos este domingo") is found later.
			rgs = [][2]int{{0, len(r.Text)}}
		}
		anchor := r.Published
		if len(c.dateline) > 0 {
			anchor = e.datelineDay(c)
		}
		c.times = withoutNowClock(r.Text, withoutWireDate(r.Text, append(c.times, e.times(c.plain, rgs, r.Lang, anchor)...)))
	}
	var figs []figure
	if e.tolls != nil {
		figs = e.tolls(c.plain, c.ranges(false))
	}
	if e.tolls != nil && len(figs) == 0 && (len(c.sents) == 1 || datedClause(c)) && len(r.Text) <= headlineLen && r.Kind != model.KindTranscript {
		// A headline with no cue may still tell its act by its toll: "Riña
		// deja dos lesionados", "Seven die in Sinaloa" (one death alone
		// is as often a natural one).
		if s0 := &c.sents[0]; s0.typ == "" && !s0.suppressed && !s0.mishap && !s0.opinion && !s0.boiler && !s0.question {
			for _, f := range e.tolls(c.plain, whole(c.plain)) {
				if f.kind == "injured" && f.n > 0 || f.kind == "killed" && f.n >= 2 {
					figs = append(figs, f)
					if s0.typ != model.Homicide {
						s0.typ, s0.weight, s0.cuePos = model.ArmedAttack, headlineWeight, f.start
						if f.kind == "killed" {
							s0.typ = model.Homicide
						}
					}
				}
			}
		}
	}
	ti, fi := 0, 0
	for i := range c.sents {
		si := &c.sents[i]
		for ti < len(c.times) && c.times[ti].start < si.start {
			ti++
		}
		recall := si.end // the older act a sentence recalls has its own time and toll
		if si.recallAt > 0 {
			recall = c.text.Orig(si.recallAt)
		}
		for ti < len(c.times) && c.times[ti].start < si.end {
			if c.times[ti].start < recall {
				si.times = append(si.times, c.times[ti])
			}
			ti++
		}
		for fi < len(figs) && figs[fi].start < si.start {
			fi++
		}
		for fi < len(figs) && figs[fi].start < si.end {
			if figs[fi].start < recall && (!si.typ.Violent() || !lagged(c.plain, si.cuePos, figs[fi].start)) {
				si.figures = append(si.figures, figs[fi])
			}
			fi++
		}
		if si.venueShooting {
			if fs := c.text.Folded[si.fStart:si.fEnd]; peopleShot(fs) && (!si.eatery || guestsTargeted(fs)) || someoneHurt(fs) {
				si.typ = model.ArmedAttack // "opened fire on guests at a beach club"
			}
			for _, f := range si.figures {
				if (f.kind == "killed" || f.kind == "injured") && f.n > 0 {
					si.typ = model.ArmedAttack // gunmen shooting people in a bar
				}
			}
		}
		if si.typ == model.Homicide && (groupAttack(c.text.Folded[si.fStart:si.fEnd], si) || placeAttack(c.text.Folded, si) || attackKilling(c.text.Folded[si.fStart:si.fEnd], si)) {
			si.typ = model.ArmedAttack // "a comando opened fire in a bar: five dead, three hurt"; "ejecutan a tres en un autolavado"; "herido en el ataque" (acttype17.go)
			if forceFell(c.text.Folded[si.fStart:si.fEnd], si) {
				si.typ = model.ArmedClash // "un soldado y dos presuntos sicarios murieron tras el ataque contra una patrulla" (acttype16.go)
			}
		}
		if si.typ.Violent() && len(si.figures) == 0 && c.cues.any(cueDurative, c.text.Folded, si.fStart, si.fEnd) && durative(c.text.Folded[si.fStart:si.fEnd]) && !dayTold(r.Text, si.times) {
			si.typ, si.durative = "", true // "residents have reported clashes in the hills for more than a week"
		}
		e.checkHistory(c.text.Folded, r.Text, si, r)
		if si.historic || si.question || si.boiler {
			si.typ = ""
		}
	}
	c.ellipses()
	e.readTitle(c, datelineState(c.dateline, prior))
	e.feedNamedTown(c) // feedtown.go
	e.titleColonies(c) // artplace.go
	titleRoads(c)      // artplace.go
	e.titleRoads(c)    // roadtitle.go
	c.frameHistory()
	if c.titleMishap {
		// Under a title that tells of an accident or a natural death or
		// disaster, deaths and wounds are its toll: a crime needs someone
		// who commits it.
		for i := range c.sents {
			if si := &c.sents[i]; si.typ.Violent() && !perpetrated(si.actors) {
				si.typ = ""
			}
		}
	}
	c.mishapCause()
	// A report is opinion when its title says so or several sentences do,
	// or when it speaks in the first person plural and asks questions
	// more than it tells (a column, an editorial, a speech), or when it is
	// mostly sport, entertainment, weather or statistics, or when it talks
	// policy (diplomacy, legislation, the economy: half a word a sentence
	// or more) without telling any concrete act.
	n := len(c.sents)
	if c.titleOpinion(e) || opinionHits >= 3 && opinionHits*4 >= n ||
		opinionHits+voice >= 3 && (opinionHits+voice)*3 >= n && !c.concrete() ||
		genre >= 2 && genre*4 >= n || ads >= 3 ||
		policy >= 4 && policy*2 >= n && !c.concrete() ||
		c.titleGenre && !c.concrete() || analysisLabel(c.r.Title, c.text.Folded) || c.sportReport() {
		c.opinion = true
		for i := range c.sents {
			if c.sents[i].typ != model.Policy {
				c.sents[i].typ = ""
			}
		}
	}
	return c
}

// analysisLabel reports whether a report's title or its text opens with
// the label of an analysis or an outlook ("Analysis: Will arrests in
// Michoacán trigger ...", "Outlook: road security on ...", "Analysis —
// Burning a truck across a highway costs almost nothing"): a piece on
// what could happen, whose acts are examples or risks (the development
// sets code no act in any of sixteen such pieces).
func analysisLabel(title, folded string) bool {
	for _, t := range [...]string{strings.TrimSpace(title), strings.TrimSpace(folded[:min(len(folded), 24)])} {
		for _, l := range [...]string{"analysis", "analisis", "análisis", "outlook", "perspectiva"} {
			if len(t) <= len(l) || !strings.EqualFold(t[:len(l)], l) {
				continue // (no folding: one compare a label, no allocation)
			}
			if rest := t[len(l):]; strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, " -") || strings.HasPrefix(rest, " —") || strings.HasPrefix(rest, " |") {
				return true
			}
		}
	}
	return false
}

// concrete reports whether some cue sentence of the report tells a dated
// act at a named place, or gives a toll: what a news report of an event
// has and a column musing about violence usually does not.
func (c *reportCtx) concrete() bool {
	for i := range c.sents {
		s := &c.sents[i]
		if s.typ == "" || s.typ == model.Policy {
			continue
		}
		dated := false
		for _, t := range s.times {
			dated = dated || !t.historic
		}
		if dated && len(s.places) > 0 || len(s.figures) > 0 && (dated || len(s.places) > 0) {
			return true
		}
	}
	return false
}

// futureEnds returns the folded ends of the future-tense verbs in the
// folded range [fs, fe) of t: words ending in an accented "-rá" or "-rán"
// in the original orig ("habrá", "desplegarán", "se reforzará"). A place
// name among refs ("Villagrán", "Galeana") is none, nor is a word written
// with a capital and small letters after the first word of the range
// ("en Tehuacán"): a name, where a verb would be lower case.
// lagged reports whether a toll figure at offset fig belongs to an earlier
// event told as the background of the act cued at offset cue: "gunmen set
// up roadblocks hours after troops killed the cartel's leader", "bloquean
// calles horas después de que abatieran a un líder". Offsets are in the
// text ft folds.
func lagged(ft fold.Text, cue, fig int) bool {
	if cue < 0 || fig <= cue || fig > len(ft.Source()) {
		return false
	}
	f := ft.Sub(cue, fig).Folded
	if !strings.Contains(f, "after ") && !strings.Contains(f, "despues de ") && !strings.Contains(f, "luego de ") {
		return false // what every lag is followed by
	}
	f = " " + f
	for _, lag := range []string{" hours ", " days ", " weeks ", " minutes ", " a day ", " one day ", " horas ", " dias ", " semanas ", " minutos ", " un dia "} {
		for k := strings.Index(f, lag); k >= 0; {
			rest := f[k+len(lag):]
			if strings.HasPrefix(rest, "after ") || strings.HasPrefix(rest, "despues de ") || strings.HasPrefix(rest, "luego de ") {
				return true
			}
			n := strings.Index(rest, lag)
			if n < 0 {
				break
			}
			k += len(lag) + n
		}
	}
	return false
}

func futureEnds(t fold.Text, orig string, fs, fe int, refs ...[]placeRef) []int {
	f := t.Folded
	if os, oe := t.Span(fs, fe); !strings.Contains(orig[os:oe], "á") {
		return nil // every future form found below is written with one
	}
	var out []int
	first := true
	for i := fs; i < fe; {
		for i < fe && !isWord(f[i]) {
			i++
		}
		j := i
		for j < fe && isWord(f[j]) {
			j++
		}
		w := f[i:j]
		a := -1 // folded offset of the final 'a'
		switch {
		case len(w) >= 4 && strings.HasSuffix(w, "ra"):
			a = j - 1
		case len(w) >= 5 && strings.HasSuffix(w, "ran"):
			a = j - 2
		}
		if a >= 0 {
			if o := t.Orig(a); strings.HasPrefix(orig[o:], "á") && !named(t, orig, i, first, refs) {
				out = append(out, j)
			}
		}
		first = first && j == i
		i = j
	}
	return out
}

// named reports whether the word at folded offset i is part of a place name in refs or, unless it is the first word, a
// capitalized name.
func named(t fold.Text, orig string, i int, first bool, refs [][]placeRef) bool {
	o := t.Orig(i)
	for _, rs := range refs {
		for _, p := range rs {
			if o >= p.start && o < p.end {
				return true
			}
		}
	}
	if first || o+1 >= len(orig) {
		return false
	}
	c0, c1 := orig[o], orig[o+1]
	return 'A' <= c0 && c0 <= 'Z' && 'a' <= c1 && c1 <= 'z'
}

// dropOrigins removes the places a text names as where someone comes
// from ("originario de Sonora", "era de Sinaloa", "turista de CDMX"), as
// where someone's role is ("cartel boss in Reynosa", "operador en
// Tijuana") or
// as where the crime someone is accused of happened (charged), when it
// names another place: the act happened there. So it does when
// the source is at home in another state (home, "" if unknown): a local
// outlet's "detienen a narcomenudista; es originario de Sonora" tells of
// an arrest at home, in a neighbourhood it need not place. ft is the fold
// of the text the places are spans of.
func dropOrigins(ft fold.Text, refs []placeRef, home string) []placeRef {
	text := ft.Source()
	origin := func(p placeRef) bool {
		from := max(0, p.start-24)
		for from > 0 && !utf8.RuneStart(text[from]) {
			from--
		}
		before := originArticle(ft.Sub(from, p.start).Folded)
		if !strings.HasSuffix(before, " de ") && !strings.HasSuffix(before, " in ") && !strings.HasSuffix(before, " en ") && !strings.HasSuffix(before, " from ") {
			return false // every phrase ends so
		}
		before = " " + before
		for _, w := range [...]string{" originario de ", " originaria de ", " originarios de ", " originarias de ",
			" oriundo de ", " oriunda de ", " oriundos de ", " procedente de ", " procedentes de ", " era de ",
			" eran de ", " turista de ", " turistas de ", " nativo de ", " nativa de ",
			// English: "a tourist from Mexico City was among the wounded"
			" tourist from ", " tourists from ", " visitor from ", " visitors from ", " vacationer from ",
			" vacationers from ", " holidaymaker from ", " holidaymakers from ", " native from ",
			// where someone's role is ("Gulf Cartel boss in Reynosa gunned
			// down in Monterrey", "operador del CJNG en Tijuana").
			" boss in ", " bosses in ", " operator in ", " leader in ", " chief in ", " lieutenant in ",
			" commander in ", " operative in ", " kingpin in ", " capo in ", " jefe de plaza en ",
			" operador en ", " lider en ", " cabecilla en "} {
			if suffixed(before, w) {
				return true
			}
		}
		return false
	}
	// Each place's two tests are taken at most once: known[2i] for
	// origin, known[2i+1] for charged, 0 until asked, then 1 or 2.
	var small [64]uint8
	known := small[:]
	if 2*len(refs) > len(known) {
		known = make([]uint8, 2*len(refs))
	}
	var isOriginAt func(i int) bool
	isOrigin := func(i int, p placeRef) bool {
		if known[2*i] == 0 {
			known[2*i] = 1 + b2u(origin(p) || qualifiesOrigin(text, refs, i) && isOriginAt(i-1))
		}
		return known[2*i] == 2
	}
	isOriginAt = func(i int) bool { return isOrigin(i, refs[i]) }
	isCharged := func(i int, p placeRef) bool {
		if known[2*i+1] == 0 {
			known[2*i+1] = 1 + b2u(charged(ft, p))
		}
		return known[2*i+1] == 2
	}
	other := false
	for i, p := range refs {
		other = other || !isOrigin(i, p) && !isCharged(i, p)
	}
	away := func(p placeRef) bool {
		st := stateOf(p.place)
		return home != "" && st != "" && st != home
	}
	awayOrigin := false
	for i, p := range refs {
		awayOrigin = awayOrigin || !other && isOrigin(i, p) && away(p)
	}
	if !other && !awayOrigin {
		return refs
	}
	out := refs[:0]
	for i, p := range refs { // (out is refs' prefix: refs[i] is read before it is written)
		switch {
		case other && (isOrigin(i, p) || isCharged(i, p)):
		case !other && isOrigin(i, p) && away(p):
		default:
			out = append(out, p)
		}
	}
	return out
}

// qualifiesOrigin reports whether refs[i] is a state that only qualifies
// the place before it ("visitors from Monterrey, Nuevo Leon"), so that it
// names what that place names.
func qualifiesOrigin(text string, refs []placeRef, i int) bool {
	if i == 0 || refs[i].place.Kind != gazetteer.State || refs[i-1].end > refs[i].start {
		return false
	}
	return strings.TrimSpace(text[refs[i-1].end:refs[i].start]) == ","
}

// originArticle rewrites the article that may stand between "de" and a
// place (folded before, which ends just before the place) to a bare "de ":
// "originaria de la Ciudad de México" and "originario del Estado de
// México" name where someone comes from as "originario de Sonora" does.
func originArticle(before string) string {
	for _, a := range [...]string{" de la ", " de las ", " de los ", " de el ", " del "} {
		if strings.HasSuffix(before, a) {
			return before[:len(before)-len(a)] + " de "
		}
	}
	return before
}

// b2u is 1 for true, 0 for false.
func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// charged reports whether place p is where the crime someone is accused
// of or wanted for happened: "en" after "acusada de extorsión", "buscada
// por presunto homicidio", with no verb of arrest between ("Mujer acusada
// de extorsión en Guerrero fue detenida en Coatzacoalcos"). Where the
// text names another place, the arrest happened there.
func charged(ft fold.Text, p placeRef) bool {
	text := ft.Source()
	from := max(0, p.start-80)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	sub := ft.Sub(from, p.start).Folded
	if !strings.HasSuffix(sub, " en ") && sub != "en " {
		return false // the test below, before the text is cut at its last punctuation
	}
	// before is what follows the last punctuation of " "+sub, read
	// without the space first (no word below begins with one)
	before, cut := sub, false
	if k := strings.LastIndexAny(sub, ",;:.!?\n"); k >= 0 {
		before, cut = sub[k+1:], true
	}
	// Each charge below holds one of these words.
	if !strings.HasSuffix(before, " en ") && (cut || before != "en ") || !chargeWords.in(before) {
		return false
	}
	if !cut {
		before = " " + sub
	}
	k := -1
	for _, w := range [...]string{" acusado de ", " acusada de ", " acusados de ", " acusadas de ", " buscado por ", " buscada por ",
		" buscados por ", " buscadas por ", " requerido por ", " requerida por ", " requeridos por ", " por el delito de ",
		" accused of ", " wanted for "} {
		if i := strings.LastIndex(before, w); i > k {
			k = i
		}
	}
	if k < 0 {
		return false
	}
	for _, w := range strings.Fields(before[k:]) {
		switch w {
		case "detienen", "detenido", "detenida", "detenidos", "detenidas", "capturan", "capturado", "capturada", "cae", "caen",
			"aprehenden", "aprehendido", "aprehendida", "arrested", "caught":
			return false
		}
	}
	return true
}

// chargeWords are what each charge charged reads holds (a stem or phrase).
var chargeWords = newNeedles("acusad", "buscad", "requerid", "delito de", "accused of", "wanted for")

// otherTown reports whether refs name a town (a municipality or one of
// its localities) outside p's municipality: "colonia Ajusco, alcaldía
// Coyoacán" is a colonia of Coyoacán, not Ajusco of Tlalpan.
func otherTown(refs []placeRef, p placeRef) bool {
	for _, q := range refs {
		if rank(q.place.Kind) <= 2 && q.place.MunicipalityCode != "" && q.place.MunicipalityCode != p.place.MunicipalityCode {
			return true
		}
	}
	return false
}

// streetWords name neighbourhoods and streets: a place name right after
// them ("colonia Jalisco", "avenida Vallarta") is not the place.
// dropStreets removes place mentions that are part of a street or
// neighbourhood name; titled says the report has a title apart from text;
// home is the source's home state ("" when none).
func dropStreets(text string, refs []placeRef, titled bool, home string) []placeRef {
	streetWords := [...]string{"colonia", "col.", "colonias", "fraccionamiento", "fracc.", "barrio", "calle", "calles", "avenida", "av.", "ave.", "avda.", "blvd.", "bulevar", "boulevard", "calzada", "privada", "andador", "unidad habitacional", "residencial", "street", "avenue", "st.", "ave", "esquina con", "esquina de", "esq.", "cruce con", "corner of"}
	out := refs[:0]
	var inName []int // indexes in out of villages named inside a street's name
	for _, p := range refs {
		name := fold.String(p.text)
		name = strings.TrimPrefix(strings.TrimPrefix(name, "la "), "el ")
		isStreet := false
		for _, w := range streetWords {
			isStreet = isStreet || name == w
		}
		if isStreet {
			continue
		}
		from := p.start - 24
		if from < 0 {
			from = 0
		}
		before := strings.ToLower(strings.TrimRight(text[from:p.start], " "))
		for _, a := range [...]string{" el", " la", " los", " las"} {
			// "colonia el Mezquital", "fraccionamiento Las Flores"
			if t, ok := strings.CutSuffix(before, a); ok {
				before = strings.TrimRight(t, " ")
				break
			}
		}
		drop := false
		for i, w := range streetWords {
			// (the last bytes first: most words end otherwise)
			if len(before) >= len(w) && before[len(before)-1] == w[len(w)-1] && strings.HasSuffix(before, w) && (len(before) == len(w) || !isLetter(before[len(before)-len(w)-1])) {
				// "colonia Roma Norte": a big city's district of that
				// name (a locality of known size) is the place.
				// From an outlet at home in another state it is a
				// colonia of its own town ("colonia Pedregal de Santo
				// Domingo" from Monterrey).
				drop = !(i < 6 && p.place.Kind == gazetteer.Locality && p.place.Population >= 10000 && !otherTown(refs, p) && (home == "" || home == p.place.StateCode))
				break
			}
		}
		if !drop && p.place.Kind == gazetteer.Locality && insideStreetName(text[max(0, p.start-48):p.start], streetWords[:]) {
			inName = append(inName, len(out))
		}
		if !drop {
			out = append(out, p)
		}
	}
	if len(inName) == 0 {
		return out
	}
	// A village inside a neighbourhood's name is dropped only when the
	// report names a town besides, or has a title apart (which names the
	// town, read on its own): alone, it may be the neighbourhood's
	// namesake next door ("fracc. Villas de Plateros", in Fresnillo as
	// Plateros is).
	town := titled
	for k, p := range out {
		town = town || !slices.Contains(inName, k) && (p.place.Kind == gazetteer.Municipality || p.place.Kind == gazetteer.Locality)
	}
	if !town {
		return out
	}
	kept := out[:0]
	for k, p := range out {
		if !slices.Contains(inName, k) {
			kept = append(kept, p)
		}
	}
	return kept
}

// insideStreetName reports whether before, the text right before a place
// name, ends inside a neighbourhood's or street's name that goes on with
// it: a street word, then capitalized words joined by "de", "del", "la"...
// ("colonia Bosques de " before "San Sebastián", "Lomas de " after
// "fraccionamiento"). "Centro" alone is the town's centre, not a name.
func insideStreetName(before string, streetWords []string) bool {
	ws := strings.Fields(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-5; k-- {
		w := strings.ToLower(ws[k])
		for _, sw := range streetWords {
			if w != sw || k == len(ws)-1 {
				continue
			}
			gap := ws[k+1:]
			capital := 0
			for _, g := range gap {
				switch strings.ToLower(g) {
				case "de", "del", "la", "las", "los", "el":
					continue
				case "centro":
					return false
				}
				if r, _ := utf8.DecodeRuneInString(g); !unicode.IsUpper(r) {
					return false
				}
				capital++
			}
			last := strings.ToLower(gap[len(gap)-1])
			return capital > 0 && (last == "de" || last == "del")
		}
		if strings.ContainsAny(ws[k], ",.;:") {
			return false
		}
	}
	return false
}

// dropRegions drops the localities src names as a region's name ("cuatro
// se registraron en la región de la Chontalpa", "in the region of Tierra
// Caliente"): a region's acts are not told at the village of its name.
func dropRegions(src string, refs []placeRef) []placeRef {
	out := refs[:0]
	for _, p := range refs {
		if w := src[max(0, p.start-16):p.start]; p.place.Kind == gazetteer.Locality && strings.Contains(w, "egi") &&
			hasAnySuffix(fold.String(w), "region de ", "region de la ", "region de los ", "region of ", "region of the ") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// dropColonias drops, from the places of a report whose source has a home
// state, the localities named "Colonia ..." ("en la colonia Revolución",
// "EN COLONIA EMILIANO ZAPATA"): a local outlet names the neighbourhoods
// of its town so, and a neighbourhood's name is no village elsewhere.
func dropColonias(refs []placeRef, home string) []placeRef {
	if home == "" {
		return refs
	}
	out := refs[:0]
	for _, p := range refs {
		if p.place.Kind == gazetteer.Locality && strings.HasPrefix(fold.String(p.text), "colonia ") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// foldOf returns the fold of text: ft when it folds text, else a new one.
func foldOf(text string, ft fold.Text) fold.Text {
	if text == ft.Source() {
		return ft
	}
	return fold.New(text)
}

// despace turns the hyphens and underscores that join words in URL slugs
// ("hallan-restos-humanos") into spaces; the length, and so the map back
// to the original, does not change.
func despace(t fold.Text) fold.Text {
	f := t.Folded
	var b []byte
	for _, c := range []byte{'-', '_'} { // each byte is tested in f alone: the order is free
		for i := 1; i+1 < len(f); i++ {
			k := strings.IndexByte(f[i:len(f)-1], c)
			if k < 0 {
				break
			}
			i += k
			if isLetter(f[i-1]) && isLetter(f[i+1]) {
				if b == nil {
					b = []byte(f)
				}
				b[i] = ' '
			}
		}
	}
	if b != nil {
		t.Folded = string(b)
	}
	return t
}

// datelineEnd returns the end of a dateline at the start of text
// ("CULIACÁN, Sin.- ", "Tijuana (AP) — "), or 0.
func datelineEnd(text string) int {
	off := 0
	if k := strings.IndexByte(text[:min(len(text), 80)], '|'); k > 0 && strings.Contains(text[:k], " > ") && !strings.Contains(text[:k], "\n") {
		// A site's breadcrumb before the dateline ("Inicio > Seguridad >
		// Sonora | CIUDAD OBREGÓN, Son. (AIP).—"): the dateline follows it.
		off = k + 1
		if d := datelineEnd(text[off:]); d > 0 {
			return off + d
		}
	}
	head := text
	if len(head) > 80 {
		head = head[:80]
	}
	best := wireDateline(head)
	for _, m := range []string{".-", ".–", ".—", " — ", " – ", " -- ", "|"} {
		if k := strings.Index(head, m); k > 0 && (best == 0 || k < best) {
			best = k
			if m[0] == '.' && k >= 2 && head[k-2] == '.' {
				best++ // an abbreviation's last dot after its inner one: "ALLENDE, N.L.—"
			}
		}
	}
	if best > 0 && strings.IndexByte(head[:best], '\n') < 0 {
		return best
	}
	return 0
}

// wireDateline returns the end of a wire service's dateline, after the
// parenthesis that credits the agency and before the dash ("MEXICO CITY,
// Feb 14 (Reuters) - ", "CULIACAN, Mexico, March 8 (AP) — "), or 0. Its
// date is the day the story was filed, not the day of the act.
func wireDateline(head string) int {
	for _, m := range []string{") - ", ") — ", ") – ", ") -- "} {
		k := strings.Index(head, m)
		if k <= 0 {
			continue
		}
		open := strings.LastIndexByte(head[:k], '(')
		if open <= 0 || strings.IndexByte(head[:k], '\n') >= 0 || !strings.Contains(head[:open], ",") && !capitalsOnly(head[:open]) ||
			strings.Contains(head[:open], ".-") || strings.Contains(head[:open], ".—") || strings.Contains(head[:open], ".–") {
			continue
		}
		return k + 1
	}
	return 0
}

// capitalsOnly reports whether s, a dateline's place with no date
// ("MEXICO CITY " in "MEXICO CITY (Meridian) - "), has letters and none
// of them lower case.
func capitalsOnly(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 3
}

// withoutWireDate drops the times told in a wire dateline (wireDateline)
// from ts: the day it names was the filing's.
func withoutWireDate(text string, ts []timeExpr) []timeExpr {
	head := text
	if len(head) > 80 {
		head = head[:80]
	}
	d := wireDateline(head)
	if d == 0 {
		return ts
	}
	return slices.DeleteFunc(ts, func(t timeExpr) bool { return t.end <= d })
}

// withoutNowClock returns ts without the clock times a speaker tells as
// the time it is now ("buenos días Apatzingán, son las once de la
// mañana", "es la una de la tarde"): the hour of the broadcast, not of
// an act. "Eran las once cuando ..." (the past) tells the act's.
func withoutNowClock(text string, ts []timeExpr) []timeExpr {
	return slices.DeleteFunc(ts, func(t timeExpr) bool {
		if t.prec != model.TimeMinute && t.prec != model.TimeHour || t.start < 3 || t.start > len(text) {
			return false
		}
		head := strings.ToLower(text[max(0, t.start-8):t.start])
		if w := strings.ToLower(text[t.start:min(len(text), t.start+4)]); strings.HasPrefix(w, "las ") || strings.HasPrefix(w, "la ") {
			return strings.HasSuffix(head, "son ") || strings.HasSuffix(head, "es ")
		}
		return strings.HasSuffix(head, "son las ") || strings.HasSuffix(head, "es la ")
	})
}

// datelineDay returns the time the body's relative days count from: the
// day of a dateline (one that names a place) that gives one ("CULIACÁN, Sin., 3 de agosto.- ... ayer"
// is 2 August, however late the article was put online) when it is up to
// a week before the publication's day, as a bare date (its local
// midnight); else the publication time.
func (e *Extractor) datelineDay(c *reportCtx) time.Time {
	r := c.r
	d := c.filed
	if d == 0 || r.Published.IsZero() {
		return r.Published
	}
	for _, x := range e.times(c.plain, [][2]int{{0, d}}, r.Lang, r.Published) {
		if x.historic || x.prec != model.TimeDay || !strings.ContainsAny(r.Text[x.start:x.end], "0123456789") {
			continue // a date names its day with a number; "hoy" does not
		}
		loc := x.t.Location()
		day := time.Date(x.t.Year(), x.t.Month(), x.t.Day(), 0, 0, 0, 0, loc)
		p := r.Published.In(loc)
		pubDay := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, loc)
		if day.Before(pubDay) && !day.Before(pubDay.AddDate(0, 0, -7)) {
			return day
		}
		break
	}
	return r.Published
}

// ranges returns the original-text ranges, in order and disjoint, of the
// paragraphs holding a cue sentence (paras) or of the cue sentences and
// the sentence after each (!paras).
func (c *reportCtx) ranges(paras bool) [][2]int {
	var out [][2]int
	add := func(s, e int) {
		n := len(out)
		if n > 0 && s < out[n-1][0] {
			// A statement of no toll a few sentences on was added
			// before this cue sentence: keep the ranges in order.
			k := n - 1
			for k > 0 && s < out[k-1][0] {
				k--
			}
			out = slices.Insert(out, k, [2]int{s, e})
			merged := out[:1]
			for _, r := range out[1:] {
				if last := &merged[len(merged)-1]; r[0] <= last[1] {
					last[1] = max(last[1], r[1])
					continue
				}
				merged = append(merged, r)
			}
			out = merged
			return
		}
		if n > 0 && s <= out[n-1][1] {
			if e > out[n-1][1] {
				out[n-1][1] = e
			}
			return
		}
		out = append(out, [2]int{s, e})
	}
	ss := c.sents
	for i := 0; i < len(ss); i++ {
		if ss[i].typ == "" && (!paras || ss[i].denied == "" && ss[i].negated == "") {
			continue // a denial is dated by the claim it denies
		}
		if paras {
			j, k := i, i
			for j > 0 && ss[j-1].para == ss[i].para {
				j--
			}
			for k+1 < len(ss) && ss[k+1].para == ss[i].para {
				k++
			}
			add(ss[j].start, ss[k].end)
			i = k
			continue
		}
		// The toll of an incident may come up to two sentences later
		// ("... No hubo heridos."), and a short statement of no toll up
		// to three sentences later, in the next paragraph too.
		end := ss[i].end
		k := i + 1
		for ; k <= i+2 && k < len(ss) && ss[k].para == ss[i].para; k++ {
			end = ss[k].end
		}
		add(ss[i].start, end)
		for ; k <= i+3 && k < len(ss); k++ {
			if ss[k].typ == "" && c.noneLike(ss[k]) {
				add(ss[k].start, ss[k].end)
			}
		}
	}
	return out
}

// noneLike reports whether a short sentence may state that nobody was
// harmed ("No hubo lesionados", "No one was hurt").
func (c *reportCtx) noneLike(s sentInfo) bool {
	if s.fEnd-s.fStart > 200 {
		return false
	}
	return strings.HasPrefix(c.text.Folded[s.fStart:s.fEnd], "no ") || c.cues.any(cueNobody, c.text.Folded, s.fStart, s.fEnd)
}

func overlapsAny(s, e int, spans [][2]int) bool {
	for _, sp := range spans {
		if s < sp[1] && sp[0] < e {
			return true
		}
	}
	return false
}

// titleOpinion reports whether the title marks the report as opinion.
func (c *reportCtx) titleOpinion(e *Extractor) bool {
	if c.r.Title == "" {
		return false
	}
	for _, h := range e.match(fold.New(c.r.Title)) {
		if _, ok := h.has(clsOpinion); ok {
			return true
		}
	}
	return false
}

// whole is the one range of all of ft's source.
func whole(ft fold.Text) [][2]int {
	return [][2]int{{0, len(ft.Source())}}
}

// readTitle classifies the title and finds its places, times and tolls.
func (e *Extractor) readTitle(c *reportCtx, prior string) {
	t := c.r.Title
	if strings.TrimSpace(t) == "" {
		return
	}
	plain := fold.New(t)
	ft := despace(plain)
	si := sentInfo{sentence: sentence{fStart: 0, fEnd: len(ft.Folded), start: 0, end: len(t)}}
	si.question = strings.IndexByte(ft.Folded, '?') >= 0 && !presupposedAct(ft.Folded)
	var cues cueHits // the title's cue lists, read once as the text's are
	e.cues.scan(&cues, ft.Folded)
	e.classify(ft.Folded, &cues, &si, e.match(ft), c.r)
	if e.times != nil {
		c.titleTimes = e.times(plain, whole(plain), c.r.Lang, c.r.Published)
		si.times = c.titleTimes
	}
	e.checkHistory(ft.Folded, t, &si, c.r)
	// A protest or a strike whose title tells the crime behind it ("Paran
	// transportistas en Chilpancingo tras asesinato de dos taxistas") is
	// no mishap: the crime is an act, and so are the others told under it,
	// also when the title's own act is the stop ("Transportistas suspenden
	// servicio tras asesinato de chofer": the crime a reference, crimeRef).
	c.titleMishap = si.mishap && !perpetrated(si.actors) && !(si.typ.Violent() && si.weight >= 0.75 && !si.accident) && !(si.crimeRef && !si.accident)
	c.titleGenre = si.genre
	c.titleSport = si.sportWords
	c.titlePerp = perpetrated(si.actors)
	c.titleElapsed = len(elapsedEnds(nil, ft.Folded, 0, len(ft.Folded))) > 0
	if !si.question {
		c.titleDenied = si.denied // "Fact check: video of burning buses is from 2019"
	}
	if !si.historic && !si.question && !si.boiler && !si.opinion {
		c.titleType = si.typ
		c.titleWeight = si.weight
	}
	c.titleActors = si.actors
	if e.tolls != nil {
		c.titleFigures = e.tolls(plain, whole(plain))
	}
	if e.geo != nil {
		for _, p := range dropOrigins(plain, dropColonias(dropStreets(t, e.placesOf(c, plain, prior), false, c.home), c.home), c.home) {
			if !overlapsAny(p.start, p.end, si.actorAt) && !inColonyName(t, p.start) { // not "colonia Nuevo México"
				c.titleRefs = append(c.titleRefs, e.datelineTown(c, p))
			}
		}
	}
	if si.generic && c.feed == nil && len(c.titleFigures) == 0 && c.titleType.Violent() {
		// "Masacres en Guanajuato se originan en puntos de venta": a
		// kind of act, as in the text (anchored), unless a time, a toll
		// or a town anchors it.
		anchor := false
		for _, t := range c.titleTimes {
			anchor = anchor || !t.historic
		}
		for _, p := range c.titleRefs {
			anchor = anchor || rank(p.place.Kind) <= 2
		}
		if !anchor {
			c.titleType = ""
		}
	}
}

// datelineTown returns the dateline's town for a title's place that is a
// state's name read as its namesake capital ("... en la costa de Colima"
// over "MANZANILLO, Col.-"): the state's name says which state, the
// dateline which town of it. Any other place is returned as it is.
func (e *Extractor) datelineTown(c *reportCtx, p placeRef) placeRef {
	if p.place.Kind != gazetteer.Municipality {
		return p
	}
	ds := selectPlaces(c.dateline)
	if len(ds) == 0 || rank(ds[0].place.Kind) > 2 || ds[0].place.StateCode != p.place.StateCode || ds[0].place.MunicipalityCode == p.place.MunicipalityCode {
		return p
	}
	st, ok := e.geo.state(p.place.StateCode)
	if !ok || fold.String(p.text) != fold.String(st.Name) {
		return p
	}
	d := ds[0]
	d.start, d.end, d.text = p.start, p.end, p.text
	return d
}

// cdmxCode is the state code of Mexico City.
const cdmxCode = "09"

// datelineState returns the state of the dateline's most specific place
// ("SAN FERNANDO, Tamps.-" gives Tamaulipas), else prior: a title names
// its town bare ("...mantienen en vilo a San Fernando"), and the dateline
// under it tells which one of the homonyms it is.
func datelineState(dateline []placeRef, prior string) string {
	if ps := selectPlaces(dateline); len(ps) > 0 && ps[0].place.StateCode != "" {
		return ps[0].place.StateCode
	}
	return prior
}

// titlePlace returns the most specific place of the title.
func (c *reportCtx) titlePlace() (placeRef, bool) {
	ps := selectPlaces(c.titleRefs)
	if len(ps) == 0 {
		return placeRef{}, false
	}
	return ps[0], true
}

// placeLabels start a sentence that states the place of a whole item, as
// alert-platform exports write it (folded).
var placeLabels = []string{"municipio:", "municipality:", "estado:", "state:", "lugar:", "ubicacion:", "location:", "place:"}

// labelPlace returns the most specific place of a place-label sentence
// ("Municipio: Irapuato, Estado: Guanajuato."), if the report has one.
func (c *reportCtx) labelPlace() (placeRef, bool) {
	for _, s := range c.sents {
		head := c.text.Folded[s.fStart:min(s.fEnd, s.fStart+16)]
		for _, l := range placeLabels {
			if strings.HasPrefix(head, l) {
				if ps := selectPlaces(s.places); len(ps) > 0 {
					return ps[0], true
				}
			}
		}
	}
	return placeRef{}, false
}

// dominant returns the report's dominant place: the most mentioned state
// and, within it, a municipality-level place when one clearly dominates.
func (c *reportCtx) dominant() (placeRef, bool) {
	if !c.domDone {
		c.dom, c.domOK = c.computeDominant()
		c.domDone = true
	}
	return c.dom, c.domOK
}

// headlineList reports whether text is a short list of headlines, one a
// line (two to eight lines of at most headlineLen bytes, none ending in a
// full stop): the titles several outlets gave one story, which name its
// town once between them.
func headlineList(text string) bool {
	n := 0
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if n++; n > 8 || len(line) > headlineLen || strings.HasSuffix(line, ".") {
			return false
		}
	}
	return n >= 2
}

func (c *reportCtx) computeDominant() (placeRef, bool) {
	refs := append(append([]placeRef(nil), c.titleRefs...), c.refs...)
	if len(refs) == 0 {
		return placeRef{}, false
	}
	stateN := map[string]int{}
	for _, p := range refs {
		if p.place.StateCode != "" {
			stateN[p.place.StateCode]++
		}
	}
	best, bestN := "", 0
	for _, p := range refs { // text order breaks ties
		if n := stateN[p.place.StateCode]; p.place.StateCode != "" && n > bestN {
			best, bestN = p.place.StateCode, n
		}
	}
	if best == "" {
		return placeRef{}, false
	}
	muniN := map[string]int{}
	total := 0
	for _, p := range refs {
		if p.place.StateCode == best && p.place.MunicipalityCode != "" && rank(p.place.Kind) <= 2 {
			muniN[p.place.MunicipalityCode]++
			total++
		}
	}
	for _, p := range refs {
		if p.place.StateCode != best {
			continue
		}
		if mc := p.place.MunicipalityCode; mc != "" && rank(p.place.Kind) <= 2 && muniN[mc]*2 > total && muniN[mc] >= 2 {
			return p, true
		}
	}
	if total == 1 && (len(c.sents) <= 2 || headlineList(c.r.Text)) {
		// A headline naming one town, in a clause of its own ("Pareja es
		// atacada a balazos; el hombre muere en Uruapan", "fallece en
		// hospital de Culiacán": people are taken to the nearest
		// hospital), or beside its state ("...; en Morelia, Michoacán"):
		// the headline's one event is in that town.
		for _, p := range refs {
			if p.place.StateCode == best && p.place.MunicipalityCode != "" && rank(p.place.Kind) <= 2 {
				return p, true
			}
		}
	}
	for _, p := range refs {
		if p.place.StateCode == best && p.place.Kind == gazetteer.State {
			return p, true
		}
	}
	if total <= 2 && len(c.sents) <= 2 {
		// A headline on a road between two towns ("sobre la carretera
		// Tarimoro-Acámbaro"): the stretch starts at the first.
		for k, p := range c.refs {
			if p.place.StateCode == best && p.place.MunicipalityCode != "" && rank(p.place.Kind) <= 2 && routeStart(c.r.Text, p.start) &&
				k+1 < len(c.refs) && p.end <= c.refs[k+1].start && joinsRoute(c.r.Text[p.end:c.refs[k+1].start], c.r.Text, p.start) {
				return p, true
			}
		}
	}
	for _, p := range refs {
		if p.place.StateCode == best {
			// a state-level reference built from a finer place
			return placeRef{text: "", place: gazetteer.Place{Kind: gazetteer.State, StateCode: best, ID: -1}, score: p.score}, true
		}
	}
	return placeRef{}, false
}

// rank orders place kinds from the most specific (1) to the least.
func rank(k gazetteer.Kind) int {
	switch k {
	case gazetteer.Locality, gazetteer.Airport, gazetteer.Port, gazetteer.Prison, gazetteer.BorderCrossing:
		return 1
	case gazetteer.Municipality:
		return 2
	case gazetteer.MetroArea:
		return 3
	case gazetteer.Highway:
		return 4
	case gazetteer.State:
		return 5
	}
	return 6
}

// stateOf returns the state code of a place, derived from its
// municipalities when the place itself has none (highways, metro areas).
func stateOf(p gazetteer.Place) string {
	if p.StateCode != "" {
		return p.StateCode
	}
	if len(p.MunicipalityCode) >= 2 {
		return p.MunicipalityCode[:2]
	}
	if len(p.Municipalities) > 0 && len(p.Municipalities[0]) >= 2 {
		st := p.Municipalities[0][:2]
		for _, m := range p.Municipalities {
			if !strings.HasPrefix(m, st) {
				return "" // crosses states
			}
		}
		return st
	}
	return ""
}

// within reports whether b lies inside a (so a adds nothing beside b).
func within(b, a gazetteer.Place) bool {
	if a.ID == b.ID {
		return false
	}
	switch a.Kind {
	case gazetteer.Country:
		return true
	case gazetteer.State:
		return b.Kind != gazetteer.State && b.Kind != gazetteer.Country && b.StateCode == a.StateCode
	case gazetteer.MetroArea, gazetteer.Highway:
		if rank(b.Kind) > 2 {
			return false
		}
		for _, m := range a.Municipalities {
			if m == b.MunicipalityCode {
				return true
			}
		}
		return a.Kind == gazetteer.Highway && b.StateCode == stateOf(a)
	case gazetteer.Municipality:
		return rank(b.Kind) == 1 && b.MunicipalityCode == a.MunicipalityCode
	}
	return false
}

// selectPlaces keeps the most specific distinct places of refs, dropping
// those that only contain another one, in text order.
func selectPlaces(refs []placeRef) []placeRef {
	var out []placeRef
	var opens map[int]int // ref index -> start of the containing state named just before it
	for i, a := range refs {
		if a.place.Kind != gazetteer.State || i > 0 && within(refs[i-1].place, a.place) {
			continue // (not "Tonalá, Chiapas": the state of the place before)
		}
		// "in the state of Colima, two men were shot dead in Cuauhtémoc":
		// the first place after the state, when it lies in it, is told
		// from the state's name on.
		if j := i + 1; j < len(refs) && within(refs[j].place, a.place) && refs[j].place.Kind != gazetteer.State {
			if opens == nil {
				opens = map[int]int{}
			}
			opens[j] = a.start
		}
	}
	for i, a := range refs {
		if at, ok := opens[i]; ok {
			a.opens = at
		}
		drop := false
		// A locality in another state than a municipality or state named
		// beside it is a neighbourhood name ("Colinas de Plata, León").
		if a.place.Kind == gazetteer.Locality {
			for j, b := range refs {
				if i != j && (b.place.Kind == gazetteer.Municipality || b.place.Kind == gazetteer.State) && b.place.StateCode != a.place.StateCode {
					drop = true
					break
				}
			}
		}
		for j, b := range refs {
			if i != j && a.place.Kind == gazetteer.Highway && rank(b.place.Kind) <= 2 {
				drop = true // "en Salamanca, sobre la carretera federal 45"
				break
			}
			if i != j && within(b.place, a.place) {
				drop = true
				break
			}
		}
		if drop {
			continue
		}
		dup := false
		for k, o := range out {
			same := o.place.ID == a.place.ID ||
				rank(a.place.Kind) <= 2 && rank(o.place.Kind) <= 2 && a.place.MunicipalityCode != "" && a.place.MunicipalityCode == o.place.MunicipalityCode
			if same {
				if rank(a.place.Kind) < rank(o.place.Kind) {
					out[k] = a
				}
				dup = true
				break
			}
		}
		if !dup {
			if out == nil {
				out = make([]placeRef, 0, len(refs)-i) // one array, not one a growth
			}
			out = append(out, a)
		}
	}
	return out
}

// highwayOf returns the text of a highway mentioned among refs, if any.
func highwayOf(refs []placeRef) string {
	for _, p := range refs {
		if p.place.Kind == gazetteer.Highway {
			return p.text
		}
	}
	return ""
}

// notHere reports whether place reference k of text names somewhere the
// incident is not: a destination ("carretera a Chapala", "the road to
// Aguililla"), a neighbour ("en los límites con Sinaloa"), the far end of
// a route ("Reynosa-Monterrey"), or the
// jurisdiction of an agency ("Fiscalía General del Estado de Chiapas").
func notHere(ft fold.Text, refs []placeRef, k int, actorAt [][2]int) bool {
	text := ft.Source()
	p := refs[k]
	from := p.start - 24
	if from < 0 {
		from = 0
	}
	before := text[from:p.start]
	if awayBefore(before) {
		return true
	}
	if movedTo(ft.Sub(max(0, p.start-80), p.start).Folded) {
		return true
	}
	if k > 0 && refs[k-1].end <= p.start && joinsRoute(text[refs[k-1].end:p.start], text, refs[k-1].start) {
		return true // the far end of a route: "Reynosa-Monterrey", "carretera guadalajara colima"
	}
	if k+1 < len(refs) && p.end <= refs[k+1].start && joinsRoute(text[p.end:refs[k+1].start], text, p.start) && (routeStart(text, p.start) || roadAfter(text, refs[k+1].end) && townBesides(text, refs, k, k+1)) {
		// its start: "la carretera Guadalajara-Colima a la altura de Sayula";
		// "the Guadalajara-Colima toll road" when a town along it is named
		return true
	}
	if p.place.Kind == gazetteer.State && sideName(text, p) {
		return true // "Sinaloa vs CAF shootout": the cartel, a side
	}
	if exitName(text, p) || otherActName(text, p) {
		return true
	}
	return jurisdiction(text, p, actorAt)
}

// awayPhrases name, before a place, somewhere the incident is not (notHere):
// a destination, where people come from, a neighbour across a border.
var awayPhrases = []string{"camino a ", "carretera a ", "autopista a ", "rumbo a ", "salida a ", "con destino a ", "road to ", "highway to ", "way to ", "headed to ", "bound for ",
	// where those attacked were heading: "tropas que se dirigían a Jerez",
	// "si van para Mazatlán", "troops heading to Tepalcatepec"
	"se dirigía a ", "se dirigia a ", "se dirigían a ", "se dirigian a ", "van para ", "iban para ", "iba para ", "heading to ", "heading for ", "headed for ",
	// as a transcript writes it said: "si van pa Uruapan"
	"van pa ", "iban pa ", "iba pa ",
	"trasladados a ", "trasladado a ", "trasladada a ", "trasladadas a ", "helicoptero a ", "helicóptero a ", "hospital de ", "hospital en ", "hospitales de ", "taken to ", "flown to ", "airlifted to ", "hospital in ",
	"hacia ", "en direccion a ", "en dirección a ", "con direccion a ", "con dirección a ", "toward ", "towards ", "originario de ", "originaria de ", "originarios de ", "oriundo de ", "oriunda de ", "vecino de ", "vecina de ", "native of ", "a native of ",
	// where they came from: "eran originarias de Saltillo", "una familia
	// que había salido de Celaya", "procedentes de Reynosa"
	"originarias de ", "oriundos de ", "oriundas de ", "procedente de ", "procedentes de ", "proveniente de ", "provenientes de ", "habia salido de ", "había salido de ", "habian salido de ", "habían salido de ",
	// where people come from, in English ("3 men from Reynosa killed in ... Nuevo León")
	"men from ", "man from ", "women from ", "woman from ", "people from ", "youths from ", "family from ", "residents from ", "students from ",
	// a neighbour across a border: "en los límites con Sinaloa", "en
	// la zona limítrofe con Jalisco", "bordering Guerrero".
	"limites con ", "límites con ", "limite con ", "límite con ", "limitrofe con ", "limítrofe con ", "colindancia con ", "colinda con ", "colindante con ", "border with ", "bordering "}

// awayByWord holds awayPhrases by their last word, in lower case (every
// one is ASCII letters). It is built once and never written afterwards.
var awayByWord = func() map[string][]string {
	by := map[string][]string{}
	for _, m := range awayPhrases {
		w := m[:len(m)-1]
		w = w[strings.LastIndexByte(w, ' ')+1:]
		by[w] = append(by[w], m)
	}
	return by
}()

// awayBefore reports whether before ends with one of awayPhrases, in any
// case, that starts a word. Every phrase ends in a space, and the letters
// before that space, when they are ASCII, can only match the phrases whose
// last word they spell; only a word that runs into a byte that is not
// ASCII (a letter that folds to an ASCII one, as the Kelvin sign does to
// "k") needs every phrase tried.
func awayBefore(before string) bool {
	n := len(before)
	if n == 0 || before[n-1] != ' ' {
		return false
	}
	var buf [12]byte
	k := n - 1
	for k > 0 && n-1-k < len(buf) && asciiLetter(before[k-1]) {
		k--
	}
	phrases := awayPhrases
	switch {
	case k > 0 && before[k-1] >= utf8.RuneSelf:
	case n-1-k == len(buf) && k > 0 && asciiLetter(before[k-1]):
		return false // a word longer than any phrase's last
	default:
		w := buf[:n-1-k]
		for i := range w {
			w[i] = before[k+i] | 0x20
		}
		phrases = awayByWord[string(w)]
	}
	for _, m := range phrases {
		if n := len(before) - len(m); n >= 0 && strings.EqualFold(before[n:], m) && (n == 0 || !isWord(before[n-1])) {
			return true
		}
	}
	return false
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// exitName reports whether p names a road's exit or turn-off, or a
// neighbourhood, in English ("a roadblock at the Salamanca exit of the
// state capital, Morelia", "in the Tierra Blanca neighborhood"): the town
// the road leads to, or a namesake of the quarter, not where the act was,
// as "la salida a Salamanca" and "la colonia Tierra Blanca" are. "The
// Culiacán neighborhood of Tierra Blanca" names the city.
func exitName(text string, p placeRef) bool {
	if p.start < 4 || !strings.EqualFold(text[p.start-4:p.start], "the ") {
		return false
	}
	after := text[p.end:]
	// (the words of a quarter end in "d": "of" after them names it)
	w, ok := wordOpens(after, " exit", " exits", " turnoff", " turn-off", " off-ramp", " neighborhood", " neighbourhood", " district")
	if !ok {
		return false
	}
	rest := after[len(w):]
	return !strings.HasSuffix(w, "d") || !(len(rest) >= 4 && strings.EqualFold(rest[:4], " of "))
}

// wordOpens returns the one of ws, in any case, that s opens with as a
// whole word; ok false if none.
func wordOpens(s string, ws ...string) (string, bool) {
	for _, w := range ws {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) && (len(s) == len(w) || !isWord(s[len(w)])) {
			return w, true
		}
	}
	return "", false
}

// otherActName reports whether p, in English, names another act by its
// town after a word of time or of difference ("Hours after the Manzanillo
// attack, gunmen opened fire ... in the state capital, Colima", "separate
// from the Nueva Italia blockade"): the earlier act's town, not this one's.
// "The Cancún shooting" alone names the act itself.
func otherActName(text string, p placeRef) bool {
	if p.start < 4 || !strings.EqualFold(text[p.start-4:p.start], "the ") {
		return false
	}
	if !hasAnySuffix(strings.ToLower(text[max(0, p.start-20):p.start]), " after the ", " since the ", " following the ", " from the ", " before the ") {
		return false
	}
	_, ok := wordOpens(text[p.end:], " attack", " ambush", " shooting", " blockade", " blockades", " massacre", " clash", " killings", " killing", " bombing", " raid", " roadblock", " roadblocks")
	return ok
}

// jurisdiction reports whether p is a state named as the jurisdiction of
// an actor or a government body right before it ("Policía de Jalisco",
// "la Secretaría de Educación de Guerrero"), not as where an act
// took place.
func jurisdiction(text string, p placeRef, actorAt [][2]int) bool {
	if p.place.Kind != gazetteer.State {
		return false
	}
	for _, a := range actorAt {
		if a[1] > p.start || p.start-a[1] > 16 {
			continue
		}
		gap := text[a[1]:p.start]
		for _, m := range []string{" de ", " del estado de ", " of ", " de la ciudad de ", " en el estado de "} {
			if strings.EqualFold(gap, m) {
				return true
			}
		}
	}
	return agencyOf(text[max(0, p.start-48):p.start]) || agencyNamed(text[max(0, p.start-48):p.start])
}

// agencyNamed reports whether a state's name, after before, names the
// Spanish security body named by the state with no "de" ("el Grupo de
// Coordinación Tamaulipas"): the state is the body's jurisdiction, the
// source of the sentence, not where an act took place. English bodies
// named by the state before their noun ("the Zacatecas state security
// department", "the Sonora Attorney General's Office", "the state
// government") are left as places: wires name them as the only place of
// an act (branch extras28).
func agencyNamed(before string) bool {
	if !strings.HasSuffix(before, "n ") && !strings.HasSuffix(before, "N ") {
		return false // no fold for the many names after other words
	}
	return fold.HasSuffix(before, "grupo de coordinacion ")
}

// sideName reports whether a state's name p stands beside "vs" or
// "versus" (before or after it): a cartel named by its state, one side of
// a fight ("Sinaloa vs CAF", "CJNG vs. Sinaloa"), not a place.
func sideName(text string, p placeRef) bool {
	after := fold.String(text[p.end:min(len(text), p.end+9)])
	before := fold.String(text[max(0, p.start-9):p.start])
	for _, w := range [...]string{" vs ", " vs. ", " versus "} {
		if strings.HasPrefix(after, w) || strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// agencyOf reports whether before, the text right before a state's name,
// ends with a government body it names ("la Secretaría de Educación de",
// "the Security Ministry of"): the state is its jurisdiction, not where
// an act took place.
func agencyOf(before string) bool {
	f := fold.String(before)
	if k := strings.LastIndexAny(f, ".,;:"); k >= 0 {
		f = f[k+1:]
	}
	ws := strings.Fields(f)
	if len(ws) < 3 {
		return false
	}
	switch ws[len(ws)-1] {
	case "de", "del", "of":
	default:
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		switch w {
		case "secretaria", "secretarias", "ministry", "department", "instituto", "institute", "comision", "commission", "congreso", "legislature":
			return true
		}
	}
	return false
}

// movedTo reports whether f, the folded text right before a place, ends
// with a movement to it: a verb of taking, sending or travelling, a few
// words, and "a", "al", "hacia", "to" ("trasladan a los detenidos al
// puerto de", "shipment bound for the port of", "los llevaron a"). The
// place is a destination, not where the incident happened.
func movedTo(before string) bool {
	if !destinationLast(before) || !movementNeedles.in(before) {
		return false // no destination or no verb of movement: no need to split the words
	}
	f := strings.Fields(before)
	// The place's kind and article before its name: "puerto de", "the port of".
	for len(f) > 0 && placeKindWord(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	if len(f) < 2 || !towardWord(f[len(f)-1]) {
		return false
	}
	for i := len(f) - 2; i >= 0 && i >= len(f)-7; i-- {
		w := strings.Trim(f[i], ",;:")
		for _, v := range movementVerbs {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
		if strings.ContainsAny(f[i], ",;:") {
			break
		}
	}
	return false
}

// destinationLast reports whether before may end as movedTo wants it, on
// "a", "al", "hacia", "to", "for" or "into" past the place's kind and
// article ("al puerto de "), reading its words from the end instead of
// splitting all of it (movedTo reads 80 bytes before every place). It
// leaves the answer to movedTo, true, at a word that is not ASCII (it may
// hold a space that strings.Fields splits at).
func destinationLast(before string) bool {
	i := len(before)
	for {
		for i > 0 && asciiSpace(before[i-1]) {
			i--
		}
		j := i
		for j > 0 && !asciiSpace(before[j-1]) {
			j--
		}
		w := before[j:i]
		if w == "" {
			return false
		}
		if !isASCIIText(w) {
			return true
		}
		if !placeKindWord(w) {
			return towardWord(w)
		}
		i = j
	}
}

// placeKindWord reports whether w is a place's kind or an article before
// its name ("puerto de", "the port of", "los parques industriales de"),
// which movedTo reads past.
func placeKindWord(w string) bool {
	switch w {
	case "el", "la", "los", "las", "the", "de", "del", "of", "puerto", "port", "ciudad", "city", "penal", "prison", "estado", "state", "municipio",
		"parque", "parques", "industrial", "industriales", "zona", "park", "parks":
		return true
	}
	return false
}

// towardWord reports whether w is a preposition of a destination ("a",
// "al", "hacia", "to", "for", "into").
func towardWord(w string) bool {
	switch w {
	case "a", "al", "hacia", "to", "for", "into":
		return true
	}
	return false
}

// isASCIIText reports whether every byte of s is ASCII.
func isASCIIText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// movementVerbs are the stems of verbs that take people or goods
// somewhere: the place after them is a destination. Not sending or
// deploying ("envían 250 militares a Culiacán": the operation is there),
// fleeing (where the flight ends, they may be caught) or travelling
// ("viajaban a Tepic cuando los atacaron": the road may be near it).
var movementVerbs = []string{"traslad", "llevad", "llevan", "llevaron", "remitid", "remitier",
	"deportad", "extraditad", "destino", "transferred", "taken", "flown", "shipped", "bound", "deported", "extradited"}

// movementNeedles are movementVerbs, made to be searched for together.
var movementNeedles = newNeedles(movementVerbs...)

// dropBearings removes from a sentence's places a town named only as a
// bearing or a reference ("east of Monterrey", "al sur de Cuernavaca",
// "about 50 km south-east of Monterrey", "a farming town outside
// Torreón", "the state that surrounds Mexico City") of another place the
// sentence names before it, where the act took place: a municipality ("on the bypass
// around Cadereyta Jiménez, east of Monterrey"), a locality of another
// municipality of its state, or another state ("in the state of Morelos,
// south of Mexico City").
func dropBearings(ft fold.Text, ps []placeRef) []placeRef {
	if len(ps) < 2 {
		return ps
	}
	bearing := func(p placeRef) bool {
		if p.start < 0 || p.start > len(ft.Source()) {
			return false
		}
		return bearingBefore(ft.Sub(max(0, p.start-24), p.start).Folded)
	}
	var out []placeRef
	for i, p := range ps {
		if bearing(p) && (rank(p.place.Kind) <= 2 || p.place.StateCode == cdmxCode) {
			other := false
			for j, q := range ps {
				if j == i || q.end > p.start || bearing(q) || roadEnd(ft, q) {
					continue // (a place after it may be another act's: "four in Costa Rica, just south of Culiacán, and three in Navolato")
				}
				if j == i-1 && suburbGap(ft.Source(), q.end, p.start) {
					continue // "the Guadalajara suburb of Zapopan": the suburb is the place (apposed)
				}
				// Told apart by a comma ("Zumpango, the populous State of
				// Mexico municipality north of Mexico City"), not one name
				// ("the Mexico City suburb of Nezahualcóyotl").
				apposed := q.end >= 0 && strings.Contains(ft.Source()[q.end:p.start], ",")
				switch q.place.Kind {
				case gazetteer.Municipality:
					other = other || q.place.MunicipalityCode != p.place.MunicipalityCode && (apposed || p.start-q.end <= 40)
				case gazetteer.Locality:
					// (a locality beside it most often lies in it: "Costa
					// Rica, sindicatura ubicada al sur de Culiacán")
					other = other || apposed && q.place.StateCode == p.place.StateCode && q.place.MunicipalityCode != p.place.MunicipalityCode
				case gazetteer.State:
					other = other || apposed && q.place.StateCode != p.place.StateCode
				}
			}
			if other {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// dropPartOf removes from a sentence's places a name the sentence gives
// as a part of the municipality named right after it ("Tierra Blanca, a
// rural community in Tuxpan municipality", "en Tierra Blanca, comunidad
// rural del municipio de Tuxpan"): a locality of that municipality, not a
// namesake town elsewhere, so the act is drafted once, in the
// municipality.
func dropPartOf(ft fold.Text, ps []placeRef) []placeRef {
	if len(ps) < 2 {
		return ps
	}
	var out []placeRef // made only when a name is dropped
	for i, p := range ps {
		if i+1 < len(ps) && p.end >= 0 && rank(p.place.Kind) <= 2 {
			q := ps[i+1]
			if q.place.Kind == gazetteer.Municipality && q.place.MunicipalityCode != p.place.MunicipalityCode && q.start > p.end && q.start-p.end <= 60 &&
				partOf(ft.Sub(p.end, q.start).Folded) {
				if out == nil {
					out = append(make([]placeRef, 0, len(ps)-1), ps[:i]...)
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

// partOf reports whether folded gap, the words between two places, tells
// the first as a part of the second: a comma, a word for a settlement, and
// "in", "of" or "de" last (", a rural community in ", ", comunidad del
// municipio de ").
func partOf(gap string) bool {
	if !strings.HasPrefix(gap, ", ") || strings.ContainsAny(gap[1:], ",;.:") || strings.Contains(gap, " and ") || strings.Contains(gap, " y ") || strings.Contains(gap, " e ") {
		return false // (", and another in the village of": another act's place)
	}
	if !strings.HasSuffix(gap, " in ") && !strings.HasSuffix(gap, " of ") && !strings.HasSuffix(gap, " de ") && !strings.HasSuffix(gap, " del ") {
		return false
	}
	for _, w := range []string{"community", "village", "hamlet", "ranch", "settlement", "neighborhood", "neighbourhood",
		"comunidad", "localidad", "rancheria", "ranchería", "ejido", "poblado", "congregacion", "sindicatura", "comisaria", "tenencia", "delegacion"} {
		if strings.Contains(gap, w) {
			return true
		}
	}
	return false
}

// bearingMarks end the words before a place named only to locate another:
// a compass bearing, a distance, an edge or a neighbour.
var bearingMarks = []string{"north of ", "south of ", "east of ", "west of ", "northeast of ", "northwest of ", "southeast of ", "southwest of ",
	"north-east of ", "north-west of ", "south-east of ", "south-west of ",
	"al norte de ", "al sur de ", "al oriente de ", "al poniente de ", "al este de ", "al oeste de ", "al noreste de ", "al noroeste de ", "al sureste de ", "al suroeste de ",
	"edge of ", "outskirts of ", "afueras de ", "periferia de ", "suburb of ", "suburbs of ",
	"outside ", "outside of ", "surrounds ", "surrounding ", "km from ", "kilometres from ", "kilometers from ", "miles from "}

// bearingBefore reports whether before, the folded text before a place's
// name, ends with one of bearingMarks.
func bearingBefore(before string) bool {
	if !strings.HasSuffix(before, "of ") && !strings.HasSuffix(before, "de ") && !strings.HasSuffix(before, "e ") && !strings.HasSuffix(before, "s ") && !strings.HasSuffix(before, "m ") && !strings.HasSuffix(before, "g ") {
		return false // every mark ends so ("of ", "de ", "outside ", "surrounds ", "from ", "surrounding ")
	}
	for _, m := range bearingMarks {
		if strings.HasSuffix(before, m) {
			return true
		}
	}
	return false
}

// dropStudio removes the broadcaster's own location ("we're back live here
// in Cuernavaca", "desde aquí en Culiacán") from a sentence's places when
// the sentence names another municipality, where the events are.
func dropStudio(text string, ps []placeRef) []placeRef {
	if len(ps) < 2 {
		return ps
	}
	studio := func(p placeRef) bool {
		from := max(p.start-24, 0)
		before := text[from:p.start]
		for _, m := range []string{"here in ", "live from ", "aqui en ", "aquí en ", "en vivo desde ", "reportando desde ", "reportandonos desde ", "reportándonos desde ", "enlazamos desde ", "estudios en "} {
			if n := len(before) - len(m); n >= 0 && strings.EqualFold(before[n:], m) && (n == 0 || !isWord(before[n-1])) {
				return true
			}
		}
		return false
	}
	other := false
	for _, p := range ps {
		if !studio(p) && p.place.MunicipalityCode != "" {
			other = true
			break
		}
	}
	if !other {
		return ps
	}
	out := ps[:0:0]
	for _, p := range ps {
		if !studio(p) {
			out = append(out, p)
		}
	}
	return out
}

// joinsRoute reports whether gap, the text between two place names,
// joins them as the ends of a route: a hyphen or a dash, with or without
// spaces ("Reynosa-Monterrey", "Guadalajara – Colima"), or a space after a
// road word at start ("carretera guadalajara colima").
func joinsRoute(gap, text string, start int) bool {
	switch strings.TrimSpace(gap) {
	case "-", "\u2013", "\u2014":
		return len(gap) <= len(strings.TrimSpace(gap))+2
	case "":
		return gap == " " && routeStart(text, start)
	}
	return false
}

// townBesides reports whether refs name a municipality or a locality
// other than refs i and j: where along a route an act happened ("the
// Guadalajara-Colima toll road near Santa Cruz de las Flores").
func townBesides(text string, refs []placeRef, i, j int) bool {
	for k, p := range refs {
		if k == i || k == j || p.place.Kind != gazetteer.Municipality && p.place.Kind != gazetteer.Locality {
			continue
		}
		lo, hi := min(p.start, refs[i].start), max(p.start, refs[i].start)
		if between := text[lo:hi]; !strings.Contains(between, ". ") && !strings.Contains(between, "\n") {
			return true // in the same sentence
		}
	}
	return false
}

// roadAfter reports whether a road word follows original offset at, the
// end of a route's far end ("Guadalajara-Colima toll road").
func roadAfter(text string, at int) bool {
	w := text[at:min(len(text), at+16)]
	for _, m := range []string{" toll road", " highway", " road", " freeway", " expressway", " motorway"} {
		if len(w) >= len(m) && strings.EqualFold(w[:len(m)], m) && (len(w) == len(m) || !isWord(w[len(m)])) {
			return true
		}
	}
	return false
}

// routeStart reports whether the place at original offset at follows a
// road word ("carretera Guadalajara-Colima", "autopista México-Querétaro").
func routeStart(text string, at int) bool {
	from := at - 18
	if from < 0 {
		from = 0
	}
	w := text[from:at]
	for _, m := range []string{"carretera ", "autopista ", "carretera federal ", "highway ", "libramiento ", "tramo "} {
		if n := len(w) - len(m); n >= 0 && strings.EqualFold(w[n:], m) {
			return true
		}
	}
	return false
}

// ellipses types the short list items of an official breakdown that
// leave out the verb: after "en Michoacán se detuvo a 7 personas", the
// item "en Guanajuato, a 4" is another arrest of 4 in its own place.
// genericActs types the sentences that tell acts by a counted generic noun
// ("En la autopista se registraron dos hechos: a las 20:05 en Tlajomulco y
// a las 21:10 en Acatlán") with the type of the act the report told last.
func (c *reportCtx) genericActs() {
	var last *sentInfo
	for i := range c.sents {
		si := &c.sents[i]
		if si.typ != "" {
			if si.typ.Violent() && !si.historic && !si.boiler {
				last = si
			}
			continue
		}
		if last == nil || len(si.places) == 0 || si.boiler || si.historic || si.question {
			continue
		}
		f := c.text.Folded[si.fStart:si.fEnd]
		at := -1
		for _, w := range []string{" hechos", " eventos", " incidentes", " sucesos", " incidents"} {
			if k := indexSpaced(f, w); k >= 0 && (at < 0 || k < at) {
				at = k + 1
			}
		}
		if at < 0 {
			continue
		}
		// counted: "dos hechos", "three incidents"
		ws := strings.Fields(f[:at])
		if len(ws) == 0 {
			continue
		}
		if n, ok := toll.Number(ws[len(ws)-1]); !ok || n < 2 {
			continue
		}
		os, _ := c.text.Span(si.fStart+at, si.fStart+at+1)
		si.typ, si.weight, si.cuePos = last.typ, last.weight*0.9, os
	}
}

func (c *reportCtx) ellipses() {
	for i := 1; i < len(c.sents); i++ {
		si, prev := &c.sents[i], &c.sents[i-1]
		if si.typ != "" || len(si.places) == 0 || si.fEnd-si.fStart > 80 || prev.typ == "" || prev.para != si.para || len(prev.figures) == 0 || si.boiler || si.historic {
			continue
		}
		f := c.text.Folded[si.fStart:si.fEnd]
		end := len(f)
		for end > 0 && !isWord(f[end-1]) {
			end--
		}
		start := end
		for start > 0 && isWord(f[start-1]) {
			start--
		}
		n, ok := toll.Number(f[start:end])
		if !ok || n <= 0 {
			continue
		}
		os, oe := c.text.Span(si.fStart+start, si.fStart+end)
		last := prev.figures[len(prev.figures)-1]
		si.typ, si.weight, si.cuePos = prev.typ, prev.weight, os
		si.figures = append(si.figures, figure{kind: last.kind, n: n, start: os, end: oe})
	}
}

// placesOf resolves the places of text under prior, weakly when the
// prior is the report's home state and the source's prior knows it only
// weakly.
func (e *Extractor) placesOf(c *reportCtx, ft fold.Text, prior string) []placeRef {
	firm := !(c.weakHome && prior == c.home)
	if g, ok := e.geo.(foldedGeo); ok {
		return g.placesFolded(ft, prior, firm)
	}
	if !firm {
		return e.geo.placesWeak(ft.Source(), prior)
	}
	return e.geo.places(ft.Source(), prior)
}

// firmHome reports whether the learned home state of source is known
// firmly: true unless the prior implements FirmPrior and says otherwise.
func (e *Extractor) firmHome(source string) bool {
	fp, ok := e.prior.(FirmPrior)
	if !ok {
		return true
	}
	if _, ok := e.prior.HomeState(source); !ok {
		return true // the home its name says
	}
	return fp.FirmHome(source)
}

// HomeState returns the home state the extractor gives source's reports
// (an INEGI code): the one its Prior learned, else the one the outlet's
// name says ("El Diario de Coahuila"), else "".
func (e *Extractor) HomeState(source string) string { return e.homeState(source) }

// homeState returns the home state of source: the learned one when the
// prior knows it, else the one its name says, else "".
func (e *Extractor) homeState(source string) string {
	if e.prior != nil && source != "" {
		if code, ok := e.prior.HomeState(source); ok {
			return code
		}
	}
	return e.outletState(source)
}

// outletState returns the home state of an outlet whose name says it ("El
// Diario de Coahuila", "El Siglo de Torreón", "Red Vecinal GDL",
// "yucatan.com.mx"), or "" when the name names no place or places in more
// than one state.
func (e *Extractor) outletState(source string) string {
	if e.geo == nil || source == "" {
		return ""
	}
	name := source
	if !strings.Contains(name, " ") && strings.Contains(name, ".") {
		// A domain: its labels before the top-level ones, as capitalized words.
		labels := strings.FieldsFunc(strings.TrimPrefix(name, "www."), func(r rune) bool { return r == '.' || r == '-' || r == '_' })
		for i, l := range labels {
			if l != "" {
				labels[i] = strings.ToUpper(l[:1]) + l[1:]
			}
		}
		name = strings.Join(labels, " ")
	}
	ps := e.geo.places(name, "")
	if _, town, ok := strings.Cut(name, " de "); ok && len(ps) == 0 {
		// "El Heraldo de Juárez": the city after "de" is the paper's,
		// even when its name alone may be a surname; a city of known
		// size, not any town or village so named ("Tribuna de San Luis").
		for _, p := range e.geo.places("en "+town, "") {
			if p.place.Kind == gazetteer.Municipality && p.place.Population > 0 {
				ps = append(ps, p)
			}
		}
	}
	state := ""
	for _, p := range ps {
		code := p.place.StateCode
		if code == "" {
			continue
		}
		if state != "" && state != code {
			return ""
		}
		state = code
	}
	return state
}

// mishapCause applies an accident told anywhere in the report ("las
// primeras indagatorias apuntan a un cortocircuito") to the fires and
// blasts of its other sentences when nobody in the report commits a crime
// (no cartel, faction or armed group, title included): "un incendio en
// una bodega" is then no arson. A firm verb of an act ("incendiaron",
// weight 0.75 or more) stays. A body found with no sign of a crime
// (foundDead) is then no homicide either.
func (c *reportCtx) mishapCause() {
	mishap, agentless := c.titleMishap, false
	for i := range c.sents {
		s := &c.sents[i]
		if perpetrated(s.actors) || c.titlePerp {
			return
		}
		mishap = mishap || s.accident && !s.boiler
		agentless = agentless || agentlessFire(c.text.Folded[s.fStart:s.fEnd]) // "incendio en bodega moviliza a bomberos" (realis.go)
	}
	if !mishap && agentless {
		// Firefighters who answered a fire the report tells as set
		// ("Dos unidades fueron incendiadas ... Bomberos atendieron ambos
		// incendios", "arrojaron bombas molotov ... Bomberos sofocaron
		// las llamas") tell no accident (art21).
		mishap = !setFireWords.in(c.text.Folded)
	}
	if !mishap {
		return
	}
	for i := range c.sents {
		// A sentence that tells the mishap itself was read with it; in
		// the others, a fire or a blast is what the cause explains.
		if s := &c.sents[i]; (s.typ == model.Arson || s.typ == model.Explosive) && s.weight < 0.75 && !s.accident {
			s.typ = ""
		}
		if s := &c.sents[i]; !s.accident && len(s.cues) > 0 && (s.typ == model.Homicide && hasAnyPrefix(c.text.Folded[s.cues[0].fStart:s.cues[0].fEnd], "muerto", "muerta") && !hasWords(c.text.Folded[s.fStart:s.fEnd], 4) ||
			s.typ == model.Homicide && deathVerb(c.text.Folded[s.cues[0].fStart:s.cues[0].fEnd]) ||
			s.typ == model.SecurityOperation && rescueCue(c.text.Folded[s.cues[0].fStart:s.cues[0].fEnd]) && !captive(c.text.Folded[s.fStart:s.fEnd])) {
			// "died on Friday at his home ... the cause was heart
			// failure", "rescued three hikers ... treated for
			// hypothermia", "Vuelca camioneta con jornaleros; 4
			// muertos": a death or a rescue with no one who did it.
			s.typ = ""
		}
		if s := &c.sents[i]; !s.accident && woundedOnly(c.text.Folded, s) {
			s.typ = "" // "...; un adulto mayor queda herido" after a crash (ppdact.go)
		}
		if s := &c.sents[i]; s.typ == model.Homicide && !s.accident && foundDead(c.text.Folded[s.fStart:s.fEnd]) {
			// "Encuentran cuerpo sin vida en predio; habría muerto por
			// sobredosis": a body found, its cause told, no sign of a crime.
			s.typ = ""
		}
	}
	if c.titleWeight < 0.75 && (c.titleType == model.Arson || c.titleType == model.Explosive) {
		c.titleType = ""
	}
	if (c.titleType == model.Homicide || c.titleType == model.SecurityOperation) && agentlessTitle(" "+fold.New(c.r.Title).Folded+" ") {
		c.titleType = "" // "Two divers die in cenote near Tulum" over a report of an accident (pretence.go)
	}
}

// sportReport reports whether the report, title included, reads as sport
// reporting: four or more words of sport ("goals", "coach", "estadio",
// "Chivas", a score "4-0") over its sentences, and nobody who commits
// crimes nor any toll among them. Single sentences that read as sport
// drop their cues already; this catches the war metaphors of the other
// sentences ("his side had been shot down by their own mistakes").
func (c *reportCtx) sportReport() bool {
	n := c.titleSport
	if c.titlePerp {
		return false
	}
	for i := range c.sents {
		s := &c.sents[i]
		if perpetrated(s.actors) || len(s.figures) > 0 {
			return false
		}
		n += s.sportWords
	}
	return n >= 4
}

// perpetrated reports whether as names someone who commits crimes: a
// cartel, a faction or an armed group.
func perpetrated(as []model.Actor) bool {
	for _, a := range as {
		switch a.Kind {
		case model.Cartel, model.Faction, model.UnidentifiedArmedGroup:
			return true
		}
	}
	return false
}

// frameHistory marks historic the cue sentences with no time of their own
// that a historic frame governs: a title that puts the report years back
// ("Hace diez años: ..."), or a paragraph whose latest time before them is
// historic ("En enero de 2016 ... Tras un enfrentamiento en el que
// murieron cinco escoltas, ...").
func (c *reportCtx) frameHistory() {
	for i := range c.sents {
		si := &c.sents[i]
		if si.typ == "" || len(si.times) > 0 {
			continue
		}
		historic := c.titleElapsed
		for j := i - 1; j >= 0 && c.sents[j].para == si.para && !historic; j-- {
			if ts := c.sents[j].times; len(ts) > 0 {
				historic = ts[len(ts)-1].historic
				break
			}
		}
		if historic {
			si.historic = true
			si.typ = ""
		}
	}
}

// dropRoutes removes from a sentence's places the towns named only as
// where a road leads or runs ("a la salida a Charo", "near Toluca",
// "interrumpió la circulación entre el puerto y Armería", "the highway
// linking Matamoros and Reynosa") when the sentence names another place
// for the act; a road told by its two ends and nothing else keeps its
// first end. One act on one road is one incident (README). ft is the
// fold of the text the places are spans of.
func dropRoutes(ft fold.Text, ps []placeRef) []placeRef {
	if len(ps) == 1 && roadEnd(ft, ps[0]) && farEnd(ft, ps[0]) {
		return nil
	}
	if len(ps) < 2 {
		return ps
	}
	dest := make([]bool, len(ps))
	end := make([]bool, len(ps))
	act := false  // a place named for the act itself
	town := false // a town named at all
	for i, p := range ps {
		dest[i], end[i] = routeRole(ft, p)
		if i > 0 && !dest[i] && !end[i] && dest[i-1] && listNext(ft.Source(), ps[i-1], p) {
			dest[i] = true // "near Apatzingán and Buenavista": both are where it was near
		}
	}
	var far uint64 // the ends that are no act's place (farEnd), by bit
	for i, p := range ps {
		if roadEnd(ft, p) {
			end[i] = true // "la carretera federal 40 Monterrey–Reynosa"
			if i < 64 && farEnd(ft, p) {
				far |= 1 << i
			}
		}
	}
	near := false // a town the act was near ("near Sabinas Hidalgo", "cerca de Ciénega de Flores")
	for i, p := range ps {
		act = act || !dest[i] && !end[i] && rank(p.place.Kind) <= 2
		town = town || rank(p.place.Kind) <= 2
		if dest[i] && !end[i] && rank(p.place.Kind) <= 2 {
			before := ft.Sub(max(0, p.start-12), p.start).Folded
			near = near || strings.HasSuffix(before, " near ") || strings.HasSuffix(before, " cerca de ") || nearTownOf(ft, p)
		}
	}
	var out []placeRef
	kept := false
	for i, p := range ps {
		switch {
		case act && p.place.Kind == gazetteer.State && stateLine(ft, p):
			continue // "Teocaltiche, a town in northern Jalisco near the Zacatecas state line"
		case end[i] && town && p.place.Kind == gazetteer.State:
			continue // "the main freight corridor between Querétaro and San Luis Potosí, ... near Villa de Reyes"
		case far&(1<<i) != 0:
			continue // "on the Mexico City–Acapulco federal highway", "el poliducto Tuxpan–Azcapotzalco"
		case rank(p.place.Kind) > 2:
		case dest[i] && act, end[i] && act:
			continue
		case end[i] && near:
			continue // "blocked the highway between Monterrey and Nuevo Laredo ... near Sabinas Hidalgo": where it runs
		case end[i] && kept:
			continue // "linking Matamoros and Reynosa": the first end
		case end[i]:
			kept = true
			p.routeEnd = true
		case dest[i]:
			p.routeEnd = true
		}
		out = append(out, p)
	}
	return out
}

// farEnd reports whether p, an end of a road (roadEnd), is no act's
// place: Mexico City ("the Mexico City–Acapulco federal highway", "la
// autopista México-Puebla": the road leaves the capital), or either end of
// a pipeline ("el poliducto Tuxpan–Azcapotzalco", "the
// Tuxpan–Azcapotzalco line": hundreds of kilometres long).
func farEnd(ft fold.Text, p placeRef) bool {
	if p.start < 0 || p.end > len(ft.Source()) {
		return false
	}
	if p.place.StateCode == cdmxCode && p.place.Kind == gazetteer.State {
		return true
	}
	if pipeWords.in(ft.Sub(max(0, p.start-40), p.start).Folded) {
		return true
	}
	after := ft.Sub(p.end, min(len(ft.Source()), p.end+40)).Folded
	if k := strings.IndexAny(after, ",;.:("); k >= 0 {
		after = after[:k]
	}
	return strings.Contains(after, " line") || strings.Contains(after, " pipeline")
}

// pipeWords name a pipeline (farEnd).
var pipeWords = newNeedles("poliducto", "gasoducto", "oleoducto", "pipeline")

// routeRole reports whether place p is named as where a road leads
// (dest: "la salida a Uruapan", "near Sabinas Hidalgo") or as one of the
// ends it links (end: "entre Reynosa y Monterrey", "the highway linking
// Matamoros and Reynosa"), not as where an act was.
func routeRole(ft fold.Text, p placeRef) (dest, end bool) {
	// The fold of the 40 bytes before the place, less a rune cut at
	// their start (which no test below reads).
	before := ft.Sub(max(0, p.start-40), p.start).Folded
	if leadsTo(before, p) {
		return true, false // roadlink.go
	}
	if linkedEnd(ft, p) {
		return false, true
	}
	for _, m := range []string{"exit to ", "road to ", "libramiento a ", "highway to ", "route to ", "near ", "salida a ", "salida hacia ", "camino a ", "ruta a ", "carretera a ", "rumbo a ", "con direccion a ", "cerca de "} {
		if strings.HasSuffix(before, m) && (len(before) == len(m) || !isWord(before[len(before)-len(m)-1])) {
			return true, false
		}
	}
	for _, m := range []string{" city of ", " town of ", " port of ", " village of "} {
		// "near the border city of Piedras Negras"
		if !strings.HasSuffix(before, m) {
			continue
		}
		if k := strings.LastIndex(before, "near the "); k >= 0 && !strings.ContainsAny(before[k:], ",;.") {
			return true, false
		}
	}
	for _, m := range []string{"entre ", "between ", "linking ", "connecting ", "que une a ", "que conecta a ", "que une ", "que conecta "} {
		if strings.HasSuffix(before, m) {
			return false, true
		}
		if !strings.HasSuffix(before, " y ") && !strings.HasSuffix(before, " and ") && !strings.HasSuffix(before, " con ") {
			continue
		}
		if k := strings.LastIndex(before, m); k >= 0 && !strings.ContainsAny(before[k:], ",;.") {
			return false, true
		}
	}
	return false, false
}

// stateLine reports whether state p is named as a border a town lies
// near ("near the Zacatecas state line", "en los límites con Zacatecas",
// "cerca de la frontera con Durango"), not as where an act was.
func stateLine(ft fold.Text, p placeRef) bool {
	before := ft.Sub(max(0, p.start-30), p.start).Folded
	for _, m := range []string{"near the ", "limites con ", "limite con ", "frontera con ", "colindancia con ", "linea con ", "border with ", "line with "} {
		if strings.HasSuffix(before, m) {
			return true
		}
	}
	after := ft.Sub(p.end, min(len(ft.Source()), p.end+12)).Folded
	return strings.HasPrefix(after, " state line") || strings.HasPrefix(after, " border") || strings.HasPrefix(after, " line")
}

// roadEnd reports whether place p is one of two ends joined by a dash
// that name a road after a word for one ("la carretera federal 70
// Valles–Tampico", "la autopista Morelia-Lázaro Cárdenas", "Federal
// Highway 2 Altar–Santa Ana"): where the road runs, not where the act was.
func roadEnd(ft fold.Text, p placeRef) bool {
	src := ft.Source()
	dashes := []string{"–", "—", "-"}
	window := 40
	after := src[p.end:]
	first := false
	for _, d := range dashes {
		if strings.HasPrefix(after, d) && len(after) > len(d) && isLetter(after[len(d)]) {
			first = true
		}
	}
	if !first {
		// the second end: a word and a dash right before it
		b := strings.TrimSuffix(src[:p.start], " ")
		second := false
		for _, d := range dashes {
			if k := len(b) - len(d); strings.HasSuffix(b, d) && k > 0 && isLetter(b[k-1]) {
				second = true
			}
		}
		if !second {
			return false
		}
		window = 70 // the first end stands between the road's word and the dash
	}
	before := ft.Sub(max(0, p.start-window), p.start).Folded
	return roadWords.in(before) || roadFollows(ft, p.end)
}

// roadWords name a road (roadEnd).
var roadWords = newNeedles("carretera", "autopista", "highway", "tramo", "libramiento", "ruta ", "route", "road", "freeway", "poliducto", "gasoducto", "oleoducto", "pipeline")

// roadFollows reports whether the words after offset end of ft's source,
// the rest of a route's ends, name a road before a comma or a stop, as
// English puts it ("the Mexico City–Acapulco federal highway", "the
// Monterrey-Nuevo Laredo toll road", "the Tuxpan–Azcapotzalco line");
// roadAfter reads only the words right after a far end.
func roadFollows(ft fold.Text, end int) bool {
	after := ft.Sub(end, min(len(ft.Source()), end+40)).Folded
	if k := strings.IndexAny(after, ",;.:("); k >= 0 {
		after = after[:k]
	}
	for _, w := range []string{" highway", " freeway", " toll road", " road", " pipeline", " line", " bypass"} {
		if k := strings.Index(after, w); k > 0 && (k+len(w) == len(after) || !isWord(after[k+len(w)])) {
			return true
		}
	}
	return false
}

// peopleShot reports whether folded sentence f names the people of a venue
// as those shot at ("dispararon contra los clientes", "opened fire on
// guests"): the people, not the premises, are the target.
func peopleShot(f string) bool {
	for _, w := range []string{"clientes", "comensales", "asistentes", "banistas", "parroquianos", "guests", "customers", "patrons", "diners", "bathers", "partygoers"} {
		if k := strings.Index(f, w); k > 0 && !isWord(f[k-1]) {
			return true
		}
	}
	return false
}

// guestsTargeted reports whether folded sentence f names a venue's guests
// as the target of the shots ("disparos contra clientes de una taquería",
// "opened fire on diners"): at an eatery, guests named otherwise ("los
// clientes huyeron") may be only there, and its business the target.
func guestsTargeted(f string) bool {
	for _, p := range []string{"contra", "a", "on", "at"} {
		for _, w := range []string{"clientes", "comensales", "los clientes", "los comensales", "customers", "diners", "the customers", "the diners"} {
			if k := strings.Index(f, p+" "+w); k > 0 && !isWord(f[k-1]) {
				return true
			}
		}
	}
	return false
}

// groupAttack reports whether a killing told by folded sentence f is an
// armed group's attack on people rather than a homicide (gold labelling
// rules: gunmen shooting people inside a bar, workers at a car wash, a
// gathering in a home or a police patrol is an armed attack; people shot
// dead with no such scene stay a homicide): gunmen or an armed attack are
// named, and the
// victims (not a single one counted) were in a venue, a gathering or a
// patrol, or some were killed and others wounded.
func groupAttack(f string, si *sentInfo) bool {
	group := containsAny(f, "ataque armado", "armed attack", "agresion armada")
	for _, a := range si.actors {
		group = group || a.Kind == model.UnidentifiedArmedGroup && a.Role != model.Target
	}
	return group && attackScene(f, si.figures)
}

// attackScene reports whether a killing by an armed group told by folded
// f with figures figs is an attack on people (groupAttack): some were
// killed and others wounded, or the victims (not a single one counted)
// were in a venue, a gathering or a patrol.
func attackScene(f string, figs []figure) bool {
	var killed, injured bool
	hit := 0
	for _, fg := range figs {
		if fg.kind == "killed" || fg.kind == "injured" {
			hit += max(fg.n, 0)
		}
		killed = killed || fg.kind == "killed" && fg.n > 0
		injured = injured || fg.kind == "injured" && fg.n > 0
	}
	if killed && injured {
		return true
	}
	if hit == 1 {
		return false // "asesinan a un hombre afuera de un bar": one man killed
	}
	for _, w := range sceneWords {
		if wordIn(f, w) {
			return true
		}
	}
	return false
}

// sceneWords are the folded places and gatherings whose people an armed
// group attacks (attackScene, placeAttack).
var sceneWords = []string{"bar", "bares", "cantina", "antro", "palenque", "autolavado", "car wash", "lavado de autos", "centro de rehabilitacion", "rehab", "rehabilitation center", "rehabilitation centre", "anexo", "reunion", "gathering", "patrulla", "patrol", "convoy",
	"velorio", "velatorio", "funeral", "fiesta", "festejo", "posada", "boda", "bautizo", "quinceanera", "street party", "birthday party", "wedding",
	"taqueria", "puesto de tacos", "taco stand", "family party", "house party", "billar", "nightclub", "discoteca", "centro nocturno",
	"establecimiento", "restaurante", "restaurant",
	// a group of people gathered, shot at together (recall30): "dispararon
	// contra un grupo de vecinos afuera de una casa y mataron a tres"
	"grupo de personas", "grupo de vecinos", "grupo de jovenes", "grupo de amigos", "group of people", "group of neighbors", "group of friends", "group of young", "convivia", "convivian"}

// durativePhrases tell acts going on for weeks or months (durative).
var durativePhrases = []string{"for more than a week", "for over a week", "for weeks", "for months", "for several weeks", "for several months",
	"desde hace mas de una semana", "desde hace semanas", "desde hace varias semanas", "desde hace meses", "desde hace varios meses",
	"durante semanas", "durante meses", "durante varias semanas", "durante varios meses", "por semanas", "por meses"}

// durative reports whether folded sentence f tells its acts as going on
// for weeks or months ("for more than a week", "desde hace semanas",
// "durante meses"): the background of the report, not an act of its own
// (gold labelling rules: general background is no incident).
func durative(f string) bool {
	for _, w := range durativePhrases {
		if wordIn(f, w) {
			return true
		}
	}
	return false
}

// dayTold reports whether one of ts dates an act to a day or an hour,
// rather than being the span of weeks or months durative reads ("desde
// hace semanas").
func dayTold(text string, ts []timeExpr) bool {
	for _, t := range ts {
		if !longUnits.in(fold.String(text[t.start:t.end])) {
			return true
		}
	}
	return false
}

// longUnits are units of time longer than a day (dayTold).
var longUnits = newNeedles("semana", "mes", "week", "month")
