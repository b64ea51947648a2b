package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestStateOnlyJoinsTheOne: an incident placed only in a state (a headline
// or a wire that names no town) joins the one event of a compatible type
// in that state and its time window, and stays on its own when there is
// none or more than one; of several, the one of its own type when only
// one is and its toll does not differ.
func TestStateOnlyJoinsTheOne(t *testing.T) {
	sat := time.Date(2026, 10, 17, 0, 0, 0, 0, mexicoTZ)
	dawn := sat.Add(6*time.Hour + 40*time.Minute)
	town := func(id string, typ model.IncidentType, p place, at time.Time) Item {
		return item(id, id[:1], "Diario "+id[:1], typ, p, at, model.TimeMinute, at.Add(2*time.Hour),
			"Elementos de la Marina y civiles armados en "+p.name+" a las "+at.Format("15:04")+" horas.")
	}
	state := func(id string, typ model.IncidentType, day time.Time) Item {
		return item(id, id[:1], "Wire "+id[:1], typ, jalisco, day, model.TimeDay, day.Add(20*time.Hour),
			"Operativo en Jalisco deja detenidos, informaron autoridades.")
	}
	// later is an act five days on in another state: fused in a stream,
	// it closes the events of Saturday before the end.
	later := item("z-0", "z", "Otro", model.Blockade, apatzingan, sat.AddDate(0, 0, 5), model.TimeMinute,
		sat.AddDate(0, 0, 5).Add(time.Hour), "Bloqueo en Apatzingán.")
	tests := []struct {
		name  string
		items []Item
		join  [][2]string // pairs that must be one event
		apart [][2]string // pairs that must not
	}{
		{"the one operation in the state", []Item{
			town("a-0", model.SecurityOperation, tlajomulco, dawn), state("b-0", model.SecurityOperation, sat)},
			[][2]string{{"a-0", "b-0"}}, nil},
		{"the one operation, closed in a stream before the end", []Item{
			town("a-0", model.SecurityOperation, tlajomulco, dawn), state("b-0", model.SecurityOperation, sat), later},
			[][2]string{{"a-0", "b-0"}}, [][2]string{{"a-0", "z-0"}}},
		{"two state-only reports and the town's", []Item{
			town("a-0", model.SecurityOperation, tlajomulco, dawn), state("b-0", model.SecurityOperation, sat),
			state("c-0", model.SecurityOperation, sat), later},
			[][2]string{{"a-0", "b-0"}, {"a-0", "c-0"}}, nil},
		{"a killing told as an attack by the state-only report", []Item{
			town("a-0", model.Homicide, tlajomulco, dawn), state("b-0", model.ArmedAttack, sat)},
			[][2]string{{"a-0", "b-0"}}, nil},
		{"two killings in two towns: no one to choose", []Item{
			town("a-0", model.Homicide, tlajomulco, dawn), town("c-0", model.Homicide, guadalajara, dawn.Add(3*time.Hour)),
			state("b-0", model.Homicide, sat), later},
			nil, [][2]string{{"a-0", "b-0"}, {"c-0", "b-0"}, {"a-0", "c-0"}}},
		{"the one clash beside a killing in another town", []Item{
			town("a-0", model.ArmedClash, tlajomulco, dawn), town("c-0", model.Homicide, guadalajara, dawn.Add(3*time.Hour)),
			state("b-0", model.ArmedClash, sat), later},
			[][2]string{{"a-0", "b-0"}}, [][2]string{{"c-0", "b-0"}}},
		{"the one clash, of another toll", []Item{
			tolled(town("a-0", model.ArmedClash, tlajomulco, dawn), 1, -1, -1), town("c-0", model.Homicide, guadalajara, dawn.Add(3*time.Hour)),
			tolled(state("b-0", model.ArmedClash, sat), 3, -1, -1), later},
			nil, [][2]string{{"a-0", "b-0"}, {"c-0", "b-0"}}},
		{"a blockade is no view of an operation", []Item{
			town("a-0", model.Blockade, tlajomulco, dawn), state("b-0", model.SecurityOperation, sat)},
			nil, [][2]string{{"a-0", "b-0"}}},
		{"the next day is another window", []Item{
			town("a-0", model.SecurityOperation, tlajomulco, dawn), state("b-0", model.SecurityOperation, sat.AddDate(0, 0, 1))},
			nil, [][2]string{{"a-0", "b-0"}}},
		{"another state", []Item{
			town("a-0", model.SecurityOperation, apatzingan, dawn), state("b-0", model.SecurityOperation, sat)},
			nil, [][2]string{{"a-0", "b-0"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events := fuseAll(t, DefaultConfig(), tc.items)
			n := 0
			for _, ev := range events {
				n += len(ev.IncidentIDs)
			}
			if n != len(tc.items) {
				t.Errorf("%d incidents in the events, want %d", n, len(tc.items))
			}
			for _, p := range tc.join {
				if !sameEvent(events, p[0], p[1]) {
					t.Errorf("%s and %s are not one event: %+v", p[0], p[1], events)
				}
			}
			for _, p := range tc.apart {
				if sameEvent(events, p[0], p[1]) {
					t.Errorf("%s and %s were fused", p[0], p[1])
				}
			}
		})
	}
}

// TestStateOnlyOrder: the absorbed incidents take their place in fusion
// order among the event's members, as a rebuild lists them.
func TestStateOnlyOrder(t *testing.T) {
	sat := time.Date(2026, 10, 17, 0, 0, 0, 0, mexicoTZ)
	a := item("a-0", "a", "Diario", model.SecurityOperation, tlajomulco, sat.Add(20*time.Hour), model.TimeMinute,
		sat.Add(21*time.Hour), "Operativo de la Marina en Tlajomulco a las 20:00 horas.")
	b := item("b-0", "b", "Wire", model.SecurityOperation, jalisco, sat, model.TimeDay, sat.Add(22*time.Hour),
		"Operativo en Jalisco.")
	events := fuseAll(t, DefaultConfig(), []Item{a, b})
	if len(events) != 1 {
		t.Fatalf("%d events, want 1", len(events))
	}
	for _, ev := range events {
		// b's key (the start of Saturday) comes before a's (20:00).
		if got := ev.IncidentIDs; len(got) != 2 || got[0] != "b-0" || got[1] != "a-0" {
			t.Errorf("members %v, want [b-0 a-0]", got)
		}
	}
}
