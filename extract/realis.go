package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// Readings in which a cue word names no act that happened. Each looks at
// the structure around the cue (what governs it, what it modifies, what
// the clause is about) rather than at the cue word itself, so that it holds
// for cue words and topics not yet seen:
//
//   - aimObject: the cue is the object of an aim, a policy or a charge,
//     told by an infinitive or a policy noun before it in its clause
//     ("una estrategia específica contra el cobro de piso", "reforma para
//     castigar con 40 años el cobro de piso", "pide atender desapariciones",
//     "acusando a X de asesinar a un cantante", "a bill to curb
//     kidnappings"): what is aimed at or charged is not told as done.
//   - figurativeUse: the cue measures or describes something that is no
//     violence ("tiroteo de críticas", "balacera de goles", "precios que
//     matan", "killer deals", "el explosivo negocio migrante").
//   - fuelBlast: a blast or fire told with fuel and no device or attacker
//     ("explota pipa de gas", "la pipa estalló mientras descargaba
//     combustible") is an accident.

// aimVerbs are infinitives (and, after "to", aimToVerbs English ones) of
// aims and policies: the act noun they govern is what a policy is about.
var (
	aimVerbs = []string{
		"castigar", "sancionar", "penalizar", "prevenir", "erradicar", "combatir", "frenar", "reducir",
		"atender", "inhibir", "contener", "disminuir", "evitar", "tipificar", "perseguir", "desalentar",
		"castiga", "sanciona", "penaliza", "tipifica", "castigaria", "castigara",
		"castigan", "sancionan", "penalizan", "tipifican",
	}
	// banVerbs are finite verbs of a law or a ban: the act noun, gerund or
	// weapon right after one (an article or "new" between) is what it
	// forbids ("prohíbe drones con explosivos", "bans explosive drones",
	// "penalizes kidnapping of migrants").
	banVerbs = []string{"prohibe", "prohiben", "prohibira", "prohibir", "regula", "regulan", "regular",
		"bans", "banned", "ban", "outlaws", "outlawed", "outlaw", "penalizes", "penalises", "penalize", "criminalizes", "criminalises", "criminalize", "prohibits", "prohibited", "prohibit"}
	aimToVerbs = []string{"punish", "prevent", "curb", "reduce", "tackle", "combat", "fight", "address", "deter", "criminalize", "stem"}
)

// aimNouns are the nouns of policies and plans: "contra" or "against"
// after one, within a few words, opens what the policy is about.
var aimNouns = []string{
	"estrategia", "plan", "programa", "ley", "reforma", "iniciativa", "campana", "acciones", "medidas",
	"politica", "protocolo", "operativo", "frente comun", "mesa", "strategy", "plan", "program", "law",
	"bill", "campaign", "measures", "policy", "crackdown",
}

// bodyNouns are offices, registers, tools, funds and penalties set up
// about a kind of crime: a bare act noun after one and its preposition
// ("fiscalía especial para homicidios de mujeres", "penas de hasta 25
// años por extorsión", "app to report extortion calls", "a registry of
// extortion victims") names the kind the body deals with.
var bodyNouns = []string{
	"fiscalia", "fiscalias", "unidad", "unidades", "registro", "registry", "register", "app", "aplicacion",
	"plataforma", "platform", "linea", "hotline", "fondo", "fund", "programa", "program", "protocolo",
	"protocol", "pena", "penas", "penalties", "penalty", "sentences", "castigo", "castigos", "reforma",
	"ley", "law", "bill", "iniciativa", "comision", "task", "seguro", "insurance", "juzgado", "court",
	// the court steps of a case: "niegan amparo en proceso por secuestro"
	"proceso", "juicio", "amparo", "trial", "charges", "cargos",
}

// reportVerbs report a kind of crime to an authority: "to report",
// "para denunciar".
var reportVerbs = []string{"report", "denunciar", "reportar", "denounce"}

// bodyPreps join a body noun to the kind of crime it deals with.
var bodyPreps = []string{"para", "contra", "por", "de", "del", "for", "against", "of", "on", "to", "report", "denunciar", "reportar"}

// bodyBetween are the words that may stand between a body noun and the
// preposition that opens its kind of crime: a penalty's length, an
// adjective of the body ("penas de hasta 25 años por", "fiscalía
// especializada en", "app to report").
var bodyBetween = []string{
	"de", "hasta", "anos", "years", "prision", "carcel", "prison", "in", "especial", "especializada",
	"especializado", "especiales", "nacional", "estatal", "federal", "new", "national", "state", "federal",
	"para", "to", "report", "denunciar", "reportar", "minimas", "maximas", "mas", "more", "tougher", "harsher",
}

// chargeVerbs are the stems of verbs that charge someone with an act: the
// infinitive after their "de" is the charge ("acusando a X de asesinar").
var chargeVerbs = []string{"acus", "senal", "culp", "responsabiliz", "imput", "inculp", "sospech", "accus", "blam"}

// aimObject reports whether the cue at folded [at, end) of the sentence
// starting at lo is the object of an aim, a policy or a charge (see the
// top of this file). A finite verb of the act itself is never one, nor a
// cue whose clause tells the act elsewhere by a finite verb: only the few
// words between the governing word and the cue, with no comma, are read.
func aimObject(f string, at, end, lo int) bool {
	// the words of the clause that ends at the cue, 120 bytes at most
	cs := max(lo, at-120)
	if k := strings.LastIndexAny(f[cs:at], ",;:|."); k >= 0 {
		cs += k + 1
	}
	var bb [16]string
	before := fieldsInto(bb[:0], f[cs:at])
	word := f[at:end]
	for k := len(before) - 1; k >= max(0, len(before)-3); k-- {
		if slices.Contains(banVerbs, before[k]) {
			return true
		}
		switch before[k] {
		case "el", "la", "los", "las", "the", "new", "nuevo", "nuevos", "uso", "use", "venta", "sale", "de", "of", "del":
			continue
		}
		break
	}
	inf := infinitive(word)
	if !inf && verbLike(f, at, end, lo) && !strings.HasSuffix(word, "s") && !nounLike(word) {
		return false // "matan a dos": the act itself
	}
	if len(before) >= 1 && !inf && (before[len(before)-1] == "denunciar" || before[len(before)-1] == "reportar") && (strings.HasSuffix(word, "s") || strings.Contains(word, " ")) {
		// "recomiendan denunciar cobro de piso al 089", "denunciar
		// extorsiones": a Spanish infinitive needs no "para"; "pide
		// denunciar desaparición" may be one act's
		return true
	}
	if len(before) >= 2 && !inf && (before[len(before)-2] == "to" || before[len(before)-2] == "para") && slices.Contains(reportVerbs, before[len(before)-1]) {
		return true // "to report extortion calls", "para denunciar extorsiones": a bare kind reported to
	}
	if n := len(before); n >= 3 && !inf && participle(word) && slices.Contains([]string{"personas", "people", "mujeres", "women", "victimas", "victims"}, before[n-1]) {
		// "fiscalía especial para personas desaparecidas": the people
		// the participle names are the kind
		before = before[:n-1]
	}
	if len(before) >= 2 && (!inf || strings.HasSuffix(word, "ing")) && slices.Contains(bodyPreps, before[len(before)-1]) {
		// "fiscalía especial para homicidios", "penas de hasta 25 años
		// por extorsión": a body or penalty noun within six words before
		// the preposition, with no number right before the cue.
		for j := len(before) - 2; j >= max(0, len(before)-7); j-- {
			if slices.Contains(bodyNouns, before[j]) {
				return true
			}
			if _, num := atoiDigits(before[j]); !num && !slices.Contains(bodyBetween, before[j]) {
				break // "Fiscalía y exige información de fosas": another clause
			}
		}
	}
	// The governing word stands within five words before the cue; a
	// penalty between them ("castigar con 40 años de cárcel el
	// secuestro") widens it to eight.
	from := max(0, len(before)-5)
	if len(before) >= 3 && slices.ContainsFunc(before[max(0, len(before)-6):], func(w string) bool {
		return w == "carcel" || w == "prision" || w == "prison" || w == "anos" || w == "years"
	}) {
		from = max(0, len(before)-8)
	}
	for i := len(before) - 1; i >= from; i-- {
		w := before[i]
		if inf {
			// "acusando a X de asesinar", "accused of killing"
			if i == len(before)-1 && (w == "de" || w == "of") {
				for j := i - 1; j >= max(0, i-8); j-- {
					for _, s := range chargeVerbs {
						if strings.HasPrefix(before[j], s) {
							return true
						}
					}
				}
			}
			continue
		}
		if i > 0 && before[i-1] == "to" && slices.Contains(aimToVerbs, w) {
			return true
		}
		if slices.Contains(aimVerbs, w) && (i == 0 || before[i-1] != "al") { // "al atender un reporte": when, not what for
			return true
		}
		if (w == "contra" || w == "against") && i > 0 {
			for j := i - 1; j >= max(0, i-3); j-- {
				for _, n := range aimNouns {
					if before[j] == n || strings.HasPrefix(before[j], n) && len(before[j]) <= len(n)+2 {
						return true
					}
				}
			}
		}
	}
	return false
}

