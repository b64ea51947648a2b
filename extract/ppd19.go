package extract

import "strings"

// Families of branch ppd19, found by writing headlines of each family in
// the register of regional outlets, and no-act look-alikes of each, before
// reading which the rules missed (probes: testdata/headlines_ppd19.tsv):
// an arrest told by where the one caught ends up ("Van presos por
// portación de arma"), people of whom no trace is left ("Sin rastro de
// cinco jóvenes"), a later step of the courts on people already held
// ("Imputan homicidio a detenido", "Extraditan a exjefe de sicarios
// detenido", "Liberan a detenido por falta de pruebas") unless an arrest
// comes with it ("Detienen e imputan a ..."), and people trapped by a
// mishap that rescuers free ("Rescatan a mineros atrapados en un pozo").

// custodyEnds returns an arrest told by where the one caught ends up:
// "Van presos por portación de arma", "Acaba en el bote por andar
// armado", "Lo meten preso por traer un arma". One who stays or has been
// held for years ("sigue preso", "lleva diez años preso") has no verb of
// going there and is no form of it.
func custodyEnds() string {
	var b strings.Builder
	joinPats(&b, []string{"va", "van", "fue", "fueron", "queda", "quedan", "quedo", "quedaron", "termina", "terminan", "termino", "terminaron", "acaba", "acaban", "acabo", "acabaron",
		"lo meten", "la meten", "los meten", "lo metieron", "la metieron", "los metieron", "fue a dar", "fueron a dar", "van a dar"},
		[]string{"preso", "presa", "presos", "presas", "al bote", "en el bote", "tras las rejas", "a la carcel", "en la carcel", "a los separos", "en los separos", "en barandilla", "a barandilla"})
	return b.String()
}

// traceGone returns people of whom no trace is left ("Sin rastro de cinco
// jóvenes en Jerez"): a person must follow, "sin rastro de lluvias" is
// none.
func traceGone() string {
	var b strings.Builder
	joinPats(&b, []string{"sin rastro de", "sin rastro del", "sin rastro de la", "sin rastro de los", "sin rastros de", "sin saber nada de", "sin noticias de"}, hl16People)
	return b.String()
}

// courtSteps19 are court and custody steps on people already held, the
// markers' clsCourt words ("vinculan a proceso", "sentencian") left out:
// a charge laid, an extradition, a release for want of evidence. The act
// they name is an old one.
const courtSteps19 = "imputan|imputaron|imputa a|imputo a|le imputan|les imputan|extraditan|extraditaron|extradita a|extradito a|extraditado|extraditada|extraditados|extraditadas|por falta de pruebas|falta de elementos|por insuficiencia de pruebas"

// trappedMishaps are people caught by a mishap, whom a rescue frees: a
// mine, a well, a collapse ("Rescatan a trabajadores atrapados en mina").
// "Atrapados en el fuego cruzado" is no mishap and is not among them.
func trappedMishaps() string {
	var b strings.Builder
	joinPats(&b, []string{"atrapado", "atrapada", "atrapados", "atrapadas"}, []string{"en"}, []string{"", "una", "la", "un", "el", "los", "las"},
		[]string{"mina", "pozo", "socavon", "derrumbe", "escombros", "elevador", "cueva", "lodo", "inundacion", "barranco", "barranca"})
	return b.String()
}

// chargedOnArrest reports whether the court word at folded offset at is
// joined by "y" or "e" to an arrest verb right before it ("Detienen e
// imputan a presunto secuestrador", "capturan y vinculan a proceso"): the
// arrest is the news and the charge its sequel, not an old act looked
// back on.
func chargedOnArrest(f string, at int) bool {
	var buf [2]string
	ws := tailFields(buf[:0], f[max(0, at-24):at], 2)
	return len(ws) == 2 && (ws[1] == "y" || ws[1] == "e") && arrestIn(ws[0])
}
