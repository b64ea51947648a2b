package extract

import (
	"slices"
	"strings"
)

// Frames in which an act word names no act that happened, read from the
// words the act takes rather than from the act word itself, so that they
// hold for act words and topics not yet seen:
//
//   - pretended: the act is played, staged or faked, told by a word of
//     pretence in its clause ("simulacro", "mock execution", "fingió su
//     secuestro", "escenificaron la batalla", "disparos de salva",
//     "detonaciones de utilería", "airsoft").
//   - abstractTarget: what the act is aimed at is a policy, a law, a
//     budget or a plan, which no one can shoot or kill ("dispararon
//     contra la reforma", "an all-out assault on the budget", "killing
//     the bill").
//   - figurativeArgument: what the act is done with or to is something
//     said or counted ("acribilló con críticas", "dispararon críticas",
//     "a massacre in bank stocks"), or an adjective puts the act noun in
//     a domain with no violence ("tiroteo verbal", "guerra comercial",
//     "price war").

// pretenceBefore are the words that, before an act in its clause, tell
// it played, staged or faked.
var pretenceBefore = []string{
	"mock", "fake", "faked", "staged", "pretend", "pretended", "pretending", "feigned", "feigning",
	"fictional", "fictitious", "imaginary", "reenact", "reenacted", "reenactment", "reenactors",
	"fingio", "fingieron", "finge", "fingen", "fingir", "fingido", "fingida", "fingidos", "fingidas", "fingiendo",
	"ficticio", "ficticia", "ficticios", "ficticias", "imaginario", "imaginaria",
	"recrea", "recrean", "recreo", "recrearon", "recreacion", "recreando",
	"escenifica", "escenifican", "escenifico", "escenificaron", "escenificacion", "escenificando",
	"dramatiza", "dramatizan", "dramatizacion", "representan", "representaron",
	"airsoft", "paintball", "gotcha", "board", "videogame", "videojuego",
}

// pretenceAfter are what, right after an act noun, makes it played:
// "disparos de salva", "balas de goma" is no pretence.
var pretenceAfter = []string{
	"de salva", "de utileria", "de juguete", "de mentira", "de practica", "de fogueo",
	"simulado", "simulada", "simulados", "simuladas", "ficticio", "ficticia", "ficticios", "ficticias",
	"fingido", "fingida", "with blanks", "blanks", "with prop", "prop ", "props", "with plastic", "plastic pellets",
}

// playerOpeners open what a game lets its players do (playerAgent).
var playerOpeners = []string{"lets ", "let ", "allows ", "allow ", "permite a ", "permite al ", "te permite ", "les permite "}

// pretenceCues are the phrases one of which a sentence holds whenever
// pretended finds an act in it pretended: its words before the act, after
// it, and the openers of playerAgent (cuePretence).
func pretenceCues() []string {
	return slices.Concat(pretenceBefore, pretenceAfter, playerOpeners)
}