// drillWords open a drill, a course or a training: the acts they govern
// in their clause are practised or taught, not done.
var drillWords = []string{
	"simulacro", "simulacros", "simulando", "simulaban", "simulaba", "simulacion", "simulating", "simulated",
	"simulation", "drill", "drills", "curso", "cursos", "capacitacion", "capacitaciones", "adiestramiento",
	"entrenamiento", "entrenamientos", "practicas", "ejercicio", "training", "exercise",
	"capacitan", "capacitaron", "capacita", "entrenan", "entrenaron", "adiestran", "course", "courses",
	// what is taught or learnt: "learn to treat gunshot wounds", "enseña a cubrir secuestros"
	"learn", "learned", "learning", "learns", "teach", "teaches", "taught", "aprendieron", "aprender",
	"ensena", "ensenan", "ensenaron", "ensenar",
	// a rehearsal: "hospital ensaya protocolo ante llegada masiva de heridos de bala"
	"ensaya", "ensayan", "ensayaron", "ensayo",
}

// simulating are the forms of "simulate" that govern what they play,
// whatever its form: "an exercise simulating the rescue of crew members
// held hostage", "simulando un ataque".
var simulating = []string{"simulating", "simulated", "simulate", "simulates", "simulando", "simularon", "simulan", "simula", "simulaban", "simulaba", "simulado", "simulada"}

// drillStems begin the other forms of the verbs and nouns of drillWords
// ("capacitados", "adiestrados", "simularon", "drilled", "trained",
// "exercises"); drillWord reads them.
var drillStems = []string{"simulacr", "simula", "simulan", "simulat", "capacit", "adiestr", "entrena", "drill", "trainee", "exercis", "practicaron", "practican", "practicar"}

// drillWord reports whether folded word w opens a drill, a course or a
// training: one of drillWords or a form of their stems ("simultáneo" and
// "entrenador", a coach, are not).
func drillWord(w string) bool {
	if slices.Contains(drillWords, w) {
		return true
	}
	switch w {
	case "trained", "trainees":
		return true
	}
	return hasAnyPrefix(w, drillStems...) && !strings.HasPrefix(w, "simult") && !strings.HasPrefix(w, "entrenador")
}

// drillCues are the phrases one of which a sentence holds whenever drilled
// finds an act in it a drill's (cueDrill): drillWord's words and stems and
// the forms of "simulate".
func drillCues() []string {
	return slices.Concat(drillWords, drillStems, simulating, []string{"trained", "trainees"})
}

// drilled reports whether the act noun at folded [at, end) of the
// sentence starting at lo is what a drill, a course or a training in its
// clause is about ("curso de reacción ante ataques armados", "simulacros
// de emboscada y de rescate de rehenes", "a drill simulating a shootout
// with gunmen"). A finite verb of the act is never one ("durante el
// curso, hombres armados atacaron": told, and after a comma).
func drilled(f string, at, end, lo int) bool {
	cs := lo
	if k := strings.LastIndexAny(f[lo:at], ",;:|."); k >= 0 {
		cs = lo + k + 1
	}
	if verbLike(f, at, end, lo) && !nounLike(f[at:end]) && f[end-1] != 's' {
		var sb [10]string
		for _, w := range tailFields(sb[:0], f[cs:at], 8) {
			if slices.Contains(simulating, w) {
				return true
			}
		}
		return false
	}
	cs = lo
	head := -1 // the first comma of a list the cue ends
	if k := strings.LastIndexAny(f[lo:at], ",;:|."); k >= 0 {
		cs = lo + k + 1
		// The last item of a list ("prácticas de tiro, manejo evasivo y
		// respuesta a emboscadas"): the clause runs on over the list's
		// commas, to what governs the list.
		for n := 0; n < 3 && f[cs-1] == ',' && listTail(f[cs:at]); n++ {
			head = cs - 1
			k := strings.LastIndexAny(f[lo:cs-1], ",;:|.")
			if k < 0 {
				cs = lo
				break
			}
			cs = lo + k + 1
		}
	}
	if head > cs {
		// what governs the list stands before its first item: "una
		// capacitación que abarcó primeros auxilios, ..."
		var hb [16]string
		hw := fieldsInto(hb[:0], f[max(cs, head-100):head])
		for i := len(hw) - 1; i >= 0 && i >= len(hw)-12; i-- {
			if drillWord(hw[i]) {
				return true
			}
		}
	}
	var bb [16]string
	before := fieldsInto(bb[:0], f[max(cs, at-100):at])
	for i := len(before) - 1; i >= 0 && i >= len(before)-9; i-- {
		if drillWord(before[i]) {
			if i > 0 && (before[i-1] == "el" || before[i-1] == "the") && i > 1 && (before[i-2] == "en" || before[i-2] == "in") {
				continue // "en el curso de la balacera": while it lasted
			}
			if i > 0 && before[i-1] == "of" {
				continue // "of course"
			}
			return true
		}
	}
	return false
}

// listTail reports whether folded text, what runs from a comma to a cue,
// is an item of a list and no clause: a few words with no verb of its own
// before the cue, or the list's last item after "y", "e", "o", "and", "or"
// ("manejo evasivo y respuesta a").
func listTail(text string) bool {
	var wb [10]string
	ws := fieldsInto(wb[:0], text)
	if len(ws) > 8 {
		return false
	}
	list := false
	for _, w := range ws {
		switch w {
		case "y", "e", "o", "and", "or":
			list = true
		case "que", "donde", "cuando", "mientras", "where", "when", "while", "who", "which",
			"fue", "fueron", "es", "son", "era", "eran", "ha", "han", "hay", "hubo", "was", "were", "is", "are", "has", "have", "had":
			return false // a clause of its own: "dos policías y un custodio fueron emboscados"
		}
		if participle(w) || strings.HasSuffix(w, "aron") || strings.HasSuffix(w, "ieron") {
			return false
		}
	}
	return list
}

