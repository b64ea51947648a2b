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

// TestLocalDays checks that the days of a report filed in another
// Mexican zone count from its own wall clock ("hoy" at 23:10 on Monday in
// Tijuana is Monday, though it is Tuesday in Mexico City), that its
// instants stay instants, and that the small hours have begun at
// midnight. The sentences are written for the test.
func TestLocalDays(t *testing.T) {
	r := resolver(t)
	tijuana := time.FixedZone("", -8*3600)
	hermosillo := time.FixedZone("", -7*3600)
	cancun := time.FixedZone("", -5*3600)
	cdmx := time.FixedZone("", -6*3600)
	tjLate := time.Date(2026, 2, 16, 23, 10, 0, 0, tijuana)     // Monday; Tuesday 01:10 in Mexico City
	hmoLate := time.Date(2026, 2, 15, 23, 30, 0, 0, hermosillo) // Sunday; Monday 00:30 in Mexico City
	cunEarly := time.Date(2026, 2, 16, 0, 20, 0, 0, cancun)     // Monday; Sunday 23:20 in Mexico City
	tests := []struct {
		text string
		pub  time.Time
		want string // the first expression's day in Mexico City, or its instant in UTC
	}{
		{"Hoy asesinaron a dos hombres.", tjLate, "2026-02-16"},
		{"Anoche asesinaron a dos hombres.", tjLate, "2026-02-15"},
		{"Ayer asesinaron a dos hombres.", tjLate, "2026-02-15"},
		{"Esta noche asesinaron a dos hombres.", tjLate, "2026-02-16"},
		{"Este lunes asesinaron a dos hombres.", tjLate, "2026-02-16"},
		{"Matan a dos en la madrugada.", tjLate, "2026-02-16"},
		{"Matan a dos hoy.", hmoLate, "2026-02-15"},
		{"Ayer por la tarde mataron a un hombre.", hmoLate, "2026-02-14"},
		{"Este lunes asesinaron a un hombre.", cunEarly, "2026-02-16"},
		{"Este domingo asesinaron a un hombre.", cunEarly, "2026-02-15"},
		{"Anoche asesinaron a un hombre.", cunEarly, "2026-02-15"},
		{"Esta madrugada asesinaron a un hombre.", cunEarly, "2026-02-16"},
		// The small hours under way, in Mexico City's own zone.
		{"Asesinan a un hombre durante la madrugada.", time.Date(2026, 2, 16, 0, 50, 0, 0, cdmx), "2026-02-16"},
		{"Madrugada violenta: matan a dos.", time.Date(2026, 2, 16, 1, 30, 0, 0, cdmx), "2026-02-16"},
		// A night still to come is the one before.
		{"Durante la noche atacaron a policías.", time.Date(2026, 2, 16, 2, 0, 0, 0, cdmx), "2026-02-15"},
		// Instants: 22:30 in Tijuana is 06:30 UTC; two hours before 23:10 is 21:00.
		{"El ataque ocurrió a las 22:30 horas.", tjLate, "2026-02-17T06:30"},
		{"Hace dos horas asesinaron a un hombre.", tjLate, "2026-02-17T05:00"},
	}
	for _, tt := range tests {
		es := r.Find(tt.text, "es", tt.pub)
		if len(es) == 0 {
			t.Errorf("%q: no time", tt.text)
			continue
		}
		got := es[0].Time.Format("2006-01-02")
		if len(tt.want) > len(got) {
			got = es[0].Time.UTC().Format("2006-01-02T15:04")
		}
		if got != tt.want {
			t.Errorf("%q published %v: %s, want %s", tt.text, tt.pub, got, tt.want)
		}
	}
}
