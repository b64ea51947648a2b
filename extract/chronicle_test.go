package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestPartOpens checks the sentence openers that move a chronicle of one
// day from act to act, and the ones that do not: a part of the day with a
// day of its own, a whole night, "that night", no comma.
func TestPartOpens(t *testing.T) {
	tests := []struct {
		f    string
		want bool
	}{
		{"a media manana, un comando armado", true},
		{"al mediodia, la secretaria de educacion anuncio la", true},
		{"por la tarde, elementos del ejercito", true},
		{"ya por la noche, un hombre fue", true},
		{"around noon, gunmen doused a used-car lot with gasoline and", true},
		{"in the evening, the", true},
		{"late in the afternoon, two men", true},
		// not a chronicle's step
		{"el sabado por la tarde, dos hombres", false}, // a day of its own: dayShift's
		{"toda la noche, los vecinos", false},
		{"that night, gunmen", false},
		{"por la tarde dos hombres", false}, // no comma
		{"later in the day, police", false},
		{"los vecinos dijeron que por la noche, un", false},
	}
	for _, tt := range tests {
		if got := partOpens(tt.f); got != tt.want {
			t.Errorf("partOpens(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestChronicleActs checks chronicles of one town's day, each act opened
// by a part of the day with no place or day of its own (art26, the probe
// probe_multi26's form): each is an act of its own, placed where the
// chronicle is. Controls stay one act: a death at a later part of the day
// after a shooting (its toll), the act named again at a later part of the
// day, the same kind of act going on.
func TestChronicleActs(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 7, 8, 0, 0, 0, mexico) // a Thursday
	tests := []struct {
		name, text, lang string
		want             []model.IncidentType
		munis            []string
	}{
		{name: "a shooting, a shop burnt at noon, arrests, a body in the evening",
			text:  "CIUDAD JUÁREZ, Chihuahua — Residents of Ciudad Juárez lived through another long Wednesday. In the morning, a man was shot dead as he walked home in the Anapra neighborhood. Around noon, gunmen doused a furniture store on Avenida Tecnológico with gasoline and set it ablaze. In the afternoon, municipal police arrested three men after a chase and seized two rifles. In the evening, the body of a man with signs of torture was found on a vacant lot in the Galeana neighborhood.",
			lang:  "en",
			want:  []model.IncidentType{model.Homicide, model.BusinessAttack, model.SecurityOperation, model.Homicide},
			munis: []string{"08037", "08037", "08037", "08037"}},
		{name: "una balacera por la mañana, suspensión de clases al mediodía",
			text:  "ZAMORA, Mich.- El miércoles fue un día largo en Zamora. Por la mañana, hombres armados asesinaron a un comerciante en el mercado Hidalgo. Al mediodía, la Secretaría de Educación anunció la suspensión de clases en las escuelas del centro.",
			want:  []model.IncidentType{model.Homicide, model.Disruption},
			munis: []string{"16108", "16108"}},
		{name: "otro tráiler quemado por la mañana, en un reporte de bloqueos",
			text: "MATEHUALA, S.L.P.- Hombres armados atravesaron dos camiones de carga en la entrada norte de esta ciudad y les prendieron fuego cerca de las 13:00 horas de este miércoles. Automovilistas reportaron columnas de humo. Elementos de la Guardia Civil Estatal llegaron al lugar y desviaron el tránsito. Por la mañana, otro tráiler había sido incendiado en la carretera 57, lo que obligó a cerrar la vía durante varias horas.",
			want: []model.IncidentType{model.Blockade, model.Blockade}},
		// Controls: one act.
		{name: "a death in the evening is the shooting's toll",
			text: "CELAYA, Gto.- Hombres armados dispararon contra los clientes de un bar de la colonia Centro de Celaya la mañana del miércoles; tres personas resultaron heridas. Por la noche, murió en el hospital uno de los heridos.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "the act named again",
			text: "URUAPAN, Mich.- Hombres armados atacaron a balazos una patrulla de la Policía Municipal en la colonia San Rafael de Uruapan la mañana del miércoles; un agente resultó herido. Por la tarde, el ataque fue condenado por el alcalde.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "the same kind going on",
			text: "Gunmen and soldiers exchanged fire for hours in the Las Quintas neighborhood of Culiacán on Wednesday morning. In the afternoon, the gunfight moved toward the river, residents said.",
			lang: "en",
			want: []model.IncidentType{model.ArmedClash}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, "t26", model.KindNews, tt.lang, tt.text, pub, tt.want)
			checkMunis(t, got, tt.munis)
		})
	}
}

// TestReportedCause checks warnings given "after reports of" an act
// ("ordered its staff to shelter in place … after reports of gunfire",
// "se activó el Código Rojo … ante reportes de hechos de violencia"): the
// warning is the act, the reports its context; and a control: an act
// told after the warning as what happened, not as reports, keeps it.
func TestReportedCause(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 7, 8, 0, 0, 0, mexico) // a Thursday
	tests := []struct {
		name, text, lang string
		want             []model.IncidentType
	}{
		{name: "shelter in place after reports of gunfire",
			text: "In Nuevo Laredo, the U.S. Consulate ordered its staff to shelter in place on Wednesday evening after reports of gunfire near the international bridges.",
			lang: "en",
			want: []model.IncidentType{model.Advisory}},
		{name: "Código Rojo ante reportes de balaceras",
			text: "El Gobierno del Estado informa que a partir de las 18:00 horas de este miércoles se activó el Código Rojo en Fresnillo ante reportes de balaceras en distintas colonias.",
			want: []model.IncidentType{model.Advisory}},
		// Controls.
		{name: "an act told after the warning, not as reports",
			text: "The U.S. Consulate ordered its staff to shelter in place after gunmen killed two police officers in Nuevo Laredo on Wednesday evening.",
			lang: "en",
			want: []model.IncidentType{model.ArmedAttack}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			extractActs(t, e, "t26c", model.KindNews, tt.lang, tt.text, pub, tt.want)
		})
	}
}