// infinitive reports whether folded word w reads as a Spanish infinitive
// of an act ("asesinar", "secuestrar", "extorsionar") or an English
// gerund after "of" ("killing").
func infinitive(w string) bool {
	if strings.Contains(w, " ") || len(w) < 5 {
		return false
	}
	return strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "ing")
}

// nounLike reports whether folded cue w is a Spanish or English noun of a
// kind of act ("cobro de piso", "extorsion", "secuestro", "kidnapping")
// rather than a verb form.
func nounLike(w string) bool {
	if strings.HasSuffix(w, " de") || strings.HasSuffix(w, " of") {
		return true // "rescate de", "quema de": a noun and its preposition
	}
	for _, s := range []string{"shooting", "bombing", "gunshot", "cion", "sion", "miento", "cobro", "secuestro", "asalto", "robo", "ataque", "bloqueo", "homicidio", "asesinato", "feminicidio", "kidnapping", "extortion", "killing", "violence"} {
		if suffixed(w, s) || prefixed(w, s) {
			return true
		}
	}
	return false
}

// figurativeNouns are what a violent noun measures when it is a metaphor:
// "tiroteo de críticas", "lluvia de goles", "bombardeo de preguntas".
var figurativeNouns = []string{
	"critica", "pregunta", "gol", "oferta", "precio", "descuento", "meme", "insulto", "reclamo",
	"acusacion", "declaracion", "like", "promocion", "emocion", "risa", "aplauso", "beso", "abrazo",
	"talento", "idea", "propuesta", "voto", "sabor", "color", "nota", "cancion", "exito", "carcajada",
	"criticism", "question", "goal", "deal", "offer", "price", "insult", "joke", "tweet", "comment",
	"savings", "saving", "flavor", "laugh",
}

// adNouns are the goods and prices that advertising says "kill":
// "precios que matan", "killer deals", "ofertas de muerte".
var adNouns = []string{"precio", "oferta", "descuento", "promocion", "rebaja", "deal", "price", "offer", "discount", "sale", "savings", "bargain"}

// figurativeUse reports whether the cue at folded [at, end) of the
// sentence [lo, hi) is a metaphor (see the top of this file).
func figurativeUse(f string, at, end, lo, hi int) bool {
	var ab, bb [10]string
	after := fieldsInto(ab[:0], f[end:min(end+40, hi)])
	before := fieldsInto(bb[:0], f[max(at-30, lo):at])
	// "tiroteo de críticas": a violent noun measuring something else.
	if len(after) >= 2 && (after[0] == "de" || after[0] == "of") {
		w := trimCut(after[1], ",.;:!?¡¿\"'")
		if hasAnyPrefix(w, figurativeNouns...) {
			return true
		}
	}
	// "precios que matan", "prices that kill"
	if n := len(before); n >= 2 && (before[n-1] == "que" || before[n-1] == "that") && hasAnyPrefix(before[n-2], adNouns...) {
		return true
	}
	// "killer deals", "ofertas explosivas", "precios de muerte"
	if len(after) >= 1 && hasAnyPrefix(trimCut(after[0], ",.;:!?"), adNouns...) && (strings.HasPrefix(f[at:end], "kill") || strings.HasPrefix(f[at:end], "explosiv")) {
		return true
	}
	if n := len(before); n >= 1 && hasAnyPrefix(before[n-1], adNouns...) && strings.HasPrefix(f[at:end], "explosiv") {
		return true
	}
	if characterized(f, at, end, lo, hi) {
		return true
	}
	if n := len(before); n >= 1 && strings.HasPrefix(f[at:end], "golpea") && (crimePlural(before[n-1]) || slices.Contains([]string{"violencia", "inseguridad", "delincuencia", "crisis", "inflacion"}, before[n-1])) {
		return true // "Extorsiones golpean a tortillerías", "la violencia golpea al turismo": what hits is no one
	}
	if n := len(before); n >= 1 {
		switch trimCut(before[n-1], "\"'‘“¡¿") {
		case "cada", "every", "each":
			return true // "cada asesinato nos duele": any act of the kind
		case "falso", "falsa", "falsos", "falsas", "fake", "ficticio", "ficticia", "ficticios", "ficticias":
			return true // "falsos secuestros virtuales": a scam or a hoax
		}
	}
	if strings.HasSuffix(f[at:end], "under fire") && criticized(after) {
		return true
	}
	// "called the move an ambush", "calificó la reforma de masacre": a
	// name given to something else. The act named by it is told elsewhere
	// in the sentence if it happened ("what police called an ambush").
	if n := len(before); n >= 2 && slices.Contains([]string{"a", "an", "de", "como", "un", "una"}, before[n-1]) {
		var nb [10]string
		named := fieldsInto(nb[:0], f[max(at-60, lo):at])
		if at-60 > lo && len(named) > 0 {
			named = named[1:] // a word cut by the window
		}
		n = len(named)
		for i := n - 2; i >= 0 && i >= n-6; i-- {
			switch named[i] {
			case "called", "calls", "calling", "termed", "dubbed", "branded", "califico", "calificaron", "califica", "tildo", "tildaron", "tacho", "tacharon":
				return named[i+1] != "for" && named[i+1] != "a" // "called for", "called a press conference about"
			}
		}
	}
	// "el explosivo negocio", "una explosiva combinación", "explosive
	// growth": the adjective before a noun that is no device.
	if w := f[at:end]; w == "explosivo" || w == "explosiva" || w == "explosive" {
		if len(before) >= 1 && len(after) >= 1 {
			switch before[len(before)-1] {
			case "el", "la", "un", "una", "su", "lo", "mas", "muy", "tan", "the", "an", "a", "its", "his", "her", "their", "this", "most":
				next := trimCut(after[0], ",.;:!?\"'")
				if isNounAfterAdjective(next) {
					return true
				}
			}
		}
	}
	return false
}

// firers are what fires on someone in earnest: after "under fire from"
// ("came under fire from gunmen", "from a passing car").
var firers = []string{"gunm", "arm", "men", "man", "suspect", "cartel", "assailant", "attacker", "sniper", "shooter", "hitm",
	"criminal", "militant", "soldier", "troop", "police", "officer", "guard", "agent", "marine", "vehicle", "car", "truck", "suv",
	"pickup", "van", "drone", "helicopter", "group", "unknown", "rival", "member", "gang", "several", "at least", "a ", "an ", "sicario"}

// criticized reports whether the folded words after "under fire" tell
// criticism rather than shots: a reason ("for", "over") or a source of
// fire that is no one who shoots ("from his own bench", "from critics").
func criticized(after []string) bool {
	if len(after) == 0 {
		return false
	}
	switch strings.Trim(after[0], ",.;:") {
	case "for", "over":
		return true
	case "from":
		rest := strings.Join(after[1:min(len(after), 5)], " ") + " "
		for _, w := range firers {
			if strings.HasPrefix(rest, w) || strings.Contains(rest, " "+w) {
				return false
			}
		}
		return true
	}
	return false
}

