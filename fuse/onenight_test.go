package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Places and days of the one-night tests.
var (
	jerez      = place{"32", "Zacatecas", "32020", "Jerez", 22.648, -102.990}
	nightDay   = time.Date(2038, 4, 8, 0, 0, 0, 0, mexicoTZ) // a Thursday
	nightPub   = nightDay.AddDate(0, 0, 1).Add(13 * time.Hour)
	thursdayPM = nightDay.Add(21 * time.Hour)                 // "la noche del jueves"
	fridayAM   = nightDay.AddDate(0, 0, 1).Add(3 * time.Hour) // "la madrugada del viernes"
	saturdayAM = nightDay.AddDate(0, 0, 2).Add(3 * time.Hour) // "la madrugada del sábado"
)

// TestOneNightTwoDays: one outlet tells an act of the small hours as the
// night of the day before ("la noche del jueves"), another as the
// small hours of the next day ("la madrugada de este viernes", "early
// on Friday"): one night, and one act when their evidence tells it (the
// toll, the victims, the names), in either order. Near misses stay
// apart: another act of that night in the town with another toll and
// other names, and the night after.
func TestOneNightTwoDays(t *testing.T) {
	rep := func(id string, typ model.IncidentType, at time.Time, killed, injured int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, jerez, at, model.TimeDay, nightPub, text), killed, injured, -1)
	}
	thursday := rep("a-0", model.ArmedClash, thursdayPM, 3, 2,
		"Un enfrentamiento entre policías estatales y civiles armados dejó tres muertos, un agente y dos agresores, la noche del jueves en la comunidad Ermita de Guadalupe, en Jerez.")
	friday := rep("b-0", model.ArmedAttack, fridayAM, 3, 2,
		"Un agente de la Policía Estatal y dos agresores murieron la madrugada de este viernes tras una emboscada contra una patrulla en Ermita de Guadalupe, Jerez; dos policías resultaron heridos.")
	fridayEN := rep("c-0", model.ArmedAttack, fridayAM, 3, 2,
		"Gunmen killed a state police officer and wounded two others early on Friday in Ermita de Guadalupe, in Jerez; two of the attackers were killed when the police returned fire.")
	// Another act of that night in the town: a man shot dead in a bar.
	bar := rep("d-0", model.ArmedAttack, fridayAM, 1, -1,
		"Un hombre fue asesinado a balazos la madrugada de este viernes en un bar de la colonia Centro de Jerez.")
	// The night after.
	nextNight := rep("e-0", model.ArmedAttack, saturdayAM, 3, 2,
		"Un agente de la Policía Estatal y dos agresores murieron la madrugada de este sábado tras una emboscada contra una patrulla en Ermita de Guadalupe, Jerez; dos policías resultaron heridos.")
	runOrders(t, []slipCase{
		{"Thursday night and Friday's small hours", []Item{thursday, friday}, [][2]string{{"a-0", "b-0"}}, nil},
		{"Thursday night and early on Friday, in English", []Item{thursday, fridayEN, friday},
			[][2]string{{"a-0", "b-0"}, {"a-0", "c-0"}}, nil},
		{"another act of that night", []Item{thursday, bar}, nil, [][2]string{{"a-0", "d-0"}}},
		{"the night after", []Item{thursday, nextNight}, nil, [][2]string{{"a-0", "e-0"}}},
	})
}
