package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestOriginNoAct checks that a town the victims came from ("había salido
// de", "procedentes de", "originarias de") is not the place of a second
// act (branch extras29). Control: an act told in the town itself.
func TestOriginNoAct(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "x29", pub, []actRow{
		{name: "a family that had left one town attacked in another",
			text:  "Una familia que había salido de Irapuato con rumbo a León fue atacada a balazos la noche del domingo en la comunidad de Sarabia, en Villagrán. El conductor murió en el lugar.",
			want:  []model.IncidentType{model.ArmedAttack},
			munis: []string{"11044"}},
		{name: "travellers from a town, killed in another",
			text:  "Dos hombres procedentes de Reynosa fueron asesinados a tiros la tarde del domingo en una brecha de Río Bravo, informó la Fiscalía.",
			want:  []model.IncidentType{model.Homicide},
			munis: []string{"28033"}},
		// Control.
		{name: "the act in the town named",
			text:  "Una familia fue atacada a balazos la noche del domingo en Irapuato. El conductor murió en el lugar.",
			want:  []model.IncidentType{model.ArmedAttack},
			munis: []string{"11017"}},
	})
}