// isNounAfterAdjective reports whether folded word w, after an adjective
// "explosivo", can be the noun it qualifies rather than a word that makes
// "explosivo" a noun itself ("un explosivo en la puerta", "un explosivo
// lanzado", "an explosive device").
func isNounAfterAdjective(w string) bool {
	if w == "" || !isLetter(w[0]) || participle(w) {
		return false
	}
	switch w {
	case "de", "en", "que", "contra", "a", "al", "y", "o", "con", "se", "fue", "sobre", "frente", "cerca", "junto",
		"in", "at", "on", "that", "was", "device", "devices", "charge", "charges", "artefacto", "artefactos", "casero", "improvisado", "plastico":
		return false
	}
	return !strings.HasSuffix(w, "ed")
}

// fuelBlast reports whether folded sentence s tells a blast or a fire of
// fuel with no device, weapon or attacker named: an accident.
func fuelBlast(s string) bool {
	fuel := false
	for _, m := range []string{"gas", "pipa", "gasera", "combustible", "gas lp", "tanque", "cilindro", "caldera", "solvente", "solventes", "quimicos", "propane", "fuel", "tanker", "boiler"} {
		if wordIn(s, m) {
			fuel = true
			break
		}
	}
	if !fuel {
		return false
	}
	for _, m := range []string{"artefacto", "granada", "bomba", "bombas", "dron", "drones", "drone", "explosivos", "molotov", "lanzaron", "arrojaron", "lanzan", "arrojan", "armados", "armado", "sicarios", "comando", "atentado", "ataque", "attack", "grenade", "bomb", "device", "gunmen", "incendiaron", "incendian", "queman", "quemaron", "prendieron", "prenden", "prendieran", "prendiera", "rociaron", "rocian", "calcinada", "calcinado", "set fire", "torched"} {
		if wordIn(s, m) {
			return false
		}
	}
	return true
}

// foundDead reports whether folded sentence s tells only that someone was
// found dead: a finding or a body, and no weapon, wound, violence or
// killer ("localizan sin vida a mujer", "hallan cuerpo en predio"). Under
// an accident or a natural cause told elsewhere in the report, that is no
// crime.
func foundDead(s string) bool {
	find := false
	for _, m := range []string{"sin vida", "cuerpo", "cadaver", "muerto", "muerta", "fallecido", "fallecida", "found dead", "body", "dead"} {
		if wordIn(s, m) {
			find = true
			break
		}
	}
	if !find {
		return false
	}
	for _, m := range []string{"bala", "balazo", "balazos", "tiro", "tiros", "disparo", "disparos", "arma", "armas", "golpe", "golpes", "golpeado", "golpeada",
		"punal", "punaladas", "cuchillo", "cuchilladas", "tortura", "torturado", "torturada", "maniatado", "maniatada", "amarrado", "amarrada",
		"encobijado", "encobijada", "embolsado", "embolsada", "ejecutado", "ejecutada", "asesinado", "asesinada", "asesinato", "homicidio",
		"decapitado", "degollado", "estrangulado", "estrangulada", "asfixiado", "asfixiada", "violencia", "huellas", "fosa", "mensaje",
		"cabeza", "decapitado", "decapitada", "desmembrado", "desmembrada", "shot", "gunshot", "stabbed", "murdered", "killed", "beaten", "bound", "tortured", "grave", "head", "severed", "dismembered", "decapitated"} {
		if wordIn(s, m) {
			return false
		}
	}
	return true
}

// genericBare reports whether the cue at folded [at, end) of the sentence
// [lo, hi), a bare plural noun of a kind of crime, names the kind rather
// than acts: the subject that opens the sentence of a predicate in the
// present ("Masacres en Guanajuato se originan en puntos de venta",
// "Ejecuciones y robos azotan a la colonia"), or the object of "en"/"in"
// after a noun ("participación de menores en asesinatos"). With no time,
// toll or town it then reports no incident (anchored); a finite verb of
// an act in the sentence still does ("matan a dos").
func genericBare(f string, at, end, lo, hi int, lang string) bool {
	w := f[at:end]
	if strings.Contains(w, " ") || !crimePlural(w) {
		return false
	}
	var bb [6]string
	before := fieldsInto(bb[:0], f[max(at-12, lo):at])
	if len(before) > 0 {
		switch before[len(before)-1] {
		case "en", "in":
			return len(before) < 2 || !participle(before[len(before)-2])
		}
	}
	if lang != "es" || strings.Trim(f[lo:at], " \"'¡¿«“‘") != "" {
		return false
	}
	ce := hi
	if k := strings.IndexAny(f[end:hi], ",;:|"); k >= 0 {
		ce = end + k
	}
	var ab [10]string
	for i, t := range fieldsInto(ab[:0], f[end:min(ce, end+80)]) {
		if i >= 8 {
			break
		}
		t = strings.Trim(t, ".!?\"'")
		if len(t) >= 5 && (strings.HasSuffix(t, "an") || strings.HasSuffix(t, "en")) && !presentNoun(t) {
			return true
		}
	}
	return false
}

// presentNoun reports whether folded w, which ends like a Spanish verb in
// the present ("-an", "-en"), is a noun or a name instead.
func presentNoun(w string) bool {
	switch w {
	case "joven", "crimen", "origen", "orden", "imagen", "volumen", "resumen", "examen", "almacen", "desorden", "capitan", "sultan", "guzman", "yucatan", "michoacan", "tehuacan", "culiacan", "aztlan", "juchitan", "mazatlan", "tlatelolcan", "zacatlan", "ixtlan", "tecoman":
		return true
	}
	return false
}

// kindNouns are what a kind of act is called when a text characterizes it
// rather than tells it: "Secuestro de migrantes, un negocio
// multimillonario", "las fosas son un asunto aislado".
var kindNouns = []string{"crisis", "negocio", "problema", "pendiente", "delito", "prioridad", "preocupacion", "fenomeno", "flagelo", "asunto", "tema", "industria", "realidad", "pesadilla", "lastre", "cancer", "plaga", "epidemia", "herida", "deuda", "reto", "desafio", "business", "problem", "crisis", "phenomenon", "scourge", "industry", "epidemic", "plague"}

