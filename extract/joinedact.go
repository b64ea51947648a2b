package extract

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/when"
)

// Acts of two kinds told in one sentence at one place (recall59: gold
// incidents with no incident found, family "two acts told in one
// sentence"). A sentence whose places are one town types one draft, and
// the act its second clause tells went into it: "el martes por la mañana
// fue privado de la libertad el ferretero ..., y esa misma noche un joven
// fue asesinado a balazos a unas cuadras", "Los cuerpos de dos hombres
// fueron localizados la mañana de este viernes ..., y por la tarde hombres
// armados atacaron a balazos a un grupo de migrantes".

// laterJoins, folded, join a clause that tells a later act to the one
// before. (A subject that goes on acting, "dispararon al aire y después
// incendiaron las casas", "shot dead a driver and later set fire to a
// store", is most often one raid told step by step: no join here.)
var laterJoins = []string{", y ", " y ", ", mientras que ", ", and ", " and "}

// joinedClauseWords is how many words may stand between a join and the
// cue of the act its clause tells ("y esa misma noche un joven fue
// asesinado").
const joinedClauseWords = 10

// sameKindClauseWords is how many words may stand there when the clause
// tells an act of the first's own kind (sameKindPair): its new subject
// may carry a relative clause and an aside of place ("y por la tarde un
// hombre de 41 años que lavaba su camioneta frente a su domicilio, en la
// colonia Emiliano Zapata, fue asesinado").
const sameKindClauseWords = 24

// joinedActs returns the draft of the act the second clause of sentence i
// tells when the sentence made one draft and that clause tells an act of
// another family (sameFamily) than the first's, or of the first's own type
// (sameKindPair): the clause opens with a
// join (laterJoins) and then a lapse or a part of the day
// (lapseOpener, "por la tarde") and then a subject the text has not named
// ("un joven", "hombres armados": indefiniteSubject), or, after "mientras
// que", names such a subject before its cue ("mientras que en la comunidad
// de Ario de Rayón un grupo armado privó de la libertad a dos jóvenes").
// The clause's cue must be a verb or a participle (a noun after the join
// may name the first act again), both acts violent and neither an arrest. The
// draft whose family the clause's act is not keeps the words before the
// join and its toll; the new one takes the clause and the toll told in
// it. Both stand at the draft's place.
func joinedActs(c *reportCtx, i int, s *sentInfo, out []draft) []draft {
	if s.tally || c.feed != nil || len(s.cues) < 2 {
		return nil
	}
	mixed := twoFamilies(s.cues)
	clauseWords := joinedClauseWords
	if !mixed {
		clauseWords = sameKindClauseWords
	}
	var own *draft
	for k := range out {
		if !slices.Contains(out[k].sents, i) {
			continue
		}
		if own != nil || out[k].firstSent != i || out[k].tally || out[k].denial {
			return nil
		}
		own = &out[k]
	}
	if own == nil || !own.typ.Violent() || own.typ == model.SecurityOperation || own.placeFrom == fromNone {
		return nil
	}
	f := c.text.Folded
	sent := f[s.fStart:s.fEnd]
	for _, j := range laterJoins {
		k := strings.Index(sent, j)
		if k < 0 {
			continue
		}
		at := s.fStart + k + len(j) // the clause's first word
		if !mixed && !laterOpening(f[at:s.fEnd]) {
			continue // (one type's cues: read the cues only for a clause opened so)
		}
		var bb, ab [8]cueHit
		before, after := bb[:0], ab[:0]
		for _, h := range s.cues {
			switch {
			case h.fEnd <= s.fStart+k:
				before = append(before, h)
			case h.fStart >= at && !anyByteOf(f[at:h.fStart], ";:") && fieldCount(f[at:h.fStart]) <= clauseWords:
				after = append(after, h)
			}
		}
		if len(before) == 0 || len(after) == 0 {
			continue
		}
		first, _, fh := decide(before, s.business, s.road, s.seize)
		second, w, sh := decide(after, s.business, s.road, s.seize)
		again := !mixed && sameKindPair(first, second, own.typ, f, sh)
		if !again && (!mixed || !joinedPair(first, second, f, sh)) {
			continue
		}
		if !laterClause(f[at:sh.fStart], j) && !(again && listItem(f[at:sh.fStart]) && !deathVerb(f[sh.fStart:sh.fEnd])) {
			continue
		}
		var typ model.IncidentType
		var h cueHit
		switch {
		case again:
			typ, h = second, sh
		case sameFamily(own.typ, first):
			typ, h = second, sh
		case sameFamily(own.typ, second):
			typ, h = first, fh
			_, w, _ = decide(before, s.business, s.road, s.seize)
		default:
			continue
		}
		// (own is the only draft of the sentence: one of the same kind
		// is the one to split)
		if !again && slices.ContainsFunc(out, func(d draft) bool { return d.firstSent == i && sameFamily(d.typ, typ) }) {
			continue
		}
		split := c.text.Orig(s.fStart + k)
		nd := draft{typ: typ, weight: w, sents: []int{i}, firstSent: i, lastSent: i, cuePos: h.start,
			place: own.place, placeFrom: own.placeFrom, highway: own.highway, another: true, apart: true}
		// The earlier act keeps the words before the join; the later one
		// reads the whole sentence, whose first day is its own too ("el
		// martes por la mañana ..., y esa misma noche").
		laterNew := typ == second
		if laterNew && own.clause[1] == 0 {
			own.clause = [2]int{s.start, split}
		} else if !laterNew {
			nd.clause = [2]int{s.start, split}
		}
		// The later act's part of the day is the lapse's ("esa misma
		// noche"), not the first act's ("por la mañana").
		if laterNew {
			nd.partHour = lapsePart(f[at:sh.fStart])
		} else {
			own.partHour = lapsePart(f[at:sh.fStart])
		}
		if again {
			clauseTowns(s, split, own, &nd)
		}
		figs := own.figures
		own.figures = nil
		for _, fg := range figs {
			if (fg.start >= split) == laterNew {
				nd.figures = append(nd.figures, fg)
			} else {
				own.figures = append(own.figures, fg)
			}
		}
		return []draft{nd}
	}
	return nil
}

