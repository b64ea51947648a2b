package when

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// pub is Wednesday 14 August 2024, 15:00 in Mexico City (UTC-6).
var testPub = time.Date(2024, 8, 14, 21, 0, 0, 0, time.UTC)

func resolver(t testing.TB) *Resolver {
	t.Helper()
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// want is an expected expression: its text, its local time as
// "2006-01-02 15:04", precision and flags.
type want struct {
	span string
	at   string
	prec model.TimePrecision
	rel  bool
	hist bool
}

func check(t *testing.T, r *Resolver, text, lang string, pub time.Time, wants []want) {
	t.Helper()
	got := r.Find(text, lang, pub)
	if len(got) != len(wants) {
		for _, e := range got {
			t.Logf("  got %q %s %s", text[e.Start:e.End], e.Time.Format("2006-01-02 15:04"), e.Precision)
		}
		t.Errorf("Find(%q): %d expressions, want %d", text, len(got), len(wants))
		return
	}
	for i, e := range got {
		w := wants[i]
		if s := text[e.Start:e.End]; s != w.span {
			t.Errorf("Find(%q)[%d] span %q, want %q", text, i, s, w.span)
		}
		if at := e.Time.Format("2006-01-02 15:04"); at != w.at {
			t.Errorf("Find(%q)[%d] time %s, want %s", text, i, at, w.at)
		}
		if e.Precision != w.prec || e.Relative != w.rel || e.Historic != w.hist {
			t.Errorf("Find(%q)[%d] = %s rel=%v hist=%v; want %s rel=%v hist=%v",
				text, i, e.Precision, e.Relative, e.Historic, w.prec, w.rel, w.hist)
		}
		if e.Time.Location().String() != "America/Mexico_City" {
			t.Errorf("Find(%q)[%d] in %s", text, i, e.Time.Location())
		}
	}
}

func TestFindSpanish(t *testing.T) {
	r := resolver(t)
	const D, H, M, W = model.TimeDay, model.TimeHour, model.TimeMinute, model.TimeWeek
	tests := []struct {
		in    string
		wants []want
	}{
		{"Hoy se reportaron bloqueos", []want{{"Hoy", "2024-08-14 00:00", D, true, false}}},
		{"ayer por la tarde", []want{{"ayer por la tarde", "2024-08-13 16:00", D, true, false}}},
		{"anteayer", []want{{"anteayer", "2024-08-12 00:00", D, true, false}}},
		// A day and a month with no year, told as a day, of the last weeks.
		{"asesinado el 3/08 en Celaya", []want{{"3/08", "2024-08-03 00:00", D, true, false}}},
		{"10/08 | Asesinan a un hombre", []want{{"10/08", "2024-08-10 00:00", D, true, false}}},
		{"15/08 | Asesinan a un hombre", nil},    // ahead of publication
		{"el 12/03 asesinaron a un hombre", nil}, // months before: a year would be told
		{"el 3/5 de la población", nil},          // a fraction
		{"atienden 24/7 en Celaya", nil},         // no day
		{"antes de ayer", []want{{"antes de ayer", "2024-08-12 00:00", D, true, false}}},
		{"Anoche hubo disparos", []want{{"Anoche", "2024-08-13 22:00", D, true, false}}},
		{"esta mañana", []want{{"esta mañana", "2024-08-14 09:00", D, true, false}}},
		// Tonight's representative hour is still to come: keep the day,
		// at the publication hour.
		{"esta noche", []want{{"esta noche", "2024-08-14 15:00", D, true, false}}},
		{"la madrugada de este lunes", []want{{"la madrugada de este lunes", "2024-08-12 03:00", D, true, false}}},
		{"la noche del domingo", []want{{"la noche del domingo", "2024-08-11 21:00", D, true, false}}},
		{"el pasado viernes", []want{{"el pasado viernes", "2024-08-09 00:00", D, true, false}}},
		{"el viernes pasado", []want{{"el viernes pasado", "2024-08-09 00:00", D, true, false}}},
		{"este martes", []want{{"este martes", "2024-08-13 00:00", D, true, false}}},
		{"el lunes", []want{{"el lunes", "2024-08-12 00:00", D, true, false}}},
		// The publication day itself is the most recent Wednesday.
		{"el miércoles", []want{{"el miércoles", "2024-08-14 00:00", D, true, false}}},
		{"el pasado miércoles", []want{{"el pasado miércoles", "2024-08-07 00:00", D, true, false}}},
		{"el miercoles por la noche", []want{{"el miercoles por la noche", "2024-08-14 15:00", D, true, false}}},
		{"hace dos horas", []want{{"hace dos horas", "2024-08-14 13:00", H, true, false}}},
		// a hedge before the amount
		{"hace como una hora", []want{{"hace como una hora", "2024-08-14 14:00", H, true, false}}},
		{"hace cerca de tres horas", []want{{"hace cerca de tres horas", "2024-08-14 12:00", H, true, false}}},
		{"hace poco más de dos horas", []want{{"hace poco más de dos horas", "2024-08-14 13:00", H, true, false}}},
		{"hace 45 minutos", []want{{"hace 45 minutos", "2024-08-14 14:15", M, true, false}}},
		{"hace unos minutos", []want{{"hace unos minutos", "2024-08-14 14:57", H, true, false}}},
		// A little while: the hour only.
		{"hace un momento", []want{{"hace un momento", "2024-08-14 14:59", H, true, false}}},
		{"hace rato hubo balacera", []want{{"hace rato", "2024-08-14 14:59", H, true, false}}},
		{"hace un rato", []want{{"hace un rato", "2024-08-14 14:59", H, true, false}}},
		{"hace unos instantes", []want{{"hace unos instantes", "2024-08-14 14:57", H, true, false}}},
		{"hace tres días", []want{{"hace tres días", "2024-08-11 00:00", D, true, false}}},
		{"el fin de semana", []want{{"el fin de semana", "2024-08-10 00:00", W, true, false}}},
		{"la semana pasada", []want{{"la semana pasada", "2024-08-05 00:00", W, true, false}}},
		{"esta semana", []want{{"esta semana", "2024-08-12 00:00", W, true, false}}},
		// A part of a week: its Monday, Wednesday or Friday, the last on or
		// before the publication day.
		{"a principios de semana", []want{{"a principios de semana", "2024-08-12 00:00", W, true, false}}},
		{"a mediados de esta semana", []want{{"a mediados de esta semana", "2024-08-14 00:00", W, true, false}}},
		{"a finales de semana", []want{{"a finales de semana", "2024-08-09 00:00", W, true, false}}},
		{"al inicio de la semana pasada", []want{{"al inicio de la semana pasada", "2024-08-05 00:00", W, true, false}}},
		{"a principios de mes", nil},
		{"el mes pasado", []want{{"el mes pasado", "2024-07-01 00:00", W, true, true}}},
		{"este 12 de agosto", []want{{"12 de agosto", "2024-08-12 00:00", D, true, false}}},
		{"el día 9", []want{{"día 9", "2024-08-09 00:00", D, true, false}}},
		{"el día 20", []want{{"día 20", "2024-07-20 00:00", D, true, false}}},
		{"el día 12 de agosto por la noche", []want{{"día 12 de agosto por la noche", "2024-08-12 21:00", D, true, false}}},
		{"el 1o de agosto", []want{{"1o de agosto", "2024-08-01 00:00", D, true, false}}},
		// A year-less date after the publication day is last year's, and
		// that long ago it is history.
		{"el 20 de septiembre", []want{{"20 de septiembre", "2023-09-20 00:00", D, true, true}}},
		{"el 2 de julio", []want{{"2 de julio", "2024-07-02 00:00", D, true, false}}},
		{"en la colonia 20 de Noviembre", nil},
		// A Spanish date after an English "the" names a place.
		{"in the 1 de Mayo neighborhood", nil},
		// An update note dates the page, not the act.
		{"(Updated 1/2/14)", nil},
		{"actualizado el 12 de agosto", nil},
		{"en menos de 24 horas", nil},
		{"el 12 de agosto de 2022", []want{{"12 de agosto de 2022", "2022-08-12 00:00", D, false, true}}},
		{"el 10 de agosto del 2024", []want{{"10 de agosto del 2024", "2024-08-10 00:00", D, false, false}}},
		{"12/08/2022", []want{{"12/08/2022", "2022-08-12 00:00", D, false, true}}},
		{"2024-08-13", []want{{"2024-08-13", "2024-08-13 00:00", D, false, false}}},
		// Thursday the 11th is July's, not August's (a Sunday).
		{"la tarde del jueves 11", []want{{"la tarde del jueves 11", "2024-07-11 16:00", D, true, false}}},
		{"el domingo 11", []want{{"el domingo 11", "2024-08-11 00:00", D, true, false}}},
		// A number that counts the dead after a weekday is no day of the month.
		{"el sábado 3 ejecutados", []want{{"el sábado", "2024-08-10 00:00", D, true, false}}},
		{"a las 14:30", []want{{"a las 14:30", "2024-08-14 14:30", M, true, false}}},
		{"alrededor de las 3 de la tarde", []want{{"alrededor de las 3 de la tarde", "2024-08-14 15:00", H, true, false}}},
		// 22:00 today is after the publication: it was yesterday's.
		{"22:00 horas", []want{{"22:00 horas", "2024-08-13 22:00", M, true, false}}},
		{"a las diez de la noche", []want{{"a las diez de la noche", "2024-08-13 22:00", H, true, false}}},
		{"anoche, a las 23:30 horas", []want{{"anoche, a las 23:30 horas", "2024-08-13 23:30", M, true, false}}},
		{"anoche, a la 1:30", []want{{"anoche, a la 1:30", "2024-08-14 01:30", M, true, false}}},
		{"el domingo a las 22:00 horas", []want{{"el domingo a las 22:00 horas", "2024-08-11 22:00", M, true, false}}},
		{"a las 22 horas del sábado", []want{{"a las 22 horas del sábado", "2024-08-10 22:00", H, true, false}}},
		{"el domingo por la noche, alrededor de las 11", []want{{"el domingo por la noche", "2024-08-11 21:00", D, true, false}}},
		{"la medianoche del sábado", []want{{"la medianoche del sábado", "2024-08-10 00:00", H, true, false}}},
		{"desde 2006", []want{{"desde 2006", "2006-01-01 00:00", "", false, true}}},
		{"en 2011", []want{{"en 2011", "2011-01-01 00:00", "", false, true}}},
		{"entre 2006 y 2012", []want{{"entre 2006 y 2012", "2006-01-01 00:00", "", false, true}}},
		{"agosto de 2022", []want{{"agosto de 2022", "2022-08-01 00:00", W, false, true}}},
		{"Hoy a las 10:00 se reanudaron las clases", []want{{"Hoy a las 10:00", "2024-08-14 10:00", M, true, false}}},
		{"a las 7 y media de la mañana", []want{{"a las 7 y media de la mañana", "2024-08-14 07:30", M, true, false}}},
		// A full stop ends the sentence: the clock time is not merged with
		// the date, but it is placed on that day.
		{"Ocurrió el domingo. Los disparos sonaron a las 14:30.", []want{
			{"el domingo", "2024-08-11 00:00", D, true, false},
			{"a las 14:30", "2024-08-11 14:30", M, true, false},
		}},
		// Not event times.
		{"a las 3", nil},
		{"vigilancia durante las 24 horas del día", nil},
		{"tras las dos horas de enfrentamiento", nil},
		{"durante tres horas", nil},
		{"un hombre de 35 años", nil},
		{"el próximo lunes", nil},
		{"el lunes próximo", nil},
		{"en Santo Domingo", nil},
		{"llegaron a las dos comunidades", nil},
		{"en 2024", nil},
		{"el 15 de septiembre de 2024", nil}, // future
		{"hace calor", nil},
		{"los lunes", nil},
		{"nos informan en este momento que", []want{{"en este momento", "2024-08-14 00:00", model.TimeDay, true, false}}},
		{"en las últimas horas asesinaron a dos", []want{{"en las últimas horas", "2024-08-14 00:00", model.TimeDay, true, false}}},
		{"en las últimas 24 horas", nil},
		{"en las últimas horas del domingo", []want{{"domingo", "2024-08-11 00:00", D, true, false}}},
		{"ahorita hay balazos", []want{{"ahorita", "2024-08-14 00:00", model.TimeDay, true, false}}},
		{"calibre 9 mm", nil},
		{"", nil},
	}
	for _, tt := range tests {
		check(t, r, tt.in, "es", testPub, tt.wants)
	}
}

func TestFindEnglish(t *testing.T) {
	r := resolver(t)
	const D, H, M, W = model.TimeDay, model.TimeHour, model.TimeMinute, model.TimeWeek
	tests := []struct {
		in    string
		wants []want
	}{
		{"today", []want{{"today", "2024-08-14 00:00", D, true, false}}},
		{"gunmen killed a man on 8/3 in Celaya", []want{{"8/3", "2024-08-03 00:00", D, true, false}}},
		{"there is a shootout right now", []want{{"right now", "2024-08-14 00:00", D, true, false}}},
		{"right away", nil},
		{"yesterday morning", []want{{"yesterday morning", "2024-08-13 09:00", D, true, false}}},
		{"last night", []want{{"last night", "2024-08-13 22:00", D, true, false}}},
		{"this morning", []want{{"this morning", "2024-08-14 09:00", D, true, false}}},
		{"this Sunday morning", []want{{"this Sunday morning", "2024-08-11 09:00", D, true, false}}},
		{"just after midnight", []want{{"just after midnight", "2024-08-14 00:00", H, true, false}}},
		{"last Sunday", []want{{"last Sunday", "2024-08-11 00:00", D, true, false}}},
		{"on Friday", []want{{"on Friday", "2024-08-09 00:00", D, true, false}}},
		// English takes a bare day number only with a month: this 3 counts.
		{"Saturday 3 executions", []want{{"Saturday", "2024-08-10 00:00", D, true, false}}},
		{"early Sunday", []want{{"early Sunday", "2024-08-11 03:00", D, true, false}}},
		{"late Saturday", []want{{"late Saturday", "2024-08-10 22:00", D, true, false}}},
		{"two hours ago", []want{{"two hours ago", "2024-08-14 13:00", H, true, false}}},
		{"a few hours ago", []want{{"a few hours ago", "2024-08-14 12:00", H, true, false}}},
		{"earlier this week", []want{{"earlier this week", "2024-08-12 00:00", W, true, false}}},
		{"last week", []want{{"last week", "2024-08-05 00:00", W, true, false}}},
		{"over the weekend", []want{{"over the weekend", "2024-08-10 00:00", W, true, false}}},
		{"this past weekend", []want{{"this past weekend", "2024-08-10 00:00", W, true, false}}},
		// Spelled apart, a weekend is no week: the Saturday, not the Monday.
		{"last week-end's attack", []want{{"last week-end", "2024-08-10 00:00", W, true, false}}},
		{"last month", []want{{"last month", "2024-07-01 00:00", W, true, true}}},
		{"on Aug. 12", []want{{"Aug. 12", "2024-08-12 00:00", D, true, false}}},
		{"August 12, 2022", []want{{"August 12, 2022", "2022-08-12 00:00", D, false, true}}},
		{"12 August 2022", []want{{"12 August 2022", "2022-08-12 00:00", D, false, true}}},
		{"08/12/2024", []want{{"08/12/2024", "2024-08-12 00:00", D, false, false}}},
		{"at 9 p.m.", []want{{"at 9 p.m", "2024-08-13 21:00", H, true, false}}},
		{"at 9:45 a.m.", []want{{"at 9:45 a.m", "2024-08-14 09:45", M, true, false}}},
		{"Sunday at 9pm", []want{{"Sunday at 9pm", "2024-08-11 21:00", H, true, false}}},
		{"Monday, Aug. 12, at 10:30 p.m.", []want{{"Monday, Aug. 12, at 10:30 p.m", "2024-08-12 22:30", M, true, false}}},
		{"in 2019", []want{{"in 2019", "2019-01-01 00:00", "", false, true}}},
		{"since 2006", []want{{"since 2006", "2006-01-01 00:00", "", false, true}}},
		{"next Monday", nil},
		{"it may be", nil},
		{"for three hours", nil},
		{"a 35-year-old man", nil},
	}
	for _, tt := range tests {
		check(t, r, tt.in, "en", testPub, tt.wants)
	}
}

func TestFindWithoutPublication(t *testing.T) {
	r := resolver(t)
	check(t, r, "ayer, el lunes, hace dos horas, el 12 de agosto, a las 14:30", "", time.Time{}, nil)
	check(t, r, "el 12 de agosto de 2022 a las 14:30", "", time.Time{}, []want{
		{"12 de agosto de 2022 a las 14:30", "2022-08-12 14:30", model.TimeMinute, false, false},
	})
	check(t, r, "August 12, 2022", "", time.Time{}, []want{
		{"August 12, 2022", "2022-08-12 00:00", model.TimeDay, false, false},
	})
}

// TestDateOnlyPublication checks a publication given as a bare date (local
// midnight): the whole day is before publication.
func TestDateOnlyPublication(t *testing.T) {
	r := resolver(t)
	pub := time.Date(2024, 8, 14, 0, 0, 0, 0, r.Location())
	check(t, r, "a las 14:30", "es", pub, []want{{"a las 14:30", "2024-08-14 14:30", model.TimeMinute, true, false}})
	check(t, r, "hace dos horas", "es", pub, []want{{"hace dos horas", "2024-08-14 00:00", model.TimeDay, true, false}})
	check(t, r, "esta noche", "es", pub, []want{{"esta noche", "2024-08-14 21:00", model.TimeDay, true, false}})
	check(t, r, "anoche", "es", pub, []want{{"anoche", "2024-08-13 22:00", model.TimeDay, true, false}})
}

// TestBarePart checks parts of the day that name no day: they take the
// last day the text told, else the publication day, or the day before
// when their hour is still to come; dates that name places are no dates.
func TestBarePart(t *testing.T) {
	r := resolver(t)
	day := time.Date(2024, 8, 14, 0, 0, 0, 0, r.Location()) // a bare date
	D := model.TimeDay
	check(t, r, "Madrugada violenta en Celaya", "es", day, []want{{"Madrugada", "2024-08-14 03:00", D, true, false}})
	check(t, r, "Ejecutan a dos durante la madrugada", "es", day, []want{{"durante la madrugada", "2024-08-14 03:00", D, true, false}})
	check(t, r, "atacan a balazos a un hombre en plena noche", "es", day, []want{{"en plena noche", "2024-08-14 21:00", D, true, false}})
	// testPub is 15:00: tonight is still to come, so "la noche" was last night.
	check(t, r, "Lo atacaron por la noche", "es", testPub, []want{{"por la noche", "2024-08-13 21:00", D, true, false}})
	check(t, r, "El lunes hubo un ataque. En la madrugada hallaron dos cuerpos.", "es", testPub, []want{
		{"El lunes", "2024-08-12 00:00", D, true, false}, {"En la madrugada", "2024-08-12 03:00", D, true, false}})
	check(t, r, "Trabajaron toda la noche", "es", day, nil)
	check(t, r, "la noche del jueves", "es", day, []want{{"la noche del jueves", "2024-08-08 21:00", D, true, false}})
	check(t, r, "Matan a un hombre en la 18 de Mayo", "es", day, nil)
	check(t, r, "hallan cuerpo en la comunidad 5 de Febrero", "es", day, nil)
	check(t, r, "el 12 de agosto", "es", day, []want{{"12 de agosto", "2024-08-12 00:00", D, true, false}})
	check(t, r, "¡Ayer mataron a dos!", "es", day, []want{{"Ayer", "2024-08-13 00:00", D, true, false}})
	check(t, r, "Bloody Monday: 5 shot in Uruapan", "en", day, []want{{"Monday", "2024-08-12 00:00", D, true, false}})
}

// TestBareFlag checks that only a part of the day placed on the
// publication day is marked Bare.
func TestBareFlag(t *testing.T) {
	r := resolver(t)
	day := time.Date(2024, 8, 14, 0, 0, 0, 0, r.Location())
	for _, tt := range []struct {
		text string
		bare []bool
	}{
		{"Ejecutan a dos durante la madrugada", []bool{true}},
		{"El lunes hubo un ataque. En la madrugada hallaron dos cuerpos.", []bool{false, false}},
		{"ayer por la noche", []bool{false}},
	} {
		got := r.Find(tt.text, "es", day)
		if len(got) != len(tt.bare) {
			t.Errorf("Find(%q): %d expressions, want %d", tt.text, len(got), len(tt.bare))
			continue
		}
		for i, e := range got {
			if e.Bare != tt.bare[i] {
				t.Errorf("Find(%q)[%d].Bare = %v, want %v", tt.text, i, e.Bare, tt.bare[i])
			}
		}
	}
}

// TestYearBoundary checks that a year-less date in January is last year's.
func TestYearBoundary(t *testing.T) {
	r := resolver(t)
	pub := time.Date(2025, 1, 3, 18, 0, 0, 0, time.UTC)
	check(t, r, "el 28 de diciembre", "es", pub, []want{{"28 de diciembre", "2024-12-28 00:00", model.TimeDay, true, false}})
	check(t, r, "la semana pasada", "es", pub, []want{{"la semana pasada", "2024-12-23 00:00", model.TimeWeek, true, false}})
	check(t, r, "el mes pasado", "es", pub, []want{{"el mes pasado", "2024-12-01 00:00", model.TimeWeek, true, true}})
}

// TestUpcoming checks dates shortly after publication: they resolve
// ahead, marked Upcoming; further ahead a year-less one is last year's.
func TestUpcoming(t *testing.T) {
	r := resolver(t)
	pub := time.Date(2026, 2, 22, 22, 0, 0, 0, time.UTC)
	tests := []struct {
		text     string
		at       string
		upcoming bool
		hist     bool
	}{
		{"se suspenden las clases el lunes 23 de febrero", "2026-02-23 00:00", true, false},
		{"reabren el 1 de marzo", "2026-03-01 00:00", true, false},
		// so is one with its year ("el lunes 23 de febrero de 2026"), not
		// its month ("febrero de 2026").
		{"se suspenden las clases el lunes 23 de febrero de 2026", "2026-02-23 00:00", true, false},
		{"schools will close on February 24, 2026", "2026-02-24 00:00", true, false},
		{"desde el 20 de marzo", "2025-03-20 00:00", false, true},
		{"el 21 de febrero", "2026-02-21 00:00", false, false},
		// "este lunes" with a verb in the future is the coming one.
		{"las escuelas no abrirán este lunes", "2026-02-23 00:00", true, false},
		{"The schools will stay closed this Monday", "2026-02-23 00:00", true, false},
		{"las escuelas cerraron este lunes", "2026-02-16 00:00", false, false},
		// and so is a bare weekday ("will be closed Monday", "serán
		// presentados el lunes"); far from the verb, or in the past, it
		// is the last one.
		{"Schools in Jerez will be closed Monday, officials said", "2026-02-23 00:00", true, false},
		{"los detenidos serán presentados el lunes", "2026-02-23 00:00", true, false},
		{"police will investigate the attack on Monday", "2026-02-16 00:00", false, false},
		{"gunmen killed two men on Monday", "2026-02-16 00:00", false, false},
		{"las escuelas cerraron el lunes", "2026-02-16 00:00", false, false},
		// A name ending like a future verb is no verb.
		{"matan a dos hombres en Villagrán este domingo", "2026-02-22 00:00", false, false},
		{"MATAN A DOS HOMBRES EN VILLAGRÁN ESTE DOMINGO", "2026-02-22 00:00", false, false},
		{"balean a Juan Durán este sábado", "2026-02-21 00:00", false, false},
		{"Abrirán las escuelas este lunes", "2026-02-23 00:00", true, false},
		{"NO ABRIRÁN LAS ESCUELAS ESTE LUNES", "2026-02-23 00:00", true, false},
		// A deadline is the coming day; "hasta el viernes" alone ends a
		// period that may be past.
		{"dice que tienen hasta el viernes para pagar", "2026-02-27 00:00", true, false},
		{"les dieron hasta el martes", "2026-02-24 00:00", true, false},
		// A start announced is the coming day, or the publication's own.
		{"authorities suspended classes at 25 schools starting Monday", "2026-02-23 00:00", true, false},
		{"the bridge will stay closed beginning Wednesday", "2026-02-25 00:00", true, false},
		{"checkpoints were set up starting Sunday", "2026-02-22 00:00", false, false},
	}
	for _, tt := range tests {
		got := r.Find(tt.text, "es", pub)
		if len(got) == 0 {
			t.Errorf("Find(%q): nothing", tt.text)
			continue
		}
		e := got[len(got)-1]
		if at := e.Time.Format("2006-01-02 15:04"); at != tt.at || e.Upcoming != tt.upcoming || e.Historic != tt.hist {
			t.Errorf("Find(%q) = %s upcoming=%v hist=%v; want %s %v %v", tt.text, at, e.Upcoming, e.Historic, tt.at, tt.upcoming, tt.hist)
		}
	}
}

// TestNotAfterPublication checks the invariant over the fixtures: nothing
// resolves after the publication time plus the tolerance, except what is
// marked Upcoming.
func TestNotAfterPublication(t *testing.T) {
	r := resolver(t)
	for _, name := range []string{"testdata/noticias.txt"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, pub := range []time.Time{testPub, time.Date(2025, 1, 1, 6, 30, 0, 0, time.UTC), time.Date(2024, 8, 12, 7, 0, 0, 0, time.UTC)} {
			for _, e := range r.Find(string(b), "", pub) {
				if e.Time.After(pub.Add(tolerance)) && !e.Upcoming {
					t.Errorf("%s: %q resolved to %s, after publication %s", name, string(b)[e.Start:e.End], e.Time, pub)
				}
			}
		}
	}
}

func TestFindNews(t *testing.T) {
	r := resolver(t)
	b, err := os.ReadFile("testdata/noticias.txt")
	if err != nil {
		t.Fatal(err)
	}
	const D, H, M, W = model.TimeDay, model.TimeHour, model.TimeMinute, model.TimeWeek
	check(t, r, string(b), "", testPub, []want{
		{"la madrugada de este lunes", "2024-08-12 03:00", D, true, false},
		// The clock time in the next sentence is on the day just named.
		{"alrededor de las 3 de la mañana", "2024-08-12 03:00", H, true, false},
		{"desde 2006", "2006-01-01 00:00", "", false, true},
		{"el pasado viernes", "2024-08-09 00:00", D, true, false},
		{"Anoche, a las 23:30 horas", "2024-08-13 23:30", M, true, false},
		{"hace dos horas", "2024-08-14 13:00", H, true, false},
		{"el fin de semana", "2024-08-10 00:00", W, true, false},
		{"En 2011", "2011-01-01 00:00", "", false, true},
		{"12 de agosto de 2022", "2022-08-12 00:00", D, false, true},
		{"just after midnight", "2024-08-14 00:00", H, true, false},
		{"at 12:15 a.m. on Sunday", "2024-08-11 00:15", M, true, false},
		{"last Sunday", "2024-08-11 00:00", D, true, false},
		{"two hours ago", "2024-08-14 13:00", H, true, false},
		{"this morning", "2024-08-14 09:00", D, true, false},
		{"since 2019", "2019-01-01 00:00", "", false, true},
		{"Aug. 2", "2024-08-02 00:00", D, true, false},
	})
}

// TestConcurrent uses one resolver from several goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	r := resolver(t)
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func() {
			n := 0
			for k := 0; k < 50; k++ {
				n += len(r.Find("anoche, a las 23:30 horas, y el pasado viernes", "es", testPub))
			}
			done <- n
		}()
	}
	for g := 0; g < 4; g++ {
		if n := <-done; n != 100 {
			t.Errorf("goroutine found %d expressions, want 100", n)
		}
	}
}

