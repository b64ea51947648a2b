package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestAgencyNamed checks the states a text names only as the Grupo de
// Coordinación's (branch extras28): the body's jurisdiction, not a place.
func TestAgencyNamed(t *testing.T) {
	tests := []struct {
		before string // the text right before a state's name
		want   bool
	}{
		{"De acuerdo con el Grupo de Coordinación ", true},
		{"informó el grupo de coordinacion ", true},
		{"a patrol of the ", false},
		{"en el estado de ", false},
	}
	for _, tt := range tests {
		if got := agencyNamed(tt.before); got != tt.want {
			t.Errorf("agencyNamed(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

// TestAgencyStateNoAct checks that a detail of the act told, attributed to
// the Grupo de Coordinación of a state, is not a second act placed in the
// state (branch extras28). Control: an act of its own in another town.
func TestAgencyStateNoAct(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "x28", pub, []actRow{
		{name: "soldiers attacked, by the Grupo de Coordinación",
			text:  "MATAMOROS, Tamps.- Un enfrentamiento entre militares y civiles armados dejó tres agresores muertos la tarde de este domingo en la colonia Buenavista. De acuerdo con el Grupo de Coordinación Tamaulipas, los soldados realizaban un patrullaje cuando fueron atacados a balazos desde dos camionetas.",
			want:  []model.IncidentType{model.ArmedClash},
			munis: []string{"28022"}},
		// Control.
		{name: "another act in another town",
			text:  "MATAMOROS, Tamps.- Un enfrentamiento entre militares y civiles armados dejó tres agresores muertos la tarde de este domingo en la colonia Buenavista. Horas después, en Reynosa, un hombre fue asesinado a balazos, informó el Grupo de Coordinación Tamaulipas.",
			want:  []model.IncidentType{model.ArmedClash, model.Homicide},
			munis: []string{"28022", "28032"}},
	})
}
