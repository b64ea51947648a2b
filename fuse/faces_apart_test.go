package fuse

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Places and days of the near-miss tests (TestShootingFacesApart, TestWhyApart).
var (
	calera  = place{"32", "Zacatecas", "32005", "Calera", 22.903, -102.692}
	shotDay = time.Date(2039, 5, 14, 0, 0, 0, 0, mexicoTZ) // a Saturday
	shotPub = shotDay.AddDate(0, 0, 1).Add(9 * time.Hour)
)

// TestShootingFacesApart: the faces one shooting takes (a clash, an
// attack, a killing) weigh together only as one act's; near misses stay
// apart in either order: two acts of different types in one town the
// same night, an arrest the day after an attack, an attack in a
// neighbouring municipality.
func TestShootingFacesApart(t *testing.T) {
	rep := func(id string, typ model.IncidentType, p place, at time.Time, prec model.TimePrecision, pub time.Time, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, p, at, prec, pub, text), killed, -1, -1)
	}
	clash := rep("a-0", model.ArmedClash, fresnillo, shotDay.Add(21*time.Hour), model.TimeHour, shotPub, 2,
		"Un enfrentamiento entre policías estatales y civiles armados dejó dos agresores abatidos alrededor de las 21:00 horas del sábado en la colonia Las Américas de Fresnillo.")
	attack := rep("b-0", model.ArmedAttack, fresnillo, shotDay.Add(23*time.Hour+30*time.Minute), model.TimeHour, shotPub, 1,
		"Hombres armados atacaron a balazos a un hombre afuera de su domicilio en la colonia Centro de Fresnillo alrededor de las 23:30 horas del sábado; murió en el lugar.")
	killing := rep("c-0", model.Homicide, fresnillo, shotDay.Add(23*time.Hour+30*time.Minute), model.TimeHour, shotPub, 1,
		"Un hombre fue asesinado a balazos afuera de su casa en la colonia Centro de Fresnillo la noche del sábado, cerca de las 23:30 horas.")
	arrest := rep("d-0", model.SecurityOperation, fresnillo, shotDay.AddDate(0, 0, 1).Add(11*time.Hour), model.TimeHour, shotPub.AddDate(0, 0, 1), -1,
		"Elementos de la Policía Estatal detuvieron la mañana del domingo a dos hombres en posesión de armas de fuego en la colonia Centro de Fresnillo.")
	neighbour := rep("e-0", model.ArmedAttack, calera, shotDay.Add(23*time.Hour+30*time.Minute), model.TimeHour, shotPub, 1,
		"Hombres armados atacaron a balazos a un hombre afuera de su domicilio en la cabecera municipal de Calera alrededor de las 23:30 horas del sábado; murió en el lugar.")
	runOrders(t, []slipCase{
		{"an attack and its killing, a clash that night", []Item{clash, attack, killing},
			[][2]string{{"b-0", "c-0"}}, [][2]string{{"a-0", "b-0"}, {"a-0", "c-0"}}},
		{"an arrest the day after an attack", []Item{attack, killing, arrest},
			[][2]string{{"b-0", "c-0"}}, [][2]string{{"b-0", "d-0"}, {"c-0", "d-0"}}},
		{"an attack in the neighbouring town", []Item{attack, killing, neighbour},
			[][2]string{{"b-0", "c-0"}}, [][2]string{{"b-0", "e-0"}, {"c-0", "e-0"}}},
	})
}

// TestWhyApart: WhyApart names, for each pair of incidents fusion keeps
// apart, the step that refused the later when it came: two attacks of one
// town fourteen hours apart never meet as candidates; an attack in the
// neighbouring town is refused by the rules' places and by a hard fact
// of the pair model; a state-only arrest that night is a candidate (its
// state's key) refused at a later step.
func TestWhyApart(t *testing.T) {
	rep := func(id string, typ model.IncidentType, p place, at time.Time, pub time.Time, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, p, at, model.TimeHour, pub, text), killed, -1, -1)
	}
	attack := rep("a-0", model.ArmedAttack, fresnillo, shotDay.Add(23*time.Hour+30*time.Minute), shotPub, 1,
		"Hombres armados atacaron a balazos a un hombre afuera de su domicilio en la colonia Centro de Fresnillo alrededor de las 23:30 horas del sábado; murió en el lugar.")
	neighbour := rep("b-0", model.ArmedAttack, calera, shotDay.Add(23*time.Hour+30*time.Minute), shotPub, 1,
		"Hombres armados atacaron a balazos a un hombre afuera de su domicilio en la cabecera municipal de Calera alrededor de las 23:30 horas del sábado; murió en el lugar.")
	early := rep("c-0", model.ArmedAttack, fresnillo, shotDay.Add(9*time.Hour), shotPub, 1,
		"Hombres armados atacaron a balazos a un hombre en un taller mecánico de la colonia Las Américas de Fresnillo alrededor de las 09:00 horas del sábado.")
	// A state-only report of an arrest that night: a candidate by its
	// state (numbered before the lookup, as add numbers it), refused for
	// its type, not for want of a common key.
	arrest := rep("d-0", model.SecurityOperation, place{state: "32", stateName: "Zacatecas"}, shotDay.Add(23*time.Hour+45*time.Minute), shotPub, -1,
		"Elementos de la Guardia Nacional detuvieron la noche del sábado a un hombre armado en Zacatecas.")
	items := []Item{early, attack, neighbour, arrest}
	slices.SortStableFunc(items, func(a, b Item) int {
		if Less(&a, &b) {
			return -1
		}
		if Less(&b, &a) {
			return 1
		}
		return 0
	})
	got, err := WhyApart(DefaultConfig(), items, [][2]string{{"c-0", "a-0"}, {"a-0", "b-0"}, {"a-0", "d-0"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		pair [2]string
		step string
	}{
		{[2]string{"c-0", "a-0"}, "window: not a candidate"}, // fourteen hours apart: no index key in common
		{[2]string{"a-0", "b-0"}, "model: hard fact"},        // two towns geo keeps apart (gate_towns)
	} {
		if g := got[tt.pair]; g.Step != tt.step {
			t.Errorf("%v: step %q (%s), want %q", tt.pair, g.Step, g.Detail, tt.step)
		}
	}
	if g := got[[2]string{"a-0", "d-0"}]; g.Step == "" || g.Step == "window: not a candidate" {
		t.Errorf("the state-only arrest: step %q (%s), want a step after the candidate lookup", g.Step, g.Detail)
	}
}
