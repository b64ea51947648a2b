package fuse

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Neighbouring seats of the linked-towns tests (Guanajuato): Celaya and
// Cortazar 16 km apart, Villagrán 5 km from Cortazar (León, of the
// tolerance tests, is far from all).
var (
	celaya   = place{"11", "Guanajuato", "11007", "Celaya", 20.52181, -100.81399}
	cortazar = place{"11", "Guanajuato", "11011", "Cortazar", 20.48301, -100.96352}
	villagr  = place{"11", "Guanajuato", "11044", "Villagrán", 20.51364, -100.99636}
)

// linkedDay is the Tuesday of the linked-towns tests.
var linkedDay = time.Date(2028, 2, 15, 0, 0, 0, 0, time.FixedZone("CST", -6*3600))

// linkedItem is a report of the linked-towns tests: one incident of typ
// at p, told at hour h (to the minute, or as the part of a day), with
// killed dead.
func linkedItem(id string, typ model.IncidentType, p place, h float64, prec model.TimePrecision, killed int, text string) Item {
	at := linkedDay.Add(time.Duration(h * float64(time.Hour)))
	return tolled(item(id, id[:1], "Diario "+id[:1], typ, p, at, prec, linkedDay.Add(20*time.Hour), text), killed, -1, -1)
}

// TestTollLinked: two neighbouring towns are one place when a report
// links them (the act only near one of them, or on the road between them)
// and the two give one toll of two dead or more at times within
// linkedHours; not when the toll differs, the times are a morning and an
// afternoon, the towns are far apart, or no report links them.
func TestTollLinked(t *testing.T) {
	official := linkedItem("a-0", model.Homicide, cortazar, 6+40.0/60, model.TimeMinute, 3,
		"La Fiscalía informa que a las 06:40 horas se localizaron tres personas sin vida a un costado de la carretera Celaya–Cortazar, en el municipio de Cortazar.")
	wire := linkedItem("b-0", model.Homicide, celaya, 9, model.TimeDay, 3,
		"The bodies of three men were found on Tuesday morning beside a highway west of the city of Celaya, state prosecutors said.")
	for _, tc := range []struct {
		name string
		x, m Item
		want bool
	}{
		{"near the neighbour's town, one toll, one morning", official, wire, true},
		{"the road to the other's town, one toll", official,
			linkedItem("c-0", model.Homicide, celaya, 9, model.TimeDay, 3,
				"Tres hombres asesinados fueron localizados la mañana de este martes junto a la carretera a Cortazar, a las afueras de Celaya."), true},
		{"another toll", official, linkedItem("c-0", model.Homicide, celaya, 9, model.TimeDay, 1,
			"A man was found shot dead on Tuesday morning beside a highway west of the city of Celaya."), false},
		{"an afternoon's finding", official, linkedItem("c-0", model.Homicide, villagr, 15, model.TimeDay, 3,
			"Three more bodies were found on Tuesday afternoon near Villagrán, next to the highway to Cortazar."), false},
		{"a town too far away", official, linkedItem("c-0", model.Homicide, leon, 9, model.TimeDay, 3,
			"The bodies of three men were found on Tuesday morning beside a highway north of the city of León."), false},
		{"a colonia of the town", official, withColonia(linkedItem("c-0", model.Homicide, celaya, 8, model.TimeDay, 3,
			"Tres hombres fueron asesinados en la colonia Las Insurgentes de Celaya la mañana de este martes."), "Las Insurgentes"), false},
		{"towns no report links", linkedItem("a-0", model.Homicide, cortazar, 6+40.0/60, model.TimeMinute, 3,
			"La Fiscalía informa que a las 06:40 horas se localizaron tres personas sin vida en un canal de riego del municipio de Cortazar."),
			linkedItem("c-0", model.Homicide, celaya, 8, model.TimeDay, 3,
				"Three men were found shot dead in Celaya on Tuesday morning, police said."), false},
	} {
		f := New(DefaultConfig(), func(Fused) error { return nil })
		x, m := f.newMember(tc.x), f.newMember(tc.m)
		if got := tollLinked(x, m); got != tc.want {
			t.Errorf("%s: tollLinked = %v, want %v", tc.name, got, tc.want)
		}
		if got := tollLinked(m, x); got != tc.want {
			t.Errorf("%s (the other way): tollLinked = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestLinkedTownsFused: the official report of three bodies on the road
// between Celaya and Cortazar, placed in Cortazar, and the reports that
// place them outside Celaya are one event, whose municipality is the
// official's (the most precise) with Celaya as a contradiction; the
// afternoon's three bodies near Villagrán, on the road to Cortazar, stay
// apart.
func TestLinkedTownsFused(t *testing.T) {
	items := []Item{
		linkedItem("a-0", model.Homicide, cortazar, 6+40.0/60, model.TimeMinute, 3,
			"La Fiscalía informa que a las 06:40 horas se localizaron tres personas sin vida a un costado de la carretera Celaya–Cortazar, en el municipio de Cortazar."),
		linkedItem("b-0", model.Homicide, celaya, 9, model.TimeDay, 3,
			"The bodies of three men with gunshot wounds were found on Tuesday morning beside a highway west of the city of Celaya, state prosecutors said."),
		linkedItem("c-0", model.Homicide, celaya, 9, model.TimeDay, 3,
			"Tres hombres asesinados a balazos fueron localizados la mañana de este martes junto a la carretera a Cortazar, a las afueras de Celaya."),
		linkedItem("d-0", model.Homicide, villagr, 16.5, model.TimeMinute, 3,
			"Alrededor de las 16:30 horas fueron localizados otros tres cuerpos en un canal de riego cerca de Villagrán, junto a la carretera Cortazar–Villagrán."),
		linkedItem("e-0", model.Homicide, villagr, 15, model.TimeDay, 3,
			"Three more bodies were found on Tuesday afternoon in an irrigation canal near Villagrán, next to the highway to Cortazar."),
	}
	runOrders(t, []slipCase{{"three bodies between Celaya and Cortazar", items,
		[][2]string{{"a-0", "b-0"}, {"a-0", "c-0"}, {"b-0", "c-0"}},
		[][2]string{{"a-0", "d-0"}, {"a-0", "e-0"}, {"b-0", "e-0"}, {"c-0", "d-0"}}}})
	events := fuseAll(t, DefaultConfig(), items)
	for _, ev := range events {
		if !slices.Contains(ev.IncidentIDs, "a-0") {
			continue
		}
		if ev.Location.Municipality != "Cortazar" {
			t.Errorf("the event's municipality is %q, want the official report's Cortazar", ev.Location.Municipality)
		}
		var con *model.Contradiction
		for i := range ev.Contradictions {
			if ev.Contradictions[i].Field == "municipality" {
				con = &ev.Contradictions[i]
			}
		}
		if con == nil || len(con.Values) != 2 {
			t.Fatalf("contradictions %+v, want the municipality with two values", ev.Contradictions)
		}
		for _, v := range con.Values {
			if want := map[string]int{"Cortazar": 1, "Celaya": 2}[v.Value]; len(v.ReportIDs) != want {
				t.Errorf("municipality %q told by %v, want %d reports", v.Value, v.ReportIDs, want)
			}
		}
	}
}

// withColonia sets the neighbourhood of the place of it.
func withColonia(it Item, colonia string) Item {
	it.Incident.Location.Neighborhood = colonia
	return it
}
