package extract

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/model"
)

// Lexicon families of branch ppdact: Spanish headline shapes whose act the
// lexicon did not read (probes: testdata/headlines_ppdact.tsv, written
// before the rules). Each is built from its parts with joinPats, so that
// every form meets every frame.

// pronouns are the object pronouns Spanish joins to an infinitive
// ("balearlo", "matarla", "dispararles").
var pronouns = []string{"lo", "la", "los", "las", "le", "les"}

// withPronouns returns each folded infinitive of infs with each object
// pronoun joined to it.
func withPronouns(infs ...string) []string {
	out := make([]string, 0, len(infs)*len(pronouns))
	for _, v := range infs {
		for _, p := range pronouns {
			out = append(out, v+p)
		}
	}
	return out
}

// The frames in which an infinitive with its pronoun tells an act that
// happened: after it ("tras balearlo", "al detenerlo", "hasta matarlo"),
// and the purpose or the attempt of a deed done ("persiguen a un joven para
// balearlo", "intentaron ejecutarlo"). Not the frames of a wish, an order
// or a plan ("buscan capturarlo", "ordenan detenerlo", "amenazan con
// matarlo": the hypothetical and threat rules read those).
var (
	afterFrames   = []string{"tras", "al", "hasta", "despues de", "luego de"}
	attemptFrames = []string{"para", "intentan", "intentaron", "intento", "intenta", "quisieron", "quiso", "trataron de", "trato de", "tratan de", "trata de"}
)

// Infinitives of acts, folded, by what they tell.
var (
	killInfs   = []string{"matar", "ejecutar", "ultimar", "degollar", "decapitar", "estrangular", "ahorcar", "masacrar", "linchar", "ajusticiar"}
	attackInfs = []string{"balear", "balacear", "tirotear", "rafaguear", "disparar", "atacar", "agredir", "emboscar", "herir", "lesionar", "acuchillar", "machetear", "torturar"}
	takeInfs   = []string{"plagiar", "raptar", "desaparecer"}
	arrestInfs = []string{"detener", "arrestar", "abatir"}
)

// killedAfter returns a killing told by an infinitive with its pronoun
// after "tras", "al", "hasta" ("tras ultimarlo lo tiran en una brecha").
func killedAfter() string {
	var b strings.Builder
	joinPats(&b, afterFrames, withPronouns(killInfs...))
	return b.String()
}

// attackedPronoun returns an attack told by an infinitive with its
// pronoun: of an attack's verb in any frame of a deed done, of a killing's
// verb as its purpose or its attempt ("irrumpen en su casa para matarlo",
// "intentaron ejecutarlo").
func attackedPronoun() string {
	var b strings.Builder
	joinPats(&b, append(append([]string(nil), afterFrames...), attemptFrames...), withPronouns(attackInfs...))
	joinPats(&b, attemptFrames, withPronouns(killInfs...))
	return b.String()
}

// takenPronoun returns a kidnapping told by an infinitive with its
// pronoun ("tras plagiarla", "lo sacan de su casa para plagiarlo").
func takenPronoun() string {
	var b strings.Builder
	joinPats(&b, append(append([]string(nil), afterFrames...), attemptFrames...), withPronouns(takeInfs...))
	return b.String()
}

// arrestedPronoun returns an arrest told by an infinitive with its
// pronoun after the deed ("al detenerlo le encuentran un arma", "tras
// arrestarlos les aseguran droga"); not its purpose or attempt, which a
// suspect may escape.
func arrestedPronoun() string {
	var b strings.Builder
	joinPats(&b, afterFrames, withPronouns(arrestInfs...))
	return b.String()
}

// lifeTaken returns a killing told by an idiom of a life cut short ("le
// segaron la vida", "cegaron la vida de", "le apagan la vida").
func lifeTaken() string {
	var b strings.Builder
	joinPats(&b, []string{"", "le", "les"}, []string{"siegan", "segaron", "siega", "sego", "ciegan", "cegaron", "cego", "apagan", "apagaron", "apago"}, []string{"la vida"})
	return b.String()
}

