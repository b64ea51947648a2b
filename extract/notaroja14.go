package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// Lexicon families of branch ppd14: killings and operations the nota
// roja tells by the victim left lying, finished off or killed by blows,
// by a body part found, by a head cut off, and a cache told by its
// participle; found by writing the families, and no-act look-alikes of
// each, in headlines before any coded row was read (probes:
// testdata/headlines_ppd14.tsv). Each form holds what makes it the act:
// a person after "rematar" ("Rematan a herido", not "rematan autos"),
// a body part after a finding verb.

// leftLying returns a killing told by the victim left lying ("Queda
// tendido hombre frente a su casa", "Lo dejaron tendido en la
// banqueta"); a fall or a crash that leaves someone lying is told with
// its accident words, which the mishap rules read.
func leftLying() string {
	var b strings.Builder
	joinPats(&b, []string{"queda", "quedo", "quedan", "quedaron", "yace", "yacia", "yacen"}, []string{"tendido", "tendida", "tendidos", "tendidas"})
	joinPats(&b, []string{"lo", "la", "los", "las"}, []string{"dejan", "dejaron", "dejo"}, []string{"tendido", "tendida", "tendidos", "tendidas"})
	joinPats(&b, []string{"dejan", "dejaron", "dejo"}, []string{"tendido a", "tendida a", "tendidos a"})
	return b.String()
}

// finishedOff returns a killing told by finishing a person off,
// liquidating one or, in slang, giving one "matarile" ("Rematan a herido
// dentro de ambulancia", "Liquidan a hombre en Poza Rica"), with a person for object: "rematan autos en
// subasta" is a sale, "liquidan a trabajadores" a payoff.
func finishedOff() string {
	var b strings.Builder
	people := []string{"hombre", "un hombre", "mujer", "una mujer", "joven", "un joven", "una joven", "sujeto", "un sujeto", "taxista", "un taxista", "comerciante", "un comerciante",
		"policia", "un policia", "expolicia", "un expolicia", "motociclista", "un motociclista", "repartidor", "un repartidor", "chofer", "un chofer"}
	joinPats(&b, []string{"rematan", "remataron", "remata", "remato"}, []string{"a"}, append(people, "herido", "un herido", "herida", "lesionado", "un lesionado", "su victima", "la victima"))
	joinPats(&b, []string{"liquidan", "liquidaron"}, []string{"a"}, people)
	joinPats(&b, []string{"le", "les"}, []string{"dan", "dieron", "dio"}, []string{"matarile a", "matarile"}) // slang: "Le dieron matarile a joven"
	return b.String()
}

// bodyParts returns a killing told by a part of a body found, left or
// thrown ("Hallan torso en lote baldío", "Localizan extremidades en
// bolsas"), by remains or a body that appear or are there at dawn
// ("Aparecen restos en canal", "Amanece cuerpo en la Central de
// Abasto"). Remains of an animal or of an era are no one's act
// (oldRemains).
func bodyParts() string {
	var b strings.Builder
	verbs := []string{"hallan", "hallaron", "localizan", "localizaron", "encuentran", "encontraron", "descubren", "descubrieron", "dejan", "dejaron", "abandonan", "abandonaron", "arrojan", "arrojaron", "tiran", "tiraron"}
	parts := []string{"torso", "un torso", "torsos", "extremidades", "extremidades humanas", "miembros humanos", "una pierna", "piernas", "un brazo", "brazos", "manos", "una mano"}
	joinPats(&b, verbs, parts)
	joinPats(&b, []string{"aparece", "aparecen", "aparecio", "aparecieron", "amanece", "amanecen", "amanecio", "amanecieron"},
		append(parts, "cuerpo", "un cuerpo", "cadaver", "un cadaver", "cuerpos", "restos", "restos humanos", "osamenta", "una osamenta", "cabeza", "una cabeza"))
	return b.String()
}

// beatenToDeath returns a killing told "a muerte" after a participle or a
// verb of blows, stabbing or stoning ("Picado a muerte en Neza",
// "Golpean a muerte a joven"); "condenado a muerte" is a sentence and no
// form of it is listed.
func beatenToDeath() string {
	var b strings.Builder
	var parts []string
	for _, stem := range []string{"picad", "golpead", "apunalad", "acuchillad", "apedread", "machetead", "patead", "navajead", "torturad", "tablead"} {
		parts = append(parts, stem+"o", stem+"a", stem+"os", stem+"as")
	}
	joinPats(&b, parts, []string{"a muerte"})
	joinPats(&b, []string{"golpean", "golpearon", "apunalan", "apunalaron", "apedrean", "apedrearon", "patean", "patearon", "tablean", "tablearon", "pican", "picaron"}, []string{"a muerte"})
	return b.String()
}

// headCut returns a beheading told by the head cut off a person ("Le
// cortan la cabeza a hombre"); with "a" only: "cortan la cabeza" alone
// is a dismissal as often.
func headCut() string {
	var b strings.Builder
	joinPats(&b, []string{"", "le", "les"}, []string{"cortan", "cortaron", "corta", "corto", "cercenan", "cercenaron"}, []string{"la cabeza a", "la cabeza al", "las cabezas a"})
	return b.String()
}

