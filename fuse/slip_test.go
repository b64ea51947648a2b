package fuse

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Places of the slip tests (seats; points of localities inside them).
var (
	matamoros    = place{"28", "Tamaulipas", "28022", "Matamoros", 25.869, -97.502}
	sanFernando  = place{"28", "Tamaulipas", "28035", "San Fernando", 24.847, -98.149}
	sabinas      = place{"19", "Nuevo León", "19042", "Sabinas Hidalgo", 26.508, -100.178}
	monterrey    = place{"19", "Nuevo León", "19039", "Monterrey", 25.686, -100.316}
	cienega      = place{"19", "Nuevo León", "19012", "Ciénega de Flores", 25.956, -100.159}
	comalapa     = place{"07", "Chiapas", "07034", "Frontera Comalapa", 15.662, -92.135}
	tamaulipas   = place{state: "28", stateName: "Tamaulipas"}
	slipDay      = time.Date(2027, 3, 8, 0, 0, 0, 0, mexicoTZ)
	slipEvening  = slipDay.Add(19*time.Hour + 20*time.Minute)
	slipMidnight = slipDay.AddDate(0, 0, 1)
)

// at places an item at a point of a locality, lat/lon, in p.
func at(it Item, locality string, lat, lon float64) Item {
	it.Incident.Location.Locality = locality
	it.Incident.Location.Lat, it.Incident.Location.Lon = &lat, &lon
	it.Incident.Location.Precision = model.GeoPoint
	return it
}

// runSlips fuses each case's items and checks the pairs that must and
// must not be one event.
func runSlips(t *testing.T, tests []slipCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items := slices.Clone(tc.items)
			slices.SortStableFunc(items, func(a, b Item) int {
				if Less(&a, &b) {
					return -1
				}
				if Less(&b, &a) {
					return 1
				}
				return 0
			})
			events := fuseAll(t, DefaultConfig(), items)
			for _, p := range tc.join {
				if !sameEvent(events, p[0], p[1]) {
					t.Errorf("%s and %s are not one event", p[0], p[1])
				}
			}
			for _, p := range tc.apart {
				if sameEvent(events, p[0], p[1]) {
					t.Errorf("%s and %s are one event", p[0], p[1])
				}
			}
		})
	}
}

type slipCase struct {
	name        string
	items       []Item
	join, apart [][2]string
}

// TestTypeSlip: two types of one family that cannot describe one act
// (bodies found read as an explosive, or as an operation) are one event
// when their evidence tells one act, and only then; types of two
// families, or a kidnapping and its rescue, never are; and an incident
// with an event that agrees in everything joins that one.
func TestTypeSlip(t *testing.T) {
	found := "Los cuerpos de dos hombres fueron localizados en un canal de riego del ejido Granada, en Matamoros."
	official := "La Fiscalía recibió el reporte del hallazgo de dos hombres sin vida en un canal de riego del ejido Granada, municipio de Matamoros."
	other := "Un artefacto explosivo dañó la fachada de una caseta de cobro al norte de Matamoros."
	pub := slipDay.Add(20 * time.Hour)
	bodies := func(id string, typ model.IncidentType, text string) Item {
		return item(id, id[:1], "Diario "+id[:1], typ, matamoros, slipDay.Add(16*time.Hour), model.TimeDay, pub, text)
	}
	runSlips(t, []slipCase{
		{"bodies read as an explosive", []Item{bodies("a-0", model.Homicide, found), bodies("b-0", model.Explosive, official)},
			[][2]string{{"a-0", "b-0"}}, nil},
		{"bodies read as an operation", []Item{bodies("a-0", model.Homicide, found), bodies("b-0", model.SecurityOperation, official)},
			[][2]string{{"a-0", "b-0"}}, nil},
		{"an explosive the evidence does not tell", []Item{bodies("a-0", model.Homicide, found), bodies("b-0", model.Explosive, other)},
			nil, [][2]string{{"a-0", "b-0"}}},
		{"a blockade is of another family", []Item{bodies("a-0", model.Homicide, found), bodies("b-0", model.Blockade, official)},
			nil, [][2]string{{"a-0", "b-0"}}},
		{"a rescue is not the kidnapping", []Item{bodies("a-0", model.Kidnapping, found), bodies("b-0", model.SecurityOperation, official)},
			nil, [][2]string{{"a-0", "b-0"}}},
		{"an event that agrees in everything first", []Item{bodies("a-0", model.Explosive, other),
			bodies("b-0", model.Homicide, found), bodies("c-0", model.Homicide, official)},
			[][2]string{{"b-0", "c-0"}}, [][2]string{{"a-0", "c-0"}, {"a-0", "b-0"}}},
	})
}