// characterized reports whether the cue at folded [at, end) of the
// sentence [lo, hi) is characterized as a kind, in apposition or by a
// copula ("Desapariciones forzadas, una crisis agravada por la
// impunidad", "las fosas son un asunto aislado", "kidnapping is a
// business"), or named as what a place is the capital of ("la capital de
// la extorsión, el secuestro").
func characterized(f string, at, end, lo, hi int) bool {
	// the list after "la capital de" runs on: "la capital de la
	// extorsión, el secuestro, la desaparición de migrantes"
	if w := f[max(at-80, lo):at]; strings.Contains(w, "capital ") && (strings.Contains(w, "capital de") || strings.Contains(w, "capital of")) && !anyByteOf(w[max(strings.Index(w, "capital"), 0):], ";:.") && !capitalOfPlace(w) {
		return true
	}
	var ab [14]string
	after := fieldsInto(ab[:0], f[end:min(end+60, hi)])
	// a kind noun in apposition right after the cue, with or without its
	// article: "Homicidios, el pendiente del gobierno", "El secuestro,
	// delito que más preocupa"
	// and one word that qualifies the cue may come before the comma
	// ("Secuestro exprés, el delito que más creció")
	if len(after) >= 2 && (after[0] == "," || strings.HasPrefix(after[0], ",") || len(after) >= 3 && len(after[0]) > 2 && strings.HasSuffix(after[0], ",") && isLetter(after[0][0])) {
		j := 0
		if after[0] == "," || !strings.HasPrefix(after[0], ",") {
			j = 1
		}
		w := strings.TrimLeft(after[j], ",")
		if (w == "el" || w == "la" || w == "los" || w == "las") && j+1 < len(after) {
			w = after[j+1]
		}
		if hasAnyPrefix(strings.Trim(w, ",.;:"), kindNouns...) {
			return true
		}
	}
	for i := 0; i+1 < len(after) && i < 6; i++ {
		w := after[i]
		if anyByteOf(w, ";:.") {
			return false
		}
		switch strings.TrimLeft(w, ",") {
		case "un", "una", "a", "an":
		default:
			continue
		}
		// the article opens an apposition after a comma, or follows a
		// copula
		appos := strings.HasPrefix(w, ",") || i > 0 && strings.HasSuffix(after[i-1], ",")
		cop := i > 0 && (after[i-1] == "es" || after[i-1] == "son" || after[i-1] == "is" || after[i-1] == "are" || after[i-1] == "sigue siendo")
		if !appos && !cop {
			continue
		}
		for j := i + 1; j < len(after) && j <= i+2; j++ {
			if hasAnyPrefix(strings.Trim(after[j], ",.;:"), kindNouns...) {
				return true
			}
		}
	}
	return false
}

// waveOf reports whether the cue c, a plural noun of a kind of crime, is
// counted as a wave ("ola de homicidios", "oleada de secuestros", "a wave
// of murders"): many acts over a period, a tally rather than one act.
func waveOf(f string, c cueHit, lo int) bool {
	if !crimePlural(f[c.fStart:c.fEnd]) {
		return false
	}
	var bb [8]string
	ws := fieldsInto(bb[:0], f[max(lo, c.fStart-40):c.fStart])
	for _, w := range ws[max(0, len(ws)-3):] {
		switch strings.Trim(w, "\"'“”‘’«»") {
		case "ola", "oleada", "escalada", "espiral", "wave", "spate", "spree", "string":
			return true
		}
	}
	return false
}

// mishapNoun reports whether folded cue w is a noun of a blast or a fire
// ("explosión", "incendio", "estallido", "blast"): at the head of a
// sentence it reads like a verb (verbLike) but tells no one's act, so an
// accident told beside it governs it; so are the wounded it leaves
// ("injured", "heridos").
func mishapNoun(w string) bool {
	switch w {
	case "explosion", "explosiones", "estallido", "estallidos", "incendio", "incendios", "blast", "blasts", "explosions", "fire", "fires", "blaze":
		return true
	case "injured", "wounded", "heridos", "lesionados":
		return true // a toll, which an accident has too
	}
	return false
}

// nameNouns are what a title or a brand in quotes names: the cue words
// inside ("el escape room 'El Secuestro'", "la serie 'Sangre y
// balas'", "the podcast 'Killers'") are a name, not an act.
var nameNouns = []string{
	"escape room", "podcast", "serie", "series", "pelicula", "cinta", "filme", "documental", "libro", "novela", "obra", "cancion", "corrido",
	"album", "disco", "videojuego", "juego", "app", "aplicacion", "marca", "restaurante", "bar", "cantina", "tienda", "negocio", "club",
	"grupo musical", "banda", "exposicion", "muestra", "programa", "show", "temporada", "episodio", "capitulo", "titulo", "titulado", "titulada", "llamado", "llamada", "denominado", "denominada",
	"film", "movie", "book", "novel", "song", "game", "video game", "brand", "restaurant", "store", "shop", "play", "show", "exhibition", "titled", "called", "named", "episode",
}

// quotedName reports whether the cue at folded [at, end) of the sentence
// [lo, hi) stands inside quotation marks that a name noun opens (see
// nameNouns): a title or a brand.
func quotedName(f string, at, end, lo, hi int) bool {
	if w := f[max(at-40, lo):at]; strings.IndexByte(w, '\'') < 0 && strings.IndexByte(w, '"') < 0 &&
		strings.IndexByte(w, 0xE2) < 0 && strings.IndexByte(w, 0xC2) < 0 {
		return false // no byte that begins a quotation mark below
	}
	open := -1
	for _, q := range []string{"'", "\"", "“", "‘", "«"} {
		if k := strings.LastIndex(f[max(at-40, lo):at], q); k >= 0 && max(at-40, lo)+k > open {
			open = max(at-40, lo) + k
		}
	}
	if open < 0 {
		return false
	}
	inner := f[open:at]
	// the quote must open right before the name's first word, and close
	// after the cue
	if strings.ContainsAny(inner[1:], "'\"“”‘’«»") {
		return false
	}
	if !strings.ContainsAny(f[end:min(end+40, hi)], "'\"”’»") {
		return false
	}
	before := strings.TrimRight(f[max(open-24, lo):open], " ")
	for _, n := range nameNouns {
		if strings.HasSuffix(before, n) && (len(before) == len(n) || !isWord(before[len(before)-len(n)-1])) {
			return true
		}
	}
	return false
}

// groupNouns are plural subjects that name a kind of perpetrator rather
// than the people of one act: "los cárteles", "grupos criminales",
// "gangs".
var groupNouns = []string{"carteles", "grupos", "sicarios", "pandillas", "bandas", "celulas", "criminales", "delincuentes", "narcos", "maras", "jovenes", "cartels", "gangs", "groups", "criminals", "traffickers", "smugglers"}

