package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/toll"
)

// This file reads the English of headlines and wires that tell an act with
// no doer, or with a force whose part the verb's form decides: a bare
// participle ("Police officer gunned down", "Two soldiers killed in
// ambush"), the headline present after a force ("Marines kill cartel
// boss") and the translated "cae" of an arrest ("'El Chato' falls in
// Durango"). Small hooks in classify.go call it.

// enForceKill reports whether the English killing cue c (folded f[at:end])
// after a force is the force's own act: the headline present ("kill",
// "kills") or a past with an object after it ("Soldiers killed two
// gunmen"); a bare participle followed by a place, a time or nothing
// ("Police officer killed in Iguala", "Mexicali police officer gunned
// down") is a passive with the force for victim. ok is false when the cue
// is not one of English killing verbs.
func enForceKill(f string, at, end int) (active, ok bool) {
	switch f[at:end] {
	case "kill", "kills":
		return true, true
	case "killed", "shot dead", "gunned down", "shot and killed":
		return !bareParticiple(f, end), true
	}
	return false, false
}

// bareParticiple reports whether no object follows the English participle
// that ends at folded offset end: the clause ends (end of text or a
// punctuation mark) or a preposition or adverb of place or time comes
// next ("killed in", "gunned down outside his home", "killed on patrol",
// "shot dead; two hurt").
func bareParticiple(f string, end int) bool {
	rest := strings.TrimLeft(f[end:], " ")
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ',', ';', ':', '.', '!', '?', '(', '-', '/':
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	switch trimPunct(w) {
	case "in", "on", "at", "near", "outside", "inside", "during", "after", "while", "when", "as", "from", "off", "amid",
		"overnight", "yesterday", "today", "tonight", "late", "early", "last", "this", "before", "along", "en", "within", "following":
		return true
	}
	return false
}

// subject classes a participle frame asks of the noun before it.
const (
	subjPerson   = 1 << iota // "Merchant abducted", "Four teachers snatched"
	subjThing                // a building, a vehicle, a business: "Police base bombed"
	subjRoad                 // "Highways blocked", "Streets of Reynosa blocked"
	subjAircraft             // "Military chopper downed"
	subjBanner               // "Narcomantas hung from bridges"
)

// participleFrame returns the act family an English participle tells
// after a subject of the classes subj when no object follows it (a bare
// passive, the headline's "was" left out), the folded words ws starting
// with it; n is how many words the participle takes. Each family asks
// for the subjects it can have: a person is abducted, a building bombed,
// a road blocked, a banner hung.
func participleFrame(ws []string) (typ model.IncidentType, weight float64, subj, n int) {
	w0 := trimPunct(ws[0])
	w1 := ""
	if len(ws) > 1 {
		w1 = trimPunct(ws[1])
	}
	switch w0 {
	case "kidnapped", "abducted", "snatched", "seized", "grabbed":
		return model.Kidnapping, 0.75, subjPerson, 1
	case "taken", "carried", "dragged":
		// "taken from his home", "taken at gunpoint", "taken by men
		// in a pickup"; not "taken to hospital"
		switch w1 {
		case "from", "by", "at", "away", "off", "out":
			return model.Kidnapping, 0.75, subjPerson, 1
		}
	case "bombed", "grenaded", "dynamited":
		return model.Explosive, 0.8, subjThing, 1
	case "blown":
		if w1 == "up" {
			return model.Explosive, 0.8, subjThing, 2
		}
	case "torched", "firebombed", "burned", "burnt", "razed":
		return model.Arson, 0.75, subjThing, 1
	case "set":
		if w1 == "ablaze" || w1 == "alight" || w1 == "on" && len(ws) > 2 && strings.HasPrefix(ws[2], "fire") {
			return model.Arson, 0.75, subjThing, 2
		}
	case "blocked", "barricaded":
		return model.Blockade, 0.85, subjRoad, 1
	case "strafed", "riddled", "sprayed", "shot", "attacked", "ambushed", "stormed":
		return model.ArmedAttack, 0.7, subjPerson | subjThing, 1
	case "downed":
		return model.ArmedAttack, 0.7, subjAircraft, 1
	case "hung", "hanged", "left", "placed", "displayed", "posted", "found":
		return model.Intimidation, 0.75, subjBanner, 1
	case "put":
		if w1 == "up" {
			return model.Intimidation, 0.75, subjBanner, 2
		}
	case "signed":
		if w1 == "by" {
			// "Banners signed by the Zetas appear": its signer makes
			// it a threat (participleActs)
			return model.Intimidation, 0.75, subjBanner, 1
		}
	}
	return "", 0, 0, 0
}

