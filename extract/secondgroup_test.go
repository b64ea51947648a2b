package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSecondGroup checks sentences that tell two acts of one kind, the
// second done by another group of attackers after a clause's join (art23:
// a road closed twice in a day, fusion51's Llera blockades), in both
// languages, each act dated by its own clause when it tells a time; and
// controls that stay one act: another group that does no act of the kind,
// another group's act of past years, a threat, a denial.
func TestSecondGroup(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 6, 9, 0, 0, 0, mexico) // a Wednesday
	tests := []struct {
		name, text, lang string
		want             []model.IncidentType
		hours            []int // each incident's local hour, when checked
	}{
		{name: "a second group at dusk",
			text:  "Armed men set a tractor-trailer on fire across Federal Highway 57 in the San Luis Potosí municipality of Matehuala at dawn Tuesday, and a second group torched two buses on the same road at dusk, about ten miles farther north, state security officials said.",
			lang:  "en",
			want:  []model.IncidentType{model.Blockade, model.Blockade},
			hours: []int{5, 19}},
		{name: "otro grupo al anochecer",
			text:  "MATEHUALA, S.L.P.- La carretera federal 57 fue cerrada dos veces el martes en el municipio de Matehuala: al amanecer, cuando hombres armados quemaron un tráiler, y al anochecer, cuando otro grupo de sujetos incendió dos autobuses diez kilómetros más al norte.",
			want:  []model.IncidentType{model.Blockade, model.Blockade},
			hours: []int{5, 19}},
		{name: "another group of gunmen, an hour later",
			text: "CELAYA, Gto.- Un comando disparó contra los clientes de un bar de la colonia Centro la noche del martes, y alrededor de la medianoche otro grupo de sujetos armados atacó a balazos a los ocupantes de una camioneta en la colonia Las Insurgentes.",
			want: []model.IncidentType{model.ArmedAttack, model.ArmedAttack}},
		// Controls: one act.
		{name: "another group puts out the fire",
			text: "Armed men torched a bus on Federal Highway 57 in the San Luis Potosí municipality of Matehuala on Tuesday night, and another group of residents tried to put out the fire.",
			lang: "en",
			want: []model.IncidentType{model.Blockade}},
		{name: "another group's act of past years",
			text: "MATEHUALA, S.L.P.- Hombres armados incendiaron un tráiler en la carretera federal 57, en el municipio de Matehuala, la noche del martes, y otro grupo quemó dos camiones en el mismo tramo en 2019.",
			want: []model.IncidentType{model.Blockade}},
		{name: "another group threatens",
			text: "MATEHUALA, S.L.P.- Hombres armados incendiaron un tráiler en la carretera federal 57, en el municipio de Matehuala, la noche del martes; otro grupo amenazó con quemar más vehículos si el Ejército no se retira.",
			want: []model.IncidentType{model.Blockade}},
		{name: "one group, two vehicles",
			text: "MATEHUALA, S.L.P.- Un grupo de hombres armados atravesó un tráiler en la carretera federal 57, en el municipio de Matehuala, la noche del martes, y le prendió fuego junto con dos autobuses.",
			want: []model.IncidentType{model.Blockade}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, "t23", model.KindNews, tt.lang, tt.text, pub, tt.want)
			for k, h := range tt.hours {
				if got[k].Time == nil || got[k].Time.In(mexico).Hour() != h {
					t.Errorf("incident %d time %v, want hour %d", k+1, got[k].Time, h)
				}
			}
		})
	}
}
