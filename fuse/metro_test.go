package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/extract/colonia"
	"github.com/atalaya/atalaya/model"
)

// Seats of the metropolitan-zone tests.
var (
	zapopan   = place{"14", "Jalisco", "14120", "Zapopan", 20.721, -103.392}
	poncitlan = place{"14", "Jalisco", "14066", "Poncitlán", 20.378, -102.925}
	guadalupe = place{"19", "Nuevo León", "19026", "Guadalupe", 25.677, -100.259}
	ecatepec  = place{"15", "Estado de México", "15033", "Ecatepec de Morelos", 19.601, -99.050}
	toluca    = place{"15", "Estado de México", "15106", "Toluca", 19.289, -99.655}
	cdmx      = place{state: "09", stateName: "Ciudad de México"}
)

// TestMetroCore: a wire that places an act in a metropolitan zone's core
// city, with nothing finer ("a bar in Guadalajara", a Monterrey
// dateline), tells the act a local report places in a suburb of the zone
// (Zapopan, Guadalupe) when both give its toll alike, in either language
// and order. Two acts stay apart: the city's report that names its own
// colonia or "el municipio de Monterrey", another toll, a town outside
// the zone.
func TestMetroCore(t *testing.T) {
	fri := nightDay.AddDate(0, 0, 1)
	pub := fri.AddDate(0, 0, 1).Add(9 * time.Hour)
	rep := func(id string, typ model.IncidentType, p place, killed, injured int, text string) Item {
		it := tolled(item(id, id[:1], "Diario "+id[:1], typ, p, p.midnight(fri), model.TimeDay, pub, text), killed, injured, -1)
		it.Incident.Location.Neighborhood = colonia.Of(it.Incident.Evidence) // as extraction reads it
		return it
	}
	wire := rep("a-0", model.ArmedAttack, guadalajara, 4, 2,
		"Gunmen opened fire inside a bar in Guadalajara late Friday, killing four people and wounding two, Jalisco state prosecutors said.")
	local := rep("b-0", model.ArmedAttack, zapopan, 4, 2,
		"ZAPOPAN, Jal.- Cuatro personas murieron y dos resultaron heridas la noche del viernes en un ataque armado contra un bar de la colonia Nuevo México.")
	cityColonia := rep("c-0", model.ArmedAttack, guadalajara, 4, 2,
		"Cuatro personas murieron y dos resultaron heridas la noche del viernes en un ataque armado contra un bar de la colonia Americana, en Guadalajara.")
	otherToll := rep("d-0", model.ArmedAttack, guadalajara, 1, -1,
		"A man was shot dead in Guadalajara late Friday, police said.")
	outside := rep("e-0", model.ArmedAttack, poncitlan, 4, 2,
		"Cuatro personas murieron y dos resultaron heridas la noche del viernes en un ataque armado contra un bar de Poncitlán.")
	mtyES := rep("f-0", model.Homicide, monterrey, 3, 2,
		"MONTERREY, NL.- Tres hombres fueron asesinados a balazos y dos más resultaron heridos la noche del viernes afuera de un taller mecánico, informó la Fiscalía.")
	gpeEN := rep("g-0", model.Homicide, guadalupe, 3, 2,
		"Three men were shot dead and two others wounded outside a car repair shop in Guadalupe, Nuevo León, on Friday night, state prosecutors said.")
	mtyMuni := rep("h-0", model.Homicide, monterrey, 3, 2,
		"Tres hombres fueron asesinados a balazos y dos más resultaron heridos la noche del viernes afuera de un taller mecánico en el municipio de Monterrey, informó la Fiscalía.")
	runOrders(t, []slipCase{
		{"a bar in Guadalajara, the bar of Zapopan", []Item{wire, local}, [][2]string{{"a-0", "b-0"}}, nil},
		{"the city's colonia", []Item{cityColonia, local}, nil, [][2]string{{"b-0", "c-0"}}},
		{"another toll in the city", []Item{otherToll, local}, nil, [][2]string{{"b-0", "d-0"}}},
		{"a town outside the zone", []Item{wire, outside}, nil, [][2]string{{"a-0", "e-0"}}},
		{"a Monterrey dateline, Guadalupe", []Item{mtyES, gpeEN}, [][2]string{{"f-0", "g-0"}}, nil},
		{"el municipio de Monterrey", []Item{mtyMuni, gpeEN}, nil, [][2]string{{"g-0", "h-0"}}},
	})
}

