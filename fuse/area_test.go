package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestAreaBesidePoint: a wire that places an act only in a metropolitan
// area (its point, municipality precision, no municipality: "in the Tuxtla
// Gutiérrez metropolitan area") tells the act an alert places at a point
// of one of the area's colonias, farther from the area's point than
// PointKm, as it tells the town's own report; an alert of the same night
// in a town far from the area (Comitán) stays apart.
func TestAreaBesidePoint(t *testing.T) {
	fri := nightDay.AddDate(0, 0, 1)
	pub := fri.AddDate(0, 0, 1).Add(9 * time.Hour)
	tuxtla := place{"07", "Chiapas", "07101", "Tuxtla Gutiérrez", 16.754, -93.116}
	comitan := place{"07", "Chiapas", "07019", "Comitán de Domínguez", 16.240, -92.137}
	chiapas := place{state: "07", stateName: "Chiapas"}
	at := func(it Item, lat, lon float64, prec model.GeoPrecision) Item {
		it.Incident.Location.Lat, it.Incident.Location.Lon, it.Incident.Location.Precision = &lat, &lon, prec
		return it
	}
	wire := tolled(item("a-0", "a", "Southern Wire", model.ArmedAttack, chiapas, tuxtla.midnight(fri).Add(22*time.Hour), model.TimeDay, pub,
		"Gunmen opened fire on diners at a taco stand in the Tuxtla Gutiérrez metropolitan area late Friday, killing three people and wounding one, Chiapas prosecutors said."), 3, 1, -1)
	wire.Incident.Location.Place = "Tuxtla Gutiérrez metropolitan area"
	wire = at(wire, 16.7535, -93.1334, model.GeoMunicipality)
	alert := at(item("b-0", "b", "Alerta Chiapas", model.ArmedAttack, tuxtla, tuxtla.midnight(fri).Add(22*time.Hour+40*time.Minute), model.TimeMinute, pub,
		"BALACERA | Tuxtla Gutiérrez, Chis. Reportan disparos contra comensales de un puesto de tacos de la colonia Terán."), 16.760, -93.060, model.GeoPoint)
	alert.Kind = model.KindAlertFeed
	local := tolled(item("c-0", "c", "Diario de Chiapas", model.ArmedAttack, tuxtla, tuxtla.midnight(fri).Add(22*time.Hour), model.TimeDay, pub,
		"TUXTLA GUTIÉRREZ, Chis.- Tres personas murieron y una resultó herida la noche del viernes cuando hombres armados dispararon contra los clientes de un puesto de tacos."), 3, 1, -1)
	far := at(item("d-0", "d", "Alerta Chiapas", model.ArmedAttack, comitan, comitan.midnight(fri).Add(22*time.Hour+50*time.Minute), model.TimeMinute, pub,
		"BALACERA | Comitán, Chis. Reportan disparos contra comensales de un puesto de tacos."), 16.241, -92.140, model.GeoPoint)
	far.Kind = model.KindAlertFeed
	runOrders(t, []slipCase{
		{"the area beside a colonia's point", []Item{wire, alert}, [][2]string{{"a-0", "b-0"}}, nil},
		{"the area beside the point and the town", []Item{wire, alert, local}, [][2]string{{"a-0", "b-0"}, {"a-0", "c-0"}}, nil},
		{"a point far from the area", []Item{wire, far}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}
