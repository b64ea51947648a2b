package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestAnotherBurningHoursLater checks a burning told at its own clock an
// hour or more after a burning of the same kind in the same town
// (recall27: fusion53's and fusion_own5's "A las 14:10 horas, en la misma
// vía, ... fue atravesado e incendiado un autobús" after a tractor-trailer
// burnt there in the morning): another act, whether the sentence names
// another point of the town or only something burnt that is new. Minutes
// apart, or with nothing new burnt, it is the same scene told on.
func TestAnotherBurningHoursLater(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 7, 20, 0, 0, 0, mexico) // a Thursday evening
	tests := []struct {
		name, title, text string
		want              []model.IncidentType
		munis             []string
	}{
		{name: "another point of the town, hours later",
			title: "Informe sobre hechos en la carretera federal 15",
			text:  "La Secretaría de Seguridad Pública de Sonora informa que a las 06:30 horas de este jueves, personas armadas atravesaron e incendiaron un tractocamión en la carretera federal 15, a la altura de Esperanza, municipio de Cajeme. A las 15:40 horas, sobre la misma vía, a la altura del entronque a Pueblo Yaqui, fue atravesado e incendiado un autobús de pasajeros tras obligar a descender a sus ocupantes.",
			want:  []model.IncidentType{model.Blockade, model.Blockade},
			munis: []string{"26018", "26018"}},
		{name: "no town of its own, a new vehicle burnt hours later, in a state's statement",
			title: "Informe de la Vocería sobre hechos en Reynosa",
			text:  "La Vocería de Seguridad de Tamaulipas informa: a las 07:25 horas de este jueves, personas armadas bloquearon la carretera Reynosa–Monterrey, a la altura del ejido La Escondida, con un tractocamión y dos vehículos a los que prendieron fuego. A las 14:10 horas, en la misma vía, a la altura de la colonia Puerta del Sol, fue atravesado e incendiado un autobús de pasajeros.",
			want:  []model.IncidentType{model.Blockade, model.Blockade},
			munis: []string{"28032", "28032"}},
		// Controls: one act.
		{name: "minutes apart",
			title: "Informe sobre hechos en la carretera federal 15",
			text:  "La Secretaría de Seguridad Pública de Sonora informa que a las 06:30 horas de este jueves, personas armadas atravesaron un tractocamión en la carretera federal 15, a la altura de Esperanza, municipio de Cajeme. A las 06:40 horas, en el mismo punto, fue incendiado un autobús de pasajeros.",
			want:  []model.IncidentType{model.Blockade}},
		{name: "hours later, the same point",
			title: "Informe sobre hechos en la carretera federal 15",
			text:  "La Secretaría de Seguridad Pública de Sonora informa que a las 06:30 horas de este jueves, personas armadas atravesaron e incendiaron un tractocamión en la carretera federal 15, a la altura de Esperanza, municipio de Cajeme. A las 09:40 horas, a la altura de Esperanza, fue atravesado e incendiado un autobús de pasajeros.",
			want:  []model.IncidentType{model.Blockade}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractReport(t, e, model.Report{ID: "r27", Lang: "es", Kind: model.KindOfficial, Title: tt.title, Text: tt.text, Published: pub}, tt.want)
			checkMunis(t, got, tt.munis)
		})
	}
}

