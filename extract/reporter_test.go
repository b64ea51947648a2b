package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestReporterNoTarget checks that a force that only reports a killing
// ("..., police said", with "on Thursday" before it read as a target
// marker) does not make it an attack on the forces, and that forces
// killed stay one.
func TestReporterNoTarget(t *testing.T) {
	pub := time.Date(2027, 6, 9, 10, 0, 0, 0, mexico)
	checkActRows(t, "rt", pub, []actRow{
		{"police said", "Gunmen killed two men in Allende, Coahuila, on Thursday afternoon, police said.", "en",
			[]model.IncidentType{model.Homicide}, []string{"05003"}},
		{"state prosecutors said", "Gunmen killed two men in Allende on Thursday afternoon, Coahuila state prosecutors said.", "en",
			[]model.IncidentType{model.Homicide}, []string{"05003"}},
		{"shot dead, prosecutors said", "A man was shot dead outside his home on Saturday night in Fresnillo by gunmen who arrived in a white car, Zacatecas state prosecutors said on Sunday.", "en",
			[]model.IncidentType{model.Homicide}, []string{"32010"}},
		// (Forces killed are attacked, whoever reports it.)
		{"officers killed, police said", "Gunmen killed two police officers in Celaya on Thursday, police said.", "en",
			[]model.IncidentType{model.ArmedAttack}, []string{"11007"}},
		{"agentes asesinados", "Sujetos armados asesinaron a dos policías en Celaya el jueves, informó la Fiscalía del Estado.", "es",
			[]model.IncidentType{model.ArmedAttack}, []string{"11007"}},
	})
}