// TestPointSlip: two points of one municipality 25 km apart (a locality
// misread in a transcript: "el cartel de sina loa" as Sinaloa) are one
// place when the evidence tells one act; two acts so far apart in one
// municipality are not.
func TestPointSlip(t *testing.T) {
	dawn := slipDay.Add(6*time.Hour + 30*time.Minute)
	pub := slipDay.Add(12 * time.Hour)
	wire := at(item("a-0", "a", "Diario", model.ArmedClash, comalapa, dawn, model.TimeMinute, pub,
		"FRONTERA COMALAPA, Chis.— Habitantes del ejido Paso Hondo reportaron un enfrentamiento entre el Cártel de Sinaloa y el Cártel Jalisco Nueva Generación a las 06:30 horas."),
		"Paso Hondo", 15.684, -92.019)
	radio := at(item("b-0", "b", "Radio", model.ArmedAttack, comalapa, dawn, model.TimeMinute, pub,
		"desde las seis y media se escucharon los balazos por el ejido paso ondo en frontera comalapa eran los del cartel de sina loa contra los del cartel jalisco nueva generasion"),
		"Sinaloa", 15.893, -92.129)
	other := at(item("c-0", "c", "Noticias", model.ArmedAttack, comalapa, dawn, model.TimeMinute, pub,
		"Un hombre fue herido a balazos frente a su domicilio en la colonia Centro."),
		"Sinaloa", 15.893, -92.129)
	far := at(radio, "Sinaloa", 16.2, -92.129) // some 60 km away
	runSlips(t, []slipCase{
		{"the same clash", []Item{wire, radio}, [][2]string{{"a-0", "b-0"}}, nil},
		{"another act", []Item{wire, other}, nil, [][2]string{{"a-0", "c-0"}}},
		{"too far even for a slip", []Item{wire, far}, nil, [][2]string{{"a-0", "b-0"}}},
	})
}

// TestUnplacedJoinsTheOne: a transcript that names no state ("la
// carretera a matamoros ... kilometro ciento ochenta y cuatro") joins,
// when its window closes, the one event its evidence tells; not one at
// another kilometre, nor one of two events it could tell.
func TestUnplacedJoinsTheOne(t *testing.T) {
	pub := slipDay.Add(20 * time.Hour)
	km := func(id string, p place, n string) Item {
		return item(id, id[:1], "Diario "+id[:1], model.Blockade, p, slipEvening, model.TimeMinute, pub,
			"Un tractocamión incendiado bloquea la carretera federal 101 en el km "+n+", al norte de San Fernando, rumbo a Matamoros.")
	}
	radio := item("r-0", "r", "Radio", model.Blockade, country, slipDay, model.TimeDay, pub,
		"nos reportan un bloqueo en la carretera a matamoros a la altura del kilometro ciento ochenta y cuatro al norte de san fernando un trailer quemandose kilometro ciento ochenta y cuatro carretera federal ciento uno")
	unrelated := item("u-0", "u", "Radio 2", model.Blockade, country, slipDay, model.TimeDay, pub,
		"se reporta un bloqueo con llantas en llamas en la salida a la presa")
	later := item("z-0", "z", "Otro", model.Blockade, apatzingan, slipDay.AddDate(0, 0, 5), model.TimeMinute,
		slipDay.AddDate(0, 0, 5), "Bloqueo en Apatzingán.")
	runSlips(t, []slipCase{
		{"the one blockade it tells", []Item{km("a-0", sanFernando, "184"), radio}, [][2]string{{"a-0", "r-0"}}, nil},
		{"closed in a stream", []Item{km("a-0", sanFernando, "184"), radio, later}, [][2]string{{"a-0", "r-0"}}, nil},
		{"another kilometre", []Item{km("a-0", sanFernando, "158"), radio}, nil, [][2]string{{"a-0", "r-0"}}},
		{"two it could tell", []Item{km("a-0", sanFernando, "184"), km("b-0", matamoros, "184"), radio},
			nil, [][2]string{{"a-0", "r-0"}, {"b-0", "r-0"}}},
		{"evidence that tells another act", []Item{km("a-0", sanFernando, "184"), unrelated}, nil, [][2]string{{"a-0", "u-0"}}},
	})
}

// TestStateOnlyPicksByEvidence: of two events a state-only report could
// join, it joins the one its evidence tells, and neither when it tells
// none.
func TestStateOnlyPicksByEvidence(t *testing.T) {
	pub := slipDay.Add(22 * time.Hour)
	town := func(id string, p place, text string) Item {
		return item(id, id[:1], "Diario "+id[:1], model.Blockade, p, slipEvening, model.TimeMinute, pub, text)
	}
	a := town("a-0", sanFernando, "Un tractocamión incendiado bloquea la carretera federal 101 en el kilómetro 184, al norte de San Fernando.")
	b := town("b-0", matamoros, "Vehículos incendiados bloquean el bulevar Luis Donaldo Colosio, en la colonia Puerto Rico.")
	told := item("s-0", "s", "Wire", model.Blockade, tamaulipas, slipDay, model.TimeDay, pub,
		"Gunmen set a tractor-trailer ablaze across Federal Highway 101 at kilometer 184 in Tamaulipas, north of San Fernando, blocking the road.")
	vague := item("v-0", "v", "Wire 2", model.Blockade, tamaulipas, slipDay, model.TimeDay, pub,
		"Roads were blocked with burning vehicles across Tamaulipas on Monday, officials said.")
	runSlips(t, []slipCase{
		{"the one its evidence tells", []Item{a, b, told}, [][2]string{{"a-0", "s-0"}}, [][2]string{{"b-0", "s-0"}}},
		{"none it tells", []Item{a, b, vague}, nil, [][2]string{{"a-0", "v-0"}, {"b-0", "v-0"}}},
	})
}

