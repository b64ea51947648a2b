package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Places and days of the tie tests.
var (
	calera      = place{"32", "Zacatecas", "32005", "Calera", 22.903, -102.692}
	tlaquepaque = place{"14", "Jalisco", "14098", "San Pedro Tlaquepaque", 20.640, -103.311}
	tieDay      = time.Date(2039, 5, 14, 0, 0, 0, 0, mexicoTZ) // a Saturday
	tiePub      = tieDay.AddDate(0, 0, 1).Add(9 * time.Hour)
)

// TestShootingFacesApart: the faces one shooting takes (a clash, an
// attack, a killing) weigh together only as one act's; near misses stay
// apart in either order: two acts of different types in one town the
// same night, an arrest the day after an attack, an attack in a
// neighbouring municipality.
func TestShootingFacesApart(t *testing.T) {
	rep := func(id string, typ model.IncidentType, p place, at time.Time, prec model.TimePrecision, pub time.Time, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, p, at, prec, pub, text), killed, -1, -1)
	}
	clash := rep("a-0", model.ArmedClash, fresnillo, tieDay.Add(21*time.Hour), model.TimeHour, tiePub, 2,
		"Un enfrentamiento entre policías estatales y civiles armados dejó dos agresores abatidos alrededor de las 21:00 horas del sábado en la colonia Las Américas de Fresnillo.")
	attack := rep("b-0", model.ArmedAttack, fresnillo, tieDay.Add(23*time.Hour+30*time.Minute), model.TimeHour, tiePub, 1,
		"Hombres armados atacaron a balazos a un hombre afuera de su domicilio en la colonia Centro de Fresnillo alrededor de las 23:30 horas del sábado; murió en el lugar.")
	killing := rep("c-0", model.Homicide, fresnillo, tieDay.Add(23*time.Hour+30*time.Minute), model.TimeHour, tiePub, 1,
		"Un hombre fue asesinado a balazos afuera de su casa en la colonia Centro de Fresnillo la noche del sábado, cerca de las 23:30 horas.")
	arrest := rep("d-0", model.SecurityOperation, fresnillo, tieDay.AddDate(0, 0, 1).Add(11*time.Hour), model.TimeHour, tiePub.AddDate(0, 0, 1), -1,
		"Elementos de la Policía Estatal detuvieron la mañana del domingo a dos hombres en posesión de armas de fuego en la colonia Centro de Fresnillo.")
	neighbour := rep("e-0", model.ArmedAttack, calera, tieDay.Add(23*time.Hour+30*time.Minute), model.TimeHour, tiePub, 1,
		"Hombres armados atacaron a balazos a un hombre afuera de su domicilio en la cabecera municipal de Calera alrededor de las 23:30 horas del sábado; murió en el lugar.")
	runOrders(t, []slipCase{
		{"an attack and its killing, a clash that night", []Item{clash, attack, killing},
			[][2]string{{"b-0", "c-0"}}, [][2]string{{"a-0", "b-0"}, {"a-0", "c-0"}}},
		{"an arrest the day after an attack", []Item{attack, killing, arrest},
			[][2]string{{"b-0", "c-0"}}, [][2]string{{"b-0", "d-0"}, {"c-0", "d-0"}}},
		{"an attack in the neighbouring town", []Item{attack, killing, neighbour},
			[][2]string{{"b-0", "c-0"}}, [][2]string{{"b-0", "e-0"}, {"c-0", "e-0"}}},
	})
}

// TestTieOneAct: the prosecutor's report of the arrests for a bar
// attack, read as an operation on the day of the attack, stays apart
// from the attack's first report (the rules keep an operation from an
// attack, and the model is not sure); a later report of the attack,
// which the rules join to the attack's event and the pair model finds
// the operation's act, ties the two events into one, in either order.
func TestTieOneAct(t *testing.T) {
	sunday := tieDay.AddDate(0, 0, 1)
	rep := func(id string, typ model.IncidentType, at time.Time, prec model.TimePrecision, pub time.Time, killed, injured int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, tlaquepaque, at, prec, pub, text), killed, injured, -1)
	}
	attack := rep("a-0", model.ArmedAttack, sunday.Add(90*time.Minute), model.TimeMinute, sunday.Add(9*time.Hour), 4, 3,
		"TLAQUEPAQUE, Jal.- Cuatro personas murieron y tres resultaron heridas luego de que hombres armados entraran a un bar de la calle Juárez y dispararan contra los clientes alrededor de las 01:30 horas del domingo.")
	arrests := rep("b-0", model.SecurityOperation, sunday, model.TimeDay, sunday.AddDate(0, 0, 2).Add(12*time.Hour), -1, -1,
		"La Fiscalía del Estado informa que agentes de investigación detuvieron la mañana de este martes a dos hombres en Tonalá como probables responsables del ataque perpetrado el pasado domingo en un bar de Tlaquepaque.")
	wire := rep("c-0", model.ArmedAttack, sunday.Add(3*time.Hour), model.TimeDay, sunday.AddDate(0, 0, 2).Add(15*time.Hour), 5, -1,
		"Jalisco prosecutors said Tuesday that a fifth person had died of wounds suffered when gunmen opened fire inside a bar in Tlaquepaque early Sunday; two suspects in the attack were detained.")
	runOrders(t, []slipCase{
		{"the attack and the arrests alone", []Item{attack, arrests}, nil, [][2]string{{"a-0", "b-0"}}},
		{"a later report ties them", []Item{attack, arrests, wire},
			[][2]string{{"a-0", "c-0"}, {"a-0", "b-0"}, {"b-0", "c-0"}}, nil},
	})
}
