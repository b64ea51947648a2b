package fuse

import (
	"fmt"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestStateOnlyByClockAndRaisedToll: a report placed only in the state
// joins, of several events of its type in the state, the one whose clock
// time is its own (two reports of one act, one of them an official note
// that names no town: "a las 19:55 horas se recibió el reporte de
// vehículos incendiados … en el estado de Michoacán"), or whose toll its
// own raises by a wounded victim's death since; two acts of the state
// within its half hour, acts hours from it, and a higher toll told with
// no death since keep it apart.
func TestStateOnlyByClockAndRaisedToll(t *testing.T) {
	sat := time.Date(2026, 10, 17, 0, 0, 0, 0, mexicoTZ)
	at := func(h, m int) time.Time { return sat.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	michoacan := place{state: "16", stateName: "Michoacán"}
	morelos := place{state: "17", stateName: "Morelos"}
	burnt := func(id string, p place, when time.Time) Item {
		return item(id, id[:1], "Diario "+id[:1], model.Blockade, p, when, model.TimeMinute, sat.Add(23*time.Hour),
			"Sujetos armados prendieron fuego a un autobús y un tractocamión sobre la autopista en "+p.name+", a las "+when.Format("15:04")+" horas.")
	}
	// night is a burning told to the day ("la noche del sábado"), whose
	// day holds the note's time.
	night := func(id string, p place) Item {
		return item(id, id[:1], "Diario "+id[:1], model.Blockade, p, at(21, 0), model.TimeDay, sat.Add(23*time.Hour),
			"La noche del sábado hombres armados quemaron un tráiler en la carretera, en "+p.name+".")
	}
	note := func(when time.Time) Item {
		return item("b-0", "b", "SSP", model.Blockade, michoacan, when, model.TimeMinute, sat.Add(23*time.Hour),
			"A las "+when.Format("15:04")+" horas se recibió el reporte de vehículos incendiados en el kilómetro 129 de la autopista federal, en el estado de Michoacán.")
	}
	carWash := tolled(item("a-0", "a", "Diario", model.ArmedAttack, jiutepec, at(15, 30), model.TimeMinute, sat.Add(20*time.Hour),
		"Tres hombres fueron ejecutados a balazos alrededor de las 15:30 horas en un autolavado de Jiutepec."), 3, -1, -1)
	other := tolled(item("c-0", "c", "Noticias", model.Homicide, cuernavaca, at(20, 0), model.TimeMinute, sat.Add(22*time.Hour),
		"Un hombre fue asesinado a tiros en una calle de Cuernavaca alrededor de las 20:00 horas."), 1, -1, -1)
	wire := func(killed int, text string) Item {
		return tolled(item("b-0", "b", "Wire", model.ArmedAttack, morelos, sat, model.TimeDay, sat.AddDate(0, 0, 1).Add(12*time.Hour), text), killed, -1, -1)
	}
	const died = "Gunmen killed %s people at a car wash on Saturday afternoon in the state of Morelos, after a man wounded in the attack died in hospital overnight."
	runOrders(t, []slipCase{
		{"the note's clock is one town's", []Item{
			burnt("a-0", mugica, at(20, 0)), note(at(19, 55)), night("c-0", apatzingan)},
			[][2]string{{"a-0", "b-0"}}, [][2]string{{"c-0", "b-0"}, {"a-0", "c-0"}}},
		{"the note's clock is two towns'", []Item{
			burnt("a-0", mugica, at(19, 50)), note(at(19, 55)), burnt("c-0", apatzingan, at(20, 10)), night("d-0", tepalcatepec)},
			nil, [][2]string{{"a-0", "b-0"}, {"c-0", "b-0"}, {"a-0", "c-0"}}},
		{"the note names the town as a road's end", []Item{
			burnt("a-0", mugica, at(20, 0)), night("c-0", apatzingan),
			item("b-0", "b", "SSP", model.Blockade, michoacan, at(19, 55), model.TimeMinute, sat.Add(23*time.Hour),
				"A las 19:55 horas se reportaron vehículos incendiados en la carretera a Múgica, en el estado de Michoacán.")},
			nil, [][2]string{{"a-0", "b-0"}, {"c-0", "b-0"}}},
		{"a burning an hour from the note", []Item{
			note(at(19, 55)), burnt("a-0", mugica, at(21, 0)), night("c-0", apatzingan)},
			nil, [][2]string{{"a-0", "b-0"}, {"c-0", "b-0"}}},
		{"the wire's toll raised by a death since", []Item{
			wire(4, fmt.Sprintf(died, "four")), carWash, other},
			[][2]string{{"a-0", "b-0"}}, [][2]string{{"c-0", "b-0"}}},
		{"a higher toll with no death since", []Item{
			wire(4, "Gunmen killed four people at a car wash on Saturday afternoon in the state of Morelos."), carWash, other},
			nil, [][2]string{{"a-0", "b-0"}, {"c-0", "b-0"}}},
		{"a lower toll after a death since", []Item{
			wire(2, fmt.Sprintf(died, "two")), carWash, other},
			nil, [][2]string{{"a-0", "b-0"}, {"c-0", "b-0"}}},
	})
}