// violenceVictim returns a killing told as the violence claiming another
// life or victim ("Cobra otra vida la violencia en Salvatierra", "Un
// albañil, otra víctima de la violencia", "la nueva víctima de las
// balas"). Weak, as "cobra la vida": illness and accidents claim lives
// too, and the mishap rules read them so.
func violenceVictim() string {
	var b strings.Builder
	joinPats(&b, []string{"cobra", "cobran", "cobro", "cobraron"}, []string{"otra vida", "una vida mas", "otra victima"})
	joinPats(&b, []string{"otra", "nueva", "una nueva", "la nueva", "otra mas", "una victima mas"}, []string{"victima de la violencia", "victima de las balas", "victima del crimen"})
	return b.String()
}

// woundedFirst returns a person wounded told by the participle before
// its subject or with its gravity ("Resulta herido un taxista en ...",
// "Fue herido de gravedad un comerciante", "Herido de gravedad queda un
// hombre"), as "hombre herido en ..." already is; weak, so that the
// mishap rules keep an accident's wounded out.
func woundedFirst() string {
	var b strings.Builder
	parts := []string{"herido", "herida", "heridos", "heridas", "lesionado", "lesionada", "lesionados", "lesionadas"}
	joinPats(&b, []string{"resulta", "resulto", "resultan", "resultaron", "queda", "quedo", "quedan", "quedaron", "fue", "fueron", "es", "son"}, parts)
	joinPats(&b, parts, []string{"de gravedad"})
	joinPats(&b, []string{"mal"}, parts[:4])
	return b.String()
}

// woundNouns returns a wound told by the weapon's slang noun: a
// "plomazo" (a shot), a bullet's graze, a stab given ("le dan una
// puñalada", "de una puñalada"); not a bare "puñalada", a betrayal's
// figure as often ("una puñalada por la espalda").
func woundNouns() string {
	var b strings.Builder
	b.WriteString("plomazo|plomazos|rozon de bala|rozon de una bala|roce de bala")
	joinPats(&b, []string{"recibe", "recibio", "le dan", "le dieron", "le asestan", "le asestaron", "asestan", "asestaron"}, []string{"una punalada", "varias punaladas", "dos punaladas", "tres punaladas"})
	joinPats(&b, []string{"de una punalada", "de varias punaladas"})
	return b.String()
}

// woundedOnly reports whether sentence s (of folded text f) tells only a
// person wounded (woundedFirst's weak phrases, "queda herido"), with no act
// of anyone: in a report that tells an accident elsewhere ("choca contra
// camioneta ...; un adulto mayor queda herido") the wound is the
// accident's (mishapCause). Gunfire or armed doers named in the sentence
// make it an attack's.
func woundedOnly(f string, s *sentInfo) bool {
	if s.typ != model.ArmedAttack || len(s.cues) == 0 {
		return false
	}
	for _, c := range s.cues {
		if !woundCue(f, c) {
			return false
		}
	}
	for _, w := range strings.Fields(f[s.fStart:s.fEnd]) {
		if hasAnyPrefix(strings.Trim(w, ".,;:!?¡¿\"'()"), gunfireWords...) || doerWords[w] {
			return false // "fue herida por disparos hechos desde los cerros": an attack
		}
	}
	return true
}

// bannerLeft returns a banner or an animal's head left or shown as a
// threat ("Dejan manta frente a la comandancia", "Exhiben manta firmada
// por un cártel", "Tiran cabeza de puerco frente a la casa de un
// regidor"), as the lexicon's "cuelgan manta" and "aparece manta"; a
// banner of thanks, welcome or protest is none (benignBanner).
func bannerLeft() string {
	var b strings.Builder
	verbs := []string{"dejan", "dejaron", "deja", "dejo", "exhiben", "exhibieron", "tiran", "tiraron", "arrojan", "arrojaron", "abandonan", "abandonaron"}
	joinPats(&b, verbs, []string{"", "una", "dos", "tres", "varias"}, []string{"manta", "mantas"})
	joinPats(&b, verbs, []string{"", "una", "la"}, []string{"cabeza de cerdo", "cabeza de puerco", "cabeza de marrano", "cabeza de cochino"})
	return b.String()
}

