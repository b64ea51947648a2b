package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Places and times of the fuse13 near-miss tests (seats).
var (
	irapuato  = place{"11", "Guanajuato", "11017", "Irapuato", 20.671, -101.354}
	apartDay  = time.Date(2032, 5, 21, 0, 0, 0, 0, mexicoTZ) // a Friday
	apartPub  = apartDay.AddDate(0, 0, 1).Add(9 * time.Hour)
	apartNine = apartDay.Add(21 * time.Hour)
)

// TestNearMissesApart: two acts of one kind in one town the same night
// that differ in what both reports tell — the hour (both told to the
// hour or the minute, further apart than hoursApart allows), the
// premises of an attack on businesses — stay apart whatever order the
// reports arrive in; the same act told twice with those details alike
// joins, and so does one whose time is told from another act's.
func TestNearMissesApart(t *testing.T) {
	rep := func(id string, typ model.IncidentType, p place, at time.Time, prec model.TimePrecision, killed, injured int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, p, at, prec, apartPub, text), killed, injured, -1)
	}
	runOrders(t, []slipCase{
		{"two blockades of one town two hours apart", []Item{
			rep("a-0", model.Blockade, tlajomulco, apartNine, model.TimeHour, -1, -1,
				"Alrededor de las 21:00 horas, hombres armados atravesaron e incendiaron un tractocamión en la carretera a Chapala, en Tlajomulco."),
			rep("b-0", model.Blockade, tlajomulco, apartNine.Add(2*time.Hour), model.TimeHour, -1, -1,
				"Around 11 p.m., gunmen forced passengers off a bus and set it ablaze across the highway to Colima in Tlajomulco."),
			rep("c-0", model.Blockade, tlajomulco, apartNine.Add(10*time.Minute), model.TimeMinute, -1, -1,
				"A las 21:10 horas se reportó un tractocamión en llamas atravesado sobre la carretera a Chapala, Tlajomulco."),
		}, [][2]string{{"a-0", "c-0"}}, [][2]string{{"a-0", "b-0"}, {"b-0", "c-0"}}},
		{"a bar and a pharmacy attacked the same evening", []Item{
			rep("a-0", model.BusinessAttack, irapuato, apartDay.Add(20*time.Hour), model.TimeDay, -1, -1,
				"Hombres armados dispararon contra la fachada de un bar en la zona centro de Irapuato la noche del viernes; no hubo heridos."),
			rep("b-0", model.BusinessAttack, irapuato, apartDay.Add(20*time.Hour), model.TimeDay, -1, -1,
				"Gunmen shot up a pharmacy and a convenience store in Irapuato on Friday evening, police said."),
			rep("c-0", model.BusinessAttack, irapuato, apartDay.Add(20*time.Hour), model.TimeDay, -1, -1,
				"Armed men fired at the front of a bar in downtown Irapuato on Friday night; nobody was hurt."),
		}, [][2]string{{"a-0", "c-0"}}, [][2]string{{"a-0", "b-0"}, {"b-0", "c-0"}}},
		{"a time told from another act's", []Item{
			rep("b-0", model.Blockade, tlajomulco, apartNine.Add(2*time.Hour), model.TimeMinute, -1, -1,
				"BLOQUEO | Autobús incendiado sobre la autopista a Colima, Tlajomulco."),
			// A round-up that dates this blockade from an earlier one
			// (at 21:00): extraction gives it the earlier hour.
			rep("c-0", model.Blockade, tlajomulco, apartNine, model.TimeHour, -1, -1,
				"About two hours later, gunmen set a bus on fire across the highway to Colima, also in Tlajomulco."),
			// Another blockade told to the hour, after midnight: no
			// time told from another's, so apart.
			rep("d-0", model.Blockade, tlajomulco, apartNine.Add(4*time.Hour), model.TimeHour, -1, -1,
				"Cerca de la 01:00 horas, sujetos armados atravesaron una camioneta en llamas en el libramiento sur de Tlajomulco."),
		}, [][2]string{{"b-0", "c-0"}}, [][2]string{{"b-0", "d-0"}}},
	})
}

