package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestDaytimeAgainstNight (place22): a night told as a day ("anoche")
// and an act of violence told to the minute in that day's afternoon are
// two acts; the same night told to the minute is one act.
func TestDaytimeAgainstNight(t *testing.T) {
	night := tolled(item("a-0", "a", "Diario a", model.ArmedAttack, jerez, thursdayPM, model.TimeDay, nightPub,
		"Tres personas murieron anoche durante una balacera al interior de un bar de Jerez."), 3, -1, -1)
	midday := tolled(item("b-0", "b", "Diario b", model.ArmedAttack, jerez, nightDay.Add(13*time.Hour+30*time.Minute), model.TimeMinute, nightPub,
		"Hacia las 13:30 horas, dos hombres fueron asesinados a balazos en un autolavado de Jerez, donde un tercer empleado resultó herido."), 2, 1, -1)
	late := tolled(item("c-0", "c", "Diario c", model.ArmedAttack, jerez, thursdayPM.Add(70*time.Minute), model.TimeMinute, nightPub,
		"Tres personas murieron alrededor de las 22:10 horas durante una balacera al interior de un bar de Jerez."), 3, -1, -1)
	runOrders(t, []slipCase{
		{"the afternoon's act", []Item{night, midday}, nil, [][2]string{{"a-0", "b-0"}}},
		{"the night to the minute", []Item{night, late}, [][2]string{{"a-0", "c-0"}}, nil},
	})
}
