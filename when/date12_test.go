package when

import (
	"testing"
	"time"
)

// TestDate12 checks the families read first for branch date12: a night
// or small hours told "del domingo al lunes", ordinal days with their
// full stop ("1o. de marzo"), "primero de marzo", and a day of the
// publication's month as comunicados write it ("de los corrientes", "del
// presente mes", "del actual"). Calendar of March 2023: Wed 1, Sat 4,
// Sun 5, Mon 6; published Monday 6 at 10:30.
func TestDate12(t *testing.T) {
	r := resolver(t)
	pub := time.Date(2023, 3, 6, 10, 30, 0, 0, r.loc)
	tests := []struct {
		text string
		span string // the first expression's text, "" for none
		at   string // local time, "01-02 15:04"
	}{
		{"La noche del domingo al lunes asesinaron a un hombre", "La noche del domingo al lunes", "03-05 21:00"},
		{"En la madrugada del sábado al domingo hubo un ataque", "la madrugada del sábado al domingo", "03-05 03:00"},
		{"La noche del viernes para el sábado atacaron un bar", "La noche del viernes para el sábado", "03-03 21:00"},
		// Not the next day: the second weekday is no part of the night.
		{"La noche del domingo al martes", "La noche del domingo", "03-05 21:00"},
		{"El 1o. de marzo asesinaron a un hombre", "1o. de marzo", "03-01 00:00"},
		{"El 1ro. de marzo asesinaron a un hombre", "1ro. de marzo", "03-01 00:00"},
		{"El 1er. de marzo asesinaron a un hombre", "1er. de marzo", "03-01 00:00"},
		{"El primero de marzo asesinaron a un hombre", "primero de marzo", "03-01 00:00"},
		{"el pasado 5 de los corrientes fue localizado", "pasado 5 de los corrientes", "03-05 00:00"},
		{"el día 5 del presente mes fue localizado", "día 5 del presente mes", "03-05 00:00"},
		{"el 2 del mes en curso fue localizado", "2 del mes en curso", "03-02 00:00"},
		{"el día 4 del actual fue asesinado", "día 4 del actual", "03-04 00:00"},
		{"el 4 de este mes fue asesinado", "4 de este mes", "03-04 00:00"},
		// A day of this month still to come is no event's day.
		{"el 20 de los corrientes", "", ""},
		// "primero" alone is no day.
		{"Primero llegaron los policías", "", ""},
	}
	for _, tt := range tests {
		checkFirst(t, r, "es", pub, tt.text, tt.span, tt.at)
	}
}

// checkFirst checks the first expression Find reads in text: its span
// ("" for none) and its local time at ("01-02 15:04").
func checkFirst(t *testing.T, r *Resolver, lang string, pub time.Time, text, span, at string) {
	t.Helper()
	got := r.Find(text, lang, pub)
	if span == "" {
		if len(got) != 0 {
			t.Errorf("Find(%q) = %q, want nothing", text, text[got[0].Start:got[0].End])
		}
		return
	}
	if len(got) == 0 {
		t.Errorf("Find(%q): nothing, want %q", text, span)
		return
	}
	if s := text[got[0].Start:got[0].End]; s != span {
		t.Errorf("Find(%q) span %q, want %q", text, s, span)
	}
	if a := got[0].Time.Format("01-02 15:04"); a != at {
		t.Errorf("Find(%q) at %s, want %s", text, a, at)
	}
}

// TestDate12Joined checks the second round of families: a part of a day
// joined to a night without its article, "las primeras horas del lunes",
// and the English "the 4th of March". Published Monday 6 March 2023 at
// 10:30.
func TestDate12Joined(t *testing.T) {
	r := resolver(t)
	pub := time.Date(2023, 3, 6, 10, 30, 0, 0, r.loc)
	tests := []struct {
		text, lang string
		spans      []string
		at         []string // local times, "01-02 15:04"
	}{
		{"Durante la noche del sábado y madrugada del domingo hubo cinco muertos", "es",
			[]string{"la noche del sábado y madrugada del domingo"}, []string{"03-04 21:00"}},
		{"la noche del domingo y las primeras horas del lunes", "es",
			[]string{"la noche del domingo y las primeras horas del lunes"}, []string{"03-05 21:00"}},
		{"En las primeras horas de este lunes hubo un ataque", "es",
			[]string{"las primeras horas de este lunes"}, []string{"03-06 03:00"}},
		// A part without its article and no "y" before it is left to the day.
		{"Madrugada del domingo violenta", "es", []string{"domingo"}, []string{"03-05 00:00"}},
		{"On the 4th of March, gunmen killed four people", "en", []string{"4th of March"}, []string{"03-04 00:00"}},
		// "of" after a number without "the" is no date: "1 of May's victims".
		{"He was 1 of May's victims", "en", nil, nil},
	}
	for _, tt := range tests {
		got := r.Find(tt.text, tt.lang, pub)
		if len(got) != len(tt.spans) {
			t.Errorf("Find(%q): %d expressions, want %d", tt.text, len(got), len(tt.spans))
			continue
		}
		for k, e := range got {
			if s := tt.text[e.Start:e.End]; s != tt.spans[k] {
				t.Errorf("Find(%q)[%d] span %q, want %q", tt.text, k, s, tt.spans[k])
			}
			if at := e.Time.Format("01-02 15:04"); at != tt.at[k] {
				t.Errorf("Find(%q)[%d] at %s, want %s", tt.text, k, at, tt.at[k])
			}
		}
	}
}

