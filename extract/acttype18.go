package extract

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// This file holds readings that type each act of a sentence that tells
// two by its own clause (type18, from the type-lost same-act pairs of the
// development fusion sets, type18_test.go):
//   - a clause opened by its town and a place in that town ("y en
//     navolato en villa juárez balearon a una patrulla"): the act told
//     after them is theirs, not the clause before's (nestedClause);
//   - a member of a force killed in a clause of its own ("..., y en
//     Guadalupe un policía municipal fue asesinado"): an attack on the
//     forces, as the sentence-wide reading types it (gold README: attacks
//     on forces);
//   - vehicles put across a road in a clause of its own ("y en Compostela
//     un tráiler atravesado y quemado"): a blockade, though the clause
//     before burnt a shop (gold README: vehicles set on fire to close a
//     road are a blockade).

// nestedFirst reports whether the place at original offset at follows
// a town that opens its clause ("y en navolato en villa juárez balearon",
// the town not kept as a place of its own): one or two words and "en"
// or "in" between them (placeFirst of the town).
func nestedFirst(text string, lo, at int) bool {
	if at < lo {
		return false
	}
	w := trimIntro(text[lo:at])
	if len(w) < 3 || !strings.EqualFold(w[len(w)-3:], "en ") && !strings.EqualFold(w[len(w)-3:], "in ") {
		return false
	}
	w = strings.TrimRight(w[:len(w)-3], " ")
	for range 2 {
		k := strings.LastIndexByte(w, ' ')
		if k < 0 {
			return false
		}
		w = w[:k+1]
		if placeFirst(text, lo, lo+len(w)) {
			return true
		}
		w = w[:k]
	}
	return false
}

// clauseType refines t, the type decided of the cues of one clause
// text[from:to] of sentence s (placeTypes), by the clause's own words
// (this file's doc), and by the people of a place of gathering struck
// there, as the whole sentence was read (placeAttack: "killed four at a
// car wash", the sentence placed twice).
func clauseType(text string, from, to int, t model.IncidentType, s *sentInfo) model.IncidentType {
	switch t {
	case model.Homicide, model.Arson, model.BusinessAttack:
	default:
		return t
	}
	g := fold.String(text[from:to])
	switch {
	case t == model.Homicide && (forceKilled(g) || s.typ == model.ArmedAttack && struck(s) >= 2 && sceneStruck(g)):
		return model.ArmedAttack
	case t != model.Homicide && acrossRoad(g):
		return model.Blockade
	}
	return t
}

// acrossClause reports whether the clause text[from:to], which holds no
// cue of an act, tells vehicles put across a road and burnt ("un tráiler
// atravesado y quemado en la carretera"): a blockade.
func acrossClause(text string, from, to int) bool {
	g := fold.String(text[from:to])
	return acrossRoad(g) && burntWords.in(g)
}

// acrossRoad reports whether folded text g puts something across a road:
// a cue of cueAcross ("atravesaron", "across the highway") or "across"
// with a road noun among the few words after it, the road named between
// them ("set alight across the Frontera Comalapa–Chicomuselo road",
// "across Highway 15", branch douse28). A street is left out: "across the
// street from a school" places a landmark.
func acrossRoad(g string) bool {
	return cueNeedles[cueAcross].in(g) || acrossNamedRoad(g)
}

// acrossNamedRoad is acrossRoad's second reading: "across", then within
// six words a noun of a road.
func acrossNamedRoad(g string) bool {
	for rest := g; ; {
		i := strings.Index(rest, "across ")
		if i < 0 {
			return false
		}
		rest = rest[i+len("across "):]
		n := 0
		for w := range strings.FieldsSeq(rest) {
			if n++; n > 6 {
				break
			}
			switch strings.TrimRight(w, ".,;:)") {
			case "road", "roads", "highway", "highways", "freeway", "expressway", "motorway", "lanes", "avenue", "boulevard":
				return true
			}
		}
	}
}

