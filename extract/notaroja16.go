package extract

import "strings"

// Lexicon families of branch hl16: acts the nota roja tells in slang or
// by what was done to the victim rather than by the common verbs, found
// by writing the families, and no-act look-alikes of each, in headlines
// before reading any coded row (probes: testdata/headlines_hl16.tsv).
// Each form holds what makes it the act: a person after the slang verb
// ("Truenan a joven", not "truenan cohetes"; "Silencian a periodista", not
// "silencian a la oposición"), a person taken from a home
// ("Sacan a hombre de su domicilio", not "sacan a relucir").

// hl16People are the folded nouns, with their articles, of the person a
// slang killing or a taking names.
var hl16People = append([]string{"un hombre", "una mujer", "un joven", "una joven", "un taxista", "un comerciante", "policia", "un policia",
	"agente", "un agente", "motociclista", "un motociclista", "repartidor", "un repartidor", "chofer", "un chofer", "sujeto", "un sujeto",
	"dos", "tres", "cuatro", "cinco", "dos hombres", "tres hombres", "empresario", "un empresario", "albanil", "un albanil", "campesino", "un campesino", "mototaxista"}, missingPeople...)

// slangKilled returns killings told in the slang of the nota roja:
// "tronar" a person ("Truenan a joven en Coatzacoalcos"), "venadear"
// (shot from ambush, as deer are: "Lo venadean en Capácuaro"), "dar
// cuello" ("Le dan cuello a hombre"), a victim left "como coladera",
// a life "tumbada" or "apagada", a person "troncado" or sent "al otro
// mundo", accounts settled with a person, a journalist or an activist
// silenced ("Silencian a periodista en Salvatierra").
// "Truenan cohetes" has no person after "a" and is no form of it.
func slangKilled() string {
	var b strings.Builder
	joinPats(&b, []string{"truenan", "tronaron", "trueno", "trono"}, []string{"a"}, hl16People)
	joinPats(&b, []string{"venadean", "venadearon", "venadea", "venadeo", "venadeado", "venadeada", "venadeados"})
	joinPats(&b, []string{"le", "les", ""}, []string{"dan", "dieron", "dio", "da"}, []string{"cuello a", "cuello al"})
	joinPats(&b, []string{"como coladera"})
	joinPats(&b, []string{"tumban", "tumbaron", "apagan", "apagaron"}, []string{"la vida a", "la vida al"})
	joinPats(&b, []string{"troncan", "troncaron", "tronchan", "troncharon"}, []string{"a"}, hl16People)
	joinPats(&b, []string{"mandan", "mandaron", "manda", "mando", "lo mandan", "lo mandaron", "la mandaron", "los mandaron"}, []string{"al otro mundo", "al otro barrio"})
	joinPats(&b, []string{"ajustan cuentas a", "ajustaron cuentas a", "le ajustan cuentas", "le ajustaron cuentas", "callan para siempre a", "callaron para siempre a"})
	joinPats(&b, []string{"silencian a", "silenciaron a"}, []string{"periodista", "un periodista", "activista", "un activista", "defensor", "un defensor", "defensora", "una defensora", "lider", "un lider", "reportero", "un reportero"})
	return b.String()
}

// bulletsSprayed returns shootings told by the bullets a target received
// ("Rocían de balas negocio en Zamora", "Patrulla recibe impactos en
// Reynosa"): the lexicon's "impactos de bala" needs the bullet named.
func bulletsSprayed() string {
	var b strings.Builder
	joinPats(&b, []string{"rocian", "rociaron", "rocia", "rocio", "rociada", "rociado"}, []string{"de balas", "a balazos", "a tiros"})
	joinPats(&b, []string{"recibe", "recibio", "reciben", "recibieron"}, []string{"impactos", "varios impactos", "multiples impactos", "disparos"})
	return b.String()
}

// takenFromHome returns a kidnapping told by a person taken out of a home
// or a shop ("Sacan a hombre de su domicilio en Hermosillo"), a ransom
// asked for a person ("Piden rescate por maestro") or a whereabouts
// unknown ("desconocen su paradero"); "sacan a relucir" has no person and
// a home after it.
func takenFromHome() string {
	var b strings.Builder
	joinPats(&b, []string{"sacan", "sacaron", "saca", "saco"}, []string{"a"}, hl16People, []string{"de su domicilio", "de su casa", "de su negocio", "de su vivienda", "de su hogar"})
	joinPats(&b, []string{"sacan", "sacaron"}, []string{"de su domicilio a", "de su casa a", "de su negocio a", "de su vivienda a", "de su hogar a"})
	joinPats(&b, []string{"piden", "pidieron", "pide", "pidio", "exigen", "exigieron", "exige", "exigio"}, []string{"rescate por", "rescate para liberar a", "rescate a familia", "rescate a la familia"})
	joinPats(&b, []string{"desconocen", "se desconoce", "desconoce"}, []string{"su paradero"})
	return b.String()
}

// bodyLeftIn returns a killing told by a body and what it was left in
// ("Veracruz: cuerpo en costal en Boca del Río", "cadáver en una
// hielera") or by bodies counted and left ("Dejan 5 cuerpos en la
// carretera"): the lexicon's finding verbs take one body with no count.
func bodyLeftIn() string {
	var b strings.Builder
	joinPats(&b, []string{"cuerpo", "un cuerpo", "cuerpos", "cadaver", "un cadaver", "cadaveres"},
		[]string{"en costal", "en un costal", "en costales", "en bolsa", "en una bolsa", "en bolsas", "en cobija", "en una cobija", "en cobijas", "en tambo", "en un tambo", "en maleta", "en una maleta", "en hielera", "en una hielera"})
	joinPats(&b, []string{"dejan", "dejaron", "abandonan", "abandonaron", "tiran", "tiraron", "arrojan", "arrojaron"},
		[]string{"2", "3", "4", "5", "6", "7", "8", "9", "10", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"}, []string{"cuerpos", "cadaveres"})
	return b.String()
}