// habitual reports whether the violent verb at folded [at, end) of the
// sentence [lo, hi) tells what a kind of perpetrator does rather than an
// act: a present verb whose subject is a plural group with no number or
// place of an act ("los grupos criminales secuestran a migrantes", "los
// cárteles asesinan a quienes no pagan", "gangs often shoot rivals"), or a
// present verb in a "cuando"/"when" clause ("cuando un sicario mata"), or
// after "que más"/"que menos" ("el cártel que más asesina": a ranking).
// The object must be generic too: a bare plural or "a quienes"; "los
// sicarios asesinan a un comerciante" may be a headline of one act.
func habitual(f string, at, end, lo, hi int) bool {
	w := f[at:end]
	phrase := false
	if k := strings.IndexByte(w, ' '); k > 0 {
		// "cobran cuota a comerciantes": a phrase led by its plural
		// present verb
		phrase = true
		if w = w[:k]; !strings.HasSuffix(w, "an") && !strings.HasSuffix(w, "en") {
			return false
		}
	}
	if strings.Contains(w, " ") || !verbLike(f, at, at+len(w), lo) {
		return false
	}
	es := strings.HasSuffix(w, "an") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "a") || strings.HasSuffix(w, "e")
	en := !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !es
	if strings.HasSuffix(w, "aron") || strings.HasSuffix(w, "ieron") {
		return false
	}
	cs := lo
	if k := strings.LastIndexAny(f[lo:at], ",;:|"); k >= 0 {
		cs = lo + k + 1
	}
	var bb [16]string
	before := fieldsInto(bb[:0], f[max(cs, at-120):at])
	if len(before) == 0 {
		return false
	}
	if (before[0] == "cuando" || before[0] == "when" || before[0] == "whenever" || before[0] == "siempre que") && !strings.HasSuffix(w, "o") {
		// "cuando un sicario mata"; "cuando un sujeto entró y disparó"
		// tells the act
		return true
	}
	if n := len(before); n >= 2 && before[n-2] == "que" && (before[n-1] == "mas" || before[n-1] == "menos") {
		return true // "el cártel que más asesina": a ranking, no act
	}
	subject := false
	for i := len(before) - 1; i >= 0 && i >= len(before)-4; i-- {
		b := before[i]
		if hasAnyPrefix(b, groupNouns...) && strings.HasSuffix(b, "s") {
			// A Spanish headline drops its articles ("Sicarios asesinan a
			// policías" tells one act): the kind needs a determiner or
			// its adjective ("los sicarios", "grupos criminales").
			kind := en || i > 0 && (before[i-1] == "los" || before[i-1] == "las") ||
				i+1 < len(before) && (before[i+1] == "criminales" || before[i+1] == "delictivos" || before[i+1] == "del")
			if !kind {
				continue
			}
			if i > 0 {
				if _, ok := atoiDigits(before[i-1]); ok {
					return false // "tres sicarios matan": counted, one act
				}
				if n := numberWordBefore(f, cs+strings.Index(f[cs:at], b), cs); n > 0 {
					return false
				}
			}
			subject = true
			break
		}
	}
	if !subject {
		return false
	}
	var ab [10]string
	after := fieldsInto(ab[:0], f[end:min(end+40, hi)])
	if len(after) == 0 {
		return false
	}
	obj := after[0]
	if phrase && (obj == "por" || obj == "for") {
		return true // "los cárteles cobran cuota por el limón": what they charge for
	}
	if (obj == "a" || obj == "al") && len(after) > 1 && !en {
		obj = after[1]
	}
	if obj == "often" || obj == "routinely" || obj == "regularly" {
		if len(after) < 2 {
			return false
		}
		obj = after[1]
	}
	obj = strings.Trim(obj, ",.;:")
	switch obj {
	case "quienes", "quien", "whoever", "anyone", "those", "cualquiera", "todo", "todos":
		return true
	case "un", "una", "el", "la", "los", "las", "dos", "tres", "a", "an", "the", "two", "three":
		return false
	}
	return strings.HasSuffix(obj, "s") && len(obj) > 3
}

// agentlessFire reports whether folded sentence s tells a fire by its
// noun alone, with the firefighters or civil protection who answered it
// and no one who set it: "incendio en bodega moviliza a bomberos".
func agentlessFire(s string) bool {
	if !fireWords.in(s) || !fireNamed(s) {
		return false
	}
	return fireCrewWords.in(s) && !fireSetterWords.in(s)
}

// fireCrewWords name those who answer a fire, fireSetterWords those who
// set one or that it was set (agentlessFire).
var (
	fireCrewWords   = newNeedles("bombero", "proteccion civil", "firefighter", "fire department", "fire crews")
	fireSetterWords = newNeedles("provocado", "provocada", "intencional", "incendiaron", "incendian", "prendieron", "prenden", "prendieran", "prendiera", "quemaron", "queman", "rociaron", "molotov", "vandal", "arson", "set fire", "set on fire", "torched", "armados", "sicarios", "gunmen", "comando", "atacaron", "ataque")
)

// setFireWords tell a fire as set, anywhere in a report (mishapCause): a
// verb of setting one, a passive that burned something ("fueron
// incendiadas", "fue rociado con combustible"), an incendiary device.
// Words that a cause also says ("provocado por un cortocircuito") are
// not among them.
var setFireWords = newNeedles("incendiaron", "incendian", "prendieron fuego", "prendieran fuego", "prendiera fuego", "quemaron", "rociaron", "fue incendiad", "fueron incendiad", "fue rociad", "fueron rociad", "molotov",
	"set fire", "set on fire", "set ablaze", "set alight", "torched", "arson")

// fieldsInto appends to dst the space-separated words of s, as
// strings.Fields does, without allocating while dst has room: the rules
// of this file read a few words around every cue.
func fieldsInto(dst []string, s string) []string {
	for i := 0; i < len(s); {
		for i < len(s) && isBlank(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isBlank(s[j]) {
			j++
		}
		if j > i {
			dst = append(dst, s[i:j])
		}
		i = j
	}
	return dst
}

// kindOnly reports whether the cue that decided sentence s, a bare plural
// noun of a kind of crime with no count before it ("Homicidios, el reto
// del nuevo fiscal", "Feminicidios: ¿qué hacer?", "Aumento de
// extorsiones preocupa a comerciantes"), names the kind rather than acts:
// no verb of telling, finding or committing acts governs it ("Registran
// homicidios", "Colocan narcomantas", "Cometen asesinatos"). A headline
// that names no town, time or toll then reports no incident: its only
// eventive word is the kind.
//
// A place the gazetteer does not know, told after the noun ("Murders in
// the Obrera neighborhood", "Asesinatos en Tijuas"), still anchors it.
func kindOnly(t fold.Text, orig string, s *sentInfo) bool {
	f := t.Folded
	for _, h := range s.cues {
		if h.start != s.cuePos {
			continue
		}
		w := f[h.fStart:h.fEnd]
		if strings.Contains(w, " ") || !crimePlural(w) || strings.HasSuffix(w, "ous") {
			return false
		}
		var bb [12]string
		before := fieldsInto(bb[:0], f[max(h.fStart-90, s.fStart):h.fStart])
		for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
			// "dos homicidios", "15 asesinatos", "3 violent homicides":
			// acts counted
			last := strings.Trim(before[k], "\"'¡¿«“‘")
			if numberLike(last) || strings.Trim(last, "0123456789,.") == "" && last != "" {
				return false
			}
			switch last {
			case "varios", "varias", "unos", "unas", "otros", "otras", "mas", "nuevos", "nuevas", "several", "more", "new", "other":
				return false // "otros dos ataques", "nuevos enfrentamientos": acts told
			}
		}
		if at := t.Orig(h.fEnd); unknownPlace(orig[at:s.end], at, s.places) {
			return false
		}
		// The noun as the subject of a toll: "Enfrentamientos dejan
		// decenas de muertos", "Attacks leave three dead".
		var ab [8]string
		for _, a := range fieldsInto(ab[:0], f[h.fEnd:min(h.fEnd+60, s.fEnd)]) {
			if hasAnyPrefix(a, "dejan", "dejaron", "deja ", "cobran", "cobraron", "leave", "left", "kill") || a == "deja" {
				return false
			}
		}
		for _, b := range before {
			if actTeller(strings.Trim(b, "\"'¡¿«“‘,;:")) {
				return false
			}
		}
		return true
	}
	return false
}

// categoryCue reports whether the cue that decided sentence s is the
// plural name of a category of crime as statistics and policy name it
// ("homicidios", "feminicidios", "secuestros", "extorsiones",
// "desapariciones", "murders"), rather than a plural of events heard or
// seen ("balaceras", "enfrentamientos", "ataques"), which a town places.
func categoryCue(f string, s *sentInfo) bool {
	for _, h := range s.cues {
		if h.start != s.cuePos {
			continue
		}
		w := f[h.fStart:h.fEnd]
		return crimePlural(w) && hasAnyPrefix(w, "homicidio", "asesinato", "ejecucion", "feminicidio", "secuestro", "desaparicion", "multihomicidio", "extorsion",
			"homicide", "murder", "killing", "kidnapping", "abduction", "disappearance", "femicide", "feminicide")
	}
	return false
}

