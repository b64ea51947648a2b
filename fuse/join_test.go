package fuse

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Places of the join tests (municipality seats).
var (
	jiutepec   = place{"17", "Morelos", "17011", "Jiutepec", 18.881, -99.178}
	cuernavaca = place{"17", "Morelos", "17007", "Cuernavaca", 18.926, -99.231}
	salinas    = place{"19", "Nuevo León", "19045", "Salinas Victoria", 25.964, -100.292}
	allendeNL  = place{"19", "Nuevo León", "19004", "Allende", 25.281, -100.019}
	montemor   = place{"19", "Nuevo León", "19038", "Montemorelos", 25.189, -99.829}
	allendeCoa = place{"05", "Coahuila", "05003", "Allende", 28.341, -100.851}
	joinDay    = time.Date(2029, 10, 3, 0, 0, 0, 0, mexicoTZ)
)

// tolled gives it killed dead and injured wounded (negative: not said).
func tolled(it Item, killed, injured, detained int) Item {
	set := func(n int) *model.Count {
		if n < 0 {
			return nil
		}
		return &model.Count{N: n}
	}
	it.Incident.Killed, it.Incident.Injured, it.Incident.Detained = set(killed), set(injured), set(detained)
	return it
}

// runOrders runs the cases as runSlips does, then again with the ids
// renamed so that items with equal keys come in the reverse order, and
// checks that an incremental fusion (the items before each point
// replayed into their events, those Rematch names matched again, the rest
// matched) gives the events of one pass: the order in which reports
// arrive does not change the events.
func runOrders(t *testing.T, tests []slipCase) {
	t.Helper()
	runSlips(t, tests)
	flip := func(id string) string { // "a-0" → "z-0"; reverses the tie order of reports
		return string(rune('a'+'z'-rune(id[0]))) + id[1:]
	}
	var flipped []slipCase
	for _, tc := range tests {
		fc := slipCase{name: tc.name + " (reports in the other order)"}
		for _, it := range tc.items {
			it.Incident.ID = flip(it.Incident.ID)
			it.Incident.ReportID = flip(it.Incident.ReportID)
			fc.items = append(fc.items, it)
		}
		for _, p := range tc.join {
			fc.join = append(fc.join, [2]string{flip(p[0]), flip(p[1])})
		}
		for _, p := range tc.apart {
			fc.apart = append(fc.apart, [2]string{flip(p[0]), flip(p[1])})
		}
		flipped = append(flipped, fc)
	}
	runSlips(t, flipped)
	for _, tc := range append(slices.Clone(tests), flipped...) {
		t.Run(tc.name+" (resumed)", func(t *testing.T) {
			checkResumes(t, DefaultConfig(), tc.items)
		})
	}
}

// TestArrestAfterClash: an operation that only arrested people ("troops
// arrested five suspects linked to the attack") is an act of its own
// beside the clash it followed, even when one report tells both and the
// arrest comes first in fusion order; an operation in which gunmen were
// killed ("abatidos") is the clash.
func TestArrestAfterClash(t *testing.T) {
	pub := joinDay.Add(20 * time.Hour)
	clash := func(id string, at time.Time, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], model.ArmedClash, comalapa, at, model.TimeDay, pub, text), killed, -1, -1)
	}
	arrest := func(id string, at time.Time, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], model.SecurityOperation, comalapa, at, model.TimeDay, pub, text), -1, -1, 5)
	}
	runOrders(t, []slipCase{
		{"the arrests of two reports apart from the clash", []Item{
			clash("a-0", joinDay, 6, "Seis personas murieron este miércoles en un enfrentamiento entre militares y hombres armados en el ejido Paso Hondo."),
			arrest("b-1", joinDay, "Later on Wednesday, troops arrested five suspects linked to the attack."),
			clash("b-0", joinDay.Add(3*time.Hour), 8, "Eight people were killed early Wednesday when soldiers and gunmen fought a gun battle in Frontera Comalapa."),
			arrest("c-1", joinDay.Add(16*time.Hour), "Por la tarde, personal de la Defensa detuvo a cinco personas relacionadas con la agresión."),
			clash("c-0", joinDay.Add(6*time.Hour), 6, "A las 06:20 horas, personal de la Defensa fue agredido por civiles armados en el ejido Paso Hondo."),
		}, [][2]string{{"a-0", "b-0"}, {"a-0", "c-0"}, {"b-1", "c-1"}}, [][2]string{{"a-0", "b-1"}, {"a-0", "c-1"}, {"b-0", "c-1"}}},
		{"gunmen killed in an operation", []Item{
			clash("a-0", joinDay, 3, "Tres civiles armados murieron en un enfrentamiento con militares en Frontera Comalapa."),
			tolled(item("b-0", "b", "Diario b", model.SecurityOperation, comalapa, joinDay, model.TimeDay, pub,
				"Militares abatieron a tres civiles armados y detuvieron a dos en Frontera Comalapa."), 3, -1, 2),
		}, [][2]string{{"a-0", "b-0"}}, nil},
	})
}

