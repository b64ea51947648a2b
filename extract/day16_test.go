package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestDayOfLaterClause: a sentence after a count "liberados antes de la
// medianoche"
// keeps the count's day on Tepic's clock, an hour behind Mexico City's.
// Near misses keep their own day.
func TestDayOfLaterClause(t *testing.T) {
	e := realExtractor(t)
	sat := time.Date(2038, 3, 20, 11, 0, 0, 0, mexico) // a Saturday
	tests := []struct {
		name, lang string
		pub        time.Time
		text       string
		typ        model.IncidentType
		want       string // the day of the first incident of typ
	}{
		{"before midnight count, next sentence", "es", sat,
			"La Mesa de Seguridad informa que durante la tarde y noche del viernes 19 de marzo se atendieron cinco bloqueos carreteros en tres municipios del estado, los cuales fueron liberados antes de la medianoche. Entre ellos destacan la quema de un tractocamión sobre la carretera federal 15 en la entrada a Santiago Ixcuintla y la de un autobús en la localidad de Bucerías, municipio de Bahía de Banderas. En Tepic se registraron dos ataques a comercios: el incendio de una farmacia en la colonia Centro y la agresión a una gasolinera en la avenida Insurgentes, donde un empleado resultó lesionado.",
			model.BusinessAttack, "2038-03-19"},
		{"near miss: the count's day told at an hour", "es", sat,
			"La Mesa de Seguridad informa que durante la tarde y noche del viernes 19 de marzo se atendieron cinco bloqueos carreteros en tres municipios del estado, liberados a las 21:00 horas. Entre ellos destaca la quema de un tractocamión sobre la carretera federal 15 en la entrada a Santiago Ixcuintla. En Tepic se registraron dos ataques a comercios: el incendio de una farmacia en la colonia Centro y la agresión a una gasolinera en la avenida Insurgentes, donde un empleado resultó lesionado.",
			model.BusinessAttack, "2038-03-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: tt.pub, Text: tt.text}
			var got []string
			for _, in := range e.Extract(r) {
				if in.Type == tt.typ {
					got = append(got, dayOf(in))
				}
			}
			if len(got) == 0 {
				t.Fatalf("no %s incident", tt.typ)
			}
			if got[0] != tt.want {
				t.Errorf("%s on %v, want %s", tt.typ, got, tt.want)
			}
		})
	}
}

// TestPlaceDayOfClock: a clock time made a day keeps the date on the clock it
// was read on, or, an instant, the date at the act's place.
func TestPlaceDayOfClock(t *testing.T) {
	e := realExtractor(t)
	at := time.Date(2038, 3, 20, 0, 59, 0, 0, mexico) // 23:59 the day before in Tepic
	tepic := model.Location{StateCode: "18", MunicipalityCode: "18017"}
	tests := []struct {
		name  string
		loc   model.Location
		clock *time.Location
		want  string
	}{
		{"instant at Tepic", tepic, nil, "2038-03-19"},
		{"near miss: instant in Mexico City", model.Location{StateCode: "09"}, nil, "2038-03-20"},
		{"read on Mexico City's clock", tepic, mexico, "2038-03-20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := model.Incident{Location: tt.loc}
			if got := e.placeDay(&inc, at, tt.clock).Format(time.DateOnly); got != tt.want {
				t.Errorf("placeDay = %s, want %s", got, tt.want)
			}
		})
	}
}
