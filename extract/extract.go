// Package extract turns one report into the incidents it mentions: it cuts
// the text into sentences, finds incident cues, actors, places, times and
// tolls in them, drops what is not an incident (negations, hypotheticals,
// history, questions, opinion, boilerplate, roadworks, accidents) and emits
// one model.Incident per incident with the sentences that support it as
// evidence.
//
// Rules documented here because downstream users rely on them:
//
//   - Type: one per sentence and place, by priority: explosive (a seizure
//     of explosives is a security operation), armed clash, blockade
//     (vehicles burnt on a highway, or put across a street: "atravesaron
//     un autobús"; a bus burnt in an avenue is arson), business attack
//     (arson or attack with a shop, bank or petrol station as target; people
//     shot in a bar or club are an armed attack), then an arrest mentioned
//     before the crime, armed attack, homicide, kidnapping, arson, security
//     operation, intimidation, disruption, advisory, policy. Forces killing
//     ("soldiers killed the leader") are a security operation. A cue after
//     "tras el", "por los", "after the" names another act and decides only
//     when nothing else does ("tras el enfrentamiento detuvieron a
//     cuatro" is an arrest, as is "al terminar el intercambio de disparos,
//     detuvieron a dos"); but the dead told with a clash after "tras",
//     "after", "después de" are its toll, and the clash is the act ("tres
//     murieron y dos fueron detenidos tras un enfrentamiento", "three died
//     after a clash"). A cue inside a longer one does not count
//     ("suspended operations"). A shooting noun ("balacera", "tiroteo")
//     is a clash only with its sides told ("balacera entre policías y
//     pistoleros", a force and a criminal group named); alone it is an
//     armed attack. The weapon or the wounds of a killing ("asesinan a
//     balazos", "cuerpo con heridas de bala") do not make it an attack.
//     An arrest or rescue told before the crime decides ("detienen a
//     cinco que participaron en una balacera"), and the crime an arrest is
//     for ("detenido por homicidio", "acusado de", "responsable del") is
//     a reference, as is one joined to it by "y". A device found or held
//     ("hallan una granada") is a security operation; a weapon held ("con
//     posesión de un arma de fuego") is no attack; "abatido" with no
//     force named is a killing. A person shot in a business ("matan a un
//     hombre en una tienda") is the target, not the business, unless its
//     staff were hit. A hold-up ("asaltan", "atraco", "a punta de
//     pistola") is an armed attack, or a business attack with a business
//     as target; it gives way to a killing, kidnapping or arrest told
//     beside it ("matan a dos en un asalto", "asalta tienda y es
//     detenido"); plain theft ("roban camioneta") is no incident.
//     Perpetrator nouns ("secuestrador", "asesino") are
//     no acts. A finding, destroying or carrying verb with drugs, arms,
//     armed men or migrants after it in its clause ("GN localiza 200 kilos
//     de aparente marihuana", "portaba un arma de fuego") is a security
//     operation, as is a verb whose subject, a force, follows it before
//     its object ("Interviene SSP a cuatro"). A search for a missing
//     person, or one found alive, tells a disappearance. A violent day, night or weekend ("Jornada
//     violenta en Celaya", "Bloody Friday") is an armed attack, dated by
//     its weekday. A short label before a colon ("Homicidio en Irapuato:
//     detienen a dos") names a topic: it decides only when the rest tells
//     no act. In a headline, the crime an arrest is for ("Andaba prófugo
//     por asesinato; ya fue detenido") is no incident of its own, and a
//     year after an arrest ("capturan al homicida de un hombre asesinado
//     en 2019") dates the crime, not the arrest. A court noun after "del"
//     ("asesinos del juez") names a victim, not a hearing. Sport ("el portero bloqueó tres disparos")
//     and advertising ("ofertas explosivas") are not incidents. When a
//     sentence names several places, each takes the cues told with it:
//     those between it and the place before, or after it when the place
//     opens its clause ("y en Uruapan atacaron a policías"); a place with
//     no cue of its own shares the type of the one before.
//   - Places: a sentence naming several places of the same rank yields one
//     incident per place ("bloqueos en Zapopan, Tlaquepaque y Tonalá" gives
//     three), each with the same evidence; a place containing another named
//     beside it (the state after a municipality) is dropped; a highway keeps
//     its name in Location.Place at state precision; street and
//     neighbourhood names ("colonia Jalisco") and datelines ("Guadalajara,
//     Jal.-") are not incident places, nor are a destination ("camino a
//     Aguililla"), the ends of a route ("carretera Reynosa-Monterrey") or
//     an agency's state ("Fiscalía General del Estado de Chiapas"). A
//     disruption at a city's airport is placed at the airport (Guadalajara's
//     is in Tlajomulco de Zúñiga). A sentence with no place inherits the
//     place of its paragraph, the title, the item's place label
//     ("Municipio: Irapuato, Estado: Guanajuato.", as alert exports write
//     it), the incident told just before, the dateline or the report's
//     dominant place, with lower confidence. A geolocated feed item
//     (Report.Lat/Lon) is trusted: its reverse-geocoded state and
//     municipality at point precision (Location.Basis "feed"; places the
//     text names have Basis "text").
//   - Outlet prior: the home state of the report's source — learned from
//     the states its reports name (Deps.Prior, a SourcePrior: at least five
//     reports naming a state, one state with 60% of them, or ten and
//     three times any other state), else the one
//     its name says ("El Diario de Coahuila") — tells homonyms apart
//     ("Cuauhtémoc" from a Chihuahua outlet; a state's name means its
//     namesake town of the home state, "en Guerrero" from a Chihuahua
//     outlet, only when the home is firm: FirmPrior, twenty reports and
//     60% of them) and places, at state
//     precision with Basis "outlet_prior", an incident whose report names
//     no known place. The source's home town, where known, places such an
//     incident at municipality precision (still Basis "outlet_prior"): the
//     learned one (one municipality with 40% of the reports naming one
//     and half as many again as any other), else the town the outlet's
//     name ends with ("El Diario de Juárez"), else the home state's
//     capital; such a report most often names a neighbourhood, street or
//     building of the town ("en la colonia Popular"). An incident whose
//     text names only the home state itself ("Seguridad en Jalisco: ...")
//     takes the home town the same way. "En la capital" places it in the
//     home state's capital. A tally never takes the prior. A report with
//     no home and no feed point whose dateline names a town outside
//     Mexico City ("GÓMEZ PALACIO, Dgo. (ACN).-") tells homonyms apart
//     by the dateline's state, as an outlet's home does (a village of
//     other states gives way to it); an act only the title tells takes
//     the dateline's town when the title names no place.
//   - Judge: with Deps.Judge (atalaya gives it the embedded relevance
//     model), the violent incidents of a report are dropped when the
//     judge finds the report unlikely to tell of one and they are
//     Doubtful: no toll, no criminal perpetrator, no kidnapping by the
//     police, all in one place, no tally with a toll, no alert feed, and
//     the report more than a headline of fewer than 15 words (judge.go).
//   - Headline: with Deps.Headline (atalaya gives it the embedded
//     relevance.Headline, with no veto: docs/accuracy.md "headmodel",
//     "headmodel2"), a report that is a headline alone loses the violent
//     incidents the rules read on weak evidence when the reader finds an
//     incident unlikely, and where the rules read none gains the one it
//     finds likely, at the first place in Mexico the headline names, with
//     confidence 0.2 at most; only where the rules saw a candidate act
//     and let it go (a sentence typed and not anchored, an act word not
//     set aside as another sense, armed men named), never in a tally,
//     denial, negation, hypothetical, question, accident or past-year
//     history the rules recognise (headmodel.go).
//   - A sentence only starts an incident when it is concrete: a firm cue
//     with a place of its own, or a time or a toll, or a firm cue in the
//     first sentences of a news item. Background and analysis prose that
//     uses the same words is dropped.
//   - Consecutive sentences of the same type, or a following sentence with
//     a toll and no new place, merge into one incident with several
//     evidence spans; sentences of the same type and place anywhere in the
//     report merge too. A sentence with no place of its own that follows
//     an incident within two sentences and adds detail ("en el lugar se
//     aseguraron dos camionetas", "one guardsman was wounded", the hour of
//     the attack) joins it whatever its type, unless it is an arrest, a
//     disruption, an advisory, a kidnapping, shooting after a blockade or
//     dated another day: those are acts of their own, as is a sentence
//     that counts a second site or act in any clause before its cue ("se
//     reportó un segundo punto, ..., donde ardía una pipa").
//   - Breakdowns: an official total with no place ("fueron detenidas 25
//     personas") followed by parts per place ("en Jalisco se detuvo a 14
//     personas; en Michoacán, a 7") gives one incident per part; a verbless
//     list item ("en Guanajuato, a 4") repeats the previous item's act.
//   - Advisories: under an advisory title, the situation it describes
//     ("reports of blockades throughout Jalisco") is context, not an
//     incident.
//   - Actors: an agency that only reports ("confirmó la Fiscalía", "state
//     prosecutors said") is no actor, except of an arrest or raid; a
//     generic force ("Policía", "Fuerzas federales") beside a specific one
//     is dropped.
//   - Tally: "252 bloqueos en 20 estados" (a number or quantity right
//     before the cue, or units such as states: "en 20 estados", "in nine
//     states", "en seis municipios"; three municipalities or fewer are
//     usually told one by one) yields one incident with Tally set, at
//     state or country precision, with severity 4, never one per unit. So
//     does a count of victims (ten or more) for one state in aggregate
//     wording ("34 asesinados durante el fin de semana en Guanajuato, según
//     el conteo", with or without its parts per municipality). A count
//     whose places all lie in one town ("Violence goes on in Culiacán; 12
//     murdered over the weekend") is a tally at that town's precision; one
//     whose clause names no place takes the report's one state. A count
//     of acts over a period in its clause ("van 74 asesinatos en
//     septiembre en Tijuana", "nine homicides in less than 24 hours",
//     "mataron a 8 durante el fin de semana", "en lo que va del año") is a
//     tally even in one town; with no place, a local outlet's home state.
//     A rate ("seis homicidios diarios", "cada 60 horas"), a trend
//     ("bajan homicidios", "fewer homicides") and the missing of a place
//     counted by twenty or more ("hay 341 desaparecidos") are statistics,
//     no incident at all. A tally carries the people it counts, also from its cue nouns ("70
//     detenidos", "14 asesinatos"), not the number of acts; sentences of
//     the same type right after it ("Most blockades were cleared") join
//     it. An overview of acts in a few municipalities ("en tres municipios
//     del norte de Tamaulipas") gives way to the incidents that tell them
//     one by one, which take its type (vehicles burnt in them are its
//     blockades).
//   - Denials: a sentence that denies an act ("autoridades desmienten la
//     quema de vehículos en Apatzingán", "reports of a blockade in Uruapan
//     were false", "a hoax") or, in a report that speaks of rumours or
//     posts on messaging apps, negates one ("no hay bloqueos, todo en
//     calma") yields a record with Denial set, the denied type and place
//     (the title's or the dateline's when the sentence names only the
//     state), severity 1 and the time the claim gave. It is no incident.
//     Consecutive denial sentences make one record; a title that denies an
//     act governs the text's account of it; a denial about an act the
//     report tells ("negó que el ataque estuviera ligado al cártel") is a
//     detail of it and yields nothing. A plain negation with no claim
//     behind it ("no se reportaron bloqueos") yields nothing.
//   - Time: an incident takes the nearest non-historic time expression in
//     its sentences, else the latest one earlier in its paragraph, else the
//     latest one earlier in the report (the lead's time frames what
//     follows), else one in the title. Failing all, an alert item is dated
//     at its publication minute and a live transcript ("continúan los
//     bloqueos", "se escuchan detonaciones") at its publication day
//     (America/Mexico_City); news, official statements and other
//     transcripts have no time (a present-tense headline may report an
//     old event). A part of the day that names no day ("en la
//     madrugada") takes the day told before it in the report or the
//     title, at its hour, and only failing those the publication day. In a
//     headline-length text (240 bytes or less) a time in any clause or
//     line dates the incident ("Matan a dos; suman cinco en este sábado").
//     Relative days in the text count from the day of a dateline that
//     gives one, up to a week before publication ("CULIACÁN, Sin., 3 de
//     agosto.- ... ayer" is 2 August whenever the article went online).
//   - Slugs: a text given as a URL slug ("ejecutan-a-dos-en-la-colonia-centro") is
//     read with its hyphens and slashes as spaces; evidence still quotes
//     the text as given.
//   - Counts: per kind the largest figure found in the incident's
//     sentences (package toll reads headline forms: "ejecutan a
//     comerciante" is one, "hallan cadáver" one, "lo asesinan" one); a
//     figure in a sentence naming several places goes to the nearest
//     place; unknown stays nil.
//   - Severity: 4 = ten or more killed, twenty or more killed and injured,
//     or a tally (wave-scale); 3 = any death, a homicide, an explosive or an
//     armed clash; 2 = injuries, kidnapped people, arson, blockade, business
//     attack, armed attack or kidnapping; 1 = everything else
//     (intimidation, security operation, disruption, advisory, policy)
//     without casualties.
//   - Confidence starts from the strength of the cue (0.5–0.85), gains 0.1
//     when the place is named in the incident's own sentence (or comes from
//     a geolocated feed) and 0.05 for a time in it or several supporting
//     sentences, loses 0.05–0.25 when the place is inherited or missing,
//     0.1 for a fuzzy place match, 0.1 for a transcript, 0.1 for a
//     title-only incident; official statements and alert items gain 0.05.
//   - Title: the title is context only (no evidence points into it); when
//     the text yields nothing, an incident the title reports is emitted
//     only with a supporting sentence of the text as evidence: one of
//     the same type, or one naming the title's place or a toll, that is
//     not boilerplate, history, a question or a suppressed use of the
//     words (negation, hypothesis, sport, advertising). Otherwise nothing
//     is emitted.
//   - Genre: a sentence's cues are dropped when it reads as sport,
//     entertainment (films, series, books, concerts), weather, statistics
//     (percentages, rates, "la mitad de los asesinatos", comparisons
//     "menos homicidios que hace un año"), a court hearing or an
//     anniversary, a peaceful protest (blockades only; the killings and
//     disappearances a march names after its protest word are its
//     grievances), an accident, a natural death or disaster, an animal or
//     a cyberattack, an announcement (future tense "desplegará", "is
//     expected to"), or when the cue is dated to an earlier year ("el
//     ataque ocurrido en mayo de 2021"). A whole report yields no violent
//     incident when its title marks opinion, a review or an explainer,
//     when it is mostly sport, entertainment, weather or statistics, when
//     it has three or more advertising words, when it talks policy
//     (diplomacy, legislation, the economy: half a word a sentence) or
//     speaks in the first person and asks questions (not transcripts)
//     without any concrete act: a cue sentence with a date and a place, or
//     a toll, or when four or more words of sport run through it with no
//     armed group and no toll ("his side had been shot down"). An
//     accident cause told in any sentence ("apuntan a un cortocircuito")
//     makes the report's fires and blasts no crime when nobody in it
//     commits one. A kind of act as a cause ("due to crime and
//     kidnapping", "por temor a enfrentamientos"), "enfrentar" with an
//     abstract object ("enfrentan cargos"), extortion as a practice of
//     groups, figurative attacks (debates, a heart attack, chess) and the
//     dead of the Day of the Dead are no acts; sport words do not hide an
//     act with an armed group named. Under a title that tells of an accident or a natural death,
//     a death or a wound needs a perpetrator (a cartel, an armed group) to
//     be a crime; under an advisory's title, outside alert feeds, the
//     risk it describes with no time, toll or municipality is context.
//   - Discourse: an existential negation ("no se reportaron robos ni
//     riñas", "sin que se registraran bloqueos", "there were no reports
//     of shootings") covers its clause, up to a semicolon or an
//     adversative; an act it follows ("tras el ataque") stays outside.
//     Hypotheses, subjunctives ("hace que haya más enfrentamientos"),
//     characterizations ("known for its attacks", to the end of the
//     sentence), definitions and simulations are not acts. History: a
//     phrase that puts what follows years back ("hace diez años", "a once
//     años de la desaparición", "in the past", "aquella noche",
//     "acuérdate") drops the cues after it, and the whole sentence when it
//     has no time of now; a title that does so, or a paragraph whose
//     latest time is historic, makes historic the cue sentences with no
//     time of their own. Topics are not acts: a charge ("por el delito de
//     secuestro", "accused of murder"), a problem or policy aim ("la
//     crisis de desaparición", "the fight against kidnapping"), examples
//     of a kind ("violent crime, such as homicide, kidnapping and
//     robbery"). Generic reference (a definite or bare plural, "los
//     enfrentamientos en Michoacán", "reported on clashes", "ha habido
//     balaceras", with no finite verb among the cues) and three or more
//     kinds of crime in a comma list anchor no incident without a time, a
//     toll or a place finer than a state; nor does, after the lead, a
//     sentence whose only cues name an act it refers to ("since the
//     clashes began", "los responsables de los ataques").
//   - Reference: a cue noun after a definite article ("atribuyeron el
//     ataque a") without a place of its own joins the incident just told;
//     an opening cause clause ("Ante la circulación de mensajes
//     intimidatorios, se suspenden las clases") does not decide the type;
//     a business in front of which the act happened is a landmark, not a
//     target.
package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/trie"
)

