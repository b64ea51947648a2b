package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Neighbouring seats of the near-town tests.
var (
	huejotzingo = place{"21", "Puebla", "21074", "Huejotzingo", 19.159, -98.408}
	texmelucan  = place{"21", "Puebla", "21132", "San Martín Texmelucan", 19.284, -98.433}
)

// TestNearTheTown: a wire that places an act only "near the town of" a
// seat (a hamlet of the neighbouring municipality, which the local
// reports name) tells the act of the neighbour's reports when their
// evidence tells one act (the toll, the arrests, the operation), in
// either order. Near misses stay apart: a clash in the wire's town that
// afternoon, and an act told "near" a town too far away to neighbour
// it.
func TestNearTheTown(t *testing.T) {
	sat := nightDay.AddDate(0, 0, 2)
	rep := func(id string, typ model.IncidentType, p place, at time.Time, prec model.TimePrecision, killed, detained int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, p, at, prec, sat.Add(20*time.Hour), text), killed, -1, detained)
	}
	local := rep("a-0", model.SecurityOperation, texmelucan, sat, model.TimeDay, 2, 5,
		"Por la mañana, un operativo del Ejército y la Guardia Nacional contra el robo de combustible en San Martín Texmelucan dejó dos presuntos delincuentes abatidos y cinco detenidos.")
	wire := rep("b-0", model.SecurityOperation, huejotzingo, sat.Add(4*time.Hour), model.TimeDay, 2, 5,
		"Mexican soldiers killed two suspected fuel thieves and detained five others early on Saturday near the town of Huejotzingo, in Puebla state, the army said.")
	army := rep("c-0", model.SecurityOperation, texmelucan, sat.Add(5*time.Hour+50*time.Minute), model.TimeMinute, 2, 5,
		"A las 05:50 horas, personal militar que realizaba un operativo contra el robo de hidrocarburo en la junta auxiliar de San Lucas Atoyatenco, municipio de San Martín Texmelucan, fue agredido; dos agresores perdieron la vida y cinco personas fueron detenidas.")
	clash := rep("d-0", model.ArmedClash, huejotzingo, sat.Add(17*time.Hour+20*time.Minute), model.TimeMinute, 1, -1,
		"Alrededor de las 17:20 horas, policías estatales y hombres armados se enfrentaron en Santa Ana Xalmimilulco, junta auxiliar de Huejotzingo; murió uno de los agresores.")
	far := rep("e-0", model.SecurityOperation, place{"21", "Puebla", "21114", "Puebla", 19.044, -98.198}, sat.Add(4*time.Hour), model.TimeDay, 2, 5,
		"Mexican soldiers killed two suspected fuel thieves and detained five others early on Saturday near the city of Puebla, the army said.")
	runOrders(t, []slipCase{
		{"a wire near the neighbour's town", []Item{local, wire, army, clash},
			[][2]string{{"a-0", "b-0"}, {"b-0", "c-0"}, {"a-0", "c-0"}}, [][2]string{{"b-0", "d-0"}, {"a-0", "d-0"}}},
		{"near a town too far away", []Item{local, far, army}, [][2]string{{"a-0", "c-0"}}, [][2]string{{"a-0", "e-0"}, {"c-0", "e-0"}}},
	})
}

// TestTakenAlike: as many detained, or kidnapped, two or more, is a
// detail two faces of one act tell alike; one, or two counts that
// differ, is none.
func TestTakenAlike(t *testing.T) {
	mk := func(detained, kidnapped int, text string) *member {
		it := face("a-0", model.SecurityOperation, culiacan, facesNight, model.TimeDay, -1, -1, text)
		if detained >= 0 {
			it.Incident.Detained = &model.Count{N: detained}
		}
		if kidnapped >= 0 {
			it.Incident.Kidnapped = &model.Count{N: kidnapped}
		}
		return New(DefaultConfig(), func(Fused) error { return nil }).newMember(it)
	}
	five := mk(5, -1, "Las autoridades detuvieron a cinco hombres en Culiacán.")
	taken := mk(-1, 5, "Hombres armados privaron de la libertad a cinco trabajadores en Culiacán.")
	for _, tc := range []struct {
		name string
		x, m *member
		want int
	}{
		// The count and two anchors ("cinco", Culiacán).
		{"five detained in both", five, mk(5, -1, "Authorities detained five men in Culiacán."), 2},
		{"five kidnapped in both", taken, mk(-1, 5, "Gunmen abducted five workers in Culiacán."), 2},
		{"five and four detained", five, mk(4, -1, "Authorities detained four men in Culiacán, five hours later."), 0},
		{"one detained in both", mk(1, -1, "Las autoridades detuvieron a un hombre en Culiacán, cinco horas después."),
			mk(1, -1, "Authorities detained one man in Culiacán five hours later."), 0},
	} {
		if got := faces(tc.x, tc.m); got != tc.want {
			t.Errorf("%s: faces %d, want %d", tc.name, got, tc.want)
		}
		if got := faces(tc.m, tc.x); got != tc.want {
			t.Errorf("%s (the other way): faces %d, want %d", tc.name, got, tc.want)
		}
	}
}