// participleWords are the words participleFrame and participleNeedsNext
// know (its cases): a sentence that holds none as a part of a word has
// no participle frame, and participleActs need not split it into words.
var participleWords = []string{"kidnapped", "abducted", "snatched", "seized", "grabbed", "taken", "carried", "dragged",
	"bombed", "grenaded", "dynamited", "blown", "torched", "firebombed", "burned", "burnt", "razed", "set",
	"blocked", "barricaded", "strafed", "riddled", "sprayed", "shot", "attacked", "ambushed", "stormed", "downed",
	"hung", "hanged", "left", "placed", "displayed", "posted", "found", "put", "signed"}

// participleNeedsNext reports whether w opens a participle frame only
// with the word after it ("taken from", "blown up", "set ablaze", "put
// up"), which participleFrame of w alone does not show.
func participleNeedsNext(w string) bool {
	switch trimPunct(w) {
	case "taken", "carried", "dragged", "blown", "set", "put", "signed":
		return true
	}
	return false
}

// subjectClass returns the classes of the English noun w heading a
// subject (subjPerson ...), 0 for none.
func subjectClass(w string) int {
	w = strings.Trim(w, ",;:.!?'\"()")
	switch w {
	case "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen", "teens", "teenager", "teenagers", "youth", "youths", "child", "children", "minor", "minors",
		"student", "students", "teacher", "teachers", "merchant", "merchants", "businessman", "businessmen", "businesswoman", "farmer", "farmers", "rancher", "ranchers",
		"driver", "drivers", "worker", "workers", "migrant", "migrants", "journalist", "journalists", "reporter", "reporters", "priest", "priests", "activist", "activists",
		"mayor", "mayors", "official", "officials", "officer", "officers", "agent", "agents", "soldier", "soldiers", "guardsman", "guardsmen", "doctor", "doctors", "nurse", "nurses",
		"couple", "family", "siblings", "brothers", "sisters", "son", "daughter", "father", "mother", "fisherman", "fishermen", "shopkeeper", "shopkeepers", "vendor", "vendors",
		"owner", "owners", "candidate", "candidates", "councilor", "councilors", "councilman", "lawyer", "lawyers", "engineer", "engineers", "tourist", "tourists", "resident", "residents",
		"villager", "villagers", "people", "persons", "relatives", "wife", "husband", "brother", "sister", "cousin", "nephew", "employee", "employees", "trucker", "truckers",
		"commander", "chief", "director", "prosecutor", "judge", "musician", "musicians", "singer", "athlete", "pastor", "victim", "victims":
		return subjPerson
	case "home", "homes", "house", "houses", "base", "station", "office", "offices", "headquarters", "building", "buildings", "bar", "bars", "shop", "shops", "store", "stores",
		"restaurant", "restaurants", "pharmacy", "business", "businesses", "bus", "buses", "truck", "trucks", "car", "cars", "vehicle", "vehicles", "trailer", "trailers", "taxi", "taxis",
		"hotel", "clinic", "hospital", "school", "church", "hall", "plant", "warehouse", "barracks", "checkpoint", "convoy", "ranch", "market", "bank", "branch", "nightclub", "casino",
		"dealership", "booth", "substation", "tower", "pickup", "van", "motorcycle", "patrol", "patrols", "residence", "property", "properties", "premises", "facility", "facilities":
		return subjThing
	case "highway", "highways", "road", "roads", "street", "streets", "avenue", "avenues", "boulevard", "bridge", "bridges", "freeway", "expressway", "route", "routes", "accesses", "exits":
		return subjRoad
	case "helicopter", "chopper", "plane", "aircraft", "airplane", "aircrafts":
		return subjAircraft
	case "narcomanta", "narcomantas", "manta", "mantas", "narcobanner", "narcobanners", "narco-banner", "narco-banners", "narcomessage", "narcomessages", "narco-message", "narco-messages":
		return subjBanner
	}
	return 0
}

