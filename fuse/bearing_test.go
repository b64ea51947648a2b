package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestBearingOfTown: a wire that places an act only by its bearing from
// a city ("on a highway north of the state capital of Zacatecas") tells
// the act of the neighbouring town's reports when their evidence tells
// one act, even when those name the city only as a road's end ("tramo
// Zacatecas–Fresnillo"). Near misses stay apart: another act in the city
// that night, and a bearing from a town too far away to neighbour the
// other.
func TestBearingOfTown(t *testing.T) {
	sun := nightDay.AddDate(0, 0, 3)
	rep := func(id string, typ model.IncidentType, p place, at time.Time, prec model.TimePrecision, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, p, at, prec, sun.Add(14*time.Hour), text), killed, -1, -1)
	}
	local := rep("a-0", model.ArmedClash, calera, sun.Add(7*time.Hour+10*time.Minute), model.TimeMinute, 3,
		"A las 07:10 horas, elementos de la Guardia Nacional y de la Policía Estatal que patrullaban el kilómetro 32 de la carretera federal 45, tramo Zacatecas–Fresnillo, en el municipio de Calera, fueron agredidos a balazos; tres agresores murieron en el enfrentamiento.")
	wire := rep("b-0", model.ArmedClash, zacatecas, sun.Add(9*time.Hour), model.TimeDay, 3,
		"Three gunmen were killed on Sunday morning in a gun battle with National Guard troops and state police on a highway north of the state capital of Zacatecas, the state government said.")
	other := rep("c-0", model.ArmedClash, zacatecas, sun.Add(22*time.Hour), model.TimeHour, 1,
		"Por la noche, policías estatales y hombres armados se enfrentaron en la colonia Toma de Zacatecas de la capital; murió un agresor.")
	far := rep("d-0", model.ArmedClash, fresnillo, sun.Add(9*time.Hour), model.TimeDay, 3,
		"Three gunmen were killed on Sunday morning in a gun battle with National Guard troops and state police on a highway south of Fresnillo, the state government said.")
	runOrders(t, []slipCase{
		{"a wire north of the neighbour's city", []Item{local, wire, other},
			[][2]string{{"a-0", "b-0"}}, [][2]string{{"b-0", "c-0"}, {"a-0", "c-0"}}},
		{"a bearing from a town too far away", []Item{local, far}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}
