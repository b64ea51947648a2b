package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Place and day of the lag tests.
var (
	tijuana = place{"02", "Baja California", "02004", "Tijuana", 32.514, -117.038}
	lagDay  = time.Date(2036, 3, 4, 0, 0, 0, 0, mexicoTZ) // a Tuesday
)

// TestTimeLentByALaggedAct: an act told only in a lag clause of another
// act's story ("came about ten hours after someone threw a grenade"),
// to which extraction gave the later act's clock time, joins the reports
// of its own hour, in either language and whatever the order; the hours
// the text counts stretch its time, up to half a day. Near misses stay
// apart: a second grenade told at its own clock time ten hours later,
// and a lag of thirty hours (a follow-up, not one night's acts).
func TestTimeLentByALaggedAct(t *testing.T) {
	at := func(h, m int) time.Time { return lagDay.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	pub := lagDay.AddDate(0, 0, 1)
	mk := func(id string, when time.Time, prec model.TimePrecision, text string) Item {
		return item(id, id[:1], "Diario "+id[:1], model.Explosive, tijuana, when, prec, pub, text)
	}
	blast := mk("a-0", at(3, 10), model.TimeMinute,
		"Vecinos reportan una explosión frente a la estación de policía de Otay a las 03:10 horas; dos agentes resultaron heridos.")
	lagEN := mk("b-0", at(13, 15), model.TimeHour,
		"The shooting, shortly after 1 p.m., came about ten hours after someone threw a grenade at a police station in Tijuana, wounding two officers.")
	lagES := mk("c-0", at(13, 15), model.TimeMinute,
		"La agresión de las 13:15 horas ocurrió casi diez horas después de que desconocidos lanzaran una granada contra la estación de policía de Otay.")
	second := mk("d-0", at(13, 15), model.TimeMinute,
		"A las 13:15 horas, un hombre lanzó una granada contra una patrulla estacionada en Tijuana; un agente resultó herido.")
	late := mk("e-0", at(9, 10).AddDate(0, 0, 1), model.TimeMinute,
		"The arrests came some 30 hours after someone threw a grenade at a police station in Tijuana, wounding two officers.")
	runOrders(t, []slipCase{
		{"a grenade told in an English lag clause", []Item{blast, lagEN}, [][2]string{{"a-0", "b-0"}}, nil},
		{"a grenade told in a Spanish lag clause", []Item{blast, lagES}, [][2]string{{"a-0", "c-0"}}, nil},
		{"a second grenade at its own hour", []Item{blast, second}, nil, [][2]string{{"a-0", "d-0"}}},
		{"a lag of thirty hours", []Item{blast, late}, nil, [][2]string{{"a-0", "e-0"}}},
	})
}

// TestRelativeSpread: how far a time told from another act's may be
// from its key.
func TestRelativeSpread(t *testing.T) {
	for _, tc := range []struct {
		text string
		want time.Duration
	}{
		{"About an hour later armed men set two trailers on fire.", relativeSpread},
		{"Minutes later, gunmen fired on a patrol.", relativeSpread},
		{"came about ten hours after someone threw a grenade", 11 * time.Hour},
		{"ocurrió casi cinco horas después de que desconocidos dispararan", 6 * time.Hour},
		{"some 30 hours after someone threw a grenade", relativeMost},
		{"Gunmen fired on a patrol at 13:15 hours.", 0},
		{"The attack came after a week of clashes.", 0},
	} {
		m := &member{it: Item{Incident: model.Incident{Evidence: []model.Span{{Text: tc.text}}}}}
		if got := m.relative(); got != tc.want {
			t.Errorf("relative(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
