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

// TestAreaAcrossStateLine: a report placed only in a metropolitan zone
// that spans a state line ("in the Torreón metropolitan area", filed in
// Coahuila at the zone's point) tells the act the local reports place in
// a town of the zone across the line (Gómez Palacio, Durango), as it
// would a town of its own state; two acts of the zone that night in two
// towns, told by the area's report once, stay apart on their tolls, and a
// town of the other state outside the zone (Cuencamé) stays apart.
func TestAreaAcrossStateLine(t *testing.T) {
	mon := nightDay.AddDate(0, 0, 3)
	pub := mon.AddDate(0, 0, 1).Add(9 * time.Hour)
	gomez := place{"10", "Durango", "10007", "Gómez Palacio", 25.5687, -103.4996}
	lerdo := place{"10", "Durango", "10012", "Lerdo", 25.5361, -103.5249}
	cuencame := place{"10", "Durango", "10005", "Cuencamé", 24.8713, -103.6973}
	coahuila := place{state: "05", stateName: "Coahuila de Zaragoza"}
	at := func(it Item, lat, lon float64, prec model.GeoPrecision) Item {
		it.Incident.Location.Lat, it.Incident.Location.Lon, it.Incident.Location.Precision = &lat, &lon, prec
		return it
	}
	police := func(it Item) Item {
		it.Incident.Actors = append(it.Incident.Actors, model.Actor{Name: "Policía Municipal", Kind: model.StateForce, Role: model.Target})
		return it
	}
	wire := police(tolled(item("a-0", "a", "Meridian Wire", model.ArmedAttack, coahuila, gomez.midnight(mon).Add(21*time.Hour), model.TimeDay, pub,
		"A municipal police officer was killed and another wounded when gunmen fired on their patrol car in the Torreón metropolitan area on Monday night, officials said."), 1, 1, -1))
	wire.Incident.Location.Place = "Torreón metropolitan area"
	wire = at(wire, 25.5439, -103.4180, model.GeoMunicipality)
	local := police(tolled(item("b-0", "b", "El Siglo", model.ArmedAttack, gomez, gomez.midnight(mon).Add(21*time.Hour+15*time.Minute), model.TimeHour, pub,
		"GÓMEZ PALACIO, Dgo.- Un agente de la Policía Municipal murió y otro resultó herido luego de que sujetos armados dispararon contra su patrulla, anoche alrededor de las 21:15 horas, sobre el bulevar Miguel Alemán."), 1, 1, -1))
	other := tolled(item("c-0", "c", "El Siglo", model.ArmedAttack, lerdo, lerdo.midnight(mon).Add(22*time.Hour), model.TimeHour, pub,
		"LERDO, Dgo.- Tres hombres murieron la noche del lunes cuando sujetos armados dispararon contra los clientes de un expendio de cerveza, alrededor de las 22:00 horas."), 3, -1, -1)
	far := police(tolled(item("d-0", "d", "El Sol de Durango", model.ArmedAttack, cuencame, cuencame.midnight(mon).Add(21*time.Hour), model.TimeDay, pub,
		"CUENCAMÉ, Dgo.- Un policía municipal murió y otro resultó herido la noche del lunes cuando sujetos armados atacaron su patrulla."), 1, 1, -1))
	runOrders(t, []slipCase{
		{"the zone's area beside a town across the line", []Item{wire, local}, [][2]string{{"a-0", "b-0"}}, nil},
		{"the zone's area, two acts of the zone", []Item{wire, local, other}, [][2]string{{"a-0", "b-0"}}, [][2]string{{"a-0", "c-0"}, {"b-0", "c-0"}}},
		{"a town of the other state outside the zone", []Item{wire, far}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}

// TestZoneAcross: the states of a report at a metropolitan zone's point
// and a town's report do not keep them apart (geo) when the town lies in
// that zone across the state line, near the zone's point; they do for a
// town of the other state outside the zone, for a region's point, and
// for a zone of one state.
func TestZoneAcross(t *testing.T) {
	mon := nightDay.AddDate(0, 0, 3)
	pub := mon.AddDate(0, 0, 1).Add(9 * time.Hour)
	areaAt := func(state place, name string, lat, lon float64) Item {
		it := item("a-0", "a", "Meridian Wire", model.ArmedAttack, state, mon.Add(21*time.Hour), model.TimeDay, pub, "Gunmen fired on a patrol car.")
		it.Incident.Location.Lat, it.Incident.Location.Lon, it.Incident.Location.Precision = &lat, &lon, model.GeoMunicipality
		it.Incident.Location.Place = name
		return it
	}
	town := func(p place) Item {
		return item("b-0", "b", "El Siglo", model.ArmedAttack, p, mon.Add(21*time.Hour), model.TimeDay, pub, "Dispararon contra una patrulla.")
	}
	coahuila := place{state: "05", stateName: "Coahuila de Zaragoza"}
	tamaulipas := place{state: "28", stateName: "Tamaulipas"}
	nuevoLeon := place{state: "19", stateName: "Nuevo León"}
	laguna := func() Item { return areaAt(coahuila, "Torreón metropolitan area", 25.5439, -103.4180) }
	tests := []struct {
		name string
		a, b Item
		ok   bool
	}{
		{"La Laguna's area, Gómez Palacio", laguna(), town(place{"10", "Durango", "10007", "Gómez Palacio", 25.5687, -103.4996}), true},
		{"la zona conurbada de Tampico, Pueblo Viejo", areaAt(tamaulipas, "zona conurbada de Tampico", 22.2361, -97.9352),
			town(place{"30", "Veracruz de Ignacio de la Llave", "30133", "Pueblo Viejo", 22.2007, -97.8409}), true},
		{"La Laguna's area, Cuencamé outside the zone", laguna(), town(place{"10", "Durango", "10005", "Cuencamé", 24.8713, -103.6973}), false},
		{"a region's point", areaAt(coahuila, "la Laguna", 25.5439, -103.4180), town(place{"10", "Durango", "10007", "Gómez Palacio", 25.5687, -103.4996}), false},
		{"Monterrey's area, a town of Coahuila", areaAt(nuevoLeon, "Monterrey metropolitan area", 25.7037, -100.2813),
			town(place{"05", "Coahuila de Zaragoza", "05027", "Ramos Arizpe", 25.5393, -100.9474}), false},
	}
	for _, tc := range tests {
		f := New(DefaultConfig(), func(Fused) error { return nil })
		x, m := f.newMember(tc.a), f.newMember(tc.b)
		if _, ok, _, _ := f.geo(x, m); ok != tc.ok {
			t.Errorf("%s: geo one place %v, want %v", tc.name, ok, tc.ok)
		}
		if _, ok, _, _ := f.geo(m, x); ok != tc.ok {
			t.Errorf("%s (the other order): geo one place %v, want %v", tc.name, ok, tc.ok)
		}
	}
}