func FuzzFind(f *testing.F) {
	r := resolver(f)
	for _, s := range []string{"anoche a las 23:30 horas", "el 12 de agosto de 2022", "12/08/2022", "Monday, Aug. 12, at 10:30 p.m.", "hace 5 horas", "\xffla madrugada de este lunes", "31/02/2024", "from late Saturday until 6 a.m. Sunday", "desde la noche del domingo y hasta las 07:00 horas de este lunes"} {
		f.Add(s, int64(1723669200))
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		if unix < 0 || unix > 1<<34 {
			return
		}
		pub := time.Unix(unix, 0)
		prev := 0
		for _, e := range r.Find(s, "", pub) {
			if e.Start < 0 || e.End > len(s) || e.Start >= e.End {
				t.Fatalf("span [%d,%d) out of range for %d bytes", e.Start, e.End, len(s))
			}
			if e.Start < prev {
				t.Fatalf("expressions out of order")
			}
			prev = e.Start
			if e.Time.IsZero() {
				t.Fatalf("unresolved expression %q", s[e.Start:e.End])
			}
			limit := pub.In(r.Location())
			if limit.Equal(midnight(limit)) {
				limit = limit.Add(24 * time.Hour) // a bare date: the whole day
			}
			if e.Upcoming {
				limit = midnight(limit).Add(upcoming + 24*time.Hour)
			}
			if e.Time.After(limit.Add(tolerance)) {
				t.Fatalf("%q resolved to %s after publication %s", s[e.Start:e.End], e.Time, pub)
			}
		}
		// FindRanges over two halves reads each as FindFolded reads it,
		// though its buffer holds the first half's tokens when it reads
		// the second.
		mid := len(s) / 2
		for mid > 0 && !utf8.RuneStart(s[mid]) {
			mid--
		}
		ft := fold.New(s)
		ranges := [][2]int{{0, mid}, {mid, len(s)}}
		var want []Expr
		for _, rg := range ranges {
			for _, x := range r.FindFolded(ft.Sub(rg[0], rg[1]), "", pub) {
				x.Start += rg[0]
				x.End += rg[0]
				want = append(want, x)
			}
		}
		if got := r.FindRanges(ft, ranges, "", pub); !reflect.DeepEqual(got, want) {
			t.Fatalf("FindRanges = %v, want %v", got, want)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	r := resolver(b)
	data, err := os.ReadFile("testdata/noticias.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data), 3)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		r.Find(text, "", testPub)
	}
}

// TestHeadlineDays covers a day of the month after "el pasado", weekday
// adjectives after a noun of a day, and a headline's bare "Fin de semana";
// testPub is Wednesday 14 August 2024, so the last weekend began on
// Saturday the 10th.
func TestHeadlineDays(t *testing.T) {
	r := resolver(t)
	const D, W = model.TimeDay, model.TimeWeek
	tests := []struct {
		text  string
		wants []want
	}{
		{"El pasado 3 asesinaron a un taxista", []want{{"pasado 3", "2024-08-03 00:00", D, true, false}}},
		// The 14th "pasado" read on the 14th is last month's.
		{"el pasado 14 desapareció", []want{{"pasado 14", "2024-07-14 00:00", D, true, false}}},
		{"el pasado 3 de agosto", []want{{"pasado 3 de agosto", "2024-08-03 00:00", D, true, false}}},
		{"el pasado día 5", []want{{"pasado día 5", "2024-08-05 00:00", D, true, false}}},
		// A count is no day.
		{"el pasado 3 personas murieron", nil},
		{"Violenta jornada sabatina en Celaya", []want{{"sabatina", "2024-08-10 00:00", D, true, false}}},
		{"una noche dominical de balazos", []want{{"dominical", "2024-08-11 00:00", D, true, false}}},
		// After other nouns the adjective tells a habit.
		{"tras la misa dominical", nil},
		{"las clases sabatinas", nil},
		{"Fin de semana violento en Celaya", []want{{"Fin de semana", "2024-08-10 00:00", W, true, false}}},
		{"Otro fin de semana sangriento en Celaya", []want{{"Otro fin de semana", "2024-08-10 00:00", W, true, false}}},
		{"Celaya: fin de semana violento", []want{{"fin de semana", "2024-08-10 00:00", W, true, false}}},
		{"Weekend violence leaves 20 dead in Guanajuato", []want{{"Weekend", "2024-08-10 00:00", W, true, false}}},
		{"Juárez: Another bloody weekend with 30 murders", []want{{"Another bloody weekend", "2024-08-10 00:00", W, true, false}}},
		// The adjective before the weekend, as headlines also put it.
		{"Violento fin de semana en Irapuato", []want{{"Violento fin de semana", "2024-08-10 00:00", W, true, false}}},
		{"Otro sangriento fin de semana en Celaya", []want{{"Otro sangriento fin de semana", "2024-08-10 00:00", W, true, false}}},
		// English keeps to "Another bloody weekend" and a leading "Weekend".
		{"Bloody weekend in Zacatecas; the governor calls for calm", nil},
		// An adjective alone, or before another noun, is no weekend.
		{"Violento asalto en Celaya", nil},
		{"Bloody Sunday in Derry", []want{{"Sunday", "2024-08-11 00:00", D, true, false}}},
		// Not at the start of a sentence: a habit or a name.
		{"cada fin de semana hay bailes", nil},
		{"un violento fin de semana cada mes", nil},
		{"police patrol every weekend", nil},
	}
	for _, tt := range tests {
		check(t, r, tt.text, "", testPub, tt.wants)
	}
}
