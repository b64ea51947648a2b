package when

import (
	"testing"
	"time"
)

// TestZone checks the zone of a place: its state's, or its municipality's
// where the border strip or Bahía de Banderas keeps another clock; the
// offsets are those of the law of 2022 (no DST outside the border strip)
// and of the years before it.
func TestZone(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	winter2024 := time.Date(2024, 1, 15, 12, 0, 0, 0, time.UTC)
	summer2024 := time.Date(2024, 7, 15, 12, 0, 0, 0, time.UTC)
	summer2019 := time.Date(2019, 7, 15, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		state, muni string
		at          time.Time
		want        int // hours east of UTC; 99 for no zone
	}{
		{"25", "25006", summer2024, -7}, // Culiacán
		{"26", "26030", summer2024, -7}, // Hermosillo
		{"26", "", summer2019, -7},      // Sonora never kept DST
		{"03", "", winter2024, -7},      // Baja California Sur
		{"18", "18017", winter2024, -7}, // Tepic
		{"18", "18020", winter2024, -6}, // Bahía de Banderas keeps Vallarta's clock
		{"02", "02004", winter2024, -8}, // Tijuana
		{"02", "02004", summer2024, -7}, // Tijuana keeps the United States' DST
		{"23", "23005", summer2024, -5}, // Cancún
		{"09", "09015", summer2024, -6}, // Mexico City, no DST since 2022
		{"09", "09015", summer2019, -5}, // with DST before
		{"08", "08019", summer2024, -6}, // Chihuahua city
		{"08", "08037", summer2024, -6}, // Ciudad Juárez, Mountain DST
		{"08", "08037", winter2024, -7},
		{"28", "28027", summer2024, -5}, // Nuevo Laredo, Central DST
		{"28", "28041", summer2024, -6}, // Ciudad Victoria
		{"", "", summer2024, 99},
		{"99", "", summer2024, 99},
	}
	for _, tt := range tests {
		loc := r.Zone(tt.state, tt.muni)
		got := 99
		if loc != nil {
			_, off := tt.at.In(loc).Zone()
			got = off / 3600
		}
		if got != tt.want {
			t.Errorf("Zone(%q, %q) at %v: UTC%+d, want UTC%+d", tt.state, tt.muni, tt.at, got, tt.want)
		}
	}
}

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
	culiacan := r.Zone("25", "25006")
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
		{"Los hechos ocurrieron cerca de las 22:30 horas (hora del centro).", time.Date(2027, 3, 9, 9, 0, 0, 0, tijuana), "nil", "2027-03-09T04:30"},
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
		if got := r.OnClock(x.Time, x.Clock, culiacan).UTC().Format("2006-01-02T15:04"); got != tt.want {
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
