package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestTollRaised: a report of the next day that raises the toll of the
// act of the day before it names ("suman seis las personas asesinadas en
// el enfrentamiento del martes", "se elevó a seis la cifra de muertos") joins
// the act's reports, whatever the order; a report of that day with
// another toll that raises nothing, and one that lowers the toll, stay
// apart.
func TestTollRaised(t *testing.T) {
	culiacan := place{"25", "Sinaloa", "25006", "Culiacán", 24.809, -107.394}
	tue := time.Date(2035, 3, 6, 0, 0, 0, 0, mexicoTZ) // a Tuesday
	pub := tue.AddDate(0, 0, 2).Add(8 * time.Hour)
	mk := func(id string, typ model.IncidentType, at time.Time, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, culiacan, at, model.TimeDay, pub, text), killed, -1, -1)
	}
	clash := mk("a-0", model.ArmedClash, tue.Add(3*time.Hour), 4,
		"Cuatro hombres muertos dejó un enfrentamiento entre grupos armados registrado la madrugada de este martes en la sindicatura de Costa Rica, al sur de Culiacán.")
	wed := tue.AddDate(0, 0, 1).Add(9 * time.Hour)
	raised := mk("b-0", model.ArmedAttack, wed, 6,
		"La Fiscalía confirmó que suman seis las personas asesinadas en el enfrentamiento del martes en Costa Rica, Culiacán, luego de que se localizaran otros dos cuerpos.")
	raisedTo := mk("c-0", model.Homicide, wed, 6,
		"Peritos localizaron otros dos cuerpos cerca del lugar del enfrentamiento del martes en Costa Rica, Culiacán, con lo que se elevó a seis la cifra de muertos.")
	other := mk("d-0", model.ArmedAttack, wed, 6,
		"Seis personas fueron asesinadas el martes en Costa Rica, Culiacán, informó la Fiscalía.")
	lowered := mk("e-0", model.ArmedAttack, wed, 2,
		"La Fiscalía confirmó que suman dos las personas asesinadas en el enfrentamiento del martes en Costa Rica, Culiacán.")
	runOrders(t, []slipCase{
		{"the toll raised in Spanish", []Item{clash, raised}, [][2]string{{"a-0", "b-0"}}, nil},
		{"the toll raised to six", []Item{clash, raisedTo}, [][2]string{{"a-0", "c-0"}}, nil},
		{"another toll raising nothing", []Item{clash, other}, nil, [][2]string{{"a-0", "d-0"}}},
		{"a toll lowered", []Item{clash, lowered}, nil, [][2]string{{"a-0", "e-0"}}},
	})
}
