package extract

import (
	"bytes"
	"strings"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/toll"
)

// messageObject reports whether the folded words ws, after a verb of
// issuing or hanging, begin with a message, a video or a banner,
// determiners and a qualifier skipped ("releases a video message",
// "hangs new banner").
func messageObject(ws []string) bool {
	for n := 0; n < 3 && len(ws) > 0; n++ {
		w := strings.Trim(ws[0], ".,;:!?\"'")
		switch {
		case w == "a" || w == "an" || w == "the" || w == "new" || w == "another" || w == "its" || w == "their" || w == "threatening":
			ws = ws[1:]
			continue
		case hasAnyPrefix(w, "video", "message", "banner", "manta", "narcomanta", "narco-banner", "narcobanner", "narcomessage", "narco-message", "narcovideo", "threat", "warning", "note", "blanket"):
			return true
		}
		return false
	}
	return false
}

// agentActs returns the acts English headlines tell by a verb right after
// its doer, in the present that headlines use for the past or in the past
// ("Gunmen torch a bus in Guadalajara", "Armed group raids a village",
// "Marines capture cartel boss", "CJNG releases video threatening ...").
// The doer is an armed group, a cartel or a force of the actor table, or
// a generic doer (clsDoer); the verb one of agentVerbTable's. A verb of
// arrest or a raid after a force is an operation, and a verb of arrest
// after anyone else tells nothing; a verb of issuing or hanging tells a
// threat only with a message, video or banner for object, and then
// outranks the killing "hangs" would tell (drop: the folded starts of the
// cues that verb replaces). dismissed tells that a verb of the table
// after a doer was read as no act ("Gunmen capture a man", "Cartels
// battle for control").
func (e *Extractor) agentActs(f string, hits []hit, cues []cueHit, lo, hi int) (acts []cueHit, drop []int, dismissed bool) {
	doerEnd := func(start, end, origEnd int, force bool) {
		if compoundDoer(f, start, end, lo) {
			return // "a gunmen attack could follow": a noun, no verb
		}
		if v, ok := e.passiveBefore(f, cues, start, end, lo, origEnd-(end-start), force); ok {
			acts = append(acts, v) // "man snatched outside his home by armed men"
			return
		}
		k := end
		for k < hi && f[k] == ' ' {
			k++
		}
		if k == end || k >= hi {
			return
		}
		var buf [6]string
		ws := appendFields(buf[:0], f[k:min(hi, k+64)], 6)
		if len(ws) == 0 {
			return
		}
		if force && freedPerson(ws) {
			// "State police free kidnapped merchant": a rescue, the
			// forces' operation, not the kidnapping it ends
			v := cueHit{typ: model.SecurityOperation, weight: 0.8, fStart: k, fEnd: k + len(strings.TrimRight(ws[0], ".,;:!?\"'")), start: origEnd + (k - end)}
			acts = append(acts, v)
			return
		}
		if !force && takenPerson(ws) {
			// "Armed men take fisherman from beach", "gunmen took two
			// brothers": a taking of people by an armed doer
			v := cueHit{typ: model.Kidnapping, weight: 0.75, fStart: k, fEnd: k + len(strings.TrimRight(ws[0], ".,;:!?\"'")), start: origEnd + (k - end)}
			acts = append(acts, v)
			return
		}
		var pb [80]byte
		for n := min(3, len(ws)); n >= 1; n-- {
			// the first n words joined by a space, built in pb: looking a
			// phrase up allocates nothing, only one found is a string
			b := pb[:0]
			for i, w := range ws[:n] {
				if i > 0 {
					b = append(b, ' ')
				}
				b = append(b, w...)
			}
			b = bytes.TrimRight(b, ".,;:!?\"'")
			defs, ok := e.agentVerbs[string(b)]
			if !ok {
				continue
			}
			phrase := string(b)
			v := cueHit{fStart: k, fEnd: k + len(phrase), start: origEnd + (k - end)}
			msg := !force && messageObject(ws[n:])
			for _, d := range defs {
				if d.typ == model.Intimidation && msg {
					// "Cartel hangs banner": a threat, not a hanging
					v.typ, v.weight = d.typ, d.weight
					acts, drop = append(acts, v), append(drop, k)
					return
				}
			}
			for _, d := range defs {
				v.typ, v.weight = d.typ, d.weight
				switch {
				case d.typ == model.Intimidation:
					continue
				case d.typ == model.ArmedClash && contestAfter(ws[n:]):
					dismissed = true
					continue // "Cartels battle for control of Zacatecas": a contest, no fight
				case force && (d.typ == model.SecurityOperation || strings.HasPrefix(phrase, "raid")):
					v.typ = model.SecurityOperation
				case force || d.typ == model.SecurityOperation:
					dismissed = dismissed || !force
					continue // the forces' other acts are read by their own rules
				}
				acts = append(acts, v)
			}
			return
		}
	}
	for _, h := range hits {
		if h.fStart < lo || h.fEnd > hi {
			continue
		}
		for _, en := range h.entries {
			if en.cls == clsDoer {
				doerEnd(h.fStart, h.fEnd, h.end, false)
				break
			}
			if en.cls != clsActor {
				continue
			}
			switch e.actors[en.actor].kind {
			case model.Cartel, model.Faction, model.UnidentifiedArmedGroup:
				doerEnd(h.fStart, h.fEnd, h.end, false)
			case model.StateForce:
				doerEnd(h.fStart, h.fEnd, h.end, true)
			}
			break
		}
	}
	return acts, drop, dismissed
}