// TestOpenerAct checks sentences opened by a phrase naming an act told
// before ("Poco después del segundo bloqueo, …", "Following the ambush,
// …") whose main clause tells an arrest: the arrest is the sentence's
// act (fusion49's form); and controls: a death after the phrase (the
// act's toll), the forces' answer ("tras repeler la agresión") that makes
// the act told a clash.
func TestOpenerAct(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 7, 8, 0, 0, 0, mexico) // a Thursday
	tests := []struct {
		name, text, lang string
		want             []model.IncidentType
	}{
		{name: "poco después del segundo bloqueo, detuvieron",
			text: "ORIZABA, Ver.- Hombres armados incendiaron dos automóviles en la autopista Puebla–Córdoba, a la altura de Ixtaczoquitlán, cerca del mediodía del miércoles. Poco después del segundo bloqueo, policías estatales detuvieron a tres hombres en Ixtaczoquitlán.",
			want: []model.IncidentType{model.Blockade, model.SecurityOperation}},
		{name: "following the ambush, soldiers arrested",
			text: "Gunmen ambushed a police patrol in Zitácuaro on Wednesday morning, wounding two officers. Following the ambush, soldiers arrested four suspects in Zitácuaro.",
			lang: "en",
			want: []model.IncidentType{model.ArmedAttack, model.SecurityOperation}},
		// Controls.
		{name: "tras repeler la agresión, detuvieron: the clash and its arrests",
			text: "ZITÁCUARO, Mich.- Elementos de la Guardia Nacional fueron atacados a balazos la mañana del miércoles en Zitácuaro; tras repeler la agresión, en la que murió un agresor, detuvieron a tres personas.",
			want: []model.IncidentType{model.ArmedClash, model.SecurityOperation}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			extractActs(t, e, "t26d", model.KindNews, tt.lang, tt.text, pub, tt.want)
		})
	}
}