// TestFollowUpReachesBack: a report that a wounded victim died, dated the
// day of the death, is the toll of the attack of the night before; a
// killing the next day in the same town is another act.
func TestFollowUpReachesBack(t *testing.T) {
	night := slipDay.Add(21*time.Hour + 40*time.Minute)
	next := slipDay.AddDate(0, 0, 1)
	attack := item("a-0", "a", "Diario", model.ArmedAttack, matamoros, night, model.TimeMinute, night.Add(time.Hour),
		"Dos agentes murieron y uno resultó herido cuando hombres armados dispararon contra su patrulla a las 21:40.")
	died := item("b-0", "b", "Noticias", model.Homicide, matamoros, next, model.TimeDay, next.Add(15*time.Hour),
		"El agente que resultó herido en el ataque de la noche del martes falleció este miércoles en el hospital.")
	diedEn := item("c-0", "c", "Wire", model.ArmedAttack, matamoros, next, model.TimeDay, next.Add(16*time.Hour),
		"A third officer wounded in the ambush died on Wednesday, bringing the death toll to three.")
	killing := item("d-0", "d", "Gaceta", model.Homicide, matamoros, next, model.TimeDay, next.Add(15*time.Hour),
		"Un hombre fue asesinado a balazos este miércoles en la colonia Centro.")
	twoDays := item("e-0", "e", "Semanario", model.Homicide, matamoros, next.AddDate(0, 0, 1), model.TimeDay, next.Add(40*time.Hour),
		"El agente que resultó herido en el ataque falleció este jueves.")
	runSlips(t, []slipCase{
		{"the wounded agent died", []Item{attack, died}, [][2]string{{"a-0", "b-0"}}, nil},
		{"in English", []Item{attack, diedEn}, [][2]string{{"a-0", "c-0"}}, nil},
		{"a killing the next day", []Item{attack, killing}, nil, [][2]string{{"a-0", "d-0"}}},
		{"two days after", []Item{attack, twoDays}, nil, [][2]string{{"a-0", "e-0"}}},
	})
}

// TestDatelineSlip: a report whose dateline names the town of an act and
// whose place was read from a road's end ("SABINAS HIDALGO, N.L.— ...
// carretera Monterrey–Nuevo Laredo", placed in Monterrey) is that act;
// an act on the same road that another report places "just north of
// Monterrey", or at another kilometre, is not.
func TestDatelineSlip(t *testing.T) {
	seven := slipDay.Add(7*time.Hour + 15*time.Minute)
	pub := slipDay.Add(11 * time.Hour)
	local := item("a-0", "a", "Diario", model.Blockade, sabinas, seven, model.TimeMinute, pub,
		"Hombres armados bloquearon la carretera con una pipa y un autobús en llamas a la altura de la entrada norte de Sabinas Hidalgo a las 07:15.")
	misread := item("b-0", "b", "Noticias", model.Blockade, monterrey, slipDay.Add(7*time.Hour), model.TimeHour, pub,
		"SABINAS HIDALGO, N.L.— Civiles armados atravesaron y prendieron fuego a una pipa y a un autobús sobre la carretera Monterrey–Nuevo Laredo pasadas las 7 de la mañana, en la entrada norte de la ciudad.")
	earlier := item("c-0", "c", "Wire", model.Blockade, cienega, slipDay.Add(6*time.Hour+10*time.Minute), model.TimeMinute, pub,
		"Another blockade with a burning pipa and a bus was reported on the highway in Ciénega de Flores, just north of Monterrey, at 6:10.")
	km := item("d-0", "d", "Otro", model.Blockade, monterrey, slipDay.Add(7*time.Hour), model.TimeHour, pub,
		"SABINAS HIDALGO, N.L.— Civiles armados atravesaron y prendieron fuego a una pipa y a un autobús en el km 30 de la carretera Monterrey–Nuevo Laredo, pasadas las 7.")
	localKm := local
	localKm.Incident.Evidence = []model.Span{{Text: local.Incident.Evidence[0].Text + " a la altura del km 98"}}
	runSlips(t, []slipCase{
		{"the dateline's town", []Item{local, misread}, [][2]string{{"a-0", "b-0"}}, nil},
		{"the misread one first", []Item{misread, local}, [][2]string{{"a-0", "b-0"}}, nil},
		{"a town placed from Monterrey", []Item{earlier, misread}, nil, [][2]string{{"b-0", "c-0"}}},
		{"another kilometre", []Item{localKm, km}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}