// benignBanner reports whether the banner word ending at end in folded f
// is one of thanks, welcome, greeting or protest ("manta de
// agradecimiento", "mantas de bienvenida", "manta en protesta"): no
// threat.
func benignBanner(f string, end int) bool {
	rest := strings.TrimLeft(f[end:min(len(f), end+40)], " ")
	return hasAnyPrefix(rest, "de agradecimiento", "de bienvenida", "de felicitacion", "de apoyo", "de cumpleanos", "navidena", "publicitaria", "en protesta", "de protesta", "en apoyo", "para agradecer", "para felicitar")
}

// spikesStrewn returns tyre spikes strewn on a road ("Tiran ponchallantas
// en la carretera a San Fernando", "Siembran picos ponchallantas"): a
// road made impassable, as blockades are. Not spikes installed (a car
// park's).
func spikesStrewn() string {
	var b strings.Builder
	joinPats(&b, []string{"tiran", "tiraron", "siembran", "sembraron", "arrojan", "arrojaron", "esparcen", "esparcieron", "riegan", "regaron", "dejan", "dejaron"},
		[]string{"", "picos", "estrellas", "clavos"}, []string{"ponchallantas", "poncha llantas", "poncha-llantas", "ponchallanta"})
	joinPats(&b, []string{"ponchallantas", "poncha llantas"}, []string{"tirados", "tiradas", "sembrados", "regados"})
	return b.String()
}

// closedWithVehicles returns a blockade cue at a verb of closing whose
// road is closed "con" vehicles later in its clause ("Encapuchados
// cerraron el libramiento con dos autobuses", "cierran la carretera
// federal 15 con tráileres"): the words between keep vehiclesAcross's
// "cierran con camiones" from matching. A road word (clsRoad, clsStreet)
// stands between the verb and the vehicles; a sentence with a blockade
// cue of its own needs none.
func closedWithVehicles(f string, hits []hit, cues []cueHit, hi int) (cueHit, bool) {
	for _, c := range cues {
		if c.typ == model.Blockade {
			return cueHit{}, false
		}
	}
	for k, h := range hits {
		if _, ok := h.has(clsClosure); !ok {
			continue
		}
		switch f[h.fStart:h.fEnd] {
		case "cierran", "cerraron", "cierra", "cerro":
		default:
			continue
		}
		rest := f[h.fEnd:min(hi, h.fEnd+80)]
		if i := strings.IndexAny(rest, ",;:.("); i >= 0 {
			rest = rest[:i]
		}
		at := strings.Index(rest, " con ")
		if at < 0 {
			continue
		}
		road := false
		for _, o := range hits[k+1:] {
			if o.fStart >= h.fEnd+at {
				break
			}
			_, r := o.has(clsRoad)
			_, s := o.has(clsStreet)
			road = road || r || s
		}
		if !road {
			continue
		}
		ws := strings.Fields(rest[at+len(" con "):])
		for n := 0; n < 2 && len(ws) > 0; n++ {
			switch ws[0] {
			case "un", "una", "dos", "tres", "cuatro", "cinco", "varios", "varias", "sus", "los", "las":
				ws = ws[1:]
			}
		}
		if len(ws) > 0 && slices.Contains(roadVehicles, ws[0]) {
			return cueHit{typ: model.Blockade, weight: 0.8, fStart: h.fStart, fEnd: h.fEnd, start: h.start}, true
		}
	}
	return cueHit{}, false
}

// woundCue reports whether c is one of woundedFirst's weak phrases
// ("resulta herido", "heridos de gravedad").
func woundCue(f string, c cueHit) bool {
	w := f[c.fStart:c.fEnd]
	return c.typ == model.ArmedAttack && c.weight == 0.6 && (strings.Contains(w, "herid") || strings.Contains(w, "lesionad"))
}

