package extract

import (
	"testing"
	"time"
)

// TestHeadlinesLex10 reads testdata/headlines_lex10.tsv, Spanish headlines
// that put each act family's verbs in every inflection a headline uses,
// with non-acts of like wording. First seen with main a235855, before the
// rules of actforms.go: acts 12 of 67 found, 7 of their type; 25 of 25
// clean. The test keeps the floor the branch reached (67 in their state,
// 67 of their type, 25 clean).
func TestHeadlinesLex10(t *testing.T) {
	checkHeadlineFloors(t, "headlines_lex10.tsv", time.Date(2022, 8, 12, 12, 0, 0, 0, mexico), 67, 67, 25)
}

// TestActFormsPatterns checks the generated patterns hold the forms they
// are for and leave out the forms of another sense.
func TestActFormsPatterns(t *testing.T) {
	checkPatternRows(t, []patternRow{
		{attemptedActs(), "intentan balear a", true},
		{attemptedActs(), "trataron de ultimar a", true},
		{attemptedActs(), "para balear a", false},       // a purpose, anyone's
		{attemptedActs(), "quisieron rematar a", false}, // a striker's
		{attemptedTaking(), "intentan sustraer a", true},
		{attemptedBurning(), "intentan quemar una vivienda", true},
		{attemptedBurning(), "intentan quemar la grasa", false},
		{killedForms(), "victimaron", true},
		{killedForms(), "victima a", false}, // the noun "víctima"
		{killedForms(), "lo enfriaron", true},
		{killedForms(), "lo enfrian", false}, // a patient cooled
		{killedForms(), "remato a un", true},
		{takenForms(), "sustrajo a un", true},
		{takenForms(), "plagia a un", false}, // a copied author
		{safeHouseFound(), "ubican casa de seguridad", true},
		{burnedThings(), "calcinan camionetas", true},
		{burnedThings(), "calcinan a", false}, // a killing's
		{droneBombing(), "bombardean comunidad con drones", true},
		{threatenedForms(), "fue amenazada una", true},
		{threatenedForms(), "fue amenazada la", false}, // a species, a crop
		{killingNouns(), "parricidio*", true},
		{repelledForms(), "repelida", true},
		{forcesActs(), "incauto marina", true},
		{forcesActs(), "incauto", false}, // the adjective
		{forcesActs(), "derriban drones", true},
		{killedSlang(), "descabezan a un", true},
		{killedSlang(), "descabezan al", false}, // a cartel's leaders arrested
		{beatenSlang(), "tablean a", true},
		{beatenSlang(), "tableada", false}, // a pleated skirt
		{cuffedForms(), "esposan a", true},
		{takenForms(), "la raptan", true},
		{threatenedForms(), "lo amenazan", true},
		{rescuedPronoun(), "los rescatan", true},
		{recoveredBy(), "recuperados por la policia", true},
		{recoveredBy(), "recuperado", false}, // a patient's
		{takenForms(), "armados se llevan a", true},
		{takenForms(), "comando se llevo por la fuerza", true},
		{takenForms(), "se los llevaron a la fuerza", true},
		{takenForms(), "sustraen a", true},
		{takenForms(), "se llevan a la fuerza el", false}, // a team's win
		{takenForms(), "armados se llevan", false},        // a hold-up's loot
		{assuredByForce(), "asegura la marina", true},
		{assuredByForce(), "aseguro el ejercito", true},
		{assuredByForce(), "asegura el gobernador", false},
	})
}
