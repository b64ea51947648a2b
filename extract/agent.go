package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
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
// cues that verb replaces).
func (e *Extractor) agentActs(f string, hits []hit, lo, hi int) (acts []cueHit, drop []int) {
	doerEnd := func(start, end, origEnd int, force bool) {
		if compoundDoer(f, start, end, lo) {
			return // "a gunmen attack could follow": a noun, no verb
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
		for n := min(3, len(ws)); n >= 1; n-- {
			phrase := strings.TrimRight(strings.Join(ws[:n], " "), ".,;:!?\"'")
			defs, ok := e.agentVerbs[phrase]
			if !ok {
				continue
			}
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
				case force && (d.typ == model.SecurityOperation || strings.HasPrefix(phrase, "raid")):
					v.typ = model.SecurityOperation
				case force || d.typ == model.SecurityOperation:
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
	return acts, drop
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