// subjectBreak reports whether the folded word w cannot stand in the
// subject of a bare participle: a finite verb or a conjunction shows the
// participle completes another clause ("Fire leaves 200 stalls burned",
// "Police say two men shot").
func subjectBreak(w string) bool {
	switch strings.Trim(w, ",;:.!?'\"") {
	case "leaves", "leave", "left", "says", "say", "said", "after", "as", "when", "while", "before", "following", "amid", "with", "without", "had", "has", "have", "get", "gets", "got", "keeps", "find", "finds", "see", "sees", "want", "wants", "report", "reports", "reported", "mourn", "mourns", "to", "not", "no", "never":
		return true
	}
	return false
}

// participleActs returns the acts English headlines tell by a bare
// participle after the noun it happens to, with no doer ("Four teachers
// snatched from school in Tlapa", "Police base bombed in Salamanca",
// "Jalisco: highways blocked after army operation", "Narcomantas hung
// from bridges in Uruapan"), in folded f[lo:hi]: the participle frames of
// participleFrame, a subject's head noun of the class the frame asks
// (subjectClass; the noun before "of" in "Streets of Reynosa", "Home of
// mayor"), and no object after it (bareParticiple, or the participle's
// own "by" or "from", or "with" after a verb of shooting: "sprayed with
// bullets"). A participle the lexicon reads already (a
// cue in cues starts there) is left to it, unless the frame tells a
// threat by a banner: then the frame's act outranks the lexicon's
// hanging, and drop lists the folded starts of the cues it replaces.
// text is the report's original text and start the original offset of
// folded lo, for the acts' offsets.
func participleActs(f, text string, cues []cueHit, lo, hi, start int) (acts []cueHit, drop []int) {
	var wb [24]string
	ws := appendFields(wb[:0], f[lo:hi], 24)
	// most sentences hold no participle of a frame: say so before
	// locating every word
	if !slices.ContainsFunc(ws[min(1, len(ws)):], func(w string) bool {
		if len(trimPunct(w)) < 3 {
			return false // no participle is this short (TestParticipleShort)
		}
		typ, _, _, _ := participleFrame([]string{w})
		return typ != "" || participleNeedsNext(w)
	}) {
		return nil, nil
	}
	off := lo
	clause := 0 // index of the clause's first word
	for k, w := range ws {
		at := strings.Index(f[off:hi], w) + off
		off = at + len(w)
		if k > 0 && strings.ContainsAny(ws[k-1], ":;") {
			clause = k
		}
		if k == clause {
			continue
		}
		typ, weight, subj, n := participleFrame(ws[k:])
		if typ == "" {
			continue
		}
		end := at
		for j := k; j < k+n && j < len(ws); j++ {
			end = strings.Index(f[end:hi], ws[j]) + end + len(trimPunct(ws[j]))
		}
		next := ""
		if k+n < len(ws) {
			next = ws[k+n]
		}
		if !bareParticiple(f, end) && next != "by" && next != "from" && (next != "with" || typ != model.ArmedAttack) {
			continue
		}
		signer := ws[min(k+n+1, len(ws)):min(k+n+4, len(ws))]
		if next == "by" && typ == model.Intimidation && strings.HasPrefix(ws[k], "signed") {
			if !threatBanner("banner", signer) {
				continue // "Banners signed by students": no threat
			}
		} else if next == "by" && !byPerson(ws[min(k+n+1, len(ws)):]) {
			continue // "Highway blocked by overturned truck", "Plane downed by storm"
		}
		// the subject: the words back to the clause's start, its head the
		// last before the participle or the one before "of"
		head, ok := "", true
		for j := k - 1; j >= clause; j-- {
			v := strings.Trim(ws[j], ",;:.!?'\"")
			if subjectBreak(v) || strings.HasSuffix(ws[j], ",") && j < k-1 {
				ok = false
				break
			}
			if v == "was" || v == "were" || v == "being" || v == "been" {
				continue
			}
			if head == "" || v == "of" && j > clause {
				if v == "of" {
					head = strings.Trim(ws[j-1], ",;:.!?'\"")
					j--
					continue
				}
				head = v
			}
		}
		if m := qualifiedAt(ws, clause, k); m > clause {
			// "Narco banners threatening police hung", "Cartel messages
			// warning rivals left": the head comes before the participle
			// phrase that qualifies it
			head = strings.Trim(ws[m-1], ",;:.!?'\"")
		}
		if foundBody(ws[clause:k], ws[k]) {
			// "Body in plastic bags found near Puerto Vallarta": a body
			// found, its words between
			typ, weight, subj, head = model.Homicide, 0.7, subjPerson, "victim"
			ok = ok || withOnly(ws[clause:k]) // "Body with signs of violence found"
		}
		class := subjectClass(head)
		if typ == model.Kidnapping && countHead(head) {
			class = subjPerson // "Ciudad Juarez: four taken from home by armed commando"
		}
		if threatBanner(head, ws[clause:k]) || strings.HasPrefix(ws[k], "signed") && threatBanner(head, signer) {
			class = subjBanner
		}
		if !ok || class&subj == 0 {
			continue
		}
		if typ != model.Intimidation && cueWithin(cues, at, end) {
			continue // the lexicon reads it
		}
		o := start + (at - lo)
		for o < len(text) && o > 0 && !utf8.RuneStart(text[o]) {
			o++
		}
		acts = append(acts, cueHit{typ: typ, weight: weight, fStart: at, fEnd: end, start: min(o, len(text))})
		if typ == model.Intimidation {
			for _, c := range cues {
				if c.fStart >= at && c.fStart < end+16 && c.typ == model.Homicide {
					drop = append(drop, c.fStart) // "hung from": a banner's, no body's
				}
			}
		}
	}
	return acts, drop
}

