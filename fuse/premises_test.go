package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/extract/colonia"
	"github.com/atalaya/atalaya/model"
)

// TestBlastOnPremises: a device thrown at a bar, typed an explosive by
// one outlet and an attack on a business by another that names no bomb,
// is one act when both name the premises and the place, in either
// order; a blast at a bar and an attack on a pharmacy of the town that
// night, and an attack on a bar of another colonia told to the hour,
// stay apart.
func TestBlastOnPremises(t *testing.T) {
	playa := place{"23", "Quintana Roo", "23008", "Solidaridad", 20.629, -87.073}
	rep := func(id string, typ model.IncidentType, at time.Time, prec model.TimePrecision, text string) Item {
		it := item(id, id[:1], "Diario "+id[:1], typ, playa, at, prec, nightPub, text)
		it.Incident.Location.Neighborhood = colonia.Of(it.Incident.Evidence) // as extraction reads it
		return it
	}
	blast := rep("a-0", model.Explosive, fridayAM.Add(10*time.Minute), model.TimeMinute,
		"PLAYA DEL CARMEN, Q. Roo.- Un artefacto explosivo fue lanzado contra la fachada de un bar de la Quinta Avenida, en la colonia Gonzalo Guerrero, alrededor de las 03:10 horas de este viernes; no hubo heridos.")
	attack := rep("b-0", model.BusinessAttack, thursdayPM.Add(time.Hour), model.TimeDay,
		"QUINTANA ROO: An attack on a bar on Fifth Avenue in Playa del Carmen late Thursday caused damage but no injuries.")
	pharmacy := rep("c-0", model.BusinessAttack, thursdayPM.Add(time.Hour), model.TimeDay,
		"QUINTANA ROO: An attack on a pharmacy in Playa del Carmen late Thursday caused damage but no injuries.")
	otherBar := rep("d-0", model.BusinessAttack, fridayAM, model.TimeHour,
		"Desconocidos atacaron un bar de la colonia Ejidal de Playa del Carmen alrededor de las 03:00 horas de este viernes; no hubo heridos.")
	runOrders(t, []slipCase{
		{"a blast at a bar told as an attack on it", []Item{blast, attack}, [][2]string{{"a-0", "b-0"}}, nil},
		{"an attack on a pharmacy that night", []Item{blast, pharmacy}, nil, [][2]string{{"a-0", "c-0"}}},
		{"a bar of another colonia", []Item{blast, otherBar}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}
