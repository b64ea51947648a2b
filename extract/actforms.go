package extract

import "strings"

// Lexicon families of branch lex10: the inflections of act verbs the
// lexicon held only some forms of, found by reading every form of each
// family (present and preterite, singular and plural; participles in four
// genders and numbers; the passive; the infinitive after an attempt) in a
// headline frame (probes: testdata/headlines_lex10.tsv, written before the
// rules). A form that is also a noun, an adjective or another sense of the
// verb is listed only with what makes it the act: its object ("victimó a"),
// a person's noun before it ("cuerpo destazado") or the weapon after it
// ("bombardean con drones").

// Infinitives of acts, folded, whose attempt tells an attack with its
// object after it ("Intentan balear a un taxista", "trataron de ultimar a
// un policía"): the kill and attack verbs of ppdact and the slang and
// regional ones of killing.
var attemptKillInfs = []string{"balear", "balacear", "tirotear", "rafaguear", "emboscar", "herir", "lesionar", "acuchillar", "apunalar", "machetear", "torturar",
	"ultimar", "ejecutar", "masacrar", "degollar", "decapitar", "estrangular", "ahorcar", "victimar", "ajusticiar", "acribillar", "plomear"}

// attemptedActs returns an attack told by an attempt at a killing or a
// wounding with its object after the bare infinitive ("Intentan ultimar a
// un taxista", "quisieron balear a dos policías"); not after "para" ("para
// matar a" is a purpose of anyone's, trained or alleged) nor a wish or a
// plan ("buscan", "planeaban": the hypothetical rules). Not "rematar": a
// striker's ("quisieron rematar a la defensa").
func attemptedActs() string {
	var b strings.Builder
	frames := attemptFrames[1:] // not "para"
	joinPats(&b, frames, attemptKillInfs, []string{"a"})
	return b.String()
}

// attemptedTaking returns a kidnapping told by its attempt ("Intentan
// plagiar a una joven", "trataron de sustraer a un menor").
func attemptedTaking() string {
	var b strings.Builder
	joinPats(&b, attemptFrames[1:], []string{"plagiar", "raptar", "sustraer", "privar de la libertad"}, []string{"a"})
	return b.String()
}

// attemptedBurning returns an arson told by its attempt with a building
// or a vehicle for object ("Intentan quemar una vivienda"; not "intentan
// quemar la grasa"); "incendi*" is the lexicon's already.
func attemptedBurning() string {
	var b strings.Builder
	joinPats(&b, attemptFrames[1:], []string{"quemar", "calcinar"}, []string{"un", "una", "el", "la", "los", "las", "su", "sus"}, burnable())
	return b.String()
}

// burnable are the folded nouns of what arson burns: buildings and the
// vehicles of roadVehicles.
func burnable() []string {
	return append([]string{"casa", "casas", "vivienda", "viviendas", "negocio", "negocios", "bar", "bares", "bodega", "bodegas", "tienda", "tiendas", "local", "oficinas", "patrulla", "patrullas", "coche", "coches"}, roadVehicles...)
}

// killedForms returns the killing verbs the lexicon held only some forms
// of: "victimar" (regional: "Victiman a un joven en ..."), its participles
// unambiguous; "descuartizar" and "destazar" with a person; "rematar" in
// the singular preterite with a person and the participle of shots; the
// slang of "enfriar" in the preterite with its object pronoun (the present
// cools a patient: "lo enfrían con hielo") and "dar cran".
func killedForms() string {
	var b strings.Builder
	joinPats(&b, []string{"victiman", "victimaron", "victimado", "victimada", "victimados", "victimadas", "victimo a"})
	joinPats(&b, []string{"descuartiz*"})
	joinPats(&b, []string{"destazan", "destazaron", "destaza", "destazo"}, []string{"a"})
	joinPats(&b, []string{"cuerpo", "cuerpos", "cadaver", "cadaveres", "hombre", "mujer", "joven"}, []string{"destazado", "destazada", "destazados", "destazadas"})
	joinPats(&b, []string{"remato"}, []string{"a un", "a una", "a su"})
	joinPats(&b, []string{"rematado", "rematada", "rematados", "rematadas"}, []string{"a balazos", "a tiros", "de un balazo", "de un tiro"})
	joinPats(&b, []string{"lo", "la", "los", "las"}, []string{"enfriaron", "enfrio"})
	joinPats(&b, []string{"le", "les", ""}, []string{"dan cran", "dieron cran", "dio cran"})
	return b.String()
}

