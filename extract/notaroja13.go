package extract

import (
	"slices"
	"strings"
)

// Lexicon families of branch ppd13: acts the nota roja tells by the
// victim's state at the hospital or at death rather than by a violent
// verb, and a disappearance told by the trace lost, found by writing the
// families in headlines before reading any coded row (probes:
// testdata/headlines_ppd13.tsv). Each form holds what makes it the act:
// the wound and a person ("Llega herido al hospital", "Fallece mujer
// herida"; not "llega al hospital para su cita", nor "fallece mujer").

// woundParticiples are the folded participles of a wound an attack
// leaves (not "golpeado", which a fall leaves too).
var woundParticiples = []string{"herido", "herida", "heridos", "heridas", "baleado", "baleada", "baleados", "baleadas", "lesionado por arma", "apunalado", "apunalada"}

// woundedArrival returns an attack told by the victim reaching a hospital
// or a first-aid post wounded ("Llega herido a hospital joven", "Llegó al
// hospital con serias heridas", "Ingresa baleado a la Cruz Roja") or found
// alive with wounds ("Hallan a muchacho con lesiones en el cuello").
func woundedArrival() string {
	var b strings.Builder
	arrive := []string{"llega", "llegan", "llego", "llegaron", "ingresa", "ingresan", "ingreso", "ingresaron", "arriba", "arriban", "arribo"}
	joinPats(&b, arrive, woundParticiples, []string{"a hospital", "al hospital", "a la cruz roja", "a clinica", "a una clinica", "a la clinica", "al seguro", "al imss"})
	joinPats(&b, arrive, []string{"al hospital", "a hospital", "a la cruz roja", "a una clinica", "a la clinica"}, []string{"con heridas", "con serias heridas", "con graves heridas", "con lesiones de bala", "con heridas de bala", "con heridas de arma", "con un balazo", "con balazos", "con disparos"})
	joinPats(&b, []string{"hallan", "hallaron", "localizan", "localizaron", "encuentran", "encontraron"}, []string{"a"}, missingPeople, []string{"con lesiones en", "con heridas de", "con heridas en", "con impactos de", "con balazos", "con disparos"})
	joinPats(&b, []string{"hallan", "hallaron", "localizan", "localizaron", "encuentran", "encontraron"}, []string{"a muchacho", "a un muchacho", "a una muchacha", "a muchacha"}, []string{"con lesiones en", "con heridas de", "con heridas en", "con impactos de", "con balazos", "con disparos"})
	return b.String()
}

// woundedDies returns a killing told by a wounded person's death ("Fallece
// mujer herida en bar", "Muere en el hospital joven baleado", "Pierde la
// vida hombre lesionado a balazos"): the death of a wound that an attack
// left; "fallece" alone is an illness's as often.
func woundedDies() string {
	var b strings.Builder
	die := []string{"fallece", "fallecen", "fallecio", "fallecieron", "muere", "mueren", "murio", "murieron", "pierde la vida", "perdio la vida"}
	joinPats(&b, die, []string{"", "en el hospital", "en hospital"}, missingPeople, woundParticiples)
	return b.String()
}

// traceLost returns a disappearance told by the trace of a person lost
// or not yet found ("Sin rastro de comerciante que salió de su casa",
// "siguen sin localizar a taxista"), as missingUnseen's "pierde el rastro
// de".
func traceLost() string {
	var b strings.Builder
	joinPats(&b, []string{"sin rastro de", "sin rastro del", "sin rastro de la", "sin rastros de", "ni rastro de", "sin pistas de", "sin pistas del", "sin localizar a", "sin localizar al", "sin localizar a la"}, missingPeople)
	// Branch ppd14: nothing known of the person ("Nada se sabe de joven
	// desde el viernes"; not "nada se sabe del proyecto") and the family
	// asking that the person be found ("Familia exige localizar a joven").
	joinPats(&b, []string{"nada se sabe de", "no se sabe nada de", "no se sabe de", "se desconoce el paradero de"}, missingPeople)
	joinPats(&b, []string{"exige", "exigen", "piden", "pide", "urgen", "urge"}, []string{"localizar a", "encontrar a", "buscar a"}, missingPeople)
	return b.String()
}

