package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// regionDay is the day of the acts of the region tests.
var regionDay = time.Date(2041, 3, 13, 0, 0, 0, 0, mexicoTZ) // a Wednesday

// inRegion places it at an area's point with no municipality, as
// extraction places "the Sierra Tarahumara" or "the Chihuahua
// metropolitan area": written is the place as the text wrote it.
func inRegion(it Item, written string, lat, lon float64) Item {
	l := &it.Incident.Location
	l.MunicipalityCode, l.Municipality, l.Place = "", "", written
	l.Lat, l.Lon, l.Precision = &lat, &lon, model.GeoMunicipality
	return it
}

// TestRegionJoinsTheOne: a report that places an act only in a region of
// a state ("in the Sierra Tarahumara mountains of northern Chihuahua
// state") joins the one event of a compatible type of the state whose
// towns lie within the region's reach of its point (areaKm), however far
// beyond UnplacedPointKm, and stays on its own when there are two, when
// the town lies farther, when the area is a metropolitan one named as
// such (whose towns lie within UnplacedPointKm), or when it is a tally.
func TestRegionJoinsTheOne(t *testing.T) {
	pub := regionDay.AddDate(0, 0, 1).Add(10 * time.Hour)
	gyc := place{"08", "Chihuahua", "08029", "Guadalupe y Calvo", 26.09392, -106.96389}
	guachochi := place{"08", "Chihuahua", "08027", "Guachochi", 26.81948, -107.07132}
	juarez := place{"08", "Chihuahua", "08037", "Juárez", 31.72024, -106.46084}
	cuauhtemoc := place{"08", "Chihuahua", "08017", "Cuauhtémoc", 28.40884, -106.86319}
	chihuahua := place{state: "08", stateName: "Chihuahua"}
	clash := func(id string, p place, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], model.ArmedClash, p, regionDay, model.TimeDay, pub, text), 6, -1, -1)
	}
	wire := func(written string, lat, lon float64) Item {
		return inRegion(clash("b-0", chihuahua, "Six people were killed on Thursday in a gun battle between rival criminal groups in the "+written+" of northern Chihuahua state, prosecutors said."),
			written, lat, lon)
	}
	sierra := wire("Sierra Tarahumara", 27.38423, -107.64354)
	metro := wire("Chihuahua metropolitan area", 28.68882, -105.96369)
	town := clash("a-0", gyc, "GUADALUPE Y CALVO, Chih.- Seis personas murieron este miércoles en un enfrentamiento entre grupos criminales en la comunidad de Baborigame.")
	other := clash("c-0", guachochi, "GUACHOCHI, Chih.- Un enfrentamiento armado en la comunidad de Norogachi dejó seis muertos este miércoles.")
	far := clash("c-0", juarez, "CIUDAD JUÁREZ, Chih.- Un enfrentamiento entre células criminales en la colonia Riberas del Bravo dejó seis muertos.")
	near := clash("c-0", cuauhtemoc, "CUAUTÉMOC, Chih.- Un enfrentamiento entre grupos armados en un campo menonita dejó seis muertos este miércoles.")
	tally := wire("Sierra Tarahumara", 27.38423, -107.64354)
	tally.Incident.Tally = true
	runOrders(t, []slipCase{
		{"the one clash of the region, 159 km from its point", []Item{town, sierra}, [][2]string{{"a-0", "b-0"}}, nil},
		{"two clashes of the region: no one to choose", []Item{town, other, sierra}, nil,
			[][2]string{{"a-0", "b-0"}, {"c-0", "b-0"}, {"a-0", "c-0"}}},
		{"a clash of the state beyond the region's reach", []Item{far, sierra}, nil, [][2]string{{"c-0", "b-0"}}},
		{"the region's clash beside one beyond its reach", []Item{town, far, sierra}, [][2]string{{"a-0", "b-0"}}, [][2]string{{"c-0", "b-0"}}},
		{"a metropolitan area's towns lie near its point", []Item{near, metro}, nil, [][2]string{{"c-0", "b-0"}}},
		{"a tally of the region is its own event", []Item{town, tally}, nil, [][2]string{{"a-0", "b-0"}}},
	})
}

// TestRegionNamed: an area's place written as a metropolitan area is one
// (its towns within UnplacedPointKm), any other a region (within areaKm).
func TestRegionNamed(t *testing.T) {
	f := New(DefaultConfig(), func(Fused) error { return nil })
	chihuahua := place{state: "08", stateName: "Chihuahua"}
	tests := []struct {
		written string
		region  bool
	}{
		{"Sierra Tarahumara", true},
		{"Tierra Caliente", true},
		{"Riviera Maya", true},
		{"Costa Grande", true},
		{"metropolitan area of Toluca", false},
		{"zona metropolitana de Guadalajara", false},
		{"Greater Monterrey", false},
		{"Monterrey metro area", false},
		{"ZMG", false},
		{"Comarca Lagunera", false},
		{"Valle de México", false},
		{"", false}, // no place written: not known to be a region
	}
	for _, tc := range tests {
		it := inRegion(item("a-0", "a", "Wire", model.ArmedClash, chihuahua, regionDay, model.TimeDay, regionDay.Add(20*time.Hour), "Un enfrentamiento."),
			tc.written, 27.38, -107.64)
		m := f.newMember(it)
		if !m.area || m.region != tc.region {
			t.Errorf("%q: area %v region %v, want area true region %v", tc.written, m.area, m.region, tc.region)
		}
	}
}

