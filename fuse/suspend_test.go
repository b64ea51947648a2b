package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSuspensionIsNoFace: a notice that classes are suspended after the
// weekend's violence, which extraction read as an attack with no toll,
// is the response to the clash, never one of its faces, in either order;
// two such notices may be one, and a report of the clash that tells the
// suspension beside its toll joins the clash.
func TestSuspensionIsNoFace(t *testing.T) {
	rep := func(id string, typ model.IncidentType, at time.Time, prec model.TimePrecision, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, jerez, at, prec, nightPub, text), killed, -1, -1)
	}
	clash := rep("a-0", model.ArmedClash, thursdayPM.Add(50*time.Minute), model.TimeMinute, 12,
		"A las 21:50 horas se registró un enfrentamiento entre grupos delictivos en la comunidad Ermita de Guadalupe, municipio de Jerez, con un saldo de 12 personas sin vida.")
	notice := rep("b-0", model.ArmedAttack, nightDay, model.TimeWeek, -1,
		"Derivado de los hechos de violencia registrados en la comunidad Ermita de Guadalupe, el viernes se suspenden las actividades presenciales en las escuelas del municipio de Jerez.")
	notice2 := rep("c-0", model.ArmedAttack, nightDay, model.TimeWeek, -1,
		"Classes were suspended on Friday in the schools of Jerez after the violence in Ermita de Guadalupe, the education ministry said.")
	told := rep("d-0", model.ArmedClash, thursdayPM, model.TimeDay, 12,
		"Doce personas murieron la noche del jueves en un enfrentamiento en Ermita de Guadalupe, en Jerez; se suspendieron las clases en el municipio.")
	runOrders(t, []slipCase{
		{"a suspension read as an attack", []Item{clash, notice}, nil, [][2]string{{"a-0", "b-0"}}},
		{"two notices of the suspension", []Item{notice, notice2}, [][2]string{{"b-0", "c-0"}}, nil},
		{"the clash told with the suspension", []Item{clash, told}, [][2]string{{"a-0", "d-0"}}, nil},
	})
}