// TestOneActTwice: a report that tells one ambush twice (an attack and a
// homicide, same town, same toll) does not split the reports of the act
// into a day-precision event and a minute-precision one; two acts of one
// report with different tolls stay apart, and so does the attack in the
// neighbouring municipality 50 minutes later.
func TestOneActTwice(t *testing.T) {
	night := joinDay.Add(22 * time.Hour)
	pub := joinDay.AddDate(0, 0, 1).Add(8 * time.Hour)
	jiu := func(id string, typ model.IncidentType, at time.Time, prec model.TimePrecision, killed, injured int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, jiutepec, at, prec, pub, text), killed, injured, -1)
	}
	roundup := jiu("a-0", model.ArmedAttack, night, model.TimeDay, 2, -1,
		"Late on Wednesday, gunmen ambushed a municipal police patrol in Jiutepec, Morelos, killing two officers and wounding a third.")
	clash := jiu("b-0", model.ArmedClash, night, model.TimeDay, 2, 1,
		"Policías municipales y un grupo de civiles armados se enfrentaron a balazos anoche en Jiutepec, con saldo de dos agentes muertos y uno herido.")
	twiceHom := jiu("c-0", model.Homicide, night, model.TimeDay, 2, 1,
		"Gunmen killed two municipal police officers in Jiutepec on Wednesday night and, less than an hour later, wounded a state police officer in Cuernavaca.")
	twiceAtt := jiu("c-1", model.ArmedAttack, night, model.TimeDay, 2, -1,
		"In Jiutepec, attackers in a small car opened fire on a patrol car, killing two officers and wounding a third.")
	official := jiu("d-0", model.ArmedAttack, night.Add(45*time.Minute), model.TimeMinute, 2, 1,
		"Alrededor de las 22:45 horas, en la colonia Progreso del municipio de Jiutepec, una unidad de la Policía Municipal fue agredida con armas de fuego.")
	local := jiu("e-0", model.ArmedAttack, night.Add(50*time.Minute), model.TimeMinute, 2, 1,
		"Dos policías municipales de Jiutepec murieron y uno más resultó herido luego de que civiles armados atacaran a balazos la patrulla, a las 22:50 horas.")
	capital := tolled(item("f-0", "f", "Diario f", model.ArmedAttack, cuernavaca, night.Add(100*time.Minute), model.TimeMinute, pub,
		"A las 23:40 horas, en la colonia Lomas de la Selva, en Cuernavaca, una patrulla de la Policía Estatal fue atacada; un agente resultó herido."), -1, 1, -1)
	otherAct := jiu("c-1", model.Homicide, night, model.TimeDay, 1, -1,
		"Horas antes, un hombre fue asesinado a balazos en otra colonia de Jiutepec.")
	runOrders(t, []slipCase{
		{"one ambush told twice by one report", []Item{roundup, clash, twiceHom, twiceAtt, official, local, capital},
			[][2]string{{"a-0", "e-0"}, {"b-0", "d-0"}, {"a-0", "d-0"}, {"c-1", "e-0"}, {"c-0", "c-1"}},
			[][2]string{{"a-0", "f-0"}, {"e-0", "f-0"}}},
		{"two acts of one report", []Item{roundup, twiceHom, otherAct, local},
			[][2]string{{"a-0", "e-0"}}, [][2]string{{"c-0", "c-1"}}},
	})
}