// TestOtherCaseOpener checks the phrases that set a sentence apart as
// another case ("En otro hecho, en Iguala, ..."; recall27's probe, line
// 15): the act after one is another, even with the toll of the act
// before; and the words that do not.
func TestOtherCaseOpener(t *testing.T) {
	tests := []struct {
		f    string
		want bool
	}{
		{"en otro hecho, en iguala, fueron ", true},
		{"en un hecho distinto, ", true},
		{"en un hecho aparte, en la colonia centro, ", true},
		{"in a separate incident, ", true},
		{"in another attack, ", true},
		{"en otro orden de ideas, ", false},
		{"en el hecho, ", false},
		{"en otro municipio, ", false},
		{"en otro hecho ocurrido ayer ", false},
	}
	for _, tt := range tests {
		if got := otherCaseOpener(tt.f); got != tt.want {
			t.Errorf("otherCaseOpener(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
	e := realExtractor(t)
	pub := time.Date(2041, 3, 7, 9, 0, 0, 0, mexico)
	lead := "ACAPULCO, Gro.- Dos hombres fueron asesinados a balazos la tarde del miércoles en la colonia Renacimiento. "
	for _, tt := range []struct {
		name, next string
		want       []model.IncidentType
		munis      []string
	}{
		{"en otro hecho, the same toll", "En otro hecho, en Iguala, fueron asesinados dos taxistas.", []model.IncidentType{model.Homicide, model.Homicide}, []string{"12001", "12035"}},
		{"en otro hecho, a body found", "En otro hecho, en Iguala, fue localizado sin vida un hombre con huellas de tortura.", []model.IncidentType{model.Homicide, model.Homicide}, []string{"12001", "12035"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, "r27", model.KindNews, "es", lead+tt.next, pub, tt.want)
			checkMunis(t, got, tt.munis)
		})
	}
}

// TestExtortionDemand checks a quota or protection money demanded by the
// attackers (recall27: dev8's "fue incendiada ... por sujetos que, según
// los dueños, les exigían el pago de una cuota"): extortion, which keeps
// the act, where a protest's demand would mark the sentence as no
// incident; wages or justice demanded stay a protest's.
func TestExtortionDemand(t *testing.T) {
	tests := []struct {
		f    string
		want bool
	}{
		{"por sujetos que les exigian el pago de una cuota semanal", true},
		{"un grupo que exige cuotas a los comerciantes", true},
		{"a gang had been demanding weekly protection payments", true},
		{"los captores le exigieron dinero a la familia", true},
		{"maestros bloquearon la carretera para exigir el pago de quincenas atrasadas", false},
		{"campesinos exigen dinero para el campo", false},
		{"vecinos exigen justicia por el asesinato", false},
	}
	for _, tt := range tests {
		at := strings.Index(tt.f, "exig")
		if at < 0 {
			at = strings.Index(tt.f, "demanding")
		}
		end := at + strings.IndexByte(tt.f[at:], ' ')
		if got := extortionDemand(tt.f, at, end, len(tt.f)); got != tt.want {
			t.Errorf("extortionDemand(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
	e := realExtractor(t)
	pub := time.Date(2041, 3, 7, 9, 0, 0, 0, mexico)
	got := extractActs(t, e, "r27", model.KindNews, "es", "JIUTEPEC, Mor.- Una tortillería de la colonia Centro fue incendiada el miércoles por sujetos que, según los dueños, les exigían el pago de una cuota semanal.", pub, []model.IncidentType{model.BusinessAttack})
	checkMunis(t, got, []string{"17011"})
	extractActs(t, e, "r27", model.KindNews, "es", "CHILPANCINGO, Gro.- Maestros bloquearon el miércoles la Autopista del Sol para exigir el pago de quincenas atrasadas.", pub, nil)
}

// TestNightfall checks "al caer la tarde" (fusion51's "al caer la tarde,
// alrededor de las 18:50 horas, un grupo de sujetos atravesó y quemó dos
// camionetas"): a time of the day, which opens a later act after one told
// in the morning, where "al caer" of a scaffold is a fall.
func TestNightfall(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 9, 21, 0, 0, 0, mexico) // a Saturday evening
	tests := []struct {
		name, text string
		want       []model.IncidentType
	}{
		{name: "a second burning at dusk",
			text: "CIUDAD VICTORIA, Tamps.- La carretera federal 101 quedó cerrada dos veces en el municipio de Jaumave. La madrugada de este sábado, hombres armados incendiaron un tractocamión a la altura del kilómetro 12; al caer la tarde, alrededor de las 18:40 horas, un grupo de sujetos atravesó y quemó dos camionetas en el kilómetro 30.",
			want: []model.IncidentType{model.Blockade, model.Blockade}},
		{name: "a shooting at nightfall",
			text: "CELAYA, Gto.- Al caer la noche de este sábado, hombres armados dispararon contra los clientes de un bar de la colonia Centro; dos murieron.",
			want: []model.IncidentType{model.ArmedAttack}},
		// Control: a fall.
		{name: "al caer de un andamio",
			text: "CELAYA, Gto.- Un trabajador murió este sábado al caer de un andamio en una obra de la colonia Centro.",
			want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			extractActs(t, e, "r27", model.KindNews, "es", tt.text, pub, tt.want)
		})
	}
}

// TestNoticeAudience checks teachers named among whom a notice addresses
// (recall27: fusion19's "informa a madres y padres de familia, docentes y
// alumnos que ... se suspenden las actividades presenciales"): classes
// suspended, a disruption, where teachers who block a road or stop
// classes in protest stay no incident.
func TestNoticeAudience(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 8, 18, 0, 0, 0, mexico) // a Friday
	tests := []struct {
		name, text string
		want       []model.IncidentType
	}{
		{name: "informa a padres de familia, docentes y alumnos",
			text: "La Secretaría de Educación informa a padres de familia, docentes y alumnos que, por motivos de seguridad, el lunes 11 de marzo se suspenden las clases presenciales en las escuelas de Apatzingán.",
			want: []model.IncidentType{model.Disruption}},
		{name: "comunica a maestros y estudiantes",
			text: "El ayuntamiento comunica a maestros y estudiantes que el lunes 11 de marzo no habrá clases en las escuelas de Uruapan tras los hechos violentos de anoche.",
			want: []model.IncidentType{model.Disruption}},
		// Controls: teachers' protests.
		{name: "docentes bloquean para exigir",
			text: "Docentes de la CNTE bloquearon este viernes la carretera Morelia–Pátzcuaro para exigir el pago de bonos.",
			want: nil},
		{name: "maestros paran en protesta",
			text: "Maestros suspendieron las clases en Morelia este viernes en protesta por la reforma educativa.",
			want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			extractActs(t, e, "r27", model.KindOfficial, "es", tt.text, pub, tt.want)
		})
	}
}
