package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestAcrossTheNight (gate22): the times of one act told across the
// night, by a clock hour in one report and by the day's part in another
// ("la noche del jueves", "late Thursday", "cerca de la medianoche", the
// small hours after it), are one act; two acts of one town a few hours
// apart stay two where the times part them: an afternoon's clock beside
// a night told as a day, two consecutive nights told as days or by a
// clock, and the clock near the midnight before a night told as a day
// (the small hours of its own day are the night before's). Times are as
// extraction gives them: a day's part is its hour with day precision
// (21:00 the night, 16:00 the afternoon). Left to the competition of
// events, as the development sets' same-act pairs require (an afternoon
// told as a day beside a night of the same act: fusion21, 23, 29, 47):
// an afternoon told as a day against a night, which joins alone and
// parts when both acts have their reports ("both acts, each told
// twice").
func TestAcrossTheNight(t *testing.T) {
	pub := nightDay.AddDate(0, 0, 2).Add(9 * time.Hour) // Saturday morning
	rep := func(id string, typ model.IncidentType, at time.Time, prec model.TimePrecision, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, jerez, at, prec, pub, text), killed, -1, -1)
	}
	thu := func(h, m int) time.Time { return nightDay.Add(hm(h, m)) }
	fri := func(h, m int) time.Time { return thu(24+h, m) }

	// Thursday night in a bar, and Thursday afternoon in a tire shop.
	barNight := rep("a-0", model.ArmedAttack, thu(21, 0), model.TimeDay, 2,
		"Dos hombres murieron la noche del jueves cuando sujetos armados dispararon contra los clientes de un bar de la avenida Hidalgo, en Jerez.")
	barClock := rep("b-0", model.ArmedAttack, thu(22, 40), model.TimeMinute, 2,
		"A las 22:40 horas del jueves se reportaron detonaciones en un bar de la avenida Hidalgo de Jerez, donde dos hombres perdieron la vida.")
	barLate := rep("c-0", model.ArmedAttack, thu(22, 0), model.TimeDay, 2,
		"Gunmen opened fire inside a bar on Avenida Hidalgo in Jerez late Thursday, killing two men, local authorities said.")
	barMidnight := rep("d-0", model.ArmedAttack, thu(23, 59), model.TimeHour, 2,
		"El jueves, cerca de la medianoche, dos hombres fueron asesinados a balazos dentro de un bar de la avenida Hidalgo, en Jerez.")
	shopAfternoon := rep("e-0", model.ArmedAttack, thu(16, 0), model.TimeDay, 1,
		"Un empleado de una vulcanizadora murió la tarde del jueves cuando dos sujetos en motocicleta abrieron fuego contra el negocio, en Jerez.")
	shopClock := rep("f-0", model.ArmedAttack, thu(15, 50), model.TimeMinute, 1,
		"A las 15:50 horas, dos sujetos en motocicleta dispararon contra los trabajadores de una vulcanizadora de Jerez; uno murió.")
	// Friday night, in the same town: another killing the next night.
	nextNight := rep("g-0", model.ArmedAttack, fri(21, 0), model.TimeDay, 2,
		"Dos hombres murieron la noche del viernes cuando sujetos armados dispararon contra los clientes de una cantina de la calle Morelos, en Jerez.")
	nextClock := rep("h-0", model.ArmedAttack, fri(23, 10), model.TimeMinute, 2,
		"A las 23:10 horas del viernes se reportaron detonaciones en una cantina de la calle Morelos de Jerez, donde dos hombres perdieron la vida.")
	// The bar's act told by the small hours after it ("poco después
	// de la medianoche").
	barAfterMidnight := rep("i-0", model.ArmedAttack, fri(0, 15), model.TimeMinute, 2,
		"A las 00:15 horas de este viernes, paramédicos confirmaron la muerte de dos hombres baleados en un bar de la avenida Hidalgo de Jerez.")
	runOrders(t, []slipCase{
		{"the night told by its day and by its clock", []Item{barNight, barClock}, [][2]string{{"a-0", "b-0"}}, nil},
		{"late Thursday and the clock", []Item{barLate, barClock}, [][2]string{{"c-0", "b-0"}}, nil},
		{"near midnight and the night", []Item{barMidnight, barNight, barClock}, [][2]string{{"d-0", "a-0"}, {"d-0", "b-0"}}, nil},
		{"the night and the small hours after it", []Item{barNight, barAfterMidnight}, [][2]string{{"a-0", "i-0"}}, nil},
		{"the afternoon told by its day and by its clock", []Item{shopAfternoon, shopClock}, [][2]string{{"e-0", "f-0"}}, nil},
		{"the afternoon's clock and the night's day", []Item{barNight, shopClock}, nil, [][2]string{{"a-0", "f-0"}}},
		{"both acts, each told twice", []Item{barNight, barClock, shopAfternoon, shopClock},
			[][2]string{{"a-0", "b-0"}, {"e-0", "f-0"}}, [][2]string{{"a-0", "e-0"}, {"a-0", "f-0"}, {"b-0", "e-0"}, {"b-0", "f-0"}}},
		{"two consecutive nights told by their days", []Item{barNight, nextNight}, nil, [][2]string{{"a-0", "g-0"}}},
		{"one night's day and the next night's clock", []Item{barNight, nextClock}, nil, [][2]string{{"a-0", "h-0"}}},
		{"near midnight and the next night", []Item{barMidnight, nextNight}, nil, [][2]string{{"d-0", "g-0"}}},
		{"the small hours after one night and the next night", []Item{barAfterMidnight, nextNight}, nil, [][2]string{{"i-0", "g-0"}}},
		{"the small hours between two nights", []Item{barNight, barAfterMidnight, nextNight},
			[][2]string{{"a-0", "i-0"}}, [][2]string{{"a-0", "g-0"}, {"i-0", "g-0"}}},
	})
}

