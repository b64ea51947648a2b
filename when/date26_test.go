package when

import (
	"testing"
	"time"
)

// TestPartDayNumber checks a part of the day followed by the day's
// number alone ("la noche del 14"): the most recent such day on or before
// the publication day, across a month's end; a number a month or a count
// follows is no such day. Publication: Wednesday 16 December 2026 and
// Tuesday 1 December 2026.
func TestPartDayNumber(t *testing.T) {
	r := resolver(t)
	loc := r.loc
	dec16 := time.Date(2026, 12, 16, 9, 0, 0, 0, loc)
	dec1 := time.Date(2026, 12, 1, 9, 0, 0, 0, loc)
	tests := []struct {
		text string
		pub  time.Time
		want []string // each expression's text and local time, "text@01-02 15:04"
	}{
		{"los hechos ocurrieron la noche del 14, cuando el joven regresaba", dec16, []string{"la noche del 14@12-14 21:00"}},
		{"fue atacado la madrugada del pasado 15 en su domicilio", dec16, []string{"la madrugada del pasado 15@12-15 03:00"}},
		{"fue asesinado la tarde del 29 en la colonia Centro", dec1, []string{"la tarde del 29@11-29 16:00"}},
		// A month told after the number is absolute's, as before.
		{"fue asesinado la noche del 14 de diciembre", dec16, []string{"la noche del 14 de diciembre@12-14 21:00"}},
		// The traps: a count, and a number after "de".
		{"la noche del 14 muertos en Celaya", dec16, []string{"la noche@12-15 21:00"}},
		{"la noche del 3 de la calle Hidalgo", dec16, []string{"la noche@12-15 21:00"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range r.Find(tt.text, "es", tt.pub) {
			got = append(got, tt.text[e.Start:e.End]+"@"+e.Time.In(loc).Format("01-02 15:04"))
		}
		if len(got) != len(tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
				break
			}
		}
	}
}

// TestNightThenSmallHours checks a clock time in the sentence after a
// night's day ("anoche ... El ataque ocurrió a la 01:30 horas"): the
// small hours are the next day's; a later hour, or a day told with no
// night, keeps the day. Publication: Wednesday 16 December 2026.
func TestNightThenSmallHours(t *testing.T) {
	r := resolver(t)
	pub := time.Date(2026, 12, 16, 9, 0, 0, 0, r.loc)
	tests := []struct {
		text string
		want string // the clock time's local time, "01-02 15:04"
	}{
		{"Un hombre fue asesinado anoche en la colonia Centro. El ataque ocurrió a la 01:30 horas.", "12-16 01:30"},
		{"Un joven fue atacado la noche del 14 en su casa. Los disparos se escucharon a las 02:15 horas.", "12-15 02:15"},
		{"Un hombre fue asesinado anoche en la colonia Centro. El ataque ocurrió a las 23:30 horas.", "12-15 23:30"},
		{"Un hombre fue asesinado el lunes en la colonia Centro. El ataque ocurrió a la 01:30 horas.", "12-14 01:30"},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range r.Find(tt.text, "es", pub) {
			if e.Clock != nil {
				got = append(got, e.Time.In(r.loc).Format("01-02 15:04"))
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("Find(%q): clock at %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestLoneClock checks Expr.Lone: a clock time with no day told near it,
// placed on the publication day, is marked; one joined to a day of its
// sentence, or to a day told shortly before, is not.
func TestLoneClock(t *testing.T) {
	r := resolver(t)
	pub := time.Date(2026, 12, 14, 8, 30, 0, 0, r.loc)
	tests := []struct {
		text, lang string
		lone       bool
	}{
		{"El ataque ocurrió a las 22:10 horas, cuando en el local se encontraban dos empleados.", "es", true},
		{"De acuerdo con testigos, por la noche, alrededor de las 22:40 horas, cuatro sujetos ingresaron.", "es", true},
		{"The attack took place at around 11:40 p.m., police said.", "en", true},
		{"El ataque ocurrió a las 22:10 horas del sábado.", "es", false},
		{"Ayer a las 22:10 horas atacaron una tienda.", "es", false},
		{"The attack took place on Saturday at around 11:40 p.m.", "en", false},
	}
	for _, tt := range tests {
		var clock *Expr
		for _, e := range r.Find(tt.text, tt.lang, pub) {
			if e.Clock != nil {
				clock = &e
			}
		}
		if clock == nil {
			t.Errorf("Find(%q): no clock time", tt.text)
			continue
		}
		if clock.Lone != tt.lone {
			t.Errorf("Find(%q): %q Lone %v, want %v", tt.text, tt.text[clock.Start:clock.End], clock.Lone, tt.lone)
		}
	}
}