// pretended reports whether the act at folded [at, end) of the sentence
// [lo, hi) is played, staged or faked (see the top of this file). Only
// the act's own clause before it (from the last comma or semicolon) and
// the three words after it are read.
func pretended(f string, at, end, lo, hi int) bool {
	cs := lo
	if k := strings.LastIndexAny(f[lo:at], ",;:|."); k >= 0 {
		cs = lo + k + 1
	}
	var bb [20]string
	before := fieldsInto(bb[:0], f[max(cs, at-120):at])
	coord := false
	for i := len(before) - 1; i >= 0 && i >= len(before)-12; i-- {
		w := strings.Trim(before[i], "\"'‘“¡¿()")
		if w == "y" || w == "e" || w == "and" {
			coord = true
		}
		if slices.Contains(pretenceBefore, w) {
			if w == "board" && (i+1 >= len(before) || before[i+1] != "game") {
				continue // "on board", "the board of"
			}
			if coord && hasAnyPrefix(w, "fing", "fake", "pretend", "feign") {
				continue // "finge ser cliente y atraca": the pretence ends at "y"
			}
			return true
		}
	}
	if playerAgent(f[lo:at]) {
		return true
	}
	after := f[end:min(hi, end+24)]
	after = strings.TrimLeft(after, " ")
	for _, p := range pretenceAfter {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// policyNouns are the policies, laws, budgets and plans an act word may be
// aimed at only as a figure of speech.
var policyNouns = []string{
	"reforma", "reformas", "ley", "leyes", "iniciativa", "iniciativas", "presupuesto", "presupuestos",
	"propuesta", "propuestas", "dictamen", "decreto", "informe", "autonomia", "tarifa", "tarifas",
	"impuesto", "impuestos", "aranceles", "politica", "estrategia", "agenda", "candidatura",
	"bill", "bills", "budget", "budgets", "reform", "reforms", "overhaul", "law", "laws", "proposal",
	"proposals", "measure", "legislation", "policy", "policies", "autonomy", "rules", "tariffs", "taxes", "tax", "fees",
	"report", "initiative", "agenda", "strategy", "plan", "plans", "decree",
}

// targetPreps open what an act is aimed at.
var targetPreps = []string{"contra", "against", "on", "upon", "sobre", "a", "al"}

// abstractTarget reports whether the act at folded [at, end) of the
// sentence ending at hi is aimed at a policy, a law, a budget or a plan
// (see the top of this file): right after the act word, or after a
// preposition of aim within the next words, at most four words (articles,
// adjectives, a possessive) stand before the policy noun. A person or a
// place named before it ("contra el autor de la reforma") has no policy
// right after the preposition.
func abstractTarget(f string, at, end, hi int) bool {
	var ab [12]string
	ws := appendFields(ab[:0], f[end:min(hi, end+90)], 12)
	head := func(ws []string) bool {
		if len(ws) == 0 {
			return false
		}
		switch ws[0] {
		case "the", "its", "their", "his", "her", "this", "that", "el", "la", "los", "las", "su", "sus", "esta", "este", "dicha", "dicho":
		default:
			if !strings.HasSuffix(ws[0], "'s") {
				return false // no article: "killed in prison report"
			}
		}
		for i := 1; i < len(ws) && i < 5; i++ {
			w := strings.Trim(ws[i], ".,;:!?\"'’”)")
			if slices.Contains(policyNouns, w) {
				return true
			}
			if w != ws[i] && !strings.HasSuffix(ws[i], "'s") {
				return false // a clause ends before any policy
			}
			switch w {
			case "de", "del", "of", "que", "who", "which", "y", "and", "en", "in", "por", "by", "con", "with":
				return false
			}
		}
		return false
	}
	if head(ws) {
		return true // "killing the bill", "torpedoed the reform"
	}
	for i := 0; i < len(ws) && i < 6; i++ {
		w := ws[i]
		if anyByteOf(w, ".,;:") {
			return false
		}
		if slices.Contains(targetPreps, w) {
			return head(ws[i+1:])
		}
	}
	return false
}

// figurativeObjects are what an act word is done with or to, or what it
// measures, when it is a figure of speech: things said, shown or counted.
var figurativeObjects = []string{
	"critica", "pregunta", "insulto", "reclamo", "acusacion", "declaracion", "palabra", "rima", "verso",
	"argumento", "dato", "cifra", "reproche", "descalificacion", "meme", "tuit", "tweet", "mensajes de texto",
	"criticism", "question", "insult", "word", "argument", "accusation", "joke", "comment", "rhyme", "verse",
}

// figurativeDoers are who, after "from" or "by", make an attack of
// words or of money ("survives attack from opposition", "attack by
// speculators").
var figurativeDoers = []string{"opposition", "critic", "lawmaker", "legislator", "senator", "speculator", "investor", "media", "columnist", "pundit"}

// marketNouns are what a market's losses are told in: "una masacre en las
// emisoras", "a massacre in bank stocks".
var marketNouns = []string{"emisora", "bonos", "divisas", "stocks", "shares", "bonds", "equities", "currencies"}

// domainAdjectives put an act noun in a domain with no violence when they
// follow it (Spanish) or precede it (English): "tiroteo verbal", "guerra
// comercial", "price war", "verbal attack".
var domainAdjectives = []string{
	"verbal", "verbales", "mediatico", "mediatica", "mediaticos", "mediaticas", "financiero", "financiera",
	"bursatil", "bursatiles", "comercial", "comerciales", "arancelaria", "arancelario", "publicitario",
	"publicitaria", "discursivo", "discursiva", "tuitero", "digital", "digitales",
}

// domainBefore are the English words that do the same before the act
// noun; "trade" only before "war" ("drug trade killings" are killings).
var domainBefore = []string{"price", "trade", "verbal", "media", "financial", "market", "bidding", "tariff", "ratings", "pr", "currency"}

// domainWord reports whether the last of the folded words before (one or
// two, the last right before an act's word) is a domain word of
// domainBefore as English uses it: not the half hour of a spoken clock
// time, "a la una y media agredieron", "a las once y media balearon".
func domainWord(before []string) bool {
	n := len(before)
	return !(n == 2 && before[1] == "media" && (before[0] == "y" || before[0] == "e"))
}

// figurativeArgument reports whether the act at folded [at, end) of the
// sentence [lo, hi) is a figure of speech by what it takes (see the top of
// this file).
func figurativeArgument(f string, at, end, lo, hi int) bool {
	var ab [6]string
	ws := appendFields(ab[:0], f[end:min(hi, end+60)], 6)
	trim := func(w string) string { return trimCut(w, ".,;:!?\"'’”)(") }
	if len(ws) >= 1 && slices.Contains(domainAdjectives, trim(ws[0])) {
		return true // "tiroteo verbal", "guerra comercial"
	}
	var bb [2]string
	if before := tailFields(bb[:0], f[max(lo, at-20):at], 2); len(before) >= 1 && slices.Contains(domainBefore, before[len(before)-1]) && domainWord(before) && (before[len(before)-1] != "trade" || strings.HasPrefix(f[at:end], "war")) {
		return true // "price war", "verbal attack"
	}
	// "acribilló con críticas", "bombarded with questions", "dispararon
	// críticas", "a massacre in bank stocks": the first words after the
	// act word, an article or a preposition of manner or place before.
	k := 0
	for k < len(ws) && k < 2 {
		switch trim(ws[k]) {
		case "con", "with", "de", "of", "la", "las", "el", "los", "sus", "su", "the", "their", "his", "her", "una", "un", "a":
			k++
			continue
		}
		break
	}
	if k < len(ws) && hasAnyPrefix(trim(ws[k]), figurativeObjects...) {
		return true
	}
	if len(ws) >= 2 && (trim(ws[0]) == "from" || trim(ws[0]) == "by") {
		// "survives attack from opposition", "attack by speculators":
		// who made it are no one who shoots (maybe after an article).
		d := 1
		if d+1 < len(ws) && (trim(ws[d]) == "the" || trim(ws[d]) == "its" || trim(ws[d]) == "his" || trim(ws[d]) == "her") {
			d++
		}
		if hasAnyPrefix(trim(ws[d]), figurativeDoers...) {
			return true
		}
	}
	for i := 0; i < len(ws) && i < 3; i++ {
		if w := trim(ws[i]); (w == "en" || w == "in" || w == "among") && i+1 < len(ws) {
			rest := ws[i+1:]
			for j := 0; j < len(rest) && j < 3; j++ {
				if hasAnyPrefix(trim(rest[j]), marketNouns...) {
					return true
				}
			}
			break
		}
	}
	return false
}

// deathVerb reports whether folded cue w tells a death with no agent ("murió",
// "fallecieron", "perdió la vida", "died on Monday in"): beside an
// accident or a natural cause it is no killing.
func deathVerb(w string) bool {
	return hasAnyPrefix(w, "muri", "muere", "mueren", "fallec", "perdio la vida", "perdieron la vida", "died", "dies ", "dies", "die ", "passed away")
}

// rescueCue reports whether folded cue w is a rescue or a recovery, which
// forces make of captives and rescuers of people in danger alike.
func rescueCue(w string) bool {
	return hasAnyPrefix(w, "rescat", "rescue", "recuper", "salvaron", "saved")
}

// captive reports whether folded sentence s tells of someone held by
// others: a rescue in it frees a captive, an operation.
func captive(s string) bool {
	return captiveWords.in(s)
}

// captiveWords are the folded words of captive.
var captiveWords = newNeedles("secuestr", "plagi", "privad", "rehen", "hostage", "kidnap", "captor", "cautiv", "held ", "retenid",
	"casa de seguridad", "safe house", "migrant", "armad", "gunm", "sicari", "trata", "traffick", "cartel", "detenid", "arrest", "captur")

// deathWords are the words of a death agedDeath looks for.
var deathWords = []string{"muri", "muere", "fallec", "died", "dies", "passed away"}

// agedDeath reports whether folded sentence s tells a death at an age
// ("murió a los 103 años", "falleció a los 84 años", "dies at 91", "died
// ... at the age of 79") with nothing of violence in it: a natural death.
func agedDeath(s string) bool {
	// classify asks its cue hits for deathWords first (cueDeaths): s
	// holds one.
	aged := false
	for _, m := range []string{"a los ", "at the age of ", "aged ", "dies at ", "died at "} {
		for j := range occurrences(s, m) {
			k := j + len(m)
			w, _, _ := strings.Cut(s[k:], " ")
			if n, ok := atoiDigits(strings.Trim(w, ",.;:")); ok && n >= 50 && n < 120 {
				aged = true
			}
		}
	}
	return aged && !violenceWord(s)
}

// violenceWord reports whether folded text s holds a word of violence: a
// weapon, a killing, an attack, an attacker.
func violenceWord(s string) bool {
	return violenceStems.in(s)
}

// violenceStems are the stems of violenceWord (violenceWord).
var violenceStems = newNeedles("bala", "balazo", "disparo", "arma", "asesin", "ataque", "atac", "golpe", "shot", "gunm", "kill", "murder", "attack", "stabb", "ejecut", "sicari", "armad", "homicid", "masacr")

// agentlessTitle reports whether folded title t tells a death or a rescue
// with no one who caused it ("Two divers die in cenote near Tulum",
// "Hikers rescued after two days lost"), what a report of an accident
// may then take from its body.
func agentlessTitle(t string) bool {
	return mishapTitleWords.in(t) && !violenceWord(t) && !captive(t)
}

// mishapTitleWords tell a death or a rescue in a title (agentlessTitle).
var mishapTitleWords = newNeedles("muere", "mueren", "muri", "fallec", " die ", " dies ", " died ", "rescat", "rescue")

// playerAgent reports whether folded text s, what stands before an act in
// its sentence, lets a game's player do it: a verb of permission before
// the players or "you" ("the game lets players storm", "allows you to
// take hostages", "permite a los jugadores asaltar"). What a game lets
// its players do is played.
func playerAgent(s string) bool {
	for _, m := range playerOpeners {
		for j := range occurrences(s, m) {
			k := j + len(m)
			if j > 0 && isWord(s[j-1]) {
				continue // inside a word: "outlets "
			}
			rest := s[k:]
			if hasAnyPrefix(rest, "players", "you ", "gamers", "the player", "los jugadores", "jugadores", "el jugador", "jugador", "los usuarios", "usuarios", "los participantes") {
				return true
			}
		}
	}
	return false
}
