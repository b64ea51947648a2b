package when

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestClockZone checks the zone a clock time is read on (Expr.Clock) and
// OnClock, which reads the same hour on the act's clock. The sentences are
// written for the test.
func TestClockZone(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cdmx := time.FixedZone("", -6*3600)
	tijuana := time.FixedZone("", -8*3600)
	culiacan := model.Location{StateCode: "25", MunicipalityCode: "25006"}
	tests := []struct {
		text  string
		pub   time.Time
		clock string // the zone of Expr.Clock, "" for nil
		want  string // OnClock(Time, Clock, Culiacán's zone) in UTC
	}{
		// Read on Mexico City's clock, 22:30 in Culiacán is 05:30 UTC.
		{"Los hechos ocurrieron a las 22:30 horas del lunes.", time.Date(2027, 3, 9, 9, 0, 0, 0, cdmx), "America/Mexico_City", "2027-03-09T05:30"},
		// Read on the publication's Tijuana clock: the same.
		{"Los hechos ocurrieron a las 22:30 horas del lunes.", time.Date(2027, 3, 9, 9, 0, 0, 0, tijuana), "", "2027-03-09T05:30"},
		// The text names Mexico City's clock: 04:30 UTC, wherever the act.
		{"Los hechos ocurrieron a las 22:30 horas, tiempo del centro, del lunes.", time.Date(2027, 3, 9, 9, 0, 0, 0, cdmx), "nil", "2027-03-09T04:30"},
		{"Los hechos ocurrieron a las 22:30 horas, también tiempo del centro, del lunes.", time.Date(2027, 3, 9, 9, 0, 0, 0, cdmx), "nil", "2027-03-09T04:30"},
		// "también" before other words: the clock stays the outlet's.
		{"A las 22:30 horas también hubo disparos en el centro, el lunes.", time.Date(2027, 3, 9, 9, 0, 0, 0, cdmx), "America/Mexico_City", "2027-03-09T05:30"},
		{"Los hechos ocurrieron cerca de las 22:30 horas (hora del centro).", time.Date(2027, 3, 9, 9, 0, 0, 0, tijuana), "nil", "2027-03-09T04:30"},
		// The zone named after the day the clock time is told on.
		{"Atacaron la vivienda cerca de las 22:30 horas de este lunes, tiempo del centro, y huyeron.", time.Date(2027, 3, 9, 9, 0, 0, 0, cdmx), "nil", "2027-03-09T04:30"},
		{"Gunmen opened fire at 10:30 p.m. on Monday, Mexico City time, police said.", time.Date(2027, 3, 9, 9, 0, 0, 0, cdmx), "nil", "2027-03-09T04:30"},
		{"The attack happened at 10:30 p.m. Mexico City time on Monday.", time.Date(2027, 3, 9, 9, 0, 0, 0, cdmx), "nil", "2027-03-09T04:30"},
	}
	for _, tt := range tests {
		es := r.Find(tt.text, "", tt.pub)
		if len(es) == 0 {
			t.Errorf("%q: no time", tt.text)
			continue
		}
		x := es[0]
		switch {
		case tt.clock == "nil" && x.Clock != nil:
			t.Errorf("%q: read on %v, want the text's own zone (nil)", tt.text, x.Clock)
		case tt.clock != "nil" && x.Clock == nil:
			t.Errorf("%q: no clock zone", tt.text)
		case tt.clock != "" && tt.clock != "nil" && x.Clock.String() != tt.clock:
			t.Errorf("%q: read on %v, want %s", tt.text, x.Clock, tt.clock)
		}
		if got := culiacan.OnClock(x.Time, x.Clock).UTC().Format("2006-01-02T15:04"); got != tt.want {
			t.Errorf("%q published %v: %s on Culiacán's clock, want %s", tt.text, tt.pub, got, tt.want)
		}
	}
	// Days and offsets carry no clock.
	for _, text := range []string{"El ataque ocurrió ayer.", "Lo mataron hace dos horas."} {
		for _, x := range r.Find(text, "es", time.Date(2027, 3, 9, 9, 0, 0, 0, cdmx)) {
			if x.Clock != nil {
				t.Errorf("%q: %q read on a clock (%v)", text, text[x.Start:x.End], x.Clock)
			}
		}
	}
}