// threatBanner reports whether head, a banner, a message or a sign, is
// told as a threat by a word of the subject words ws before it
// ("threatening banners", "cartel message"): banners hang at fairs and
// stadiums too.
func threatBanner(head string, ws []string) bool {
	switch head {
	case "banner", "banners", "message", "messages", "sign", "signs", "poster", "posters", "blanket", "blankets":
	default:
		return false
	}
	for _, w := range ws {
		if hasAnyPrefix(strings.Trim(w, ",;:.!?'\""), "threat", "cartel", "narco", "criminal", "gang", "menacing", "cjng", "zeta") {
			return true
		}
	}
	return false
}

// byPerson reports whether the folded words ws after a participle's "by"
// name people within three words ("by men in a pickup", "by armed
// men", "by a group of gunmen"), not a thing or a cause ("by overturned
// truck", "by storm").
func byPerson(ws []string) bool {
	for _, w := range ws[:min(3, len(ws))] {
		w = strings.Trim(w, ",;:.!?'\"")
		if subjectClass(w) == subjPerson || hasAnyPrefix(w, "gunm", "hitm", "armed", "criminal", "assailant", "attacker", "sicario", "thug", "kidnapper", "unknown", "group", "commando", "cartel", "narco", "gang", "masked", "hooded", "suspected", "alleged") {
			return true
		}
	}
	return false
}

// fallActs returns the arrests English headlines tell with the "cae" of
// Spanish headlines translated ("'El Chato' falls in Durango", "Alleged
// plaza boss falls in Fresnillo sweep", "Two hitmen fall in raid"), in
// folded f[lo:hi]: "falls", "fall" or "fell" after an alias in quotes or a
// criminal's role noun (fallenRole), and not in another sense of falling
// ("falls from a roof", "falls ill", "falls to his death", "falls in
// love"). The arrest is as weak as "cae": it needs a place, a time or a
// count to anchor. text and start as for participleActs.
func fallActs(f, text string, lo, hi, start int) []cueHit {
	var acts []cueHit
	var wb [24]string
	ws := appendFields(wb[:0], f[lo:hi], 24)
	off := lo
	for k, w := range ws {
		at := strings.Index(f[off:hi], w) + off
		off = at + len(w)
		v := strings.Trim(w, ",;:.!?'\"")
		if k == 0 || v != "falls" && v != "fall" && v != "fell" {
			continue
		}
		prev := ws[k-1]
		role := strings.HasSuffix(prev, "'") || strings.HasSuffix(prev, "\"")
		if !role {
			role = fallenRole(strings.Trim(prev, ",;:.!?'\""))
		}
		if !role {
			continue
		}
		if k+1 < len(ws) {
			next := strings.Trim(ws[k+1], ",;:.!?'\"")
			switch next {
			case "from", "to", "off", "ill", "short", "asleep", "apart", "behind", "silent", "victim", "prey", "into", "down", "over", "through", "out", "flat", "sick", "for", "under", "below", "back", "again", "by", "dead", "unconscious":
				continue
			case "in":
				if k+2 < len(ws) && strings.HasPrefix(ws[k+2], "love") {
					continue
				}
			}
		}
		vAt := at + strings.Index(w, v)
		o := start + (vAt - lo)
		for o < len(text) && o > 0 && !utf8.RuneStart(text[o]) {
			o++
		}
		acts = append(acts, cueHit{typ: model.SecurityOperation, weight: 0.6, fStart: vAt, fEnd: vAt + len(v), start: min(o, len(text))})
	}
	return acts
}

