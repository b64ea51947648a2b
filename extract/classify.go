package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/toll"
	"github.com/atalaya/atalaya/when"
)

// cueHit is a cue that survived the filters.
type cueHit struct {
	typ    model.IncidentType
	weight float64
	fStart int
	fEnd   int
	start  int
	// waylay: the cue is a verb of stopping someone on the way
	// ("interceptan"), which gunmen do before a killing as police do
	// before an arrest.
	waylay bool
	// holdup: the cue tells a robbery by violence or threat ("asaltan",
	// "a punta de pistola"), which gives way to a killing, a kidnapping
	// or an arrest told beside it.
	holdup bool
}

// holdupCue reports whether the folded cue text w tells a hold-up. It
// compares w only with the phrases that begin with its first two bytes
// (its first alone, for few).
func holdupCue(w string) bool {
	if len(w) < 2 {
		return false // no phrase is shorter
	}
	switch w[0] {
	case 'a':
		switch w[1] {
		case 's':
			return strings.HasPrefix(w, "asalt")
		case 't':
			return hasAnyPrefix(w, "atrac", "at gunpoint")
		case ' ':
			return hasAnyPrefix(w, "a mano armada", "a punta de")
		case 'r':
			return hasAnyPrefix(w, "armed robber", "armados ro", "armados se", "armados desp", "armado ro", "armado se", "armado desp")
		}
	case 'r':
		return hasAnyPrefix(w, "roban con", "robo con", "robbed at")
	case 'c':
		return hasAnyPrefix(w, "con lujo de", "carjack")
	case 'd':
		return strings.HasPrefix(w, "despojan con")
	case 'h':
		return hasAnyPrefix(w, "held up", "hold-up", "holdup")
	case 'v':
		return strings.HasPrefix(w, "violento asalto")
	}
	return false
}

// denialWord reports whether a negation marker denies the whole sentence
// ("desmienten", "falso") rather than the words right after it ("no").
func denialWord(w string) bool {
	return strongDenial(w) || claimWord(w)
}