// shotFull returns shots told as a body filled with lead ("Lo llenaron de
// plomo", as the lexicon's "bañan de plomo").
func shotFull() string {
	var b strings.Builder
	joinPats(&b, []string{"lo", "la", "los", "las"}, []string{"llenan", "llenaron", "lleno"}, []string{"de plomo", "de balas"})
	return b.String()
}

// takenForms returns the kidnapping verbs the lexicon held only some
// forms of: "sustraer" in the preterite with a person (not "plagia a un",
// a copied author's as often) and in the plural with "a" ("sustraen a
// maestro"), the present with an object pronoun ("La raptan en ..."), a
// person held in captivity, and people taken: by armed men with a person
// after ("hombres armados se llevan a cinco trabajadores", where
// "armados se llevan" alone is a hold-up) or by force ("se lo llevan por
// la fuerza de su casa", "fue sustraído por la fuerza de su domicilio",
// "la llevaron a la fuerza").
func takenForms() string {
	var b strings.Builder
	joinPats(&b, []string{"sustrajo", "sustrajeron", "sustrae"}, []string{"a un", "a una", "a dos", "a su", "a sus"})
	joinPats(&b, []string{"lo", "la", "los", "las"}, []string{"plagian", "raptan", "sustraen"})
	joinPats(&b, []string{"sustraen", "sustrajeron"}, []string{"a"})
	joinPats(&b, []string{"armado", "armados", "comando", "sicarios", "encapuchados"}, []string{"se lleva", "se llevo", "se llevan", "se llevaron"},
		[]string{"a", "al", "por la fuerza", "a la fuerza"})
	joinPats(&b, []string{"se lo", "se la", "se los", "se las"}, []string{"lleva", "llevo", "llevan", "llevaron"}, []string{"por la fuerza", "a la fuerza"})
	joinPats(&b, []string{"se"}, []string{"lleva", "llevo", "llevan", "llevaron"}, []string{"por la fuerza", "a la fuerza"}, []string{"a"})
	joinPats(&b, []string{"sustraido", "sustraida", "sustraidos", "sustraidas", "llevado", "llevada", "llevados", "llevadas"}, []string{"por la fuerza", "a la fuerza"})
	joinPats(&b, []string{"lo", "la", "los", "las"}, []string{"llevan", "llevaron", "llevo"}, []string{"por la fuerza", "a la fuerza"})
	joinPats(&b, []string{"lo", "la", "los", "las", "le", "les"}, []string{"mantenian", "mantuvieron", "tenian", "tuvieron"}, []string{"en cautiverio"})
	joinPats(&b, []string{"mantenido", "mantenida", "mantenidos", "mantenidas", "retenido", "retenida", "retenidos", "retenidas"}, []string{"en cautiverio"})
	return b.String()
}

// safeHouseFound returns a safe house found, searched or broken into by
// the forces ("Ubican casa de seguridad en ..."). Not "allanan": in
// Mexican outlets a home invasion's verb as often as a raid's ("Hombres
// armados allanan vivienda").
func safeHouseFound() string {
	var b strings.Builder
	joinPats(&b, []string{"ubican", "ubicaron", "localizan", "localizaron", "hallan", "hallaron", "encuentran", "encontraron", "descubren", "descubrieron", "aseguran", "aseguraron", "revientan", "reventaron", "desmantelan", "desmantelaron"},
		[]string{"casa de seguridad", "casas de seguridad", "una casa de seguridad", "dos casas de seguridad"})
	return b.String()
}

// burnedThings returns an arson told by "calcinar" with a vehicle or a
// building for object ("Calcinan camionetas en ..."; "calcinan a" is a
// killing's) and by what is left ("reducen a cenizas").
func burnedThings() string {
	var b strings.Builder
	joinPats(&b, []string{"calcinan", "calcinaron"}, []string{"", "un", "una", "dos", "tres", "varios", "varias"}, burnable())
	joinPats(&b, []string{"reducen", "redujeron", "reduce", "redujo", "reducido", "reducida", "reducidos", "reducidas"}, []string{"a cenizas"})
	return b.String()
}

