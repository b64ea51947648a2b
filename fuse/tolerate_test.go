package fuse

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Places and day of the tolerance tests (seats).
var (
	leon   = place{"11", "Guanajuato", "11020", "León", 21.122, -101.682}
	tolDay = time.Date(2032, 4, 18, 0, 0, 0, 0, mexicoTZ) // a Sunday
	tolPub = tolDay.AddDate(0, 0, 1).Add(9 * time.Hour)
)

// tol builds an item of report id[:1] published the morning after tolDay.
func tol(id string, typ model.IncidentType, p place, at time.Time, prec model.TimePrecision, killed int, text string) Item {
	return tolled(item(id, id[:1], "Diario "+id[:1], typ, p, at, prec, tolPub, text), killed, -1, -1)
}

// TestTypesOfOneAct: one act that extraction or the outlets type
// differently joins when the rest agrees — the kidnapped found dead told
// as a kidnapping and as a killing, one man shot dead told as a killing
// and as a clash in the colonia both name, a state's count of blockades
// read as arson — whatever the order the reports arrive in. Near misses
// stay apart: a killing of two in the town the kidnapping's day, a man
// shot dead in another colonia that night, a count of another state.
func TestTypesOfOneAct(t *testing.T) {
	kidnap := tol("a-0", model.Kidnapping, fresnillo, tolDay.Add(18*time.Hour), model.TimeMinute, -1,
		"A las 18:00 horas de este domingo, cuatro trabajadores de una empresa minera fueron privados de la libertad en un camino de terracería de Fresnillo.")
	four := 4
	kidnap.Incident.Kidnapped = &model.Count{N: four}
	dead := tol("b-0", model.Homicide, fresnillo, tolDay.Add(21*time.Hour), model.TimeDay, 4,
		"The bodies of the four mining workers abducted near Fresnillo were found on Sunday night, Zacatecas prosecutors said.")
	two := tol("c-0", model.Homicide, fresnillo, tolDay.Add(21*time.Hour), model.TimeDay, 2,
		"Two men were shot dead on Sunday night outside a bar in Fresnillo, Zacatecas prosecutors said.")
	shot := tol("d-0", model.Homicide, leon, tolDay.Add(20*time.Hour+15*time.Minute), model.TimeMinute, 1,
		"Un hombre fue asesinado a tiros a las 20:15 horas de este domingo frente a su vivienda en la colonia Las Joyas, en León.")
	told := tol("e-0", model.ArmedClash, leon, tolDay.Add(22*time.Hour), model.TimeDay, 1,
		"A man was shot dead outside his home in the Las Joyas neighbourhood of Leon on Sunday night, local police said.")
	other := tol("f-0", model.ArmedClash, leon, tolDay.Add(22*time.Hour), model.TimeDay, 1,
		"A man was shot dead in the San Juan de Dios neighbourhood of Leon on Sunday night, local police said.")
	// Extraction reads the colonia of each (model.Location.Neighborhood),
	// as it does for these sentences.
	shot.Incident.Location.Neighborhood = "Las Joyas"
	told.Incident.Location.Neighborhood = "Las Joyas"
	other.Incident.Location.Neighborhood = "San Juan de Dios"
	jal := place{state: "14", stateName: "Jalisco"}
	mich := place{state: "16", stateName: "Michoacán"}
	count := func(id string, typ model.IncidentType, p place, text string) Item {
		it := tol(id, typ, p, tolDay.Add(21*time.Hour), model.TimeDay, -1, text)
		it.Incident.Tally = true
		return it
	}
	blocks := count("g-0", model.Blockade, jal, "La Coordinación General Estratégica de Seguridad informa que se atendieron 14 bloqueos en 9 municipios del estado.")
	burns := count("h-0", model.Arson, jal, "Catorce bloqueos en nueve municipios dejó la jornada violenta en Jalisco, de acuerdo con el balance oficial.")
	elsewhere := count("i-0", model.Arson, mich, "Once bloqueos en siete municipios dejó la jornada violenta en Michoacán, de acuerdo con el balance oficial.")
	runOrders(t, []slipCase{
		{"the kidnapped found dead", []Item{kidnap, dead}, [][2]string{{"a-0", "b-0"}}, nil},
		{"a killing of two the kidnapping's day", []Item{kidnap, two}, nil, [][2]string{{"a-0", "c-0"}}},
		{"one man shot dead told as a clash", []Item{shot, told}, [][2]string{{"d-0", "e-0"}}, nil},
		{"a man shot dead in another colonia", []Item{shot, other}, nil, [][2]string{{"d-0", "f-0"}}},
		{"a count of blockades read as arson", []Item{blocks, burns}, [][2]string{{"g-0", "h-0"}}, nil},
		{"a count of another state", []Item{blocks, elsewhere}, nil, [][2]string{{"g-0", "i-0"}}},
	})
}

