package extract

import (
	"testing"
	"time"
)

// TestShotsCounted checks a count of shots ("múltiples detonaciones",
// "más de 30 disparos", "varios plomazos"): the gunfire of one act, not a
// tally of acts placed at the country (tally23, family "a point act's
// gunfire read as a tally"). The controls count acts: attacks and
// shootings stay tallies or one town's acts as before.
func TestShotsCounted(t *testing.T) {
	runPlaced(t, time.Date(2039, 8, 15, 10, 0, 0, 0, mexico), []placedCase{
		{name: "multiple shots at a party", lang: "es",
			text: "CULIACÁN, Sin.- Vecinos reportan múltiples detonaciones de arma de fuego en una fiesta particular. Se habla de personas lesionadas.",
			want: "armed_attack/Culiacán"},
		{name: "more than thirty shots", lang: "es",
			text: "CELAYA, Gto.- Se escucharon más de 30 disparos en la colonia Las Delicias la noche de este sábado; no se reportaron heridos.",
			want: "armed_attack/Celaya"},
		{name: "slang shots", lang: "es",
			text: "Le soltaron varios plomazos a un hombre en la colonia Centro de Colima.",
			want: "armed_attack/Colima"},
		{name: "several shots at a house", lang: "en",
			text: "TIJUANA - Several shots were fired at a house in the Camino Verde neighborhood on Sunday night, police said.",
			want: "armed_attack/Tijuana"},
		// Controls: acts counted.
		{name: "attacks counted in two states", lang: "es",
			text: "Se registraron 14 ataques armados en Sinaloa y Sonora durante el fin de semana.",
			want: "armed_attack/tally"},
		{name: "shootings across one town", lang: "en",
			text: "Gunmen carried out five shootings across Culiacán on Sunday night, leaving three dead.",
			want: "homicide/Culiacán"},
	})
}

// TestStateCounts checks a count of the killed over a period in a state
// the report names beside its country ("Mexico's murder rankings") or by
// "en el estado" under the dateline of its namesake capital: one tally of
// the state, not a point homicide at the capital (tally23, family "a
// state's count over a period read as a point act"); and the rest of the
// total told after the deadliest act ("the other seven victims were killed
// in separate incidents in ...") adds to that tally. Controls: a toll of
// one act, a count of two towns.
func TestStateCounts(t *testing.T) {
	runPlaced(t, time.Date(2039, 6, 13, 10, 0, 0, 0, mexico), []placedCase{
		{name: "a day's homicides beside the country", lang: "en",
			text: "Guanajuato recorded 12 intentional homicides on Sunday, according to a daily tally of preliminary government figures, keeping the state at the top of Mexico's murder rankings.",
			want: "homicide/tally"},
		{name: "the rest of the total", lang: "en",
			text: "Guanajuato recorded 12 intentional homicides on Sunday, according to a daily tally of preliminary government figures, keeping the state at the top of Mexico's murder rankings.\n\nThe deadliest single incident was the discovery of three bodies in a vacant lot in Irapuato on Sunday morning.\n\nThe other nine victims were killed in separate incidents in León, Celaya, Salamanca and Silao.",
			want: "homicide/tally homicide/Irapuato"},
		{name: "weekend killings in the state under the capital's dateline", lang: "es",
			text: "GUANAJUATO, Gto.- Un total de 21 personas fueron asesinadas en el estado entre el viernes y el domingo, de acuerdo con el conteo diario del Gabinete de Seguridad.",
			want: "homicide/tally"},
		{name: "los otros después del hecho más grave", lang: "es",
			text: "CULIACÁN, Sin.- Sinaloa sumó 14 homicidios el fin de semana, según el conteo de la Fiscalía.\n\nEl hecho más grave ocurrió en Navolato, donde cuatro hombres fueron asesinados en un taller.\n\nLos otros diez homicidios se registraron en Culiacán, Elota y Mazatlán.",
			want: "homicide/tally homicide/Navolato"},
		// Controls.
		{name: "one act's toll in the capital", lang: "es",
			text: "GUANAJUATO, Gto.- Cinco personas fueron asesinadas en un bar de la capital del estado la noche del sábado.",
			want: "armed_attack/Guanajuato"},
		{name: "two towns' killings", lang: "en",
			text: "Gunmen killed four people in Celaya and Salamanca on Sunday night, police said.",
			want: "homicide/Celaya homicide/Salamanca"}, // (the reporting police are no target: english28)
	})
}

// TestTallyWithExample checks a count over a state that names one of its
// acts in a town ("22 roadblocks across Guanajuato, including one in
// Celaya", "entre ellos uno en Zapopan"): the town is the act's, the count
// stays a tally of the state beside it (tally23, family "a state-level
// count read as one town's act"). The control counts acts in one town.
func TestTallyWithExample(t *testing.T) {
	runPlaced(t, time.Date(2027, 5, 12, 12, 0, 0, 0, mexico), []placedCase{
		{name: "roadblocks across a state including one", lang: "en",
			text: "Authorities reported 18 roadblocks across Michoacán on Tuesday night, including one in Uruapan, where gunmen torched a bus on the highway.",
			want: "blockade/tally blockade/Uruapan"},
		{name: "bloqueos en el estado entre ellos uno", lang: "es",
			text: "Las autoridades contabilizaron 15 bloqueos en Jalisco la noche del martes, entre ellos uno en Zapopan, donde hombres armados incendiaron un autobús.",
			want: "blockade/tally blockade/Zapopan"},
		// Control.
		{name: "three blockades in one town", lang: "es",
			text: "Hombres armados instalaron 3 bloqueos en Zapopan la noche del martes.",
			want: "blockade/Zapopan"},
	})
}