// kindLabel reports whether the cue that decided sentence s is the bare
// singular or plural name of a category of crime that opens the sentence
// as its label, before a colon ("Feminicidio: ¿qué dice la ley?").
func kindLabel(f string, s *sentInfo) bool {
	for _, h := range s.cues {
		if h.start != s.cuePos {
			continue
		}
		w := f[h.fStart:h.fEnd]
		if !hasAnyPrefix(w, "homicidio", "feminicidio", "secuestro", "desaparicion", "extorsion", "multihomicidio",
			"homicide", "murder", "kidnapping", "disappearance", "femicide", "feminicide", "extortion") {
			return false
		}
		if strings.Trim(f[s.fStart:h.fStart], " \"'¡¿«“‘") != "" {
			return false
		}
		label := strings.TrimSpace(f[h.fEnd:min(h.fEnd+24, s.fEnd)])
		if k := strings.IndexByte(label, ':'); k >= 0 {
			// at most one word qualifying the kind: "Desaparición forzada:"
			return len(strings.Fields(label[:k])) <= 1
		}
		return false
	}
	return false
}

// goingOn reports whether folded sentence s tells acts that go on or
// come again ("Siguen los asesinatos en Tecate", "Continúan ejecuciones
// en Tizayuca", "otra vez"): acts told, not a category named.
func goingOn(s string) bool {
	return goingOnWords.in(s)
}

// goingOnWords are the folded words of goingOn.
var goingOnWords = newNeedles("sigue", "siguen", "continua", "continuan", "no paran", "no para ", "no cesan", "no cesa ", "persiste", "otra vez", "de nuevo", "nuevamente",
	"se repiten", "una vez mas", "continue", "again", "keep ", "still")

// actTeller reports whether folded w is a verb that tells, finds or
// commits acts and so makes the plural kind noun after it acts told
// ("registran", "reportan", "hallan", "cometen", "colocan").
func actTeller(w string) bool {
	return hasAnyPrefix(w, "registr", "report", "hall", "encontr", "encuentr", "localiz", "descubr", "comet", "cometi", "perpetr", "coloc", "realiz",
		"dej", "abandon", "arroj", "ocurr", "hubo", "suscit", "desat", "provoc", "causan", "causaron", "dispar", "record", "logged", "reported", "found", "left", "committed", "carried", "there were") &&
		!hasAnyPrefix(w, "dejar", "realizar", "reportaje", "registro", "hallazgo", "disparidad")
}

// settlementNouns are the lower-case nouns of a settlement or a part of one
// after which unknownPlace reads a place.
var settlementNouns = newNeedles("neighborhood", "colonia", "city", "ciudad", "municipio", "municipality", "town", "fraccionamiento", "barrio")

// unknownPlace reports whether text, what follows a cue, names a place
// after "en" or "in": a capitalized word ("en Tijuas") or a neighbourhood,
// colonia or city ("in the Obrera neighborhood", "in the city").
//
// text starts at original offset at; a word inside a place of known (the
// places the gazetteer resolved) is no unknown place.
func unknownPlace(text string, at int, known []placeRef) bool {
	ws := strings.Fields(text)
	for i := 0; i+1 < len(ws); i++ {
		if w := strings.ToLower(ws[i]); w != "en" && w != "in" {
			continue
		}
		if k := strings.Index(text, ws[i]+" "+ws[i+1]); k >= 0 {
			pos := at + k + len(ws[i]) + 1
			if slices.ContainsFunc(known, func(p placeRef) bool { return pos >= p.start && pos < p.end }) {
				continue
			}
		}
		next := ws[i+1]
		switch strings.ToLower(next) {
		case "the", "la", "el", "los", "las":
			if i+2 < len(ws) {
				next = ws[i+2]
			}
		}
		if r := []rune(next); len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) && !hasAnyPrefix(strings.ToLower(next), "méxico", "mexico", "estados", "latin") {
			return true
		}
		if settlementNouns.in(strings.ToLower(strings.Join(ws[i+1:min(len(ws), i+5)], " "))) {
			return true
		}
	}
	return false
}

// perfectSum reports whether the cue at folded [at, end) of the sentence
// [lo, hi) is told in the Spanish present perfect of the plural ("han sido
// asesinados", "han asesinado a 120 mujeres", "hemos tenido secuestros")
// with no day told: a sum over a period that runs up to now, not an act of
// one day. The singular ("ha sido asesinado el alcalde") and English ("has
// been killed") often tell the day's news, and are not read so.
func perfectSum(f string, at, end, lo, hi int) bool {
	var bb [4]string
	before := fieldsInto(bb[:0], f[max(at-24, lo):at])
	n := len(before)
	if n > 0 && before[n-1] == "sido" {
		n--
	}
	if n == 0 {
		return false
	}
	switch before[n-1] {
	case "han", "hemos":
	default:
		return false
	}
	var wb [40]string
	for _, w := range fieldsInto(wb[:0], f[lo:hi]) {
		switch strings.Trim(w, ".,;:!?\"'") {
		case "hoy", "ayer", "anoche", "anteayer", "madrugada", "manana", "tarde", "noche", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "recien":
			return false
		}
	}
	return true
}

// kindSum reports whether the cue at folded [at, end) of the sentence
// [lo, hi), a bare singular category of crime after "de" or "por" ("las
// víctimas de secuestro sumaron 41", "las denuncias por extorsión
// ascendieron a 922"), is what a sum verb after it totals: a statistic.
func kindSum(f string, at, end, lo, hi int) bool {
	switch f[at:end] {
	case "homicidio", "homicidio doloso", "feminicidio", "secuestro", "desaparicion", "extorsion":
	default:
		return false
	}
	b := strings.TrimRight(f[max(at-5, lo):at], " ")
	if !strings.HasSuffix(b, " de") && !strings.HasSuffix(b, " por") {
		return false
	}
	// The verb may come before, elided after it: "sumaron 41, y las de
	// extorsión, 922".
	var ab [40]string
	for _, a := range fieldsInto(ab[:0], f[lo:min(end+60, hi)]) {
		if hasAnyPrefix(a, "sumaron", "suman", "sumo", "totalizaron", "ascendieron", "ascienden", "alcanzaron", "alcanzan") {
			return true
		}
	}
	return false
}

// searchNotice reports whether a report, its folded text f read in
// sentences sents, is a search notice for a missing person: an appeal to
// find someone ("solicita apoyo para localizar a", "ficha de búsqueda",
// "asked the public for help finding"), the notice's description or
// contact line ("vestía", "complexión", "was wearing", "cualquier
// información al", "anyone with information"), at least two sentences,
// and no sign of a crime (armed men, a kidnapping word, a ransom, threats,
// violence, a body). Such a notice is a bulletin, read as a disappearance,
// unless it tells its happy end or a search in nature or after an
// accident (noticeEnd).
func searchNotice(h *cueHits, title, f string, sents []sentInfo) bool {
	if len(sents) < 2 {
		return false
	}
	if !h.any(cueNoticeDesc, f, 0, len(f)) {
		return false
	}
	t := fold.String(title)
	if !h.any(cueNoticeAsk, f, 0, len(f)) && !noticeAppealIn.in(t) {
		return false
	}
	return !h.any(cueNoticeCrime, f, 0, len(f)) && !noticeCrimeIn.in(t)
}