// acrossPlaces types a blockade each place after the first of sentence s,
// which holds one cue, that opens a clause of its own holding no cue and
// telling vehicles put across a road and burnt ("en tepic quemaron el
// oxxo ... y en compostela un tráiler atravesado y quemado"): types holds
// s's type for each of places.
func acrossPlaces(text string, s *sentInfo, places []placeRef, types []model.IncidentType) {
	if len(s.cues) != 1 || !s.road {
		return
	}
	for k := 1; k < len(places); k++ {
		p := places[k]
		next := s.end
		if k+1 < len(places) {
			next = places[k+1].start
		}
		if c := s.cues[0].start; c >= p.end && c < next || !placeFirst(text, s.start, p.start) {
			continue
		}
		if acrossClause(text, p.end, next) {
			types[k] = model.Blockade
		}
	}
}

// burntWords are the folded stems of a vehicle burnt.
var burntWords = newNeedles("quemad", "incendiad", "calcinad", "en llamas", "ablaze", "on fire", "burn")

// sceneStruck reports whether folded clause g tells a place of gathering
// (sceneWords) as where its act happened ("at a car wash", not "outside
// a bar"): placeAttack's reading of one clause.
func sceneStruck(g string) bool {
	for _, w := range sceneWords {
		for at := range wordStarts(g, w) {
			if end := at + len(w); end < len(g) && isWord(g[end]) {
				continue
			}
			if locative(g, at, 0) && !landmark(g, at, 0) {
				return true
			}
		}
	}
	return false
}

// diedAfterForce are the folded verbs of dying that, a few words after a
// noun of a force member, make it their subject: "dos agentes murieron".
var diedAfterForce = newNeedles(" murio", " murieron", " perdio la vida", " perdieron la vida", " died")

// passiveKilled are the folded passives of a killing that, a few words
// after a noun of a force member, make it the one killed: "un policía
// municipal fue asesinado", not "la policía fue alertada".
var passiveKilled = newNeedles(" fue asesinad", " fueron asesinad", " fue ultimad", " fueron ultimad", " fue ejecutad", " fueron ejecutad", " was killed", " were killed", " was shot dead", " were shot dead", " was murdered", " were murdered")

// forceKilled reports whether folded clause g names a member of a force
// as the one killed: the noun, then within a few words a verb of dying or
// a killing's passive, not "policías hallaron el cuerpo".
func forceKilled(g string) bool {
	if !forceMembers.in(g) {
		return false
	}
	for _, w := range forceMembers.subs {
		for at := range wordStarts(g, w) {
			if after := g[at+len(w) : min(len(g), at+len(w)+40)]; diedAfterForce.in(after) || passiveKilled.in(after) {
				return true
			}
		}
	}
	return false
}

// tollsDiffer reports whether drafts a and b tell different tolls of one
// kind ("tres agentes muertos y dos heridos" and "un oficial herido"):
// two acts, not a state's lead and the act it places (stateLeads). A zero
// only not reported so far counts as no figure.
func tollsDiffer(a, b *draft) bool {
	for _, f := range a.figures {
		if f.tentative || f.n <= 0 {
			continue
		}
		for _, g := range b.figures {
			if g.kind == f.kind && !g.tentative && g.n > 0 && g.n != f.n && !f.atLeast && !g.atLeast {
				return true
			}
		}
	}
	return false
}

// mannerPreps are the folded words that, right before an attack noun,
// make it the manner of an act told before it: "set ablaze in separate
// attacks", "incendiados en sendos ataques".
var mannerPreps = []string{"in", "in separate", "in two", "in three", "in several", "in coordinated", "in apparent", "en", "en sendos", "en dos", "en tres", "en varios", "en distintos", "en diferentes"}

// burnManner reports whether cue pos, which decided an armed attack of
// folded text f, is an attack noun told as the manner of a burning cue
// of kept before it ("Two buses were set ablaze in separate attacks"),
// or named by a burning a clause after it tells ("el ataque del martes
// por la noche, cuando sujetos incendiaron la vivienda", "the attack, in
// which gunmen torched two trucks"): the burning is the act (type18).
func burnManner(f string, kept []cueHit, pos cueHit) bool {
	w := f[pos.fStart:pos.fEnd]
	if !strings.HasPrefix(w, "attack") && !strings.HasPrefix(w, "ataque") {
		return false
	}
	b := strings.TrimRight(f[max(0, pos.fStart-16):pos.fStart], " ")
	manner := endsWithWord(b, mannerPreps)
	for _, c := range kept {
		if c.typ != model.Arson {
			continue
		}
		if manner && c.fEnd <= pos.fStart || c.fStart > pos.fEnd && burnNamed(f[pos.fEnd:c.fStart]) {
			return true
		}
	}
	return false
}

