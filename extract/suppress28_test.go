package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestArmedOwnClause checks an armed act told in a clause of its own
// beside a word of roadworks or protest in another clause (branch
// suppress28): the act is not the roadworks' or the protest's. Controls: a
// protest's own road block, and one whose clause names no armed doer.
func TestArmedOwnClause(t *testing.T) {
	pub := time.Date(2047, 3, 13, 12, 0, 0, 0, mexico) // a Wednesday
	checkActRows(t, "t28s", pub, []actRow{
		{name: "trucks set across by gunmen where the road was under repair",
			text: "MÚGICA, Mich.- Sobre el tramo en obras de la carretera federal 37, sujetos armados atravesaron un tráiler y le prendieron fuego la mañana de este miércoles.",
			want: []model.IncidentType{model.Blockade}},
		{name: "a bus burnt by armed men after the maintenance works",
			text: "URUAPAN, Mich.- Tras varios días de trabajos de mantenimiento en el libramiento, un grupo de hombres armados quemó un autobús de pasajeros para bloquear la circulación este miércoles.",
			want: []model.IncidentType{model.Blockade}},
		// Controls.
		{name: "teachers block an avenue",
			text: "MORELIA, Mich.- Maestros de la CNTE bloquearon este miércoles la avenida Madero y las vías del tren para exigir el pago de bonos atrasados.",
			want: nil},
		{name: "the armed clause is the protest's",
			text: "MORELIA, Mich.- Normalistas bloquearon la salida a Salamanca, armados con palos, para exigir plazas de maestros.",
			want: nil},
	})
}