// foldedGeo is a geo that also reads a text already folded: places (firm)
// or placesWeak (not firm) of ft.Source().
type foldedGeo interface {
	placesFolded(ft fold.Text, prior string, firm bool) []placeRef
}

// geo is the part of the gazetteer the extractor uses.
type geo interface {
	// places finds and resolves the place names of text (original offsets).
	places(text, prior string) []placeRef
	// placesWeak is places for a prior known only weakly (see
	// gazetteer.ResolveWeak).
	placesWeak(text, prior string) []placeRef
	reverse(lat, lon float64) (state, municipality gazetteer.Place, ok bool)
	state(code string) (gazetteer.Place, bool)
	municipality(code string) (gazetteer.Place, bool)
	// capital returns the municipality of a state's capital.
	capital(state string) (gazetteer.Place, bool)
}

// timeExpr is a time expression found in a text (original offsets).
type timeExpr struct {
	start, end int
	t          time.Time
	prec       model.TimePrecision
	historic   bool
	upcoming   bool // a date ahead of publication: only for closures and advisories
	bare       bool // a part of the day placed on the publication day: any day told elsewhere wins
	// clock is the zone whose wall clock a clock time was read on
	// (when.Expr.Clock): the act's place reads the hour on its own
	// (onPlace). Nil for other expressions.
	clock *time.Location
	reads timeReads // setTime's readings of the words around it (read)
}

// timeRead is one of the readings setTime makes of the words around a
// time expression: one bit each.
type timeRead uint16

const (
	readMissing     timeRead = 1 << iota // missingSince
	readOtherDay                         // otherEventDay, for an act that is no arrest or rescue
	readOtherDayOp                       // otherEventDay, for an arrest or rescue (model.SecurityOperation)
	readPeriodEnd                        // periodEnd
	readPeriodStart                      // periodStart
	readTaken                            // takenOn
	readTollRose                         // tollRoseOn
	readCause                            // causeDay
	readStated                           // statedDay
	readSaid                             // saidOn
)

// timeReads holds the readings made of a time expression (asked) and
// their answers (held). Every draft whose sentences hold the time asks
// setTime's questions of it again, and the answers depend only on the
// report's text and the time's offsets.
type timeReads struct{ asked, held timeRead }

// read returns the answer of reading r of t, calling f for it only the
// first time it is asked.
func (t *timeExpr) read(r timeRead, f func() bool) bool {
	if t.reads.asked&r == 0 {
		t.reads.asked |= r
		if f() {
			t.reads.held |= r
		}
	}
	return t.reads.held&r != 0
}

// figure is a human toll found in a text (original offsets).
type figure struct {
	kind    string // killed, injured, detained, kidnapped
	n       int
	atLeast bool
	// tentative: a zero only not reported so far ("no se reportaron
	// heridos"); it gives no count.
	tentative  bool
	start, end int
}

// Extractor is safe for concurrent use.
type Extractor struct {
	geo geo
	// times and tolls read a folded text (fold.Text.Source() is the
	// original): a report is folded once and its parts read as Subs.
	// Both read the parts [start, end) of ft's source that ranges
	// gives, each as a text of its own, and give spans in the source.
	times func(ft fold.Text, ranges [][2]int, lang string, published time.Time) []timeExpr
	tolls func(ft fold.Text, ranges [][2]int) []figure
	lex   *trie.Trie // the lexicon's patterns, matched at word starts
	pats  [][]entry  // per pattern id
	// shorter[id] is the longest pattern that begins pattern id, or -1:
	// the matcher finds the longest pattern at a place, and when it does
	// not end a word ("disparan a" in "disparan al", "ejecutado" in
	// "ejecutados") a shorter one that does ("disparan") or that is a
	// word prefix ("ejecutad*") is the match. plen[id] is its length.
	shorter []int
	plen    []int
	// setFire is the id of the pattern "set on fire", whose entries a
	// vehicle or a building named between "set" and "on fire" takes
	// (setOnFire).
	setFire int
	// takenAway is the id of the pattern "taken away", whose entries a
	// passive abduction with its place between takes (takenBy, apposed.go).
	takenAway int
	// schools is the id of the pattern "schools closed" (schoolsClosed).
	schools int
	actors  []actorDef
	abbrev  map[string]bool
	// markers cut long unpunctuated runs.
	markers []string
	// refPhrases are afterRef's phrases by their last word.
	refPhrases phraseEnds
	// topicPhrases are topical's.
	topicPhrases phraseEnds
	loc          *time.Location
	// prior gives a source's learned home state; nil if none.
	prior Prior
	// judge, if any, vetoes violent incidents read on weak evidence
	// (judged).
	judge Judge
	// headline, if any, reads headlines alone (headmodel.go).
	headline HeadlineReader
	// typos maps the verb cues of seven letters or more, and each of
	// them less one letter, to the cue's pattern id (misspelt): a word
	// that is one of them, or is one less a letter, is the cue misspelt.
	typos map[string]int
	// agentVerbs maps the English verbs that tell an act after their doer
	// (agentVerbTable), one to three words, to their types.
	agentVerbs map[string][]cueDef
	// cues finds the phrases of the cue lists in a report in one pass.
	cues *cueMatcher
}

// newExtractor builds the lexicon automaton once.
func newExtractor(g geo, times func(fold.Text, [][2]int, string, time.Time) []timeExpr, tolls func(fold.Text, [][2]int) []figure) *Extractor {
	e := &Extractor{geo: g, times: times, tolls: tolls, abbrev: abbreviations(), markers: discourseMarkers(), refPhrases: refPhrases(), topicPhrases: topicPhrases(), cues: newCueMatcher(cueWords)}
	e.loc = model.MexicoCity()
	index := make(map[string]int)
	var patterns []string
	add := func(p string, en entry) {
		p = strings.TrimSpace(p)
		if p == "" {
			return
		}
		if strings.HasSuffix(p, "*") {
			p = strings.TrimSuffix(p, "*")
			en.prefix = true
		}
		p = fold.String(p)
		id, ok := index[p]
		if !ok {
			id = len(patterns)
			index[p] = id
			patterns = append(patterns, p)
			e.pats = append(e.pats, nil)
		}
		e.pats[id] = append(e.pats[id], en)
	}
	for _, c := range cueTable() {
		for _, p := range strings.Split(c.pats, "|") {
			add(p, entry{cls: clsCue, typ: c.typ, weight: c.weight})
		}
	}
	e.agentVerbs = make(map[string][]cueDef)
	for _, c := range agentVerbTable() {
		for _, p := range strings.Split(c.pats, "|") {
			e.agentVerbs[p] = append(e.agentVerbs[p], cueDef{typ: c.typ, weight: c.weight})
		}
	}
	defs, aliases := actorTable()
	e.actors = defs
	for i, al := range aliases {
		for _, p := range al {
			add(p, entry{cls: clsActor, actor: i})
		}
	}
	for cls, ps := range markerTable() {
		for _, p := range strings.Split(ps, "|") {
			add(p, entry{cls: cls})
		}
	}
	e.typos = make(map[string]int)
	for _, c := range cueTable() {
		if c.weight < 0.65 || !c.typ.Violent() && c.typ != model.SecurityOperation {
			continue
		}
		for _, p := range strings.Split(c.pats, "|") {
			p = strings.TrimSpace(p)
			words := []string{fold.String(p)}
			if stem, ok := strings.CutSuffix(p, "*"); ok {
				// a stem ("detien*", "asesin*"): its third persons plural
				stem = fold.String(stem)
				words = []string{stem + "an", stem + "en", stem + "aron", stem + "ieron"}
			}
			id := index[fold.String(strings.TrimSuffix(p, "*"))]
			for _, w := range words {
				if len(w) < 7 || strings.ContainsAny(w, " '\"-") || !hasAnySuffix(w, "an", "en", "aron", "ieron") {
					continue // a verb of the headline's third person plural
				}
				if _, ok := e.typos[w]; !ok {
					e.typos[w] = id
				}
				for k := range len(w) {
					if _, ok := e.typos[w[:k]+w[k+1:]]; !ok {
						e.typos[w[:k]+w[k+1:]] = id
					}
				}
			}
		}
	}
	e.setFire = -1
	if id, ok := index["set on fire"]; ok {
		e.setFire = id
	}
	e.schools = -1
	if id, ok := index["schools closed"]; ok {
		e.schools = id
	}
	e.takenAway = -1
	if id, ok := index["taken away"]; ok {
		e.takenAway = id
	}
	e.lex = trie.New(patterns, isWord)
	e.shorter = make([]int, len(patterns))
	e.plen = make([]int, len(patterns))
	for id, p := range patterns {
		e.shorter[id] = -1
		e.plen[id] = len(p)
		for k := len(p) - 1; k > 0; k-- {
			if q, ok := index[p[:k]]; ok {
				e.shorter[id] = q
				break
			}
		}
	}
	return e
}

// fallback returns the longest pattern shorter than pattern id that
// begins it and matches at folded offset s as a whole word or as a word
// prefix.
func (e *Extractor) fallback(f string, s, id int) (int, bool) {
	for q := e.shorter[id]; q >= 0; q = e.shorter[q] {
		end := s + e.plen[q]
		if end >= len(f) || !isWord(f[end]) || hasPrefixEntry(e.pats[q]) {
			return q, true
		}
	}
	return -1, false
}

func hasPrefixEntry(es []entry) bool {
	for _, x := range es {
		if x.prefix {
			return true
		}
	}
	return false
}

// hit is a lexicon match in folded text.
type hit struct {
	fStart, fEnd int
	start, end   int // original
	entries      []entry
}