// groupName reports whether hit h is a capitalized word of a gang's name
// right after "cartel de", "cartel del", "los" or "las" ("Cartel de
// Jaguar and Lobos Gente Nueva leave manta", "Los Coyotes"): the name, not
// the animal or thing the word names. text is the original of folded f.
func groupName(f, text string, h hit, lo int) bool {
	if h.start < 0 || h.start >= len(text) || text[h.start] < 'A' || text[h.start] > 'Z' {
		return false
	}
	return hasAnySuffix(f[lo:h.fStart], "cartel de ", "cartel del ", "los ", "las ")
}

// compoundDoer reports whether the plural doer at folded [at, end) follows
// a singular determiner ("a gunmen attack", "another cartel gunmen
// raid"): it modifies the noun after it, which is then no verb.
func compoundDoer(f string, at, end, lo int) bool {
	w := f[at:end]
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "men") {
		return false
	}
	var bb [2]string
	before := tailFields(bb[:0], f[max(lo, at-16):at], 1)
	if len(before) == 0 {
		return false
	}
	switch before[0] {
	case "a", "an", "another", "one", "every", "each":
		return true
	}
	return false
}

// contestAfter reports whether the folded words ws after a verb of
// fighting tell what is fought over ("for control of", "for the city",
// "over the plaza"): a contest going on, not one fight. A length ("for
// hours", "for about an hour", "for more than two hours") tells a fight.
func contestAfter(ws []string) bool {
	if len(ws) < 2 || ws[0] != "for" && ws[0] != "over" && ws[0] != "to" {
		return false
	}
	if ws[0] == "to" {
		return hasAnyPrefix(ws[1], "control", "take", "seize", "dominate")
	}
	for _, w := range ws[1:min(len(ws), 4)] {
		w = strings.Trim(w, ".,;:")
		if hasAnyPrefix(w, "hour", "minute", "half") {
			return false // "for hours", "for about an hour", "for 40 minutes"
		}
	}
	return true
}

// cueWithin reports whether a cue of cues starts in folded [from, to).
func cueWithin(cues []cueHit, from, to int) bool {
	for _, c := range cues {
		if c.fStart >= from && c.fStart < to {
			return true
		}
	}
	return false
}