// TestRoadEndKilometre: a wire that names only the highway's ends ("the
// toll highway that links Monterrey with Nuevo Laredo", read as
// Monterrey) and the kilometre point joins the act at that kilometre in
// another town of the state; not the act at another kilometre an hour
// later, and not without a kilometre point.
func TestRoadEndKilometre(t *testing.T) {
	km38 := joinDay.Add(-4*time.Hour + 20*time.Minute + 25*time.Minute) // Tue 20:25
	pub := joinDay.Add(9 * time.Hour)
	local := func(id string, p place, at time.Time, text string) Item {
		return item(id, id[:1], "Diario "+id[:1], model.Blockade, p, at, model.TimeMinute, pub, text)
	}
	first := local("a-0", salinas, km38, "A las 20:25 horas, en el kilómetro 38 de la autopista Monterrey-Nuevo Laredo, municipio de Salinas Victoria, personas armadas incendiaron un tractocamión.")
	second := local("a-1", sabinas, km38.Add(65*time.Minute), "A las 21:30 horas, en el kilómetro 105 de la misma autopista Monterrey-Nuevo Laredo, municipio de Sabinas Hidalgo, se reportó un segundo tractocamión incendiado.")
	alert := local("b-0", salinas, km38.Add(16*time.Minute), "BLOQUEO | Se reporta tractocamión en llamas atravesado en la autopista Monterrey-Nuevo Laredo, kilómetro 38, municipio de Salinas Victoria.")
	wire := func(text string) Item {
		return item("c-0", "c", "Wire", model.Blockade, monterrey, joinDay.Add(-2*time.Hour), model.TimeDay, pub, text)
	}
	withKm := wire("MEXICO CITY (BWS) — Gunmen set a tractor-trailer ablaze across the toll highway that links Monterrey with the border city of Nuevo Laredo on Tuesday night, cutting traffic near kilometre 38 for several hours, authorities in Nuevo Leon said.")
	noKm := wire("MEXICO CITY (BWS) — Gunmen set a tractor-trailer ablaze across the toll highway that links Monterrey with the border city of Nuevo Laredo on Tuesday night, authorities in Nuevo Leon said.")
	km105 := local("d-0", sabinas, km38.Add(70*time.Minute), "Una hora después, a las 21:35, automovilistas reportaron otro tractocamión en llamas en el kilómetro 105, ya en el municipio de Sabinas Hidalgo.")
	sameTownKm := local("e-0", salinas, km38.Add(60*time.Minute), "A las 21:25 horas se reportó otro tractocamión incendiado en el kilómetro 45 de la autopista, también en Salinas Victoria.")
	nuevoLeon := place{state: "19", stateName: "Nuevo León"}
	stateOnly := item("s-0", "s", "Wire 2", model.Blockade, nuevoLeon, joinDay.Add(-2*time.Hour), model.TimeDay, pub,
		"Gunmen set a tractor-trailer ablaze on the Monterrey-Nuevo Laredo toll road near kilometre 38 on Tuesday night, officials in the northern state of Nuevo Leon said.")
	runOrders(t, []slipCase{
		{"a state-only wire with the kilometre", []Item{first, second, stateOnly},
			[][2]string{{"a-0", "s-0"}}, [][2]string{{"a-1", "s-0"}}},
		{"the kilometre the wire gives", []Item{first, second, alert, withKm, km105},
			[][2]string{{"a-0", "c-0"}, {"b-0", "c-0"}, {"a-1", "d-0"}}, [][2]string{{"c-0", "d-0"}, {"a-0", "d-0"}}},
		{"no kilometre, no town", []Item{first, alert, noKm}, [][2]string{{"a-0", "b-0"}}, [][2]string{{"a-0", "c-0"}}},
		{"two kilometres of one town an hour apart", []Item{first, sameTownKm}, nil, [][2]string{{"a-0", "e-0"}}},
	})
}

