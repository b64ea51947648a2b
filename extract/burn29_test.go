package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestShoutedFeedLabel checks an alert feed item whose label is told in
// capitals with no bar ("ALERTA SALVATIERRA."): no advisory beside the act
// the item tells (shoutedLabel). Controls: an item that tells no act
// keeps its advisory, and a sentence in capitals that tells an act is no
// label.
func TestShoutedFeedLabel(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 5, 7, 22, 10, 0, 0, mexico)
	for _, tt := range []struct {
		name, text string
		want       []model.IncidentType
	}{
		{"town", "ALERTA SALVATIERRA. Reportan que hombres armados prendieron fuego a una tienda de abarrotes en la colonia San Juan. Eviten la zona.", []model.IncidentType{model.BusinessAttack}},
		{"region of two words", "ALERTA COSTA GRANDE. Sujetos armados incendiaron dos camionetas en la cabecera de Tecpan de Galeana. Precaución.", []model.IncidentType{model.Arson}},
		{"english", "ALERT URUAPAN. Gunmen shot dead two men outside a bar in downtown Uruapan. Avoid the area.", []model.IncidentType{model.Homicide}},
		// Controls.
		{"no act told", "ALERTA SALVATIERRA. Se pide a la población permanecer en casa por la lluvia.", []model.IncidentType{model.Advisory}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			extractActs(t, e, "t29l", model.KindAlertFeed, "", tt.text, pub, tt.want)
		})
	}
	for _, text := range []string{"ALERTA HOMBRES ARMADOS INCENDIAN TIENDA EN SALVATIERRA.", "alerta Salvatierra."} {
		if shoutedLabel(text) {
			t.Errorf("shoutedLabel(%q) = true, want false", text)
		}
	}
}

// TestVehiclesCountedNoTally checks a quantity of vehicles before a
// burning cue ("varios vehículos en llamas"): one act that burned them,
// placed by the item's town, not a tally of acts (vehicleBefore).
// Control: a quantity of acts ("varios incendios") stays a tally.
func TestVehiclesCountedNoTally(t *testing.T) {
	pub := time.Date(2041, 5, 7, 22, 10, 0, 0, mexico)
	checkActRows(t, "t29v", pub, []actRow{
		{name: "vehicles in flames",
			text: "SALAMANCA, Gto.- Reportan varios vehículos en llamas en un lote de la colonia Bellavista luego de que sujetos armados les prendieran fuego la noche de este jueves.",
			want: []model.IncidentType{model.Arson}, munis: []string{"11027"}},
	})
	for _, tt := range []struct {
		f    string
		at   int
		want bool
	}{
		{"reportan varios vehiculos en llamas", 26, true},
		{"reportan varios incendios", 16, false},
	} {
		if got := vehicleBefore(tt.f, tt.at, 0); got != tt.want {
			t.Errorf("vehicleBefore(%q, %d) = %v, want %v", tt.f, tt.at, got, tt.want)
		}
	}
}

// TestBodyBurned checks a body told as burned after the killing: a
// homicide, whatever struck first (bodyBurned). Control: a car burned
// with nobody in it stays an arson.
func TestBodyBurned(t *testing.T) {
	pub := time.Date(2041, 5, 8, 9, 0, 0, 0, mexico)
	checkActRows(t, "t29b", pub, []actRow{
		{name: "shot and body set on fire",
			text: "CULIACAN, Mexico - A man was shot and his body set on fire on a dirt road outside Culiacán on Thursday night, prosecutors said.",
			lang: "en", want: []model.IncidentType{model.Homicide}, munis: []string{"25006"}},
		{name: "prendieron fuego al cuerpo",
			text: "CULIACÁN, Sin.- Sujetos armados dispararon contra un hombre en la colonia Bicentenario y después prendieron fuego al cuerpo, la noche de este jueves.",
			want: []model.IncidentType{model.Homicide}, munis: []string{"25006"}},
		// Control.
		{name: "a car burned",
			text: "CULIACAN, Mexico - Gunmen set a parked car on fire outside a house in Culiacán on Thursday night, police said.",
			lang: "en", want: []model.IncidentType{model.Arson}},
	})
}

// TestAttackNamedByBurning checks an attack noun whose clause after it
// tells a burning ("el ataque del lunes, cuando sujetos incendiaron la
// vivienda"): an arson (burnManner). Control: an attack told with shots
// and a car burnt stays an attack.
func TestAttackNamedByBurning(t *testing.T) {
	pub := time.Date(2041, 5, 8, 9, 0, 0, 0, mexico)
	checkActRows(t, "t29a", pub, []actRow{
		{name: "cuando",
			text: "NAVOJOA, Son.- Vecinos de la colonia Reforma siguen sin explicarse el ataque del lunes por la noche, cuando sujetos incendiaron la vivienda de un matrimonio que salió ileso.",
			want: []model.IncidentType{model.Arson}, munis: []string{"26042"}},
		{name: "in which",
			text: "NAVOJOA, Mexico - Police have no suspects in Monday night's attack, in which two men torched a family home in the city of Navojoa.",
			lang: "en", want: []model.IncidentType{model.Arson}, munis: []string{"26042"}},
	})
	f := "el ataque armado contra la patrulla, cuando sujetos"
	if burnNamed(f[len("el ataque"):]) != true {
		t.Errorf("burnNamed: a clause of \"cuando\" not read")
	}
	if burnNamed(" contra la patrulla en la colonia centro y despues de varias horas de persecucion por la ciudad los sujetos") {
		t.Errorf("burnNamed: a long span read as the attack's clause")
	}
}

