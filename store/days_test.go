package store

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestDayFilter checks the day bounds of the incident and event
// listings: an act's day is its place's calendar day (model.Location.Date).
// Times of 3 and 4 September 2023: a Tijuana act at 23:30 there on the 3rd
// (00:30 on the 4th in Mexico City), a Cancún act at 23:30 there on the
// 3rd (22:30 in Mexico City), a Culiacán act at 00:30 there on the 4th
// (01:30 in Mexico City), a Celaya act at 00:10 on the 4th, and one of
// no known place at 23:50 on the 3rd in Mexico City.
func TestDayFilter(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	zone := func(name string) *time.Location {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		return loc
	}
	at := func(loc string, day, h, m int) *time.Time {
		return tp(time.Date(2023, 9, day, h, m, 0, 0, zone(loc)))
	}
	places := []struct {
		id         string
		state, mun string
		t          *time.Time
	}{
		{"tij", "02", "02004", at("America/Tijuana", 3, 23, 30)},
		{"cun", "23", "23005", at("America/Cancun", 3, 23, 30)},
		{"cul", "25", "25006", at("America/Mazatlan", 4, 0, 30)},
		{"cel", "11", "11007", at("America/Mexico_City", 4, 0, 10)},
		{"nop", "", "", at("America/Mexico_City", 3, 23, 50)},
		{"unk", "11", "11007", nil},
	}
	var ins []model.Incident
	var evs []FusedEvent
	for _, p := range places {
		loc := model.Location{StateCode: p.state, MunicipalityCode: p.mun}
		ins = append(ins, model.Incident{ID: p.id, Type: model.Homicide, Location: loc, Time: p.t})
		ev := model.Event{ID: p.id, Type: model.Homicide, Location: loc, TimeStart: p.t, TimeEnd: p.t,
			Sources: 1, Reports: 1, IncidentIDs: []string{p.id}, ReportIDs: []string{"r"}}
		var keys []time.Time
		if p.t != nil {
			keys = []time.Time{*p.t}
		}
		evs = append(evs, FusedEvent{Event: ev, Keys: keys})
	}
	if _, err := s.Save(ctx, []Entry{{Report: model.Report{ID: "r", Text: "x"}, Incidents: ins}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveFusion(ctx, FusionBatch{Events: evs}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name         string
		since, until string
		want         string // ids in listing order
	}{
		{"the 3rd", "2023-09-03", "2023-09-03", "cun nop tij"},
		{"the 4th", "2023-09-04", "2023-09-04", "cel cul"},
		{"since the 4th", "2023-09-04", "", "cel cul"},
		{"until the 3rd", "", "2023-09-03", "cun nop tij"},
		{"the 2nd", "2023-09-02", "2023-09-02", ""},
	}
	for _, tt := range tests {
		var ids []string
		for _, l := range list(t, s, Filter{SinceDay: tt.since, UntilDay: tt.until}) {
			ids = append(ids, l.ID)
		}
		if got := strings.Join(ids, " "); got != tt.want {
			t.Errorf("incidents, %s: %q, want %q", tt.name, got, tt.want)
		}
		for _, limit := range []int{0, 10} {
			ids = ids[:0]
			for _, e := range events(t, s, EventFilter{SinceDay: tt.since, UntilDay: tt.until, Limit: limit}) {
				ids = append(ids, e.ID)
			}
			if got := strings.Join(ids, " "); got != tt.want {
				t.Errorf("events (limit %d), %s: %q, want %q", limit, tt.name, got, tt.want)
			}
			ids = ids[:0]
			if err := s.EventsJSON(ctx, EventFilter{SinceDay: tt.since, UntilDay: tt.until, Limit: limit}, func(e EventJSON) error {
				ids = append(ids, e.ID)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(ids, " "); got != tt.want {
				t.Errorf("events as JSON (limit %d), %s: %q, want %q", limit, tt.name, got, tt.want)
			}
		}
	}
}