// TestSlipJoinsTheEvent: a report placed in the wrong town (its dateline
// "ALLENDE, NL.-" right, its place read from "el tramo
// Allende-Montemorelos") starts an event before the reports placed in
// Allende arrive; the first of them that tells its act brings it into
// their event. The Allende of Coahuila, the same afternoon, stays apart.
func TestSlipJoinsTheEvent(t *testing.T) {
	seven := joinDay.AddDate(0, 0, 1).Add(7*time.Hour + 10*time.Minute)
	morning := joinDay.AddDate(0, 0, 1).Add(9 * time.Hour)
	pub := joinDay.AddDate(0, 0, 1).Add(13 * time.Hour)
	misread := tolled(item("a-0", "a", "El Norte", model.Homicide, montemor, seven, model.TimeMinute, pub,
		"ALLENDE, NL.- Los cuerpos de tres hombres fueron localizados a las 7:10 horas de este jueves a un costado de la Carretera Nacional, en el tramo Allende-Montemorelos, a la altura de la comunidad de Raíces."), 3, -1, -1)
	wire := tolled(item("b-0", "b", "Wire", model.Homicide, allendeNL, morning, model.TimeDay, pub,
		"The bodies of three men were found on Thursday morning on the side of the old national highway in Allende, a town south-east of Monterrey, prosecutors said."), 3, -1, -1)
	roundup := tolled(item("c-0", "c", "Regional", model.Homicide, allendeNL, morning, model.TimeDay, pub,
		"En tanto, en el municipio de Allende, esta mañana fueron localizados los cuerpos de tres hombres a un costado de la Carretera Nacional, a la altura de la comunidad de Raíces."), 3, -1, -1)
	coahuila := tolled(item("d-0", "d", "Zócalo", model.Homicide, allendeCoa, morning.Add(6*time.Hour), model.TimeDay, pub,
		"ALLENDE, Coah.- Dos hombres fueron asesinados a balazos la tarde de este jueves en la colonia Centro de este municipio de la región Cinco Manantiales."), 2, -1, -1)
	unrelated := tolled(item("c-0", "c", "Regional", model.Homicide, allendeNL, morning, model.TimeDay, pub,
		"En Allende, un hombre fue asesinado a balazos esta mañana afuera de su domicilio en la colonia Centro."), 1, -1, -1)
	runOrders(t, []slipCase{
		{"the misread report joins", []Item{misread, wire, roundup, coahuila},
			[][2]string{{"a-0", "b-0"}, {"a-0", "c-0"}, {"b-0", "c-0"}}, [][2]string{{"a-0", "d-0"}, {"c-0", "d-0"}}},
		{"not by a report that tells another act", []Item{misread, wire, unrelated},
			nil, [][2]string{{"a-0", "b-0"}, {"a-0", "c-0"}}},
	})
}