func (h hit) has(c class) (entry, bool) {
	for _, en := range h.entries {
		if en.cls == c {
			return en, true
		}
	}
	return entry{}, false
}

// match finds the lexicon entries in folded text with word-boundary
// checks, and those a day told between a verb and its object splits
// (bridged): "Buscan este domingo a Joana", "Privan el lunes de la vida a
// comisario" read as "buscan a", "privan de la vida".
func (e *Extractor) match(t fold.Text) []hit { return e.matchCued(t, nil) }

// matchCued is match, reading the days of t from cues when cues is the cue
// scan of t's folded text (dayRunsCued).
func (e *Extractor) matchCued(t fold.Text, cues *cueHits) []hit {
	f := t.Folded
	out := make([]hit, 0, len(f)/32) // news has a hit in every 30 to 45 bytes
	e.scanLex(f, 0, func(s, en int, ents []entry) {
		os, oe := t.Span(s, en)
		out = append(out, hit{fStart: s, fEnd: en, start: os, end: oe, entries: ents})
	})
	bridged := false
	var runs [][2]int
	if cues != nil && cues.text == f {
		runs = dayRunsCued(f, cues)
	} else {
		runs = dayRuns(f)
	}
	for _, run := range runs {
		a, b := run[0], run[1]
		ws := max(0, a-bridgeReach)
		for ws > 0 && isWord(f[ws-1]) {
			ws--
		}
		we := min(len(f), b+bridgeReach)
		for we < len(f) && isWord(f[we]) {
			we++
		}
		w := f[ws:a] + f[b:we]
		cut := a - ws
		e.scanLex(w, cut, func(s, en int, ents []entry) {
			if en <= cut {
				return // on one side of the day: found already
			}
			fs, fe := ws+s, ws+en+(b-a)
			os, oe := t.Span(fs, fe)
			out = append(out, hit{fStart: fs, fEnd: fe, start: os, end: oe, entries: ents})
			bridged = true
		})
	}
	if bridged {
		sort.SliceStable(out, func(i, j int) bool { return out[i].fStart < out[j].fStart })
	}
	if e.setFire >= 0 {
		for _, sp := range setOnFire(f) {
			os, oe := t.Span(sp[0], sp[1])
			h := hit{fStart: sp[0], fEnd: sp[1], start: os, end: oe, entries: e.pats[e.setFire]}
			k, _ := slices.BinarySearchFunc(out, h, func(a, b hit) int { return cmp.Compare(a.fStart, b.fStart) })
			out = slices.Insert(out, k, h)
		}
	}
	for _, x := range [...]struct {
		id    int
		spans func(string) [][2]int
	}{{e.takenAway, takenBy}, {e.schools, schoolsClosed}} {
		if x.id < 0 {
			continue
		}
		for _, sp := range x.spans(f) {
			os, oe := t.Span(sp[0], sp[1])
			h := hit{fStart: sp[0], fEnd: sp[1], start: os, end: oe, entries: e.pats[x.id]}
			k, _ := slices.BinarySearchFunc(out, h, func(a, b hit) int { return cmp.Compare(a.fStart, b.fStart) })
			out = slices.Insert(out, k, h)
		}
	}
	if len(f) <= headlineLen && !slices.ContainsFunc(out, func(h hit) bool { _, ok := h.has(clsCue); return ok }) {
		out = e.misspelt(t, out)
	}
	return out
}

// bridgeReach is how far either side of a day match reads for an entry
// the day splits: longer than any lexicon pattern.
const bridgeReach = 80

// scanLex calls emit with each lexicon match in f starting before upTo
// (all of f when upTo is 0), extended to the end of its word for a
// prefix entry.
func (e *Extractor) scanLex(f string, upTo int, emit func(s, en int, ents []entry)) {
	for m, ok := e.lex.Next(f, 0); ok; m, ok = e.lex.Next(f, m.Start+1) {
		if upTo > 0 && m.Start >= upTo {
			return
		}
		s, en := m.Start, m.End
		ents := e.pats[m.Pattern]
		whole := en >= len(f) || !isWord(f[en])
		if !whole {
			// keep only prefix entries, extending to the end of the word
			var pe []entry
			for _, x := range ents {
				if x.prefix {
					pe = append(pe, x)
				}
			}
			if pe == nil {
				q, ok := e.fallback(f, s, m.Pattern)
				if !ok {
					continue
				}
				if qe := s + e.plen[q]; qe >= len(f) || !isWord(f[qe]) {
					// a shorter whole word: "disparan" in "disparan al"
					emit(s, qe, e.pats[q])
					continue
				}
				for _, x := range e.pats[q] {
					if x.prefix {
						pe = append(pe, x)
					}
				}
			}
			ents = pe
			for en < len(f) && isWord(f[en]) {
				en++
			}
		}
		emit(s, en, ents)
	}
}

// dayRuns returns the folded spans [a, b) of days told between two words
// of one clause: a run of words of a day ("este domingo", "la madrugada
// del lunes", "ayer por la tarde", "on Sunday") with a word before it and
// one after, all joined by single spaces; b is the start of the word
// after. Words that join a day but name none ("de la", "en") are no run.
func dayRuns(f string) [][2]int {
	var out [][2]int
	var (
		prevEnd  = -1
		prevWord string
		inRun    bool
		runStart int
		runOK    bool // a word of the clause before the run, not a name
		haveDay  bool
		pending  bool // a day word waits for the word after it
		after    int  // the start of the word after the run's last day word
		afterOK  bool // that word is joined to the day
	)
	end := func() {
		if inRun && haveDay && runOK && !pending && afterOK {
			out = append(out, [2]int{runStart, after})
		}
		inRun = false
	}
	for i := 0; i < len(f); {
		if !isWord(f[i]) {
			i++
			continue
		}
		j := i
		for j < len(f) && isWord(f[j]) {
			j++
		}
		w := f[i:j]
		joined := prevEnd >= 0 && i == prevEnd+1 && f[prevEnd] == ' '
		if inRun && pending {
			after, afterOK, pending = i, joined, false
		}
		tw, dw := timeKind(w)
		switch {
		case inRun && joined && tw:
			if dw {
				haveDay, pending = true, true
			}
		case tw:
			end()
			inRun, runStart, haveDay = true, i, dw
			runOK = joined && !nameWord(prevWord)
			pending = haveDay
		default:
			end()
		}
		prevEnd, prevWord = j, w
		i = j
	}
	end()
	return out
}

// dayRunsCued returns dayRuns(f) from h, the cue scan of f: it reads the
// words around each word of a day that h noted (cueDays) instead of every
// word of f, where most words are "el", "la", "de" or "en".
func dayRunsCued(f string, h *cueHits) [][2]int {
	var out [][2]int
	done := 0 // the end of the last run's last word
	for _, sp := range h.spans[h.at[cueDays]:h.at[cueDays+1]] {
		e := int(sp.end)
		if e <= done || e < len(f) && isWord(f[e]) {
			continue // in a run read already, or inside a word
		}
		s := e
		for s > 0 && isWord(f[s-1]) {
			s--
		}
		if _, day := timeKind(f[s:e]); !day {
			continue
		}
		// The run opens at the first of the time words joined before the
		// day; the word before it must be joined to it and name nothing.
		a := s
		p := joinedBefore(f, a)
		for p >= 0 {
			if tw, _ := timeKind(f[p : a-1]); !tw {
				break
			}
			a, p = p, joinedBefore(f, p)
		}
		runOK := p >= 0 && !nameWord(f[p:a-1])
		// The run goes on while time words follow, each joined to the one
		// before; after is the word right after its last day.
		after, afterOK, pending := 0, false, true
		j := e // the end of the run's last word
		for {
			i := j
			for i < len(f) && !isWord(f[i]) {
				i++
			}
			if i >= len(f) {
				break
			}
			k := i
			for k < len(f) && isWord(f[k]) {
				k++
			}
			joined := i == j+1 && f[j] == ' '
			if pending {
				after, afterOK, pending = i, joined, false
			}
			tw, day := timeKind(f[i:k])
			if !joined || !tw {
				break
			}
			pending = day
			j = k
		}
		done = j
		if runOK && !pending && afterOK {
			out = append(out, [2]int{a, after})
		}
	}
	return out
}

// joinedBefore returns the start of the word that ends one space before
// offset i of f, or -1 when no word ends there.
func joinedBefore(f string, i int) int {
	if i < 2 || f[i-1] != ' ' || !isWord(f[i-2]) {
		return -1
	}
	p := i - 2
	for p > 0 && isWord(f[p-1]) {
		p--
	}
	return p
}

