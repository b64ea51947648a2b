package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// cueHit is a cue that survived the filters.
type cueHit struct {
	typ    model.IncidentType
	weight float64
	fStart int
	fEnd   int
	start  int
}

// denialWord reports whether a negation marker denies the whole sentence
// ("desmienten", "falso") rather than the words right after it ("no").
func denialWord(w string) bool {
	for _, p := range []string{"descart", "desmient", "desminti", "nieg", "neg", "fals", "fake", "denie", "deny", "rumor", "bulo", "desinformacion"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// classify decides the incident type of a sentence, its actors, and
// whether it is boilerplate or opinion. hits are the sentence's lexicon
// matches in folded text f.
func (e *Extractor) classify(f string, si *sentInfo, hits []hit, r model.Report) {
	var cues []cueHit
	var negAt, hypoAt []int // fEnd of markers
	var supportAt []int
	denial := false
	non, accident := false, false
	var business, road, seize, tallyUnit bool
	var quantityEnd []int
	for _, h := range hits {
		for _, en := range h.entries {
			switch en.cls {
			case clsCue:
				cues = append(cues, cueHit{typ: en.typ, weight: en.weight, fStart: h.fStart, fEnd: h.fEnd, start: h.start})
			case clsActor, clsIgnore:
				si.actorAt = append(si.actorAt, [2]int{h.start, h.end})
			case clsNeg:
				if denialWord(f[h.fStart:h.fEnd]) {
					denial = true
				} else {
					negAt = append(negAt, h.fEnd)
				}
			case clsHypo:
				hypoAt = append(hypoAt, h.fEnd)
			case clsOpinion:
				si.opinion = true
			case clsBoiler:
				si.boiler = true
			case clsNon:
				non = true
			case clsAccident:
				accident = true
			case clsBusiness:
				business = true
			case clsRoad:
				road = true
			case clsSupport:
				supportAt = append(supportAt, h.fEnd)
			case clsTallyUnit:
				u := f[h.fStart:h.fEnd]
				if numberBefore(f, h.fStart, si.fStart, 1) >= 2 || !strings.HasSuffix(u, "s") || quantityBefore(quantityEnd, h.fStart) {
					tallyUnit = true
					if !strings.HasPrefix(u, "munici") {
						si.tallyCountry = true
					}
				}
			case clsSeize:
				seize = true
			case clsQuantity:
				quantityEnd = append(quantityEnd, h.fEnd)
			}
		}
	}
	// Actors with roles.
	for _, h := range hits {
		for _, en := range h.entries {
			if en.cls != clsActor {
				continue
			}
			def := e.actors[en.actor]
			role := actorRole(f, h.fStart, si.fStart, supportAt, def.kind)
			dup := false
			for _, a := range si.actors {
				if a.Name == def.name {
					dup = true
				}
			}
			if !dup {
				si.actors = append(si.actors, model.Actor{Name: def.name, Kind: def.kind, Role: role})
			}
		}
	}
	// Filter cues.
	kept := cues[:0]
	for _, c := range cues {
		if denial && c.typ != model.Policy {
			continue
		}
		if near(negAt, c.fStart, 20) {
			continue
		}
		if c.typ != model.Advisory && c.typ != model.Policy && near(hypoAt, c.fStart, 60) {
			continue
		}
		if non && (c.typ == model.Blockade || c.typ == model.Disruption || c.typ == model.Arson || c.typ == model.Advisory) {
			continue
		}
		if accident && c.typ != model.SecurityOperation && c.typ != model.Policy && c.typ != model.Advisory && c.typ != model.Disruption {
			continue
		}
		if si.opinion && c.typ != model.Policy {
			continue
		}
		kept = append(kept, c)
	}
	if len(kept) == 0 {
		return
	}
	typ, w, pos := decide(kept, business, road, seize)
	si.typ, si.weight = typ, w
	si.cuePos = pos.start
	// Tally: a number or quantity right before the deciding cue, or "in N
	// states".
	switch typ {
	case model.Policy, model.Advisory, model.Disruption:
	default:
		n := numberBefore(f, pos.fStart, si.fStart, 0)
		if n >= 3 && !isYear(n) || quantityBefore(quantityEnd, pos.fStart) || tallyUnit {
			si.tally = true
		}
		si.tallyUnit = tallyUnit
	}
}

// near reports whether some marker ends at most window bytes before at.
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

func isYear(n int) bool { return n >= 1900 && n <= 2100 }

// numberBefore returns the number written in digits among the few words
// before folded offset at (not before lo), skipping fillers such as "más
// de" or "at least"; -1 if there is none.
func numberBefore(f string, at, lo, maxOther int) int {
	i := at
	other := 0
	for tok := 0; tok < 5 && i > lo; tok++ {
		for i > lo && f[i-1] == ' ' {
			i--
		}
		j := i
		for j > lo && f[j-1] != ' ' {
			j--
		}
		w := strings.Trim(f[j:i], ",;:()")
		if n, ok := atoiDigits(w); ok {
			return n
		}
		switch w {
		case "mas", "de", "que", "unos", "unas", "al", "menos", "than", "more", "over", "least", "at", "los", "las", "the", "some", "about", "cerca", "around", "almost", "casi", "nearly", "", "narco":
		default:
			other++
			if other > maxOther {
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
	best := map[model.IncidentType]cueHit{}
	for _, c := range cues {
		if b, ok := best[c.typ]; !ok || c.weight > b.weight {
			best[c.typ] = c
		}
	}
	has := func(t model.IncidentType) bool { _, ok := best[t]; return ok }
	pick := func(t model.IncidentType) (model.IncidentType, float64, cueHit) {
		c := best[t]
		return t, c.weight, c
	}
	as := func(t model.IncidentType, from model.IncidentType) (model.IncidentType, float64, cueHit) {
		c := best[from]
		return t, c.weight, c
	}
	secop, hasSec := best[model.SecurityOperation]
	switch {
	case has(model.Explosive) && seize:
		return as(model.SecurityOperation, model.Explosive)
	case has(model.Explosive):
		return pick(model.Explosive)
	case has(model.ArmedClash):
		return pick(model.ArmedClash)
	case has(model.Blockade):
		return pick(model.Blockade)
	case has(model.Arson) && road && !business:
		return as(model.Blockade, model.Arson)
	case business && (has(model.Arson) || has(model.ArmedAttack)):
		c := best[model.Arson]
		if !has(model.Arson) {
			c = best[model.ArmedAttack]
		}
		return model.BusinessAttack, c.weight, c
	case has(model.BusinessAttack):
		return pick(model.BusinessAttack)
	}
	// An arrest mentioned before the crime is about the arrest.
	for _, t := range []model.IncidentType{model.ArmedAttack, model.Homicide, model.Kidnapping} {
		if c, ok := best[t]; ok && hasSec && secop.fStart < c.fStart {
			return pick(model.SecurityOperation)
		}
	}
	if a, ok := best[model.ArmedAttack]; ok && a.weight >= 0.7 {
		return pick(model.ArmedAttack)
	}
	switch {
	case has(model.Homicide):
		return pick(model.Homicide)
	case has(model.Kidnapping) && best[model.Kidnapping].weight >= 0.7:
		return pick(model.Kidnapping)
	case has(model.ArmedAttack):
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

// actorRole decides the role of the actor mentioned at folded offset at.
func actorRole(f string, at, lo int, supportAt []int, kind model.ActorKind) model.ActorRole {
	if near(supportAt, at, 40) {
		return model.Supporter
	}
	from := at - 48
	if from < lo {
		from = lo
	}
	w := " " + f[from:at]
	tgt := -1
	for _, m := range []string{" a ", " al ", " contra ", " against ", " on ", " targeting ", " hacia ", " atacaron ", " emboscaron ", " attacked ", " ambushed ", " killed ", " asesinaron "} {
		if k := strings.LastIndex(w, m); k > tgt {
			tgt = k
		}
	}
	per := -1
	for _, m := range []string{" por ", " by ", " de parte de "} {
		if k := strings.LastIndex(w, m); k > per {
			per = k
		}
	}
	switch {
	case tgt > per:
		return model.Target
	case per > tgt:
		return model.Perpetrator
	}
	if kind == model.Civilians {
		return model.Target
	}
	return model.Perpetrator
}

// checkHistory marks a sentence historic when its only times are historic
// or it dates itself to an earlier year ("en 2011", "in 2019", "desde 2006").
func (e *Extractor) checkHistory(f string, si *sentInfo, r model.Report) {
	cur, hist := 0, 0
	for _, t := range si.times {
		if t.historic {
			hist++
		} else {
			cur++
		}
	}
	if hist > 0 && cur == 0 {
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
	for _, p := range []string{"en ", "in ", "desde ", "since ", "de ", "durante ", "during ", "hacia ", "back in "} {
		for k := 0; ; {
			j := strings.Index(s[k:], p)
			if j < 0 {
				break
			}
			j += k
			k = j + len(p)
			if j > 0 && isWord(s[j-1]) {
				continue
			}
			if k+4 <= len(s) && (k+4 == len(s) || !isWord(s[k+4])) {
				if y, ok := atoiDigits(s[k : k+4]); ok && isYear(y) && y < ref {
					si.historic = true
					return
				}
			}
		}
	}
}
