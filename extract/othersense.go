package extract

import (
	"slices"
	"strings"
)

// This file reads the forces' verbs in another sense that tells no act:
// "asegurar" as saying ("Aseguran comerciantes que las ventas bajaron",
// as the lexicon's ignored "asegura que", "asegura el ...") and a verb of
// arrest or capture with an animal or a thing for object ("Atrapan a
// cocodrilo", "Capturan imágenes del cometa", "Interceptan llamada").

// assuredSaying reports whether the cue at folded [at, end), a form of
// "asegurar", says something: a "que" follows within four words, none a
// number, a seized thing or "a" (a person taken: "aseguran a dos que
// portaban armas"). "Aseguran armas que ocultaban" keeps its seizure.
func assuredSaying(f string, at, end, hi int) bool {
	if !strings.HasPrefix(f[at:end], "asegur") || strings.IndexByte(f[at:end], ' ') >= 0 && !forceSubject(f[at:end]) {
		return false
	}
	var buf [8]string
	ws := appendFields(buf[:0], f[end:min(hi, end+80)], 8)
	for i := 0; i < len(ws) && i < 5; i++ {
		w := strings.TrimRight(ws[i], ".,;:!?\"'")
		if w == "que" {
			return true
		}
		if w == "a" || w == "al" {
			if n := addressee(ws[i+1:]); n > 0 {
				i += n // "Asegura la policía a la población que ...": told, not taken
				continue
			}
		}
		if i == 4 || w != ws[i] || w == "a" || w == "al" || strings.ContainsAny(w, "0123456789") || slices.Contains(seizedNouns, w) {
			return false
		}
	}
	return false
}

// forceSubject reports whether the folded cue w is "asegura" with its
// force after it (assuredByForce): what follows may still be a saying.
func forceSubject(w string) bool {
	return hasAnyPrefix(w, "asegura la ", "asegura el ", "aseguro la ", "aseguro el ")
}

// addressee returns how many of ws, the words after an "a" or "al", name
// the people a force tells something ("a la población", "a los vecinos",
// "al público"), not people it takes; 0 when they do not.
func addressee(ws []string) int {
	switch {
	case len(ws) > 1 && (ws[0] == "la" || ws[0] == "los" || ws[0] == "las") && slices.Contains(addressees, strings.TrimRight(ws[1], ".,;:")):
		return 2
	case len(ws) > 0 && slices.Contains(addressees, strings.TrimRight(ws[0], ".,;:")):
		return 1 // "al público"
	}
	return 0
}

// addressees are the folded nouns of people a statement is made to.
var addressees = []string{"poblacion", "ciudadania", "sociedad", "vecinos", "habitantes", "medios", "familias", "padres",
	"comerciantes", "turistas", "publico", "residentes", "colonos", "pobladores"}

// seizedNouns are the folded nouns of what the forces seize, that a
// relative "que" may follow ("aseguran droga que llevaban").
var seizedNouns = []string{"droga", "drogas", "arma", "armas", "armamento", "arsenal", "cartuchos", "cargadores", "municiones", "vehiculo", "vehiculos",
	"camioneta", "camionetas", "auto", "autos", "automovil", "tractocamion", "pipa", "pipas", "inmueble", "inmuebles", "casa", "predio", "predios",
	"cocaina", "marihuana", "metanfetamina", "fentanilo", "cristal", "heroina", "dinero", "combustible", "huachicol", "hidrocarburo", "litros", "kilos",
	"toneladas", "paquetes", "dosis", "envoltorios", "pastillas", "mercancia", "cargamento", "laboratorio", "narcolaboratorio", "explosivos", "granadas"}

// caughtThing reports whether the cue at folded [at, end), one word of
// arrest, capture or rescue, has an animal or a thing for object, after
// "a" or an indefinite article or none ("atrapan a cocodrilo", "capturan
// imágenes", "detienen obra del tren"); a rescue of bathers or hikers
// tells no crime ("Rescatan a bañistas"). Not a definite object with no
// "a" ("detienen el alza"): the force as the subject stands there as
// often ("Detiene la Marina a ...").
func caughtThing(f string, at, end, hi int) bool {
	cue := strings.TrimSuffix(f[at:end], " a")
	rescue := strings.HasPrefix(cue, "rescat")
	if strings.IndexByte(cue, ' ') >= 0 || !rescue && !hasAnyPrefix(cue, "atrap", "captur", "intercept", "detien", "detuv") {
		return false
	}
	if rescue {
		end = at + len(cue)
	}
	var buf [3]string
	ws := appendFields(buf[:0], f[end:min(hi, end+60)], 3)
	for i, w := range ws {
		w = strings.TrimRight(w, ".,;:!?\"'")
		switch w {
		case "a", "al", "un", "una", "unas", "unos": // not "el", "la": "Capturan a El Puma" is an alias
			if i < 2 {
				continue
			}
		case "en": // "capturan en video a un oso"; "capturan en Culiacán" names no thing
			if i == 0 {
				continue
			}
		case "el", "la", "los", "las": // "capturan el momento"; not an animal: "Capturan al Oso" may be an alias
			return i == 0 && len(ws) > 1 && slices.Contains(caughtMoments, strings.TrimRight(ws[1], ".,;:!?\"'"))
		}
		return slices.Contains(caughtThings, w)
	}
	return false
}