// strongDenial reports whether a negation marker says that a claim is
// untrue ("desmienten", "negó", "es falso", "denied"), as opposed to one
// that only calls it a rumour.
func strongDenial(w string) bool {
	for _, p := range []string{"descart", "desmient", "desminti", "nieg", "neg", "fals", "fake", "denie", "deny", "hoax", "untrue", "not true", "no es cierto", "no es verdad", "dismiss", "debunk", "inexistent", "fact check", "fact-check", "verificacion"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// claimWord reports whether a marker calls what follows an unverified
// claim ("rumores", "bulo", "desinformación").
func claimWord(w string) bool {
	for _, p := range []string{"rumor", "bulo", "desinformacion"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// classify decides the incident type of a sentence, its actors, and
// whether it is boilerplate or opinion. hits are the sentence's lexicon
// matches in folded text f.
// found are where the cue lists' phrases occur in f, or nil.
func (e *Extractor) classify(f string, found *cueHits, si *sentInfo, hits []hit, r model.Report) {
	var cueBuf [8]cueHit // most sentences hold a few cues: no array to allocate
	cues := cueBuf[:0]
	var negAt, hypoAt []int // fEnd of markers
	var claimAt []int       // fEnd of the words that call what follows a rumour (claimReaches)
	var reportAt []int      // fEnd of the conditionals of report ("habrían" + participle)
	var habitAt []int       // fEnd of characterizations: they reach the end of the sentence
	var supportAt []int
	denial, strong := false, false
	non, accident := false, false
	var nonAt []int // folded starts of the protest, roadwork and parade words (armedOwnClause)
	var accAt []int // folded starts of the accident words (mishap.go)
	var business, road, street, seize, tallyUnit, venue, closure bool
	bizIn := false           // a business named as where the act happened ("en un negocio")
	var bizAt, bizInAt []int // the original offsets of business and bizIn's words
	perp := false            // a cartel, faction or armed group is named
	sport, ads := 0, 0
	stat := percentSign(f[si.fStart:si.fEnd])
	fiction, court := false, false
	var courtAt []int // folded starts of the court words
	sportWeak, weather := 0, 0
	protestAt := -1      // the first protest word: the acts after it are its grievances
	commonAt := -1       // folded end of an act noun grown common (becameCommon): what follows describes the kind
	var ignored [][2]int // folded spans of names that hold cue words
	hypoAt = append(hypoAt, si.future...)
	var quantityEnd []int
	var finds, opVerbs []hit
	contraband := -1 // folded start of the first contraband noun
	for _, h := range hits {
		for _, en := range h.entries {
			switch en.cls {
			case clsFind:
				if thingObject(f, h.fEnd) {
					continue // "localizan a perro extraviado"
				}
				finds = append(finds, h)
			case clsOpVerb:
				if thingObject(f, h.fEnd) {
					continue // "rescatan a perrito"
				}
				opVerbs = append(opVerbs, h)
			case clsContraband:
				if contraband < 0 {
					contraband = h.fStart
				}
			case clsCue:
				if otherSense(f, r.Text, &si.sentence, h, en) {
					continue
				}
				cues = append(cues, cueHit{typ: en.typ, weight: en.weight, fStart: h.fStart, fEnd: h.fEnd, start: h.start, waylay: strings.HasPrefix(f[h.fStart:h.fEnd], "intercept"), holdup: en.typ != model.Kidnapping && holdupCue(f[h.fStart:h.fEnd])})
			case clsActor, clsIgnore:
				si.actorAt = append(si.actorAt, [2]int{h.start, h.end})
				if en.cls == clsActor {
					switch e.actors[en.actor].kind {
					case model.Cartel, model.Faction, model.UnidentifiedArmedGroup:
						perp = true
					}
				}
				if en.cls == clsIgnore {
					ignored = append(ignored, [2]int{h.fStart, h.fEnd})
				}
			case clsNeg:
				if unknownWho(f, h.fStart, h.fEnd) {
					continue // "sujetos no identificados": who, not whether
				}
				if unceasing(f, h.fStart, h.fEnd) || unstoppedNegation(f, h.fStart, h.fEnd) {
					continue // "no cesa la violencia", "does not stop violence": it goes on
				}
				if w := f[h.fStart:h.fEnd]; strings.HasPrefix(w, "neg") || strings.HasPrefix(w, "nieg") {
					if h.fStart >= 3 && f[h.fStart-3:h.fStart] == "se " && !strings.HasPrefix(f[h.fEnd:], " que") && !strings.HasPrefix(f[h.fEnd:], " la ") && !strings.HasPrefix(f[h.fEnd:], " el ") {
						continue // "se niega y le disparan": someone refuses, nothing is denied
					}
				}
				if w := f[h.fStart:h.fEnd]; denialWord(w) && leftOpen(f, h.fStart) {
					continue // "no descartó que se trate de...": nothing denied (tally.go)
				}
				if w := f[h.fStart:h.fEnd]; denialWord(w) && !refusal(f, h.fStart, h.fEnd, si.fEnd) {
					denial = true
					strong = strong || strongDenial(w)
					si.claim = si.claim || claimWord(w)
					if claimWord(w) {
						claimAt = append(claimAt, h.fEnd)
					}
				} else {
					negAt = append(negAt, h.fEnd)
				}
			case clsHypo:
				if f[h.fStart:h.fEnd] == "may" && monthMay(f, h.fStart, h.fEnd) {
					continue // "on May 5", "in May": the month
				}
				if reportive(f, h.fStart, h.fEnd) {
					// "habrían levantado a un comerciante": alleged, told
					// as past, when the participle is the act itself
					reportAt = append(reportAt, h.fEnd)
					continue
				}
				hypoAt = append(hypoAt, h.fEnd)
			case clsHabit:
				habitAt = append(habitAt, h.fEnd)
			case clsOpinion:
				si.opinion = true
			case clsBoiler:
				si.boiler = true
			case clsNon:
				if harmedGroup(f, h.fEnd, si.fEnd) || aimedGroup(f, h.fStart, si.fStart) {
					continue // "dos campesinos resultaron heridos", "amenazas dirigidas a transportistas": the victims, no protest
				}
				if noticeAudience(f, h.fStart, si.fStart) {
					continue // "informa a madres y padres de familia, docentes y alumnos que se suspenden las clases": whom a notice addresses, no protest (recall27)
				}
				if extortionDemand(f, h.fStart, h.fEnd, si.fEnd) {
					continue // "por sujetos que les exigían el pago de una cuota": extortion, no protest (recall27)
				}
				non = true
				nonAt = append(nonAt, h.fStart)
			case clsAccident:
				if w := f[h.fStart:h.fEnd]; (w == "choque" || w == "choques") && hasAnySuffix(f[si.fStart:h.fStart], "grupo de ", "grupos de ", "fuerza de ", "fuerzas de ", "porros de ") {
					continue // "grupo de choque": a gang sent to beat people, no collision
				}
				if w := f[h.fStart:h.fEnd]; (w == "choque" || w == "choques") && rivalsAfter(f[h.fEnd:si.fEnd]) {
					continue // "choque de cárteles": a clash, no collision
				}
				if groupName(f, r.Text, h, si.fStart) {
					continue // "Cartel de Jaguar", "Los Coyotes": a gang's name, no animal
				}
				if f[h.fStart:h.fEnd] == "al caer" && nightfall(f[h.fEnd:si.fEnd]) {
					continue // "al caer la tarde, ... quemó dos camionetas": at dusk, no fall (recall27)
				}
				accident = true
				if mishapWord(f[h.fStart:h.fEnd]) && !(h.start > si.start && h.start < len(r.Text) && 'A' <= r.Text[h.start] && r.Text[h.start] <= 'Z') {
					accAt = append(accAt, h.fStart) // not "ahogado", a state; not "'El Toro'", a name
				}
			case clsBusiness:
				// "frente a una tienda", "outside a bar": a landmark, not the target.
				if !landmark(f, h.fStart, si.fStart) {
					if locative(f, h.fStart, si.fStart) {
						bizIn = true
						bizInAt = append(bizInAt, h.start)
					} else {
						business = true
						bizAt = append(bizAt, h.start)
					}
				}
			case clsRoad:
				road = true
			case clsSupport:
				supportAt = append(supportAt, h.fEnd)
			case clsTallyUnit:
				u := f[h.fStart:h.fEnd]
				// "en 20 estados", "en seis municipios"; the few
				// municipalities of "en al menos tres municipios" are
				// usually told one by one.
				least := 2
				if strings.HasPrefix(u, "munici") {
					least = 4
				}
				other := 1
				if strings.HasPrefix(u, "municipalit") {
					other = 2 // "seven roadblocks in five Nuevo León municipalities"
				}
				n := numberBeforeIn(f, h.fStart, si.fStart, other, true)
				if n >= 2 && n < least {
					si.units = n // an overview of acts told one by one
				}
				if strings.HasPrefix(u, "munici") && n >= 2 {
					si.munis = n
				}
				if n >= least || !strings.HasSuffix(u, "s") || quantityBefore(quantityEnd, h.fStart) {
					tallyUnit = true
					if !strings.HasPrefix(u, "munici") {
						si.tallyCountry = true
					}
				}
			case clsSeize:
				seize = true
			case clsVenue:
				venue = true
			case clsClosure:
				closure = true
			case clsStreet:
				street = true
			case clsSport:
				if !venueName(f, h.fStart, si.fStart) && !sportGround(f, h.fStart, h.fEnd, si.fStart) {
					sport++
				}
			case clsAd:
				ads++
			case clsQuantity:
				quantityEnd = append(quantityEnd, h.fEnd)
			case clsStat:
				stat = stat || !bodyShare(f[h.fEnd:si.fEnd]) // not "quemaduras en el 60 por ciento del cuerpo"
			case clsFiction:
				if w := f[h.fStart:h.fEnd]; strings.HasPrefix(w, "pelicula") && hasAnySuffix(f[si.fStart:h.fStart], " de ", " de ‘", " de '", " de \"") || strings.HasPrefix(w, "pelicula") && h.fStart == si.fStart {
					continue // "persecución de película", "como de película": a simile
				}
				if performer(f[h.fEnd:si.fEnd]) || performerBefore(f[si.fStart:h.fStart]) {
					continue // "corrido musician killed": the genre names who was hit
				}
				if violentEpisode(f, h.fStart, h.fEnd, si.fStart, si.fEnd) {
					continue // "the week's deadliest episode came on Tuesday, when ...": an act
				}
				if !gatheringPlace(f, h.fStart, h.fEnd, si.fStart) {
					fiction = true
				}
			case clsWe:
				si.we = true
			case clsSportWeak:
				if !venueName(f, h.fStart, si.fStart) && !dayJornada(f, h.fStart, h.fEnd) {
					sportWeak++
				}
			case clsCourt:
				if !venueName(f, h.fStart, si.fStart) && !courtVictim(f, h.fStart, h.fEnd) && !chargedOnArrest(f, h.fStart) {
					court = true
					courtAt = append(courtAt, h.fStart)
				}
			case clsClaim:
				si.claim = true
			case clsWeather:
				weather++
			case clsPolicyTalk:
				si.policy++
			case clsAggregate:
				si.aggregate = true
			case clsExamples:
				si.examples = true
			case clsProtest:
				if monthName(f, h.fStart, h.fEnd) {
					break // "March 15", "15 March", "March 2020": the month
				}
				if protestAt < 0 {
					protestAt = h.fStart
				}
			}
		}
	}
	cues = woundCues(f, r, cues) // (ppdact.go)
	if c, ok := contrabandFound(f, finds, contraband, cues); ok {
		cues = append(cues, c)
	} else if c, ok := smuggled(f, hits, cues, si.fStart); ok {
		cues = append(cues, c) // "Movía mariguana haciéndose pasar por repartidor" (ppdrecall.go)
	}
	if c, ok := closedWithVehicles(f, hits, cues, si.fEnd); ok {
		cues = append(cues, c) // "cerraron el libramiento con dos autobuses" (ppdact.go)
	}
	if c, ok := wrappedFound(f, finds, si.fEnd); ok {
		cues = append(cues, c)
	}
	if c, ok := datedFound(f, finds, si.fEnd); ok {
		cues = append(cues, c)
	}
	if c, ok := e.forceActs(f, hits, opVerbs, cues); ok {
		cues = append(cues, c)
	} else if c, ok := e.forceFinds(hits, finds, cues); ok {
		cues = append(cues, c)
	}
	if acts, drop, _ := e.agentActs(f, hits, cues, si.fStart, si.fEnd); len(acts) > 0 {
		// "Gunmen torch a bus", "Cartel hangs banner": a verb after its
		// doer, where the lexicon reads none or only a weak noun ("Armed
		// group raids"); "Gunmen killed" keeps the lexicon's reading
		cues = slices.DeleteFunc(cues, func(c cueHit) bool { return slices.Contains(drop, c.fStart) })
		for _, a := range acts {
			if !slices.Contains(drop, a.fStart) && slices.ContainsFunc(cues, func(c cueHit) bool { return c.fStart <= a.fStart && a.fStart < c.fEnd && c.weight >= 0.6 }) {
				continue
			}
			cues = append(cues, a)
		}
	}
	if found.any(cueServices, f, si.fStart, si.fEnd) && !slices.ContainsFunc(cues, func(c cueHit) bool { return c.typ == model.Disruption }) {
		if c, ok := serviceStop(f, si.fStart, si.fEnd, si.start); ok {
			cues = append(cues, c) // "cancelled in-person classes" (servicestop.go)
		}
	}
	if !found.any(cueParticiples, f, si.fStart, si.fEnd) {
		// no word of a participle frame: participleActs would find none
	} else if acts, drop := participleActs(f, r.Text, cues, si.fStart, si.fEnd, si.start); len(acts) > 0 && !accident {
		// "Four teachers snatched from school", "Narcomantas hung from
		// bridges": a bare participle after the noun it happens to
		// (passive.go), a weaker reading than an accident's, and than a
		// protest's but for people taken ("Avenue blocked by protesting
		// teachers")
		acts = slices.DeleteFunc(acts, func(a cueHit) bool {
			return non && a.typ != model.Kidnapping && !armedOwnClause(f, a, nonAt, si.fStart, si.fEnd) && !(a.typ == model.Homicide && dayAfterCue(f, a.fEnd, si.fEnd))
		})
		cues = append(slices.DeleteFunc(cues, func(c cueHit) bool { return len(acts) > 0 && slices.Contains(drop, c.fStart) }), acts...)
	}
	if r.Lang != "es" {
		cues = append(cues, fallActs(f, r.Text, si.fStart, si.fEnd, si.start)...) // "'El Chato' falls in Durango" (passive.go)
	}
	for k := range cues {
		if c := &cues[k]; c.typ == model.Homicide && c.weight < 0.6 && f[c.fStart:c.fEnd] == "killings" && numberBefore(f, c.fStart, si.fStart, 0) >= 2 {
			c.weight = 0.6 // "10 killings": counted acts, not a kind
		}
	}
	// A blast of fuel with no device or attacker named is an accident
	// (realis.go): its blasts and fires are no crime, here and, through
	// mishapCause, in the report's other sentences.
	fuel := false
	for _, c := range cues {
		if c.typ == model.Explosive || c.typ == model.Homicide && blastWords.in(f[si.fStart:si.fEnd]) {
			fuel = fuelBlast(f[si.fStart:si.fEnd])
			break
		}
	}
	si.ads = ads
	if !accident && found.any(cueRuledOut, f, si.fStart, si.fEnd) && intentRuledOut(f[si.fStart:si.fEnd]) {
		accident = true // "Incendio consume bodega; descartan que haya sido provocado" (mishap.go)
	}
	if !accident && found.any(cueDeaths, f, si.fStart, si.fEnd) && agedDeath(f[si.fStart:si.fEnd]) {
		accident = true // "murió a los 103 años en su casa": a natural death (pretence.go)
	}
	si.mishap = accident || non || fuel
	si.accident = accident || fuel
	si.denies = strong
	if navigation(f[si.fStart:si.fEnd]) {
		si.boiler = true // "Inicio | Seguridad | Balaceras | Bloqueos | Política"
	}
	si.closure = closure
	// "atravesaron dos tráileres y les prendieron fuego": vehicles put
	// across a road block it, named or not (README: vehicles set on fire
	// to close a road are a blockade).
	across := found.any(cueAcross, f, si.fStart, si.fEnd) || acrossNamedRoad(f[si.fStart:si.fEnd])
	if bizIn && !business && !(venue && !cueOf(cues, model.Arson)) && (!personVictim(f, cues) || staffIn(f[si.fStart:si.fEnd])) {
		// (a shooting inside a bar or a club, whose people are the usual
		// target, stays an armed attack: acttype16.go)
		// "matan a un hombre en un negocio": a person is the target and
		// the business only where it happened; without one, or when its
		// staff were hit ("guardias atacados en una gasolinera"), the
		// business is.
		business = true
		bizAt = bizInAt
	}
	// Actors with roles.
	var reporters []string
	// parties are the actors of the mentions that do not only report
	// the sentence ("Gunmen killed two men in Allende on Thursday, police
	// said": the police are no target of the killing).
	var partyBuf [4]model.Actor
	parties := partyBuf[:0]
	for _, h := range hits {
		for _, en := range h.entries {
			if en.cls != clsActor {
				continue
			}
			def := e.actors[en.actor]
			reporter := def.kind != model.Civilians && reporting(found, f, h.fStart, h.fEnd, si.fStart, si.fEnd)
			if reporter {
				reporters = append(reporters, def.name)
			}
			role := actorRole(found, f, h.fStart, si.fStart, supportAt, def.kind)
			dup := false
			for _, a := range si.actors {
				if a.Name == def.name {
					dup = true
				}
			}
			if !dup {
				si.actors = append(si.actors, model.Actor{Name: def.name, Kind: def.kind, Role: role})
			}
			if !reporter {
				parties = append(parties, model.Actor{Name: def.name, Kind: def.kind, Role: role})
			}
		}
	}
	// A cue inside a longer cue ("operations" in "suspended operations")
	// or inside a name or phrase that holds cue words ("uso de armas de
	// fuego") is not a cue of its own.
	inner := cues[:0]
	for k, c := range cues {
		in := false
		for _, sp := range ignored {
			in = in || sp[0] <= c.fStart && c.fEnd <= sp[1]
		}
		for m, o := range cues {
			if m != k && o.fStart <= c.fStart && c.fEnd <= o.fEnd && o.fEnd-o.fStart > c.fEnd-c.fStart {
				in = true
				break
			}
			if m != k && o.typ != c.typ && o.fStart < c.fStart && c.fStart < o.fEnd && o.fEnd < c.fEnd {
				// "set on fire on a street": "fire on" starts inside
				// "set on fire" and is no attack of its own.
				in = true
				break
			}
		}
		if !in {
			inner = append(inner, c)
		}
	}
	cues = inner
	// A cue inside "tras el enfrentamiento" or "after the attack" names an
	// earlier act the sentence follows up; it decides the type only when
	// nothing else does.
	var own int
	for _, c := range cues {
		if !e.afterRef(f, c.fStart, si.fStart) && !causeClause(f, c.fStart, si.fStart) && c.fEnd > labelEnd(f, si.fStart, si.fEnd) {
			own++
		}
	}
	// A cue joined by "y" to one that is a reference is one too: "detenidos
	// por bloqueos y quema de autos".
	var refBuf [32]bool
	ref := refBuf[:0]
	if len(cues) <= len(refBuf) {
		ref = refBuf[:len(cues)]
	} else {
		ref = make([]bool, len(cues))
	}
	label := labelEnd(f, si.fStart, si.fEnd)
	for k, c := range cues {
		ref[k] = e.afterRef(f, c.fStart, si.fStart) || causeClause(f, c.fStart, si.fStart) || c.fEnd <= label
		if !ref[k] && k > 0 && ref[k-1] && c.fStart >= cues[k-1].fEnd && c.fStart-cues[k-1].fEnd <= 30 {
			if gap := f[cues[k-1].fEnd:c.fStart]; (strings.Contains(gap, " y ") || strings.Contains(gap, " e ") || strings.Contains(gap, " and ")) && !strings.ContainsAny(gap, ",;") {
				ref[k] = true
				own--
			}
		}
	}
	si.reference = own == 0 && len(cues) > 0
	for k, c := range cues {
		// a firm cue, or a noun naming an act already told ("Tras el
		// ataque, los transportistas suspendieron el servicio")
		si.crimeRef = si.crimeRef || ref[k] && c.typ.Violent() && (c.weight >= 0.75 || definite(f, c.fStart, si.fStart))
	}
	if len(cues) > 0 {
		si.elapsed = elapsedEnds(found, f, si.fStart, si.fEnd)
	}
	// An existential negation is looked for only where a negation or
	// "sin", "saldo", "without" may open one.
	mayExist := len(negAt) > 0 || len(cues) > 0 && found.any(cueExistOpen, f, si.fStart, si.fEnd)
	si.hedged = len(negAt) > 0 || len(hypoAt) > 0
	// "los ataques con drones explosivos": a kind of act, or acts already
	// known, named by a definite plural.
	generic := false
	for _, c := range cues {
		generic = generic || genericPlural(f, c.fStart, c.fEnd, si.fStart) || c.typ.Violent() && kindOfVictims(f, c.fStart, c.fEnd, si.fEnd) || practice(f, c.fStart, c.fEnd, si.fEnd) || c.typ.Violent() && genericBare(f, c.fStart, c.fEnd, si.fStart, si.fEnd, r.Lang)
	}
	if (sport > 0 || sportWeak > 0) && playingVictim(f[si.fStart:si.fEnd], f, cues) {
		sport, sportWeak = 0, 0 // "shot while playing basketball": the game is where the victim was
	}
	if scoreLine(f[si.fStart:si.fEnd]) {
		sport++ // "Tigres fusiló 4-0 a Cruz Azul"
	}
	si.sportWords = sport + sportWeak
	counted := false   // a cue dropped as a statistic
	var periodAt []int // the cues counted over a period: a tally
	// Filter cues.
	var denied, negated []cueHit
	// "Sube a cuatro la cifra de muertos por el ataque armado": the dead
	// are the toll of the act the sentence refers to, which it follows up
	// (README: a follow-up is labelled as that incident).
	// So is a wounded victim who died ("Uno de los heridos del ataque
	// armado en un bar murió en el hospital").
	tollOnly := own > 0
	woundedDied := woundedDeath(found, f, si.fStart, si.fEnd) || hospitalDeath(found, f, si.fStart, si.fEnd, cues, ref)
	for k, c := range cues {
		if !ref[k] && !(c.typ == model.Homicide && (victimNoun(f[c.fStart:c.fEnd]) || woundedDied)) {
			tollOnly = false
		}
	}
	refAct := false // a violent act referred to, other than a killing
	for k, c := range cues {
		refAct = refAct || ref[k] && c.typ.Violent() && c.typ != model.Homicide
	}
	// the ends of the clashes referred to ("tras el enfrentamiento"),
	// read before kept reuses cues' array
	var clashRefs []int
	for k, c := range cues {
		if ref[k] && c.typ == model.ArmedClash {
			clashRefs = append(clashRefs, c.fEnd)
		}
	}
	standing := cueOf(cues, model.Advisory) && standingAdvisory(f[si.fStart:si.fEnd])     // the sentence states a travel advisory's standing levels
	big := bigCount(f[si.fStart:si.fEnd], found.any(cueThousands, f, si.fStart, si.fEnd)) // an act counted in thousands: a statistic (clean9.go)
	recallAt := 0                                                                         // the first act noun recalled as an older act (words of recall stand before it: never 0)
	for _, c := range cues {
		if c.typ.Violent() && recalled(f, c.fStart, si.fStart) {
			recallAt = c.fStart
			break
		}
	}
	si.recallAt = recallAt
	// "Tres murieron y dos fueron detenidos tras un enfrentamiento",
	// "three died after a clash": the dead are the clash's toll, and the
	// clash, told after "tras"/"after", is the act (the arrests followed it).
	tollClash := e.deadAfterClash(f, cues, si.fStart)
	kept := cues[:0]
	var aimed cueHit // the last cue read as what an aim or a drill is about
	aimedOK := false
	var charge cueHit // a charge tied to acts that took place (chargedAct)
	chargeOK := false
	si.refCues = nil
	for k, c := range cues {
		if own > 0 && own < len(cues) && ref[k] && !(tollOnly && c.typ.Violent()) && !(tollClash && c.typ == model.ArmedClash) {
			si.refCues = append(si.refCues, c) // (groundAct, sequel.go)
			continue
		}
		if tollOnly && woundedDied && refAct && !ref[k] && c.typ == model.Homicide {
			continue // the death is the toll of the act referred to
		}
		if denial && strong && c.typ != model.Policy && c.typ != model.Advisory {
			// "niegan que haya bloqueos": what is denied, even in a
			// subjunctive
			denied = append(denied, c)
			continue
		}
		if c.typ != model.Advisory && becameCommon(found, f, c.fEnd, si.fEnd) {
			commonAt = c.fEnd
			continue
		}
		if c.typ != model.Advisory && (near(hypoAt, c.fStart, 60) || near(habitAt, c.fStart, si.fEnd) || near(reportAt, c.fStart, 60) && !reportedAct(f, c.fStart, si.fStart)) {
			continue
		}
		if commonAt >= 0 && c.fStart >= commonAt && strings.IndexByte(f[commonAt:c.fStart], ';') < 0 {
			// "Drone attacks have become common in the region, where
			// armed groups use drones fitted with homemade bombs": the
			// kind grown common, described.
			continue
		}
		if carrying(f[c.fStart:c.fEnd]) && (len(cues) > 1 || hasAnySuffix(f[si.fStart:c.fStart], "que ", "quien ", "quienes ", "que se ")) {
			// "Paseaba armado en Los Ojitos" tells an arrest; "el hombre
			// que andaba armado mató a su vecino" tells the killing.
			continue
		}
		if non && (c.typ == model.Blockade || c.typ == model.Disruption && !si.crimeRef || c.typ == model.Arson || c.typ == model.Advisory) && !armedOwnClause(f, c, nonAt, si.fStart, si.fEnd) {
			continue // a protest's; a service stopped after a crime ("suspenden servicio tras asesinato de chofer") is a disruption (gold README, protest road blocks)
		}
		if c.typ.Violent() && recallAt > 0 && c.fStart >= recallAt {
			// "El ataque recuerda la balacera de octubre pasado en Tulum,
			// en la que murieron dos turistas": an older act the new one
			// brings to mind, and what the rest of the sentence tells of
			// it (realis.go)
			continue
		}
		if standing {
			continue // "Do not travel to Colima ... due to crime and kidnapping": a standing level and its reasons, no warning of an event (realis.go)
		}
		if accident && c.typ == model.SecurityOperation && rescueCue(f[c.fStart:c.fEnd]) && !captive(f[si.fStart:si.fEnd]) {
			continue // "rescataron a una familia atrapada por la inundación": no one held them (pretence.go)
		}
		if accident && c.typ == model.BusinessAttack && hasAnyPrefix(f[c.fStart:c.fEnd], "saque", "rapin", "loot") {
			continue // "saquean tráiler tras volcadura": a theft from a wreck
		}
		if accident && !unstoppedCue(f[c.fStart:c.fEnd]) && c.typ != model.SecurityOperation && c.typ != model.Policy && c.typ != model.Advisory && c.typ != model.Disruption && !(c.weight >= 0.75 && c.typ.Violent() && (verbLike(f, c.fStart, c.fEnd, si.fStart) || strings.Contains(f[c.fStart:c.fEnd], "armad")) && !mishapNoun(f[c.fStart:c.fEnd]) && !deathVerb(f[c.fStart:c.fEnd]) && !(c.typ == model.Homicide && foundDead(f[si.fStart:si.fEnd])) && (perp || !mishapSubject(f, accAt, c.fStart, c.fEnd, si.fStart) && !(accidentDeathCue(f, c) && mishapAfter(f, accAt, c.fEnd)))) {
			// An accident or a natural death is no crime; a firm verb of
			// one beside it still is ("ejecutan a un hombre tras una
			// persecución y provocan una volcadura"), and so is an armed
			// act ("ataques armados dejan cuatro muertos y una mujer
			// arrollada", "choque entre grupos armados"); a body found
			// with no sign of a crime is not ("localizan sin vida a mujer;
			// sospechan murió por sobredosis").
			continue
		}
		if si.opinion && c.typ != model.Policy {
			continue
		}
		if (sport > 0 || sportWeak >= 2) && !perp || ads >= 2 || fiction || weather >= 2 {
			// a goalkeeper's block, "ofertas explosivas", a film's plot, a
			// gust of wind; gunmen at a stadium are no metaphor
			continue
		}
		if c.typ == model.Disruption && (oneBusiness(f, c.fStart, si.fStart) || meetingHalted(f, c, si.fStart, si.fEnd)) {
			continue // "el establecimiento suspendió operaciones": one shop closing; "se suspendió la sesión": a meeting's recess
		}
		if court && c.typ != model.Policy && !courtAside(f, c, courtAt) {
			continue // a hearing or an anniversary looks back on an old act
		}
		if topic := c.typ != model.Policy && e.topical(f, c.fStart, si.fStart); topic || c.typ != model.Policy && listed(found, f, c.fStart, si.fStart) {
			if topic && !chargeOK && c.typ.Violent() && chargedAct(f[c.fEnd:si.fEnd]) {
				charge, chargeOK = c, true
			}
			aimed, aimedOK = c, true
			continue // "por el delito de secuestro": a charge, not an act
		}
		if c.typ != model.Policy && c.typ != model.Advisory && aimedOK && listGap(f, aimed, c) {
			aimed = c
			continue // "castiga el secuestro exprés y el cobro de piso": the list goes on
		}
		if c.typ != model.Policy && c.typ != model.Advisory && (aimObject(f, c.fStart, c.fEnd, si.fStart) || found.any(cueDrill, f, si.fStart, si.fEnd) && drilled(f, c.fStart, c.fEnd, si.fStart) || figurativeUse(f, c.fStart, c.fEnd, si.fStart, si.fEnd) || quotedName(f, c.fStart, c.fEnd, si.fStart, si.fEnd) ||
			found.any(cuePretence, f, si.fStart, si.fEnd) && pretended(f, c.fStart, c.fEnd, si.fStart, si.fEnd) || abstractTarget(f, c.fStart, c.fEnd, si.fEnd) || figurativeArgument(f, c.fStart, c.fEnd, si.fStart, si.fEnd) || oldRemains(f, c.fStart, c.fEnd) ||
			c.typ.Violent() && r.Lang == "en" && (scareQuoted(f, c.fStart, c.fEnd, si.fStart, si.fEnd) || thingTarget(f, c.fStart, c.fEnd, si.fStart, si.fEnd))) {
			aimed, aimedOK = c, true
			continue // "castigar el cobro de piso", "curso de reacción ante ataques armados", "tiroteo de críticas", "el escape room 'El Secuestro'" (realis.go)
		}
		if c.typ == model.Intimidation && protestThreat(f, c.fStart, c.fEnd, si.fEnd) {
			continue // "comerciantes amenazan con cerrar negocios": a protest's warning (threat.go)
		}
		if c.typ == model.SecurityOperation && (assuredSaying(f, c.fStart, c.fEnd, si.fEnd) || caughtThing(f, c.fStart, c.fEnd, si.fEnd)) {
			continue // "Aseguran comerciantes que ...": a saying; "Atrapan a cocodrilo": an animal (othersense.go)
		}
		if c.typ.Violent() && habitual(f, c.fStart, c.fEnd, si.fStart, si.fEnd) {
			continue // "los grupos criminales secuestran a migrantes": what they do, not an act (realis.go)
		}
		if fuel && (c.typ == model.Explosive || c.typ == model.Arson || c.typ == model.Homicide && !perp) {
			continue // "explota pipa de gas": an accident; "Tanker explodes, killing six": its dead (mishap.go)
		}
		if protestAt >= 0 && protestAt < c.fStart && (c.typ == model.Kidnapping || c.typ == model.Homicide || c.typ == model.Intimidation) && (c.weight < 0.8 || definite(f, c.fStart, si.fStart)) && !(c.typ == model.Homicide && dayAfterCue(f, c.fEnd, si.fEnd)) {
			// "marcharon para exigir la búsqueda de sus hijos desaparecidos";
			// a killing is the crime behind the protest, so no mishap
			// ("Marchan para exigir justicia por los tres jóvenes asesinados
			// en Fresnillo", crimeRef); told with its day, it is the act the
			// march follows (dayAfterCue, follow29)
			si.crimeRef = si.crimeRef || c.typ == model.Homicide
			continue
		}
		if protestAt > c.fStart && (c.typ == model.Kidnapping || c.typ == model.Homicide) && c.weight < 0.7 && f[c.fEnd-1] == 's' {
			continue // "los padres de los normalistas desaparecidos marcharon": who marches
		}
		if (c.typ == model.Kidnapping || c.typ == model.Homicide) && kinOf(f, c.fStart, c.fEnd, si.fStart, si.fEnd) {
			continue // "Families of the disappeared rally outside the Senate": the relatives act (mishap.go)
		}
		if comparative(f, c, si) {
			continue // "tenemos menos homicidios que hace un año"
		}
		if c.typ.Violent() && (impersonal(f, c.fStart, c.fEnd, si.fStart) || scamKind(f, c.fStart, c.fEnd, si.fStart, si.fEnd)) {
			continue // "se asesina como si fuéramos cucarachas", "alertan por extorsión telefónica": a kind of act
		}
		if c.typ == model.Kidnapping && suspectSought(f, c.fStart, c.fEnd, si.fEnd) {
			continue // "buscan a 'El Chueco', presunto asesino de sacerdotes": a manhunt
		}
		if c.typ.Violent() {
			if stat, rate := periodStat(found, f, c, si.fStart, si.fEnd); stat && !rate {
				periodAt = append(periodAt, c.fStart) // "van 74 asesinatos en septiembre": a tally
			} else if waveOf(f, c, si.fStart) {
				periodAt = append(periodAt, c.fStart) // "ola de homicidios": a tally of acts (realis.go)
			} else if perfectSum(f, c.fStart, c.fEnd, si.fStart, si.fEnd) {
				if numberBefore(f, c.fStart, si.fStart, 3) > 0 || numberAfter(f, c.fEnd) > 0 || numberWordBefore(f, c.fStart, si.fStart) > 0 {
					periodAt = append(periodAt, c.fStart) // "han sido asesinados 31 menores": a tally (realis.go)
				} else {
					counted = true
					continue // "han sido asesinados en la misma zona": a sum, no act
				}
			} else if stat || trendStat(f, c, si.fStart, si.fEnd) || c.typ == model.Kidnapping && missingCount(f, c.fStart, c.fEnd, si.fStart) || kindSum(f, c.fStart, c.fEnd, si.fStart, si.fEnd) || figureOf(f, c.fStart, si.fStart, si.fEnd) || big && numberBefore(f, c.fStart, si.fStart, 0) < 3 {
				counted = true
				continue // "seis homicidios diarios", "bajan homicidios": a statistic
			}
		}
		if c.typ == model.Intimidation && priceStory(f, c.fStart, c.fEnd, si.fStart, si.fEnd) {
			continue // "Lime prices soar as extortion squeezes growers": what extortion costs (pricestory.go)
		}
		if c.typ.Violent() && (causeNoun(found, f, c.fStart, c.fEnd, si.fStart) || c.typ == model.ArmedClash && figurative(f, c.fStart, c.fEnd, si.fEnd)) {
			continue // "do not travel due to crime and kidnapping": a kind of act as a cause
		}
		if ago(f, si.elapsed, c.fStart) {
			continue // "a once años de la desaparición"
		}
		if e.datedBefore(f, c, si, r) {
			continue // "el ataque ocurrido en mayo de 2021"
		}
		if stat && c.typ != model.Advisory && c.typ != model.Disruption {
			continue // "los homicidios bajaron 12 %": a statistic, not an act
		}
		// Last, what the sentence denies or negates: the act is not
		// reported, but a denial still says what is denied.
		negates := nearInClause(f, negAt, c.fStart, 20) && !e.afterRef(f, c.fStart, si.fStart) && !clauseAfterComma(f, negAt, c) || mayExist && e.existential(f, c, si)
		if !negates && len(negated) > 0 && !denial && listGap(f, negated[len(negated)-1], c) {
			negates = true // "no attacks, shootings or kidnappings were reported": the list's items
		}
		if denial && c.typ != model.Policy && (strong || claimReaches(f, claimAt, c.fStart)) {
			if strong {
				denied = append(denied, c)
			} else if negates {
				negated = append(negated, c) // "no hay bloqueos", said of rumours
			}
			continue
		}
		if negates {
			if !hurtWords.in(f[c.fStart:c.fEnd]) {
				// (Not "No marines were injured.": a toll of none
				// of the act told, no act negated, even where the
				// report speaks of rumours.)
				negated = append(negated, c)
			}
			continue
		}
		kept = append(kept, c)
	}
	kept = instrumental(f, kept)
	kept = heardBlasts(f, kept)
	kept = reportedCause(f, si.fEnd, kept)
	kept = openerAct(f, si.fStart, kept)
	if len(kept) == 0 && chargeOK {
		// "inició carpeta de investigación por el delito de homicidio
		// ... por hechos ocurridos a las 19:15 horas": the act charged,
		// when nothing else in the sentence tells it.
		kept = append(kept, charge)
	}
	if len(kept) == 0 {
		si.suppressed = len(cues) > 0 || sport > 0 || ads >= 2
		si.genre = sport > 0 || sportWeak >= 2 || fiction || weather >= 2 || stat && len(cues) > 0 || counted
		if len(denied) > 0 {
			denied = deniedCause(f, denied)
			readSides(f, denied, si)
			si.denied, _, _ = decide(denied, business, road || street && closure || across, seize)
		} else if len(negated) > 0 {
			readSides(f, negated, si)
			si.negated, _, _ = decide(negated, business, road || street && closure || across, seize)
		}
		return
	}
	if len(negated) > 0 && si.claim {
		// "no hay bloqueos en Zamora, luego de que usuarios de redes
		// sociales reportaran la quema de vehículos": what the claim
		// told, denied (claimedAfter, tally.go).
		si.negatedFirst = claimedAfter(f, negated[0], kept)
	}
	// Vehicles burnt on a highway block it; in a street, avenue or bypass
	// only when the text says they were put across it ("atravesaron un
	// autobús"): a bus set on fire in an avenue is arson.
	readSides(f, kept, si)
	kept = patrolScene(f, kept) // apposed.go
	// burning vehicles that closed the road (acttype14.go)
	road = road || street && closure || across || roadCut(found, f, si.fStart, si.fEnd, kept)
	typ, w, pos := decide(kept, business, road, seize)
	if typ == model.ArmedAttack && burnManner(f, kept, pos) {
		// "set ablaze in separate attacks" (acttype18.go)
		var burn []cueHit
		for _, c := range kept {
			if c.start != pos.start {
				burn = append(burn, c)
			}
		}
		typ, w, pos = decide(burn, business, road, seize)
	}
	if typ == model.Homicide {
		if c, ok := diedOfFire(f, kept, pos); ok {
			// "murió ..., con lo que suman cuatro las víctimas del
			// incendio provocado en un bar": the fire is the act, the
			// dead its toll (acttype18.go).
			typ, w, pos = model.Arson, c.weight, c
		}
	}
	if a, ok := firstArrest(f, kept); ok && a.fStart < pos.fStart && !(tollClash && typ == model.ArmedClash) {
		switch typ {
		case model.ArmedClash, model.Blockade, model.Arson, model.BusinessAttack, model.Explosive:
			// "Detienen a cinco hombres que participaron en una balacera".
			typ, w, pos = model.SecurityOperation, a.weight, a
		}
	}
	if a, ok := subjectArrest(f, kept, si.fStart, si.fEnd); ok && typ != model.SecurityOperation {
		// "Suspect in 2024 bar massacre arrested in San Juan del Río": the
		// arrest is the act, the crime in its subject the reason (passive.go)
		typ, w, pos = model.SecurityOperation, a.weight, a
	}
	if typ == model.Explosive && device(f[pos.fStart:pos.fEnd]) && (foundOrHeld(f[si.fStart:si.fEnd]) || defused(f[si.fStart:si.fEnd])) {
		// "hallan una granada", "detienen a dos con explosivos": a find;
		// "Police defuse bomb outside bank": one made safe (defused.go).
		typ = model.SecurityOperation
	}
	if typ == model.SecurityOperation && strings.HasPrefix(f[pos.fStart:pos.fEnd], "abat") && !forceNamed(si) {
		// "abaten a hombre en su casa": shot dead, by no force named.
		typ = model.Homicide
	}
	if (typ == model.Homicide || typ == model.ArmedAttack) && e.forceKills(f, hits, pos) {
		// "soldiers killed the leader": forces killing is an operation.
		typ = model.SecurityOperation
		si.typ = typ
	}
	if typ == model.Homicide && (forceAttacked(parties, kept) || forceShot(f, si.fStart, si.fEnd, kept)) {
		// "Gunmen kill a police officer", "un agente murió en una
		// agresión": an attack on the forces, not a killing of civilians
		// (README: gunmen shooting a police officer are armed_attack).
		typ = model.ArmedAttack
	}
	typ = answeredClash(found, f, si, typ, pos, kept) // attackers fell, or forces answered (acttype16.go)
	if typ == model.Arson && shopFire(f, pos.fStart, pos.fEnd, si.fStart, si.fEnd) {
		typ = model.BusinessAttack // "incendiaron una ferretería" (apposed.go)
	}
	if typ == model.Homicide && bodiesAfterClash(f, clashRefs, pos) {
		// "tras el enfrentamiento entre grupos delictivos registrado a
		// las 06:35 horas ... localizaron tres cuerpos sin vida": the
		// clash's dead (README: bodies found with no clash are a
		// homicide; with one, its toll).
		typ = model.ArmedClash
	}
	si.cues = append(si.cues[:0], kept...)
	si.business, si.road, si.seize = business, road, seize
	si.bizAt = bizAt
	si.venue = venue
	si.typ, si.weight = typ, w
	if typ != model.SecurityOperation && len(reporters) > 0 {
		// An agency that only reports the incident is not an actor of
		// it; in an arrest or raid it usually is the one acting.
		as := si.actors[:0]
		for _, a := range si.actors {
			if !slices.Contains(reporters, a.Name) {
				as = append(as, a)
			}
		}
		si.actors = as
	}
	if typ == model.BusinessAttack && (venue || eateries.in(f[si.fStart:si.fEnd])) {
		// a shooting at a bar, a club or an eatery, whose guests are the
		// usual target (acttype16.go)
		si.venueShooting, si.eatery = true, !venue
		for _, c := range kept {
			if c.typ == model.Arson || c.typ == model.BusinessAttack {
				si.venueShooting = false
			}
		}
	}
	si.cuePos = pos.start
	si.holdup = pos.holdup
	si.anaphoric = definite(f, pos.fStart, si.fStart)
	// A finite verb among the cues reports an act ("siguen los
	// asesinatos en Juárez: matan a 3").
	for _, c := range kept {
		if verbLike(f, c.fStart, c.fEnd, si.fStart) && !practice(f, c.fStart, c.fEnd, si.fEnd) {
			generic = false
		}
	}
	si.generic = generic
	// A list of kinds of crime separates its items with commas ("such as
	// homicide, kidnapping and robbery"); "baleados y calcinados" tells
	// one act.
	for k := 1; k < len(kept); k++ {
		if a, b := kept[k-1].fEnd, kept[k].fStart; a <= b && b-a <= 8 && strings.IndexByte(f[a:b], ',') >= 0 {
			si.listed = true
		}
	}
	var kinds []model.IncidentType
	for _, c := range kept {
		if c.typ.Violent() && !slices.Contains(kinds, c.typ) {
			kinds = append(kinds, c.typ)
		}
	}
	si.kinds = len(kinds)
	// Tally: a number or quantity right before the deciding cue, or "in N
	// states".
	switch typ {
	case model.Policy, model.Advisory, model.Disruption:
	default:
		n := numberBefore(f, pos.fStart, si.fStart, 0)
		if n < 0 {
			n = actCountWords(f, pos.fStart, pos.fEnd, si.fStart) // "siete bloqueos" (actcount.go)
			si.wordCount = max(n, 0)
		}
		if n < 0 {
			n = colonCount(f, pos.fStart, pos.fEnd, si.fEnd) // "una jornada de bloqueos: cuatro se registraron"
		}
		if n < 0 && typ == model.Blockade {
			if found.any(cueBlockedWords, f, si.fStart, si.fEnd) { // (roadsBlocked finds none otherwise)
				n = roadsBlocked(f, si.fStart, si.fEnd) // "11 roads had been blocked" (tally.go)
			}
		}
		if n < 0 && typ == model.Blockade {
			n = blockedCount(found, f, si.fStart, si.fEnd) // "blocked at least seven roads in Nayarit" (roadstally.go)
			si.roadsTally = n >= 3
		}
		if ageApposition(f, pos.fStart, si.fStart) {
			n = -1 // "The man, 24, died" (tally.go)
		}
		quantity := quantityBefore(quantityEnd, pos.fStart) && !vehicleBefore(f, pos.fStart, si.fStart)
		if shotsCounted(f[pos.fStart:pos.fEnd]) {
			n, quantity = -1, false // "múltiples detonaciones", "more than 30 shots": one act's gunfire (tally.go)
		}
		if typ == model.SecurityOperation && seizedThing(f[pos.fStart:pos.fEnd]) {
			n, quantity = -1, false // "se localizaron 1,150 paquetes": one haul (tally.go)
		}
		if n >= 3 && !isYear(n) || quantity || tallyUnit {
			si.unitsOnly = tallyUnit && n <= 0 && numberBeforeIn(f, pos.fStart, si.fStart, 0, true) <= 0 && !quantity
			si.tally = true
			// "el saldo es de 16 muertos": the toll of one act, unless
			// the sentence counts over a period or a state (emit).
			si.victimToll = victimNoun(f[pos.fStart:pos.fEnd]) && !si.aggregate && !tallyUnit
		}
		if slices.Contains(periodAt, pos.fStart) {
			si.tally, si.periodTally = true, true
		}
		si.tallyUnit = tallyUnit
	}
}

// colonCount returns the number that follows a colon right after the
// plural act noun at folded [at, end) of f (actsPlural; not past hi): the count of
// the acts the noun names ("Tabasco vivió una jornada de bloqueos
// carreteros: cuatro se registraron en la región", "a day of roadblocks
// on Wednesday: five were reported"); -1 if there is none.
func colonCount(f string, at, end, hi int) int {
	if strings.IndexByte(f[at:end], ' ') >= 0 || !actsPlural(f[at:end]) {
		return -1
	}
	rest := f[end:min(hi, end+30)]
	k := strings.IndexByte(rest, ':')
	if k < 0 || strings.ContainsAny(rest[:k], ",;.") || k > 0 && isDigit(rest[k-1]) {
		return -1 // not "a partir de las 22:30 horas"
	}
	return numberAfter(f, end+k+1)
}

// blastWords tell a blast (classify).
var blastWords = newNeedles("explod", "explosion", "estall", "blast")

// forceAttacked reports whether a killing's victims are a state force and
// the sentence tells it as an attack: an armed group or a cartel acts, or
// an attack cue stands beside the killing ("killed in an ambush", "murió
// en una agresión"). "Matan a policía municipal" alone stays a killing.
func forceAttacked(actors []model.Actor, cues []cueHit) bool {
	target, armed := false, false
	for _, a := range actors {
		switch {
		case a.Role == model.Target && a.Kind == model.StateForce:
			target = true
		case a.Role == model.Perpetrator && (a.Kind == model.UnidentifiedArmedGroup || a.Kind == model.Cartel || a.Kind == model.Faction):
			armed = true
		}
	}
	if !target {
		return false
	}
	for _, c := range cues {
		armed = armed || c.typ == model.ArmedAttack
	}
	return armed
}

// unknownWho reports whether the negation at folded [at, end) only says
// who is unknown: "sujetos no identificados", "armados no identificados",
// "por motivos no especificados".
func unknownWho(f string, at, end int) bool {
	if f[at:end] != "no" {
		return false
	}
	next := strings.TrimLeft(f[end:], " ")
	return strings.HasPrefix(next, "identificad") || strings.HasPrefix(next, "especificad")
}

// unceasing reports whether the negation at folded [at, end) negates a
// verb of stopping, which says the act goes on: "no cesa la violencia",
// "no paran los ataques", "no se detienen las ejecuciones".
func unceasing(f string, at, end int) bool {
	if f[at:end] != "no" {
		return false
	}
	next := strings.TrimLeft(f[end:], " ")
	return hasAnyPrefix(next, "cesa ", "cesan ", "para ", "paran ", "se detiene", "se detienen", "da tregua", "dan tregua", "deja de ", "dejan de ")
}

// gatheringPlace reports whether the entertainment word at folded [at,
// end) is a concert where people were, told as the place or time of an
// act ("balacera al concluir concierto", "durante un concierto"), not a
// show about one.
func gatheringPlace(f string, at, end, lo int) bool {
	switch f[at:end] {
	case "concierto", "concert":
	default:
		return false
	}
	before := f[max(lo, at-24):at]
	for _, art := range []string{" el ", " un ", " a ", " the "} {
		if strings.HasSuffix(before, art) {
			before = before[:len(before)-len(art)+1]
			break
		}
	}
	for _, p := range []string{"al concluir ", "al terminar ", "al final del ", "durante ", "en ", "en pleno ", "afuera del ", "fuera del ", "a la salida del ", "tras ", "despues del ", "despues de ", "at ", "during ", "after "} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// venueName reports whether the word at folded offset at, in a sentence
// starting at lo, names a place rather than a genre: a sports ground ("en
// una cancha de futbol", "cerca del campo de beisbol", "el estadio") or a
// neighbourhood named by a number ("colonia 20 Aniversario").
func venueName(f string, at, lo int) bool {
	from := max(lo, at-24)
	before := f[from:at]
	for _, v := range []string{"campo de ", "campos de ", "cancha de ", "canchas de ", "estadio de ", "unidad deportiva ", "parque de ", "deportivo de ",
		"un partido de ", "pleno partido de ", "un juego de ", "pleno juego de "} {
		if strings.HasSuffix(before, v) {
			return true // "asesinan a tres en un partido de futbol": where they were
		}
	}
	if hasAnySuffix(before, "during a ", "at a ", "in a ") && hasAnyPrefix(strings.TrimLeft(strings.TrimLeft(f[at:], "abcdefghijklmnopqrstuvwxyz"), " "), "game", "match") {
		return true // "shot dead during a soccer game"
	}
	b := strings.TrimRight(before, " ")
	if strings.HasPrefix(f[at:], "aniversario") && b != "" && b[len(b)-1] >= '0' && b[len(b)-1] <= '9' {
		return true
	}
	return false
}

// sportGround reports whether the English sport word at folded [at, end)
// names a ground where an act happened, after a preposition of place
// ("taken from soccer field", "killed at a baseball diamond"): a field,
// pitch, court, diamond or park, not a stadium, where games are the news.
func sportGround(f string, at, end, lo int) bool {
	if !hasAnyPrefix(f[end:], " field", " fields", " pitch", " court", " courts", " diamond", " park") {
		return false
	}
	before := strings.TrimSuffix(strings.TrimSuffix(f[max(lo, at-12):at], "a "), "the ")
	return hasAnySuffix(before, "at ", "from ", "on ", "in ", "near ", "outside ", "by ")
}

// definite reports whether the cue at folded offset at follows a definite
// article or a demonstrative ("el ataque", "this attack", "dicha
// agresión"): a noun naming an act already told.
func definite(f string, at, lo int) bool {
	w := f[max(at-8, lo):at]
	if w == "" || w[len(w)-1] != ' ' {
		return false // every determiner below ends with a space
	}
	for _, m := range []string{"el ", "la ", "los ", "las ", "del ", "al ", "the ", "this ", "that ", "ese ", "esa ", "este ", "esta ", "dicho ", "dicha "} {
		if suffixed(w, m) && (len(w) == len(m) || !isWord(w[len(w)-len(m)-1])) {
			return true
		}
	}
	return false
}

// refusal reports whether the denial word at folded [at, end) is a refusal
// ("se negó a pagar", "refused to", "denied bail") rather than a denial of
// the report.
func refusal(f string, at, end, hi int) bool {
	rest := f[end:min(end+4, hi)]
	// a court or an office denying a request: "denied bail", "negó el
	// amparo"
	for _, m := range []string{" bail", " fianza", " amparo", " el amparo", " la libertad", " parole", " the appeal", " la apelacion", " el recurso", " the request", " la solicitud"} {
		if strings.HasPrefix(f[end:min(end+len(m), hi)], m) {
			return true
		}
	}
	return strings.HasPrefix(rest, " a ") || strings.HasPrefix(rest, " to ") || at >= 3 && f[at-3:at] == "se " || at >= 4 && f[at-4:at] == "lo " || at >= 4 && f[at-4:at] == "le "
}

// datedBefore reports whether the cue c is dated by a year before the
// report's own: a noun cue followed closely by it ("el ataque ocurrido en
// mayo de 2021"), or any cue right after it ("the 2019 massacre").
func (e *Extractor) datedBefore(f string, c cueHit, si *sentInfo, r model.Report) bool {
	if r.Published.IsZero() {
		return false
	}
	ref := r.Published.Year()
	lo, hi := max(c.fStart-8, si.fStart), min(c.fEnd+56, si.fEnd)
	var wb [6]string
	if ws := fieldsInto(wb[:0], f[max(c.fStart-18, si.fStart):c.fStart]); len(ws) >= 2 && len(ws[len(ws)-2]) == 4 && isDigit(ws[len(ws)-2][0]) && strings.IndexFunc(ws[len(ws)-1], func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
		// "the 2011 arson attack": one word of the act between
		lo = max(c.fStart-18, si.fStart)
	}
	if participle(f[c.fStart:c.fEnd]) || r.Lang == "en" && enParticiple(f, c.fStart, c.fEnd, si.fStart) {
		// "los normalistas desaparecidos en Iguala en 2014", "los
		// agentes asesinados en la emboscada de Aguililla ocurrida en
		// 2020", "the 52 people killed in the 2011 arson attack": a
		// participle is dated by what follows it in its clause
		hi = min(c.fEnd+64, si.fEnd)
		if k := strings.IndexAny(f[c.fEnd:hi], ";:"); k >= 0 {
			hi = c.fEnd + k
		}
	} else if !definite(f, c.fStart, si.fStart) {
		hi = c.fStart // a verb ("fue detenido") is dated by its own sentence
	}
	w := f[lo:hi]
	for k := 0; k+4 <= len(w); k++ {
		if !isDigit(w[k]) || k > 0 && isWord(w[k-1]) || k+4 < len(w) && isWord(w[k+4]) {
			continue
		}
		if y, ok := atoiDigits(w[k : k+4]); ok && isYear(y) && y < ref {
			return true
		}
	}
	return false
}

// enParticiple reports whether the English cue at folded [at, end) is a
// past participle after the noun it modifies ("the people killed in",
// "relatives of those disappeared by"): a word in -ed or "slain", "shot",
// after a plural noun, "those" or "people", not after a subject's verb
// ending ("gunmen killed" stays a verb only when no article opens the
// noun: "the ... gunmen killed").
func enParticiple(f string, at, end, lo int) bool {
	w := f[at:end]
	if k := strings.IndexByte(w, ' '); k > 0 {
		w = w[:k]
	}
	if !strings.HasSuffix(w, "ed") && w != "slain" && w != "shot" {
		return false
	}
	var bb [8]string
	before := fieldsInto(bb[:0], f[max(lo, at-40):at])
	for len(before) >= 3 && (before[len(before)-1] == "and" || before[len(before)-1] == "or") && strings.HasSuffix(before[len(before)-2], "ed") {
		before = before[:len(before)-2] // "killed and disappeared": the second shares the noun
	}
	if len(before) < 2 {
		return false
	}
	prev := before[len(before)-1]
	switch prev {
	case "those", "people", "victims", "men", "women", "children", "students", "officers", "police", "soldiers", "journalists", "migrants":
	default:
		return false
	}
	// the noun is an object or a complement: "of", "the", a number
	for _, b := range before[:len(before)-1] {
		switch b {
		case "of", "the", "for", "to", "with":
			return true
		}
	}
	return false
}

// practice reports whether the extortion cue at folded [at, end) names a
// practice of criminal groups rather than an act: "extortion by criminal
// groups adds costs", "la extorsión por parte del crimen organizado".
// Like a generic plural, it anchors an incident only with a time, a toll
// or a place finer than a state.
func practice(f string, at, end, hi int) bool {
	switch f[at:end] {
	case "extorsion", "extortion":
	default:
		return false
	}
	rest := f[end:min(end+24, hi)]
	for _, m := range []string{" by ", " por parte de", " de grupos", " de los carteles", " del crimen", " de carteles", " criminal"} {
		if strings.HasPrefix(rest, m) {
			return true
		}
	}
	return false
}

// participle reports whether folded word w is a Spanish past participle
// ("desaparecidos", "asesinada").
func participle(w string) bool {
	for _, e := range []string{"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// locative reports whether the business noun at folded offset at is told
// as where something happened: "en un negocio", "al interior de una
// tienda", "inside a store", or, in speech, as the act's name: "lo del
// bar" (what happened at the bar).
func locative(f string, at, lo int) bool {
	w := f[max(at-24, lo):at]
	for _, m := range []string{"en ", "en el ", "en la ", "en un ", "en una ", "en su ", "en los ", "en las ", "al interior de ", "al interior del ", "al interior de un ", "al interior de una ",
		"dentro de ", "dentro del ", "dentro de un ", "dentro de una ", "in a ", "in the ", "inside a ", "inside the ", "at a ", "at the ",
		// speech names an act by its venue: "desde lo del bar del lunes
		// ... que mataron a cuatro muchachos", "lo de la cantina"
		"lo del ", "lo de la "} {
		if strings.HasSuffix(w, m) && (len(w) == len(m) || !isWord(w[len(w)-len(m)-1])) {
			return true
		}
	}
	// "en céntrico bar", "en un conocido bar": one adjective between.
	for _, a := range []string{"conocido ", "conocida ", "centrico ", "centrica ", "popular ", "famoso ", "famosa ", "reconocido ", "reconocida ", "exclusivo ", "exclusiva "} {
		if strings.HasSuffix(w, a) && locative(f, at-len(a), lo) {
			return true
		}
	}
	return false
}

// staffIn reports whether folded sentence f speaks of a business's staff.
func staffIn(f string) bool {
	for _, w := range []string{"guardia", "empleado", "empleada", "despachador", "trabajador", "cajero", "cajera", "vigilante", "encargado", "encargada", "dependiente", "staff", "employee", "guard", "clerk", "cashier", "worker"} {
		if k := strings.Index(f, w); k >= 0 && (k == 0 || !isWord(f[k-1])) {
			return true
		}
	}
	return false
}

// personVictim reports whether cues name a person as the victim: a killing,
// or an attack verb with the personal "a" ("atacan a", "disparan a").
func personVictim(f string, cues []cueHit) bool {
	for _, c := range cues {
		if c.typ == model.Homicide || c.typ == model.Kidnapping {
			return true
		}
		if c.typ == model.ArmedAttack {
			t := f[c.fStart:c.fEnd]
			if strings.HasSuffix(t, " a") || strings.HasSuffix(t, " al") || strings.HasPrefix(f[c.fEnd:], " a ") || strings.HasPrefix(f[c.fEnd:], " al ") {
				return true
			}
			for _, p := range []string{"balead", "herid", "lesionad", "atacad", "agredid", "le dispar", "les dispar", "disparan contra", "dispararon contra"} {
				if strings.HasPrefix(t, p) {
					return true // "un cliente es baleado en una tienda"
				}
			}
		}
	}
	return false
}

// harmedGroup reports whether the folded group noun ending at end (a word
// of protests: "campesinos", "maestros", "farmers") is followed by its
// harm ("resultaron heridos", "murieron", "were wounded"): the people
// hurt by an act, not a protest.
func harmedGroup(f string, end, hi int) bool {
	w := f[end:min(end+32, hi)]
	for _, m := range []string{" resultaron heridos", " resultaron lesionados", " resultaron muertos", " quedaron heridos", " fueron heridos", " fueron asesinados", " fueron atacados",
		" murieron", " heridos", " lesionados", " muertos", " asesinados",
		" were wounded", " were injured", " were hurt", " were killed", " wounded", " injured", " killed", " dead"} {
		if strings.HasPrefix(w, m) {
			return true
		}
	}
	return false
}

// aimedGroup reports whether the folded group noun starting at at (a word
// of protests: "transportistas", "maestros", "farmers") is what an act or
// a threat is aimed at: "amenazas dirigidas a transportistas", "ataque
// contra maestros", "threats against teachers". The group is its target,
// not a protest.
func aimedGroup(f string, at, lo int) bool {
	w := f[max(at-16, lo):at]
	for _, m := range []string{"dirigidas a ", "dirigida a ", "dirigidos a ", "dirigido a ", "contra ", "contra los ", "contra las ", "against ", "against the ", "aimed at ", "aimed at the "} {
		if strings.HasSuffix(w, m) && (len(w) == len(m) || !isWord(w[len(w)-len(m)-1])) {
			return true
		}
	}
	return false
}

// landmark reports whether the place noun at folded offset at only locates
// the act: "frente a una tienda", "afuera de un bar", "outside a store".
func landmark(f string, at, lo int) bool {
	w := f[max(at-24, lo):at]
	for _, m := range []string{"frente a un ", "frente a una ", "frente al ", "frente a la ", "afuera de un ", "afuera de una ", "afuera del ", "fuera de un ", "fuera de una ", "fuera del ",
		"cerca de un ", "cerca de una ", "cerca del ", "a un costado de un ", "a un costado de una ", "a un costado del ", "junto a un ", "junto a una ", "junto al ",
		"outside a ", "outside an ", "outside the ", "near a ", "near an ", "near the ", "in front of a ", "in front of the ", "next to a ", "next to the ",
		// One person of the business is the target: "balean a empleado
		// de una farmacia", "atacan a carnicero cuando abría su negocio"
		// (its staff attacked together is an attack on the business).
		"empleado de un ", "empleado de una ", "empleado de ", "empleada de un ", "empleada de una ", "empleada de ",
		"trabajador de un ", "trabajador de una ", "trabajadora de una ", "dueno de un ", "dueno de una ", "duena de un ", "duena de una ", "propietario de un ", "propietario de una ",
		"propietaria de un ", "propietaria de una ", "encargado de un ", "encargado de una ", "encargada de una ", "encargada de un ", "cliente de un ", "cliente de una ",
		"su ", "sus ", "iba a ", "iban a ", "salia de ", "afuera de ", "frente a ", "cerca de ", "iba a la ", "iba a un ", "iba a una ", "iba al ", "iban a la ", "iban a un ", "iban a una ", "iban al ", "salia de un ", "salia de una ", "salia del ", "salia de la ", "zona de ", "zona de los ", "ayuda en un ", "ayuda en una ", "refugio en un ", "refugio en una ", "owner of a ", "employee of a ", "his ", "her "} {
		if strings.HasSuffix(w, m) && (len(w) == len(m) || !isWord(w[len(w)-len(m)-1])) {
			return true
		}
	}
	// "outside a grocery store": an English word naming the kind of shop
	// between the preposition and the noun.
	if k := strings.LastIndexByte(strings.TrimSuffix(w, " "), ' '); k >= 0 && k < len(w)-2 {
		w = w[:k+1]
		for _, m := range []string{"outside a ", "outside an ", "outside the ", "near a ", "near an ", "near the ", "in front of a ", "in front of an ", "in front of the ", "next to a ", "next to the "} {
			if strings.HasSuffix(w, m) && (len(w) == len(m) || !isWord(w[len(w)-len(m)-1])) {
				return true
			}
		}
	}
	return false
}

// oneBusiness reports whether the subject right before the disruption cue
// at folded offset at is a single business: a shop that closes after an
// attack is not a disruption of public life.
func oneBusiness(f string, at, lo int) bool {
	w := f[max(at-28, lo):at]
	for _, m := range []string{"el establecimiento ", "el negocio ", "la tienda ", "el restaurante ", "el local ", "el bar ", "la sucursal ", "the restaurant ", "the store ", "the shop ", "the business ", "the bar "} {
		if k := strings.Index(w, m); k >= 0 && (k == 0 || !isWord(w[k-1])) {
			return true
		}
	}
	return false
}

// meetingNouns are the folded nouns of a meeting or a hearing, whose
// suspension is a recess, not a service stopped.
var meetingNouns = []string{"sesion", "audiencia", "reunion", "asamblea", "comparecencia", "votacion", "hearing", "session", "meeting"}

// meetingHalted reports whether disruption cue c in folded f suspends a
// meeting or a hearing (meetingNouns) named just after it as its object
// ("suspenden la audiencia") or, the cue reflexive or a participle with
// no object after it, before it as its subject ("la sesión del cabildo
// se suspendió por unos minutos"; not "tras la reunión, se suspendieron
// las clases"): a recess, no closure of a service.
func meetingHalted(f string, c cueHit, lo, hi int) bool {
	var buf [3]string
	for _, w := range appendFields(buf[:0], f[c.fEnd:min(c.fEnd+24, hi)], 3) {
		w = strings.TrimRight(w, ".,;:")
		if slices.Contains(meetingNouns, w) {
			return true
		}
		if w == "la" || w == "el" || w == "las" || w == "los" || w == "the" {
			continue
		}
		if !slices.Contains(recessWords, w) {
			return false // "suspendieron las clases": what is suspended follows
		}
		break
	}
	before := f[max(c.fStart-60, lo):c.fStart]
	if !strings.HasSuffix(before, "se ") && !strings.HasPrefix(f[c.fStart:c.fEnd], "suspendid") {
		return false // "la asamblea suspendió clases": the meeting decides a closure
	}
	if k := strings.LastIndexAny(before, ";:"); k >= 0 {
		before = before[k+1:]
	}
	for _, w := range meetingNouns {
		if wordIn(before, w) {
			return true
		}
	}
	return false
}

// recessWords are the folded words that may follow a suspension with no
// object: how long or when ("se suspendió por unos minutos").
var recessWords = []string{"por", "durante", "este", "esta", "hasta", "desde", "en", "a", "tras", "luego", "hoy", "ayer", "temporalmente", "momentaneamente", "indefinidamente", "for", "until", "on"}

// causeClause reports whether the cue at folded offset at lies in an
// opening clause that gives the cause of what the sentence reports: "Ante
// la circulación de mensajes intimidatorios, se suspenden las clases",
// "Amid the clashes, schools closed".
func causeClause(f string, at, lo int) bool {
	s := f[lo:at]
	if s == "" || s[0] != 'a' && s[0] != 'd' && s[0] != 'p' && s[0] != 'b' && s[0] != 'f' {
		return false // no phrase below begins so
	}
	for _, m := range []string{"ante ", "debido a ", "a causa de ", "por motivos de ", "amid ", "due to ", "because of ", "following "} {
		if strings.HasPrefix(s, m) {
			return !strings.ContainsAny(s, ",;")
		}
	}
	return false
}

// afterRef reports whether the cue at folded offset at follows "tras el",
// "después del", "after the" and the like (refPhrases): a reference to an
// act the sentence is not about.
func (e *Extractor) afterRef(f string, at, lo int) bool {
	from := at - 24
	if from < lo {
		from = lo
	}
	return e.refPhrases.end(f[from:at]) || afterSpell(f[max(lo, at-48):at])
}

// afterSpell reports whether folded words f, those right before a cue,
// put the cue in a spell of acts that came before what the sentence
// reports: "después de una semana de enfrentamientos", "tras varios días
// de bloqueos", "after days of fighting", "following weeks of clashes".
func afterSpell(f string) bool {
	if w := lastWord(f); w != "de" && w != "of" {
		return false // most cues follow neither: no need to split the words
	}
	var buf [5]string
	ws := tailFields(buf[:0], f, 5)
	n := len(ws)
	if n < 3 || ws[n-1] != "de" && ws[n-1] != "of" {
		return false
	}
	k := n - 2
	switch ws[k] {
	case "semana", "semanas", "dias", "meses", "jornadas", "week", "weeks", "days", "months":
	default:
		return false
	}
	k--
	if k >= 0 {
		switch ws[k] {
		case "una", "un", "dos", "tres", "varias", "varios", "a", "two", "three", "several":
			k--
		}
	}
	if k < 0 {
		return false
	}
	switch ws[k] {
	case "tras", "after", "following":
		return true
	case "de":
		return k > 0 && (ws[k-1] == "despues" || ws[k-1] == "luego")
	}
	return false
}

// refPhrases returns the phrases afterRef looks for before a cue, each
// ending in a space.
func refPhrases() phraseEnds {
	return newPhraseEnds("tras el ", "tras la ", "tras los ", "tras las ", "por el ", "por la ", "por los ", "por las ", "for the ", "over the ", "despues del ", "despues de la ", "luego del ", "luego de la ", "after the ", "following the ", "after a ", "after an ", "following a ", "following an ",
		// one adjective of time or manner between: "after a recent attack".
		"after a recent ", "after the recent ", "after recent ", "following a recent ", "following the recent ", "after a deadly ", "after the deadly ", "after a failed ", "after the failed ", "tras el reciente ", "tras la reciente ", "tras un reciente ", "tras una reciente ",
		"al termino del ", "al termino de la ", "al concluir el ", "al finalizar el ", "al terminar el ", "al terminar la ", "al concluir la ", "al finalizar la ", "once the ", "since the ", "desde el ", "a raiz del ", "a raiz de la ", "in the wake of the ",
		"responsables del ", "responsables de los ", "responsables de las ", "responsables de la ", "responsable del ", "responsable de la ", "responsable de los ",
		"autores del ", "autores de los ", "autor del ", "responsible for the ", "behind the ",
		// the crime an arrest or a trial is about: "detenido por
		// homicidio", "acusado de asesinar", "buscado por el secuestro".
		"tras ", "luego de ", "despues de ", "por ", "por intentar ", "por presunto ", "por presunta ", "por el presunto ", "por la presunta ", "por su presunta participacion en el ", "por su participacion en el ", "por encubrimiento de ", "por encubrir el ", "acusado de ", "acusada de ", "acusados de ", "acusado del ", "responsable de ", "responsables de ", "participantes en ", "buscado por ", "buscada por ", "accused of ", "charged with ", "wanted for ",
		// an act another is said to be (un)related to: "en un hecho que
		// no vinculan con el bloqueo", "not linked to the attack".
		"vinculan con el ", "vinculan con la ", "vincula con el ", "vincula con la ", "vinculado con el ", "vinculada con el ", "vinculado con la ", "vinculado al ", "vinculada al ", "vinculan al ",
		"relacion con el ", "relacion con la ", "relacionado con el ", "relacionada con el ", "relacionado con la ", "relacionado al ", "relacionada al ",
		// the plural, of the people an arrest holds: "los detenidos
		// estarían relacionados con el homicidio de dos personas".
		"relacionados con el ", "relacionados con la ", "relacionadas con el ", "relacionadas con la ", "vinculados con el ", "vinculados con la ",
		"participantes en el ", "participantes en la ", "participaron en el ", "participaron en la ",
		"linked to the ", "related to the ", "connected to the ", "tied to the ",
		"ante la ", "ante el ", "ante los ", "ante las ", "derivado de los ", "derivado de las ", "derivado del ", "derivado de la ", "in response to the ", "amid the ", "amid a ", "en medio de la ", "en medio de los ",
		// the victims of an act told before: "uno de los heridos del
		// ataque murió".
		"heridos del ", "lesionados del ")
}

// forceKills reports whether the deciding cue is an active killing verb
// whose subject is a state force named just before it ("Mexican army
// special forces killed", "militares mataron a"), or the government ("the
// government said it killed").
func (e *Extractor) forceKills(f string, hits []hit, cue cueHit) bool {
	active, english := enForceKill(f, cue.fStart, cue.fEnd)
	switch {
	case english && e.forceAfterBy(f, hits, cue.fEnd):
		return true // "Cartel boss killed by marines in Cuernavaca" (passive.go)
	case english && !active:
		return false // "Police officer gunned down in Tuxpan": the force is the victim (passive.go)
	case english:
	case !slices.Contains([]string{"mataron", "mato", "asesinaron", "dieron muerte"}, f[cue.fStart:cue.fEnd]):
		return false
	}
	// The government, or the authorities, as the subject of the killing.
	before := f[max(cue.fStart-32, 0):cue.fStart]
	for _, subj := range []string{"government said it ", "government says it ", "the government ", "authorities ", "el gobierno ", "las autoridades "} {
		if strings.HasSuffix(before, subj) {
			return true
		}
	}
	for _, h := range hits {
		for _, en := range h.entries {
			if en.cls != clsActor || e.actors[en.actor].kind != model.StateForce {
				continue
			}
			if h.fEnd <= cue.fStart && cue.fStart-h.fEnd <= 40 && !strings.ContainsAny(f[h.fEnd:cue.fStart], ",;") &&
				!strings.Contains(f[h.fEnd:cue.fStart], " que ") && !strings.Contains(f[h.fEnd:cue.fStart], " by ") {
				// "were killed" is passive: the force is not the subject.
				if w := f[h.fEnd:cue.fStart]; !strings.HasSuffix(w, "were ") && !strings.HasSuffix(w, "was ") && !strings.HasSuffix(w, "fueron ") && !strings.HasSuffix(w, "fue ") {
					return true
				}
			}
		}
	}
	return false
}

// reporting reports whether the actor mention at folded [at, end) is the
// source of the sentence rather than a party to it: "según la Fiscalía",
// "confirmó la Secretaría de Marina", "state prosecutors said", "la
// Fiscalía General del Estado informó que".
func reporting(found *cueHits, f string, at, end, lo, hi int) bool {
	from := at - 24
	if from < lo {
		from = lo
	}
	before := " " + f[from:at]
	for _, m := range []string{" segun ", " segun la ", " segun el ", " segun los ", " confirmo la ", " confirmo el ", " informo la ", " informo el ", " informaron la ", " reporto la ", " reporto el ", " dijo la ", " dijo el ", " senalo la ", " senalo el ", " de acuerdo con la ", " de acuerdo con el ", " acuerdo con la ", " according to ", " according to the ", " indico la ", " preciso la ", " detallo la ", " anuncio la ", " dio a conocer la "} {
		if suffixed(before, m) {
			return true
		}
	}
	to := end + 48
	if to > hi {
		to = hi
	}
	// The clause below is a part of f[end:to]: without a verb in it, it
	// has none.
	if !found.any(cueReportVerbs, f, end, to) {
		return false
	}
	after := f[end:to]
	if k := strings.IndexAny(after, ",;"); k >= 0 {
		after = after[:k]
	}
	for _, m := range reportingVerbs {
		k := strings.Index(after, m)
		if k < 0 {
			continue
		}
		// Only the name's own words ("de Sinaloa", "General del Estado
		// de Quintana Roo") may stand between the mention and the verb.
		gap := after[:k]
		if !strings.Contains(gap, " que ") && !strings.Contains(gap, " y ") && !strings.Contains(gap, " and ") {
			return true
		}
	}
	return false
}

// near reports whether some marker ends at most window bytes before at.
// nearInClause is near, for a marker in the same clause as at: a colon or
// semicolon between them ends the marker's reach ("No para la violencia:
// acribillan a un taxista").
func nearInClause(f string, ends []int, at, window int) bool {
	for _, e := range ends {
		if e <= at && at-e <= window && !strings.ContainsAny(f[e:at], ":;") {
			return true
		}
	}
	return false
}

// listGap reports whether cue c follows cue prev as the next item of a
// list, with only a comma or a conjunction between them ("no attacks,
// shootings or kidnappings", "no hubo robos, riñas ni secuestros"): a
// negation of the list reaches it.
func listGap(f string, prev, c cueHit) bool {
	if prev.fEnd > c.fStart || c.fStart-prev.fEnd > 40 || verbLike(f, c.fStart, c.fEnd, prev.fEnd) && !nounLike(f[c.fStart:c.fEnd]) {
		return false // "contra la extorsión, y matan a dos": a verb tells an act of its own
	}
	gap := strings.TrimSpace(f[prev.fEnd:c.fStart])
	for _, a := range []string{" el", " la", " los", " las", " the", " de", " de la", " del"} {
		if g, ok := strings.CutSuffix(" "+gap, a); ok {
			gap = strings.TrimSpace(g)
			break
		}
	}
	sep := func(g string) bool {
		switch g {
		case ",", "or", "nor", ", or", ", nor", "ni", ", ni", "o", ", o", "u", "y", "and", ", and", ", y":
			return true
		}
		return false
	}
	if sep(gap) {
		return true
	}
	// one adjective of the first item between: "el secuestro exprés y el cobro de piso"
	if w, rest, ok := strings.Cut(gap, " "); ok && !strings.ContainsAny(w, ",;") && sep(strings.TrimSpace(rest)) {
		return true
	}
	// other items between: "no attacks, shootings or kidnappings"
	ws := strings.Fields(strings.ReplaceAll(gap, ",", " , "))
	if len(ws) < 3 || len(ws) > 8 || !sep(ws[0]) || !sep(ws[len(ws)-1]) {
		return false
	}
	for _, w := range ws[1 : len(ws)-1] {
		switch w {
		case "que", "se", "were", "was", "fue", "fueron", "hubo", "there", "pero", "but", ";", ":":
			return false
		}
	}
	return true
}

// reportive reports whether the hypothetical marker f[start:end] is the
// conditional of report: "habría" or "habrían" before a past participle
// ("habrían 'levantado' a un petrolero", "habría sido privada de su
// libertad"), the press's way to tell a past act it has not confirmed. A
// condition ("si", "hubiera") or another marker still frames the sentence.
// monthMay reports whether "may" at folded f[start:end] is the month, not
// the modal verb: a number next to it ("May 5", "5 de may"), or a word
// before it that takes a month ("in May", "since May", "last May", "May,").
func monthMay(f string, start, end int) bool {
	after := strings.TrimLeft(f[end:], " ")
	if after == "" || isDigit(after[0]) || after[0] == ',' || after[0] == ':' || after[0] == '.' {
		return true
	}
	var buf [1]string
	prev := tailFields(buf[:0], f[:start], 1)
	if len(prev) == 0 {
		return false
	}
	switch w := prev[0]; w {
	case "in", "on", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "between", "from", "through", "during":
		return true
	default:
		return isDigit(w[len(w)-1])
	}
}

func reportive(f string, start, end int) bool {
	if w := f[start:end]; w != "habria" && w != "habrian" {
		return false
	}
	rest := strings.TrimLeft(f[end:], " '\"‘’“”«")
	word, _, _ := strings.Cut(rest, " ")
	word = strings.TrimRight(word, "'\"‘’“”»,.;:")
	return participle(word) || word == "sido" || hasAnySuffix(word, "hecho", "puesto", "abierto", "abierta")
}

// reportedAct reports whether the cue at folded offset at is the
// participle of a conditional of report ("habrían 'levantado'", "habría
// sido privada"): the alleged act itself, not one it leads to ("habrían
// participado en el asesinato").
func reportedAct(f string, at, lo int) bool {
	w := strings.TrimRight(f[lo:at], " '\"‘’“”«")
	w = strings.TrimSuffix(w, " sido")
	return hasAnySuffix(w, " habria", " habrian") || w == "habria" || w == "habrian"
}

// carrying reports whether the folded cue w tells someone caught carrying
// a gun by what they were doing ("paseaba armado", "caminaba con arma",
// "empistolado"): an arrest only when nothing else happens in the sentence.
func carrying(w string) bool {
	return strings.HasPrefix(w, "empistolad") || hasAnyPrefix(w, "paseaba", "andaba", "caminaba", "circulaba") && containsAny(w, "armad", "arma", "pistola")
}

func near(ends []int, at, window int) bool {
	for _, e := range ends {
		if e <= at && at-e <= window {
			return true
		}
	}
	return false
}

func quantityBefore(ends []int, at int) bool {
	for _, e := range ends {
		if e <= at && at-e <= 12 {
			return true
		}
	}
	return false
}

// vehicleBefore reports whether the word before folded offset at (not
// before lo) names a vehicle: "varios vehículos en llamas" counts the
// vehicles one act burned, not acts (quantityBefore).
func vehicleBefore(f string, at, lo int) bool {
	j, end := wordBefore(f, at, lo)
	return slices.Contains(roadVehicles, f[j:end])
}

func isYear(n int) bool { return n >= 1900 && n <= 2100 }

// numberBefore returns the number written in digits or words among the few words
// before folded offset at (not before lo), skipping fillers such as "más
// de" or "at least"; -1 if there is none.
func numberBefore(f string, at, lo, maxOther int) int {
	return numberBeforeIn(f, at, lo, maxOther, false)
}

// wordBefore returns the span [j, end) of the space-delimited word that
// ends before folded offset i, not reaching below lo: the spaces before i
// are skipped; j == end when no word is left.
func wordBefore(f string, i, lo int) (j, end int) {
	for i > lo && f[i-1] == ' ' {
		i--
	}
	j = i
	for j > lo && f[j-1] != ' ' {
		j--
	}
	return j, i
}

// numberBeforeIn is numberBefore, reading number words too when words is
// set: units are counted in words ("seis municipios"), while "tres
// cuerpos" counts the victims of one act, not acts.
func numberBeforeIn(f string, at, lo, maxOther int, words bool) int {
	i := at
	other := 0
	violent := false
	for tok := 0; tok < 5 && i > lo; tok++ {
		j, e := wordBefore(f, i, lo)
		w := trimCut(f[j:e], ",;:()")
		if n, ok := atoiDigits(w); ok {
			if violent && n < 10 && other+1 > maxOther {
				// "3 violent homicides": the victims of a few acts,
				// "violent" a word between like any other
				return -1
			}
			return n
		}
		if words { // number words are looked up only when asked for
			if n, ok := toll.Number(w); ok && n > 0 {
				return n // "seis municipios", "nine states"
			}
		}
		switch w {
		case "mas", "de", "que", "unos", "unas", "al", "menos", "than", "more", "over", "least", "at", "los", "las", "the", "some", "about", "cerca", "around", "almost", "casi", "nearly", "", "narco":
		case "violent":
			violent = true // "899 violent deaths": a total, read past its adjective
		default:
			other++
			if violent && other+1 > maxOther || other > maxOther {
				return -1
			}
		}
		i = j
	}
	return -1
}

// atoiDigits parses "252", "1,200" or "1.200".
func atoiDigits(w string) (int, bool) {
	n, digits := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isDigit(c):
			n = n*10 + int(c-'0')
			digits++
			if n > 1e7 {
				return 0, false
			}
		case (c == ',' || c == '.') && digits > 0 && i+1 < len(w):
		default:
			return 0, false
		}
	}
	return n, digits > 0
}

// decide picks the incident type of a sentence from its surviving cues
// (the priority rules of the package documentation).
func decide(cues []cueHit, business, road, seize bool) (model.IncidentType, float64, cueHit) {
	var buf [8]cueHit
	best := bestCues(buf[:0])
	for _, c := range cues {
		best = best.keep(c)
	}
	has := func(t model.IncidentType) bool { _, ok := best.get(t); return ok }
	if a, ok := best.get(model.ArmedAttack); ok && a.holdup && (has(model.Homicide) || has(model.Kidnapping) || has(model.SecurityOperation)) {
		// "matan a dos en un asalto", "asalta tienda y es detenido": the
		// robbery is the circumstance of the killing or the arrest.
		best = best.drop(model.ArmedAttack)
	}
	pick := func(t model.IncidentType) (model.IncidentType, float64, cueHit) {
		c := best.at(t)
		return t, c.weight, c
	}
	as := func(t model.IncidentType, from model.IncidentType) (model.IncidentType, float64, cueHit) {
		c := best.at(from)
		return t, c.weight, c
	}
	secop, hasSec := best.get(model.SecurityOperation)
	switch {
	case has(model.Explosive) && seize:
		return as(model.SecurityOperation, model.Explosive)
	case has(model.Explosive):
		return pick(model.Explosive)
	case has(model.ArmedClash) && !(best.at(model.ArmedClash).weight < 0.85 && victimCue(best)):
		// "balacera" or "tiroteo" alone says shooting, not who shot at
		// whom: an execution or an attack told with it decides.
		return pick(model.ArmedClash)
	case has(model.Blockade):
		return pick(model.Blockade)
	case has(model.Arson) && road && !business:
		return as(model.Blockade, model.Arson)
	case business && (has(model.Arson) || has(model.ArmedAttack)):
		c := best.at(model.Arson)
		if !has(model.Arson) {
			c = best.at(model.ArmedAttack)
		}
		return model.BusinessAttack, c.weight, c
	case has(model.BusinessAttack):
		return pick(model.BusinessAttack)
	}
	// An arrest mentioned before the crime is about the arrest.
	for _, t := range []model.IncidentType{model.ArmedAttack, model.Homicide, model.Kidnapping} {
		if c, ok := best.get(t); ok && hasSec && secop.fStart < c.fStart && !secop.waylay {
			return pick(model.SecurityOperation)
		}
	}
	if a, ok := best.get(model.ArmedAttack); ok && a.weight >= 0.7 && (!has(model.Homicide) || best.at(model.Homicide).weight < a.weight) {
		// "ataque armado deja tres muertos" is an attack; "localizan
		// cuerpos baleados" and "asesinan a balazos" are killings.
		return pick(model.ArmedAttack)
	}
	switch {
	case has(model.Homicide):
		return pick(model.Homicide)
	case has(model.Kidnapping) && best.at(model.Kidnapping).weight >= 0.7:
		return pick(model.Kidnapping)
	case has(model.ArmedAttack) && (best.at(model.ArmedAttack).weight >= 0.6 || !hasSec):
		// "con posesión de un arma de fuego, detienen a": a weapon held
		// is no attack.
		return pick(model.ArmedAttack)
	case has(model.Arson):
		return pick(model.Arson)
	case hasSec:
		return pick(model.SecurityOperation)
	case has(model.Kidnapping):
		return pick(model.Kidnapping)
	case has(model.Intimidation):
		return pick(model.Intimidation)
	case has(model.Disruption):
		return pick(model.Disruption)
	case has(model.Advisory):
		return pick(model.Advisory)
	}
	return pick(model.Policy)
}

// bestCues is decide's strongest cue of each type, one a type: the few
// types of a sentence, found by a scan instead of a hash.
type bestCues []cueHit

// keep puts c in b unless b has a cue of its type at least as strong.
func (b bestCues) keep(c cueHit) bestCues {
	for i := range b {
		if b[i].typ == c.typ {
			if c.weight > b[i].weight {
				b[i] = c
			}
			return b
		}
	}
	return append(b, c)
}

// get returns b's cue of type t.
func (b bestCues) get(t model.IncidentType) (cueHit, bool) {
	for _, c := range b {
		if c.typ == t {
			return c, true
		}
	}
	return cueHit{}, false
}

// at returns b's cue of type t, the zero cueHit when it has none.
func (b bestCues) at(t model.IncidentType) cueHit {
	c, _ := b.get(t)
	return c
}

// drop removes b's cue of type t.
func (b bestCues) drop(t model.IncidentType) bestCues {
	return slices.DeleteFunc(b, func(c cueHit) bool { return c.typ == t })
}

// instrumental drops the attack cues that only say how a killing told in
// the same sentence was done ("asesinan a balazos", "cuerpo con heridas de
// bala", "mujer baleada muere"): the killing is the act.
func instrumental(f string, cues []cueHit) []cueHit {
	killing := false
	for _, c := range cues {
		if c.typ == model.Homicide && c.weight >= 0.75 {
			killing = true
		}
	}
	if !killing {
		return cues
	}
	out := cues[:0]
	for _, c := range cues {
		if c.typ == model.ArmedAttack && means(f[c.fStart:c.fEnd]) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// victimNoun reports whether a cue names the dead rather than the acts
// ("16 muertos", "12 dead", not "14 asesinatos").
func victimNoun(t string) bool {
	t = strings.TrimSuffix(t, " in") // "24 dead in central Mexico"
	switch t {
	case "muertos", "muertas", "dead", "cuerpos":
		return true
	}
	return false
}

// reportsOf are the folded words by which an advisory gives the reports
// that moved it ("ordered its staff to shelter in place after reports of
// gunfire near the bridges", "emitió una alerta tras reportes de
// balaceras"): the warning is the act; the reports, its generic context
// (testdata/gold/README.md).
var reportsOf = [...]string{"after reports of", "following reports of", "amid reports of", "due to reports of", "because of reports of",
	"tras reportes de", "ante reportes de", "por reportes de", "luego de reportes de", "tras los reportes de", "ante los reportes de"}

// reportedCause drops the violent cues that follow reportsOf (before
// folded offset end, the sentence's) when an advisory cue comes before
// them: the sentence tells the warning.
func reportedCause(f string, end int, cues []cueHit) []cueHit {
	adv := -1
	for _, c := range cues {
		if c.typ == model.Advisory && (adv < 0 || c.fEnd < adv) {
			adv = c.fEnd
		}
	}
	if adv < 0 {
		return cues
	}
	at := -1
	for _, m := range reportsOf {
		if k := strings.Index(f[adv:end], m); k >= 0 && (at < 0 || adv+k < at) {
			at = adv + k
		}
	}
	if at < 0 {
		return cues
	}
	out := cues[:0]
	for _, c := range cues {
		if c.typ.Violent() && c.fStart > at {
			continue
		}
		out = append(out, c)
	}
	return out
}

// actOpeners open a sentence with a phrase that names an act told
// before it ("Poco después del segundo bloqueo, policías estatales …
// detuvieron a tres hombres", "Tras el ataque, …", "Following the
// ambush, …"), folded.
var actOpeners = [...]string{"poco despues de", "minutos despues de", "horas despues de", "momentos despues de", "despues de", "tras", "luego de",
	"shortly after", "hours after", "minutes after", "after", "following"}

// openerAct drops the cues of the phrase that opens the sentence at
// folded offset from with an act told before it (actOpeners, up to its
// comma) when the words after the comma tell an arrest, a closure or a
// warning: the sentence tells what followed, not the act it names. A
// death or an attack after the comma keeps the phrase's act, whose toll
// or sequel it may be, and so does an opener that tells the forces'
// answer ("tras repeler la agresión"), which makes the act told before a
// clash.
func openerAct(f string, from int, cues []cueHit) []cueHit {
	if from >= len(f) || !openerLetter(f[from]) {
		return cues // most sentences stop here
	}
	g := trimLeftSet(f[from:], " \"'«“-—")
	lead := len(f[from:]) - len(g)
	open := false
	for _, m := range actOpeners {
		if !strings.HasPrefix(g, m) {
			continue
		}
		rest := g[len(m):]
		if strings.HasPrefix(rest, " ") || strings.HasSuffix(m, " de") && strings.HasPrefix(rest, "l ") { // "después del"
			open = true
			break
		}
	}
	if !open {
		return cues
	}
	k := strings.IndexByte(g[:min(len(g), 80)], ',')
	if k < 0 {
		return cues
	}
	if strings.Contains(g[:k], "repel") {
		return cues // "tras repeler la agresión, …", "after repelling the attack, …": the answer that makes the act told a clash (repelled)
	}
	comma := from + lead + k
	named, after := false, false
	for _, c := range cues {
		switch {
		case c.fEnd <= comma:
			named = named || c.typ.Violent()
		case c.weight >= 0.7 && (c.typ == model.SecurityOperation || c.typ == model.Disruption || c.typ == model.Advisory):
			after = true
		case c.typ.Violent():
			return cues // a death, an attack after it: the act named, or its toll
		}
	}
	if !named || !after {
		return cues
	}
	out := cues[:0]
	for _, c := range cues {
		if c.fEnd <= comma {
			continue
		}
		out = append(out, c)
	}
	return out
}

// openerLetter reports whether folded byte b may begin a sentence that
// opens with one of actOpeners, or with a quote or a dash before it.
func openerLetter(b byte) bool {
	switch b {
	case 'p', 'm', 'h', 'd', 't', 'l', 's', 'a', 'f', ' ', '"', '\'', '-', 0xc2, 0xe2:
		return true
	}
	return false
}

// heardBlasts drops the blasts heard during a clash told in the same
// sentence ("se escucharon ráfagas y explosiones donde sicarios se
// enfrentaron con la Guardia Nacional"): the clash is the act. A device
// ("granadas", "drones con explosivos") still makes an explosive attack.
func heardBlasts(f string, cues []cueHit) []cueHit {
	clash := false
	for _, c := range cues {
		if c.typ == model.ArmedClash && c.weight >= 0.85 {
			clash = true
		}
	}
	if !clash {
		return cues
	}
	out := cues[:0]
	for _, c := range cues {
		if c.typ == model.Explosive && !device(f[c.fStart:c.fEnd]) && !strings.Contains(f[c.fStart:c.fEnd], "dron") {
			continue
		}
		out = append(out, c)
	}
	return out
}

// means reports whether an attack cue names the weapon or the wounds
// rather than the attack.
func means(t string) bool {
	for _, p := range []string{"balazo", "disparo", "herida", "herido", "impacto", "arma de fuego", "armas de fuego", "a quemarropa", "balead", "a punaladas", "rafaga", "proyectil", "tiros", "gunshot", "bullet", "shot"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// firstArrest returns the first arrest or rescue cue of cues.
func firstArrest(f string, cues []cueHit) (cueHit, bool) {
	var first cueHit
	ok := false
	for _, c := range cues {
		if c.typ != model.SecurityOperation || (ok && c.fStart >= first.fStart) {
			continue
		}
		if t := f[c.fStart:c.fEnd]; arrestIn(t) || strings.HasPrefix(t, "detien") || strings.HasPrefix(t, "rescat") || t == "cae" || t == "caen" {
			first, ok = c, true
		}
	}
	return first, ok
}

// device reports whether an explosive cue names a device rather than a
// blast.
func device(t string) bool {
	for _, p := range []string{"granada", "grenade", "explosivo", "artefacto", "bomba", "bomb", "mina", "landmine", "explosive device", "ied"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// foundOrHeld reports whether folded sentence f tells of finding, holding
// or arresting rather than of a blast.
func foundOrHeld(f string) bool {
	for _, w := range []string{"hallan", "hallaron", "hallazgo", "localizan", "localizaron", "encuentran", "encontraron", "descubren", "posesion", "portacion", "con droga", "found", "discovered", "possession",
		// handed over in a weapons exchange: "canje de armas", "gun buyback"
		"canje", "entregaron", "handed in", "turned in", "buyback"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return arrestIn(f)
}

// twoSides reports whether the words after a shooting noun name its sides:
// "balacera entre", "tiroteo con policías", "shootout with".
func twoSides(rest string) bool {
	for _, m := range []string{" entre ", " con ", " contra ", " between ", " with "} {
		if strings.HasPrefix(rest, m) {
			return true
		}
	}
	return false
}

// readSides reads who shot at whom into the shooting cues of a sentence
// si of folded f: "balacera" or "tiroteo" with two sides told is a clash,
// with none an armed attack; shots told between two sides are a clash
// (acttype16.go). It is read before the type is decided, of the cues
// kept and of those denied or negated alike.
func readSides(f string, cues []cueHit, si *sentInfo) {
	for k := range cues {
		c := &cues[k]
		if c.typ == model.ArmedAttack && shootingNouns.in(f[c.fStart:c.fEnd]) && shotsBetween(f, *c, si.fEnd) {
			c.typ, c.weight = model.ArmedClash, 0.85 // "gunfire between armed groups" (acttype16.go)
			continue
		}
		if c.typ != model.ArmedClash || c.weight >= 0.85 {
			continue
		}
		if twoSides(f[c.fEnd:si.fEnd]) || hasAnySuffix(f[c.fStart:c.fEnd], " between", " entre") || armedParties(si.actors) >= 2 {
			c.weight = 0.85 // "balacera entre policías y civiles": a clash
		} else {
			// "balacera en Culiacán deja tres muertos": shooting, with no
			// sides told, is an armed attack.
			c.typ, c.weight = model.ArmedAttack, 0.75
		}
	}
}

// armedParties counts the kinds of armed actor among as: a state force and
// a criminal group are two sides.
func armedParties(as []model.Actor) int {
	force, crime := 0, 0
	for _, a := range as {
		switch a.Kind {
		case model.StateForce:
			force = 1
		case model.Cartel, model.Faction, model.UnidentifiedArmedGroup:
			crime = 1
		}
	}
	return force + crime
}

// forceNamed reports whether a state force is among the sentence's actors.
func forceNamed(si *sentInfo) bool {
	return forceAmong(si.actors)
}

// forceAmong reports whether a state force is among actors.
func forceAmong(actors []model.Actor) bool {
	return slices.ContainsFunc(actors, func(a model.Actor) bool { return a.Kind == model.StateForce })
}

// victimCue reports whether firm cues of a one-sided act are among best:
// a killing, an armed attack or an abduction.
func victimCue(best bestCues) bool {
	h, hok := best.get(model.Homicide)
	a, aok := best.get(model.ArmedAttack)
	k, kok := best.get(model.Kidnapping)
	return hok && h.weight >= 0.75 || aok && a.weight >= 0.7 || kok && k.weight >= 0.8
}

// actorRole decides the role of the actor mentioned at folded offset at.
func actorRole(found *cueHits, f string, at, lo int, supportAt []int, kind model.ActorKind) model.ActorRole {
	if near(supportAt, at, 40) {
		return model.Supporter
	}
	from := at - 48
	if from < lo {
		from = lo
	}
	// The last target marker ("a", "contra", "attacked") and the last
	// agent marker ("por", "by", "de parte de") among the whole words
	// before the mention, in one pass.
	w := f[from:at]
	tgt, per := -1, -1
	prev := -1 // start of the previous word when it was "de"
	for p := 0; p < len(w); {
		q := p
		for q < len(w) && w[q] != ' ' {
			q++
		}
		if q < len(w) && (p == 0 || w[p-1] == ' ') {
			switch w[p:q] {
			case "a":
				// The English article ("fought a group of armed men") is
				// no personal "a".
				if !englishArticle(w[min(q+1, len(w)):]) {
					tgt = p
				}
			case "al", "contra", "against", "on", "targeting", "hacia", "atacaron", "emboscaron", "attacked", "ambushed", "killed", "asesinaron",
				// a headline's present: "Gunmen kill police officer"
				"kill", "kills", "attack", "ambush", "shoot", "wound":
				tgt = p
			case "por", "by", "between", "entre":
				// The sides of a clash are both its perpetrators: "a gun
				// battle between gunmen of the Sinaloa Cartel and ...".
				// "Por la tarde", "por la noche" say when, not who.
				if rest := w[min(q+1, len(w)):]; !hasAnyPrefix(rest, "la tarde", "la noche", "la manana", "la madrugada", "lo menos", "la carretera", "la autopista") {
					per = p
				}
			case "de":
				if prev >= 0 && p >= 6 && w[p-6:p-1] == "parte" {
					per = prev
				}
			}
			if w[p:q] == "de" {
				prev = p
			} else if w[p:q] != "parte" {
				prev = -1
			}
		}
		p = q + 1
	}
	switch {
	case tgt > per:
		return model.Target
	case per > tgt:
		return model.Perpetrator
	}
	if passiveVictim(found, f, at) {
		// "Dos policías que patrullaban fueron atacados a balazos".
		return model.Target
	}
	if kind == model.Civilians {
		return model.Target
	}
	return model.Perpetrator
}

// reportingVerbs tell that the mention before them reports (reporting).
var reportingVerbs = []string{" said", " says", " reported", " confirmed", " informo", " informa que", " informan que", " informaron", " confirmo", " reporto", " dijo", " senalo", " indico", " preciso", " dio a conocer", " detallo", " announced", " told "}

// passiveVictim reports whether the clause after an actor's mention at
// folded offset at makes it the victim of an attack in the passive voice.
func passiveVictim(h *cueHits, f string, at int) bool {
	// The clause below is a part of these bytes: without a marker in
	// them, it has none.
	if !h.any(cuePassive, f, at, min(at+90, len(f))) {
		return false
	}
	after := f[at:min(at+90, len(f))]
	if i := strings.IndexAny(after, ".;"); i >= 0 {
		after = after[:i]
	}
	// An object or a second clause makes the actor the agent of its own
	// verb: "policías detuvieron a dos hombres que fueron atacados".
	for _, m := range []string{" a ", " al ", " y ", " and "} {
		if i := strings.Index(after, m); i >= 0 {
			after = after[:i]
		}
	}
	return h.any(cuePassive, f, at, at+len(after))
}

// passiveMarkers make a mention the victim of the act in the passive voice
// (passiveVictim).
var passiveMarkers = []string{" fueron atacad", " fue atacad", " fueron emboscad", " fue emboscad", " fueron agredid", " fue agredid", " fueron baleados", " were attacked", " was attacked", " were ambushed", " was ambushed", " came under fire",
	// a killing's victims: "police officer killed in ambush", "un
	// agente estatal murió"
	" killed in ", " killed by ", " killed during ", " killed when ", " was killed", " were killed", " shot dead", " fue asesinad", " fueron asesinad", " murio", " murieron", " perdio la vida", " perdieron la vida"}

// englishArticle reports whether rest, the text after an "a", starts with
// a noun that the English article "a" introduces.
func englishArticle(rest string) bool {
	w, _, _ := strings.Cut(rest, " ")
	switch w {
	case "group", "gang", "cell", "squad", "band", "unit", "team", "convoy", "patrol", "pair", "handful", "dozen", "number", "faction", "suspected", "rival", "heavily", "large", "small",
		"gun", "gunfight", "shootout", "firefight", "battle", "clash", "raid", "confrontation", "series", "wave", "string", "statement", "patrol's":
		return true
	}
	return false
}

// checkHistory marks a sentence historic when its only times are historic
// or it dates itself to an earlier year ("en 2011", "in 2019", "desde 2006").
func (e *Extractor) checkHistory(f, orig string, si *sentInfo, r model.Report) {
	cur, hist := 0, 0
	for _, t := range si.times {
		if t.historic {
			if si.typ != "" && (relativeAfter(orig, si.cuePos, t.start) || sinceBefore(orig, t.start, t.end, si.cuePos)) {
				// "asesinan a un hombre en el autolavado donde hace dos
				// meses hubo otro ataque"; "desaparecido desde 2021:
				// hallan su cuerpo"
				continue
			}
			hist++
		} else {
			cur++
		}
	}
	if hist > 0 && cur == 0 && len(si.elapsed) == 0 && arrestBeforeYears(f[si.fStart:si.fEnd], r.Published.Year()) {
		return
	}
	if hist > 0 && cur == 0 || cur == 0 && backdated(f, si.elapsed, foldedCue(si)) {
		// "hace dos años", "in the past": years back, and no time of now
		si.historic = true
		return
	}
	if cur > 0 {
		return
	}
	ref := r.Published.Year()
	if r.Published.IsZero() {
		return
	}
	s := f[si.fStart:si.fEnd]
	// "- 2020: ..." list items and "2019. ..." lines
	if k := strings.TrimLeft(s, "-*• "); len(k) >= 5 {
		if y, ok := atoiDigits(k[:4]); ok && isYear(y) && y < ref && !isWord(k[4]) {
			si.historic = true
			return
		}
	}
	if !hasYearDigits(s) {
		return // no year for a preposition to put the act in
	}
	for _, p := range []string{"en ", "in ", "desde ", "since ", "de ", "durante ", "during ", "hacia ", "back in "} {
		for j := range occurrences(s, p) {
			k := j + len(p)
			if j > 0 && isWord(s[j-1]) {
				continue
			}
			if k+4 <= len(s) && (k+4 == len(s) || !isWord(s[k+4])) {
				if y, ok := atoiDigits(s[k : k+4]); ok && isYear(y) && y < ref {
					if arrestBeforeYears(s, ref) || (p == "desde " || p == "since ") && cueInNextClause(s, k, si) {
						continue
					}
					si.historic = true
					return
				}
			}
		}
	}
}

// cueInNextClause reports whether one of the sentence's cues follows a
// colon or semicolon after folded sentence offset k (relative to
// si.fStart): "Estaba desaparecido desde 2021: hallan su cuerpo". A
// period since a year reaches the present; the act told in the next
// clause is not dated by it.
func cueInNextClause(s string, k int, si *sentInfo) bool {
	b := strings.IndexAny(s[k:], ":;")
	if b < 0 {
		return false
	}
	b += si.fStart + k
	for _, c := range si.cues {
		if c.fStart > b {
			return true
		}
	}
	return false
}

// sinceBefore reports whether the time at original [start, end) opens a
// period ("desde 2021", "since 2019") in a clause that a colon or
// semicolon closes before the deciding cue at original offset cue.
func sinceBefore(orig string, start, end, cue int) bool {
	if start < 0 || end > cue || cue > len(orig) {
		return false
	}
	head := strings.ToLower(orig[max(0, start-7):start])
	if !strings.Contains(head, "desde") && !strings.Contains(head, "since") && !strings.Contains(orig[start:end], "desde") {
		return false
	}
	return strings.ContainsAny(orig[end:cue], ":;")
}

// relativeAfter reports whether original offset at follows the deciding
// cue at original offset cue in a relative clause of place ("donde",
// "where") opened after it: the time there dates another act told of the
// place, not the cue's.
func relativeAfter(orig string, cue, at int) bool {
	if cue < 0 || at <= cue || at > len(orig) {
		return false
	}
	return relativeGap(strings.ToLower(orig[cue:at]))
}

// relativeGap reports whether gap, the words from an act's cue to a time,
// open a relative clause of place ("... en Frontera Comalapa, a
// municipality where thousands have fled in recent years"): the time is
// the place's, not the act's.
func relativeGap(gap string) bool {
	return strings.Contains(gap, " donde ") || strings.Contains(gap, " where ")
}

// foldedCue returns the folded offset of si's deciding cue, or -1.
func foldedCue(si *sentInfo) int {
	for _, h := range si.cues {
		if h.start == si.cuePos {
			return h.fStart
		}
	}
	return -1
}

// labelEnd returns the folded end of a section label that opens the
// sentence ("Homicidio en Irapuato: detienen a dos", "Ataque en León: les
// disparan a policías"): up to four words before a colon. Its cue names
// the topic, and decides only when the rest tells no act. It returns -1
// when there is none.
func labelEnd(f string, lo, hi int) int {
	w := f[lo:min(hi, lo+48)]
	k := strings.IndexByte(w, ':')
	if k <= 0 || len(strings.Fields(w[:k])) > 4 || strings.TrimSpace(w[k+1:]) == "" {
		return -1
	}
	return lo + k
}

// courtAside reports whether every court word of a sentence (folded
// starts courtAt) comes after the act cue c in a clause of its own that
// tells where the victim was: "Asesinan a un hombre que acababa de salir
// de una audiencia", "matan a abogado afuera de los juzgados". The act
// is the news; the court only its circumstance.
func courtAside(f string, c cueHit, courtAt []int) bool {
	if len(courtAt) == 0 {
		return false
	}
	for _, at := range courtAt {
		if at < c.fEnd {
			return false
		}
		between := f[c.fEnd:at]
		if strings.ContainsAny(between, ":;") {
			return false
		}
		if !leavingWords.in(between) {
			return false
		}
	}
	return true
}

// leavingWords place an act at someone's leaving or door (courtAside).
var leavingWords = newNeedles(" que ", "al salir", "tras salir", "afuera de", "fuera de", "frente a", "a las puertas", "cuando salia", "cuando salio")

// courtVictim reports whether the court word at folded [at, end) names
// whom or what an act touched rather than a court step: "asesinos del
// juez", "trabajador del tribunal", "atacan a un juez".
func courtVictim(f string, at, end int) bool {
	switch f[at:end] {
	case "juez", "jueza", "un juez", "tribunal", "juez de control":
	case "judge", "a judge":
		return judgeHit(f, at, end)
	default:
		return false
	}
	before := f[max(at-24, 0):at]
	for _, p := range []string{"del ", "al ", "a un ", "a una ", "a la ", "contra el ", "contra la ", "contra un ", "contra una "} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	// "asesinan a jueza", "balean a un juez", "rafaguean domicilio de una
	// jueza": a verb's personal "a" (not one of the court's steps:
	// "solicitan a un juez la orden", "presentan a juez"), or a judge's
	// home; not "a disposición de un juez".
	for _, p := range []string{"n a ", "n a un ", "n a una "} {
		if rest, ok := strings.CutSuffix(before, p); ok {
			k := strings.LastIndexByte(rest, ' ')
			return !slices.Contains(askedVerbs, rest[k+1:]+"n")
		}
	}
	for _, p := range []string{"domicilio de ", "domicilio de un ", "domicilio de una ", "domicilio de la ",
		"casa de ", "casa de un ", "casa de una ", "casa de la ", "vivienda de ", "vivienda de un ", "vivienda de una ", "vivienda de la "} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// askedVerbs are the folded verbs that put a case before a judge
// ("solicitan a un juez", "presentan a jueza"), not an act on one.
var askedVerbs = []string{"solicitan", "piden", "presentan", "llevan", "ponen", "dejan", "turnan", "consignan", "remiten", "entregan",
	"solicitaron", "pidieron", "presentaron", "llevaron", "pusieron", "dejaron", "turnaron", "consignaron", "remitieron", "entregaron",
	"exigen", "exigieron", "ordenan", "ordenaron", "recusan", "denuncian", "denunciaron", "acusan", "acusaron"}

// judgeHit reports whether the English "judge" at folded [at, end) is
// the one an act touched: the object of a verb of attack ("open fire on
// federal judge", "gunmen kill district judge", "attack judge's home"),
// maybe after an article and one title word, or the subject of a
// participle that tells it ("Federal judge shot dead in Colima").
func judgeHit(f string, at, end int) bool {
	before := strings.TrimSuffix(f[max(at-40, 0):at], " ")
	if k := strings.LastIndexByte(before, ' '); k >= 0 && judgeTitle(before[k+1:]) {
		before = before[:k] // "federal", "district"
	}
	before = strings.TrimSuffix(strings.TrimSuffix(before, " a"), " the")
	for _, v := range []string{"fire on", "shots at", "attack", "attacks", "attacked", "kill", "kills", "killed", "shoot", "shoots", "murder", "murders", "murdered", "ambush", "ambushes", "ambushed", "slay", "slays", "wound", "wounds", "kidnap", "kidnaps", "kidnapped", "abduct", "abducts", "abducted", "against", "gun down", "guns down"} {
		if strings.HasSuffix(before, " "+v) || before == v {
			return true
		}
	}
	after := f[end:]
	after = strings.TrimPrefix(after, "'s")
	for _, p := range []string{" shot", " killed", " slain", " murdered", " gunned down", " attacked", " ambushed", " kidnapped", " abducted", " wounded", " executed", " survives"} {
		if strings.HasPrefix(after, p) && (len(after) == len(p) || !isWord(after[len(p)])) {
			return true
		}
	}
	return false
}

// judgeTitle reports whether w is a word that may stand before "judge"
// in its title.
func judgeTitle(w string) bool {
	switch w {
	case "federal", "state", "district", "local", "criminal", "civil", "family", "former", "retired", "appeals", "circuit":
		return true
	}
	return false
}

// contrabandFound returns, for a sentence with no cue of its own, a
// security-operation cue at a finding verb followed in its clause by drugs,
// arms or fuel ("GN localiza en Durango 200 kilos de aparente marihuana"):
// what forces find is a seizure.
func contrabandFound(f string, finds []hit, contraband int, cues []cueHit) (cueHit, bool) {
	if contraband < 0 {
		return cueHit{}, false
	}
	for _, c := range cues {
		if c.typ != model.ArmedAttack || c.weight > 0.5 || !strings.HasPrefix(f[c.fStart:c.fEnd], "arma") {
			return cueHit{}, false // the sentence tells its act; a weapon noun alone does not
		}
	}
	for _, h := range finds {
		if h.fEnd <= contraband && contraband-h.fEnd <= 60 && !strings.ContainsAny(f[h.fEnd:contraband], ";:.") {
			return cueHit{typ: model.SecurityOperation, weight: 0.65, fStart: h.fStart, fEnd: h.fEnd, start: h.start}, true
		}
	}
	return cueHit{}, false
}

// playingVictim reports whether folded sentence sent tells someone shot or
// killed while playing a game ("shot while playing basketball", "asesinado
// mientras jugaba futbol"): its sport words then say what the victim was
// doing, not that the text is sport reporting.
func playingVictim(sent, f string, cues []cueHit) bool {
	if !playingWords.in(sent) {
		return false
	}
	for _, c := range cues {
		w := f[c.fStart:c.fEnd]
		if c.typ == model.Homicide && c.weight >= 0.65 || hasAnyPrefix(w, "shot", "balea", "dispar", "acribill") {
			return true
		}
	}
	return false
}

// playingWords tell someone playing a game (playingVictim).
var playingWords = newNeedles("while playing", "mientras jugaba", "mientras jugaban", "cuando jugaba", "cuando jugaban")

// performer reports whether rest, the folded text after a word of a
// genre, opens with a performer of it ("corrido singer", "cantante de
// corridos" is told by its noun first): the genre then names a person, not
// a work.
func performer(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	switch strings.Trim(w, ",;:.\"'") {
	case "musician", "musicians", "singer", "singers", "composer", "composers", "rapper", "rappers",
		"cantante", "cantantes", "musico", "musicos", "interprete", "interpretes", "compositor", "compositores":
		return true
	}
	return false
}

// performerBefore reports whether before, the folded text of the sentence
// before a word of a genre, ends in a performer of it ("músico de
// corridos", "cantante de narcocorridos"): the genre names who was hit.
func performerBefore(before string) bool {
	for _, p := range []string{"musico de ", "musicos de ", "cantante de ", "cantantes de ", "interprete de ", "interpretes de ", "compositor de ", "compositores de ", "cantautor de "} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// wrappedFound returns a homicide cue at a finding verb whose object, a
// word or two after it, is people found wrapped: "encobijados", which
// machine translations of Spanish headlines render "cowering", "huddled"
// or "bagging" ("They find two cowering near the expressway").
func wrappedFound(f string, finds []hit, hi int) (cueHit, bool) {
	for _, h := range finds {
		rest := f[h.fEnd:hi]
		if i := strings.IndexAny(rest, ",;:."); i >= 0 {
			rest = rest[:i]
		}
		ws := strings.Fields(rest)
		for k := 0; k < len(ws) && k < 3; k++ {
			if hasAnyPrefix(ws[k], "cowering", "huddled", "bagging", "encovijad", "encobijad") {
				return cueHit{typ: model.Homicide, weight: 0.75, fStart: h.fStart, fEnd: h.fEnd, start: h.start}, true
			}
		}
	}
	return cueHit{}, false
}

// datedFound returns a homicide cue at a finding verb whose object, a
// body, follows the day it was found on: "Localizan este domingo un
// cuerpo", "Encontraron ayer un cuerpo", "Hallan la mañana del lunes el
// cuerpo de una mujer". The day between the verb and its object keeps the
// lexicon's "localizan un cuerpo" from matching. A corps ("cuerpo de
// bomberos", "cuerpo policiaco") is no body.
func datedFound(f string, finds []hit, hi int) (cueHit, bool) {
	for _, h := range finds {
		rest := f[h.fEnd:hi]
		if i := strings.IndexAny(rest, ",;:.("); i >= 0 {
			rest = rest[:i]
		}
		ws := strings.Fields(rest)
		k, day := 0, false
		for ; k < len(ws) && k < 6 && timeWord(ws[k]); k++ {
			day = day || dayWord(ws[k])
		}
		if !day {
			continue
		}
		if k < len(ws) && objectDeterminer(ws[k]) {
			k++
		}
		if k >= len(ws) || !hasAnyPrefix(ws[k], "cuerpo", "cadaver", "body", "bodies", "corpse") {
			continue
		}
		if k+1 < len(ws) && hasAnyPrefix(ws[k+1], "policia", "policial", "consular", "diplomatic", "tecnico", "academico", "colegiado") ||
			k+2 < len(ws) && ws[k+1] == "de" && hasAnyPrefix(ws[k+2], "bombero", "seguridad", "policia", "rescate", "agua", "auxilio", "guardia", "custodio") {
			continue
		}
		return cueHit{typ: model.Homicide, weight: 0.75, fStart: h.fStart, fEnd: h.fEnd, start: h.start}, true
	}
	return cueHit{}, false
}

// forceFinds returns, for a sentence with no cue of its own, a
// security-operation cue at a finding verb whose subject, a state force,
// stands right before it: "Marina descubre lanchas de polleros",
// "Policías de Nezahualcóyotl localizan a dos menores", "Guardia Nacional
// ubica una toma clandestina". What the forces find, they find in an
// operation; the same verb with no force before it ("Localizan a un
// hombre") finds nothing of a crime by itself.
func (e *Extractor) forceFinds(hits []hit, finds []hit, cues []cueHit) (cueHit, bool) {
	if len(cues) > 0 {
		return cueHit{}, false
	}
	for _, v := range finds {
		for _, h := range hits {
			if h.fEnd <= v.fStart && v.fStart-h.fEnd <= 20 && stateForce(e, h) {
				return cueHit{typ: model.SecurityOperation, weight: 0.65, fStart: v.fStart, fEnd: v.fEnd, start: v.start}, true
			}
		}
	}
	return cueHit{}, false
}

// timeWord reports whether folded w may be part of a day's expression
// between a verb and its object: a day or part of one, or a word that
// joins them ("este", "la mañana del domingo", "on Sunday").
func timeWord(w string) bool {
	t, _ := timeKind(w)
	return t
}

// dayAfterCue reports whether the words right after the cue ending at
// folded end, before hi, name a weekday, a part of one or the day before
// ("asesinados el viernes", "asesinados la noche del martes", "asesinado
// anoche"): a killing that a march or a wake follows, told with its day as
// a recent act (README: aftermath reports). A date alone ("asesinado en
// marzo de 2019") is no such day and leaves it history.
func dayAfterCue(f string, end, hi int) bool {
	rest := f[end:hi]
	if i := strings.IndexAny(rest, ",;:.("); i >= 0 {
		rest = rest[:i]
	}
	ws := strings.Fields(rest)
	for k := 0; k < len(ws) && k < 4; k++ {
		switch w := ws[k]; {
		case weekdayWord(w) || partOfDay(w) || w == "ayer" || w == "anoche" || w == "yesterday":
			return true
		case w != "el" && w != "la" && w != "del" && w != "este" && w != "esta" && w != "pasado" && w != "on" && w != "last":
			return false
		}
	}
	return false
}

// dayWord reports whether folded w names a day or a part of one.
func dayWord(w string) bool {
	_, d := timeKind(w)
	return d
}

// timeKind reports whether folded w may be part of a day's expression
// (timeWord) and whether it names a day or a part of one (dayWord), with
// one lookup: dayRuns asks it of every word of a report.
func timeKind(w string) (time, day bool) {
	if len(w) < 2 || len(w) > 9 || timeLens[w[0]]&(1<<len(w)) == 0 {
		return false, false // no time word begins so with so many bytes
	}
	for _, x := range timeByFirst[w[0]] {
		if x.w == w {
			return true, x.day
		}
	}
	return false, false
}

// timeByFirst holds timeWords by first byte: timeKind compares the few
// that begin as w does instead of hashing w for the map.
var timeByFirst = func() (t [256][]struct {
	w   string
	day bool
}) {
	for w, day := range timeWords {
		t[w[0]] = append(t[w[0]], struct {
			w   string
			day bool
		}{w, day})
	}
	return t
}()

// timeWords are the words timeKind knows, true for a word of a day.
var timeWords = map[string]bool{
	"ayer": true, "hoy": true, "anoche": true, "anteayer": true, "antier": true, "madrugada": true, "manana": true, "tarde": true, "noche": true, "mediodia": true,
	"lunes": true, "martes": true, "miercoles": true, "jueves": true, "viernes": true, "sabado": true, "domingo": true,
	"yesterday": true, "today": true, "tonight": true, "morning": true, "afternoon": true, "evening": true, "night": true, "weekend": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"este": false, "esta": false, "el": false, "la": false, "del": false, "de": false, "por": false, "en": false, "pasado": false, "pasada": false, "fin": false, "semana": false, "mismo": false, "misma": false,
	"this": false, "on": false, "last": false, "early": false, "late": false, "the": false, "over": false,
}

// timeLens holds, for each first byte, the lengths (a bit each) of the
// timeWords that begin with it: one load rules out most words of a text.
var timeLens = func() (t [256]uint16) {
	for w := range timeWords {
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// objectDeterminer reports whether folded w may open a found object: an
// article or a small count ("un cuerpo", "los cuerpos", "dos cadáveres").
func objectDeterminer(w string) bool {
	switch w {
	case "un", "una", "el", "los", "otro", "otros", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
		"a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	_, err := strconv.Atoi(w)
	return err == nil
}

// forceActs returns, for a sentence with no cue of its own, a
// security-operation cue at a verb whose subject, a state force, follows it
// before its object ("Interviene SSP a cuatro", "Resguarda la policía a 32
// migrantes", "Rescata Policía de Escobedo a migrantes").
func (e *Extractor) forceActs(f string, hits []hit, verbs []hit, cues []cueHit) (cueHit, bool) {
	if len(cues) > 0 {
		return cueHit{}, false
	}
	for _, v := range verbs {
		for _, h := range hits {
			if h.fEnd <= v.fStart && v.fStart-h.fEnd <= 12 && rescued(f[v.fEnd:]) && stateForce(e, h) {
				// "Policía municipal rescata 223 migrantes": the force
				// before its verb, the people it acted on counted after.
				return cueHit{typ: model.SecurityOperation, weight: 0.7, fStart: v.fStart, fEnd: v.fEnd, start: v.start}, true
			}
			if h.fStart < v.fEnd || h.fStart-v.fEnd > 8 {
				continue
			}
			for _, en := range h.entries {
				if en.cls != clsActor || e.actors[en.actor].kind != model.StateForce {
					continue
				}
				rest := f[h.fEnd:min(len(f), h.fEnd+40)]
				if strings.HasPrefix(rest, " a ") || strings.Contains(rest, " a ") && !strings.ContainsAny(rest[:strings.Index(rest, " a ")], ",;:.") {
					return cueHit{typ: model.SecurityOperation, weight: 0.7, fStart: v.fStart, fEnd: v.fEnd, start: v.start}, true
				}
			}
		}
	}
	return cueHit{}, false
}

// stateForce reports whether hit h is an alias of a state force.
func stateForce(e *Extractor, h hit) bool {
	for _, en := range h.entries {
		if en.cls == clsActor && e.actors[en.actor].kind == model.StateForce {
			return true
		}
	}
	return false
}

// rescued reports whether the folded text after a verb of forces acting
// on people begins with the people, counted or named by "a": "rescata 223
// migrantes", "rescatan a tres".
func rescued(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "a ") {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	if _, ok := atoiDigits(strings.Trim(w, ",.")); ok {
		return true
	}
	_, ok := toll.Number(w)
	return ok
}

// arrestBeforeYears reports whether every year before ref in the folded
// sentence s comes after an arrest and not right after "desde" or "since":
// "Detienen a X por el homicidio ocurrido en 2019" reports an arrest now
// of a crime of 2019.
func arrestBeforeYears(s string, ref int) bool {
	found := false
	for k := 0; k+4 <= len(s); k++ {
		if !isDigit(s[k]) || k > 0 && isWord(s[k-1]) || k+4 < len(s) && isWord(s[k+4]) {
			continue
		}
		y, ok := atoiDigits(s[k : k+4])
		if !ok || !isYear(y) || y >= ref {
			continue
		}
		before := s[:k]
		if !arrestIn(before) && !fallIn(before) && !enArrestAfterYear(s, k) || sinceEnd(before) && !wantedSince(before) || arrestDated(before) {
			return false
		}
		found = true
	}
	return found
}

// fallIn reports whether folded text f has the headline's verb of an
// arrest "cae", "caen", "cayó", "cayeron" ("Cae sujeto acusado de un
// homicidio cometido en 2018").
func fallIn(f string) bool {
	var wb [24]string
	for _, w := range fieldsInto(wb[:0], f) {
		switch trimCut(w, ",.;:!¡'\"") {
		case "cae", "caen", "cayo", "cayeron":
			return true
		}
	}
	return false
}

// sinceEnd reports whether folded text ends with "desde" or "since".
func sinceEnd(before string) bool {
	return strings.HasSuffix(before, "desde ") || strings.HasSuffix(before, "since ")
}

// wantedSince reports whether the "desde" that ends folded text before
// tells how long someone arrested was wanted or on the run ("detienen a
// sujeto buscado desde 2020", "prófugo desde 2019"): the arrest is now.
func wantedSince(before string) bool {
	var wb [24]string
	ws := fieldsInto(wb[:0], before)
	if len(ws) < 2 {
		return false
	}
	switch ws[len(ws)-2] {
	case "buscado", "buscada", "buscados", "buscadas", "profugo", "profuga", "profugos", "profugas", "evadido", "evadida", "evadidos", "wanted", "fugitive":
		return true
	}
	return false
}

// arrestDated reports whether the year after folded words before dates
// the arrest told right before it ("fue capturado en enero de 2023", "was
// captured in January 2023"): an old arrest, not an arrest now of an old
// crime.
func arrestDated(before string) bool {
	at := -1
	for _, w := range []string{"deten", "detien", "detuv", "arrest", "captur", "aprehend", "detain"} {
		at = max(at, strings.LastIndex(before, w))
	}
	if at < 0 {
		return false
	}
	sp := strings.IndexByte(before[at:], ' ')
	if sp < 0 {
		return false
	}
	for _, w := range strings.Fields(before[at+sp:]) {
		w = strings.Trim(w, ",")
		if _, month := when.MonthNamed(w); month {
			continue
		}
		switch w {
		case "en", "in", "de", "del", "el", "on", "during", "durante":
		default:
			return false
		}
	}
	return true
}

// existential reports whether cue c lies in the scope of an existential
// negation of its clause: "no se reportaron robos a comercios ni riñas",
// "sin que se registraran bloqueos", "there were no reports of shootings".
// The scope runs from the negation to the end of the clause (a semicolon or
// an adversative "pero", "aunque", "but"); a cue naming an act already told
// ("no hubo heridos en el ataque", "tras el enfrentamiento") is outside it.
func (e *Extractor) existential(f string, c cueHit, si *sentInfo) bool {
	if definite(f, c.fStart, si.fStart) || e.afterRef(f, c.fStart, si.fStart) {
		return false
	}
	w := f[si.fStart:c.fStart]
	if (w == "sin " || strings.HasSuffix(w, " sin ")) && hasAnyPrefix(f[c.fStart:], "hechos ", "eventos ", "incidentes ") {
		// "transcurre sin hechos violentos"; a streak "sin homicidios"
		// that is broken tells one
		return true
	}
	at := -1
	for _, m := range existentialNegations {
		if k := strings.LastIndex(w, m); k > at && (k == 0 || !isWord(w[k-1])) {
			at = k
		}
	}
	if at < 0 {
		return false
	}
	rest := w[at:]
	if strings.IndexByte(rest, ';') >= 0 {
		return false
	}
	for _, b := range []string{" pero ", " sino ", " aunque ", " sin embargo", " mientras ", " cuando ", " luego de que ", " despues de que ", " but ", " although ", " however", " while ", " when ", " after "} {
		if strings.Contains(rest, b) {
			return false
		}
	}
	if strings.IndexByte(rest, ',') >= 0 && finitePlural(f[c.fStart:c.fEnd]) {
		// "No hubo luna de miel, gatilleros asesinan al novio": a verb
		// of its own after the comma begins a clause the negation does
		// not reach.
		return false
	}
	return true
}

// clauseAfterComma reports whether every negation near the cue c (folded
// ends negAt) is cut off from it by a comma that opens a clause of the
// cue's own verb: "No hubo fiesta, pistoleros asesinan al festejado".
func clauseAfterComma(f string, negAt []int, c cueHit) bool {
	if !finitePlural(f[c.fStart:c.fEnd]) {
		return false
	}
	for _, e := range negAt {
		if e <= c.fStart && c.fStart-e <= 20 && strings.IndexByte(f[e:c.fStart], ',') < 0 {
			return false
		}
	}
	return true
}

// finitePlural reports whether the folded cue w is one word that reads as
// a verb in the third person plural ("asesinan", "balearon", "hieren").
func finitePlural(w string) bool {
	if strings.IndexByte(w, ' ') >= 0 || len(w) < 5 || w == "crimen" || w == "origen" {
		return false
	}
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "aron") || strings.HasSuffix(w, "ieron")
}

// hasAnySuffix reports whether s ends with one of ps.
func hasAnySuffix(s string, ps ...string) bool {
	for _, p := range ps {
		if suffixed(s, p) {
			return true
		}
	}
	return false
}

// hasAnyPrefix reports whether s begins with one of ps.
func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if prefixed(s, p) {
			return true
		}
	}
	return false
}

// prefixed is strings.HasPrefix(s, p), comparing p's first byte before
// the rest: the rules try many words of a list against one, most of which
// begin otherwise, and comparing the rest is a call.
func prefixed(s, p string) bool {
	return len(s) >= len(p) && (p == "" || s[0] == p[0] && s[:len(p)] == p)
}

// suffixed is strings.HasSuffix(s, p), comparing p's first byte before the
// rest (prefixed).
func suffixed(s, p string) bool {
	n := len(s) - len(p)
	return n >= 0 && (p == "" || s[n] == p[0] && s[n:] == p)
}

// existentialNegations deny that something happened at all (folded).
var existentialNegations = []string{
	"no se report", "no se registr", "no se han report", "no se han registr", "no se present", "no se detect",
	"no se observ", "no se tiene report", "no se tienen report", "no hubo", "no hay", "no existe", "no existen",
	"sin que se", "sin reporte", "sin reportes", "sin registro", "saldo blanco", "ningun reporte",
	"there were no", "there was no", "there are no", "there is no", "no reports of", "no reported",
	"were not reported", "was not reported", "no sign of", "no signs of",
	"sin localizar", "sin encontrar", "sin hallar", "no localiz", "no encontr", "no se localiz", "no se encontr", "no se hall",
	"without finding", "found no", "did not find", "no registraron", "no registro",
}

// ago reports whether the cue at folded offset at follows, in the same
// clause and close by, a phrase that puts it years back (elapsedEnds).
func ago(f string, ends []int, at int) bool {
	for _, e := range ends {
		if e <= at && at-e <= 80 && strings.IndexByte(f[e:at], ';') < 0 && !(afterPhrase(f[:e]) && strings.IndexByte(f[e:at], ',') >= 0) {
			// "reopens months after deadly attack"; not "Months after
			// the truce, gunmen kill five": the comma closes the old act
			return true
		}
		// "trucks burned on highways last year": a dating phrase
		// just after the act
		if e > at && e-at <= 48 && !strings.ContainsAny(f[at:e], ";,") && lastYear(f[:e]) {
			return true
		}
	}
	return false
}

// backdated reports whether one of the elapsed-time ends is not an
// afterPhrase: that one puts the whole sentence back ("in the past",
// "hace dos años"), where "months after" dates only the act right after
// it ("Months after truce, gunmen kill five in Celaya"); nor one in a
// relative clause of place after the act's cue at folded offset cue
// (relativeGap: "clashed in Frontera Comalapa, a municipality where
// thousands have fled their homes in recent years"). cue is -1 when
// unknown.
func backdated(f string, ends []int, cue int) bool {
	for _, e := range ends {
		if !afterPhrase(f[:e]) && !(cue >= 0 && e > cue && relativeGap(f[cue:e])) {
			return true
		}
	}
	return false
}

// afterPhrase reports whether s ends in a phrase of time elapsed since an
// act ("months after", "years after", "años después"): the act it dates
// is the one right after it, in its clause.
func afterPhrase(s string) bool {
	return hasAnySuffix(s, " after", " despues")
}

// lastYear reports whether s ends in a phrase for the year before.
func lastYear(s string) bool {
	for _, m := range []string{"last year", "el ano pasado", "el ano anterior", "the previous year", "the year before", "meses anteriores", "months earlier", "months ago", "hace meses", "months before", "ultima decada", "last decade", "past decade", "decada pasada", "ultimos meses", "recent months"} {
		if strings.HasSuffix(s, m) {
			return true
		}
	}
	return false
}

// comparative reports whether the cue c is counted in a comparison ("menos
// homicidios que hace un año", "more killings than in 2024"): a statistic.
func comparative(f string, c cueHit, si *sentInfo) bool {
	b := strings.TrimRight(f[max(c.fStart-8, si.fStart):c.fStart], " ")
	k := len(b)
	for k > 0 && isWord(b[k-1]) {
		k--
	}
	switch b[k:] {
	case "menos", "mas", "fewer", "more", "less":
	default:
		return false
	}
	rest := f[c.fEnd:min(c.fEnd+60, si.fEnd)]
	if i := strings.IndexAny(rest, ",;"); i >= 0 {
		rest = rest[:i]
	}
	return strings.Contains(rest, " que ") || strings.Contains(rest, " than ")
}

// navigation reports whether sentence s is a menu or a list of tags: three
// or more items of a few words split by bars.
func navigation(s string) bool {
	if strings.Count(s, "|") < 3 {
		return false // fewer than four items: no slice to split them into
	}
	for it := range strings.SplitSeq(s, "|") {
		if len(strings.Fields(it)) > 3 {
			return false
		}
	}
	return true
}

// stoppedVehicle reports whether the arrest verb at folded f[start:end]
// ("detuvo", "detienen") has a vehicle for its object ("detuvo un
// tractocamión", "detuvieron el autobús"): a vehicle stopped on the road,
// as gunmen do before they burn it, not a person arrested.
func stoppedVehicle(f string, start, end int) bool {
	w := f[start:end]
	if !strings.HasPrefix(w, "detuv") && !strings.HasPrefix(w, "detien") && !strings.HasPrefix(w, "detiene") {
		return false
	}
	ws := strings.Fields(f[end:min(len(f), end+40)])
	if len(ws) > 0 {
		switch ws[0] {
		case "un", "una", "el", "la", "los", "las", "unos", "unas", "dos", "tres", "varios", "varias", "al", "a":
			ws = ws[1:]
		}
	}
	if len(ws) == 0 {
		return false
	}
	switch strings.Trim(ws[0], ".,;:") {
	case "tractocamion", "tractocamiones", "trailer", "trailers", "camion", "camiones", "autobus", "autobuses",
		"vehiculo", "vehiculos", "camioneta", "camionetas", "pipa", "pipas", "unidad", "unidades", "auto", "autos",
		"automovil", "automoviles", "coche", "coches", "carro", "carros", "taxi", "taxis", "tren", "transporte":
		return true
	}
	return false
}

// suspectSought reports whether the search cue at folded [at, end) of a
// sentence ending at hi ("buscan a", "busca al") is for someone the
// clause calls a suspect or a fugitive ("buscan a 'El Chueco', presunto
// asesino de sacerdotes", "buscan al prófugo"): a manhunt, not a missing
// person.
func suspectSought(f string, at, end, hi int) bool {
	if !strings.HasPrefix(f[at:end], "busca") {
		return false
	}
	rest := f[end:min(end+70, hi)]
	if k := strings.IndexAny(rest, ";.|"); k >= 0 {
		rest = rest[:k]
	}
	for _, m := range []string{"profugo", "profuga", "profugos", "sospechoso", "sospechosa", "sospechosos",
		"asesino", "asesina", "asesinos", "homicida", "homicidas", "feminicida", "responsable", "responsables", "implicado", "implicados", "agresor", "agresores", "evadido", "fugado"} {
		if wordIn(rest, m) {
			return true
		}
	}
	return false
}

// impersonal reports whether the cue at folded [at, end) of the sentence
// starting at lo is a verb of an act in the impersonal present after
// "se" ("Se asesina como si fuéramos cucarachas", "se mata por cualquier
// cosa", "se secuestra a diario"): what happens as a kind, no one act.
func impersonal(f string, at, end, lo int) bool {
	switch f[at:end] {
	case "asesina", "mata", "ejecuta", "secuestra", "extorsiona", "levanta", "desaparece", "tortura":
	default:
		return false
	}
	var bb [4]string
	before := fieldsInto(bb[:0], f[max(at-12, lo):at])
	return len(before) > 0 && strings.Trim(before[len(before)-1], "¡¿\"'") == "se"
}

// scamKind reports whether the cue at folded [at, end) of the sentence
// [lo, hi), the noun "extorsión", names a kind of scam rather than one
// act: by telephone or online ("extorsión telefónica", "extorsiones
// virtuales") with no one it befell told ("víctimas de extorsión
// virtual", "localizan a pareja víctima de extorsión" tell an act), or
// what a warning is about ("alertan por extorsión",
// "nueva modalidad de extorsión", "cuidado con las llamadas de
// extorsión"). A verb ("extorsionan a un comerciante") tells an act. The
// noun "secuestro" names the scam only warned of and by its kind after
// it ("alertan por llamadas de secuestro virtual").
func scamKind(f string, at, end, lo, hi int) bool {
	kidnap := strings.HasPrefix(f[at:end], "secuestro") // "secuestro virtual": a call that extorts
	if !kidnap && (!strings.HasPrefix(f[at:end], "extorsion") || strings.HasPrefix(f[at:end], "extorsiona")) {
		return false
	}
	after := f[end:min(end+30, hi)]
	warned := warningWords.in(f[max(at-40, lo):at])
	if kidnap {
		// "alertan por llamadas de secuestro virtual": the scam warned
		// of; "desactivan secuestro virtual" tells one
		return warned && containsAny(after, "virtual", "telefonic")
	}
	if remoteWords.in(after) &&
		!unharmedWords.in(f[lo:hi]) {
		return true // unless someone it befell is told: "víctimas de extorsión virtual en Charapan"
	}
	return warned
}

// unharmedWords tell of a victim of an act done in person (scamKind).
var unharmedWords = newNeedles("victima", "ileso", "ilesa", "localiz", "rescat", "auxili", "tentativa")

// remoteWords say an act was done by phone or online (scamKind).
var remoteWords = newNeedles("telefonic", "virtual", "por telefono", "via telefonica", "por whatsapp", "en redes")

// warningWords open a warning to the public (scamKind).
var warningWords = newNeedles("alertan", "alerta ", "advierte", "cuidado con", "ojo con", "previenen", "modalidad", "no caigas", "evita ser", "llamadas de", "intentos de")

// kindOfVictims reports whether the cue at folded [at, end) of a sentence
// ending at hi, a singular noun of an act, takes a bare plural of victims
// after "de" ("el asesinato de periodistas", "la desaparición de
// personas", "secuestro de migrantes"): the name of a kind of crime, like
// a plural with no count. A count or an article ("el asesinato de dos
// policías", "de los estudiantes") tells acts.
func kindOfVictims(f string, at, end, hi int) bool {
	switch f[at:end] {
	case "asesinato", "homicidio", "feminicidio", "secuestro", "desaparicion", "ejecucion", "masacre", "tortura":
	default:
		return false
	}
	var ab [4]string
	after := fieldsInto(ab[:0], f[end:min(end+40, hi)])
	if len(after) < 2 || after[0] != "de" {
		return false
	}
	w := strings.Trim(after[1], ",.;:\"'")
	switch w {
	case "otros", "otras", "varios", "varias", "unos", "unas", "algunos", "algunas", "cientos", "miles", "decenas", "muchos", "muchas",
		"estos", "estas", "esos", "esas", "ambos", "ambas", "todos", "todas", "tantos", "tantas", "nuestros", "nuestras":
		return false // "la desaparición de otras 3 personas"
	}
	return len(w) > 4 && strings.HasSuffix(w, "s") && !numberLike(w) && isLetter(w[0]) && !strings.HasPrefix(w, "los") && !strings.HasPrefix(w, "las")
}

// stoppedTraffic reports whether the arrest word at folded offset at
// follows traffic ("tránsito detenido en ambos sentidos", "la circulación
// quedó detenida", "seguía detenida"): traffic stopped, no one arrested.
func stoppedTraffic(f string, at, lo int) bool {
	w := strings.Fields(f[max(lo, at-24):at])
	if len(w) > 0 {
		switch w[len(w)-1] {
		case "quedo", "permanecio", "estuvo", "seguia", "sigue", "siguio", "continuaba", "continua", "permanecia", "permanece", "estaba", "esta":
			// "la circulación seguía detenida"
			w = w[:len(w)-1]
		}
	}
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case "transito", "circulacion", "trafico", "vehicular", "traffic":
		return true
	}
	return false
}

// fuelPumps reports whether the explosive cue text c in folded sentence f
// names the pumps of a petrol station ("dispararon contra las bombas y la
// tienda de una gasolinera") rather than a bomb.
func fuelPumps(f, c string) bool {
	if c != "bomba" && c != "bombas" {
		return false
	}
	return gasStationWords.in(f) && !deviceWords.in(f)
}

// deviceWords name an explosive device or its blast (fuelPumps).
var deviceWords = newNeedles("explosiv", "molotov", "detona", "estall", "exploto")

// gasStationWords name a gas station or its attendant (fuelPumps).
var gasStationWords = newNeedles("gasolinera", "estacion de servicio", "gas station", "despachador")

// woundedDeath reports whether folded sentence f tells that someone
// wounded died: the later toll of an act, not a killing of its own.
func woundedDeath(h *cueHits, f string, lo, hi int) bool {
	return h.any(cueWounded, f, lo, hi) && h.any(cueDied, f, lo, hi)
}

// hospitalDeath reports whether folded sentence f[lo:hi] tells that
// someone died in a hospital after an act it names by a definite noun,
// one of the cues ref marks as referred to ("murió la noche del martes en
// un hospital, a donde fue trasladado tras la emboscada del lunes"): the
// later toll of that act, as woundedDeath's. A death after a clause ("luego
// de ser baleado") tells the killing itself.
func hospitalDeath(h *cueHits, f string, lo, hi int, cues []cueHit, ref []bool) bool {
	if !h.any(cueHospital, f, lo, hi) || !h.any(cueDied, f, lo, hi) {
		return false
	}
	for k, c := range cues {
		if ref[k] && c.typ.Violent() && c.typ != model.Homicide && hasAnySuffix(f[lo:c.fStart], " la ", " el ", " del ", " al ", " the ") {
			return true
		}
	}
	return false
}

// hospitalNouns, folded, name where a victim was treated: a death told
// with one is a victim's of an earlier act ("Un tercer agente murió la
// noche del martes en un hospital de esta capital, a donde fue trasladado
// tras la emboscada del lunes"), as a death of someone told wounded is.
var hospitalNouns = []string{"hospital", "nosocomio", "clinica", "sanatorio", "clinic", "medical center"}

// phraseEnds indexes phrases that each end in a word and a space by that
// word, so that whether a text ends in one of them is looked up, not
// searched.
type phraseEnds map[string][]string

func newPhraseEnds(phrases ...string) phraseEnds {
	p := make(phraseEnds)
	for _, m := range phrases {
		ws := strings.Fields(m)
		if len(ws) == 0 || !strings.HasSuffix(m, " ") {
			panic("extract: phrase " + strconv.Quote(m) + " does not end in a word and a space")
		}
		last := ws[len(ws)-1]
		p[last] = append(p[last], m)
	}
	return p
}

// end reports whether w ends in one of the phrases, whole words: at the
// start of w or after a byte that is not a word's.
func (p phraseEnds) end(w string) bool {
	if len(w) < 2 || w[len(w)-1] != ' ' {
		return false
	}
	// Only the phrases ending in w's last word can match: a phrase's last
	// word follows a space or its start.
	k := len(w) - 1
	for k > 0 && isWord(w[k-1]) {
		k--
	}
	for _, m := range p[w[k:len(w)-1]] {
		if suffixed(w, m) && (len(w) == len(m) || !isWord(w[len(w)-len(m)-1])) {
			return true
		}
	}
	return false
}

// monthName reports whether the protest word at f[start:end] is the
// English month "March": a day or a year right after it ("March 15",
// "March 15th", "March 2020") or a day right before it ("15 March", "the
// 15th of March").
func monthName(f string, start, end int) bool {
	if f[start:end] != "march" {
		return false
	}
	after := strings.TrimLeft(f[end:], " ")
	n := 0
	for n < len(after) && after[n] >= '0' && after[n] <= '9' {
		n++
	}
	if n+1 < len(after) && (after[n] == ',' || after[n] == '.') && after[n+1] >= '0' && after[n+1] <= '9' {
		return false // "march 10,000 strong": a count
	}
	if n == 4 || n > 0 && n <= 2 && (n == len(after) || !isWord(after[n]) || strings.HasPrefix(after[n:], "th") || strings.HasPrefix(after[n:], "st") || strings.HasPrefix(after[n:], "nd") || strings.HasPrefix(after[n:], "rd")) {
		return true
	}
	before := strings.TrimRight(f[:start], " ")
	before = strings.TrimSuffix(before, " of") // "the 15th of March"
	before = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(before, "th"), "st"), "nd"), "rd")
	m := len(before)
	for m > 0 && before[m-1] >= '0' && before[m-1] <= '9' {
		m--
	}
	return len(before)-m > 0 && len(before)-m <= 2 && (m == 0 || !isWord(before[m-1]))
}

// thingObject reports whether the cue ending at folded end is followed, after
// at most two articles or "a", by a thing, an animal or an amount no one
// suffers: the other sense of a verb of violence or arrest ("ultiman
// detalles", "ejecutan obra", "ejecuta penal", "cae granizo", "caen los
// precios", "capturan el momento", "detienen la construcción", "disparan
// precios", "abaten rezago", "matan el tiempo", "rescatan a perrito"), or
// an act noun by its complement ("detención de obras", "desaparición de
// especies", "sobrevive a un infarto"). A
// "penal" is a prison as often as a penalty kick, "gatos" are a gang's
// hands: neither is a thing here.
func thingObject(f string, end int) bool {
	var buf [4]string
	// a closing quote after the cue: "de 'asesinar' el proyecto"
	ws := appendFields(buf[:0], strings.TrimLeft(f[end:min(len(f), end+48)], "'\"’”"), 4)
	if goal := ws; len(goal) > 0 && (strings.HasSuffix(f[:end], " a") || goal[0] == "a" && len(goal) > 1) {
		if goal[0] == "a" {
			goal = goal[1:]
		}
		switch trimCut(goal[0], ",.;:") {
		case "puerta", "porteria", "gol", "arco":
			return true // "dispararon a puerta": at goal; "a la puerta" is a door
		case "cabo":
			return goal[0] == "cabo" && strings.HasSuffix(f[:end], " a") // "se llevaron a cabo operativos": carried out; "al cabo" is a corporal
		}
	}
	for n := 0; n < 2 && len(ws) > 0; n++ {
		switch ws[0] {
		case "a", "al", "el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "primer", "primera", "primeras", "primeros", "con",
			"otro", "otra", "otros", "otras", "nuevo", "nueva", "nuevos", "nuevas": // "Cae otro récord de calor"
			ws = ws[1:]
			continue
		case "de", "del": // an act noun's complement: "detención de obras", "secuestro de la agenda"
			if n == 0 {
				ws = ws[1:]
				continue
			}
		}
		break
	}
	if len(ws) == 0 {
		return false
	}
	w := trimCut(ws[0], ".,;:!?¡¿\"'")
	switch w {
	case "perfeccion", "cabalidad", "plan", "estrategia", "jugada", "coreografia", "exito", "precision", "maestria", "eficacia":
		return true // a manner or a plan, not a victim: "ejecutaron a la perfección el plan"
	}
	if w == "mano" {
		return len(ws) < 2 || ws[1] != "armada" // "levantan la mano", not "a mano armada" nor "a manos de"
	}
	return thingNoun(w)
}

// fallenThing reports whether the cue at folded [at, end), a form of
// "caer" ("cayeron", "cae"), has for its subject, right before it, a thing
// or an amount no one suffers ("las ventas cayeron a la mitad", "los
// precios caen"): a fall, not an arrest.
func fallenThing(f string, at, end int) bool {
	switch f[at:end] {
	case "cae", "caen", "cayo", "cayeron", "caia", "caian":
	default:
		return false
	}
	var bb [2]string
	before := tailFields(bb[:0], f[max(0, at-24):at], 1)
	return len(before) == 1 && thingNoun(strings.Trim(before[0], ".,;:\"'"))
}

// thingNoun reports whether folded word w begins the name of a thing, an
// animal or an amount no one suffers (see thingObject).
func thingNoun(w string) bool {
	return w != "" && hasAnyPrefix(w, thingPrefixes[w[0]]...)
}

// thingPrefixes holds thingNoun's prefixes by their first byte. It is
// built once and never written afterwards.
var thingPrefixes = byFirstByte([]string{"detalle", "preparativ", "arreglos", "obra", "programa", "recursos", "proyecto",
	"maniobra", "trabajos", "presupuesto", "penalti", "penales", "sinfonia", "melodia", "cancion", "novena",
	"precio", "ventas", "venta", "produccion", "rayo", "susceptibilidad", "costo", "rezago", "tiempo", "momento", "imagen", "imagenes",
	"graniz", "lluvia", "internet", "remesa", "caida", "nieve", "nevada", "helada", "temperatura", "inflacion", "dolar",
	"arbol", "avioneta", "agenda", "idioma", "candidatura", "construccion", "avance", "plaga",
	"veda", "censo", "record", "perro", "perrito", "gatito", "mascota", "cachorr", "cultivo", "cosecha", "milpa", "hortaliza",
	"ballena", "tortuga", "carpa", "osezno", "estatua", "escultura", "monumento", "busto", "efigie",
	"paz", "tranquilidad", "calma", "normalidad", "democracia", "quorum", "economia", "esperanza", "hambre", "propuesta", "iniciativa",
	"especie", "cancer", "infarto", "covid", "leucemia", "tumor", "enfermedad"})

// settlementName reports whether cue h is a capitalized name right after
// a word for a settlement or neighbourhood ("ejido Granada", "colonia La
// Matanza", "rancho El Balazo"): a place's name, not the act. A cue in
// lower case there ("un rancho incendiado") is the act. text is the
// original of folded f.
func settlementName(f, text string, h hit) bool {
	if h.start < 0 || h.start >= len(text) || text[h.start] < 'A' || text[h.start] > 'Z' {
		return false
	}
	ws := tailFields(nil, f[:h.fStart], 2)
	if n := len(ws); n == 2 && (ws[1] == "la" || ws[1] == "el" || ws[1] == "los" || ws[1] == "las") {
		ws = ws[:1]
	} else if n == 2 {
		ws = ws[1:]
	}
	if len(ws) != 1 {
		return false
	}
	switch ws[0] {
	case "ejido", "colonia", "comunidad", "poblado", "rancho", "rancheria", "localidad", "fraccionamiento", "barrio", "hacienda", "paraje", "congregacion", "col.", "fracc.":
		return true
	}
	return false
}

// deadAfterClash reports whether cues tell people dead and a clash after
// "tras", "after", "following", "después de" or "luego de" ("Tres
// presuntos delincuentes murieron y dos más fueron detenidos tras un
// enfrentamiento", "three gunmen died after a clash with soldiers"), with
// no act of their own but deaths, wounds and arrests: the dead and the
// wounded ("six gunmen were killed and an officer was wounded after a gun
// battle") are the clash's toll, not the toll of the arrests that
// followed it.
func (e *Extractor) deadAfterClash(f string, cues []cueHit, lo int) bool {
	clash, dead := false, false
	for _, c := range cues {
		t := f[c.fStart:c.fEnd]
		switch {
		case c.typ == model.ArmedClash:
			if !afterWord(f, c.fStart, lo) {
				return false
			}
			clash = true
		case c.typ == model.Homicide && deathWord(t):
			dead = true
		case c.typ == model.ArmedAttack && hasAnyPrefix(t, "herid", "lesionad", "wounded", "injured", "resulto herido", "resultaron herid", "resulto lesionad", "resultaron lesionad"):
			// the wounded of the clash, not a one-sided attack
		case c.typ == model.SecurityOperation && (arrestIn(t) || strings.HasPrefix(t, "detenid") || strings.HasPrefix(t, "detuv")):
		default:
			return false
		}
	}
	return clash && dead
}

// afterWord reports whether the cue at folded offset at follows "tras",
// "after", "following", "después de" or "luego de", with at most an
// article and one adjective between ("tras un intenso enfrentamiento").
func afterWord(f string, at, lo int) bool {
	var buf [4]string
	ws := tailFields(buf[:0], f[max(lo, at-40):at], 4)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		switch ws[k] {
		case "tras", "after", "following":
			return true
		case "de", "del":
			return k > 0 && (ws[k-1] == "despues" || ws[k-1] == "luego")
		}
	}
	return false
}

// deathWord reports whether a homicide cue's folded text t tells people
// dead rather than who killed them: "murieron", "muertos", "perdieron la
// vida", "died", "were killed".
func deathWord(t string) bool {
	return victimNoun(t) || hasAnyPrefix(t, "muri", "muer", "fallec", "perdi", "pierde", "died", "dead", "killed", "deaths")
}

// bodiesAfterClash reports whether the deciding cue pos tells bodies found
// ("cuerpos sin vida", "bodies") after a clash the sentence refers to
// before it ("tras el enfrentamiento ...", ending at one of clashRefs),
// told with its own time or place ("registrado a las 06:35 horas",
// "ocurrido en el ejido ...").
func bodiesAfterClash(f string, clashRefs []int, pos cueHit) bool {
	if !bodyWords.in(f[pos.fStart:pos.fEnd]) {
		return false
	}
	for _, end := range clashRefs {
		if end <= pos.fStart && placedWords.in(f[end:pos.fStart]) {
			return true
		}
	}
	return false
}

// placedWords say where an act took place (deadAfterClash).
var placedWords = newNeedles("registrado", "ocurrido", "suscitado", "que se registro", "que ocurrio", "reported at", "that broke out")

// bodyWords name a body (deadAfterClash).
var bodyWords = newNeedles("cuerpo", "cadaver", "sin vida", "bodies", "body")

// otherSense reports whether the cue en that h matched in sentence s of
// folded text f (text the original) is no act: a cry of terror that does
// not head its sentence (a state of people), a drill, a vehicle or
// traffic stopped, a verb's other sense (a thing or an animal as its
// object, a thing fallen), a place's name, a fuel pump.
func otherSense(f, text string, s *sentence, h hit, en entry) bool {
	w := f[h.fStart:h.fEnd]
	switch {
	case (w == "terror en" || w == "panico en") && strings.TrimLeft(f[s.fStart:h.fStart], " ¡!¿?\"'[]()") != "":
		return true // a cry of terror heads its sentence
	case strings.HasPrefix(w, "detona") && hasAnyPrefix(strings.TrimLeft(f[h.fEnd:], " "), "simulad", "controlad", "de pirotecnia", "de cohetes", "de practica", "de prueba", "durante el simulacro", "del simulacro"):
		return true // "detonaciones simuladas", "detonaciones controladas": drills, not shots
	case en.typ == model.SecurityOperation && routineOperation(f, h.fStart, h.fEnd):
		return true // "operativo vacacional", "operativo alcoholímetro": routine policing (notaroja13.go)
	case en.typ == model.SecurityOperation && (stoppedVehicle(f, h.fStart, h.fEnd) || stoppedTraffic(f, h.fStart, s.fStart) || waylaid(f, h.fStart, h.fEnd, s.fStart, s.fEnd)):
		return true // "detuvo un tractocamión", "tránsito detenido", "se detuvieron frente al bar": stopped, no one arrested
	case thingObject(f, h.fEnd) || fallenThing(f, h.fStart, h.fEnd) || fallenFrom(f, h.fStart, h.fEnd) || en.typ.Violent() && animalObject(f, h.fEnd) || strayParticiple(f, h.fStart, h.fEnd):
		return true // "ultiman detalles", "ejecutan obra", "cae granizo", "rescatan a perrito", "las ventas cayeron": a verb's other sense
	case en.typ == model.SecurityOperation && recovering(f, h.fStart, h.fEnd, s.fEnd):
		return true // "El otro se recupera", "se recupera en el hospital": a victim recovering (othersense.go)
	case otherSense14(f, h, en):
		return true // "cuerpo de agua", "vida útil", "hallazgo: restos de mamut", "se agarran a golpes", "tortuga muerta" (notaroja14.go)
	case nounSense(f, h.fStart, h.fEnd, s.fStart):
		return true // "vaccine shot", "Shot of the day", "Peso shot down" (passive.go)
	case settlementName(f, text, h):
		return true // "en el ejido Granada", "colonia La Matanza": a place's name
	case en.typ == model.Intimidation && hasAnySuffix(w, "manta", "mantas", "mensaje", "cartulina", "cartulinas") && benignBanner(f, h.fEnd):
		return true // "manta de agradecimiento", "mantas de bienvenida", "dejan mensaje de agradecimiento" (ppdact.go)
	case en.typ == model.Explosive && fuelPumps(f[s.fStart:s.fEnd], w):
		return true // "dispararon contra las bombas de una gasolinera": its pumps
	}
	return false
}