// TestLaterWordOpener checks a burning told after another on the same
// road, its clock opened by a word of later ("Posteriormente, a las
// 16:40 horas"): another act (partOpener, burningApart). Control: the
// same sentence minutes after the first is the same act.
func TestLaterWordOpener(t *testing.T) {
	pub := time.Date(2041, 5, 9, 20, 0, 0, 0, mexico) // a Thursday
	first := "La Guardia Civil informa que este jueves, a las 07:10 horas, se atendió el reporte de un tractocamión incendiado sobre la autopista Siglo XXI, en el acceso a Nueva Italia, municipio de Múgica. "
	checkActRows(t, "t29o", pub, []actRow{
		{name: "posteriormente",
			text: first + "Posteriormente, a las 16:40 horas, personas armadas atravesaron y quemaron un autobús en las inmediaciones de El Ceñidor.",
			want: []model.IncidentType{model.Blockade, model.Blockade}, munis: []string{"16055", "16055"}},
		// Control.
		{name: "minutes after",
			text: first + "Posteriormente, a las 07:35 horas, personas armadas atravesaron y quemaron un autobús en el mismo punto.",
			want: []model.IncidentType{model.Blockade}, munis: []string{"16055"}},
	})
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"posteriormente,", true},
		{"despues,", true},
		{"afterwards, at about", true},
		{"los vecinos,", false},
	} {
		if got := partOpener(tt.f); got != tt.want {
			t.Errorf("partOpener(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestLaterPartOfDay checks acts told part of the day by part ("Por la
// mañana, …; por la tarde, un grupo armado …"): the later part with a new
// subject opens another act (laterPart). Control: a later part that tells
// the state of the thing burnt is the act told before.
func TestLaterPartOfDay(t *testing.T) {
	pub := time.Date(2041, 5, 9, 9, 0, 0, 0, mexico) // a Thursday
	checkActRows(t, "t29p", pub, []actRow{
		{name: "por la tarde",
			text: "URUAPAN, Mich.- La carretera Uruapan-Paracho fue cerrada dos veces el miércoles. Por la mañana, un camión de carga fue incendiado sobre la carretera a la altura de Capácuaro; por la tarde, hombres armados atravesaron un autobús y le prendieron fuego cerca de Angahuan.",
			want: []model.IncidentType{model.Blockade, model.Blockade}},
		// Control.
		{name: "the same people",
			text: "URUAPAN, Mich.- Por la mañana, un camión de carga fue incendiado en la carretera Uruapan-Paracho a la altura de Capácuaro; por la tarde, la unidad incendiada seguía atravesada sobre la vía.",
			want: []model.IncidentType{model.Blockade}},
	})
	for _, tt := range []struct {
		p, prev string
		want    bool
	}{
		{"por la tarde", "por la manana, un camion fue incendiado", true},
		{"in the evening", "in the morning, gunmen torched a truck", true},
		{"por la manana", "por la tarde, un camion fue incendiado", false},
		{"por la tarde", "un camion fue incendiado por la manana", false},
	} {
		if got := laterPart(tt.p, tt.prev); got != tt.want {
			t.Errorf("laterPart(%q, %q) = %v, want %v", tt.p, tt.prev, got, tt.want)
		}
	}
}

// TestDestinationParks checks a town named as where the burnt vehicles
// take people ("camiones de una empresa que traslada trabajadores a los
// parques industriales de El Salto"): a destination, not a second place of
// the act (movedTo, placeKindWord). Control: the act in that town stays.
func TestDestinationParks(t *testing.T) {
	pub := time.Date(2041, 5, 9, 13, 0, 0, 0, mexico) // a Thursday
	checkActRows(t, "t29d", pub, []actRow{
		{name: "parques industriales",
			text: "GUADALAJARA, Jal.- La madrugada de este jueves, dos autobuses de una empresa que traslada obreros a los parques industriales de El Salto fueron incendiados en su patio, en Tlaquepaque.",
			want: []model.IncidentType{model.Arson}, munis: []string{"14098"}},
		// Control.
		{name: "in the parks' town",
			text: "EL SALTO, Jal.- La madrugada de este jueves, dos autobuses de una empresa de transporte de personal fueron incendiados en los parques industriales de El Salto.",
			want: []model.IncidentType{model.Arson}, munis: []string{"14070"}},
	})
	if !movedTo("que traslada obreros a los parques industriales de") {
		t.Errorf("movedTo: the parks' town not read as a destination")
	}
}