// bodyBurned returns a body told as burned after the killing: the body,
// a possessive or an article before it, and the verb of burning it
// before or after ("his body set on fire", "set fire to the body",
// "prendieron fuego al cuerpo", "quemaron su cuerpo", "su cuerpo fue
// quemado").
func bodyBurned() string {
	var b strings.Builder
	bodies := []string{"his body", "her body", "the body", "their bodies", "the bodies", "body"}
	joinPats(&b, bodies, []string{"set on fire", "was set on fire", "were set on fire", "set ablaze", "was set ablaze", "set alight", "burned", "was burned", "burnt", "was burnt"})
	joinPats(&b, []string{"set fire to", "set on fire", "burned", "torched"}, bodies[:5])
	joinPats(&b, []string{"burned", "burnt"}, []string{"body", "bodies"})
	joinPats(&b, []string{"prendieron fuego al", "prendio fuego al"}, []string{"cuerpo"})
	joinPats(&b, []string{"prendieron fuego a", "prendio fuego a", "quemaron", "quemo", "incineraron", "calcinaron"}, []string{"su cuerpo", "sus cuerpos", "los cuerpos"})
	joinPats(&b, []string{"quemaron", "quemo", "incineraron", "calcinaron"}, []string{"el cuerpo"})
	joinPats(&b, []string{"el cuerpo", "su cuerpo", "los cuerpos", "sus cuerpos"}, []string{"fue quemado", "fueron quemados", "fue incinerado", "fueron incinerados"})
	return b.String()
}

// droneBombing returns explosives told by bombing with drones, its object
// between the verb and the weapon or none ("Bombardean comunidad con drones",
// "bombardearon con explosivos la cabecera").
func droneBombing() string {
	var b strings.Builder
	joinPats(&b, []string{"bombardean", "bombardearon", "bombardea", "bombardeo", "bombardeos", "bombardeada", "bombardeado", "bombardeadas", "bombardeados"},
		[]string{"", "comunidad", "comunidades", "la comunidad", "una comunidad", "poblado", "poblados", "el poblado", "casas", "viviendas", "a pobladores", "a la poblacion", "posiciones"},
		[]string{"con drones", "con dron", "con un dron", "con explosivos"})
	return b.String()
}

// threatenedForms returns a threat told in the passive with a person
// after it or a doer ("Fue amenazada una maestra en ...", "son amenazados
// por sujetos armados"; not a species or a crop: "fue amenazada la especie
// por la tala", nor the bare participle: "amenazado por la lluvia") and
// with an object pronoun ("Lo amenazan en ...").
func threatenedForms() string {
	var b strings.Builder
	joinPats(&b, []string{"es", "son", "fue", "fueron"}, []string{"amenazado", "amenazada", "amenazados", "amenazadas"},
		[]string{"un", "una", "dos", "tres", "por sujetos", "por un sujeto", "por hombres armados", "por sicarios", "por delincuentes", "con un arma", "con una pistola", "a punta"})
	joinPats(&b, []string{"lo", "la", "los", "las"}, []string{"amenazan", "amenazaron"})
	return b.String()
}

// rescuedPronoun returns a rescue told with an object pronoun ("Los
// rescatan en ...", as the lexicon's "rescatan a").
func rescuedPronoun() string {
	var b strings.Builder
	joinPats(&b, []string{"lo", "la", "los", "las"}, []string{"rescatan", "rescataron", "rescato"})
	return b.String()
}

// killingNouns returns the nouns of a killing by whom it kills ("Parricidio
// en ...", "infanticidio"), as the lexicon's "homicidio*" and
// "feminicidio*", and the firing squad's verb ("Fusilan a tres hombres").
func killingNouns() string {
	var b strings.Builder
	joinPats(&b, []string{"parricidio*", "infanticidio*", "filicidio*", "fratricidio*", "matricidio*", "uxoricidio*", "multihomicidio", "fusilan a", "fusilaron a", "fusilo a", "fusilado", "fusilada", "fusilados", "fusiladas"})
	return b.String()
}

// repelledForms returns a clash told by the participle of "repeler" ("Agresión
// repelida en ...", "fue repelida la agresión") and by soldiers and gunmen
// shooting at each other ("Se balean policías y sicarios").
func repelledForms() string {
	var b strings.Builder
	joinPats(&b, []string{"repelida", "repelidas", "repelido", "repelidos", "se balean", "se balearon"})
	return b.String()
}

