package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestForcesFindBodies checks bodies found by the forces named before the
// finding ("Agentes de la Fiscalía localizaron seis cuerpos con heridas de
// arma de fuego"): a homicide (gold README: bodies found), not an attack
// on the forces, which forceShot reads when a member of a force is the
// subject of a killing told with a shot (branch type63). Controls: a
// police officer shot dead, and one found dead, stay an attack on the
// forces.
func TestForcesFindBodies(t *testing.T) {
	pub := time.Date(2044, 5, 16, 9, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "t63f", pub, []actRow{
		{name: "agentes de la Fiscalía localizaron seis cuerpos con heridas de arma de fuego",
			text:  "APATZINGÁN, Mich.- Agentes de la Fiscalía localizaron la tarde del domingo seis cuerpos de hombres con heridas de arma de fuego en una brecha de la tenencia de Cenobio Moreno.",
			want:  []model.IncidentType{model.Homicide},
			munis: []string{"16006"}},
		{name: "policías localizaron los cuerpos de dos mujeres",
			text: "CELAYA, Gto.- Policías municipales localizaron el domingo los cuerpos de dos mujeres con heridas de arma de fuego en un canal de riego de la colonia Las Insurgentes.",
			want: []model.IncidentType{model.Homicide}},
		{name: "police found the bodies of three men",
			text: "CELAYA, Mexico - Police found the bodies of three men with gunshot wounds on Sunday in a ditch in the city of Celaya, in Guanajuato state.",
			lang: "en",
			want: []model.IncidentType{model.Homicide}},
		// Controls.
		{name: "un agente asesinado a balazos",
			text: "CELAYA, Gto.- Un agente de la Policía Municipal fue asesinado a balazos el domingo en la colonia Las Insurgentes.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "an officer found shot dead",
			text: "CELAYA, Mexico - A police officer was found shot dead on Sunday in the city of Celaya, in Guanajuato state.",
			lang: "en",
			want: []model.IncidentType{model.ArmedAttack}},
	})
}

// TestBarAttackOtherTown checks an arrest told with the attack it was for
// in another town, an attack on a bar that killed people ("arrested three
// suspects ... in Salamanca over a Friday night attack on a bar in
// Irapuato that killed five people"): the bar's act is an armed attack on
// its guests (gold README: shootings at a place), at its own town (branch
// type63). Control: an attack on a pharmacy that wounded an employee
// stays an attack on the business.
func TestBarAttackOtherTown(t *testing.T) {
	pub := time.Date(2041, 4, 15, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "t63b", pub, []actRow{
		{name: "arrested over an attack on a bar in another town that killed five",
			text:  "Mexican prosecutors arrested three suspects on Sunday in Salamanca over a Friday night attack on a bar in Irapuato that killed five people, the Guanajuato state prosecutor's office said.",
			lang:  "en",
			want:  []model.IncidentType{model.SecurityOperation, model.ArmedAttack},
			munis: []string{"11027", "11017"}},
		// Control.
		{name: "an attack on a pharmacy that wounded an employee",
			text:  "Mexican prosecutors arrested three suspects on Sunday in Salamanca over a Friday night attack on a pharmacy in Irapuato that wounded an employee.",
			lang:  "en",
			want:  []model.IncidentType{model.SecurityOperation, model.BusinessAttack},
			munis: []string{"11027", "11017"}},
	})
}