func TestLagOpens(t *testing.T) {
	tests := []struct {
		f    string
		want bool
	}{
		{"unos 40 minutos despues, un tractocamion fue", true},
		{"minutos despues, un grupo de sujetos", true},
		{"media hora mas tarde, hombres armados", true},
		{"en menos de una hora, los", true},
		{"within an hour, gunmen hijacked buses and", true},
		{"minutes later, a truck", true},
		{"about an hour later, a second group", true},
		// not a lag of minutes or hours
		{"dos dias despues, un camion", false},
		{"despues, un camion", false},
		{"the next morning, a truck", false},
		{"minutes later a truck", false}, // no comma
		{"los vecinos dijeron que una hora despues, un", false},
	}
	for _, tt := range tests {
		if got := lagOpens(tt.f); got != tt.want {
			t.Errorf("lagOpens(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestLagBurning checks road vehicles burnt minutes or hours after a
// blockade (art27, the probe probe_multi26's form, and fusion29's "Unos
// 40 minutos después, un tractocamión fue incendiado sobre el
// Periférico"): each is another blockade, in its clause's town, an arrest
// told between them or not. Controls stay arson: a burning with no lag,
// a house burnt minutes after.
func TestLagBurning(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 7, 8, 0, 0, 0, mexico) // a Thursday
	tests := []struct {
		name, text, lang string
		want             []model.IncidentType
		munis            []string
	}{
		{name: "buses set alight within an hour, after an arrest told between",
			text:  "MONTERREY, Mexico — Gunmen blocked several roads with burning vehicles in the Monterrey metropolitan area on Wednesday night, state officials said. Soldiers had arrested a local cartel leader in the afternoon. Within an hour, attackers hijacked two buses and set them alight on Avenida Constitución in Guadalupe, and a truck was torched on Avenida Lincoln in García.",
			lang:  "en",
			want:  []model.IncidentType{model.Blockade, model.SecurityOperation, model.Blockade, model.Blockade},
			munis: []string{"", "", "19026", "19018"}},
		{name: "un camión quemado minutos después en una avenida",
			text:  "CULIACÁN, Sin.- Hombres armados bloquearon la noche del miércoles vialidades con vehículos incendiados en Culiacán. Minutos después, un grupo de sujetos despojó a un chofer de un camión de pasajeros y le prendió fuego en la avenida Obregón, en Navolato.",
			want:  []model.IncidentType{model.Blockade, model.Blockade},
			munis: []string{"25006", "25018"}},
		// Controls: arson.
		{name: "no lag",
			text: "CELAYA, Gto.- Hombres armados bloquearon la carretera Celaya-Salvatierra con un tráiler incendiado la noche del miércoles. Un autobús fue quemado en la avenida Tecnológico de Celaya, informó la Secretaría de Seguridad.",
			want: []model.IncidentType{model.Blockade, model.Arson}},
		{name: "a house minutes after",
			text: "CULIACÁN, Sin.- Hombres armados bloquearon la noche del miércoles vialidades con vehículos incendiados en Culiacán. Minutos después, sujetos armados prendieron fuego a una vivienda de la colonia Centro de Navolato.",
			want: []model.IncidentType{model.Blockade, model.Arson}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, "t27", model.KindNews, tt.lang, tt.text, pub, tt.want)
			checkMunis(t, got, tt.munis)
		})
	}
}

// TestBurntOnRoads checks vehicles burnt on roads told in words the
// rules missed (art27): the officialese "vías de comunicación" (fusion45's
// form), and English cars, pickups or vans at a town's entrance (fusion43's
// form; Spanish "camionetas" was read): blockades, as on a highway; a
// burning elsewhere stays arson.
func TestBurntOnRoads(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 7, 8, 0, 0, 0, mexico) // a Thursday
	tests := []struct {
		name, text, lang string
		want             []model.IncidentType
	}{
		{name: "pickups at the entrance to a town",
			text: "In neighboring Apatzingán, two pickups were set ablaze at the entrance to the town of El Alcalde on Wednesday night.",
			lang: "en",
			want: []model.IncidentType{model.Blockade}},
		{name: "cars burnt, blocking traffic",
			text: "Gunmen set three cars on fire on a main avenue of Uruapan on Wednesday night, blocking traffic for hours.",
			lang: "en",
			want: []model.IncidentType{model.Blockade}},
		{name: "control: a car burnt outside a house",
			text: "Gunmen set fire to a car parked outside a house in Uruapan on Wednesday night.",
			lang: "en",
			want: []model.IncidentType{model.Arson}},
		{name: "vehículos incendiados en vías de comunicación",
			text: "La Secretaría de Seguridad Pública informa que durante la noche del miércoles se atendieron reportes de vehículos incendiados por personas armadas en vías de comunicación del municipio de Navolato.",
			want: []model.IncidentType{model.Blockade}},
		{name: "un tráiler quemado en una vía de comunicación",
			text: "TEPIC, Nay.- Sujetos armados prendieron fuego a un tráiler sobre una vía de comunicación de Tepic la noche del miércoles.",
			want: []model.IncidentType{model.Blockade}},
		{name: "control: a house",
			text: "TEPIC, Nay.- Sujetos armados prendieron fuego a una vivienda de la colonia Centro de Tepic la noche del miércoles.",
			want: []model.IncidentType{model.Arson}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			extractActs(t, e, "t27", model.KindNews, tt.lang, tt.text, pub, tt.want)
		})
	}
}