// fallenRole reports whether the folded word w names a criminal by role,
// the subject of the arrest "falls" tells.
func fallenRole(w string) bool {
	switch w {
	case "hitman", "hitmen", "gunman", "gunmen", "boss", "bosses", "leader", "leaders", "kingpin", "kingpins", "capo", "capos", "lieutenant", "lieutenants",
		"operator", "operators", "sicario", "sicarios", "killer", "killers", "kidnapper", "kidnappers", "extortionist", "extortionists", "trafficker", "traffickers",
		"narco", "narcos", "halcon", "halcones", "lookout", "lookouts", "financier", "founder", "cofounder", "co-founder", "ringleader", "ringleaders", "assassin", "assassins":
		return true
	}
	return false
}

// arrestParticiple reports whether the folded cue text w is an English
// verb of arrest in the past.
func arrestParticiple(w string) bool {
	switch w {
	case "arrested", "detained", "captured", "nabbed", "apprehended", "caught":
		return true
	}
	return false
}

// subjectArrest returns the arrest an English headline tells as its main
// verb while its subject holds the crime, in folded f[lo:hi] with cues
// cues: a bare participle after a subject headed by a person ("Suspect in
// 2024 bar massacre arrested in San Juan del Río", "Gunmen who attacked
// Tijuana bar arrested"), or the participle fronted before a colon
// ("Arrested in Puebla: suspect in 2016 killing of reporter"). The arrest
// is the act; the crime is its reason, as "Detienen a presunto homicida"
// tells in Spanish (firstArrest).
func subjectArrest(f string, cues []cueHit, lo, hi int) (cueHit, bool) {
	for _, c := range cues {
		if c.typ != model.SecurityOperation || !arrestParticiple(f[c.fStart:c.fEnd]) {
			continue
		}
		before := f[lo:c.fStart]
		if i := strings.LastIndexAny(before, ":;"); i >= 0 {
			before = before[i+1:]
		}
		if strings.TrimSpace(before) == "" {
			// fronted: "Arrested in Puebla: suspect in ..."
			if i := strings.IndexByte(f[c.fEnd:hi], ':'); i >= 0 && cueWithin(cues, c.fEnd+i, hi) {
				return c, true
			}
			continue
		}
		if !bareParticiple(f, c.fEnd) || !cueWithin(cues, c.fStart-len(before), c.fStart) {
			continue
		}
		var wb [6]string
		ws := appendFields(wb[:0], before, 6)
		for len(ws) > 0 && arrestModifier(strings.Trim(ws[0], ",;:.!?'\"")) {
			ws = ws[1:]
		}
		if len(ws) == 0 {
			continue
		}
		w := strings.Trim(ws[0], ",;:.!?'\"")
		if subjectClass(w) == subjPerson || fallenRole(w) || w == "suspect" || w == "suspects" || w == "accused" || w == "member" || w == "members" {
			return c, true
		}
	}
	return cueHit{}, false
}

// arrestModifier reports whether the folded word w may come before the
// head of an arrested person's noun phrase: a determiner, a number or a
// qualifier ("two alleged gunmen", "the main suspect").
func arrestModifier(w string) bool {
	switch w {
	case "a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "alleged", "suspected", "presumed", "main", "key", "second", "third", "another", "more":
		return true
	}
	_, ok := atoiDigits(w)
	return ok
}

// enArrestAfterYear reports whether, in folded sentence s, a year at
// offset k qualifies a noun ("Suspect in 2024 bar massacre", "2022
// killing") and a bare English arrest participle follows it with no
// "was" or "were" ("... arrested in San Juan del Río"): an arrest now of
// an old crime, not an old arrest ("In 2011, he was arrested in ...").
func enArrestAfterYear(s string, k int) bool {
	if k+6 > len(s) || s[k+4] != ' ' || !isWord(s[k+5]) {
		return false
	}
	var wb [16]string
	ws := appendFields(wb[:0], s[k+5:], 16)
	for j, w := range ws {
		w = strings.Trim(w, ",;:.!?'\"")
		if !arrestParticiple(w) {
			continue
		}
		if j > 0 && (ws[j-1] == "was" || ws[j-1] == "were" || ws[j-1] == "been") {
			return false
		}
		at := strings.Index(s[k:], w) + k
		return bareParticiple(s, at+len(w))
	}
	return false
}