// TestFewActsTold checks a lede that counts two or three acts over a
// short period ("Two abductions in two days", "Dos ataques armados en
// menos de dos horas") and a body that tells them: the acts, not a tally
// beside them (tally23, family "an overview lede read as a tally"). The
// controls keep a tally that counts more acts, and a count of two the
// report tells no act of.
func TestFewActsTold(t *testing.T) {
	runPlaced(t, time.Date(2039, 2, 20, 10, 0, 0, 0, mexico), []placedCase{
		{name: "two abductions told one by one", lang: "en",
			text: "Two abductions in two days have rattled Antonio Barona, a neighborhood in the north of Cuernavaca. On Thursday night, armed men forced a shopkeeper out of his store and drove off with him. On Friday afternoon, two young men were taken from a car wash by gunmen.",
			want: "kidnapping/Cuernavaca kidnapping/Cuernavaca"},
		{name: "dos ataques en menos de dos horas", lang: "es",
			text: "CANCÚN, Q. Roo.- Dos ataques armados en menos de dos horas sacudieron la noche del jueves a los dos principales destinos turísticos de Quintana Roo. A las 22:40 horas, dos sujetos entraron a un bar de la Supermanzana 63 de Cancún y abrieron fuego contra los clientes.",
			want: "armed_attack/Benito Juárez"},
		// Controls.
		{name: "a tally of many beside its worst act", lang: "es",
			text: "Las autoridades contabilizaron 15 bloqueos en Jalisco la noche del martes. En Zapopan, hombres armados incendiaron un autobús sobre la avenida López Mateos.",
			want: "blockade/tally blockade/Zapopan"},
		{name: "two abductions with no act told", lang: "en",
			text: "Two abductions in two days have rattled Antonio Barona, a neighborhood in the north of Cuernavaca, residents said.",
			want: "kidnapping/tally"},
	})
}

// TestRoadsOverStateBesideTown checks roads counted over a state named
// right after the count, in a sentence whose later clause tells another
// act in a town of it ("blocked at least seven roads in the western
// Mexican state of Nayarit ..., hours after marines captured a boss in
// the state capital Tepic"): a tally of the state, and the capture at the
// town (tally23, family "a state-level count read as one town's act").
// The control's state qualifies the town the roads are in.
func TestRoadsOverStateBesideTown(t *testing.T) {
	runPlaced(t, time.Date(2038, 3, 20, 11, 0, 0, 0, mexico), []placedCase{
		{name: "roads of a state, a capture in its capital", lang: "en",
			text: "Suspected cartel gunmen set vehicles ablaze and blocked at least seven roads in the western Mexican state of Nayarit on Friday night, state officials said, hours after marines captured a regional cartel boss in the state capital Tepic.",
			want: "blockade/tally security_operation/Tepic"},
		{name: "carreteras del estado, una captura en Tepic", lang: "es",
			text: "Hombres armados incendiaron vehículos y bloquearon al menos siete carreteras en el estado de Nayarit la noche del viernes, horas después de que marinos capturaran a un jefe regional del cártel en Tepic.",
			want: "blockade/tally security_operation/Tepic"},
		// Control.
		{name: "three avenues of one town", lang: "es",
			text: "Hombres armados bloquearon tres avenidas en Culiacán, Sinaloa, la noche del viernes.",
			want: "blockade/Culiacán"},
	})
}

// TestArrestsSinceDay checks the arrests of a state counted since a day
// ("have arrested 19 people in Sinaloa since Tuesday", "Desde el martes,
// fuerzas federales detuvieron a 23 personas en Sinaloa"): a tally of the
// state, as "suman 19 personas detenidas desde el martes" (tally23,
// family "a state's count over a period read as a point act"). The
// controls are one raid's arrests, dated by a day, not counted since it.
func TestArrestsSinceDay(t *testing.T) {
	runPlaced(t, time.Date(2036, 9, 12, 12, 0, 0, 0, mexico), []placedCase{
		{name: "arrested since Tuesday", lang: "en",
			text: "CULIACAN, Sinaloa — Federal and state forces have arrested 19 people in Sinaloa since Tuesday, the Security Cabinet said.",
			want: "security_operation/tally"},
		{name: "desde el martes", lang: "es",
			text: "Desde el martes, fuerzas federales detuvieron a 23 personas en Sinaloa, informó el Gabinete de Seguridad.",
			want: "security_operation/tally"},
		// Controls.
		{name: "one raid on Tuesday", lang: "en",
			text: "Marines arrested 12 people in a raid on a safe house in Culiacán, Sinaloa, on Tuesday.",
			want: "security_operation/Culiacán"},
		{name: "un operativo el martes", lang: "es",
			text: "Soldados detuvieron a 15 personas en Sinaloa el martes durante un operativo en la sierra.",
			want: "security_operation/"},
	})
}