// TestNightPastMidnight: a night told as a day ("anoche", "late Friday")
// runs past midnight for a report that gives the act's clock time in the
// small hours, and a "madrugada" told as a day began the evening before;
// two nights told as days stay two days, and a clock time of the next
// morning stays apart.
func TestNightPastMidnight(t *testing.T) {
	rep := func(id string, at time.Time, prec model.TimePrecision, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], model.ArmedClash, culiacan, at, prec, apartPub.AddDate(0, 0, 1), text), 3, -1, -1)
	}
	saturday := apartDay.AddDate(0, 0, 1)
	runOrders(t, []slipCase{
		{"Friday night and half past one on Saturday", []Item{
			rep("a-0", apartDay.Add(22*time.Hour), model.TimeDay,
				"Three men were killed late Friday in a gunfight between armed groups in Culiacán's Aguaruto district."),
			rep("b-0", saturday.Add(90*time.Minute), model.TimeMinute,
				"A la 01:30 horas del sábado se registró un enfrentamiento en la sindicatura de Aguaruto, Culiacán, con saldo de tres muertos."),
			// The next night, and the next morning's clock time.
			rep("c-0", saturday.Add(22*time.Hour), model.TimeDay,
				"Otros tres hombres murieron la noche del sábado en un enfrentamiento en la colonia Bachigualato de Culiacán."),
			rep("d-0", saturday.Add(7*time.Hour), model.TimeMinute,
				"At 7 a.m. on Saturday soldiers clashed with gunmen on the road to Eldorado, south of Culiacán, killing three."),
		}, [][2]string{{"a-0", "b-0"}}, [][2]string{{"a-0", "c-0"}, {"a-0", "d-0"}, {"b-0", "c-0"}, {"b-0", "d-0"}}},
		{"a madrugada told as a day and Friday's late evening", []Item{
			rep("a-0", apartDay.Add(23*time.Hour+10*time.Minute), model.TimeMinute,
				"A las 23:10 horas del viernes, hombres armados y militares se enfrentaron en Aguaruto, Culiacán; murieron tres civiles armados."),
			rep("b-0", saturday.Add(3*time.Hour), model.TimeDay,
				"Three gunmen were killed overnight in a clash with soldiers in the Aguaruto district of Culiacán."),
		}, [][2]string{{"a-0", "b-0"}}, nil},
	})
}

// TestDroneAttackTold: an attack with drones that one outlet types as an
// explosive and another as an armed attack is one act when both name the
// drones and agree on the wounded and the place names; a shooting that
// wounded as many with no drone, and the drones on another hamlet with
// another count of wounded, stay apart from the explosion.
func TestDroneAttackTold(t *testing.T) {
	aguililla := place{"16", "Michoacán", "16001", "Aguililla", 18.734, -102.789}
	rep := func(id string, typ model.IncidentType, killed, injured int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, aguililla, apartDay.Add(9*time.Hour), model.TimeDay, apartPub, text), killed, injured, -1)
	}
	explosion := rep("a-0", model.Explosive, -1, 3,
		"AGUILILLA, Mich.- Un dron lanzó artefactos explosivos sobre viviendas de la comunidad de El Aguaje la mañana de este viernes; tres habitantes resultaron heridos.")
	runOrders(t, []slipCase{
		{"the drones, told as an explosion and as an attack", []Item{explosion,
			rep("b-0", model.ArmedAttack, -1, 3,
				"Gunmen attacked the hamlet of El Aguaje in Aguililla with explosive-laden drones on Friday morning, wounding three residents, local officials said."),
		}, [][2]string{{"a-0", "b-0"}}, nil},
		{"a shooting that wounded as many", []Item{explosion,
			rep("c-0", model.ArmedAttack, -1, 3,
				"Gunmen wounded three police officers at a checkpoint in Aguililla on Friday morning, officials said."),
		}, nil, [][2]string{{"a-0", "c-0"}}},
		{"the drones on another hamlet", []Item{explosion,
			rep("d-0", model.ArmedAttack, -1, 5,
				"Gunmen attacked the hamlet of Naranjo de Chila in Aguililla with drones on Friday, wounding five people."),
		}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}

// Places of the fuse13 dateline and state-name tests (seats).
var (
	tepalcatepec = place{"16", "Michoacán", "16089", "Tepalcatepec", 19.188, -102.849}
	mugica       = place{"16", "Michoacán", "16055", "Múgica", 19.013, -102.108}
	tierraBlanca = place{"30", "Veracruz", "30173", "Tierra Blanca", 18.448, -96.359}
	zacatecas    = place{"32", "Zacatecas", "32056", "Zacatecas", 22.770, -102.583}
	fresnillo    = place{"32", "Zacatecas", "32010", "Fresnillo", 23.174, -102.868}
)

// TestDatelineTown: a report whose dateline names a town and whose act
// extraction placed elsewhere, from a locality or a colonia it names (El
// Ceñidor placed in another municipality; "la colonia Tierra Blanca" read
// as Tierra Blanca, Veracruz), joins the reports placed in the dateline's
// town; a dateline report that names its own town as the place, and a
// report of the real Tierra Blanca, stay apart.
func TestDatelineTown(t *testing.T) {
	rep := func(id string, typ model.IncidentType, p place, killed, injured int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, p, apartDay.Add(9*time.Hour), model.TimeDay, apartPub, text), killed, injured, -1)
	}
	runOrders(t, []slipCase{
		{"a locality placed in another town", []Item{
			at(rep("a-0", model.ArmedAttack, mugica, -1, 2,
				"TEPALCATEPEC, Mich.- Dos elementos de la Guardia Civil resultaron heridos la mañana de este viernes cuando hombres armados atacaron un convoy en la comunidad de El Ceñidor, en este municipio."),
				"El Ceñidor", 19.05, -102.15),
			rep("b-0", model.ArmedAttack, tepalcatepec, -1, 2,
				"Gunmen wounded two state police officers on Friday morning in Tepalcatepec, in Michoacán's Tierra Caliente, officials said."),
			rep("c-0", model.ArmedAttack, apatzingan, -1, 1,
				"TEPALCATEPEC, Mich.- Por otra parte, en la ciudad de Apatzingán un hombre resultó herido de bala este viernes."),
		}, [][2]string{{"a-0", "b-0"}}, [][2]string{{"b-0", "c-0"}}},
		{"a colonia read as a town of another state", []Item{
			tolled(item("a-0", "a", "Diario a", model.ArmedAttack, tierraBlanca, apartDay.Add(21*time.Hour+30*time.Minute), model.TimeMinute, apartPub,
				"CULIACÁN, Sin.- Dos agentes de la Policía Estatal murieron alrededor de las 21:30 horas de este viernes en la colonia Tierra Blanca, al oriente de la ciudad."), 2, 1, -1),
			tolled(item("b-0", "b", "Diario b", model.ArmedClash, culiacan, apartDay.Add(22*time.Hour), model.TimeDay, apartPub,
				"Una balacera entre policías estatales y civiles armados dejó dos agentes muertos la noche de este viernes en Culiacán."), 2, -1, -1),
			tolled(item("c-0", "c", "Diario c", model.ArmedAttack, tierraBlanca, apartDay.Add(22*time.Hour), model.TimeDay, apartPub,
				"TIERRA BLANCA, Ver.- Dos hombres murieron la noche de este viernes en un ataque armado en el centro de Tierra Blanca."), 2, -1, -1),
		}, [][2]string{{"a-0", "b-0"}}, [][2]string{{"a-0", "c-0"}, {"b-0", "c-0"}}},
	})
}

