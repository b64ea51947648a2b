package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestHaltToldManyWays: a service halted after a night of violence is
// told by a verb ("se suspenden las clases"), by a noun ("la suspensión
// de clases"), by a negation ("no hay clases", "las escuelas no
// abrieron", "no circulan taxis"), by a closure ("el cierre de escuelas",
// "cerraron sus puertas") or in English ("schools were shut"):
// every wording is the one suspension (suspends), so two disruptions
// that tell it are one event whatever their words; and each stays apart
// from the blockade it answered.
func TestHaltToldManyWays(t *testing.T) {
	texts := map[string]string{
		"a-0": "A las 21:30 horas hombres armados incendiaron dos tractocamiones y los atravesaron en la carretera a Jerez.",
		"b-0": "Este viernes se suspenden las clases presenciales en todas las escuelas del municipio de Jerez.",
		"c-0": "La Secretaría de Educación anunció anoche la suspensión de clases presenciales este viernes en el municipio de Jerez.",
		"d-0": "Schools in Jerez were shut on Friday after the violence, the education ministry said.",
		"e-0": "Este viernes las escuelas de Jerez no abrieron sus puertas por decisión de la Secretaría de Educación.",
		"f-0": "buenos días Jerez les recordamos que el día de hoy no hay clases en el municipio por los hechos de anoche",
		"g-0": "Desde temprano este viernes no circulan taxis ni combis en Jerez; los concesionarios anunciaron un paro.",
		"h-0": "Este viernes los transportistas de Jerez suspendieron el servicio de taxis y combis por la inseguridad.",
		"i-0": "Tras los hechos de anoche, las autoridades ordenaron el cierre de escuelas en el municipio de Jerez este viernes.",
		"j-0": "Las escuelas de Jerez cerraron sus puertas este viernes tras la balacera del jueves por la noche.",
	}
	it := func(id string) Item {
		typ, at, prec := model.Disruption, nightDay.AddDate(0, 0, 1), model.TimeDay
		if id == "a-0" {
			typ, at, prec = model.Blockade, thursdayPM.Add(30*time.Minute), model.TimeMinute
		}
		return item(id, id[:1], "Diario "+id[:1], typ, jerez, at, prec, nightPub, texts[id])
	}
	two := func(a, b string) []Item { return []Item{it(a), it(b)} }
	runOrders(t, []slipCase{
		{"the verb and the noun", two("b-0", "c-0"), [][2]string{{"b-0", "c-0"}}, nil},
		{"the noun and schools shut", two("c-0", "d-0"), [][2]string{{"c-0", "d-0"}}, nil},
		{"the verb and schools that did not open", two("b-0", "e-0"), [][2]string{{"b-0", "e-0"}}, nil},
		{"schools shut and no classes today", two("d-0", "f-0"), [][2]string{{"d-0", "f-0"}}, nil},
		{"no taxis running and the service suspended", two("g-0", "h-0"), [][2]string{{"g-0", "h-0"}}, nil},
		{"the closure of schools and the verb", two("i-0", "b-0"), [][2]string{{"b-0", "i-0"}}, nil},
		{"schools that closed their doors and the noun", two("j-0", "c-0"), [][2]string{{"c-0", "j-0"}}, nil},
		{"the blockade and the noun", two("a-0", "c-0"), nil, [][2]string{{"a-0", "c-0"}}},
		{"the blockade and schools shut", two("a-0", "d-0"), nil, [][2]string{{"a-0", "d-0"}}},
		{"the blockade and no classes today", two("a-0", "f-0"), nil, [][2]string{{"a-0", "f-0"}}},
	})
}
