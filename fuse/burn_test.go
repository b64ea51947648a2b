package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestTwoBlockadesOfOneRoad: two blockades of one road in one town on
// one day, the morning's with a tractor-trailer and two pickups set on
// fire, the afternoon's with a burning bus, told by a summary that dates
// both to the day, a wire that calls the first an arson and dates both
// to the day, an official note and a local daily that time the first to
// the minute (one calling it a blockade, the other a burning), and an
// alert that times the second. Each reading of the morning's act joins
// the event whose members tell it under its own name, not the one that
// most of them call otherwise: two events, whatever the order of the
// reports.
func TestTwoBlockadesOfOneRoad(t *testing.T) {
	day := tolDay
	morning := day.Add(7*time.Hour + 25*time.Minute)
	wire := tol("w-0", model.Arson, matamoros, matamoros.midnight(day).Add(3*time.Hour), model.TimeDay, -1,
		"In an arson attack early Sunday, gunmen torched a tractor-trailer and two pickups on the western edge of Matamoros, state authorities said.")
	wire.Incident.Confidence = 0.95 // the event of the summary's first act and the wire's is typed arson
	items := []Item{
		tol("c-0", model.Blockade, matamoros, matamoros.midnight(day), model.TimeDay, -1,
			"El primer bloqueo, con un tractocamión y dos camionetas incendiados, ocurrió por la mañana a la altura del ejido El Control;"),
		tol("c-1", model.Blockade, matamoros, matamoros.midnight(day).Add(16*time.Hour), model.TimeDay, -1,
			"el segundo, por la tarde, con un autobús de pasajeros en llamas a la altura de la colonia Las Granjas."),
		wire,
		tol("w-1", model.Blockade, matamoros, matamoros.midnight(day).Add(3*time.Hour), model.TimeDay, -1,
			"Hours later, gunmen blocked the highway to Reynosa with a burning passenger bus, halting traffic for about two hours."),
		tol("o-0", model.Blockade, matamoros, morning, model.TimeMinute, -1,
			"A las 07:25 horas de este domingo, personas armadas bloquearon la carretera Matamoros–Reynosa, a la altura del ejido El Control, con un tractocamión y dos camionetas a los que prendieron fuego."),
		tol("l-0", model.Arson, matamoros, morning.Add(5*time.Minute), model.TimeMinute, -1,
			"Sujetos armados prendieron fuego a un tractocamión y a dos camionetas alrededor de las 07:30 horas de este domingo en el ejido El Control, al poniente de Matamoros."),
		tol("f-0", model.Blockade, matamoros, day.Add(14*time.Hour+20*time.Minute), model.TimeMinute, -1,
			"BLOQUEO | Un autobús de pasajeros en llamas atravesado cierra la carretera Matamoros–Reynosa a la altura de la colonia Las Granjas."),
	}
	runOrders(t, []slipCase{{
		name:  "a morning's and an afternoon's blockade",
		items: items,
		join:  [][2]string{{"c-0", "w-0"}, {"c-0", "o-0"}, {"o-0", "l-0"}, {"w-0", "l-0"}, {"c-1", "w-1"}, {"w-1", "f-0"}},
		apart: [][2]string{{"o-0", "f-0"}, {"o-0", "w-1"}, {"l-0", "c-1"}, {"w-0", "f-0"}, {"c-0", "c-1"}},
	}})
}

