package extract

import (
	"testing"
	"time"
)

// TestHeadlinesPPD11 reads testdata/headlines_ppd11.tsv, Spanish headlines
// written from the act families of the nota roja and official bulletins
// before any coded row was read, with non-acts of like wording. First seen
// with main 37e3f2a, before the rules of notaroja.go (`atalaya eval`):
// acts 403 of 442 found, state right 396; 101 of 141 clean; with them
// (and othersense.go) 430, 421 and 123. The test keeps the floor the branch reached.
func TestHeadlinesPPD11(t *testing.T) {
	checkHeadlineFloors(t, "headlines_ppd11.tsv", time.Date(2022, 8, 12, 12, 0, 0, 0, mexico), 421, 421, 123)
}

// TestNotaRojaPatterns checks the generated patterns hold the forms they
// are for and leave out the forms of another sense.
func TestNotaRojaPatterns(t *testing.T) {
	checkPatternRows(t, []patternRow{
		{shotSlang(), "cuetearon a", true},
		{shotSlang(), "lo cuetearon", true},
		{shotSlang(), "le metieron un tiro", true},
		{shotSlang(), "pego un tiro", false}, // "se pegó un tiro": a suicide
		{shotSlang(), "disparaban contra", true},
		{bodyWrapped(), "encajuelan a", true},
		{bodyWrapped(), "los entambaron", true},
		{bodyWrapped(), "embolsan a", true},
		{bodyWrapped(), "lo embolsan", false}, // "se lo embolsan": money pocketed
		{bodyFound(), "cuerpo semidesnudo hallado", true},
		{bodyFound(), "flota cuerpo", true},
		{lifeCut(), "le truncan la vida", true},
		{missingBulletin(), "reportan como no localizada a", true},
		{missingBulletin(), "reportan no localizado", false}, // "... el camión de la basura"
		{missingBulletin(), "joven no localizado", true},
		{missingBulletin(), "personas no localizadas", false}, // a count
		{missingBulletin(), "no localizado", false},           // a negation of any finding
		{droppedByForces(), "dan de baja a un pistolero", true},
		{droppedByForces(), "dan de baja a", false}, // a dismissal: "dan de baja a 40 policías"
		{threatenedPeople(), "hostigan a pobladores", true},
		{threatenedPeople(), "intimidan a", false}, // "intimidan a fans los precios"
		{threatenedPeople(), "exigen cuota a", true},
		{threatenedPeople(), "aterrorizan a vecinos", true},
		{threatenedPeople(), "aterrorizan a los", false}, // "... niños las películas de miedo"
		{prisonRiot(), "motin en el penal", true},
		{prisonRiot(), "motin", false}, // "motín de regidores"
		{groupsClash(), "chocan grupos armados", true},
		{beatenPerson(), "tunden a un", true},
		{beatenPerson(), "tunden al", false}, // a figure: "tunden al gobernador en redes"
		{bulletinArrests(), "cumplimentan mandamiento judicial", true},
		{bulletinArrests(), "ponen a disposicion a", true},
		{bulletinArrests(), "ponen a disposicion de", false}, // a service offered
		{bulletinArrests(), "erradicacion de amapola", true},
		{searchersFind(), "colectivo localiza restos", true},
		{searchersFind(), "localiza restos", false}, // of a plane, of a mammoth
		{forcesDisarm(), "desarman a policias", true},
		{drugPoints(), "clausuran punto de venta de droga", true},
		{childTaken(), "menor sustraida", true},
		{childTaken(), "sustraida", false}, // "agua sustraída del río"
		{moneyDemanded(), "le exigen dinero para no", true},
		{moneyDemanded(), "le exigen dinero", false}, // "... al gobierno para obras"
		{groupsCombat(), "combates entre carteles", true},
		{groupsCombat(), "combaten", false}, // "combaten al crimen": a policy
	})
}
