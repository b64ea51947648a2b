package when

import (
	"testing"
	"time"
)

// TestUntil checks a clock time that closes a period ("until 6 a.m.",
// "y hasta las 07:00 horas"): it is the period's end, on the day after a
// night when its hour comes before the night's, and the day told before
// it stays its own expression, the period's start. A clock in the morning
// ("a.m.") is never moved to the afternoon. Days from a calendar of March
// 2027: Saturday 6, Sunday 7, Monday 8. The sentences are written for the
// test.
func TestUntil(t *testing.T) {
	r := resolver(t)
	loc := r.loc
	pub := time.Date(2027, 3, 8, 12, 0, 0, 0, loc)
	tests := []struct {
		text, lang string
		spans      []string // each expression's text
		times      []string // each expression's local time, "02 15:04"
	}{
		{"CBP suspended cargo processing from late Saturday until 6 a.m. Sunday.", "en",
			[]string{"late Saturday", "until 6 a.m. Sunday"}, []string{"06 22:00", "07 06:00"}},
		// No day after the end: the morning after the night.
		{"The highway stayed closed from late Saturday until 5 a.m., police said.", "en",
			[]string{"late Saturday", "until 5 a.m"}, []string{"06 22:00", "07 05:00"}},
		{"Desde la noche del domingo y hasta las 07:00 horas de este lunes se registraron 19 bloqueos.", "es",
			[]string{"la noche del domingo", "hasta las 07:00 horas de este lunes"}, []string{"07 21:00", "08 07:00"}},
		{"La autopista permaneció cerrada desde la noche del sábado y hasta las 05:30 horas.", "es",
			[]string{"la noche del sábado", "hasta las 05:30 horas"}, []string{"06 21:00", "07 05:30"}},
		// An end later in the day told stays on that day.
		{"Las clases se suspendieron la mañana del lunes hasta las 11:00 horas.", "es",
			[]string{"la mañana del lunes", "hasta las 11:00 horas"}, []string{"08 09:00", "08 11:00"}},
		// Without "until", a night's clock hour is still the evening's.
		{"La noche del domingo, a las 10:30, atacaron una patrulla.", "es",
			[]string{"La noche del domingo, a las 10:30"}, []string{"07 22:30"}},
	}
	for _, tt := range tests {
		got := r.Find(tt.text, tt.lang, pub)
		var spans, times []string
		for _, e := range got {
			spans = append(spans, tt.text[e.Start:e.End])
			times = append(times, e.Time.In(loc).Format("02 15:04"))
		}
		if len(spans) != len(tt.spans) {
			t.Errorf("Find(%q): %q %q, want %q %q", tt.text, spans, times, tt.spans, tt.times)
			continue
		}
		for i := range spans {
			if spans[i] != tt.spans[i] || times[i] != tt.times[i] {
				t.Errorf("Find(%q): %q %q, want %q %q", tt.text, spans, times, tt.spans, tt.times)
				break
			}
		}
	}
}