// diedOfFire returns the burning cue of kept that the death cue pos, a
// homicide's, is told of: a death word ("murió", "las víctimas
// mortales", "perdieron la vida"), not a killing or a body, and a cue of
// arson after it, the words between naming the fire as the cause or the
// act whose toll it is ("del incendio provocado", "luego de que
// desconocidos le prendieran fuego", "en el incendio"). The fire is then
// the act and the dead its toll (README: a burning's type).
func diedOfFire(f string, kept []cueHit, pos cueHit) (cueHit, bool) {
	if !slices.Contains(toldDeaths, f[pos.fStart:pos.fEnd]) {
		return cueHit{}, false
	}
	for _, c := range kept {
		if c.typ == model.Arson && c.fStart > pos.fEnd && c.fStart-pos.fEnd <= 160 && fireCause.in(f[pos.fEnd:c.fStart+1]) {
			return c, true
		}
	}
	return cueHit{}, false
}

// toldDeaths are the death cues of a homicide that tell a death, not who
// caused it (diedOfFire).
var toldDeaths = []string{"murio", "murieron", "muere", "mueren", "fallecio", "fallecieron", "perdio la vida", "perdieron la vida",
	"muertos", "muertas", "victimas", "died"}

// fireCause are the words that tie a death to a burning told after it
// (diedOfFire).
var fireCause = newNeedles(" del i", " por el i", " en el i", " tras el i", " luego de que ", " despues de que ", " cuando ", " in the fire", " when ")

// deniedCause drops from denied, the cues a denial's sentence denies, in
// their order, those told after the first as the cause the denial gives
// of what was heard ("desmintió los reportes sobre un enfrentamiento y
// atribuyó el estruendo a la explosión de un transformador", "the loud
// bang came from an exploding transformer"): the act denied is the one
// the rumour told (branch ftype30).
func deniedCause(f string, denied []cueHit) []cueHit {
	if len(denied) < 2 {
		return denied
	}
	first := denied[0]
	kept := denied[:1]
	for _, c := range denied[1:] {
		if c.typ != first.typ && c.fStart > first.fEnd && causeGiven.in(f[first.fEnd:c.fStart]) {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// causeGiven are the words with which a denial gives the cause of what
// was heard or seen (deniedCause).
var causeGiven = newNeedles("atribuy", "se debio a", "se debieron a", "se debe a", "se deben a", "se trato de", "se trataba de", "provenia", "provinieron",
	"fue causad", "fueron causad", "came from", "caused by", "was actually", "were actually", "attributed")

// percentSign reports whether folded sentence g holds a percent sign that
// is not a share of a body ("quemaduras en el 80% del cuerpo"): a
// statistic (classify).
func percentSign(g string) bool {
	for i := strings.IndexByte(g, '%'); i >= 0; {
		if !bodyShare(g[i+1:]) {
			return true
		}
		k := strings.IndexByte(g[i+1:], '%')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// bodyShare reports whether folded text g, after a percentage, names a
// body ("del cuerpo", "of his body"): the share of a victim's body burned
// or hurt, not a statistic (branch ftype30).
func bodyShare(g string) bool {
	for _, b := range [...]string{" del cuerpo", " de su cuerpo", " of his body", " of her body", " of the body", " of their bodies", " de sus cuerpos"} {
		if strings.HasPrefix(g, b) {
			return true
		}
	}
	return false
}

// burnNamed reports whether folded words f, between an attack noun and a
// burning cue after it, open the clause that tells what the attack was
// ("del martes por la noche, cuando sujetos", ", in which gunmen"): a
// conjunction of time or a relative of the noun, few words on.
func burnNamed(f string) bool {
	if len(f) > 60 {
		return false
	}
	for _, w := range [...]string{" cuando ", " en el que ", " en el cual ", " en que ", " when ", " in which "} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}
