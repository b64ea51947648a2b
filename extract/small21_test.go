package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSmall21Misreads checks four small misreads and their near misses:
// a shop named by an -ería noun or "local comercial" is the target of an
// attack on it (business_attack), not the place of a killing before it;
// "se llevaron a cabo" is carried out, no kidnapping, while "se llevaron a
// un cabo" (a corporal) is one; "Cae otro récord" and "se detuvo en un
// semáforo" arrest no one, while "Cae otro presunto" and "se detuvo en
// flagrancia a" do; a running count after an act adds no act.
func TestSmall21Misreads(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2025, 5, 10, 12, 0, 0, 0, mexico)
	tests := []struct {
		name string
		text string
		want []model.IncidentType
	}{
		{"molotov at a pollería", "CELAYA, Gto., 3 de mayo de 2025.- Sujetos armados lanzaron bombas molotov contra una pollería en la colonia Centro la noche del sábado.", []model.IncidentType{model.BusinessAttack}},
		{"shots at a taquería's guests, hurt told after", "TIJUANA, B.C., 4 de mayo de 2025.- Reportan disparos contra clientes de una taquería en la colonia Camino Verde. Hay personas lesionadas.", []model.IncidentType{model.ArmedAttack}},
		{"ferretería set on fire", "IRAPUATO, Gto., 5 de mayo de 2025.- Un grupo armado prendió fuego a una ferretería en la colonia Centro la madrugada del lunes.", []model.IncidentType{model.BusinessAttack}},
		{"killed outside a panadería", "LEÓN, Gto., 6 de mayo de 2025.- Un hombre fue asesinado a balazos afuera de una panadería en la colonia Obregón, informó la Fiscalía.", []model.IncidentType{model.Homicide}},
		{"killed in front of a pollería", "CELAYA, Gto., 7 de mayo de 2025.- Un joven fue asesinado a balazos frente a una pollería de la colonia Alameda la tarde del martes.", []model.IncidentType{model.Homicide}},
		{"se llevaron a cabo operativos", "CULIACÁN, Sin., 7 de mayo de 2025.- Se llevaron a cabo operativos en la ciudad sin incidentes. También se llevó a cabo una reunión de seguridad en el palacio de gobierno.", nil},
		{"se llevan a cabo festejos", "CULIACÁN, Sin., 7 de mayo de 2025.- Hoy se llevan a cabo los festejos del Día de las Madres. Mañana se llevará a cabo la carrera atlética.", nil},
		{"se llevaron a cabo cateos with arrests", "CULIACÁN, Sin., 7 de mayo de 2025.- Se llevaron a cabo dos cateos en la colonia Las Quintas, donde los agentes detuvieron a tres hombres.", []model.IncidentType{model.SecurityOperation}},
		{"llevaron a cabo el secuestro", "CULIACÁN, Sin., 7 de mayo de 2025.- Sujetos armados llevaron a cabo el secuestro de un empresario en la colonia Chapultepec la mañana del martes.", []model.IncidentType{model.Kidnapping}},
		{"se llevaron a un joven", "CULIACÁN, Sin., 7 de mayo de 2025.- Hombres armados se llevaron a un joven de su domicilio en la colonia Tierra Blanca, denunciaron sus familiares.", []model.IncidentType{model.Kidnapping}},
		{"se llevaron a un cabo", "CULIACÁN, Sin., 7 de mayo de 2025.- Hombres armados se llevaron a un cabo de la Guardia Nacional que viajaba en su vehículo por la carretera a Eldorado.", []model.IncidentType{model.Kidnapping}},
		{"cae otro récord de calor", "HERMOSILLO, Son., 8 de mayo de 2025.- Cae otro récord de calor en la ciudad: el termómetro marcó 49 grados este jueves.", nil},
		{"se detuvo en un semáforo", "HERMOSILLO, Son., 8 de mayo de 2025.- El conductor se detuvo en un semáforo de la avenida Rosales cuando comenzó la lluvia.", nil},
		{"cae otro presunto", "CULIACÁN, Sin., 7 de mayo de 2025.- Cae otro presunto integrante de una célula delictiva en la colonia Centro; fue detenido por la Guardia Nacional con dos armas.", []model.IncidentType{model.SecurityOperation}},
		{"se detuvo en flagrancia", "SALAMANCA, Gto., 7 de mayo de 2025.- En el cruce de Faja de Oro se detuvo en flagrancia a dos hombres que portaban armas de fuego, informó la Secretaría de Seguridad.", []model.IncidentType{model.SecurityOperation}},
		{"running count after a killing", "CELAYA, Gto., 9 de mayo de 2025.- Un hombre fue asesinado a balazos en la colonia Las Insurgentes la noche del lunes. Con este hecho suman 14 asesinatos en lo que va de mayo en el municipio.", []model.IncidentType{model.Homicide}},
	}
	for _, tt := range tests {
		got := types(e.Extract(model.Report{ID: "t", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q: types %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}
