package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestBoundClockIsUnderWay: a clock told as a bound of an act under way
// ("By 7 a.m., ... burning trailers blocked access roads", "desde las
// 07:00 horas") is not its moment: the act joins an alert of it two
// hours later. A clock told as the moment ("At 7 a.m.") keeps the two
// apart, and so does a bound more than hours away.
func TestBoundClockIsUnderWay(t *testing.T) {
	morning := nightDay.Add(7 * time.Hour)
	rep := func(id string, kind model.ReportKind, at time.Time, text string) Item {
		it := item(id, id[:1], "Diario "+id[:1], model.Blockade, jerez, at, model.TimeMinute, nightPub, text)
		it.Kind = kind
		return it
	}
	alert := rep("a-0", model.KindAlertFeed, morning.Add(2*time.Hour),
		"BLOQUEO | Reportan tráileres en llamas que bloquean la carretera a Tlaltenango, en Jerez.")
	by := rep("b-0", model.KindNews, morning,
		"By 7 a.m., videos showed burning trailers blocking the highway to Tlaltenango in Jerez.")
	since := rep("c-0", model.KindNews, morning,
		"La carretera a Tlaltenango, en Jerez, permanece bloqueada con tráileres en llamas desde las 07:00 horas.")
	at := rep("d-0", model.KindNews, morning,
		"At 7 a.m. gunmen set trailers on fire to block the highway to Tlaltenango in Jerez.")
	far := rep("e-0", model.KindNews, morning.Add(-4*time.Hour),
		"La carretera a Tlaltenango, en Jerez, permanece bloqueada con tráileres en llamas desde las 03:00 horas.")
	runOrders(t, []slipCase{
		{"by a clock, and an alert two hours on", []Item{by, alert}, [][2]string{{"a-0", "b-0"}}, nil},
		{"since a clock, and an alert two hours on", []Item{since, alert}, [][2]string{{"a-0", "c-0"}}, nil},
		{"at a clock, and an alert two hours on", []Item{at, alert}, nil, [][2]string{{"a-0", "d-0"}}},
		{"since a clock six hours before the alert", []Item{far, alert}, nil, [][2]string{{"a-0", "e-0"}}},
	})
}
