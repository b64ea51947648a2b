package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestWhatKindOfAct25 holds texts written for this test on the families
// of branch ptype25's blind probe (testdata/gold/probe_type25.jsonl), each
// beside its near miss: forces that kill the men who fired on them fight
// a clash; people taken by force are kidnapped; a group a threat is aimed
// at is its target, not a protest; a stop of service after a crime is a
// disruption, a meeting's recess none; threats received before an act are
// its background; arrests after "tras el cual" are an operation of their
// own.
func TestWhatKindOfAct25(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 2, 10, 0, 0, 0, mexico)
	A, C, S, K := model.ArmedAttack, model.ArmedClash, model.SecurityOperation, model.Kidnapping
	I, D, R, H := model.Intimidation, model.Disruption, model.Arson, model.Homicide
	tests := []struct {
		name  string
		title string
		text  string
		want  []model.IncidentType // the types of all incidents, in order
	}{
		{"killed those who fired on them", "", "Agentes de la Policía Estatal abatieron a dos hombres que les dispararon la tarde del domingo en la colonia Centro de Tepatitlán, Jalisco.", []model.IncidentType{C}},
		{"English, killed those who fired on them", "", "Soldiers killed three gunmen who opened fire on them near Tamazula, Durango, on Monday, the Defense Ministry said.", []model.IncidentType{C}},
		{"English, killed those who had fired on them (art27)", "", "Marines killed three suspected gunmen who had fired on them in Reynosa, Tamaulipas, on Monday, the Navy said.", []model.IncidentType{C}},
		{"English, killed after being fired upon (art27)", "", "Soldiers killed two gunmen in Culiacán, Sinaloa, on Monday after being fired upon while on patrol.", []model.IncidentType{C}},
		{"Spanish, abatieron a quienes les habían disparado (art27)", "", "Agentes de la Policía Estatal abatieron a dos hombres que les habían disparado la tarde del domingo en la colonia Centro de Tepatitlán, Jalisco.", []model.IncidentType{C}},
		{"English, killed those who attacked their patrol (english71)", "", "National Guard troops killed four gunmen who attacked their patrol on a highway near Culiacán, Sinaloa, on Monday night, officials said.", []model.IncidentType{C}},
		{"Spanish, abatieron a quienes atacaron su patrulla (english71)", "", "Elementos de la Guardia Nacional abatieron a cuatro civiles armados que atacaron su patrulla en Culiacán la noche del lunes.", []model.IncidentType{C}},
		{"Spanish, a force in the singular, que la atacaron (english71)", "", "La Guardia Nacional abatió a dos hombres que la atacaron en la carretera federal 45, en Calera, la noche del jueves.", []model.IncidentType{C}},
		{"near miss: killed in a raid", "", "Agentes de la Policía Estatal abatieron a dos hombres durante un operativo la tarde del domingo en la colonia Centro de Tepatitlán, Jalisco.", []model.IncidentType{S}},
		{"taken by force, participle", "", "Un joven de 17 años fue sustraído por la fuerza de su domicilio en Tecomán, Colima, la madrugada del lunes por hombres armados que irrumpieron en la casa.", []model.IncidentType{K}},
		{"taken by force, pronoun", "", "Hombres armados irrumpieron en una vivienda de Zamora, Michoacán, la noche del sábado y la llevaron a la fuerza.", []model.IncidentType{K}},
		{"near miss: broke in and shot", "", "Hombres armados irrumpieron en una vivienda de Zamora, Michoacán, la noche del sábado y dispararon contra sus ocupantes.", []model.IncidentType{A}},
		{"threats aimed at a protest group's people", "", "Una manta con amenazas dirigidas a transportistas fue colgada la mañana del martes en un puente de Chilpancingo, Guerrero.", []model.IncidentType{I}},
		{"near miss: a protest of the same group", "", "Transportistas bloquearon la mañana del martes la autopista en Chilpancingo, Guerrero, para exigir mejores tarifas.", nil},
		{"service stopped after a killing, title", "Transportistas suspenden servicio en Iguala tras asesinato de chofer", "Transportistas suspenden servicio en Iguala tras asesinato de chofer", []model.IncidentType{D}},
		{"service stopped after a killing, body", "Transportistas suspenden servicio en Iguala tras asesinato de chofer", "Concesionarios del transporte urbano de Iguala, Guerrero, suspendieron este martes el servicio, luego de que un chofer fuera asesinado a balazos la noche del lunes en la colonia Centro.", []model.IncidentType{H, D}},
		{"near miss: a strike for fares", "Transportistas suspenden servicio en Iguala para exigir aumento", "Transportistas de Iguala, Guerrero, suspendieron este martes el servicio para exigir un aumento a la tarifa.", nil},
		{"a session's recess", "", "La sesión del cabildo de Irapuato, Guanajuato, se suspendió por unos minutos este jueves tras un enfrentamiento verbal entre regidores.", nil},
		{"a session suspended, object", "", "Los regidores de Irapuato, Guanajuato, suspendieron la sesión este jueves tras un enfrentamiento verbal.", nil},
		{"a hearing suspended", "", "El juez suspendió la audiencia de los acusados este jueves en Irapuato, Guanajuato, porque faltó un perito.", nil},
		{"near miss: classes suspended after a shooting (and the shooting, gold README: aftermath)", "", "Las autoridades de Irapuato, Guanajuato, suspendieron las clases este jueves tras una balacera en la colonia Centro.", []model.IncidentType{A, D}},
		{"threats received before", "", "Una vivienda de Ciudad Juárez, Chihuahua, fue incendiada la madrugada del jueves por desconocidos. La familia, que días antes había recibido amenazas, logró salir ilesa.", []model.IncidentType{R}},
		{"arrests after which", "", "Elementos de la Guardia Nacional fueron atacados a balazos en Apatzingán, Michoacán, la tarde del lunes. Se generó un intercambio de disparos, tras el cual se logró la detención de cuatro personas.", []model.IncidentType{C, S}},
	}
	for _, tt := range tests {
		got := actTypes(e.Extract(model.Report{ID: "t", Kind: model.KindNews, Lang: "es", Title: tt.title, Text: tt.text, Published: pub}))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q: types %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}
