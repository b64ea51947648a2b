package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestLentClockIsTheDay: a roundup that dates its acts by a range
// ("entre las 18:00 y las 23:30 horas") gives an act whose own sentence
// tells no clock time the range's end; that minute is lent, and the act
// is of its day: it joins an alert of the act hours before the lent time
// and a report that dates it to the day. An act whose own sentence tells
// the clock keeps it, and stays apart from an alert hours away; so does
// an alert, whose time is its own whatever its words.
func TestLentClockIsTheDay(t *testing.T) {
	rep := func(id string, kind model.ReportKind, at time.Time, prec model.TimePrecision, text string) Item {
		it := item(id, id[:1], "Diario "+id[:1], model.Blockade, jerez, at, prec, nightPub, text)
		it.Kind = kind
		return it
	}
	late := nightDay.Add(23*time.Hour + 30*time.Minute) // the range's end
	alert := rep("a-0", model.KindAlertFeed, nightDay.Add(19*time.Hour+42*time.Minute), model.TimeMinute,
		"BLOQUEO | Reportan un tráiler y un autobús en llamas sobre la carretera a Tlaltenango, en Jerez.")
	lent := rep("b-0", model.KindOfficial, late, model.TimeMinute,
		"En Jerez, sobre la carretera a Tlaltenango, fueron incendiados un tractocamión y un autobús.")
	day := rep("c-0", model.KindNews, thursdayPM, model.TimeDay,
		"Civiles armados incendiaron un tráiler y un autobús en la carretera a Tlaltenango, en Jerez, la noche del jueves.")
	own := rep("d-0", model.KindOfficial, late, model.TimeMinute,
		"A las 23:30 horas, en Jerez, sobre la carretera a Tlaltenango, fueron incendiados un tractocamión y un autobús.")
	alertLate := rep("e-0", model.KindAlertFeed, late, model.TimeMinute,
		"BLOQUEO | Reportan un tráiler y un autobús en llamas sobre la carretera a Tlaltenango, en Jerez.")
	runOrders(t, []slipCase{
		{"a lent minute and an alert hours before", []Item{alert, lent}, [][2]string{{"a-0", "b-0"}}, nil},
		{"a lent minute and the day", []Item{lent, day}, [][2]string{{"b-0", "c-0"}}, nil},
		{"the sentence's own minute and an alert hours before", []Item{alert, own}, nil, [][2]string{{"a-0", "d-0"}}},
		{"two alerts hours apart", []Item{alert, alertLate}, nil, [][2]string{{"a-0", "e-0"}}},
	})
}