// TestHospitalTownOfFollowUp checks a follow-up death told with the town
// of the hospital where the victim died beside the act's own place
// ("murió ... en el hospital general de Cuernavaca, con lo que suman seis
// las víctimas de la agresión ocurrida la noche del sábado"): one act, at
// its place, with its day and raised toll (gold README: follow-ups), not
// a second killing at the hospital's town (branch type63); so are bodies
// taken to the Servicio Médico Forense of another town (branch state67).
// Controls: an attack on the morgue itself is an act there, and two places
// of two acts with no hospital between them stay two.
func TestHospitalTownOfFollowUp(t *testing.T) {
	pub := time.Date(2043, 9, 14, 9, 30, 0, 0, mexico) // a Monday
	e := realExtractor(t)
	for _, tt := range []struct {
		name, text, lang string
		want             []model.IncidentType
		munis            []string
		day              int // the first act's day of September, 0 unchecked
		killed           int // the first act's dead, 0 unchecked
	}{
		{name: "murió en el hospital de otra ciudad; suman seis las víctimas de la agresión del sábado",
			text:  "CUAUTLA, Mor.- Uno de los dos hombres que resultaron heridos en el ataque armado contra un bar de Narciso Mendoza murió la madrugada de este lunes en el hospital general de Cuernavaca, con lo que suman seis las víctimas mortales de la agresión ocurrida la noche del sábado.",
			want:  []model.IncidentType{model.ArmedAttack},
			munis: []string{"17006"}, day: 12, killed: 6},
		{name: "a wounded officer died at a hospital in another city after Saturday's ambush",
			text:  "CELAYA, Gto.- Murió este lunes en el Hospital General de Salamanca el policía municipal que resultó herido en la emboscada ocurrida el sábado en la colonia Centro de Celaya.",
			want:  []model.IncidentType{model.ArmedAttack},
			munis: []string{"11007"}, day: 12},
		{name: "bodies taken to the Servicio Médico Forense of another town",
			text:  "NAVOLATO, Sin.- Los cuerpos de dos hombres fueron localizados la mañana de este lunes en un canal de riego del poblado Bariometo. Elementos de la Fiscalía realizaron el levantamiento de los cadáveres, que fueron trasladados al Servicio Médico Forense de Culiacán.",
			want:  []model.IncidentType{model.Homicide},
			munis: []string{"25018"}},
		// Controls.
		{name: "an attack on the Servicio Médico Forense",
			text:  "CULIACÁN, Sin.- Hombres armados dispararon contra las instalaciones del Servicio Médico Forense de Culiacán la noche de este lunes; no hubo lesionados.",
			want:  []model.IncidentType{model.ArmedAttack},
			munis: []string{"25006"}},
		{name: "two acts in two towns",
			text:  "CELAYA, Gto.- Un hombre fue asesinado a balazos el sábado en Celaya y otro murió baleado el domingo en Salamanca.",
			want:  []model.IncidentType{model.Homicide, model.Homicide},
			munis: []string{"11007", "11027"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, "t63h", model.KindNews, tt.lang, tt.text, pub, tt.want)
			checkMunis(t, got, tt.munis)
			if tt.day > 0 && (got[0].Time == nil || got[0].Time.Day() != tt.day) {
				t.Errorf("time %v, want day %d", got[0].Time, tt.day)
			}
			if tt.killed > 0 && (got[0].Killed == nil || got[0].Killed.N != tt.killed) {
				t.Errorf("killed %v, want %d", got[0].Killed, tt.killed)
			}
		})
	}
}

// TestNowClock checks a speaker's clock of the time it is now ("buenos
// días Apatzingán, son las once de la mañana, les informamos que desde
// temprano ..."): the hour of the broadcast, not of the act told after it
// (branch type63). Control: "Eran las once de la noche cuando ..." tells
// the act's hour.
func TestNowClock(t *testing.T) {
	pub := time.Date(2043, 9, 13, 11, 0, 0, 0, mexico) // a Sunday
	e := realExtractor(t)
	for _, tt := range []struct {
		name, text string
		kind       model.ReportKind
		typ        model.IncidentType
		want       model.TimePrecision // "" when no time
		hour       int
	}{
		{name: "son las once de la mañana, desde temprano se agarraron a balazos",
			text: "buenos dias apatzingan son las once de la mañana les informamos que desde temprano se agarraron a balazos los soldados con gente armada alla por senobio moreno se escucho muy fuerte la balasera",
			kind: model.KindTranscript, typ: model.ArmedClash},
		{name: "es la una de la tarde, anoche quemaron dos camiones",
			text: "muy buenas tardes uruapan es la una de la tarde y les contamos que anoche quemaron dos camiones en la salida a patzcuaro",
			kind: model.KindTranscript, typ: model.Blockade, want: model.TimeDay},
		// Control.
		{name: "eran las once de la noche cuando atacaron",
			text: "APATZINGÁN, Mich.- Eran las once de la noche del sábado cuando hombres armados atacaron a balazos a dos jóvenes en la colonia Centro.",
			kind: model.KindNews, typ: model.ArmedAttack, want: model.TimeHour, hour: 23},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := extractActs(t, e, "t63n", tt.kind, "", tt.text, pub, []model.IncidentType{tt.typ})[0]
			if in.TimePrecision != tt.want {
				t.Fatalf("time %v (%s), want precision %q", in.Time, in.TimePrecision, tt.want)
			}
			if tt.want == model.TimeHour && in.Time.Hour() != tt.hour {
				t.Errorf("hour %d, want %d", in.Time.Hour(), tt.hour)
			}
		})
	}
}