// twoFamilies reports whether cues tell acts of more than one family
// (sameFamily), the violent ones only.
func twoFamilies(cues []cueHit) bool {
	var first model.IncidentType
	for _, h := range cues {
		switch {
		case !h.typ.Violent() || h.typ == model.SecurityOperation:
		case first == "":
			first = h.typ
		case !sameFamily(first, h.typ):
			return true
		}
	}
	return false
}

// joinedPair reports whether acts of types a and b, the second told by
// cue hb of folded text f, may be two acts of one sentence (joinedActs):
// both violent, neither an arrest, of different families, the second told
// by a verb or a participle (a noun after the join may name the first act
// again: "y el ataque").
func joinedPair(a, b model.IncidentType, f string, hb cueHit) bool {
	if !a.Violent() || !b.Violent() || a == model.SecurityOperation || b == model.SecurityOperation || sameFamily(a, b) {
		return false
	}
	return verbCue(f, hb)
}

// verbCue reports whether cue h of folded text f is told by a verb or a
// participle, not a noun.
func verbCue(f string, h cueHit) bool {
	w := f[h.fStart:h.fEnd]
	if k := strings.IndexByte(w, ' '); k > 0 {
		w = w[:k]
	}
	form := cueForm(w)
	return form == "verb" || form == "participle"
}

// sameKindPair reports whether acts of types a and b, the second told by
// cue hb of folded text f, may be two acts of one kind in one sentence
// (second29): both of the type of the sentence's draft, typ, violent and
// not an arrest, the second told by a verb or a participle ("dos hombres
// fueron asesinados ..., y por la noche un joven fue ultimado") or after
// a passive's auxiliary ("a tractor-trailer was set alight"). The clause
// must still tell a time and a new subject (laterClause).
func sameKindPair(a, b, typ model.IncidentType, f string, hb cueHit) bool {
	if a != b || !sameFamily(a, typ) || !a.Violent() || a == model.SecurityOperation {
		return false
	}
	return verbCue(f, hb) || passiveAux.in(" "+lastWord(f[:hb.fStart])+" ")
}