// TestMentionsKm: the cheap test before reading kilometre points.
func TestMentionsKm(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"en el km 38", true}, {"KM 38", true}, {"kilómetro 105", true}, {"KILOMETRE 38", true},
		{"Kilometer 98", true}, {"la carretera federal 15", false}, {"civiles armados", false}, {"k", false}, {"", false},
	} {
		if got := mentionsKm(tc.text); got != tc.want {
			t.Errorf("mentionsKm(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestKmPoints: the kilometre points evidence gives, and a distance's
// conversion to miles, which is none.
func TestKmPoints(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []int
	}{
		{"xxx kilometre 38 and KM 105", []int{38, 105}},
		{"a la altura del kilómetro 112 de la carretera federal 45", []int{112}},
		{"again at dusk about 70 km (43 miles) farther northwest near Sain Alto", nil},
		{"in Cadereyta Jiménez, about 35 km (22 mi) east of Monterrey", nil},
		{"at km 12 (7 miles from the toll booth)", []int{12}},
		{"a unos 40 kilómetros (25 millas) de la capital", nil},
	} {
		if got := kmPoints(&model.Incident{Evidence: []model.Span{{Text: tc.text}}}); !slices.Equal(got, tc.want) {
			t.Errorf("kmPoints(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestBurningReadAsShooting: "an arson attack" read as an armed attack,
// and "patrullajes tras la quema de tres tractocamiones" read as an
// operation, are the burning the other reports tell when the evidence
// tells one act, whichever arrives first; a shooting at a patrol that
// evening ("abrieron fuego contra una patrulla"), or an operation that
// arrested people after the burning, is not.
func TestBurningReadAsShooting(t *testing.T) {
	zapopan := place{"14", "Jalisco", "14120", "Zapopan", 20.721, -103.392}
	lazaro := place{"16", "Michoacán", "16052", "Lázaro Cárdenas", 17.958, -102.194}
	evening := joinDay.Add(19*time.Hour + 40*time.Minute)
	pub := joinDay.Add(23 * time.Hour)
	bus := func(id string, typ model.IncidentType, at time.Time, prec model.TimePrecision, text string) Item {
		return item(id, id[:1], "Diario "+id[:1], typ, zapopan, at, prec, pub, text)
	}
	readAsAttack := bus("a-0", model.ArmedAttack, joinDay.Add(19*time.Hour), model.TimeDay,
		"Two city buses were destroyed in an arson attack on Avenida Vallarta in Zapopan on Wednesday evening.")
	blockade := bus("b-0", model.Blockade, evening, model.TimeMinute,
		"In Zapopan, armed men forced passengers off two city buses and set them on fire at about 7:40 p.m., blocking Avenida Vallarta near the Periférico ring road.")
	arson := bus("c-0", model.Arson, evening, model.TimeMinute,
		"Un grupo de hombres armados bajó a los pasajeros de dos camiones y les prendió fuego sobre la avenida Vallarta, en Zapopan, a las 19:40 horas.")
	shooting := bus("d-0", model.ArmedAttack, evening.Add(-30*time.Minute), model.TimeMinute,
		"In Zapopan, gunmen opened fire on a municipal police patrol on Avenida Vallarta, wounding two officers.")
	port := func(id string, typ model.IncidentType, at time.Time, text string) Item {
		return item(id, id[:1], "Diario "+id[:1], typ, lazaro, at, model.TimeDay, pub, text)
	}
	patrols := port("e-0", model.SecurityOperation, joinDay,
		"En Lázaro Cárdenas, Michoacán, la Secretaría de Marina mantiene patrullajes en el recinto portuario tras la quema de tres tractocamiones en las inmediaciones de la aduana.")
	burnt := port("f-0", model.Arson, joinDay.Add(16*time.Hour),
		"LÁZARO CÁRDENAS, Mich.— Sujetos armados quemaron esta tarde tres tractocamiones que se encontraban estacionados frente a la aduana del puerto de Lázaro Cárdenas.")
	arrests := tolled(port("e-0", model.SecurityOperation, joinDay,
		"En Lázaro Cárdenas, la Marina detuvo a dos hombres tras la quema de tres tractocamiones frente a la aduana del puerto de Lázaro Cárdenas."), -1, -1, 2)
	runOrders(t, []slipCase{
		{"an arson attack read as an attack", []Item{readAsAttack, blockade, arson},
			[][2]string{{"a-0", "b-0"}, {"a-0", "c-0"}}, nil},
		{"a shooting is not a burning", []Item{shooting, blockade}, nil, [][2]string{{"b-0", "d-0"}}},
		{"patrols after the burning", []Item{patrols, burnt}, [][2]string{{"e-0", "f-0"}}, nil},
		{"arrests after the burning", []Item{arrests, burnt}, nil, [][2]string{{"e-0", "f-0"}}},
	})
}

// TestTallyOfTheState: a tally of "the state" that names it not ("nueve
// bloqueos en seis municipios del estado") is the state's tally of the
// same counts, whichever comes first; a national tally ("en 20 estados")
// is not, even with a count in common, nor is a tally of other counts.
func TestTallyOfTheState(t *testing.T) {
	nl := place{state: "19", stateName: "Nuevo León"}
	night := joinDay.Add(-3 * time.Hour)
	pub := joinDay.Add(10 * time.Hour)
	tally := func(id string, p place, text string) Item {
		it := item(id, id[:1], "Medio "+id[:1], model.Blockade, p, night, model.TimeDay, pub, text)
		it.Incident.Tally = true
		return it
	}
	state := tally("a-0", nl, "La Secretaría de Seguridad del Estado informa que, desde la noche del martes, se atendieron nueve bloqueos en seis municipios de Nuevo León, todos ya liberados.")
	unnamed := tally("b-0", country, "Con los hechos de la noche del martes suman ya nueve bloqueos en seis municipios del estado, de acuerdo con el recuento de la Secretaría de Seguridad.")
	national := tally("c-0", country, "Con los hechos de la noche del martes suman ya 252 bloqueos en 20 estados del país, entre ellos nueve en seis municipios, según el recuento de la Secretaría de Seguridad.")
	other := tally("d-0", country, "Con los hechos de la noche del martes suman ya cuatro bloqueos en tres municipios del estado, de acuerdo con el recuento de la Secretaría de Seguridad.")
	runOrders(t, []slipCase{
		{"the state's count", []Item{state, unnamed}, [][2]string{{"a-0", "b-0"}}, nil},
		{"a national count", []Item{state, national}, nil, [][2]string{{"a-0", "c-0"}}},
		{"other counts", []Item{state, other}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}

// TestArrestForTheAttack: an operation that arrested people for an
// ambush, whose toll extraction gave it from the same sentence ("detuvo a
// seis personas por su probable participación en la agresión ..., en la
// que perdieron la vida cuatro elementos"), is the arrest, not the ambush;
// the other outlet's arrest joins it. Soldiers who killed three gunmen
// and arrested two are still the clash.
func TestArrestForTheAttack(t *testing.T) {
	pub := joinDay.Add(20 * time.Hour)
	ambush := func(id string, typ model.IncidentType, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, comalapa, joinDay.Add(5*time.Hour), model.TimeDay, pub, text), killed, -1, -1)
	}
	arrest := func(id string, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], model.SecurityOperation, comalapa, joinDay.Add(19*time.Hour), model.TimeDay, pub, text), killed, -1, 6)
	}
	runOrders(t, []slipCase{
		{"the arrest for the ambush", []Item{
			ambush("a-0", model.ArmedClash, 5, "Cinco personas, entre ellas tres policías, murieron en un enfrentamiento con civiles armados en el ejido Paso Hondo."),
			ambush("b-0", model.ArmedClash, 5, "Cinco personas murieron durante un enfrentamiento entre policías y civiles armados en Frontera Comalapa."),
			arrest("c-0", 4, "En Frontera Comalapa, personal de la Defensa detuvo a seis personas por su probable participación en la agresión contra una patrulla, en la que perdieron la vida cuatro elementos."),
			arrest("d-1", -1, "Security forces arrested six suspects in Frontera Comalapa on Wednesday evening and seized rifles."),
			ambush("d-0", model.ArmedAttack, 4, "A fourth officer died of wounds suffered when gunmen ambushed a patrol near Frontera Comalapa."),
		}, [][2]string{{"a-0", "b-0"}, {"a-0", "d-0"}, {"c-0", "d-1"}}, [][2]string{{"a-0", "c-0"}, {"b-0", "c-0"}, {"c-0", "d-0"}}},
		{"gunmen killed and arrested in a clash", []Item{
			ambush("a-0", model.ArmedClash, 3, "Tres civiles armados murieron en un enfrentamiento con militares en Frontera Comalapa."),
			arrest("b-0", 3, "Militares abatieron a tres civiles armados y detuvieron a seis en Frontera Comalapa tras la agresión."),
		}, [][2]string{{"a-0", "b-0"}}, nil},
	})
}
