package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestMisplacedTwin: one sentence that extraction read twice, once in
// the town where the act was and once in the town the troops were
// heading to, does not keep the first reading from the act's event when
// the second joined it first (by a slip its evidence overruled): the
// twin placed where every other report puts the act joins, whatever the
// order of the reports and of the two readings. A sentence telling two
// acts at one hour in two towns, read first where the event is, does
// not pull the other town's act into it.
func TestMisplacedTwin(t *testing.T) {
	tepetongo := place{"32", "Zacatecas", "32045", "Tepetongo", 22.457, -103.151}
	jerez := place{"32", "Zacatecas", "32020", "Jerez", 22.649, -102.990}
	night := tolDay.Add(23*time.Hour + 30*time.Minute)
	clash := tol("a-0", model.ArmedClash, tepetongo, night, model.TimeMinute, -1,
		"Alrededor de las 23:30 horas, elementos de la Guardia Nacional fueron atacados a la altura de la comunidad de La Cantera, en el municipio de Tepetongo, y repelieron la agresión.")
	told := "La Guardia Nacional informa que a las 23:40 horas, personal que se trasladaba a reforzar la seguridad en el municipio de Jerez fue agredido con armas de fuego en la comunidad La Cantera, municipio de Tepetongo."
	twin := func(id string, typ model.IncidentType, p place) Item {
		return tol(id, typ, p, night.Add(10*time.Minute), model.TimeMinute, -1, told)
	}
	// The reading in the town the troops were heading to comes first
	// (b-0), or second (b-1).
	heading0, act1 := twin("b-0", model.SecurityOperation, jerez), twin("b-1", model.ArmedAttack, tepetongo)
	act0, heading1 := twin("b-0", model.ArmedAttack, tepetongo), twin("b-1", model.SecurityOperation, jerez)
	two := "A las 23:40 horas se registraron dos ataques simultáneos contra patrullas, uno en la comunidad La Cantera, municipio de Tepetongo, y otro en la cabecera municipal de Jerez."
	here, there := tol("c-0", model.ArmedAttack, tepetongo, night.Add(10*time.Minute), model.TimeMinute, -1, two),
		tol("c-1", model.ArmedAttack, jerez, night.Add(10*time.Minute), model.TimeMinute, -1, two)
	// A second report read twice alike, after the first.
	also := "Posteriormente, a las 23:40 horas, personal de la Guardia Nacional que se dirigía a Jerez fue agredido en la comunidad La Cantera, municipio de Tepetongo."
	heading2, act2 := tol("d-0", model.ArmedAttack, jerez, night.Add(10*time.Minute), model.TimeMinute, -1, also),
		tol("d-1", model.ArmedAttack, tepetongo, night.Add(10*time.Minute), model.TimeMinute, -1, also)
	runOrders(t, []slipCase{
		{"two reports read twice", []Item{clash, heading0, act1, heading2, act2}, [][2]string{{"a-0", "b-1"}, {"a-0", "d-1"}}, nil},
		{"the heading town's reading first", []Item{clash, heading0, act1}, [][2]string{{"a-0", "b-1"}}, nil},
		{"the heading town's reading second", []Item{clash, act0, heading1}, [][2]string{{"a-0", "b-0"}}, nil},
		{"two acts at one hour in two towns", []Item{clash, here, there}, [][2]string{{"a-0", "c-0"}}, [][2]string{{"a-0", "c-1"}}},
	})
}
