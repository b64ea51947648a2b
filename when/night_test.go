package when

import (
	"testing"
	"time"
)

// TestNights checks the parts of a day read against the publication
// time: a night or afternoon named from the small hours of the next day,
// a night told with the small hours after it, "overnight" before a
// weekday, and the minute before midnight. Days from a calendar of March
// 2027: Saturday 6, Sunday 7, Monday 8, Tuesday 9.
func TestNights(t *testing.T) {
	r := resolver(t)
	loc := r.loc
	at := func(d, h, m int) time.Time { return time.Date(2027, 3, d, h, m, 0, 0, loc) }
	tests := []struct {
		text, lang string
		pub        time.Time
		spans      []string // each expression's text
		times      []string // each expression's local time, "02 15:04"
	}{
		// 00:20 on Tuesday: this night and this afternoon are Monday's.
		{"Balacera esta noche en Irapuato", "es", at(9, 0, 20), []string{"esta noche"}, []string{"08 21:00"}},
		{"Ataque esta tarde en Celaya", "es", at(9, 0, 20), []string{"esta tarde"}, []string{"08 16:00"}},
		{"Shooting tonight in Tijuana", "en", at(9, 0, 20), []string{"tonight"}, []string{"08 21:00"}},
		// From dawn on, the publication day's (its hour to come keeps the day).
		{"Balacera esta noche en Irapuato", "es", at(9, 7, 0), []string{"esta noche"}, []string{"09 07:00"}},
		// A date only: the whole day is before publication.
		{"Balacera esta noche en Irapuato", "es", at(9, 0, 0), []string{"esta noche"}, []string{"09 21:00"}},
		// A night and the small hours after it: one span, the night's day.
		{"La noche del domingo y la madrugada del lunes dejaron cinco muertos", "es", at(9, 0, 0),
			[]string{"La noche del domingo y la madrugada del lunes"}, []string{"07 21:00"}},
		{"Gunmen attacked late Saturday and early Sunday", "en", at(9, 0, 0),
			[]string{"late Saturday and early Sunday"}, []string{"06 22:00"}},
		// A comma before "y" opens a clause of another act: two times.
		{"Incendiaron un bar la noche del domingo, y la madrugada del lunes secuestraron a un taxista", "es", at(9, 0, 0),
			[]string{"la noche del domingo", "la madrugada del lunes"}, []string{"07 21:00", "08 03:00"}},
		// Two sentences, or two days apart, stay two.
		{"Fue la noche del sábado. La madrugada del lunes hubo otro", "es", at(9, 0, 0),
			[]string{"la noche del sábado", "La madrugada del lunes"}, []string{"06 21:00", "08 03:00"}},
		{"La noche del sábado y la madrugada del lunes", "es", at(9, 0, 0),
			[]string{"La noche del sábado", "la madrugada del lunes"}, []string{"06 21:00", "08 03:00"}},
		// A span "entre"/"between" two days: the day it began.
		{"Entre la mañana del domingo y la madrugada de este lunes fueron asesinadas 14 personas", "es", at(9, 0, 0),
			[]string{"la mañana del domingo y la madrugada de este lunes"}, []string{"07 09:00"}},
		{"Between Saturday and Monday, 20 people were killed in Sinaloa", "en", at(9, 0, 0),
			[]string{"Saturday and Monday"}, []string{"06 00:00"}},
		// Without "entre", or more than a week apart, two.
		{"La mañana del domingo y la madrugada de este lunes hubo ataques", "es", at(9, 0, 0),
			[]string{"La mañana del domingo", "la madrugada de este lunes"}, []string{"07 09:00", "08 03:00"}},
		// "overnight" before a weekday is that day's night.
		{"Gunmen killed six people overnight Saturday in Celaya", "en", at(9, 0, 0), []string{"overnight Saturday"}, []string{"06 22:00"}},
		// A bare "overnight" is the night just past, begun the day before.
		{"Six people were killed overnight in Celaya", "en", at(9, 8, 0), []string{"overnight"}, []string{"08 22:00"}},
		// Just before midnight ends the day; midnight itself starts one.
		{"Casi a la medianoche atacaron una patrulla", "es", at(9, 8, 30), []string{"a la medianoche"}, []string{"08 23:59"}},
		{"Poco antes de la medianoche atacaron una patrulla", "es", at(9, 8, 30), []string{"Poco antes de la medianoche"}, []string{"08 23:59"}},
		{"Gunmen killed a man shortly before midnight", "en", at(9, 8, 30), []string{"shortly before midnight"}, []string{"08 23:59"}},
		{"A la medianoche atacaron una patrulla", "es", at(9, 8, 30), []string{"A la medianoche"}, []string{"09 00:00"}},
		// Midnight told about, with its day or without: the evening's.
		{"El sábado 6 de marzo, cerca de la medianoche, mataron a un hombre", "es", at(8, 8, 30), []string{"El sábado 6 de marzo, cerca de la medianoche"}, []string{"06 23:59"}},
		{"Incendiaron un bar cerca de la medianoche del domingo", "es", at(9, 8, 30), []string{"cerca de la medianoche del domingo"}, []string{"07 23:59"}},
		{"Atacaron una patrulla alrededor de la medianoche", "es", at(9, 8, 30), []string{"alrededor de la medianoche"}, []string{"08 23:59"}},
		{"Gunmen killed a man around midnight Saturday", "en", at(8, 8, 30), []string{"around midnight Saturday"}, []string{"06 23:59"}},
		{"Gunmen killed a man near midnight", "en", at(9, 8, 30), []string{"midnight"}, []string{"08 23:59"}},
		// After it, or at it: the next day's start.
		{"Poco después de la medianoche atacaron una patrulla", "es", at(9, 8, 30), []string{"Poco después de la medianoche"}, []string{"09 00:00"}},
		{"Incendiaron un bar a la medianoche del domingo", "es", at(9, 8, 30), []string{"a la medianoche del domingo"}, []string{"07 00:00"}},
		// Dawn with no day named: the small hours, as a bare madrugada;
		// dawn of a named day is left to that day's rules.
		{"Tres ataques dejan cuatro víctimas antes del amanecer en Salvatierra", "es", at(9, 0, 0), []string{"antes del amanecer"}, []string{"09 05:00"}},
		{"Al amanecer hallaron dos cuerpos en Celaya", "es", at(9, 10, 0), []string{"Al amanecer"}, []string{"09 05:00"}},
		{"Gunmen attacked a police post before dawn in Zamora", "en", at(9, 10, 0), []string{"before dawn"}, []string{"09 05:00"}},
		{"Al amanecer del lunes hallaron dos cuerpos", "es", at(9, 10, 0), []string{"lunes"}, []string{"08 00:00"}},
		// Dusk likewise, the evening's: on the publication day once its
		// hour has come, else the day before.
		{"Al anochecer quemaron un autobús en Celaya", "es", at(9, 22, 0), []string{"Al anochecer"}, []string{"09 19:00"}},
		{"Gunmen torched a bus at dusk in Zamora", "en", at(9, 10, 0), []string{"at dusk"}, []string{"08 19:00"}},
		{"Gunmen torched a bus at nightfall in Zamora", "en", at(9, 22, 0), []string{"at nightfall"}, []string{"09 19:00"}},
		{"Al anochecer del lunes quemaron un autobús", "es", at(9, 22, 0), []string{"lunes"}, []string{"08 00:00"}},
	}
	for _, tt := range tests {
		got := r.Find(tt.text, tt.lang, tt.pub)
		var spans, times []string
		for _, e := range got {
			spans = append(spans, tt.text[e.Start:e.End])
			times = append(times, e.Time.In(loc).Format("02 15:04"))
		}
		if len(spans) != len(tt.spans) {
			t.Errorf("Find(%q) at %s: %q %q, want %q %q", tt.text, tt.pub.Format(time.RFC3339), spans, times, tt.spans, tt.times)
			continue
		}
		for i := range spans {
			if spans[i] != tt.spans[i] || times[i] != tt.times[i] {
				t.Errorf("Find(%q) at %s: %q %q, want %q %q", tt.text, tt.pub.Format(time.RFC3339), spans, times, tt.spans, tt.times)
				break
			}
		}
	}
}