// TestHolidays checks holidays of a fixed date, resolved as a date
// without a year (the last one on or before the publication day, or the
// coming one within a week, upcoming), and the words that name them only
// in some uses.
func TestHolidays(t *testing.T) {
	r := resolver(t)
	at := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 10, 0, 0, 0, r.loc) }
	tests := []struct {
		text, lang string
		pub        time.Time
		span       string // "" for none
		day        string
		upcoming   bool
	}{
		{"En Nochebuena asesinaron a un hombre", "es", at(2022, 12, 26), "Nochebuena", "2022-12-24", false},
		{"En Navidad asesinaron a un hombre", "es", at(2022, 12, 26), "Navidad", "2022-12-25", false},
		{"El día de Navidad asesinaron a un hombre", "es", at(2022, 12, 26), "Navidad", "2022-12-25", false},
		{"La noche de fin de año hubo disparos", "es", at(2023, 1, 2), "La noche de fin de año", "2022-12-31", false},
		{"En Año Nuevo asesinaron a un hombre", "es", at(2023, 1, 2), "Año Nuevo", "2023-01-01", false},
		{"El Día de las Madres asesinaron a una mujer", "es", at(2022, 5, 11), "Día de las Madres", "2022-05-10", false},
		{"El Día de Muertos hubo un ataque", "es", at(2022, 11, 3), "Día de Muertos", "2022-11-02", false},
		{"La noche del Grito hubo un ataque", "es", at(2022, 9, 17), "La noche del Grito", "2022-09-15", false},
		{"Gunmen attacked a bar on Christmas Eve", "en", at(2022, 12, 26), "Christmas Eve", "2022-12-24", false},
		{"Gunmen attacked a bar on New Year's Day", "en", at(2023, 1, 2), "New Year's Day", "2023-01-01", false},
		{"En vísperas de Año Nuevo asesinaron a un taxista", "es", at(2022, 12, 31), "Año Nuevo", "2022-12-31", false},
		// A year's end ahead: the coming New Year, upcoming.
		{"Habrá operativo en Año Nuevo", "es", at(2022, 12, 28), "Año Nuevo", "2023-01-01", true},
		{"Habrá operativo el 1 de enero", "es", at(2022, 12, 28), "1 de enero", "2023-01-01", true},
		// Things and seasons, no day.
		{"Venden flor de nochebuena en el mercado", "es", at(2022, 12, 26), "", "", false},
		{"Compraron adornos de Navidad", "es", at(2022, 12, 26), "", "", false},
		{"Se escuchó el grito de una mujer", "es", at(2022, 9, 17), "", "", false},
		{"Christmas lights were stolen", "en", at(2022, 12, 26), "", "", false},
		{"Un año nuevo de violencia", "es", at(2023, 1, 2), "", "", false},
	}
	for _, tt := range tests {
		got := r.Find(tt.text, tt.lang, tt.pub)
		if tt.span == "" {
			if len(got) != 0 {
				t.Errorf("Find(%q) = %q, want nothing", tt.text, tt.text[got[0].Start:got[0].End])
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("Find(%q): %d expressions, want 1", tt.text, len(got))
			continue
		}
		e := got[0]
		if s := tt.text[e.Start:e.End]; s != tt.span {
			t.Errorf("Find(%q) span %q, want %q", tt.text, s, tt.span)
		}
		if d := e.Time.Format("2006-01-02"); d != tt.day || e.Upcoming != tt.upcoming {
			t.Errorf("Find(%q) = %s upcoming=%v, want %s upcoming=%v", tt.text, d, e.Upcoming, tt.day, tt.upcoming)
		}
	}
}