// TestMexicoCityOutskirts: a wire placed only in Mexico City ("on the
// northern outskirts of Mexico City") tells the act a local report places
// in Ecatepec, State of Mexico, a town of the Valle de México, when the
// evidence tells one act; another toll, or a town of the State of Mexico
// outside the zone (Toluca), stays apart.
func TestMexicoCityOutskirts(t *testing.T) {
	sat := nightDay.AddDate(0, 0, 2)
	pub := sat.AddDate(0, 0, 1).Add(9 * time.Hour)
	rep := func(id string, p place, killed, injured int, text string) Item {
		it := tolled(item(id, id[:1], "Diario "+id[:1], model.ArmedAttack, p, ecatepec.midnight(sat), model.TimeDay, pub, text), killed, injured, -1)
		it.Incident.Location.Neighborhood = colonia.Of(it.Incident.Evidence)
		return it
	}
	wire := rep("a-0", cdmx, 5, 2,
		"Gunmen killed five people and wounded two at a birthday party on the northern outskirts of Mexico City late Saturday, authorities said.")
	local := rep("b-0", ecatepec, 5, 2,
		"ECATEPEC, Méx.- Cinco personas fueron asesinadas a balazos y dos más resultaron heridas la noche del sábado durante una fiesta de cumpleaños en la colonia Jardines de Morelos.")
	one := rep("c-0", cdmx, 1, -1,
		"A man was shot dead in Mexico City late Saturday, police said.")
	away := rep("d-0", toluca, 5, 2,
		"TOLUCA, Méx.- Cinco personas fueron asesinadas a balazos y dos más resultaron heridas la noche del sábado durante una fiesta de cumpleaños en la colonia Seminario.")
	runOrders(t, []slipCase{
		{"the outskirts of Mexico City, Ecatepec", []Item{wire, local}, [][2]string{{"a-0", "b-0"}}, nil},
		{"another toll in Mexico City", []Item{one, local}, nil, [][2]string{{"b-0", "c-0"}}},
		{"a town outside the zone", []Item{wire, away}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}

// TestCoreStateAcross: a report placed only in the state of a
// metropolitan zone's core whose zone crosses a state line ("en
// Tamaulipas", "in Coahuila state") tells the act a local report places
// in a town of the zone across the line (Pueblo Viejo, Veracruz; Gómez
// Palacio, Durango) when the evidence tells one act; another toll, a
// town of the next state outside the zone (Tuxpan), or a state with no
// zone across its line (Nuevo León against Ramos Arizpe) stays apart.
func TestCoreStateAcross(t *testing.T) {
	var (
		tamps       = place{state: "28", stateName: "Tamaulipas"}
		coah        = place{state: "05", stateName: "Coahuila de Zaragoza"}
		nl          = place{state: "19", stateName: "Nuevo León"}
		puebloViejo = place{"30", "Veracruz", "30133", "Pueblo Viejo", 22.201, -97.841}
		tuxpan      = place{"30", "Veracruz", "30189", "Tuxpan", 20.956, -97.401}
		gomez       = place{"10", "Durango", "10007", "Gómez Palacio", 25.569, -103.500}
		ramos       = place{"05", "Coahuila de Zaragoza", "05027", "Ramos Arizpe", 25.539, -100.947}
	)
	tue := nightDay.AddDate(0, 0, 3)
	pub := tue.AddDate(0, 0, 1).Add(9 * time.Hour)
	rep := func(id string, p place, killed int, text string) Item {
		it := tolled(item(id, id[:1], "Diario "+id[:1], model.ArmedAttack, p, gomez.midnight(tue), model.TimeDay, pub, text), killed, -1, -1)
		it.Incident.Location.Neighborhood = colonia.Of(it.Incident.Evidence)
		return it
	}
	state := rep("a-0", tamps, 4,
		"Cuatro hombres fueron asesinados la noche del martes en un ataque armado contra un bar en Tamaulipas; un grupo de hombres armados abrió fuego contra los clientes.")
	local := rep("b-0", puebloViejo, 4,
		"PUEBLO VIEJO, Ver.- Cuatro hombres fueron asesinados a balazos la noche del martes dentro de un bar de la colonia Anáhuac; hombres armados abrieron fuego contra los clientes.")
	one := rep("c-0", tamps, 1,
		"Un hombre fue asesinado la noche del martes en Tamaulipas, informaron autoridades.")
	away := rep("d-0", tuxpan, 4,
		"TUXPAN, Ver.- Cuatro hombres fueron asesinados a balazos la noche del martes dentro de un bar de la colonia Centro; hombres armados abrieron fuego contra los clientes.")
	wire := rep("e-0", coah, 3,
		"Gunmen killed three men at a car wash in Coahuila state on Tuesday night, opening fire on the workers before fleeing.")
	lerdo := rep("f-0", gomez, 3,
		"Three men were shot dead at a car wash in Gómez Palacio, Durango, on Tuesday night when gunmen opened fire on the workers before fleeing.")
	nlWire := rep("g-0", nl, 3,
		"Gunmen killed three men at a car wash in Nuevo Leon state on Tuesday night, opening fire on the workers before fleeing.")
	ramosLocal := rep("h-0", ramos, 3,
		"Three men were shot dead at a car wash in Ramos Arizpe, Coahuila, on Tuesday night when gunmen opened fire on the workers before fleeing.")
	runOrders(t, []slipCase{
		{"en Tamaulipas, Pueblo Viejo", []Item{state, local}, [][2]string{{"a-0", "b-0"}}, nil},
		{"another toll in Tamaulipas", []Item{one, local}, nil, [][2]string{{"b-0", "c-0"}}},
		{"a town of Veracruz outside the zone", []Item{state, away}, nil, [][2]string{{"a-0", "d-0"}}},
		{"Coahuila state, Gómez Palacio", []Item{wire, lerdo}, [][2]string{{"e-0", "f-0"}}, nil},
		{"Nuevo León state, Ramos Arizpe", []Item{nlWire, ramosLocal}, nil, [][2]string{{"g-0", "h-0"}}},
	})
}