// TestWoundedDied: a state-only report that gives one more dead than the
// town's report of its act, because a wounded victim died since, joins
// that event rather than the other of the state (tollsDiffer); without
// the words that tell the death, the two tolls differ and it stays apart.
func TestWoundedDied(t *testing.T) {
	pub := regionDay.AddDate(0, 0, 1).Add(11 * time.Hour)
	cuautla := place{"17", "Morelos", "17006", "Cuautla", 18.8121, -98.9548}
	ayala := place{"17", "Morelos", "17004", "Ayala", 18.7667, -98.9833}
	morelos := place{state: "17", stateName: "Morelos"}
	wash := tolled(item("a-0", "a", "Diario", model.ArmedAttack, cuautla, regionDay.Add(15*time.Hour+30*time.Minute), model.TimeMinute, pub,
		"CUAUTLA, Mor.- Tres hombres fueron ejecutados a balazos alrededor de las 15:30 horas en un autolavado; un cuarto hombre resultó herido."), 3, 1, -1)
	killing := tolled(item("c-0", "c", "Alerta", model.Homicide, ayala, regionDay.Add(20*time.Hour), model.TimeMinute, pub,
		"AYALA, Mor.- Un hombre fue asesinado a balazos frente a su domicilio."), 1, -1, -1)
	wire := func(text string) Item {
		return tolled(item("b-0", "b", "Wire", model.ArmedAttack, morelos, regionDay.Add(22*time.Hour), model.TimeDay, pub, text), 4, -1, -1)
	}
	died := wire("Gunmen killed four people at a car wash on Wednesday afternoon in the state of Morelos, state prosecutors said, after a man wounded in the attack died in hospital overnight.")
	plain := wire("Gunmen killed four people at a car wash on Wednesday afternoon in the state of Morelos, state prosecutors said.")
	tests := []struct {
		name  string
		items []Item
		join  bool
	}{
		{"a wounded victim died since", []Item{wash, killing, died}, true},
		{"four dead, told as such", []Item{wash, killing, plain}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events := fuseAll(t, DefaultConfig(), tc.items)
			if got := sameEvent(events, "a-0", "b-0"); got != tc.join {
				t.Errorf("a-0 and b-0 one event: %v, want %v", got, tc.join)
			}
			if sameEvent(events, "c-0", "b-0") {
				t.Errorf("c-0 and b-0 were fused")
			}
		})
	}
}

// TestRegionBesideTown: a region's report whose evidence tells the act a
// town's report tells is one place with it however far the town lies
// from the region's point within areaKm (a slip the evidence overrules),
// so that a third report of the town joins them both; another act of
// the town that day stays apart.
func TestRegionBesideTown(t *testing.T) {
	pub := regionDay.AddDate(0, 0, 1).Add(9 * time.Hour)
	playa := place{"23", "Quintana Roo", "23008", "Solidaridad", 20.6274, -87.07987}
	qroo := place{state: "23", stateName: "Quintana Roo"}
	night := regionDay.Add(23*time.Hour + 40*time.Minute)
	wire := inRegion(tolled(item("a-0", "a", "Diario Nacional", model.ArmedAttack, qroo, regionDay.Add(21*time.Hour), model.TimeDay, pub,
		"En la Riviera Maya, dos hombres dispararon contra los clientes de un bar de playa de la Quinta Avenida y dejaron dos muertos y un herido."), 2, 1, -1),
		"Riviera Maya", 20.41956, -87.27156)
	local := tolled(item("b-0", "b", "Por Esto", model.ArmedAttack, playa, night, model.TimeMinute, pub,
		"PLAYA DEL CARMEN, Q. Roo.- Dos hombres dispararon contra los clientes de un bar de playa de la Quinta Avenida a las 23:40 horas y dejaron dos muertos y un herido."), 2, 1, -1)
	official := item("c-0", "c", "Fiscalía", model.ArmedAttack, playa, night, model.TimeMinute, pub,
		"A las 23:40 horas, en un establecimiento de la Quinta Avenida del municipio de Solidaridad, dos personas del sexo masculino dispararon contra los asistentes.")
	other := tolled(item("d-0", "d", "Alerta", model.ArmedAttack, playa, regionDay.Add(21*time.Hour+5*time.Minute), model.TimeMinute, pub,
		"PLAYA DEL CARMEN, Q. Roo.- Un taxista fue atacado a balazos en la colonia Ejido; resultó herido."), -1, 1, -1)
	runOrders(t, []slipCase{
		{"the region's report, the town's and the prosecutor's", []Item{wire, local, official}, [][2]string{{"a-0", "b-0"}, {"b-0", "c-0"}, {"a-0", "c-0"}}, nil},
		{"another act of the town beside its act", []Item{wire, local, other}, [][2]string{{"a-0", "b-0"}}, [][2]string{{"a-0", "d-0"}, {"b-0", "d-0"}}},
	})
}
