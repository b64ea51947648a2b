package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestCountedRemainders checks a lead that counts two acts and their
// total toll, one of them told on its own after it (countedRemainders,
// branch roundup29): the lead keeps the other act's dead, the total less
// the act told's. Controls: a count of victims of one act ("Dos hombres
// murieron"), and two acts each told with its own toll, the first
// counting its dead ("dos personas sin vida"): the tolls stay as told.
func TestCountedRemainders(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	e := realExtractor(t)
	for _, tt := range []struct {
		name, text, lang string
		want             []model.IncidentType
		killed           []int
	}{
		{name: "six killed in two attacks, the second told with four",
			text:   "REYNOSA, Tamaulipas — Gunmen killed six people in two separate attacks on Saturday night in Reynosa, police said. About three hours later, an armed group burst into a bar on the city's east side and shot the patrons, killing four.",
			lang:   "en",
			want:   []model.IncidentType{model.Homicide, model.ArmedAttack},
			killed: []int{2, 4}},
		{name: "five killed in two attacks, the first told with three",
			text:   "CULIACAN, Sinaloa — Gunmen killed five people in two separate attacks late Saturday in Culiacan, authorities said. In the first attack, assailants opened fire on a group of men drinking outside a store in the Tierra Blanca neighborhood, killing three.",
			lang:   "en",
			want:   []model.IncidentType{model.Homicide, model.ArmedAttack},
			killed: []int{2, 3}},
		{name: "dos ataques, siete muertos, el primero con tres",
			text:   "CELAYA, Gto.- Dos ataques armados en colonias vecinas del poniente de la ciudad dejaron siete personas muertas la noche del sábado. El primero ocurrió a las 21:10 horas en una cancha de la colonia Patria Nueva, donde hombres que llegaron en dos motocicletas abrieron fuego contra un grupo de jóvenes. Tres murieron en el lugar.",
			want:   []model.IncidentType{model.ArmedAttack, model.ArmedAttack},
			killed: []int{4, 3}},
		{name: "control: dos hombres muertos en un ataque, el primero y el segundo",
			text:   "CELAYA, Gto.- Dos hombres murieron y uno más resultó herido en un ataque armado la noche del sábado en un bar de la colonia Alameda, en Celaya. El primero murió en el lugar y el segundo en el hospital.",
			want:   []model.IncidentType{model.ArmedAttack, model.ArmedAttack}, // the second: "El primero murió ... y el segundo", an extra left (probe_roundup29)
			killed: []int{2}},
		{name: "control: dos personas sin vida, luego un hombre en otra ciudad",
			text:   "La Fiscalía General del Estado informa que a las 21:40 horas del sábado tuvo conocimiento de dos personas sin vida, con heridas de arma de fuego, en la colonia Centro de Comalcalco, Tabasco. Asimismo, a las 23:00 horas del mismo día, en la ciudad de Paraíso, fue privado de la vida un hombre de 30 años.",
			want:   []model.IncidentType{model.Homicide, model.Homicide},
			killed: []int{2, 1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, "t29r", model.KindNews, tt.lang, tt.text, pub, tt.want)
			for k, n := range tt.killed {
				if got[k].Killed == nil || got[k].Killed.N != n {
					t.Errorf("incident %d killed %v, want %d", k+1, got[k].Killed, n)
				}
			}
		})
	}
}