// passiveBefore reads, for a doer at folded offset at that follows "by",
// the participle of agentVerbTable the clause before it ends in or holds
// within a few words ("Man snatched outside his home by armed men",
// "Bar raided by gunmen"): the act, done by the doer, when no cue of the
// lexicon stands between the participle and the doer. orig is
// the doer's original start; the cue spans the doer, folded [at, end).
func (e *Extractor) passiveBefore(f string, cues []cueHit, at, end, lo, orig int, force bool) (cueHit, bool) {
	b := strings.TrimRight(f[lo:at], " ")
	if !strings.HasSuffix(b, " by") {
		return cueHit{}, false
	}
	var buf [8]string
	ws := tailFields(buf[:0], b[:len(b)-3], 8)
	for k := len(ws) - 1; k >= 0; k-- {
		if strings.ContainsAny(ws[k], ";:") {
			ws = ws[k+1:] // the clause before: "Juárez, Nuevo León: man snatched ..."
			break
		}
	}
	for k, w := range ws {
		w = strings.Trim(w, ".,!?\"'")
		if !strings.HasSuffix(w, "ed") && w != "shot" && w != "slain" && w != "burnt" && w != "struck" {
			continue
		}
		if cueWithin(cues, lo+strings.LastIndex(b, ws[k]), at) {
			// "the people killed and disappeared by gunmen": a cue of
			// the lexicon is read by the lexicon's rules
			return cueHit{}, false
		}
		for _, d := range e.agentVerbs[w] {
			switch {
			case d.typ == model.Intimidation:
				continue
			case force != (d.typ == model.SecurityOperation):
				continue
			}
			return cueHit{typ: d.typ, weight: d.weight, fStart: at, fEnd: end, start: orig}, true
		}
	}
	return cueHit{}, false
}

// takenPerson reports whether the folded words ws, right after an armed
// doer, tell a taking of people: "take", "took" or "pull" with a person
// for object, maybe after an article or a count ("take fisherman from
// beach", "took two brothers", "pull four workers off bus"). "Take
// control", "take over" and "took the town" tell no kidnapping.
func takenPerson(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	switch strings.TrimRight(ws[0], ".,;:!?\"'") {
	case "take", "takes", "took", "pull", "pulls", "pulled", "seize", "seizes", "seized", "snatch", "snatches", "snatched", "grab", "grabs", "grabbed":
	default:
		return false
	}
	return personObject(ws)
}

// freedPerson reports whether the folded words ws, right after a force,
// tell people freed from captors: "free", "rescue" or their forms with a
// person for object and a word of captivity after the verb ("free
// kidnapped merchant", "rescue three abducted women"). "Frees turtles",
// "rescues 12 fishermen" (after a storm) tell no operation.
func freedPerson(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	switch strings.TrimRight(ws[0], ".,;:!?\"'") {
	case "free", "frees", "freed", "rescue", "rescues", "rescued":
	default:
		return false
	}
	if !personObject(ws) {
		return false
	}
	// held by someone: "Navy rescues 12 fishermen" after a storm is no
	// operation against crime
	for _, w := range ws[1:] {
		if hasAnyPrefix(strings.Trim(w, ",;:.!?'\""), "kidnap", "abduct", "hostage", "captive", "captor", "held", "secuestr") {
			return true
		}
	}
	return false
}

// personObject reports whether the object after the verb ws[0] is people,
// maybe after an article or a count and one adjective ("two brothers",
// "three young men", "kidnapped merchant").
func personObject(ws []string) bool {
	adj := false // one word that is neither an article nor a count may qualify the noun
	counted := false
	for _, w := range ws[1:min(len(ws), 5)] {
		w = strings.Trim(w, ",;:.!?'\"")
		switch {
		case subjectClass(w) == subjPerson:
			return true
		case w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "their":
			continue
		case counted && !adj && (w == "in" || w == "at" || w == "from" || w == "near" || w == "outside"):
			return true // "Gunmen seize 20 in Tamaulipas": a bare count of people
		}
		if _, ok := atoiDigits(w); ok {
			counted = true
			continue
		}
		if n, ok := toll.Number(w); ok && n > 0 {
			counted = true
			continue
		}
		if adj {
			return false
		}
		adj = true
	}
	return false
}
