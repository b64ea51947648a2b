package fuse

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// deniedBy reports whether the event holding incident id carries a "no"
// of the report rep in its "occurred" contradiction.
func deniedBy(events map[string]model.Event, id, rep string) bool {
	for _, ev := range events {
		if !slices.Contains(ev.IncidentIDs, id) {
			continue
		}
		for _, c := range ev.Contradictions {
			for _, v := range c.Values {
				if c.Field == "occurred" && v.Value == "no" && slices.Contains(v.ReportIDs, rep) {
					return true
				}
			}
		}
	}
	return false
}

// TestDenialOfItsDay: a denial dated a day contradicts the rumoured act of
// that day, not a real act of the same kind in the same city the day
// before (a clash at dawn on Tuesday, the mall shooting denied on
// Wednesday); nor does one that dates nothing, published that evening.
func TestDenialOfItsDay(t *testing.T) {
	tue := culiacan.midnight(time.Date(2031, 9, 16, 0, 0, 0, 0, mexicoTZ)) // a Tuesday, on Culiacán's clock
	wed := tue.AddDate(0, 0, 1)
	clash := tolled(item("a-0", "a", "Diario a", model.ArmedClash, culiacan, tue.Add(6*time.Hour), model.TimeHour, tue.Add(9*time.Hour),
		"Tres hombres murieron en un enfrentamiento entre grupos armados a las 06:00 horas de este martes en la sindicatura de Costa Rica, al sur de Culiacán."), 3, -1, -1)
	rumour := item("b-0", "b", "Alertas b", model.ArmedAttack, culiacan, wed.Add(17*time.Hour+48*time.Minute), model.TimeMinute, wed.Add(17*time.Hour+48*time.Minute),
		"URGENTE reportan disparos dentro de una plaza comercial de Culiacán, gente corriendo hacia el estacionamiento.")
	denial := func(at time.Time, prec model.TimePrecision) Item {
		it := item("c-0", "c", "SSP c", model.ArmedAttack, culiacan, at, prec, wed.Add(19*time.Hour),
			"Es falsa la información que circula en redes sociales sobre un ataque armado al interior de una plaza comercial de Culiacán esta tarde.")
		it.Incident.Denial = true
		return it
	}
	for _, tc := range []struct {
		name          string
		denial        Item
		clash, rumour bool
	}{
		{"a denial dated Wednesday", denial(wed, model.TimeDay), false, true},
		{"a denial that dates nothing", denial(time.Time{}, ""), false, true},
	} {
		for _, flip := range []bool{false, true} {
			items := []Item{clash, rumour, tc.denial}
			if flip {
				items = []Item{tc.denial, rumour, clash}
			}
			events := fuseAll(t, DefaultConfig(), items)
			if got := deniedBy(events, "a-0", "c"); got != tc.clash {
				t.Errorf("%s: the denial contradicts Tuesday's clash: %v, want %v", tc.name, got, tc.clash)
			}
			if got := deniedBy(events, "b-0", "c"); got != tc.rumour {
				t.Errorf("%s: the denial contradicts Wednesday's rumoured shooting: %v, want %v", tc.name, got, tc.rumour)
			}
		}
	}
}