// clauseTowns places the acts of one kind that sentence s tells on
// either side of original offset split, own before it and later after
// it, each at the town its clause names (second29: "el primero en la
// carretera Apatzingán–Buenavista, …, y el segundo en la cabecera
// municipal de Tepalcatepec"), its first town or locality (clauseTown).
// A clause that names none leaves the act at the draft's place.
func clauseTowns(s *sentInfo, split int, own, later *draft) {
	after, ok := clauseTown(s, split)
	if !ok {
		return
	}
	later.place, later.placeFrom = after, fromSentence
	if own.place.start < split {
		return
	}
	if before, ok := clauseTown(s, s.start); ok && before.start < split {
		own.place, own.placeFrom = before, fromSentence
	}
}

// laterOpening reports whether folded words p, a clause after a join,
// open as laterClause or listItem read it: a lapse or a part of the day,
// or an ordinal and a place, in their first four words.
func laterOpening(p string) bool {
	end := 0
	for n := 1; n <= 4; n++ {
		for end < len(p) && p[end] == ' ' {
			end++
		}
		e := strings.IndexByte(p[end:], ' ')
		if e < 0 {
			return false
		}
		end += e
		if head := p[:end]; n >= 2 && lapseOpener(head) || n == 3 && (framedOpener(head) || listItem(head)) {
			return true
		}
	}
	return false
}

// listItem reports whether folded words p, between a join and the cue
// of the act its clause tells, open a later item of an ordinal list at a
// place of its own: "el tercero en la comunidad de Plateros, donde un
// hombre fue" (second29). The item's cue may not be a death with no
// agent ("y el segundo en el hospital, donde murió": one act's second
// victim), which the caller checks.
func listItem(p string) bool {
	var buf [4]string
	ws := appendFields(buf[:0], p, 3)
	if len(ws) < 3 || ws[0] != "el" && ws[0] != "la" && ws[0] != "the" {
		return false
	}
	return ordinalWord(ws[1]) && (ws[2] == "en" || ws[2] == "in" || ws[2] == "at" || ws[2] == "on")
}

// laterClause reports whether folded words p, between a join and the cue
// of the act its clause tells, make the clause another act's: a lapse or
// a part of the day and then a new subject ("esa misma noche un joven
// fue", "por la tarde hombres armados", "in the afternoon two men were",
// "shortly afterwards a tractor-trailer was"), or, after "mientras que", a new
// subject after its place ("en la comunidad de Ario de Rayón un grupo
// armado").
func laterClause(p, join string) bool {
	p = strings.TrimSpace(p)
	if strings.Contains(join, "mientras") {
		for _, w := range []string{" un ", " una ", " unos ", " unas ", " hombres ", " sujetos ", " desconocidos "} {
			if strings.Contains(" "+p+" ", w) {
				return true
			}
		}
		return false
	}
	var buf [16]string
	ws := appendFields(buf[:0], p, 16)
	for n := 2; n <= 4 && n < len(ws); n++ {
		head := strings.Join(ws[:n], " ")
		if !lapseOpener(head) && !(n == 3 && framedOpener(head)) {
			continue
		}
		return indefiniteSubject(strings.Join(ws[n:], " "))
	}
	return false
}

// lapsePart returns the hour of the part of the day that the first four
// folded words of p, a joined clause's opening (laterClause), name ("esa
// misma noche", "por la tarde"), or 0.
func lapsePart(p string) int8 {
	var buf [4]string
	for _, w := range appendFields(buf[:0], p, 4) {
		if h, ok := when.PartHour(w); ok {
			return int8(h)
		}
	}
	return 0
}
