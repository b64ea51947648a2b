package when

import (
	"testing"
	"time"
)

// TestLocalClock checks that a clock time is read on the clock of the
// zone the report was published in when that is another Mexican zone,
// and on Mexico City's otherwise. The sentences are written for the test.
func TestLocalClock(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tijuana := time.FixedZone("", -8*3600)
	cancun := time.FixedZone("", -5*3600)
	cdmx := time.FixedZone("", -6*3600)
	tests := []struct {
		text string
		pub  time.Time
		want string // the first expression's instant, in UTC
	}{
		// 19:40 in Tijuana is 03:40 UTC the next day.
		{"El ataque ocurrió alrededor de las 19:40 horas del domingo.", time.Date(2027, 3, 8, 8, 10, 0, 0, tijuana), "2027-03-08T03:40"},
		// 01:30 in Cancún is 06:30 UTC.
		{"Los hechos ocurrieron a las 01:30 horas.", time.Date(2027, 3, 9, 9, 0, 0, 0, cancun), "2027-03-09T06:30"},
		// Mexico City's own offset, and UTC, read the clock in Mexico City.
		{"El ataque ocurrió a las 19:40 horas del domingo.", time.Date(2027, 3, 8, 8, 10, 0, 0, cdmx), "2027-03-08T01:40"},
		{"El ataque ocurrió a las 19:40 horas del domingo.", time.Date(2027, 3, 8, 14, 10, 0, 0, time.UTC), "2027-03-08T01:40"},
	}
	for _, tt := range tests {
		es := r.Find(tt.text, "es", tt.pub)
		if len(es) == 0 {
			t.Errorf("%q: no time", tt.text)
			continue
		}
		if got := es[0].Time.UTC().Format("2006-01-02T15:04"); got != tt.want {
			t.Errorf("%q published %v: %s, want %s", tt.text, tt.pub, got, tt.want)
		}
	}
}