// forcesActs returns a seizure or a drone brought down told by the verb
// before the force that did it ("Incautó Marina cocaína"; "incautó" alone
// is also the adjective "incauto") or by the drones for object ("Derriban
// drones en ...").
func forcesActs() string {
	var b strings.Builder
	joinPats(&b, []string{"incauto"}, []string{"", "la"}, []string{"marina", "semar", "sedena", "ejercito", "guardia nacional", "gn", "fgr", "fge", "policia", "sspc", "ssp"})
	joinPats(&b, []string{"derriban", "derribaron", "derriba", "derribo", "inhiben", "inhibieron", "neutralizan", "neutralizaron", "inhabilitan", "inhabilitaron"}, []string{"", "un", "dos", "tres"}, []string{"dron", "drones"})
	return b.String()
}

// killedSlang returns killings told by the nota roja's other verbs: a head
// cut off ("Descabezan a un hombre", "le mochan la cabeza"; not "descabezan
// al cártel", its leaders arrested), a body dissolved ("pozolean"), a
// person buried alive.
func killedSlang() string {
	var b strings.Builder
	joinPats(&b, []string{"descabezan", "descabezaron", "descabeza", "descabezo"}, []string{"a un", "a una", "a dos", "a tres", "a su"})
	joinPats(&b, []string{"cuerpo", "cuerpos", "cadaver", "cadaveres", "hombre", "hombres", "mujer", "mujeres", "joven", "jovenes"}, []string{"descabezado", "descabezada", "descabezados", "descabezadas"})
	joinPats(&b, []string{"", "le", "les"}, []string{"mochan", "mocharon", "mocho"}, []string{"la cabeza"})
	joinPats(&b, []string{"pozolean", "pozolearon", "pozoleado", "pozoleada", "pozoleados", "pozoleadas", "enterrado vivo", "enterrada viva", "enterrados vivos", "entierran vivo", "entierran viva", "enterraron vivo", "enterraron viva"})
	return b.String()
}

// beatenSlang returns attacks told by slang: a beating with boards
// ("Tablean a un joven"; not "falda tableada") and a stabbing ("Filerean a
// un joven").
func beatenSlang() string {
	var b strings.Builder
	joinPats(&b, []string{"tablean a", "tablearon a", "lo tablearon", "la tablearon", "los tablearon", "filerean", "filerearon", "fileraron", "filereado", "filereada", "filereados", "lo filerearon", "la filerearon"})
	return b.String()
}

// cuffedForms returns arrests told by the handcuffs ("Esposan a sujeto
// armado") and the slang "cachan a".
func cuffedForms() string {
	var b strings.Builder
	joinPats(&b, []string{"esposan a", "esposaron a", "lo esposan", "lo esposaron", "la esposaron", "los esposaron", "esposado", "esposada", "esposados", "esposadas", "cachan a"})
	return b.String()
}

// recoveredBy returns the passive of the lexicon's "recuperan" with the
// force after it ("Objetos robados son recuperados por la policía"); the
// bare participle is a patient's ("recuperado del covid").
func recoveredBy() string {
	var b strings.Builder
	joinPats(&b, []string{"recuperado", "recuperada", "recuperados", "recuperadas"}, []string{"por la policia", "por policias", "por elementos", "por agentes", "por la guardia nacional", "por militares", "por el ejercito", "por la marina", "por la ssp", "por la sspc", "por la fiscalia"})
	return b.String()
}

// assuredByForce returns "asegurar" in the third person singular with a
// force of the state for its subject ("Asegura la Marina dos toneladas de
// cocaína", "Asegura la Guardia Nacional a tres hombres armados"): a
// seizure or an arrest, where the lexicon ignores "asegura la" and
// "asegura el" before anyone else ("Asegura el gobernador que ...").
// What the force says ("Asegura la Sedena que no hubo enfrentamiento")
// is left to assuredSaying.
func assuredByForce() string {
	var b strings.Builder
	joinPats(&b, []string{"asegura", "aseguro"}, []string{"la", "el"}, []string{"marina", "semar", "sedena", "defensa", "armada",
		"guardia nacional", "gn", "guardia civil", "guardia estatal", "policia", "fuerza civil", "ssp", "sspc", "ssc", "sspe",
		"fge", "fgr", "fiscalia", "aic", "aei", "pdi", "ejercito", "secretaria de marina", "secretaria de seguridad"})
	return b.String()
}
