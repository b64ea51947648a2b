package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestStateOnlyByItsToll: a report placed only in its state that gives
// the toll of a massacre ("The Zacatecas state government said 12
// people were killed") and shares no name with the town's reports
// joins, of the state's events of its window, the one event whose
// reports give that toll, in either order; with no such event, or two,
// it stays on its own, and a toll of two dead chooses nothing.
func TestStateOnlyByItsToll(t *testing.T) {
	zac := place{state: "32", stateName: "Zacatecas"}
	town := func(id string, typ model.IncidentType, p place, at time.Time, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, p, at, model.TimeMinute, nightPub, text), killed, -1, -1)
	}
	state := func(id string, typ model.IncidentType, killed int, text string) Item {
		return tolled(item(id, id[:1], "Wire "+id[:1], typ, zac, thursdayPM, model.TimeDay, nightPub, text), killed, -1, -1)
	}
	clash := town("a-0", model.ArmedClash, jerez, thursdayPM.Add(50*time.Minute), 12,
		"A las 21:50 horas se registró un enfrentamiento entre grupos delictivos en la comunidad Ermita de Guadalupe, municipio de Jerez, con un saldo de 12 personas sin vida.")
	killing := town("b-0", model.Homicide, fresnillo, thursdayPM.Add(2*time.Hour), 2,
		"Dos hombres fueron asesinados a balazos a las 23:00 horas en la colonia Centro de Fresnillo.")
	killing12 := town("e-0", model.Homicide, fresnillo, thursdayPM.Add(2*time.Hour), 12,
		"Doce cuerpos fueron localizados a las 23:00 horas en una fosa de la comunidad Plateros, en Fresnillo.")
	twelve := state("c-0", model.Homicide, 12, "The Zacatecas state government said 12 people were killed.")
	two := state("d-0", model.Homicide, 2, "The Zacatecas state government said two people were killed.")
	tests := []slipCase{
		{"the event of its toll", []Item{clash, killing, twelve}, [][2]string{{"a-0", "c-0"}}, [][2]string{{"b-0", "c-0"}}},
		{"no event of its toll", []Item{tolled(clash, 5, -1, -1), killing, twelve}, nil, [][2]string{{"a-0", "c-0"}, {"b-0", "c-0"}}},
		{"two events of its toll", []Item{clash, killing12, twelve}, nil, [][2]string{{"a-0", "c-0"}, {"e-0", "c-0"}}},
		{"two dead choose nothing", []Item{tolled(clash, 2, -1, -1), tolled(killing, 1, -1, -1), two}, nil,
			[][2]string{{"a-0", "d-0"}, {"b-0", "d-0"}}},
	}
	runOrders(t, tests)
}