// TestDeniedBurning: a denial of a blockade of burning trailers
// contradicts the trailers' burning another report tells as arson; a
// store set on fire, or a denial that names nothing burned, is not
// contradicted.
func TestDeniedBurning(t *testing.T) {
	trailers := tol("a-0", model.Arson, leon, tolDay.Add(16*time.Hour+20*time.Minute), model.TimeMinute, -1,
		"Reportan dos tráileres incendiados en el bulevar Aeropuerto de León.")
	store := tol("b-0", model.Arson, leon, tolDay.Add(16*time.Hour+20*time.Minute), model.TimeMinute, -1,
		"Reportan una tienda de conveniencia incendiada en el bulevar Aeropuerto de León.")
	denial := func(text string) Item {
		it := tol("c-0", model.Blockade, leon, time.Time{}, "", -1, text)
		it.Incident.Denial, it.Published = true, tolDay.Add(18*time.Hour)
		return it
	}
	trucks := denial("Es falso el supuesto bloqueo con tráileres quemados en el bulevar Aeropuerto de León, informó la Secretaría de Seguridad.")
	bare := denial("Es falso el supuesto bloqueo en el bulevar Aeropuerto de León, informó la Secretaría de Seguridad.")
	tests := []struct {
		name  string
		items []Item
		want  bool
	}{
		{"the trailers' burning told as arson", []Item{trailers, trucks}, true},
		{"a store set on fire", []Item{store, trucks}, false},
		{"a denial that names nothing burned", []Item{trailers, bare}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events := fuseAll(t, DefaultConfig(), tc.items)
			got := false
			for _, ev := range events {
				for _, c := range ev.Contradictions {
					for _, v := range c.Values {
						got = got || c.Field == "occurred" && v.Value == "no" && slices.Contains(v.ReportIDs, "c")
					}
				}
			}
			if got != tc.want {
				t.Errorf("the denial contradicts the event: %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSlipToldInTwoLanguages: a slip of place (one report placed at the
// town it names beside the act's) is overruled by evidence in two
// languages whose words differ but whose details agree — the toll, the
// victims, the colonia, the minute. The same report with another toll,
// or naming no town of the other's, stays apart.
func TestSlipToldInTwoLanguages(t *testing.T) {
	at := tolDay.Add(21*time.Hour + 40*time.Minute)
	es := tolled(item("a-0", "a", "Diario a", model.ArmedAttack, jiutepec, at, model.TimeMinute, tolPub,
		"JIUTEPEC, Mor.- Dos policías municipales murieron y uno resultó herido a las 21:40 horas, cuando hombres armados dispararon contra su patrulla en la colonia Otilio Montaño."), 2, 1, -1)
	en := func(id, text string, killed int) Item {
		return tolled(item(id, id[:1], "Wire "+id[:1], model.ArmedAttack, cuernavaca, at, model.TimeMinute, tolPub, text), killed, 1, -1)
	}
	const tail = " State prosecutors said the attackers fled in a pickup truck and that no arrests had been made by Monday morning, as the federal government sent more troops to the region."
	same := en("b-0", "Two police officers were killed and one wounded at 9:40 p.m. when gunmen ambushed their patrol in Otilio Montaño, a neighbourhood of Jiutepec, south of Cuernavaca."+tail, 2)
	more := en("c-0", "Three police officers were killed and one wounded at 9:40 p.m. when gunmen ambushed their patrol in Otilio Montaño, a neighbourhood of Jiutepec, south of Cuernavaca."+tail, 3)
	own := en("d-0", "Two police officers were killed and one wounded at 9:40 p.m. when gunmen ambushed their patrol in Otilio Montaño, a neighbourhood of Cuernavaca."+tail, 2)
	// Two anchors only (the town, the toll), but the toll, the wounded
	// and the victims agree.
	late := tolled(item("e-0", "e", "Wire e", model.ArmedAttack, jiutepec, tolDay.Add(22*time.Hour), model.TimeDay, tolPub,
		"Late on Sunday, gunmen ambushed a municipal police patrol in Jiutepec, killing two officers and wounding a third."), 2, 1, -1)
	misread := tolled(item("f-0", "f", "Diario f", model.ArmedAttack, cuernavaca, at.Add(70*time.Minute), model.TimeMinute, tolPub,
		"Dos policías municipales de Jiutepec murieron y uno más resultó herido luego de que civiles armados atacaran a balazos la patrulla en la que realizaban su recorrido."), 2, 1, -1)
	runOrders(t, []slipCase{
		{"the same act in two languages", []Item{es, same}, [][2]string{{"a-0", "b-0"}}, nil},
		{"two anchors, the toll and the victims", []Item{late, misread}, [][2]string{{"e-0", "f-0"}}, nil},
		{"another toll", []Item{es, more}, nil, [][2]string{{"a-0", "c-0"}}},
		{"no town of the other's", []Item{es, own}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}

// TestDatedByPublication: a report dated its publication day that names
// no day (extraction, or the outlet, gave last night's act today's date)
// joins the act of the night before when its evidence tells that act;
// with another toll, or naming its own day ("este lunes"), it stays
// apart.
func TestDatedByPublication(t *testing.T) {
	night := tolDay.Add(23*time.Hour + 10*time.Minute)
	alert := tolled(item("a-0", "a", "Alertas", model.ArmedAttack, jiutepec, night, model.TimeMinute, night,
		"ATAQUE ARMADO | Dos policías municipales muertos y uno herido tras ataque a su patrulla en la colonia Otilio Montaño, Jiutepec."), 2, 1, -1)
	morning := tolDay.AddDate(0, 0, 1)
	news := func(id, text string, killed int) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], model.ArmedAttack, jiutepec, morning, model.TimeDay, morning.Add(8*time.Hour), text), killed, 1, -1)
	}
	same := news("b-0", "Dos policías municipales murieron y uno más resultó herido al ser atacada su patrulla en la colonia Otilio Montaño de Jiutepec.", 2)
	more := news("c-0", "Tres policías municipales murieron y uno más resultó herido al ser atacada su patrulla en la colonia Otilio Montaño de Jiutepec.", 3)
	monday := news("d-0", "Dos policías municipales murieron y uno más resultó herido este lunes al ser atacada su patrulla en la colonia Otilio Montaño de Jiutepec.", 2)
	runOrders(t, []slipCase{
		{"last night's act dated today", []Item{alert, same}, [][2]string{{"a-0", "b-0"}}, nil},
		{"another toll", []Item{alert, more}, nil, [][2]string{{"a-0", "c-0"}}},
		{"its own day named", []Item{alert, monday}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}

// TestStateReportNamesTheTown: a report placed only in the state whose
// evidence names the town of another's act (the town misread, or named
// in a sentence extraction did not place) joins the act of that town,
// not that of another town of the state the same night, nor another
// state-only report of that night; one that names the town only as a
// road's end joins neither act.
func TestStateReportNamesTheTown(t *testing.T) {
	acatlan := place{"14", "Jalisco", "14002", "Acatlán de Juárez", 20.424, -103.594}
	jal := place{state: "14", stateName: "Jalisco"}
	night := tolDay.Add(21*time.Hour + 15*time.Minute)
	blk := func(id string, p place, at time.Time, text string) Item {
		return item(id, id[:1], "Diario "+id[:1], model.Blockade, p, at, model.TimeMinute, tolPub, text)
	}
	town := blk("a-0", acatlan, night, "A las 21:15 horas, un grupo armado atravesó un autobús y una camioneta en el kilómetro 55 de la autopista, en Acatlán de Juárez, y les prendió fuego.")
	second := blk("b-0", tlajomulco, night.Add(-time.Hour), "Hombres armados incendiaron un tractocamión en el kilómetro 22 de la autopista Guadalajara-Colima, en Tlajomulco de Zúñiga.")
	state := blk("c-0", jal, night.Add(5*time.Minute), "BLOQUEO | Vehículos en llamas bloquean la autopista en Acatlán de Juárez, dirección Colima.")
	other := blk("d-0", jal, night.Add(-50*time.Minute), "BLOQUEO | Tráiler en llamas sobre la autopista, a la altura de Tlajomulco de Zúñiga.")
	road := blk("e-0", jal, night.Add(5*time.Minute), "BLOQUEO | Vehículos en llamas bloquean la carretera a Acatlán de Juárez.")
	runOrders(t, []slipCase{
		{"the state's report names the town", []Item{town, second, state}, [][2]string{{"a-0", "c-0"}}, [][2]string{{"b-0", "c-0"}}},
		{"two state reports name two towns", []Item{town, second, state, other}, [][2]string{{"a-0", "c-0"}, {"b-0", "d-0"}},
			[][2]string{{"c-0", "d-0"}}},
		{"the town as a road's end", []Item{town, second, road}, nil, [][2]string{{"a-0", "e-0"}, {"b-0", "e-0"}}},
	})
	// The state's reports come first, and meet as one state's event
	// before the towns' reports: each goes to its town when the state's
	// event closes.
	early := blk("f-0", jal, night.Add(-70*time.Minute), "BLOQUEO | Vehículos en llamas bloquean la autopista en Acatlán de Juárez, dirección Colima.")
	earlier := blk("g-0", jal, night.Add(-75*time.Minute), "BLOQUEO | Tráiler en llamas sobre la autopista, a la altura de Tlajomulco de Zúñiga.")
	town2 := blk("h-0", acatlan, night.Add(-40*time.Minute), "Un grupo armado atravesó un autobús y una camioneta en la autopista, en Acatlán de Juárez, y les prendió fuego.")
	second2 := blk("i-0", tlajomulco, night.Add(-60*time.Minute), "Hombres armados incendiaron un tractocamión en la autopista Guadalajara-Colima, en Tlajomulco de Zúñiga.")
	runOrders(t, []slipCase{
		{"the state's reports before the towns'", []Item{early, earlier, town2, second2}, [][2]string{{"h-0", "f-0"}, {"i-0", "g-0"}},
			[][2]string{{"f-0", "g-0"}}},
	})
}

// TestLargeTollTellsTheAct: a report placed only in the state that gives
// the toll of a massacre ("12 people were killed") tells which of the
// state's acts of that night it reports, in another language and under
// another type; a toll of two, which several acts share, does not.
func TestLargeTollTellsTheAct(t *testing.T) {
	jerez := place{"32", "Zacatecas", "32020", "Jerez", 22.649, -102.990}
	zac := place{state: "32", stateName: "Zacatecas"}
	night := tolDay.Add(21*time.Hour + 50*time.Minute)
	clash := tol("a-0", model.ArmedClash, jerez, night, model.TimeMinute, 12,
		"A las 21:50 horas se registró un enfrentamiento entre grupos delictivos en la comunidad de Ermita de Guadalupe, municipio de Jerez, Zacatecas, con un saldo de 12 personas sin vida.")
	other := tol("b-0", model.ArmedAttack, fresnillo, night.Add(-30*time.Minute), model.TimeMinute, 2,
		"A las 21:20 horas, hombres armados dispararon contra dos hombres en la colonia Centro de Fresnillo; ambos murieron.")
	state := tol("c-0", model.Homicide, zac, tolDay.Add(22*time.Hour), model.TimeDay, 12,
		"The Zacatecas state government said 12 people were killed on Sunday night.")
	two := tol("d-0", model.Homicide, zac, tolDay.Add(22*time.Hour), model.TimeDay, 2,
		"The Zacatecas state government said two people were killed on Sunday night.")
	runOrders(t, []slipCase{
		{"the state's toll of twelve", []Item{clash, other, state}, [][2]string{{"a-0", "c-0"}}, [][2]string{{"b-0", "c-0"}}},
		{"a toll of two", []Item{clash, other, two}, nil, [][2]string{{"a-0", "d-0"}, {"b-0", "d-0"}}},
	})
}

// TestOneActTwoTypes: one act told under two types by reports that each
// meet their own type first — a tire shop shot at and set on fire, told
// as an attack on a business by the press and as a shooting by the
// police — is one event once a report agrees with both, whatever the
// order; a patrol shot at in the town an hour and a half before stays
// apart.
func TestOneActTwoTypes(t *testing.T) {
	zapopan := place{"14", "Jalisco", "14120", "Zapopan", 20.721, -103.391}
	night := tolDay.Add(2 * time.Hour)
	rep := func(id string, typ model.IncidentType, at time.Time, prec model.TimePrecision, text string) Item {
		return tol(id, typ, zapopan, at, prec, -1, text)
	}
	wire := rep("a-0", model.BusinessAttack, tolDay, model.TimeDay,
		"Attackers fired at a tire shop in the Constitución neighborhood of Zapopan early Sunday and then set it ablaze, wounding the night watchman.")
	police := rep("b-0", model.ArmedAttack, night.Add(38*time.Minute), model.TimeMinute,
		"La Comisaría de Zapopan informa que a las 02:38 horas se recibió el reporte de detonaciones e incendio en una llantera de la colonia Constitución.")
	press := rep("c-0", model.BusinessAttack, night.Add(40*time.Minute), model.TimeMinute,
		"Hacia las 02:40 horas, en la colonia Constitución de Zapopan, sujetos armados dispararon contra la fachada de una llantera y después le prendieron fuego.")
	patrol := rep("d-0", model.ArmedAttack, night.Add(-50*time.Minute), model.TimeMinute,
		"A la 01:10 horas civiles armados dispararon contra una patrulla de la Policía Municipal en la avenida Aviación, en Zapopan; no hubo lesionados.")
	runOrders(t, []slipCase{
		{"a tire shop shot at and set on fire", []Item{wire, police, press},
			[][2]string{{"a-0", "b-0"}, {"a-0", "c-0"}, {"b-0", "c-0"}}, nil},
		{"and a patrol shot at before", []Item{wire, police, press, patrol},
			[][2]string{{"a-0", "b-0"}, {"b-0", "c-0"}}, [][2]string{{"a-0", "d-0"}, {"b-0", "d-0"}, {"c-0", "d-0"}}},
	})
}

// TestPharmacyIsAStore: a pharmacy firebombed, told by one report beside
// yesterday's grocery store and by a newscast beside a bar of another
// town, is one act: a pharmacy is a store among the premises two attacks
// on businesses name. A bar attacked in the town that night stays apart.
func TestPharmacyIsAStore(t *testing.T) {
	shop := func(id string, hour int, prec model.TimePrecision, text string) Item {
		return tol(id, model.BusinessAttack, irapuato, tolDay.Add(time.Duration(hour)*time.Hour), prec, -1, text)
	}
	told := shop("a-0", 4, model.TimeHour, "Esta vez fue una farmacia del centro de Irapuato, a la que hombres armados arrojaron bombas molotov cerca de las 04:00 horas; apenas ayer quemaron una tienda de abarrotes.")
	newscast := shop("b-0", 6, model.TimeDay, "y en celaya anoche balearon un bar y en irapuato esta madrugada incendiaron una farmacia del centro")
	bar := shop("c-0", 3, model.TimeHour, "Cerca de las 03:00 horas hombres armados dispararon contra un bar del centro de Irapuato.")
	runOrders(t, []slipCase{{"a pharmacy told beside other acts' premises", []Item{told, newscast, bar},
		[][2]string{{"a-0", "b-0"}}, [][2]string{{"a-0", "c-0"}}}})
}