// TestMemberType: a member of the newcomer's own type agrees with it in
// type fully, whatever the event's type; another member of the burnings'
// family keeps the event's agreement, and so does a member of the
// shootings' family (whose types are weighed by the event's majority).
func TestMemberType(t *testing.T) {
	mk := func(typ model.IncidentType) *member {
		return &member{it: Item{Incident: model.Incident{Type: typ}}}
	}
	tests := []struct {
		name string
		x, m model.IncidentType
		tc   float64
		want float64
	}{
		{"a blockade beside a blockade, in an event of arson", model.Blockade, model.Blockade, 0.7, 1},
		{"an arson beside an arson, in an event of blockades", model.Arson, model.Arson, 0.7, 1},
		{"an attack on a business beside one", model.BusinessAttack, model.BusinessAttack, 0.7, 1},
		{"a blockade beside an arson", model.Arson, model.Blockade, 0.7, 0.7},
		{"a clash beside a clash, in an event of attacks", model.ArmedClash, model.ArmedClash, 0.7, 0.7},
		{"a killing beside a killing, in an event of attacks", model.Homicide, model.Homicide, 0.7, 0.7},
	}
	for _, tc := range tests {
		if got := memberType(mk(tc.x), mk(tc.m), tc.tc); got != tc.want {
			t.Errorf("%s: memberType = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestUntimedTwin: one sentence that extraction read twice, dated to the
// day at a homonym locality of another town and undated at the town of
// the act, does not keep its undated reading out of the event its dated
// twin joined, when every other report places the act in the act's town.
func TestUntimedTwin(t *testing.T) {
	buenavista := place{"16", "Michoacán", "16012", "Buenavista", 19.212, -102.587}
	obregon := place{"16", "Michoacán", "16003", "Álvaro Obregón", 19.812, -101.033}
	afternoon := buenavista.midnight(tolDay).Add(15 * time.Hour)
	told := "BUENAVISTA, Mich.- Hombres armados cerraron la tarde de este domingo la entrada a la tenencia de Felipe Carrillo Puerto, donde atravesaron un camión de carga y una camioneta y les prendieron fuego."
	dated := tol("b-0", model.Blockade, obregon, afternoon, model.TimeDay, -1, told)
	undated := tol("b-1", model.Blockade, buenavista, time.Time{}, "", -1, told)
	items := []Item{
		tol("a-0", model.Arson, buenavista, afternoon, model.TimeDay, -1,
			"In Buenavista, gunmen set a cargo truck and a pickup ablaze at the entrance to the town of Felipe Carrillo Puerto on Sunday afternoon."),
		tol("c-0", model.Blockade, buenavista, afternoon.Add(time.Hour), model.TimeDay, -1,
			"En Buenavista, sujetos armados atravesaron y quemaron un camión de carga y una camioneta en el acceso a la tenencia de Felipe Carrillo Puerto."),
		dated, undated,
	}
	runOrders(t, []slipCase{{
		name:  "the undated reading at the act's town",
		items: items,
		join:  [][2]string{{"a-0", "c-0"}, {"a-0", "b-1"}, {"c-0", "b-1"}},
	}})
}

// TestTrucksAndAHouse: a truck and a bus burned across a road, which one
// outlet tells as a blockade and another as arson, and a house set on
// fire in the same town that afternoon, also told as arson: the road's
// arson joins the blockade, not the house's arson of its own type; a
// company's delivery trucks set on fire and a beer store firebombed that
// night, both attacks on businesses, stay two acts, the trucks told
// again joining the trucks; a
// shop burned told by two outlets, one naming the gunmen's car, stays
// one act, and so do a house told as "vivienda" and as a home, and a
// blockade told by its trucks and by the petrol station where it stood.
func TestTrucksAndAHouse(t *testing.T) {
	uruapan := place{"16", "Michoacán", "16102", "Uruapan", 19.417, -102.058}
	noon := uruapan.midnight(tolDay)
	items := []Item{
		tol("a-0", model.Arson, uruapan, noon.Add(13*time.Hour+40*time.Minute), model.TimeMinute, -1,
			"URUAPAN, Mich.- Desconocidos prendieron fuego a una vivienda deshabitada de la colonia San Rafael alrededor de las 13:40 horas de este domingo."),
		tol("b-0", model.Blockade, uruapan, noon.Add(18*time.Hour+30*time.Minute), model.TimeMinute, -1,
			"Hombres armados atravesaron e incendiaron un tractocamión y un autobús de pasajeros en la carretera Uruapan–Taretan alrededor de las 18:30 horas, lo que impidió la circulación."),
		tol("c-0", model.Arson, uruapan, noon.Add(16*time.Hour), model.TimeDay, -1,
			"URUAPAN, Mich.- Un tráiler y un autobús fueron quemados la tarde del domingo por sujetos armados en Toreo El Alto, sobre el camino a Taretan."),
	}
	shop := []Item{
		tol("d-0", model.Arson, uruapan, noon.Add(21*time.Hour+15*time.Minute), model.TimeMinute, -1,
			"URUAPAN, Mich.- Una tienda de abarrotes de la colonia Centro fue incendiada a las 21:15 horas por sujetos que llegaron a bordo de un automóvil compacto."),
		tol("e-0", model.Arson, uruapan, noon.Add(21*time.Hour), model.TimeDay, -1,
			"A grocery store in central Uruapan was set on fire on Sunday night, firefighters said."),
	}
	house := []Item{items[0],
		tol("f-0", model.Arson, uruapan, noon.Add(14*time.Hour), model.TimeDay, -1,
			"In Uruapan, an empty house in the San Rafael neighborhood was set on fire on Sunday afternoon, neighbors said."),
	}
	// One blockade: an alert names where it stood, an outlet the
	// trucks burned.
	landmark := []Item{
		tol("g-0", model.Blockade, uruapan, noon.Add(19*time.Hour+5*time.Minute), model.TimeMinute, -1,
			"BLOQUEO | Reportan bloqueo en la carretera a Paracho, a la altura de la gasolinera de Capácuaro."),
		tol("h-0", model.Blockade, uruapan, noon.Add(19*time.Hour), model.TimeDay, -1,
			"Sujetos armados atravesaron e incendiaron dos tractocamiones en la carretera a Paracho, en Capácuaro, la noche del domingo."),
	}
	// Two attacks on businesses of one town and night, in English: a
	// company's delivery trucks set on fire, and a beer store
	// firebombed; and the trucks told again.
	business := []Item{
		tol("i-0", model.BusinessAttack, uruapan, noon.Add(20*time.Hour+15*time.Minute), model.TimeMinute, -1,
			"At about 8:15 p.m., gunmen forced the drivers out of two delivery trucks of a bottling company in Uruapan and set them on fire."),
		tol("j-0", model.BusinessAttack, uruapan, noon.Add(21*time.Hour), model.TimeDay, -1,
			"In Uruapan, men on a motorcycle doused a beer store in the San Antonio neighborhood with gasoline and set it on fire on Sunday night."),
		tol("k-0", model.BusinessAttack, uruapan, noon.Add(21*time.Hour), model.TimeDay, -1,
			"Two delivery trucks of a bottling company were torched by gunmen in Uruapan on Sunday night."),
	}
	runOrders(t, []slipCase{
		{"a company's trucks and a beer store", business, [][2]string{{"i-0", "k-0"}}, [][2]string{{"i-0", "j-0"}, {"j-0", "k-0"}}},
		{"a blockade told by its trucks and by its landmark", landmark, [][2]string{{"g-0", "h-0"}}, nil},
		{"the road's arson joins the blockade", items, [][2]string{{"b-0", "c-0"}}, [][2]string{{"a-0", "c-0"}, {"a-0", "b-0"}}},
		{"a shop burned, the gunmen's car named", shop, [][2]string{{"d-0", "e-0"}}, nil},
		{"a house told in two words", house, [][2]string{{"a-0", "f-0"}}, nil},
	})
}

// TestVehiclesAndBuilding: heavy vehicles against buildings part two
// burnings; two things of one class, a car, or nothing named do not.
func TestVehiclesAndBuilding(t *testing.T) {
	tests := []struct {
		name string
		a, b uint16
		want bool
	}{
		{"trucks and a house", objTruck | objBus, objHouse, true},
		{"a store and a bus", objStore, objBus, true},
		{"a truck and a bus", objTruck, objBus, false},
		{"a house and a store", objHouse, objStore, false},
		{"a car and a store", objCar, objStore, false},
		{"a truck with a car, and a house", objTruck | objCar, objHouse, false},
		{"a truck and a store with a truck", objTruck, objStore | objTruck, false},
		{"nothing named", 0, objHouse, false},
	}
	for _, tt := range tests {
		if got := vehiclesAndBuilding(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
		if got := vehiclesAndBuilding(tt.b, tt.a); got != tt.want {
			t.Errorf("%s (the other way): %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestPremisesNamed: the words outlets use for the premises a burning or
// an attack strikes name its kind: "una casa de empeño" a store (as "a
// pawn shop" does, not a house), "una estación de servicio" a petrol
// station (as "a gas station" does), so that two outlets' names of one
// place agree.
func TestPremisesNamed(t *testing.T) {
	tests := []struct {
		text string
		want uint16
	}{
		{"Desconocidos dispararon contra la fachada de una casa de empeño de la 4a. Avenida.", objStore},
		{"A pawn shop was shot at and firebombed.", objStore},
		{"Balean dos casas de empeño en el centro.", objStore},
		{"otro grupo disparó contra las instalaciones de una estación de servicio del bulevar", objStation},
		{"Gunmen opened fire on a petrol station on the boulevard.", objStation},
		{"Reports of gunfire at a service station on Boulevard Colosio.", objStation},
	}
	for _, tt := range tests {
		m := &member{it: Item{Incident: model.Incident{Evidence: []model.Span{{Text: tt.text}}}}}
		if m.objects()&tt.want == 0 {
			t.Errorf("objects(%q) = %b, want %b among them", tt.text, m.objects(), tt.want)
		}
	}
}