// timeDayWords returns the words of a day that timeKind knows.
func timeDayWords() []string {
	var ws []string
	for w, day := range timeWords {
		if day {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return ws
}

// nameWord reports whether a weekday after w is part of a name.
func nameWord(w string) bool {
	switch w {
	case "los", "las", "santo", "santa", "colonia", "calle", "avenida", "barrio":
		return true
	}
	return false
}

// misspelt adds to the hits of a headline with no cue the words that are
// a verb cue misspelt ("Diisparan contra un masculino", "etienen a dos",
// "aseguira droga"): a word of seven letters or more that no pattern
// matched and that one deletion from it and one from the cue make the
// same (a letter left out, doubled, changed or two swapped). The cue's
// filters read it as they read the cue.
func (e *Extractor) misspelt(t fold.Text, hits []hit) []hit {
	f := t.Folded
	n := len(hits)
	for i := 0; i < len(f); {
		for i < len(f) && !isWord(f[i]) {
			i++
		}
		j := i
		for j < len(f) && isWord(f[j]) {
			j++
		}
		w := f[i:j]
		if len(w) >= 7 && !slices.ContainsFunc(hits[:n], func(h hit) bool { return h.fStart < j && i < h.fEnd }) {
			if id, ok := e.typoOf(w); ok {
				os, oe := t.Span(i, j)
				hits = append(hits, hit{fStart: i, fEnd: j, start: os, end: oe, entries: e.pats[id]})
			}
		}
		i = j
	}
	if len(hits) > n {
		slices.SortStableFunc(hits, func(a, b hit) int { return a.fStart - b.fStart })
	}
	return hits
}

// typoOf returns the pattern id of the verb cue word w misspells: a word
// in the third person plural, as the cues are ("tortura" is a noun, not
// "torturan" misspelt).
func (e *Extractor) typoOf(w string) (int, bool) {
	if !strings.HasSuffix(w, "n") {
		return 0, false
	}
	if id, ok := e.typos[w]; ok {
		return id, true
	}
	var buf [48]byte
	if len(w) > len(buf) {
		return 0, false
	}
	for k := range len(w) {
		b := append(append(buf[:0], w[:k]...), w[k+1:]...)
		if id, ok := e.typos[string(b)]; ok { // no allocation: a lookup by a []byte converted in place
			return id, true
		}
	}
	return 0, false
}

// setOnFire returns the folded spans of "set X on fire" in f with one to
// four words of object between ("set two tractor-trailers on fire", "set
// the family's store ablaze"), which the lexicon's fixed phrases miss.
// The words between hold no punctuation.
func setOnFire(f string) [][2]int {
	if !strings.Contains(f, "fire") && !strings.Contains(f, "blaze") && !strings.Contains(f, "ght") {
		return nil // (searches that begin with a rarer byte than "set" and " fire" do)
	}
	if !strings.Contains(f, "set") || !strings.Contains(f, " fire") && !strings.Contains(f, "ablaze") && !strings.Contains(f, "alight") {
		return nil // most texts: no "set", or nothing it could set on fire
	}
	var out [][2]int
	for at := 0; ; {
		k := strings.Index(f[at:], "set")
		if k < 0 {
			return out
		}
		s := at + k
		at = s + 3
		if s > 0 && isWord(f[s-1]) {
			continue
		}
		// the words after "set", "sets" or "setting", with their spans
		var ws [6][2]int
		n := 0
		i := at
		switch {
		case strings.HasPrefix(f[i:], "s "):
			i++
		case strings.HasPrefix(f[i:], "ting "):
			i += 4
		case !strings.HasPrefix(f[i:], " "):
			continue
		}
		for n < len(ws) {
			for i < len(f) && asciiSpace(f[i]) {
				i++
			}
			if i >= len(f) {
				break
			}
			j := i
			for j < len(f) && !asciiSpace(f[j]) {
				j++
			}
			ws[n] = [2]int{i, j}
			n++
			i = j
		}
		word := func(m int) string { return f[ws[m][0]:ws[m][1]] }
		if n < 2 {
			continue
		}
		switch word(0) {
		case "on", "fire", "ablaze", "alight", "off", "up", "out", "to", "for", "in":
			continue // the lexicon's "set on fire", "set fire to"; "set off", "set up"
		}
		for m := 1; m < n && m <= 4; m++ {
			if strings.ContainsAny(word(m-1), ",.;:!?") {
				break
			}
			w := strings.TrimRight(word(m), ",.;:!?")
			if w == "ablaze" || w == "alight" {
				out = append(out, [2]int{s, ws[m][0] + len(w)})
				break
			}
			if w == "on" && m+1 < n && strings.TrimRight(word(m+1), ",.;:!?") == "fire" {
				out = append(out, [2]int{s, ws[m+1][0] + 4})
				break
			}
		}
	}
}

// sentInfo is what one sentence says.
type sentInfo struct {
	sentence
	// latest is latestTime's answer for the sentence's times as they were
	// when it was asked.
	latest latestMemo
	typ    model.IncidentType
	weight float64
	cuePos int // original offset of the deciding cue
	// holdup: the deciding cue tells a hold-up (cueHit.holdup).
	holdup bool
	tally  bool
	// periodTally: the tally counts acts over a period ("van 74 asesinatos
	// en septiembre en Tijuana"): a tally even in one municipality.
	periodTally bool
	// tallyUnit: the sentence counts units ("en 20 estados").
	tallyUnit bool
	// victimToll: the tally rests only on a number of dead ("16
	// muertos"), which counts one act's toll unless over a state.
	victimToll bool
	// tallyCountry: the units are states or the country.
	tallyCountry bool
	opinion      bool
	boiler       bool
	// cues are the cues that decided the type, and the flags decide used.
	cues []cueHit
	// refCues are the cues dropped as naming an act the sentence refers
	// to ("responsables del incendio de una farmacia"), which may tell
	// one of its own (groundAct).
	refCues               []cueHit
	business, road, seize bool
	// bizAt are the original offsets of the words that made business
	// true: a clause of another place after them all tells no attack on
	// that business (placeTypes).
	bizAt []int
	// suppressed: the sentence had cues and all were filtered out
	// (negated, hypothetical, opinion, sport, advertising, ...).
	suppressed bool
	// venueShooting: an armed attack on a bar or club, which is an
	// armed attack on the people inside when any are hurt.
	venueShooting bool
	// venue: the sentence names a bar or a club (classify's clsVenue),
	// whatever its type: an act it tells at one with people hurt is an
	// attack on its guests (groundAct).
	venue bool
	// eatery: the venue of venueShooting is an eatery, whose guests are
	// shot at only when some are hurt (acttype16.go).
	eatery bool
	// fell: the sentence tells attackers dead at the scene ("cinco
	// atacantes murieron"), which makes the attack on the forces told
	// before it a clash (acttype16.go, repelled).
	fell     bool
	historic bool
	// hedged: the sentence has a word of negation or of a hypothetical,
	// future or preventive frame (clsNeg, clsHypo), whatever it frames
	// (the headline model's rescue stays off it).
	hedged bool
	// durative: the sentence tells its acts as going on for weeks or
	// months (durative), the report's background (the headline model's
	// rescue stays off it too).
	durative bool
	// future holds the folded ends of future-tense verbs ("habrá",
	// "desplegarán"): what follows them is announced, not reported.
	future []int
	// we: the sentence speaks in the first person plural.
	we bool
	// policy counts the words of diplomacy, legislation and the economy.
	policy int
	// aggregate: the sentence counts over a period or an area ("en 24
	// horas", "across the state", "preliminary figures").
	aggregate bool
	// reference: every cue names an act the sentence refers to ("since
	// the clashes began", "tras el ataque"), none one it reports.
	reference bool
	// crimeRef: a cue of the sentence that refers to an earlier act
	// ("tras asesinato de chofer") names a crime, a violent act's firm
	// cue (weight 0.75 or more): what follows it is no mishap.
	crimeRef bool
	// closure: the sentence tells of a road closed ("usó la unidad para
	// cerrar la carretera").
	closure bool
	// units is the number of municipalities of an overview ("en tres
	// municipios del norte de Tamaulipas") whose acts the report tells
	// one by one.
	units int
	// recallAt is the folded start of an act noun the sentence recalls as
	// an older act ("recuerda la balacera de octubre pasado en Tulum"),
	// 0 for none: the places after it are that act's.
	recallAt int
	// munis is the number of municipalities a tally counts its acts in
	// ("en cuatro municipios de Tierra Caliente"), 0 when it names none.
	munis int
	// kinds counts the violent types among the sentence's cues: three or
	// more with no time, toll or municipality are a list of kinds of
	// crime ("homicide, kidnapping, carjacking and robbery are common").
	kinds int
	// listed: two of the cues are items of a comma-separated list.
	listed bool
	// mishap: the sentence tells of an accident, a natural death or
	// disaster, or a protest, which no violent title can rest on.
	mishap bool
	// accident: the sentence tells of an accident, a natural death or
	// disaster, an animal or a cyberattack (mishap without protests and
	// roadworks).
	accident bool
	// denied is the type of the act the sentence says did not happen
	// ("desmienten la quema de vehículos"), negated the type of one it
	// negates ("no hay bloqueos"); claim is set when it calls something a
	// rumour or a claim on social media.
	denied, negated model.IncidentType
	claim           bool
	// examples: the sentence names places as examples ("in places like
	// Uruapan or Apatzingán"), where no one act happened.
	examples bool
	// denies: the sentence says something is false ("son mensajes
	// falsos"), whatever it names.
	denies bool
	// elapsed holds the folded ends of phrases that put what follows
	// years back ("hace dos años", "a once años de").
	elapsed []int
	// generic: the deciding cue is a plural after a determiner ("los
	// enfrentamientos"), which names a kind of act unless a time, a toll
	// or a place finer than a state anchors it.
	generic bool
	// genre: the sentence reads as sport, entertainment or statistics.
	genre bool
	// anaphoric: the deciding cue is a noun after a definite article
	// ("atribuyeron el ataque a"): it names an act already told.
	anaphoric bool
	// retold is set on a sentence with no cue that names the acts just
	// told again and places them in two or more towns (retoldActs).
	retold bool
	// series is set on a sentence that opens with the next ordinal of a
	// series of acts ("The second, at km 30, ...": seriesItem).
	series bool
	// countedLead is 1 + the sentence of the lead that counted the acts
	// this sentence opens the first of (firstOfCounted), 0 when none: a
	// clock time of its own takes the lead's day (leadDayClock).
	countedLead int
	// wordCount is the count of acts told in words (actCountWords), 0
	// when none: as many towns named tell one act in each.
	wordCount int
	// ads counts the advertising words of the sentence.
	ads int
	// sportWords counts the words of sport reporting, strong and weak.
	sportWords int
	actors     []model.Actor
	actorAt    [][2]int // original spans of actor mentions
	// places are the places the sentence names, in order. An alert feed
	// item's act sentence may begin them with its label's places
	// (feedLabel), which lie before s.start: a reader that slices the
	// text between the sentence's start and a place, or a place and a
	// cue or time, must check the order first.
	places  []placeRef
	figures []figure
	times   []timeExpr
	// countSplit: the sentence told an act and the tally it adds to, and
	// splitTally took the tally out of it (tally.go).
	countSplit bool
	// unitsOnly: the tally rests only on a count of states ("hechos
	// violentos en al menos tres estados"), no count of acts (tally.go).
	unitsOnly bool
	// roadsTally: the tally rests on roads or points blocked, counted
	// (blockedCount): a tally only over a state (roadsOverState).
	roadsTally bool
	// negatedFirst is the type of the act a sentence negates before the
	// claim it reports ("no hay bloqueos ..., luego de que usuarios de
	// redes sociales reportaran la quema"): the claim denied (tally.go).
	negatedFirst model.IncidentType
}

// placeRef is a resolved place mention.
type placeRef struct {
	// start and end are the mention's offsets in the report's text, but
	// for a title's places (reportCtx.titleRefs), offsets in the title,
	// and a place a denial inherits, -1 (Extractor.denials). A draft's place may
	// be any of these (inherit): a reader that slices the text with them
	// must check that they lie in it, and in the sentence it reads
	// (sentInfo.places may begin with a feed label's, feedLabel).
	start, end int
	text       string
	place      gazetteer.Place
	score      float64
	fuzzy      bool
	// locative: the name follows "en" ("en Chihuahua"), "calles de" or
	// "centro de".
	locative bool
	// routeEnd: the name is kept only as where a road leads or runs
	// ("the main road between Monterrey and the border"), the sentence
	// naming no other town (dropRoutes).
	routeEnd bool
	// opens: where the clause that tells of the place opens, when a state
	// it lies in is named before it and dropped for it ("in the state of
	// Colima, two men were shot dead in Cuauhtémoc": the state's start);
	// 0 when it is the name's own start.
	opens int
}

// at returns where the clause of place p opens: opens, else its start.
func (p placeRef) at() int {
	if p.opens > 0 && p.opens < p.start {
		return p.opens
	}
	return p.start
}

// Extract returns the incidents mentioned in r, in text order.
func (e *Extractor) Extract(r model.Report) []model.Incident {
	return e.ExtractFolded(r, fold.Text{})
}

// ExtractFolded is Extract given plain, the fold of r.Text
// (fold.New(r.Text)), which a caller that folds the text for its own use
// too (an ingest's near-duplicate sketch) computes once: extraction folds
// r.Text itself when plain is of another text.
func (e *Extractor) ExtractFolded(r model.Report, plain fold.Text) []model.Incident {
	r.Published = e.localDate(r.Published)
	incs := e.judged(r, e.extractReport(r, plain))
	setNeighborhoods(incs)
	return incs
}

// extractReport is Extract before the judge; plain is as for
// ExtractFolded.
func (e *Extractor) extractReport(r model.Report, plain fold.Text) []model.Incident {
	if words, ok := unslug(r.Text); ok {
		// A headline given as its URL slug ("ejecutan-a-dos-en-la-colonia-centro"):
		// read it with spaces; the evidence still quotes the text as given,
		// and the gazetteer reads the slug as one (it knows that a
		// lowercase "en-zacatepec" there is the town).
		orig := r.Text
		r.Text = words
		incs := e.extract(r, orig, fold.Text{})
		for k := range incs {
			for m := range incs[k].Evidence {
				ev := &incs[k].Evidence[m]
				ev.Text = orig[ev.Start:ev.End]
			}
		}
		return incs
	}
	return e.extract(r, r.Text, plain)
}

// localDate returns a publication time of exactly midnight UTC as that
// calendar date at local midnight, and any other time as it is: feeds,
// pages and callers that know only the date stamp it so, and read as
// 18:00 the day before in Mexico City a Monday item's "esta madrugada"
// would be Sunday's and its "anoche" Saturday's. (package report reads
// its inputs so; a report built elsewhere may come as it was stamped.)
func (e *Extractor) localDate(t time.Time) time.Time {
	if t.IsZero() || e.loc == nil {
		return t
	}
	if _, off := t.Zone(); off != 0 || t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 || t.Nanosecond() != 0 {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, e.loc)
}

// unslug returns text with the separators of a URL slug made spaces when
// text is one ("ejecutan-a-hombre-en-villas-del-valle", a URL ending in
// one): a single run with no spaces and at least three hyphens or
// underscores. The result has the same length as text.
func unslug(text string) (string, bool) {
	t := strings.TrimSpace(text)
	if len(t) < 16 || strings.ContainsAny(t, " \t\n") || strings.Count(t, "-")+strings.Count(t, "_") < 3 {
		return "", false
	}
	b := []byte(text)
	// A whole URL: only its slug, the path segment with the most
	// separators, is the headline; the site, the section, a trailing
	// article number and the extension are blanked.
	lo, hi, best := 0, len(b), -1
	for start := 0; start <= len(b); {
		end := start + strings.IndexAny(text[start:]+"/", "/?#")
		if n := strings.Count(text[start:end], "-") + strings.Count(text[start:end], "_"); n > best {
			lo, hi, best = start, end, n
		}
		if end >= len(b) || b[end] != '/' {
			break
		}
		start = end + 1
	}
	for _, ext := range []string{".html", ".htm", ".shtml", ".php", ".aspx"} {
		if strings.HasSuffix(text[lo:hi], ext) {
			hi -= len(ext)
			break
		}
	}
	if k := strings.LastIndexAny(text[lo:hi], "-_"); k >= 0 && hi-(lo+k+1) >= 5 && strings.Trim(text[lo+k+1:hi], "0123456789") == "" {
		hi = lo + k // "-8632797": the article's number
	}
	for i := range b {
		if i < lo || i >= hi {
			b[i] = ' '
		}
	}
	for i, c := range b {
		switch c {
		case '-', '_', '/':
			b[i] = ' '
		}
	}
	return string(b), true
}

// extract finds the incidents of r; placeText, of r.Text's length, is
// the text the gazetteer reads (the slug a headline was given as); plain
// is r.Text's fold when the caller has it (newReportCtx).
func (e *Extractor) extract(r model.Report, placeText string, plain fold.Text) []model.Incident {
	ctx, out := e.drafts(r, placeText, plain)
	if len(out) == 0 {
		return e.headlineRescue(ctx)
	}
	return e.finish(ctx, out)
}

// drafts reads r and returns its context and the drafts finish turns into
// incidents, one each, in order.
func (e *Extractor) drafts(r model.Report, placeText string, plain fold.Text) (*reportCtx, []draft) {
	ctx, out := e.candidates(r, placeText, plain)
	return ctx, e.settle(ctx, out, nil)
}

// candidates reads r and returns its context and a draft for each act its
// sentences tell, before the passes of settle.
func (e *Extractor) candidates(r model.Report, placeText string, plain fold.Text) (*reportCtx, []draft) {
	ctx := e.newReportCtx(r, placeText, plain)
	sents := ctx.sents
	if ctx.titleType == model.Advisory {
		// An advisory's "reports of blockades throughout Jalisco" is its
		// context, not an incident of its own; so is, outside an alert
		// feed, the risk it describes with no toll or municipality ("Do
		// not travel to Tamaulipas due to crime and kidnapping"; a time
		// there dates the advisory).
		for i := range sents {
			s := &sents[i]
			if t := s.typ; t != model.Advisory && t != "" && (advisoryContext(ctx.text.Folded[s.fStart:s.fEnd]) || r.Kind != model.KindAlertFeed && t.Violent() && len(s.figures) == 0 && !finer(s.places)) {
				s.typ = ""
			}
		}
	}
	if searchNotice(&ctx.cues, ctx.r.Title, ctx.text.Folded, sents) {
		if ctx.cues.any(cueNoticeEnd, ctx.text.Folded, 0, len(ctx.text.Folded)) {
			// A search in nature or after an accident, or a bulletin
			// with its happy end, reports no incident
			// (testdata/gold/README.md, "Missing persons found").
			for i := range sents {
				if sents[i].typ == model.Kidnapping {
					sents[i].typ = ""
				}
			}
			if ctx.titleType == model.Kidnapping {
				ctx.titleType = ""
			}
		} else {
			// A missing-person bulletin tells a disappearance, a
			// kidnapping where and when the person was last seen
			// (testdata/gold/README.md, "Missing persons").
			ctx.bulletin = true
		}
	}
	claimsDenied(ctx)
	noArrests(ctx) // apposed.go
	feedLabel(ctx)
	var out []draft
	for i := range sents {
		s := &sents[i]
		if s.typ == "" && len(out) > 0 && placeTold(ctx, &out[len(out)-1], i, s) {
			continue // "El choque ocurrió en Pueblo Yaqui": where the act just told happened
		}
		if (s.typ == "" || s.anaphoric && s.typ == lastType(out)) && retoldActs(ctx, out, i, s) {
			// "Los hechos de mayor afectación ocurrieron sobre la
			// carretera 85: alrededor de las 06:00 horas en Ciénega de
			// Flores y alrededor de las 07:30 horas en Sabinas Hidalgo":
			// the acts just told, placed one by one in their towns.
			last := &out[len(out)-1]
			s.typ, s.weight, s.cuePos, s.retold = last.typ, last.weight, s.start, true
		}
		if at, ok := countedByNoun(ctx, out, i, s); ok && s.typ == "" {
			// "... fue bloqueada dos veces el sábado. El primer cierre
			// se registró ... en Chilón; el segundo, ... en Palenque":
			// the first of the acts the lead counted, named by a
			// generic noun.
			last := &out[len(out)-1]
			s.typ, s.weight, s.cuePos = last.typ, last.weight, at
		}
		if s.typ == "" || s.typ == lastType(out) || s.typ == model.Homicide && shootingType(lastType(out)) {
			if at, ok := seriesItem(ctx, out, i, s); ok {
				// "The first blockade, at km 158, began at 6 p.m. ... The
				// second, at km 184, was reported at 7:20 p.m.": the next
				// act of the series, told without its noun.
				last := &out[len(out)-1]
				if s.typ == "" {
					s.typ, s.weight, s.cuePos = last.typ, last.weight, at
				} else if s.typ == model.Homicide && shootingType(last.typ) {
					// "El segundo, ..., donde un hombre perdió la vida":
					// an item of a series of attacks told by its toll is
					// one of the attacks.
					s.typ = last.typ
				}
				s.series = true
			}
		}
		if s.typ == "" {
			if ds, ok := tallyPair(ctx, i, s, out); ok {
				out = append(out, ds[0], ds[1]) // two acts of a tally, named (sequel.go)
				continue
			}
			// A follow-up sentence without a cue joins the previous
			// incident when it adds tolls and no new place.
			if len(out) > 0 && (len(s.figures) > 0) && !s.boiler && !s.question && !s.historic {
				last := &out[len(out)-1]
				if len(s.places) == 0 && last.lastSent >= i-2 && sents[last.lastSent].para == s.para && (!last.tally || onlyNone(s.figures)) && !last.split && !last.fromTitle {
					// (A tally takes a statement of no toll: "nine
					// roadblocks ... no one was hurt or detained".)
					last.addSent(i, s)
					noneToRun(ctx, out, i, s)
				} else if d := samePlace(out, selectPlaces(s.places)); d != nil && d.lastSent >= i-2 {
					// "dos policías resultaron heridos en guadalajara":
					// the toll of the incident told there.
					d.addSent(i, s)
				} else if onlyNone(s.figures) && last.lastSent >= i-3 && last.typ != model.Disruption && last.typ != model.Advisory && last.typ != model.Policy && !last.tally && withinState(s.places, last.place) {
					// "No hubo lesionados." in the next paragraph, or
					// "No one was hurt, the Tamaulipas office said": a
					// statement of no toll closes the incident just told,
					// and the acts of its kind told with it ("Dos
					// bloqueos ... No hubo personas lesionadas").
					last.addSent(i, s)
					noneToRun(ctx, out, i, s)
				}
			}
			continue
		}
		out = e.emit(ctx, i, out)
		if d, at, ok := groundAct(ctx, i, &ctx.sents[i], out); ok {
			if at >= 0 {
				// the act an arrest is for, read as a second arrest at its
				// town (sequel.go): the arrest, which the next sentences go
				// on telling ("Al momento de su captura se les aseguró un
				// fusil"), stays the last draft
				out[at-1], out[at] = d, out[at-1]
			} else {
				out = append(out, d) // the act an arrest is for (sequel.go)
			}
		} else if d, ok := tallyExample(ctx, i, &ctx.sents[i], out); ok {
			out = append(out, d) // one act of a tally, named (sequel.go)
		} else {
			prior := priorActs(ctx, i, &ctx.sents[i], out) // prioracts.go
			if len(prior) == 0 {
				prior = joinedActs(ctx, i, &ctx.sents[i], out) // joinedact.go
			}
			if len(prior) == 0 {
				out = bodyAbduction(ctx, i, &ctx.sents[i], out) // bodyabduction.go
			}
			out = append(out, prior...)
		}
	}
	if len(out) == 0 && ctx.titleType != "" && !ctx.opinion && strings.TrimSpace(r.Title) != strings.TrimSpace(r.Text) {
		// (A title that is the whole text was read as its sentence
		// already: what the sentence dropped, it cannot support.)
		// The title alone reports an incident: keep it only when a
		// sentence of the text supports it (evidence must point into
		// Text, which the title is not part of).
		if at := e.titleSupport(ctx); at >= 0 {
			out = append(out, e.titleDraft(ctx, at))
		}
	}
	return ctx, out
}

// settle makes the passes over a report's candidate drafts that drop,
// fold, split or add drafts, in order. note, when not nil, is told each
// pass's reason and the drafts before and after it (Account's hook); the
// reason says what a draft the pass drops was.
func (e *Extractor) settle(c *reportCtx, ds []draft, note func(reason string, before, after []draft)) []draft {
	steps := [...]struct {
		reason string
		run    func(e *Extractor, c *reportCtx, ds []draft) []draft
	}{
		{"overview of the acts told one by one after it", func(_ *Extractor, c *reportCtx, ds []draft) []draft { return overviews(c, ds) }},
		{"tally of the acts told one by one after it", func(_ *Extractor, c *reportCtx, ds []draft) []draft { return tallyOverviews(c, ds) }},
		{"tally of two or three acts told one by one after it", func(_ *Extractor, c *reportCtx, ds []draft) []draft { return fewActsTold(c, ds) }},
		{"round-up lead counting only the states of the acts told after it", func(_ *Extractor, c *reportCtx, ds []draft) []draft { return roundupLeads(c, ds) }},
		{"round-up lead naming the states of the acts told after it", func(_ *Extractor, c *reportCtx, ds []draft) []draft { return roundupOverviews(c, ds) }},
		{"overview counting the acts told after it", func(_ *Extractor, c *reportCtx, ds []draft) []draft { return countedOverviews(c, ds) }},
		{"lead counting two acts and their total, one of them told after it", func(_ *Extractor, c *reportCtx, ds []draft) []draft { return countedRemainders(c, ds) }},
		{"total a breakdown repeats", func(_ *Extractor, _ *reportCtx, ds []draft) []draft { return dropTotals(ds) }},
		{"count of the dead that the acts told one by one sum to", func(_ *Extractor, _ *reportCtx, ds []draft) []draft { return summedTallies(ds) }},
		{"overview sentence whose act a later sentence tells in its town", func(_ *Extractor, c *reportCtx, ds []draft) []draft { return retoldOverviews(c, ds) }},
		{"deployment answering an act told before it, or policing a quiet event", func(_ *Extractor, c *reportCtx, ds []draft) []draft { return responseDeployments(c, ds) }},
		{"arrest split from its sentence's act", func(_ *Extractor, c *reportCtx, ds []draft) []draft { return splitArrests(c, ds) }},
		{"act split from an earlier one's clause", func(_ *Extractor, c *reportCtx, ds []draft) []draft { return splitAfter(c, ds) }},
		{"burning typed as one of the blockades the report counts", func(_ *Extractor, c *reportCtx, ds []draft) []draft { return burningsAmidBlockades(c, ds) }},
		{"placed in a state only, folded into the act told in a town of it", (*Extractor).stateLeads},
		{"the act just told, told again by its toll, its shooting, the forces' arrival, its arrest, its road closed or its drivers pulled out", (*Extractor).oneActTwice},
		{"denial", func(e *Extractor, c *reportCtx, ds []draft) []draft {
			if c.opinion {
				return ds
			}
			return e.denials(c, ds)
		}},
	}
	for _, s := range steps {
		if note == nil {
			ds = s.run(e, c, ds)
			continue
		}
		before := slices.Clone(ds)
		ds = s.run(e, c, ds)
		note(s.reason, before, ds)
	}
	return ds
}

// titleDraft is the incident the title reports, supported by sentence at.
func (e *Extractor) titleDraft(ctx *reportCtx, at int) draft {
	s := &ctx.sents[at]
	if len(s.times) == 0 && e.times != nil && (ctx.titleType != model.Kidnapping || armedTakers(ctx.text.Folded[s.fStart:s.fEnd])) {
		// Times are looked for only in paragraphs with a cue: the
		// sentence supporting the title ("Restos de dos personas fueron
		// hallados la mañana de este jueves") may tell the day. Not for
		// a title's abduction with no cue in the text: such a sentence
		// is mostly an appeal for a missing person, whose days are the
		// appeal's and the disappearance's; unless it tells the taking
		// by armed men (armedTakers).
		anchor := ctx.r.Published
		if len(ctx.dateline) > 0 {
			anchor = e.datelineDay(ctx)
		}
		s.times = withoutWireDate(ctx.r.Text, append(s.times, e.times(ctx.plain, [][2]int{{s.start, s.end}}, ctx.r.Lang, anchor)...))
	}
	d := draft{typ: ctx.titleType, weight: ctx.titleWeight * 0.8, lastSent: at, firstSent: at, sents: []int{at}, fromTitle: true}
	if t := fold.String(ctx.r.Title); d.typ == model.Homicide && placeAttack(t, &sentInfo{sentence: sentence{fEnd: len(t)}, figures: ctx.titleFigures}) {
		d.typ = model.ArmedAttack // "Asesinan a tres en un palenque": a shooting at a place, as a sentence's (acttype16.go)
	}
	d.figures = append(d.figures, s.figures...)
	d.addActors(s.actors)
	if p, ok := ctx.titlePlace(); ok {
		d.place = p
		d.placeFrom = fromTitle
	} else if ps := selectPlaces(ctx.dateline); len(ps) > 0 {
		// "GÓMEZ PALACIO, Dgo.- Vecinos de la colonia Filadelfia...":
		// the town the report was filed from, as for any sentence.
		d.place = ps[0]
		d.placeFrom = fromTitle
	} else if p, ok := ctx.dominant(); ok {
		d.place = p
		d.placeFrom = fromReport
	}
	d.addActors(ctx.titleActors)
	d.figures = append(d.figures, ctx.titleFigures...)
	return d
}

// denials adds to ds one record per place for each act the report denies:
// a sentence with a denial ("autoridades desmienten la quema de vehículos
// en Apatzingán", "officials said reports of a blockade were false"), or
// a negated act ("no hay bloqueos, todo en calma") in a report that speaks
// of rumours or posts on social media. A denial about an act the report
// tells of, of the same type at the same place ("negó que el ataque
// estuviera ligado al cártel"), is a detail of it and yields nothing.
func (e *Extractor) denials(c *reportCtx, ds []draft) []draft {
	claims := false
	for i := range c.sents {
		claims = claims || c.sents[i].claim
	}
	if c.titleDenied != "" {
		// Under a title that denies an act, the text's account of that
		// act ("recorrieron la zona sin localizar restos humanos") is
		// the denial's, not an incident. A tally of such acts ("reports
		// nine roadblocks, denies blockade in Tecomán") counts others.
		kept := ds[:0]
		for _, d := range ds {
			if d.typ != c.titleDenied || d.tally || elsewhereThanTitle(c, &d) {
				kept = append(kept, d)
			}
		}
		ds = kept
		claims = true
	}
	var out []draft
	for i := range c.sents {
		s := &c.sents[i]
		typ := s.denied
		if typ == "" && claims && (c.titleDenied != "" || claimAbout(c, s.negated)) {
			typ = s.negated
		}
		if typ == "" || typ == model.Policy || typ == model.Advisory || s.boiler || s.historic || s.question || s.opinion {
			continue
		}
		if typ == model.SecurityOperation && s.denied == "" {
			continue // "No se reportaron personas lesionadas ni detenidas": a toll, no claim denied (artrecall)
		}
		places := deniedPlaces(selectPlaces(s.places))
		if n := len(out); n > 0 && out[n-1].lastSent >= i-2 && !finer(places) {
			// "no hubo ningún ataque armado contra la gasolinera ... las
			// cámaras no registraron ninguna agresión": the same denial.
			out[n-1].addSent(i, s)
			continue
		}
		if !finer(places) {
			// "Tamaulipas authorities said reports of a gunfight were
			// false": the state names the authority; the title or the
			// dateline may name the place.
			p, src := e.inherit(c, i, ds)
			if src != fromNone && (len(places) == 0 || rank(p.place.Kind) <= 2 && p.place.StateCode == places[0].place.StateCode) {
				p.start, p.end = -1, -1
				places = []placeRef{p}
			}
		}
		if len(places) == 0 {
			places = []placeRef{{place: gazetteer.Place{ID: -3}}}
		}
	next:
		for _, p := range places {
			key := placeKey(p)
			for k := range ds {
				if d := &ds[k]; d.typ == typ && (p.place.ID == -3 || placeKey(d.place) == key || p.place.MunicipalityCode == "" && d.place.place.StateCode == p.place.StateCode) {
					continue next // a detail of an act told
				}
			}
			for k := range out {
				if d := &out[k]; d.typ == typ && placeKey(d.place) == key {
					if d.lastSent != i {
						d.addSent(i, s)
					}
					continue next
				}
			}
			d := draft{typ: typ, weight: 0.6, sents: []int{i}, firstSent: i, lastSent: i, denial: true, cuePos: s.start}
			if p.place.ID != -3 {
				d.place, d.placeFrom = p, fromSentence
				if p.start < 0 {
					d.placeFrom = fromParagraph
				}
			}
			d.addActors(s.actors)
			out = append(out, d)
		}
	}
	if len(out) == 0 {
		return ds
	}
	all := append(ds, out...)
	sort.SliceStable(all, func(a, b int) bool { return all[a].firstSent < all[b].firstSent })
	return all
}

// overviews drops an overview ("grupos armados cerraron vialidades con
// vehículos en llamas en tres municipios del norte de Tamaulipas", "dos
// bloqueos cortaron la carretera federal 15") when the incidents after it
// tell its acts one by one in municipalities of its state; vehicles burnt
// in them are the overview's blockades.
func overviews(c *reportCtx, ds []draft) []draft {
	for k := 0; k < len(ds); k++ {
		d := &ds[k]
		if d.tally || d.placeFrom != fromSentence || rank(d.place.place.Kind) <= 2 && !d.place.routeEnd {
			continue
		}
		if s := &c.sents[d.firstSent]; s.units == 0 && actsCounted(&c.cues, c.text.Folded, s) < 2 && !d.place.routeEnd {
			// (A road told by where it runs, with acts placed one by
			// one after it, is an overview though it counts none:
			// "Gunmen set trucks on fire across the highway between
			// Monterrey and the border. The first blockade ...")
			continue
		}
		var parts []int
		for m := k + 1; m < len(ds); m++ {
			o := &ds[m]
			if o.placeFrom == fromSentence && rank(o.place.place.Kind) <= 2 && alongOverview(o.place.place, d.place.place) && o.firstSent <= d.lastSent+6 {
				parts = append(parts, m)
			}
		}
		if d.typ == model.Blockade {
			// "En El Salto, un grupo de hombres ... usó la unidad para
			// cerrar la carretera": a part that leaves out the cue.
			for i := d.lastSent + 1; i < len(c.sents) && i <= d.lastSent+6; i++ {
				s := &c.sents[i]
				ps := selectPlaces(s.places)
				if s.typ != "" || !s.closure || s.mishap || len(ps) != 1 || rank(ps[0].place.Kind) > 2 || !alongOverview(ps[0].place, d.place.place) || covered(ds, i) {
					continue
				}
				n := draft{typ: model.Blockade, weight: d.weight * 0.9, sents: []int{i}, firstSent: i, lastSent: i, cuePos: s.start, place: ps[0], placeFrom: fromSentence, figures: s.figures}
				n.addActors(s.actors)
				ds = append(ds, n)
				parts = append(parts, len(ds)-1)
			}
			// Where the stable sort puts the overview: after every draft
			// of an earlier sentence and every one of its own sentence
			// that came before it (two overviews of one sentence must
			// not send k back to the first, or the loop never ends).
			first, at := d.firstSent, 0
			for m := range ds {
				if ds[m].firstSent < first || ds[m].firstSent == first && m < k {
					at++
				}
			}
			sort.SliceStable(ds, func(a, b int) bool { return ds[a].firstSent < ds[b].firstSent })
			k = at // the overview, after the sort
			parts = parts[:0]
			for m := range ds {
				if o := &ds[m]; o.firstSent > d.firstSent && o.placeFrom == fromSentence && rank(o.place.place.Kind) <= 2 && alongOverview(o.place.place, d.place.place) && o.firstSent <= d.lastSent+6 {
					parts = append(parts, m)
				}
			}
			d = &ds[k]
		}
		if len(parts) < 2 {
			continue
		}
		return dropOverview(ds, k, parts)
	}
	return ds
}

// retoldOverviews drops the draft of an overview sentence — one that
// names several kinds of act, sums them up or counts them over a period
// ("Un taxista asesinado, cuatro trabajadores privados de la libertad y un
// paro del transporte marcaron el fin de semana", "Una jornada violenta
// dejó cinco muertos en Celaya, Salamanca e Irapuato") — when a later
// sentence of the report tells an act of its type in its municipality:
// the overview named that act, which the report then tells on its own.
// An overview's act that no later sentence tells stays an act.
func retoldOverviews(c *reportCtx, ds []draft) []draft {
	for k := 0; k < len(ds); k++ {
		d := &ds[k]
		if d.tally || d.denial || d.fromTitle || len(d.sents) != 1 || d.place.place.MunicipalityCode == "" || rank(d.place.place.Kind) > 2 {
			continue
		}
		s := &c.sents[d.firstSent]
		if !s.aggregate && !summaryCue(c.text.Folded, s) {
			continue
		}
		key := placeKey(d.place)
		for m := k + 1; m < len(ds); m++ {
			o := &ds[m]
			if !o.tally && !o.denial && o.typ == d.typ && o.firstSent > d.lastSent && placeKey(o.place) == key && !c.lapsedAct(&c.sents[o.firstSent]) {
				ds = append(ds[:k:k], ds[k+1:]...)
				k--
				break
			}
		}
	}
	return ds
}

// tallyOverviews drops a tally of acts in a few municipalities ("Hombres
// armados bloquearon carreteras de cuatro municipios de Tierra Caliente",
// "ataques en cuatro municipios dejaron cinco muertos") when the
// incidents told right after it give an act in as many municipalities of
// its state: the count was an overview of those acts, not an aggregate
// beside them. Vehicles burnt in them are the overview's blockades.
func tallyOverviews(c *reportCtx, ds []draft) []draft {
	for k := 0; k < len(ds); k++ {
		d := &ds[k]
		n := c.sents[d.firstSent].munis
		if !d.tally || d.denial || n < 2 || n > 9 {
			continue
		}
		st := d.place.place.StateCode
		var parts []int
		var towns []string
		for m := k + 1; m < len(ds); m++ {
			o := &ds[m]
			mu := o.place.place.MunicipalityCode
			if o.tally || o.denial || !o.typ.Violent() || o.firstSent <= d.lastSent || o.firstSent > d.lastSent+8 || mu == "" || st != "" && o.place.place.StateCode != st {
				continue
			}
			parts = append(parts, m)
			if !slices.Contains(towns, mu) {
				towns = append(towns, mu)
			}
		}
		if len(towns) < n {
			continue
		}
		return dropOverview(ds, k, parts)
	}
	return ds
}

// dropOverview drops the overview ds[k] whose acts are ds[parts]:
// vehicles burnt in them are the overview's blockades.
func dropOverview(ds []draft, k int, parts []int) []draft {
	for _, m := range parts {
		if ds[m].typ == model.Arson && ds[k].typ == model.Blockade {
			ds[m].typ = model.Blockade
		}
	}
	return append(ds[:k:k], ds[k+1:]...)
}

// alongOverview reports whether a part's place p lies within an
// overview's place o: in its state, or on its highway.
func alongOverview(p, o gazetteer.Place) bool {
	if o.Kind == gazetteer.Highway {
		return slices.Contains(o.Municipalities, p.MunicipalityCode)
	}
	return stateOf(p) == stateOf(o)
}

// countedOverviews drops an overview that counts its acts ("la autopista
// fue cerrada en dos puntos por bloqueos", "seven people were killed in
// two separate gunfights in central Sinaloa") when the incidents told
// after it give those acts one by one, each in a municipality (of the
// overview's state, when it names one): the overview is no act of its
// own. An overview with a municipality of its own keeps it: its acts may
// be told there again.
//
// An overview in one municipality ("Dos ataques armados contra bares de
// Celaya", "Gunmen attacked two bars in ... Celaya") goes only when the
// acts told right after it are as many as it counts (leadCount), the
// first in the sentence after it, told as the first of them (opensFirst:
// "In the first attack, ...").
func countedOverviews(c *reportCtx, ds []draft) []draft {
	for k := 0; k < len(ds); k++ {
		d := &ds[k]
		muni := d.place.place.MunicipalityCode
		if d.tally || d.denial || d.split || muni != "" && d.firstSent != d.lastSent {
			continue
		}
		var n int
		if muni == "" {
			n = actsCounted(&c.cues, c.text.Folded, &c.sents[d.firstSent])
		} else {
			n = leadCount(&c.cues, c.text.Folded, &c.sents[d.firstSent])
		}
		if n < 2 {
			continue
		}
		var parts []int
		for m := k + 1; m < len(ds); m++ {
			o := &ds[m]
			if o.tally || o.denial || o.typ != d.typ || o.firstSent <= d.firstSent || o.firstSent > d.lastSent+6 || o.place.place.MunicipalityCode == "" {
				continue
			}
			if st := d.place.place.StateCode; st != "" && o.place.place.StateCode != st {
				continue
			}
			if muni != "" && len(parts) == 0 && (o.firstSent != d.firstSent+1 || !opensFirst(c.text.Folded[c.sents[o.firstSent].fStart:c.sents[o.firstSent].fEnd])) {
				continue
			}
			parts = append(parts, m)
		}
		if len(parts) >= 2 && (len(parts) <= n && muni == "" || len(parts) == n) {
			for _, m := range parts {
				if len(ds[m].actors) == 0 {
					ds[m].addActors(d.actors) // "Hombres armados bloquearon en dos puntos ...": who did the acts it names none for
				}
			}
			return append(ds[:k:k], ds[k+1:]...)
		}
	}
	return ds
}

// actsCounted returns the number of acts sentence s counts before one of
// its cues ("dos bloqueos", "two separate gunfights", "dos negocios fueron
// atacados") or as the points of
// a road ("en dos puntos", "at two points"), or 0.
func actsCounted(found *cueHits, f string, s *sentInfo) int {
	for _, cu := range s.cues {
		other := 1
		if hasAnySuffix(f[s.fStart:cu.fStart], " fueron ", " were ") {
			other = 2 // "Dos negocios fueron atacados", "Two bars were attacked"
		}
		if n := numberBeforeIn(f, cu.fStart, s.fStart, other, true); n >= 2 && n <= 9 {
			return n
		}
	}
	if !found.any(cuePlaceCounts, f, s.fStart, s.fEnd) {
		return 0 // none of the nouns read below
	}
	t := f[s.fStart:s.fEnd]
	for _, w := range placeCountNouns {
		if k := indexSpaced(t, w); k > 0 {
			if n := numberBeforeIn(t, k, 0, 0, true); n >= 2 && n <= 9 {
				return n
			}
		}
	}
	return 0
}

// placeCountNouns are the folded plural nouns of the points of acts that
// actsCounted reads a count before.
var placeCountNouns = []string{" puntos", " points", " tramos", " locations"}

// covered reports whether sentence i supports one of ds.
func covered(ds []draft, i int) bool {
	for _, d := range ds {
		if slices.Contains(d.sents, i) {
			return true
		}
	}
	return false
}

// splitArrests gives an arrest told in a second clause of an incident's
// sentence ("rescataron a 23 migrantes secuestrados y detuvieron a dos
// hombres", "gunmen attacked the patrol and police arrested two") an
// incident of its own: a security operation with the arrest's count and
// the forces that made it.
func splitArrests(c *reportCtx, ds []draft) []draft {
	var out []draft
	for k := range ds {
		d := &ds[k]
		clash := d.typ == model.ArmedClash
		if d.tally || d.split && !clash || d.typ == model.SecurityOperation || d.typ == model.Disruption || d.typ == model.Advisory || d.typ == model.Policy {
			continue // (a clash told in two places keeps its figures on the nearest: clashArrest reads them)
		}
		var arrest, rest []figure
		for _, f := range d.figures {
			if f.kind == "detained" && f.n > 0 && (!clash && afterAnd(c.r.Text, f.start) || clash && clashArrest(c.r.Text, f)) {
				arrest = append(arrest, f)
			} else {
				rest = append(rest, f)
			}
		}
		if len(arrest) == 0 {
			continue
		}
		op := draft{typ: model.SecurityOperation, weight: d.weight, sents: append([]int(nil), d.sents...), firstSent: d.firstSent, lastSent: d.lastSent,
			place: d.place, placeFrom: d.placeFrom, highway: d.highway, figures: arrest, cuePos: d.cuePos}
		if at := laterAt(c.r.Text, arrest[0]); clash && at >= 0 && d.firstSent >= 0 && d.clause[1] == 0 {
			op.clause = [2]int{at, c.sents[d.firstSent].end} // "al día siguiente, el miércoles, detuvieron a tres": its own day
		}
		var keep []model.Actor
		for _, a := range d.actors {
			if a.Kind == model.StateForce {
				if clash {
					keep = append(keep, a) // the clash's side too
				}
				a.Role = model.Perpetrator
				op.actors = append(op.actors, a)
			} else {
				keep = append(keep, a)
			}
		}
		d.actors, d.figures = keep, rest
		if out == nil {
			out = make([]draft, 0, len(ds)+1)
		}
		out = append(out, op)
	}
	if out == nil {
		return ds
	}
	all := make([]draft, 0, len(ds)+len(out))
	all = append(all, ds...)
	all = append(all, out...)
	sort.SliceStable(all, func(a, b int) bool { return all[a].firstSent < all[b].firstSent })
	return all
}

// afterAnd reports whether the figure at original offset at opens a
// clause joined by "y"/"and": "... y detuvieron a dos".
func afterAnd(text string, at int) bool {
	b := strings.TrimRight(text[max(at-6, 0):at], " ,")
	return strings.HasSuffix(b, " y") || strings.HasSuffix(b, " and") || strings.HasSuffix(b, " e")
}

// noneToRun gives a statement of no toll (sentence i, just added to the
// last draft of out) to the drafts of the same type told right before the
// last, which have no figure of that kind: "Hombres armados quemaron un
// tráiler en Navojoa. Otro grupo incendió una pipa en Cajeme. No hubo
// personas lesionadas" is no injured at either place.
func noneToRun(c *reportCtx, out []draft, i int, s *sentInfo) {
	if !onlyNone(s.figures) || len(out) < 2 || thereWords.in(c.text.Folded[s.fStart:s.fEnd]) {
		return // "no one was hurt there": at the last place only
	}
	last := &out[len(out)-1]
	for k := len(out) - 2; k >= 0; k-- {
		d := &out[k]
		if !sameDamage(d.typ, last.typ) || d.tally || d.denial || d.lastSent < last.firstSent-3 || c.sents[d.firstSent].para != c.sents[last.firstSent].para {
			break
		}
		if d.placeFrom != fromSentence {
			continue // an act with no place of its own may be the same one
		}
		for _, f := range s.figures {
			has := false
			for _, g := range d.figures {
				if g.kind == f.kind {
					has = true
					break
				}
			}
			if !has {
				d.figures = append(d.figures, f)
			}
		}
		if !slices.Contains(d.sents, i) {
			d.sents = append(d.sents, i)
		}
	}
}

// thereWords send back to a place named before (noneToRun).
var thereWords = newNeedles(" there", " alli", " ahi", " en ese lugar", " en el lugar")

// sameDamage reports whether acts of types a and b are told together as
// one account of damage: the same type, or vehicles and shops set on fire
// (a blockade, an arson, an attack on a business).
func sameDamage(a, b model.IncidentType) bool {
	if a == b {
		return true
	}
	burn := func(t model.IncidentType) bool {
		return t == model.Blockade || t == model.Arson || t == model.BusinessAttack
	}
	return burn(a) && burn(b)
}

// onlyNone reports whether every figure of fs states that nobody was
// affected ("no se reportaron heridos").
func onlyNone(fs []figure) bool {
	for _, f := range fs {
		if f.n != 0 {
			return false
		}
	}
	return len(fs) > 0
}

// withinState reports whether every place of ps is the state of p, so
// that a sentence naming them adds no new place to p's incident.
func withinState(ps []placeRef, p placeRef) bool {
	for _, q := range ps {
		if q.place.MunicipalityCode != "" || q.place.StateCode == "" || q.place.StateCode != p.place.StateCode {
			return false
		}
	}
	return true
}

// stateLeads folds an incident placed only in a state into the first
// incident of the same type placed in a municipality or locality of that
// state on a compatible day: "Dos bloqueos mantuvieron cerrada la federal
// 15 en el sur de Sonora" leads the report whose next sentences place each
// blockade ("El primero se registró en Esperanza, Cajeme"), and "Four
// gunmen were killed in a gunfight in southern Sonora" is the clash "in
// Pueblo Yaqui" told next. With one finer incident, it also takes the
// counts it lacks.
func (e *Extractor) stateLeads(c *reportCtx, ds []draft) []draft {
	drop := false
	for k := range ds {
		d := &ds[k]
		if d.tally || d.denial || d.fromTitle || d.placeFrom == fromNone || d.place.place.Kind != gazetteer.State {
			continue
		}
		var fine []int
		for j := range ds {
			o := &ds[j]
			if j == k || o.tally || o.denial || o.typ != d.typ || o.placeFrom == fromNone || rank(o.place.place.Kind) > 2 || o.place.place.StateCode != d.place.place.StateCode || !e.sameDays(c, d, o) || tollsDiffer(d, o) {
				continue
			}
			fine = append(fine, j)
		}
		if len(fine) == 0 || len(fine) == 1 && c.pluralCue(d) {
			continue // "two gunfights in Sinaloa", one of them told in Navolato
		}
		if ds[fine[0]].firstSent > d.firstSent {
			for j := range ds {
				if o := &ds[j]; j != k && o.typ == d.typ && !o.tally && !o.denial && o.placeFrom == fromSentence && (o.place.place.StateCode == d.place.place.StateCode || o.place.place.StateCode == "") && slices.Contains(o.sents, d.firstSent) {
					// "La Vocería de Seguridad de Tamaulipas informa: ...
					// personas armadas bloquearon la carretera
					// Reynosa–Monterrey": the state is the place of the
					// act its own sentence tells on a road or in that
					// state, not of a later one placed in a town
					// (recall27).
					fine = []int{j}
					break
				}
			}
		}
		o := &ds[fine[0]]
		for _, i := range d.sents {
			if !slices.Contains(o.sents, i) {
				o.sents = append(o.sents, i)
			}
		}
		slices.Sort(o.sents)
		o.lastSent = max(o.lastSent, d.lastSent)
		o.addActors(d.actors)
		if len(fine) == 1 {
			for _, f := range d.figures {
				if !slices.ContainsFunc(o.figures, func(g figure) bool { return g.kind == f.kind }) {
					o.figures = append(o.figures, f)
				}
			}
		}
		d.sents = nil // dropped below
		drop = true
	}
	if !drop {
		return ds
	}
	return slices.DeleteFunc(ds, func(d draft) bool { return len(d.sents) == 0 })
}

// pluralCue reports whether the cue that decided draft d is a plural
// noun ("bloqueos", "gunfights"): the sentence tells several acts.
func (c *reportCtx) pluralCue(d *draft) bool {
	w := c.cueWord(d)
	return w != "" && cueForm(w) == "plural noun"
}

// cueWord returns the folded words of the cue that decided draft d, ""
// when none of its sentences holds it.
func (c *reportCtx) cueWord(d *draft) string {
	for _, i := range d.sents {
		for _, h := range c.sents[i].cues {
			if h.start == d.cuePos && h.fEnd <= len(c.text.Folded) {
				return strings.TrimSpace(c.text.Folded[h.fStart:h.fEnd])
			}
		}
	}
	return ""
}

// sameDays reports whether two drafts may tell acts of one day: the days
// their sentences tell overlap, or one of them tells none.
func (e *Extractor) sameDays(c *reportCtx, a, b *draft) bool {
	days := func(d *draft) []string {
		var out []string
		for _, i := range d.sents {
			for _, t := range c.sents[i].times {
				if !t.historic && !t.t.IsZero() && !t.bare {
					out = append(out, t.t.In(e.loc).Format(time.DateOnly))
				}
			}
		}
		return out
	}
	da, db := days(a), days(b)
	if len(da) == 0 || len(db) == 0 {
		return true
	}
	for _, x := range da {
		if slices.Contains(db, x) {
			return true
		}
	}
	return false
}

// dropTotals removes a total that a breakdown repeats: "fueron detenidas
// 25 personas" with no place of its own, followed by "en Jalisco se detuvo
// a 14 personas; en Michoacán, a 7" gives one incident per place, not a
// fourth one for the whole.
func dropTotals(ds []draft) []draft {
	for k := 0; k < len(ds); k++ {
		d := &ds[k]
		if d.placeFrom == fromSentence || d.placeFrom == fromFeed || d.tally {
			continue
		}
		for _, f := range d.figures {
			parts, sum := 0, 0
			for m := k + 1; m < len(ds); m++ {
				o := &ds[m]
				if o.typ != d.typ || o.placeFrom != fromSentence {
					continue
				}
				best := 0
				for _, g := range o.figures {
					if g.kind == f.kind && g.n > best {
						best = g.n
					}
				}
				if best > 0 {
					parts++
					sum += best
				}
			}
			if parts >= 2 && sum <= f.n {
				return append(ds[:k:k], ds[k+1:]...)
			}
		}
	}
	return ds
}

// summedTallies drops a tally of the dead whose count the report's acts
// told one by one sum to exactly, two or more of them, in the tally's
// state when it names one ("El fin de semana dejó al menos siete personas
// muertas en cuatro municipios de Sinaloa" beside three, two and two
// dead; "Con ellos, suman seis los asesinatos del fin de semana" after two
// and four): the total of those acts, no act of its own.
func summedTallies(ds []draft) []draft {
	for k := 0; k < len(ds); k++ {
		d := &ds[k]
		n := killedIn(d)
		if !d.tally || d.denial || n <= 0 {
			continue
		}
		st := d.place.place.StateCode
		parts, sum := 0, 0
		for m := range ds {
			o := &ds[m]
			if m == k || o.tally || o.denial || st != "" && o.place.place.StateCode != st {
				continue
			}
			if x := killedIn(o); x > 0 {
				parts++
				sum += x
			}
		}
		if parts >= 2 && sum == n {
			ds = append(ds[:k:k], ds[k+1:]...)
			k--
		}
	}
	return ds
}

// killedIn returns the largest count of the dead among d's figures, or 0.
func killedIn(d *draft) int {
	return largestOf(d.figures, "killed")
}

// titleSupport returns the sentence of the text that supports the
// title's incident, or -1.
func (e *Extractor) titleSupport(c *reportCtx) int {
	tp, hasPlace := c.titlePlace()
	title := fold.String(c.r.Title)
	for i := range c.sents {
		s := &c.sents[i]
		if s.boiler || s.historic || s.question || s.opinion || s.suppressed {
			continue
		}
		// A sentence that refers back to the title's violent act
		// supports it, though it tells a protest over it (refersBack):
		// not an accident. (A ceremony's or a closure's title names
		// things, "las armas", "the Periférico", not an act.) Asked
		// only when the sentence's own reading does not decide.
		back := func() bool { return c.titleType.Violent() && refersBack(title, c.text.Folded[s.fStart:s.fEnd]) }
		if s.mishap && c.titleType.Violent() && (s.accident || !back()) {
			continue
		}
		if s.typ == c.titleType || len(s.figures) > 0 || back() {
			return i
		}
		if hasPlace {
			for _, p := range s.places {
				if placeKey(p) == placeKey(tp) {
					return i
				}
			}
		}
	}
	return -1
}

// finer reports whether some place of ps is a municipality or finer.
func finer(ps []placeRef) bool {
	for _, p := range ps {
		if rank(p.place.Kind) <= 2 {
			return true
		}
	}
	return false
}

// claimsDenied turns the acts that posts or rumours claim ("mensajes que
// circulan en redes sociales sobre supuestos enfrentamientos en Culiacán")
// into denials when the report says they are false ("Son mensajes
// falsos").
func claimsDenied(c *reportCtx) {
	denies := c.titleDenied != ""
	for i := range c.sents {
		denies = denies || c.sents[i].denies
		if s := &c.sents[i]; s.negatedFirst != "" && s.typ.Violent() && len(s.figures) == 0 {
			s.denied, s.typ = s.negatedFirst, "" // (tally.go)
		}
	}
	if !denies {
		return
	}
	for i := range c.sents {
		if s := &c.sents[i]; s.claim && s.typ.Violent() && len(s.figures) == 0 {
			s.denied, s.typ = s.typ, ""
		}
	}
}

// vague reports whether sentence s has no time, no toll and no place
// finer than a state.
func vague(s *sentInfo) bool {
	if len(s.figures) > 0 {
		return false
	}
	for _, t := range s.times {
		if !t.historic {
			return false
		}
	}
	for _, p := range s.places {
		if rank(p.place.Kind) <= 2 {
			return false
		}
	}
	return true
}

// advisoryContext reports whether folded sentence f tells, in an advisory,
// the general situation that motivates it.
func advisoryContext(f string) bool {
	return situationWords.in(f)
}

// situationWords tell the general situation behind an advisory (advisoryContext).
var situationWords = newNeedles("reports of", "reportes de", "aware of", "tiene conocimiento de", "throughout", "en todo el estado", "across the state", "en diversos puntos", "in various", "en distintos puntos")

// samePlace returns the latest non-tally incident whose own place is the
// one place of ps, or nil.
func samePlace(out []draft, ps []placeRef) *draft {
	if len(ps) != 1 {
		return nil
	}
	key := placeKey(ps[0])
	for k := len(out) - 1; k >= 0; k-- {
		if d := &out[k]; !d.tally && d.placeFrom == fromSentence && placeKey(d.place) == key {
			return d
		}
	}
	return nil
}

// afterMarkers open a clause that tells an earlier act: "detuvieron a
// cuatro, minutos después de que incendiaran un autobús", "suspendieron el
// servicio luego de que dos taxistas fueran asesinados".
var afterMarkers = []string{"despues de que ", "luego de que ", "minutos despues de ", "horas despues de ", "after they ", "after he ", "minutes after ", "hours after "}

// clauseTown returns the first town or locality sentence s names at or
// after offset at of the report's text (splitAfter).
func clauseTown(s *sentInfo, at int) (placeRef, bool) {
	for _, p := range selectPlaces(s.places) {
		if p.start >= at && rank(p.place.Kind) <= 2 && p.place.MunicipalityCode != "" {
			return p, true
		}
	}
	return placeRef{}, false
}

// splitAfter gives the second act of a sentence that tells two, one of them
// in a clause opened by "después de que" or "after they" (afterMarkers), an
// incident of its own, at the incident's place: an arrest and the act it
// follows, a suspension and the killing behind it (README: a clash followed
// by arrests is two incidents; an arrest reported with the act it punishes
// gives two).
func splitAfter(c *reportCtx, ds []draft) []draft {
	n := len(ds)
	for k := 0; k < n; k++ {
		d := &ds[k]
		if d.denial || d.split || d.fromTitle {
			continue
		}
		s := &c.sents[d.firstSent]
		f := c.text.Folded
		open := -1 // folded start of the after clause
		if c.cues.any(cueAfter, f, s.fStart, s.fEnd) {
			for _, m := range afterMarkers {
				if at := strings.Index(f[s.fStart:s.fEnd], m); at >= 0 && (open < 0 || s.fStart+at < open) {
					open = s.fStart + at
				}
			}
		}
		cause, conseq, later, again := false, false, false, false
		if open < 0 {
			// "suspendieron las clases ..., un día después de la
			// balacera", "flights were suspended ... after gunmen fired
			// on a helicopter": a closure told with the act behind it.
			if open = causeClauseAt(&c.cues, f, s); open >= 0 {
				cause = true
			} else if open = consequenceClauseAt(f, s); open >= 0 {
				// "..., and U.S. authorities halted cargo processing at
				// the bridge": the closure the act brought (sequel.go).
				conseq = true
			} else if open = laterClauseAt(&c.cues, f, s); open >= 0 {
				// "Un hombre fue asesinado ... y, poco más de dos horas
				// después, una mujer resultó herida cuando ..." (roundup.go)
				later = true
			} else if open = otherGroupClauseAt(&c.cues, f, s); open >= 0 {
				// "..., and a second group torched two pickup trucks on
				// the same road at dusk": a second act of the same kind
				// (secondgroup.go)
				again = true
			} else {
				continue
			}
		}
		var in, out *cueHit
		for j := range s.cues {
			cu := &s.cues[j]
			if cu.weight < 0.7 && !(cause && cu.fStart > open && cu.typ.Violent()) && !(conseq && cu.fStart > open && cu.typ == model.Disruption) || cu.typ == model.Policy || cu.typ == model.Advisory || cu.typ == model.Intimidation {
				continue // (a closure's cause may be told by its toll: "que dejó dos muertos")
			}
			if cu.fStart > open {
				if in == nil || cu.weight > in.weight {
					in = cu
				}
			} else if out == nil || cu.weight > out.weight {
				out = cu
			}
		}
		if in == nil || out == nil {
			continue
		}
		place, placeFrom := d.place, d.placeFrom
		if d.tally {
			// "blocked at least seven roads in the state of Nayarit ...,
			// hours after marines captured a boss in the state capital
			// Tepic": the act after the tally's clause is at the town
			// that clause names, or is none of the tally's.
			p, ok := clauseTown(s, c.text.Orig(open))
			if !ok {
				continue
			}
			place, placeFrom = p, fromSentence
		}
		typ := func(cu *cueHit) model.IncidentType {
			switch {
			case cu.typ == model.Arson && s.road && !s.business:
				return model.Blockade
			case (cu.typ == model.Arson || cu.typ == model.ArmedAttack) && s.business:
				return model.BusinessAttack
			}
			return cu.typ
		}
		ti, to := typ(in), typ(out)
		timed, historic := clauseTimes(s, c.text.Orig(open))
		if again {
			if ti != to || historic {
				continue
			}
			ti, to = d.typ, d.typ // the draft's reading of its cue (a burning on a road is a blockade)
		}
		var other model.IncidentType
		switch {
		case d.typ == ti:
			other = to
		case d.typ == to:
			other = ti
		case cause && to == model.Disruption && ti.Violent() && d.typ.Violent():
			// "suspendieron las clases ..., un día después de la balacera
			// ... que dejó dos agresores muertos": the act the sentence
			// was typed by is the cause told by its toll (servicestop.go)
			other = to
		default:
			continue
		}
		if other == d.typ && !again || cause && ti == model.Disruption || cause && to != model.Disruption || conseq && (ti != model.Disruption || !to.Violent()) {
			continue
		}
		if later && (ti == model.Disruption || to == model.Disruption || c.cues.any(cueDied, f, in.fStart, in.fEnd)) {
			continue // "..., y, horas después, uno de ellos murió": the act's own toll
		}
		if !cause && !conseq && !later && causeAndToll(ti, to) && !lapseAfter(f[open:s.fEnd]) {
			// "Un hombre quedó tendido sobre la banqueta ... luego de que
			// desconocidos le dispararan", "... elevó a 14 el número de
			// muertos en el enfrentamiento ... luego de que un herido
			// muriera": one act, told by its toll and its shooting; the
			// main clause says which (oneActTwice).
			d.typ = to
			continue
		}
		dup := false
		for j := range ds {
			dup = dup || !again && ds[j].typ == other && placeKey(ds[j].place) == placeKey(place)
		}
		if dup {
			continue
		}
		nd := draft{typ: other, weight: d.weight, sents: append([]int(nil), d.sents[:1]...), firstSent: d.firstSent, lastSent: d.firstSent,
			place: place, placeFrom: placeFrom, highway: d.highway, cuePos: d.cuePos}
		if !conseq {
			// each dated by its own side of the clause, when both tell
			// a time (timeClause)
			if other == to {
				nd.cuePos = out.start
			} else {
				nd.cuePos = in.start
			}
		}
		if conseq {
			// each dated by its own clause ("..., y suspendieron las
			// clases este miércoles")
			at := c.text.Orig(open)
			nd.cuePos, nd.clause = in.start, [2]int{at, s.end}
			if d.clause[1] == 0 && len(s.times) > 0 && s.times[0].start < at {
				d.clause = [2]int{s.start, at}
			}
		}
		if later || again && timed {
			laterSplit(c, s, d, &nd, c.text.Orig(open), to, out.start, in.start)
		} else if again {
			// "... at dawn Tuesday, and a second group torched two
			// buses": the day told once is both acts'
			nd.cuePos = in.start
		}
		nd.another = again
		ds = append(ds, nd)
	}
	if len(ds) == n {
		return ds
	}
	sort.SliceStable(ds, func(a, b int) bool { return ds[a].firstSent < ds[b].firstSent })
	return ds
}

// retoldOpenings start a sentence that names again, as a group, the acts
// just told ("Los hechos ocurrieron...", "The attacks took place..."),
// folded.
var retoldOpenings = []string{"el primero", "la primera", "the first", "los hechos", "los ataques", "los bloqueos", "los incidentes", "los casos", "las agresiones", "ambos hechos", "ambos ataques", "the attacks", "the blockades", "the incidents", "both attacks", "both blockades"}

// seriesItem reports whether sentence i, which has no cue, opens with the
// next ordinal of a series the last draft of out began ("El primer
// bloqueo ... El segundo, en el kilómetro 184, ...", "The first attack
// ... The second, ..."), and returns the original offset right after the
// ordinal (where the act's cue would stand: anotherAct reads the ordinal
// before it).
func seriesItem(c *reportCtx, out []draft, i int, s *sentInfo) (int, bool) {
	if len(out) == 0 || s.boiler || s.question || s.historic || s.suppressed {
		return 0, false
	}
	last := &out[len(out)-1]
	if last.tally || last.denial || !last.typ.Violent() || last.lastSent < i-2 || last.lastSent >= i {
		return 0, false
	}
	f := trimLeftSet(c.text.Folded[s.fStart:s.fEnd], " \t\n\"'«“")
	lead := len(c.text.Folded[s.fStart:s.fEnd]) - len(f)
	var first []string
	n := 0
	for _, o := range [...]struct{ next, first string }{
		{"el segundo", "primer"}, {"la segunda", "primera"}, {"el tercero", "segundo"}, {"la tercera", "segunda"},
		{"the second", "first"}, {"the third", "second"},
	} {
		if rest, ok := strings.CutPrefix(f, o.next); ok && (strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, " ")) {
			first = append(first, o.first)
			n = len(o.next)
			break
		}
	}
	if first == nil {
		return 0, false
	}
	// the ordinal stands alone: no noun after it ("el segundo día", "the
	// second time" are no act)
	if ws := appendFields(nil, f[n:], 1); len(ws) == 1 && !strings.HasSuffix(ws[0], ",") {
		switch ws[0] {
		case "se", "fue", "was", "went", "began", "took", "ocurrio", "ocurrió", "at", "a", "en", "in", "on", "sobre", "hacia", "around", "alrededor", "cerca", "near":
		default:
			return 0, false
		}
	}
	// the series began with the ordinal right before a cue of the act
	// ("the first blockade", "el primer ataque"), not "el primer
	// respondiente"
	told := false
	for _, j := range last.sents {
		// or opened one of its sentences with the ordinal alone ("El
		// primero, a las 23:10 horas, en un bar ...")
		g := trimLeftSet(c.text.Folded[c.sents[j].fStart:c.sents[j].fEnd], " \t\n\"'«“")
		for _, w := range first {
			told = told || hasAnyPrefix(g, "el "+w+",", "la "+w+",", "el "+w+"o,", "la "+w+"a,", "el "+w+"o ", "la "+w+"a ", "the "+w+",")
		}
		// or named its act by an ordinal and a generic noun ("El primer
		// cierre se registró ...": countedByNoun)
		if w := first[0]; w == "primer" || w == "primera" || w == "first" {
			_, named := firstNounAt(g)
			told = told || named
		}
	}
	for _, j := range last.sents {
		for _, h := range c.sents[j].cues {
			before := lastWords(c.text.Folded[c.sents[j].fStart:h.fStart], 2)
			for _, w := range first {
				told = told || wordIn(before, w) || wordIn(before, w+"a") || wordIn(before, w+"o")
			}
		}
	}
	if !told {
		return 0, false
	}
	at, _ := c.text.Span(s.fStart+lead+n, s.fStart+lead+n+1)
	return at, true
}

// shootingType reports whether t is an attack whose toll a killing may be.
func shootingType(t model.IncidentType) bool {
	return t == model.ArmedAttack || t == model.ArmedClash || t == model.BusinessAttack || t == model.Explosive
}

// lastType returns the type of the last draft of out, "" if none.
func lastType(out []draft) model.IncidentType {
	if len(out) == 0 {
		return ""
	}
	return out[len(out)-1].typ
}

// retoldActs reports whether sentence i, which has no cue of its own or
// only a definite one ("the attacks"), names again the acts of the
// incident told in the sentence before and places them in two or more
// towns: each town is one of those acts.
func retoldActs(c *reportCtx, out []draft, i int, s *sentInfo) bool {
	if len(out) == 0 || s.boiler || s.question || s.historic || len(s.figures) > 0 {
		return false
	}
	last := &out[len(out)-1]
	if last.denial || !last.typ.Violent() || last.lastSent != i-1 || c.sents[last.lastSent].para != s.para {
		return false
	}
	f := trimLeftSet(c.text.Folded[s.fStart:s.fEnd], " \t\n\"'«“")
	opens := false
	for _, o := range retoldOpenings {
		if strings.HasPrefix(f, o+" ") {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	towns := map[string]bool{}
	for _, p := range selectPlaces(s.places) {
		if rank(p.place.Kind) <= 2 {
			towns[p.place.MunicipalityCode] = true
		}
	}
	return len(towns) >= 2
}

// tallyAfterAct returns the act told in the after clause (afterMarkers) of
// tally sentence s and the clause's original start: "suman tres personas
// asesinadas en la capital, luego de que la noche del viernes dos jóvenes
// fueron atacados a balazos": the tally counts acts, the clause tells one
// of them with its own time. The act takes the tally's type when the
// clause tells only the attack and the tally counts the killings. It
// returns false when the clause holds no firm cue of a violent act.
func tallyAfterAct(c *reportCtx, s *sentInfo) (cueHit, int, bool) {
	f := c.text.Folded
	open := -1
	for _, m := range afterMarkers {
		if at := strings.Index(f[s.fStart:s.fEnd], m); at >= 0 && (open < 0 || s.fStart+at < open) {
			open = s.fStart + at
		}
	}
	if open < 0 {
		return cueHit{}, 0, false
	}
	var in *cueHit
	for j := range s.cues {
		cu := &s.cues[j]
		if cu.fStart > open && cu.weight >= 0.6 && cu.typ.Violent() && cu.typ != model.Intimidation && (in == nil || cu.weight > in.weight) {
			in = cu
		}
	}
	if in == nil {
		return cueHit{}, 0, false
	}
	h := *in
	if h.typ == model.ArmedAttack && s.typ == model.Homicide {
		h.typ = model.Homicide
	}
	at, _ := c.text.Span(open, open+1)
	return h, at, true
}
