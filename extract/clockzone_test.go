package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestClockZone checks that a clock time is read on the clock of the
// place the act is reported in (model.Location.Zone), not on the
// outlet's, unless the text names Mexico City's clock. The sentences are
// written for the test; published is 18:00 UTC on Tuesday 9 March 2027.
func TestClockZone(t *testing.T) {
	e := realExtractor(t)
	cdmx := time.FixedZone("", -6*3600)
	tijuana := time.FixedZone("", -8*3600)
	tests := []struct {
		text string
		pub  *time.Location // the outlet's offset
		want string         // the first incident's instant in UTC
	}{
		// 22:30 in Culiacán (UTC-7) is 05:30 UTC, whoever reports it.
		{"Hombres armados asesinaron a un hombre en Culiacán, Sinaloa, a las 22:30 horas del lunes.", cdmx, "2027-03-09T05:30"},
		{"Hombres armados asesinaron a un hombre en Culiacán, Sinaloa, a las 22:30 horas del lunes.", tijuana, "2027-03-09T05:30"},
		// 07:15 in Cancún (UTC-5) is 12:15 UTC.
		{"Sujetos armados atacaron a balazos un bar en Cancún, Quintana Roo, a las 07:15 horas.", cdmx, "2027-03-09T12:15"},
		// 19:40 in Tijuana (UTC-8 in March) is 03:40 UTC the next day.
		{"Un hombre fue asesinado a balazos en Tijuana a las 19:40 horas del lunes.", cdmx, "2027-03-09T03:40"},
		// Mexico City's clock, said so: 04:30 UTC.
		{"Hombres armados asesinaron a un hombre en Culiacán, Sinaloa, a las 22:30 horas, tiempo del centro, del lunes.", cdmx, "2027-03-09T04:30"},
		// An act in Mexico City's zone reported by a Tijuana outlet.
		{"Hombres armados asesinaron a un hombre en Celaya, Guanajuato, a las 22:30 horas del lunes.", tijuana, "2027-03-09T04:30"},
	}
	for _, tt := range tests {
		pub := time.Date(2027, 3, 9, 18, 0, 0, 0, time.UTC).In(tt.pub)
		r := model.Report{ID: "z", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if len(got) == 0 || got[0].Time == nil {
			t.Errorf("%q: no incident with a time", tt.text)
			continue
		}
		if s := got[0].Time.UTC().Format("2006-01-02T15:04"); s != tt.want {
			t.Errorf("%q published %s: %s, want %s", tt.text, pub.Format(time.RFC3339), s, tt.want)
		}
	}
}

// TestPlaceDay checks that an incident's day is its place's calendar day
// (model.Location.Date), and that a time told to the day is stored as
// that day at the place: midnight, or a part of the day's hour, on the
// place's clock. The sentences are written for the test.
func TestPlaceDay(t *testing.T) {
	e := realExtractor(t)
	cdmx := time.FixedZone("", -6*3600)
	tests := []struct {
		text string
		pub  time.Time
		prec model.TimePrecision
		day  string // the place's day
		hour int    // the hour on the place's clock
	}{
		// 23:30 in Culiacán is the 8th there, the 9th in Mexico City.
		{"Hombres armados asesinaron a un hombre en Culiacán, Sinaloa, a las 23:30 horas del lunes.", time.Date(2027, 3, 9, 12, 0, 0, 0, cdmx), model.TimeMinute, "2027-03-08", 23},
		// The same act told to the day: Monday from Culiacán's midnight.
		{"Hombres armados asesinaron a un hombre el lunes en Culiacán, Sinaloa.", time.Date(2027, 3, 9, 12, 0, 0, 0, cdmx), model.TimeDay, "2027-03-08", 0},
		// A night in Culiacán: Monday at 21:00 on Culiacán's clock.
		{"Hombres armados asesinaron a un hombre la noche del lunes en Culiacán, Sinaloa.", time.Date(2027, 3, 9, 12, 0, 0, 0, cdmx), model.TimeDay, "2027-03-08", 21},
		// 22:00 on the 9th in Tijuana is the 9th (the 10th in Mexico City).
		{"Un hombre fue asesinado a balazos en Tijuana a las 22:00 horas del martes.", time.Date(2027, 3, 10, 9, 0, 0, 0, cdmx), model.TimeMinute, "2027-03-09", 22},
		// 00:30 in Cancún is the 9th there (23:30 on the 8th in Mexico City).
		{"Sujetos armados atacaron a balazos un bar en Cancún, Quintana Roo, a las 00:30 horas del martes.", time.Date(2027, 3, 9, 12, 0, 0, 0, cdmx), model.TimeMinute, "2027-03-09", 0},
		{"Sujetos armados atacaron a balazos un bar el martes en Cancún, Quintana Roo.", time.Date(2027, 3, 9, 12, 0, 0, 0, cdmx), model.TimeDay, "2027-03-09", 0},
		// No place: Mexico City's clock and calendar.
		{"Hombres armados asesinaron a un hombre a las 23:30 horas del lunes.", time.Date(2027, 3, 9, 12, 0, 0, 0, cdmx), model.TimeMinute, "2027-03-08", 23},
		{"Hombres armados asesinaron a un hombre el lunes.", time.Date(2027, 3, 9, 12, 0, 0, 0, cdmx), model.TimeDay, "2027-03-08", 0},
	}
	for _, tt := range tests {
		r := model.Report{ID: "z", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: tt.pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if len(got) == 0 || got[0].Time == nil {
			t.Errorf("%q: no incident with a time", tt.text)
			continue
		}
		in := got[0]
		local := in.Time.In(in.Location.Zone())
		if d := in.Location.Date(*in.Time); d != tt.day || in.TimePrecision != tt.prec || local.Hour() != tt.hour {
			t.Errorf("%q: %s at %s (%s), want %s at %02d:xx (%s) on the place's clock", tt.text, d, local.Format("15:04"), in.TimePrecision, tt.day, tt.hour, tt.prec)
		}
	}
}
