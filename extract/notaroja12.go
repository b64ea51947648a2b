package extract

import "strings"

// Lexicon families of branch ppd12: acts the nota roja tells in one line
// by their outcome rather than by a violent verb, found by writing the
// families in headlines before reading any coded row (probes:
// testdata/headlines_ppd12.tsv). Each form is listed with what makes it
// the act: a person after the verb of not appearing ("No aparece joven",
// not "no aparece en la lista"), a body after the verb of finding
// ("Ubican cuerpo", not "ubican la obra").

// missingPeople are the folded nouns, with or without an article, of the
// person a missing-person bulletin seeks.
var missingPeople = []string{"joven", "el joven", "la joven", "mujer", "una mujer", "hombre", "un hombre", "menor", "el menor", "la menor", "adolescente",
	"nino", "nina", "estudiante", "comerciante", "taxista", "maestro", "maestra", "jovenes", "los jovenes", "un joven", "una joven", "dos jovenes", "tres jovenes"}

// notSurvived returns a death told by the victim not surviving ("No
// sobrevive taxista baleado", "no logró sobrevivir"): the negation is the
// death, not a denial of the act the sentence tells.
func notSurvived() string {
	var b strings.Builder
	joinPats(&b, []string{"no sobrevive", "no sobrevivio", "no sobreviven", "no sobrevivieron", "no logra sobrevivir", "no logro sobrevivir", "no lograron sobrevivir"})
	return b.String()
}

// missingUnseen returns a disappearance told by a person who does not
// appear or whose trace was lost ("No aparece joven que salió a trabajar",
// "Se pierde el rastro de comerciante", "Tres días sin saber de joven")
// and by a baby or a child stolen
// ("Roban bebé de hospital"): a kidnapping by the gold README's
// missing-persons ruling. Not the search protocol set going ("activó el
// protocolo de búsqueda"): the prosecutor who sets it going would stand
// as the act's doer in an article (gold dev: one false actor).
func missingUnseen() string {
	var b strings.Builder
	joinPats(&b, []string{"no aparece", "no aparecen", "no ha aparecido", "no han aparecido", "sin aparecer"}, missingPeople)
	joinPats(&b, []string{"pierde", "pierden", "perdio", "perdieron", "perdido"}, []string{"el rastro de", "el rastro del", "la pista de", "la pista del"})
	joinPats(&b, []string{"sin saber de", "sin saber nada de", "sin noticias de", "no saben de", "no saben nada de"}, missingPeople)
	joinPats(&b, []string{"roban", "robaron", "roba", "robo", "sustraen"}, []string{"bebe", "a bebe", "un bebe", "a un bebe", "a una bebe", "recien nacido", "a recien nacido", "a un recien nacido", "a una recien nacida", "a un nino", "a una nina", "a un menor", "a una menor"})
	return b.String()
}

// bodyLocated returns a body found told by "ubicar" ("Ubican cuerpo en
// brecha de Navolato"), as the lexicon's "localizan cuerpo".
func bodyLocated() string {
	var b strings.Builder
	joinPats(&b, []string{"ubican", "ubicaron", "ubica", "ubico"}, []string{"cuerpo", "cadaver", "el cuerpo", "un cuerpo", "cuerpos", "dos cuerpos", "restos humanos", "osamenta", "sin vida a", "fosa", "fosa clandestina", "fosas clandestinas"})
	return b.String()
}

// bannerWarning returns a threat told in a banner to a people ("Advierten
// en manta a comerciantes", "amenazan en narcomantas a policías"); not a
// notice in a banner ("advierten en manta sobre el cierre de la calle"),
// which has no "a".
func bannerWarning() string {
	var b strings.Builder
	joinPats(&b, []string{"advierten", "advirtieron", "advierte", "advirtio", "amenazan", "amenazaron", "amenaza", "amenazo"},
		[]string{"en manta a", "en mantas a", "con manta a", "con mantas a", "en narcomanta a", "en narcomantas a", "mediante manta a", "mediante mantas a", "en cartulina a", "en cartulinas a"})
	return b.String()
}
