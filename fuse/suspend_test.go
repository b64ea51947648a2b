package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSuspensionIsNoFace: a notice that classes are suspended after the
// weekend's violence, which extraction read as an attack with no toll,
// is the response to the clash, never one of its faces, in either order;
// two such notices may be one, and a report of the clash that tells the
// suspension beside its toll joins the clash.
func TestSuspensionIsNoFace(t *testing.T) {
	rep := func(id string, typ model.IncidentType, at time.Time, prec model.TimePrecision, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, jerez, at, prec, nightPub, text), killed, -1, -1)
	}
	clash := rep("a-0", model.ArmedClash, thursdayPM.Add(50*time.Minute), model.TimeMinute, 12,
		"A las 21:50 horas se registró un enfrentamiento entre grupos delictivos en la comunidad Ermita de Guadalupe, municipio de Jerez, con un saldo de 12 personas sin vida.")
	notice := rep("b-0", model.ArmedAttack, nightDay, model.TimeWeek, -1,
		"Derivado de los hechos de violencia registrados en la comunidad Ermita de Guadalupe, el viernes se suspenden las actividades presenciales en las escuelas del municipio de Jerez.")
	notice2 := rep("c-0", model.ArmedAttack, nightDay, model.TimeWeek, -1,
		"Classes were suspended on Friday in the schools of Jerez after the violence in Ermita de Guadalupe, the education ministry said.")
	told := rep("d-0", model.ArmedClash, thursdayPM, model.TimeDay, 12,
		"Doce personas murieron la noche del jueves en un enfrentamiento en Ermita de Guadalupe, en Jerez; se suspendieron las clases en el municipio.")
	runOrders(t, []slipCase{
		{"a suspension read as an attack", []Item{clash, notice}, nil, [][2]string{{"a-0", "b-0"}}},
		{"two notices of the suspension", []Item{notice, notice2}, [][2]string{{"b-0", "c-0"}}, nil},
		{"the clash told with the suspension", []Item{clash, told}, [][2]string{{"a-0", "d-0"}}, nil},
	})
}

// TestServiceSuspensionIsNoFace: a service that an authority or its
// operator suspends or halts after a blockade (customs processing at a
// bridge, a crossing, flights, bus routes) is an event of its own, never
// a face of the blockade, in either order; two reports of the suspension
// are one; and a road that the blockade itself closed ("la circulación
// quedó suspendida"), read as a disruption, is the blockade.
func TestServiceSuspensionIsNoFace(t *testing.T) {
	// The reports, by id: their type, the minutes after 21:00 that they
	// tell (-1: the day only) and their evidence.
	reports := map[string]struct {
		typ  model.IncidentType
		min  int
		text string
	}{
		"a-0": {model.Blockade, 30, "A las 21:30 horas hombres armados incendiaron dos tractocamiones y los atravesaron en el acceso al puente internacional Los Indios, en Matamoros."},
		"b-0": {model.Disruption, 65, "U.S. customs officers suspended cargo processing at the Los Indios bridge from 10:05 p.m. Thursday until dawn, a spokesman said."},
		"c-0": {model.Disruption, 65, "Desde las 22:05 horas se suspendió el cruce de vehículos de carga por el puente Los Indios, informó la aduana."},
		"d-0": {model.Disruption, -1, "In Matamoros gunmen burned two trucks to block the approach to a border bridge on Thursday night, and U.S. authorities halted cargo processing there until morning."},
		"e-0": {model.Disruption, 40, "Por el bloqueo en el acceso al puente Los Indios, la circulación quedó suspendida cerca de tres horas en Matamoros."},
		"f-0": {model.Disruption, -1, "Tras el bloqueo, los concesionarios de las rutas de transporte urbano de Matamoros suspendieron el servicio el jueves por la noche."},
	}
	two := func(a, b string) []Item {
		var out []Item
		for _, id := range [...]string{a, b} {
			r := reports[id]
			at, prec := thursdayPM.Add(time.Duration(r.min)*time.Minute), model.TimeMinute
			if r.min < 0 {
				at, prec = thursdayPM, model.TimeDay
			}
			out = append(out, item(id, id[:1], "Diario "+id[:1], r.typ, matamoros, at, prec, nightPub, r.text))
		}
		return out
	}
	runOrders(t, []slipCase{
		{"customs suspend processing after a blockade", two("a-0", "b-0"), nil, [][2]string{{"a-0", "b-0"}}},
		{"the crossing suspended after a blockade", two("a-0", "c-0"), nil, [][2]string{{"a-0", "c-0"}}},
		{"the halt told beside the blockade", two("a-0", "d-0"), nil, [][2]string{{"a-0", "d-0"}}},
		{"bus routes suspended after a blockade", two("a-0", "f-0"), nil, [][2]string{{"a-0", "f-0"}}},
		{"two reports of the suspension", two("b-0", "c-0"), [][2]string{{"b-0", "c-0"}}, nil},
		{"the road the blockade closed", two("a-0", "e-0"), [][2]string{{"a-0", "e-0"}}, nil},
	})
}