// caughtThings are the folded nouns of animals and things a verb of arrest
// or capture takes in another sense; not "gatos" nor "perros", a plaza's
// underlings in the slang ("detienen a gatos de la plaza").
var caughtThings = []string{"cocodrilo", "cocodrilos", "lagarto", "lagartos", "jaguar", "jaguares", "puma", "pumas", "oso", "osos", "coyote", "coyotes",
	"serpiente", "serpientes", "vibora", "viboras", "mapache", "tiburon", "venado", "aguila", "ejemplar", "ejemplares",
	"imagen", "imagenes", "momento", "momentos", "foto", "fotos", "fotografias", "video", "videos", "obra", "obras", "construccion", "proyecto",
	"llamada", "llamadas", "correos", "mensajes", "senal", "atencion", "esencia", "votos",
	"perrito", "perritos", "lomito", "lomitos", "gatito", "excursionistas", "banistas", "alpinistas", "senderistas", "escaladores", "nadadores", "surfistas", "buzos"}

// caughtMoments are the folded nouns of what a camera captures, that
// "capturan" takes after a definite article ("Capturan el momento en que
// ...").
var caughtMoments = []string{"momento", "momentos", "instante", "imagen", "imagenes", "video", "videos", "foto", "fotos"}

// outdoorPeople, the tail of caughtThings, are the folded nouns of people
// a rescue or a search after a mishap outdoors is for.
var outdoorPeople = caughtThings[len(caughtThings)-8:]

// strayParticiple reports whether the cue at folded [at, end), one word
// of participle form, has an animal or someone lost outdoors right before
// it for its subject ("perro extraviado", "perro atrapado en una
// alcantarilla", "excursionistas extraviados"): lost or stuck, no one
// taken or arrested; or people trapped in a mishap (trappedIn). Not an animal after "de", the complement of
// another noun ("distribuidor de pollo asesinado").
func strayParticiple(f string, at, end int) bool {
	w := f[at:end]
	if strings.IndexByte(w, ' ') >= 0 || !hasAnySuffix(w, "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas") {
		return false
	}
	var bb [2]string
	before := tailFields(bb[:0], f[max(0, at-32):at], 2)
	if len(before) == 0 || len(before) == 2 && (before[0] == "de" || before[0] == "del") {
		return false // "distribuidor de pollo asesinado": the animal is a person's trade
	}
	b := strings.Trim(before[len(before)-1], ".,;:\"'")
	return animalNoun(b) || slices.Contains(outdoorPeople, b) || trappedIn(f, at, end)
}

// trappedIn reports whether the cue at folded [at, end), a participle of
// "atrapar", tells people trapped in a mishap ("atrapados en un derrumbe",
// "atrapado en la mina", "atrapados bajo los escombros"), not caught.
func trappedIn(f string, at, end int) bool {
	if !strings.HasPrefix(f[at:end], "atrapad") {
		return false
	}
	var buf [3]string
	ws := appendFields(buf[:0], f[end:min(len(f), end+40)], 3)
	if len(ws) < 2 || ws[0] != "en" && ws[0] != "bajo" && ws[0] != "entre" {
		return false
	}
	w := ws[1]
	if len(ws) == 3 && (w == "el" || w == "la" || w == "los" || w == "las" || w == "un" || w == "una") {
		w = ws[2]
	}
	return hasAnyPrefix(strings.Trim(w, ".,;:"), "derrumbe", "mina", "escombro", "pozo", "elevador", "ascensor", "incendio", "socavon", "lodo", "cueva", "nieve", "inundacion", "barranca", "alcantarilla", "tuberia", "drenaje")
}

// recovering reports whether the operation cue at folded [at, end) is a
// victim recovering ("El otro se recupera", "se recupera en el hospital
// regional", "se recuperan de sus heridas"): the reflexive of the
// lexicon's "recupera", ending its sentence or followed by how or where
// one recovers, tells no recovery of goods and no act.
func recovering(f string, at, end, sEnd int) bool {
	if w := f[at:end]; w != "recupera" && w != "recuperan" || !strings.HasSuffix(f[:at], " se ") {
		return false
	}
	rest := strings.TrimLeft(f[end:sEnd], " ")
	if rest == "" || strings.ContainsAny(rest[:1], ".,;:") {
		return true
	}
	if hasAnyPrefix(rest, "favorablemente", "satisfactoriamente", "lentamente", "de sus heridas", "de su herida", "de las heridas", "de las lesiones", "de sus lesiones", "de la herida") {
		return true
	}
	for _, a := range []string{"en el ", "en un ", "en la ", "en una "} {
		if strings.HasPrefix(rest, a) && hasAnyPrefix(rest[len(a):], hospitalNouns...) {
			return true
		}
	}
	return false
}