// noticeAppealIn and noticeCrimeIn search a title for noticeAppeal and
// noticeCrime (the cue lists search the text).
var noticeAppealIn, noticeCrimeIn = newNeedles(noticeAppeal...), newNeedles(noticeCrime...)

// noticeDescription is a search notice's description of the person or its
// contact line; noticeAppeal its appeal (searchNotice).
var (
	noticeDescription = []string{"vestia", "viste ", "was wearing", "is wearing", "complexion", "tez ", "estatura", "metros de", "cabello",
		"senas particulares", "tatuaje", "tattoo", "cualquier informacion", "cualquier dato", "anyone with information", "comunicarse al",
		"call 911", "llamar al", "al 911", "al 089"}
	noticeAppeal = []string{"localizar a", "ayuda para localizar", "apoyo para localizar", "ficha de busqueda", "alerta amber",
		"has visto", "help finding", "help locating", "help to find", "help find", "help in finding", "have you seen", "paradero", "whereabouts"}
)

// noticeEnd are the words of a search notice that make it no
// disappearance: its happy end ("fue localizada sana y salva", "found
// safe") or a search in nature or after an accident ("arrastrado por la
// corriente", "no sign of foul play", a hiker).
var noticeEnd = []string{"fue localizad", "fueron localizad", "ya fue localizad", "fue encontrad", "fueron encontrad", "con bien", "sano y salvo",
	"sana y salva", "sanos y salvos", "found safe", "found alive", "found unharmed", "has been found", "have been found", "was found", "were found",
	"arrastrad", "corriente del rio", "ahog", "naufrag", "drown", "swept away", "rip current", "capsiz", "accidente", "accident",
	"foul play", "hiker", "senderista", "trail", "sendero", "derrumbe", "collapse", "huracan", "hurricane", "inundacion", "flood"}

// bulletinKidnapping makes inc, a missing-person bulletin's kidnapping,
// the disappearance of the person sought: one kidnapped unless the notice
// counts them, and no perpetrator (the office that asks for help, "Police
// asked the public for help finding", is no party to the act).
func bulletinKidnapping(inc *model.Incident) {
	if inc.Kidnapped == nil {
		inc.Kidnapped = &model.Count{N: 1}
	}
	inc.Actors = slices.DeleteFunc(inc.Actors, func(a model.Actor) bool { return a.Role == model.Perpetrator })
}

// noticeCrime are the signs of a crime that make a report more than a
// search notice (searchNotice).
var noticeCrime = []string{"armad", "privad", "levant", "secuestr", "plagi", "captor", "rescate", "sustraid", "a la fuerza",
	"se lo llevaron", "se la llevaron", "forzad", "forced", "abduct", "kidnap", "gunmen", "armed", "taken by", "violen",
	"amenaz", "threat", "extors", "dispar", "balazo", "shot", "cuerpo", "body", "sin vida", "dead", "fosa", "grave", "ransom",
	// taken by a force: a disappearance, whoever asks for help
	"detenid", "arrestad", "detained", "arrested", "custody", "custodia"}

// levelWords name the standing levels of a travel advisory, which a
// government reviews and reissues, not a warning about an event.
var levelWords = []string{"do not travel to", "reconsider travel", "exercise increased caution", "exercise normal precaution",
	"advisory level", "level 4", "level 3", "no changes to", "no viajar a", "reconsiderar viajar", "reconsidere viajar",
	"extremar precauciones al viajar", "nivel de alerta", "niveles de alerta", "nivel 4", "nivel 3", "sin cambios en"}

// standingWords, in a sentence about a travel advisory's level, tell it
// kept as it was ("the Do Not Travel advisory remains in place", "remains
// at Level 2", "was not changed", "has long been under a do not travel
// advisory"): no warning of an event, whatever level.
var standingWords = []string{"remains in place", "remain in place", "remains at level", "remain at level", "remains unchanged",
	"was not changed", "were not changed", "has long been under", "have long been under"}

// crimeReasons give crime as a kind, not an event, as the reason of an
// advisory: "due to crime and kidnapping", "por la delincuencia".
var crimeReasons = []string{"due to crime", "because of crime", "due to violent crime", "due to the risk of crime",
	"por la delincuencia", "por delincuencia", "debido a la delincuencia", "por la inseguridad", "debido a la inseguridad", "por el crimen"}

// standingAdvisory reports whether folded sentence s states the standing
// levels of a travel advisory ("Do not travel to Colima, Guerrero and
// Michoacán states due to crime and kidnapping", "Reissued with no changes
// to advisory levels") rather than warns of an event (a shelter in place,
// a Código Rojo, "avoid the area after reports of gunfire"): a level is
// no advisory incident, however many states it lists.
func standingAdvisory(s string) bool {
	if containsAny(s, standingWords...) && containsAny(s, "travel advisory", "do not travel", "level ") {
		return true
	}
	level := false
	for _, w := range levelWords {
		if strings.Contains(s, w) {
			level = true
			break
		}
	}
	if !level {
		return false
	}
	if strings.Contains(s, "no changes to") || strings.Contains(s, "sin cambios en") || strings.Contains(s, "advisory level") || strings.Contains(s, "niveles de alerta") {
		return true
	}
	for _, w := range crimeReasons {
		if strings.Contains(s, w) {
			return true
		}
	}
	return strings.Contains(s, "level 4") || strings.Contains(s, "level 3") || strings.Contains(s, "nivel 4") || strings.Contains(s, "nivel 3")
}

// recallWords, before an act noun and its article, make it an older act
// that the one reported brings to mind.
var recallWords = []string{"recuerda", "recuerdan", "recordo", "recordaron", "evoca", "evocan", "evoco", "rememora", "remite a",
	"similar a", "similar al", "similares a", "parecido a", "parecido al", "igual que", "como ocurrio con",
	"recalls", "recalled", "echoes", "echoed", "evokes", "evoked", "reminiscent of", "reminded residents of", "similar to", "like"}

// recalled reports whether the act noun at folded f[at:] is the object of
// a verb of recalling or a likeness ("El ataque recuerda la balacera de
// octubre pasado en Tulum", "similar a la emboscada de 2023", "recalls the
// massacre at a bar in ..."): an older act the new one brings to mind, told
// as background (gold labelling rules), not an act of the report. lo is
// the sentence's start.
func recalled(f string, at, lo int) bool {
	w := strings.TrimRight(f[max(lo, at-40):at], " ")
	for _, a := range []string{" la", " el", " los", " las", " a la", " al", " the", " a", " an", " that", " aquella", " aquel"} {
		if suffixed(w, a) {
			w = w[:len(w)-len(a)]
			break
		}
	}
	if w == strings.TrimRight(f[max(lo, at-40):at], " ") {
		return false // a bare noun ("like gunfire") is a manner, not an act recalled
	}
	for _, r := range recallWords {
		if n := len(w) - len(r); strings.HasSuffix(w, r) && (n == 0 || w[n-1] == ' ') {
			return true
		}
	}
	return false
}