// fallHeights are the folded nouns of a height a person falls from.
var fallHeights = []string{"andamio", "techo", "azotea", "puente", "arbol", "escalera", "edificio", "balcon", "ventana", "barranco", "barranca", "caballo", "moto", "motocicleta", "bicicleta", "tirolesa", "cerro", "acantilado", "lo alto", "segundo piso", "tercer piso", "altura"}

// fallenFrom reports whether the cue at folded [at, end), a form of
// "caer" ("cae", "cayó"), is followed within four words by "de" or
// "desde" and a height ("Cae trabajador de un andamio y muere", "cayó
// desde el techo"): a fall, not an arrest.
func fallenFrom(f string, at, end int) bool {
	switch f[at:end] {
	case "cae", "caen", "cayo", "cayeron":
	default:
		return false
	}
	var buf [7]string
	ws := appendFields(buf[:0], f[end:min(len(f), end+60)], 7)
	for i, w := range ws {
		if i > 3 {
			break
		}
		if w != "de" && w != "desde" {
			continue
		}
		rest := ws[i+1:]
		if len(rest) > 0 && (rest[0] == "un" || rest[0] == "una" || rest[0] == "el" || rest[0] == "la" || rest[0] == "su") {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			return false
		}
		head := strings.Trim(rest[0], ".,;:!?\"'")
		if len(rest) > 1 {
			head2 := head + " " + strings.Trim(rest[1], ".,;:!?\"'")
			if slices.Contains(fallHeights, head2) {
				return true
			}
		}
		return slices.Contains(fallHeights, head)
	}
	return false
}

// bodyMarked returns a killing told by the body found with the marks of
// torture or wrapped ("Hallan a hombre con huellas de tortura", "hallan a
// mujer envuelta en una cobija", "Yacía con signos de tortura"), as the
// lexicon's "encobijado"; marks of violence only on a person found (a
// living victim beaten shows them too, but is not "hallado").
func bodyMarked() string {
	var b strings.Builder
	found := []string{"hallan", "hallaron", "localizan", "localizaron", "encuentran", "encontraron"}
	marks := []string{"con huellas de violencia", "con signos de violencia", "con huellas de tortura", "con signos de tortura"}
	wrapped := []string{"envuelto en", "envuelta en", "envueltos en", "envueltas en"}
	wraps := []string{"una cobija", "cobija", "cobijas", "una sabana", "sabanas", "una bolsa", "bolsas", "plastico", "un plastico", "una lona", "un costal", "costales"}
	joinPats(&b, found, []string{"a"}, missingPeople, marks)
	joinPats(&b, found, []string{"a"}, missingPeople, wrapped, wraps)
	joinPats(&b, []string{"cuerpo", "cadaver", "cuerpos", "cadaveres", "hombre", "mujer"}, wrapped, wraps)
	joinPats(&b, marks[2:])
	return b.String()
}

// routineOperations are the folded words after "operativo" that make it
// a routine deployment of traffic, holiday or event policing, not an
// operation against crime ("operativo vacacional", "operativo
// alcoholímetro").
var routineOperations = []string{"vacacional", "alcoholimetro", "vial", "de vialidad", "de transito", "de semana santa", "decembrino", "guadalupe", "guadalupe-reyes", "de verano", "invernal", "carrusel", "de seguridad vial", "de invierno", "de fiestas patrias", "navideno", "por el partido", "por partido"}

// routineOperation reports whether the cue at folded [at, end), an
// "operativo", is followed by a word of routine policing
// (routineOperations).
func routineOperation(f string, at, end int) bool {
	if !strings.HasPrefix(f[at:end], "operativo") {
		return false
	}
	rest := strings.TrimLeft(f[end:], " ")
	for _, w := range routineOperations {
		if wordPrefix(rest, w) {
			return true
		}
	}
	return false
}
