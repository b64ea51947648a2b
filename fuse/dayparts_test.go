package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestDayPartsApart: a report told to the day and a part of it ("la noche
// de este viernes", "la mañana del sábado") is not the act another report
// times far from that part on that day (a killing at 07:40 and the
// night's shooting; a morning's and one at 20:00), and is still the act
// timed within it.
func TestDayPartsApart(t *testing.T) {
	fri := time.Date(2026, 10, 16, 0, 0, 0, 0, mexicoTZ)
	at := func(h, m int) time.Time { return fri.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	pub := fri.AddDate(0, 0, 1).Add(10 * time.Hour)
	clock := func(id string, typ model.IncidentType, when time.Time, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, irapuato, when, model.TimeMinute, pub, text), killed, -1, -1)
	}
	day := func(id string, hour int, killed int, text string) Item {
		return tolled(item(id, id[:1], "Noticias "+id[:1], model.Homicide, irapuato, at(hour, 0), model.TimeDay, pub, text), killed, -1, -1)
	}
	morningKilling := clock("a-0", model.Homicide, at(7, 40), 3, "Tres hombres fueron asesinados a tiros alrededor de las 07:40 horas de este viernes en la calle Jacarandas de Irapuato.")
	nightAttack := clock("c-0", model.ArmedAttack, at(21, 30), 3, "Tres hombres muertos dejó un ataque armado contra un puesto de tacos de Irapuato, alrededor de las 21:30 horas de este viernes.")
	night := day("b-0", 21, 3, "Tres hombres fueron asesinados a balazos la noche de este viernes en Irapuato, informaron autoridades municipales.")
	morning := day("b-0", 9, 3, "Tres hombres fueron asesinados a balazos la mañana de este viernes en Irapuato, informaron autoridades municipales.")
	runOrders(t, []slipCase{
		{"the night's killing is the night's shooting", []Item{morningKilling, nightAttack, night},
			[][2]string{{"b-0", "c-0"}}, [][2]string{{"a-0", "b-0"}}},
		{"the night's killing is not the morning's", []Item{morningKilling, night},
			nil, [][2]string{{"a-0", "b-0"}}},
		{"the morning's killing is the morning's", []Item{morningKilling, morning},
			[][2]string{{"a-0", "b-0"}}, nil},
		{"the morning's killing is not the night's", []Item{nightAttack, morning},
			nil, [][2]string{{"b-0", "c-0"}}},
		{"a day told with no part meets either", []Item{morningKilling,
			day("b-0", 0, 3, "Tres hombres fueron asesinados a balazos este viernes en Irapuato, informaron autoridades municipales.")},
			[][2]string{{"a-0", "b-0"}}, nil},
	})
}