// cacheSeized returns a seizure told by the cache and its participle
// ("Arsenal asegurado en Cárdenas", "narcopista inhabilitada"), as the
// lexicon's "es asegurado" tells it in the passive.
func cacheSeized() string {
	var b strings.Builder
	joinPats(&b, []string{"arsenal", "armamento", "cargamento", "narcolaboratorio", "narcotunel", "laboratorio clandestino"},
		[]string{"asegurado", "decomisado", "incautado", "inhabilitado", "desmantelado", "localizado en", "hallado en"})
	joinPats(&b, []string{"droga", "narcopista", "pista clandestina", "narcotienda", "toma clandestina"},
		[]string{"asegurada", "decomisada", "incautada", "inhabilitada", "desmantelada"})
	return b.String()
}

// otherSense14 reports whether cue hit h (entry en) in folded f is a word
// of another sense that tells no act: a plural act noun after "sin"
// ("suman 15 días sin homicidios"; not a streak that ended: "se rompe
// racha sin homicidios"), a figure in social media ("Linchan
// en redes a diputada"), a body of water or a corps ("cuerpo de agua",
// "cuerpos de bomberos"), a freedom of speech ("privan de su libertad de
// expresión"), a useful life ("acaban con la vida útil del pavimento"), a
// find of an animal's or an era's remains ("Macabro hallazgo: restos de
// mamut"), a scuffle ("se agarran a golpes", "se agarran del chongo"),
// or an animal found dead ("tortuga muerta").
func otherSense14(f string, h hit, en entry) bool {
	w := f[h.fStart:h.fEnd]
	rest := f[h.fEnd:]
	if w == "" {
		return false
	}
	if wordPrefix(rest, " en redes") {
		return true // "Linchan en redes a diputada": a figure of speech
	}
	if en.typ == model.SecurityOperation {
		return strings.HasPrefix(w, "agarr") && strings.HasSuffix(f[:h.fStart], "se ")
	}
	// The last letter picks the readings a cue can have: one test per cue
	// before any scan.
	switch w[len(w)-1] {
	case 's':
		if strings.HasSuffix(w, "cuerpos") {
			return corps(rest)
		}
		if en.typ.Violent() && strings.IndexByte(w, ' ') < 0 && strings.HasSuffix(f[:h.fStart], " sin ") {
			// "Suman 15 días sin homicidios", "fin de semana sin
			// ejecutados": none happened; unless the streak ended ("Se
			// rompe racha sin homicidios"): then one did.
			return !endingWords.in(f[max(0, h.fStart-48):h.fStart])
		}
		return (w == "muertos" || w == "muertas") && animalBefore(f, h.fStart)
	case 'o':
		switch {
		case strings.HasSuffix(w, "cuerpo"):
			return corps(rest)
		case w == "muerto":
			return animalBefore(f, h.fStart)
		case strings.HasSuffix(w, "hallazgo") || strings.HasSuffix(w, "descubrimiento"):
			return oldAfter(f, h.fEnd)
		}
	case 'a':
		switch {
		case strings.HasSuffix(w, "vida"):
			return wordPrefix(rest, " util") || w == "sin vida" && animalBefore(f, h.fStart)
		case w == "muerta":
			return animalBefore(f, h.fStart)
		}
	case 'd':
		return strings.HasSuffix(w, "libertad") && (wordPrefix(rest, " de expresion") || wordPrefix(rest, " de prensa")) // "privan de su libertad de expresión"
	}
	return false
}

// endingWords tell that something ended or broke off (otherSense14).
var endingWords = newNeedles("romp", "termin", "acab", "duro ", "duraron", "se corta", "interrump")

// corps reports whether folded rest, what follows a "cuerpo" or
// "cuerpos", makes it water or a corps ("cuerpo de agua", "cuerpos de
// bomberos").
func corps(rest string) bool {
	return wordPrefix(rest, " de agua") || wordPrefix(rest, " de bomberos") || wordPrefix(rest, " de rescate") || wordPrefix(rest, " de emergencia")
}

// animalBefore reports whether the word before folded at names an animal
// ("tortuga muerta", "perro sin vida").
func animalBefore(f string, at int) bool {
	var bb [1]string
	before := tailFields(bb[:0], f[max(0, at-24):at], 1)
	return len(before) == 1 && animalNoun(strings.Trim(before[0], ".,;:\"'"))
}

// wordPrefix reports whether s begins with p and p ends a word there.
func wordPrefix(s, p string) bool {
	return strings.HasPrefix(s, p) && (len(s) == len(p) || !isLetter(s[len(p)]))
}

// bulletsHeard returns shootings told by the bullets of a night or a
// day ("Noche de balas en Fresnillo", "Lluvia de balas en Reynosa"), weak as the lexicon's
// violent-night summaries are: "balas de salva" is no form of it.
func bulletsHeard() string {
	var b strings.Builder
	joinPats(&b, []string{"noche", "madrugada", "tarde", "jornada", "lluvia", "rafagas"}, []string{"de balas", "de balazos", "de plomo"})
	return b.String()
}

// policeHunted returns attacks told by forces hunted down ("Cazan a
// policía en Celaya"): with a person of the forces for object; "cazan a
// venado" is the animal rules' other sense.
func policeHunted() string {
	var b strings.Builder
	joinPats(&b, []string{"cazan", "cazaron", "caza", "cazo"}, []string{"a"}, []string{"", "un", "dos", "tres", "otro"},
		[]string{"policia", "policias", "agente", "agentes", "militar", "militares", "soldado", "soldados", "custodio", "custodios", "guardia nacional", "elementos", "ministerial", "ministeriales", "mando policial", "mandos policiales", "expolicia", "expolicias"})
	return b.String()
}
