package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestDatelineOverAHomonym: a report datelined in one state whose act
// extraction placed in a same-named town of another state, which its
// evidence names but never that state ("NAVOLATO, Sin.- ... en Villa
// Juárez, la sindicatura más poblada del municipio", read as Villa
// Juárez, San Luis Potosí), joins the reports of the dateline's town,
// whatever the order; a report that names the other state with the town
// ("en Villa Juárez, San Luis Potosí") stays apart.
func TestDatelineOverAHomonym(t *testing.T) {
	navolato := place{"25", "Sinaloa", "25018", "Navolato", 24.765, -107.702}
	villaJuarez := place{"24", "San Luis Potosí", "24050", "Villa Juárez", 22.327, -100.264}
	night := apartDay.Add(23*time.Hour + 30*time.Minute)
	rep := func(id string, p place, at time.Time, prec model.TimePrecision, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], model.ArmedAttack, p, at, prec, apartPub, text), -1, 1, -1)
	}
	patrol := rep("a-0", navolato, night, model.TimeMinute,
		"Cerca de las 23:30 horas, policías municipales de Navolato fueron baleados desde un auto en movimiento mientras patrullaban en Villa Juárez.")
	homonym := rep("b-0", villaJuarez, apartDay.Add(21*time.Hour), model.TimeDay,
		"NAVOLATO, Sin.- Un policía municipal resultó herido la noche de este viernes cuando desconocidos dispararon contra su patrulla en Villa Juárez, la sindicatura más poblada del municipio.")
	named := rep("c-0", villaJuarez, apartDay.Add(21*time.Hour), model.TimeDay,
		"NAVOLATO, Sin.- En otro hecho, un policía municipal resultó herido la noche de este viernes en Villa Juárez, San Luis Potosí, según medios de ese estado.")
	runOrders(t, []slipCase{
		{"a sindicatura read as a town of another state", []Item{patrol, homonym}, [][2]string{{"a-0", "b-0"}}, nil},
		{"the other state named", []Item{patrol, named}, nil, [][2]string{{"a-0", "c-0"}}},
	})
}
