package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSpokenTownNames: a radio transcript writes a town as it sounds
// ("ayende" for Allende, "mujica" for Múgica, "aciendas" for Haciendas);
// it names the town all the same.
func TestSpokenTownNames(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"nos vamos al norte en el municipio de ayende nuevo leon hombres armados balearon una gasolinera", "allende", true},
		{"quemaron dos camiones en el entronque de nueva italia municipio de mujica por el kilometro sesenta y ocho", "mugica", true},
		{"alla por las aciendas le tiraron balazos a una troca", "haciendas", true},
		{"en zitacuaro quemaron un camion", "zitacuaro", true},
		// j breathed as h, "villa" heard as "via", "au" as "ao".
		{"buenas tardes caheme balearon una gasolinera", "cajeme", true},
		{"hubo balazos en via de reyes esta mañana", "villa de reyes", true},
		{"quemaron una tienda en cuaotla", "cuautla", true},
		// A doubled r is a sound of its own.
		{"quemaron una tienda en cero azul", "cerro azul", false},
		// Another town that sounds otherwise.
		{"nos vamos al norte en el municipio de ayala hombres armados balearon una gasolinera", "allende", false},
		// A text with capitals writes names as they are spelt.
		{"Hombres armados balearon una gasolinera en Ayende.", "allende", false},
	} {
		it := item("a-0", "a", "Radio", model.BusinessAttack, allendeNL, joinDay, model.TimeDay, joinDay.Add(time.Hour), tc.text)
		m := New(DefaultConfig(), func(Fused) error { return nil }).newMember(it)
		if got := names(m, tc.name); got != tc.want {
			t.Errorf("names(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestSpokenTownJoins: a transcript placed only in the state that names
// the town as it sounds joins the town's reports of the act; a town's
// report of another act that day stays apart.
func TestSpokenTownJoins(t *testing.T) {
	nl := place{state: "19", stateName: "Nuevo León"}
	sat := joinDay.Add(9 * time.Hour)
	radio := item("a-0", "a", "Radio", model.BusinessAttack, nl, sat, model.TimeDay, sat.Add(3*time.Hour),
		"nos vamos al norte en el municipio de ayende nuevo leon esta mañana hombres armados balearon una gasolinera y le prendieron fuego a una de las bombas no hubo lesionados")
	press := item("b-0", "b", "Diario", model.BusinessAttack, allendeNL, sat, model.TimeDay, sat.Add(2*time.Hour),
		"ALLENDE, N.L.- Hombres armados dispararon contra una gasolinera de la carretera Nacional y prendieron fuego a una de las bombas despachadoras la mañana de este miércoles.")
	other := item("c-0", "c", "Diario", model.BusinessAttack, montemor, sat, model.TimeDay, sat.Add(2*time.Hour),
		"MONTEMORELOS, N.L.- Hombres armados dispararon contra una tienda de conveniencia la mañana de este miércoles.")
	runOrders(t, []slipCase{
		{"the town as it sounds", []Item{radio, press, other}, [][2]string{{"a-0", "b-0"}}, [][2]string{{"a-0", "c-0"}, {"b-0", "c-0"}}},
	})
}