// TestStateReadAsItsCapital: a headline that names the state whose
// capital bears its name ("in Zacatecas") is the state's, and joins the
// one act of the day in another town of the state; reports from the
// capital itself (its dateline, "la ciudad de Zacatecas") stay the
// city's: they join each other and stay apart from the other town's act.
func TestStateReadAsItsCapital(t *testing.T) {
	morning := apartDay.Add(8*time.Hour + 30*time.Minute)
	fresnilloAct := item("a-0", "a", "Diario a", model.Blockade, fresnillo, morning, model.TimeMinute, apartPub,
		"Cerca de las 08:30 horas, sujetos armados atravesaron dos camiones de carga en la carretera Fresnillo–Valparaíso y les prendieron fuego.")
	runOrders(t, []slipCase{
		{"the state named as its capital", []Item{fresnilloAct,
			item("b-0", "b", "Wire b", model.Blockade, zacatecas, time.Time{}, "", morning.Add(3*time.Hour),
				"Burning trucks block road to Valparaíso in Zacatecas"),
		}, [][2]string{{"a-0", "b-0"}}, nil},
		{"the capital's own reports", []Item{fresnilloAct,
			item("c-0", "c", "Diario c", model.Blockade, zacatecas, morning, model.TimeMinute, apartPub,
				"ZACATECAS, Zac.- Sujetos armados incendiaron un autobús en el bulevar López Portillo, en la colonia Centro, a las 08:30 horas."),
			item("d-0", "d", "Diario d", model.Blockade, zacatecas, morning, model.TimeDay, apartPub,
				"Un autobús fue incendiado esta mañana en el bulevar López Portillo de la ciudad de Zacatecas."),
		}, [][2]string{{"c-0", "d-0"}}, [][2]string{{"a-0", "c-0"}, {"a-0", "d-0"}}},
	})
}

// TestKilledInTheOperation: an operation whose toll extraction did not
// read but whose evidence tells the forces killed ("neutralized four
// armed civilians and arrested one more") is the clash others tell, not
// an arrest only; the arrests for an attack in which people died stay
// apart from it.
func TestKilledInTheOperation(t *testing.T) {
	dawn := apartDay.Add(6*time.Hour + 40*time.Minute)
	runOrders(t, []slipCase{
		{"neutralized and arrested", []Item{
			tolled(item("a-0", "a", "Diario a", model.SecurityOperation, fresnillo, dawn, model.TimeMinute, apartPub,
				"The Ministry of National Defense reports that at 06:40 hours this Friday, during an operation in Fresnillo, military personnel neutralized four armed civilians and arrested one more."), -1, -1, 1),
			tolled(item("b-0", "b", "Diario b", model.ArmedClash, fresnillo, dawn.Add(-40*time.Minute), model.TimeHour, apartPub,
				"A shootout between soldiers and gunmen in Fresnillo left five people dead shortly before 7 a.m. Friday, residents said."), 5, -1, -1),
			// The arrests for an attack in which police died: an
			// arrest only, apart from the clash.
			tolled(item("c-0", "c", "Diario c", model.SecurityOperation, fresnillo, apartDay.Add(12*time.Hour), model.TimeDay, apartPub,
				"Este viernes, militares detuvieron en Fresnillo a cinco personas por su probable participación en el ataque en el que murieron dos policías y cinco civiles armados fueron abatidos."), -1, -1, 5),
		}, [][2]string{{"a-0", "b-0"}}, [][2]string{{"b-0", "c-0"}}},
	})
}