// forceAfterBy reports whether a state force of hits is the agent of the
// English participle that ends at folded offset end: "by", at most two
// words, then the force ("killed by marines", "shot dead by state
// police", "gunned down by Mexican soldiers").
func (e *Extractor) forceAfterBy(f string, hits []hit, end int) bool {
	rest := f[end:]
	if !strings.HasPrefix(rest, " by ") {
		return false
	}
	from := end + len(" by ")
	for _, h := range hits {
		if h.fStart < from || !stateForce(e, h) {
			continue
		}
		gap := f[from:h.fStart]
		return strings.Count(gap, " ") <= 2 && !strings.ContainsAny(gap, ",;:.")
	}
	return false
}

// nounSense reports whether the English cue word of shooting at folded
// [at, end) is used in another sense, told by its neighbours: a noun
// after a qualifier ("vaccine shot", "mug shot", "photo shoot") or
// before "of" ("Shot of
// the day"). lo is the sentence's start.
func nounSense(f string, at, end, lo int) bool {
	w := f[at:end]
	if w != "shot" && w != "shoot" {
		return false
	}
	var bb [2]string
	before := tailFields(bb[:0], f[max(lo, at-24):at], 2)
	prev := ""
	if len(before) > 0 {
		prev = strings.Trim(before[len(before)-1], ",;:.!?'\"")
	}
	switch prev {
	case "vaccine", "booster", "flu", "covid", "mug", "jump", "slap", "free", "trick", "long", "big", "parting", "best", "photo", "camera", "screen", "moon", "drop", "penalty", "film", "movie", "video", "fashion":
		return true // a noun: "vaccine shot", "photo shoot"
	}
	if w == "shot" && strings.HasPrefix(f[end:], " of ") {
		return true // "Shot of the day", "a shot of tequila"
	}
	return false
}

// qualifiedAt returns the index in ws[lo:hi] of the first present
// participle after the subject's first word ("banners threatening police",
// "messages warning rivals"), or -1: the words from it qualify the noun
// before it.
func qualifiedAt(ws []string, lo, hi int) int {
	for m := lo + 1; m < hi; m++ {
		w := strings.Trim(ws[m], ",;:.!?'\"")
		if len(w) > 5 && strings.HasSuffix(w, "ing") {
			return m
		}
	}
	return -1
}

// foundBody reports whether the subject words subj, before the English
// participle p, begin with a body or bodies, maybe after a count, and p
// tells them found or left ("Body in plastic bags found", "Two bodies
// with gunshot wounds dumped", "Man's body ... found").
func foundBody(subj []string, p string) bool {
	switch strings.TrimRight(p, ",;:.!?'\"") {
	case "found", "discovered", "dumped", "located", "left", "abandoned":
	default:
		return false
	}
	for _, w := range subj[:min(3, len(subj))] {
		w = strings.Trim(w, ",;:.!?'\"")
		switch w {
		case "body", "bodies", "corpse", "corpses":
			return true
		case "a", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
			continue
		}
		if strings.HasSuffix(w, "'s") && len(w) > 3 {
			continue // "Man's body with signs of violence found"
		}
		if _, ok := atoiDigits(w); !ok {
			return false
		}
	}
	return false
}

// withOnly reports whether the only subject breaks of the words subj are
// "with": a body found "with signs of violence" is described, not
// parted from its verb.
func withOnly(subj []string) bool {
	for _, w := range subj {
		if v := strings.Trim(w, ",;:.!?'\""); subjectBreak(v) && v != "with" || strings.HasSuffix(w, ",") {
			return false
		}
	}
	return true
}

// countHead reports whether the head of a participle's subject is a bare
// count ("four taken from home", "3 abducted"): people counted, as a
// headline counts its victims, for a taking (a count shot may be game, or
// an accident's). A year is no count.
func countHead(w string) bool {
	if n, ok := atoiDigits(w); ok {
		return n > 0 && !isYear(n)
	}
	n, ok := toll.Number(w)
	return ok && n > 0
}