// woundCues drops woundedFirst's phrases from the cues of a sentence of
// r unless r is a headline alone and the sentence has no other violent
// cue: in an article "dos policías resultaron heridos al intentar retirar
// el vehículo" is the toll of an act told beside it, which the toll rules
// give it, and beside another act's cue a wound is that act's.
func woundCues(f string, r model.Report, cues []cueHit) []cueHit {
	if !slices.ContainsFunc(cues, func(c cueHit) bool { return woundCue(f, c) }) {
		return cues
	}
	_, alone := headlineOnly(r)
	other := slices.ContainsFunc(cues, func(c cueHit) bool { return c.typ.Violent() && !woundCue(f, c) })
	if alone && !other {
		return cues
	}
	return slices.DeleteFunc(cues, func(c cueHit) bool { return woundCue(f, c) })
}

// cutOff returns a body part cut off someone, the nota roja's punishment
// of a thief ("Le cortan los dedos a un joven", "le cortaron una oreja"):
// not the light, the water or the hair.
func cutOff() string {
	var b strings.Builder
	joinPats(&b, []string{"le cortan", "le cortaron", "les cortan", "les cortaron", "le corto", "le mutilan", "le mutilaron", "le amputan", "le amputaron"},
		[]string{"la mano", "las manos", "los dedos", "un dedo", "dos dedos", "una oreja", "las orejas", "la lengua", "una mano", "un brazo", "el brazo"})
	return b.String()
}

// capturedFrom returns someone escaping or freed from their captors ("Mujer
// escapa de sus captores", "se libera de sus plagiarios"): a kidnapping
// told by its end.
func capturedFrom() string {
	var b strings.Builder
	joinPats(&b, []string{"escapa", "escapo", "escapan", "escaparon", "huye", "huyo", "se libera", "se libero", "se liberan", "logra escapar", "logro escapar", "logran escapar", "lograron escapar", "logra huir", "logro huir", "logran huir", "lograron huir", "se salva"},
		[]string{"de sus captores", "de su captor", "de sus plagiarios", "de su plagiario", "de sus secuestradores", "de su secuestrador"})
	return b.String()
}

// buriedFound returns a person found buried ("Hallan a una mujer enterrada
// en el patio", "localizan a dos hombres sepultados"): a body hidden, as
// the lexicon's "semienterrado". Not a burial ("fue sepultado el
// cronista") nor a thing found buried (a person noun follows the verb).
func buriedFound() string {
	var b strings.Builder
	finds := []string{"hallan a", "hallaron a", "localizan a", "localizaron a", "encuentran a", "encontraron a", "descubren a", "descubrieron a"}
	joinPats(&b, finds, []string{"un hombre", "una mujer", "una persona", "un joven", "una joven", "un menor", "una menor"}, []string{"enterrado", "enterrada", "sepultado", "sepultada"})
	joinPats(&b, finds, []string{"dos", "tres", "cuatro", "cinco", "varias"}, []string{"hombres", "mujeres", "personas", "jovenes"}, []string{"enterrados", "enterradas", "sepultados", "sepultadas"})
	return b.String()
}

// missingSought returns a missing person told by the search's passive
// with the day it began ("Joven de Salvatierra es buscado desde el
// sábado"; not "es buscado por los Tigres"), by the person not found
// ("no ha sido localizado un comerciante") or by no trace of someone ("sin
// rastro de un joven"): a disappearance, a kidnapping by the gold README's
// missing-persons ruling, as the lexicon's "paradero de" and "buscan a".
func missingSought() string {
	var b strings.Builder
	joinPats(&b, []string{"es", "son", "fue", "fueron", "sigue siendo", "siguen siendo"}, []string{"buscado", "buscada", "buscados", "buscadas"}, []string{"desde"})
	joinPats(&b, []string{"no ha sido", "no han sido", "aun no ha sido", "aun no han sido"}, []string{"localizado", "localizada", "localizados", "localizadas", "encontrado", "encontrada", "encontrados", "encontradas"},
		[]string{"un", "una", "el joven", "la joven", "el menor", "la menor", "dos", "tres"})
	joinPats(&b, []string{"sin rastro de", "sin rastro del", "sin rastros de"}, []string{"un", "una", "dos", "tres", "la joven", "el joven", "los jovenes", "la menor", "el menor"})
	return b.String()
}