// TestDawnAndDusk (gate22): a blockade of one road in one town at dawn
// and another at dusk of the same day, each told by a clock hour and by
// the day's part ("al amanecer", "al anochecer"): each day's part joins
// its own clock, and the two clocks stay apart. Left to the competition
// of events: a day's part against the other act's clock, alone (a
// morning told as a day against an evening clock was span21's
// partsApart, whose held-out sets lost pairs).
func TestDawnAndDusk(t *testing.T) {
	pub := nightDay.AddDate(0, 0, 1).Add(10 * time.Hour)
	rep := func(id string, at time.Time, prec model.TimePrecision, text string) Item {
		return item(id, id[:1], "Diario "+id[:1], model.Blockade, jerez, at, prec, pub, text)
	}
	at := func(h, m int) time.Time { return nightDay.Add(hm(h, m)) }
	dawnDay := rep("a-0", at(5, 0), model.TimeDay,
		"Al amanecer del jueves, hombres armados atravesaron un tractocamión y le prendieron fuego en la carretera a Fresnillo, a la altura de Jerez.")
	dawnClock := rep("b-0", at(6, 20), model.TimeMinute,
		"A las 06:20 horas un tractocamión fue incendiado sobre la carretera a Fresnillo, en el municipio de Jerez, lo que cerró la circulación.")
	duskDay := rep("c-0", at(19, 0), model.TimeDay,
		"Al anochecer, otro grupo quemó dos camionetas sobre la misma carretera a Fresnillo, en Jerez, y la circulación volvió a cerrarse.")
	duskClock := rep("d-0", at(19, 35), model.TimeMinute,
		"A las 19:35 horas se reportaron dos camionetas en llamas atravesadas en la carretera a Fresnillo, en Jerez.")
	runOrders(t, []slipCase{
		{"dawn told by its day and its clock", []Item{dawnDay, dawnClock}, [][2]string{{"a-0", "b-0"}}, nil},
		{"dusk told by its day and its clock", []Item{duskDay, duskClock}, [][2]string{{"c-0", "d-0"}}, nil},
		{"dawn's clock and dusk's clock", []Item{dawnClock, duskClock}, nil, [][2]string{{"b-0", "d-0"}}},
		{"dawn's day and both clocks", []Item{dawnDay, dawnClock, duskClock},
			[][2]string{{"a-0", "b-0"}}, [][2]string{{"a-0", "d-0"}, {"b-0", "d-0"}}},
	})
}

// hm is h hours and m minutes.
func hm(h, m int) time.Duration { return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute }
