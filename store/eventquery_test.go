package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// gridEvent is an event at lon, lat and hour h of 1 January 2026 (UTC),
// emitted by fusion at its own key.
func gridEvent(id string, lon, lat float64, h int) FusedEvent {
	t := time.Date(2026, 1, 1, h, 0, 0, 0, time.UTC)
	return FusedEvent{Event: model.Event{
		ID: id, Type: model.Blockade, Sources: 1, Reports: 1,
		Location:  model.Location{Lat: &lat, Lon: &lon, Precision: model.GeoPoint},
		TimeStart: &t, TimeEnd: &t,
		IncidentIDs: []string{id + "-i"}, ReportIDs: []string{id + "-r"},
	}, Keys: []time.Time{t}, Closed: t.Unix(), JSON: []byte(`{"id":"` + id + `"}`)}
}

// eventsJSON lists the events of f with EventsJSON, as "id" for an event
// whose stored JSON is {"id":"<id>"}, "id!" for one whose JSON is other,
// "id?" for one without.
func eventsJSON(t *testing.T, s *Store, f EventFilter) string {
	t.Helper()
	var out []string
	err := s.EventsJSON(context.Background(), f, func(e EventJSON) error {
		switch {
		case e.JSON == nil:
			out = append(out, e.ID+"?")
		case string(e.JSON) != `{"id":"`+e.ID+`"}`:
			out = append(out, e.ID+"!")
		default:
			out = append(out, e.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(out, " ")
}

// TestEventsBBox checks the box filter on both of its paths: a sparse box
// (its events looked up in the R*Tree) and a dense one (denseBox events or
// more: the time range scanned in order), with pages and a cursor.
func TestEventsBBox(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	var b FusionBatch
	// A dense cluster of 300 events around (-103, 20), one an hour, and a
	// sparse one of 10 around (-90, 20); one event outside both.
	for i := range 300 {
		b.Events = append(b.Events, gridEvent(fmt.Sprintf("d%03d", i), -103+float64(i%10)/100, 20, i))
	}
	for i := range 10 {
		b.Events = append(b.Events, gridEvent(fmt.Sprintf("s%03d", i), -90, 20+float64(i)/100, i*5))
	}
	b.Events = append(b.Events, gridEvent("far", -110, 30, 5))
	untimed := gridEvent("s-untimed", -90, 20.5, 0)
	untimed.TimeStart, untimed.TimeEnd, untimed.Keys = nil, nil, nil
	b.Events = append(b.Events, untimed)
	// Two sparse events saved last (larger keys) that sort among the
	// others: one between s000 and s001, one at s001's time after it by id.
	b.Events = append(b.Events, gridEvent("s001b", -90, 20.3, 5), gridEvent("s000a", -90, 20.4, 2))
	if err := s.SaveFusion(ctx, b); err != nil {
		t.Fatal(err)
	}
	ids := func(es []model.Event) string {
		var out []string
		for _, e := range es {
			out = append(out, e.ID)
		}
		return strings.Join(out, " ")
	}
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	dense := &BBox{MinLon: -104, MinLat: 19, MaxLon: -102, MaxLat: 21}
	sparse := &BBox{MinLon: -91, MinLat: 19, MaxLon: -89, MaxLat: 21}
	tests := []struct {
		name string
		f    EventFilter
		want string
	}{
		{"sparse", EventFilter{BBox: sparse}, "s000 s000a s001 s001b s002 s003 s004 s005 s006 s007 s008 s009 s-untimed"},
		{"sparse page of all", EventFilter{BBox: sparse, Limit: 100}, "s000 s000a s001 s001b s002 s003 s004 s005 s006 s007 s008 s009 s-untimed"},
		{"sparse page after a tie", EventFilter{BBox: sparse, Limit: 2, After: &Cursor{Time: tp(day.Add(5 * time.Hour)), ID: "s001"}}, "s001b s002"},
		{"sparse page to the end", EventFilter{BBox: sparse, Limit: 20,
			After: &Cursor{Time: tp(day.Add(40 * time.Hour)), ID: "s008"}}, "s009 s-untimed"},
		{"sparse page after untimed", EventFilter{BBox: sparse, Limit: 20, After: &Cursor{ID: "s-untimed"}}, ""},
		{"sparse page typed", EventFilter{BBox: sparse, Type: model.Blockade, Limit: 2}, "s000 s000a"},
		{"sparse page other type", EventFilter{BBox: sparse, Type: model.Arson, Limit: 2}, ""},
		{"sparse page exact box", EventFilter{BBox: &BBox{MinLon: -91, MinLat: 20.015, MaxLon: -89, MaxLat: 20.03}, Limit: 5}, "s002 s003"},
		{"sparse in time", EventFilter{BBox: sparse, Since: day.Add(10 * time.Hour), Until: day.Add(20 * time.Hour)}, "s002 s003"},
		{"sparse page", EventFilter{BBox: sparse, Limit: 3}, "s000 s000a s001"},
		{"dense page", EventFilter{BBox: dense, Since: day, Until: day.Add(1000 * time.Hour), Limit: 3}, "d000 d001 d002"},
		{"dense page later", EventFilter{BBox: dense, Since: day.Add(100 * time.Hour), Until: day.Add(1000 * time.Hour), Limit: 2}, "d100 d101"},
		{"dense untimed", EventFilter{BBox: dense, Limit: 2}, "d000 d001"},
		{"dense after", EventFilter{BBox: dense, Since: day, Until: day.Add(1000 * time.Hour), Limit: 2,
			After: &Cursor{Time: tp(day.Add(298 * time.Hour)), ID: "d298"}}, "d299"},
		{"narrow", EventFilter{BBox: &BBox{MinLon: -103.005, MinLat: 19.9, MaxLon: -102.995, MaxLat: 20.1}, Limit: 3}, "d000 d010 d020"},
		{"none", EventFilter{BBox: &BBox{MinLon: 0, MinLat: 0, MaxLon: 1, MaxLat: 1}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(events(t, s, tt.f)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if got := eventsJSON(t, s, tt.f); got != tt.want {
				t.Errorf("as JSON: got %q, want %q", got, tt.want)
			}
		})
	}
	// The times and coordinates of a long listing, kept past their calls
	// (as pages keep them), are each event's own.
	var kept []EventJSON
	if err := s.EventsJSON(ctx, EventFilter{BBox: dense, Since: day, Until: day.Add(1000 * time.Hour)}, func(e EventJSON) error {
		kept = append(kept, e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(kept) != 300 {
		t.Fatalf("%d dense events listed, want 300", len(kept))
	}
	for i, e := range kept {
		lon := -103 + float64(i%10)/100
		if e.TimeStart == nil || !e.TimeStart.Equal(day.Add(time.Duration(i)*time.Hour)) || e.Lat == nil || *e.Lat != 20 || e.Lon == nil || *e.Lon != lon {
			t.Errorf("event %d (%s): time %v, lat %v, lon %v; want hour %d, 20, %v", i, e.ID, e.TimeStart, e.Lat, e.Lon, i, lon)
		}
	}
	got := events(t, s, EventFilter{BBox: sparse, Limit: 1})
	if len(got) != 1 || strings.Join(got[0].IncidentIDs, ",") != "s000-i" || strings.Join(got[0].ReportIDs, ",") != "s000-r" {
		t.Errorf("members of a listed event: %+v", got)
	}
}

// TestEventVersions checks the fusion sequence: a new or changed event
// gets the next number, one rewritten unchanged keeps its own, and
// ChangedEvents lists the events after a number in its order.
func TestEventVersions(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	latest := func() int64 {
		n, err := s.LatestEventChange(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	changed := func(after int64) string {
		var out []string
		err := s.ChangedEvents(ctx, after, 10, func(c EventChange) error {
			mark := ""
			if c.Removed {
				mark = "-"
				if c.Event.Type != "" {
					t.Errorf("removed event %s has content: %+v", c.Event.ID, c.Event)
				}
			}
			out = append(out, fmt.Sprintf("%s%s@%d", mark, c.Event.ID, c.Seq))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(out, " ")
	}
	if latest() != 0 || changed(0) != "" {
		t.Fatalf("an empty store has changes")
	}
	a, b := gridEvent("a", -103, 20, 1), gridEvent("b", -103, 20, 2)
	if err := s.SaveFusion(ctx, FusionBatch{Events: []FusedEvent{a, b}}); err != nil {
		t.Fatal(err)
	}
	if got := changed(0); got != "a@1 b@2" || latest() != 2 {
		t.Errorf("after two new events: %q, latest %d", got, latest())
	}
	// A rebuild rewrites both; b has a new toll, a is the same.
	b.Killed = &model.Count{N: 2}
	if err := s.SaveFusion(ctx, FusionBatch{Clear: &FuseScope{All: true}, Events: []FusedEvent{a, b}, Reindex: true}); err != nil {
		t.Fatal(err)
	}
	if got := changed(0); got != "a@1 b@3" || latest() != 3 {
		t.Errorf("after b changed: %q, latest %d", got, latest())
	}
	if got := changed(1); got != "b@3" {
		t.Errorf("changes after 1: %q", got)
	}
	if got := changed(3); got != "" {
		t.Errorf("changes after the last: %q", got)
	}
	// A rebuild that leaves b out: b is listed as removed, after a.
	if err := s.SaveFusion(ctx, FusionBatch{Clear: &FuseScope{All: true}, Events: []FusedEvent{a}, Reindex: true}); err != nil {
		t.Fatal(err)
	}
	if got := changed(0); got != "a@1 -b@4" || latest() != 4 {
		t.Errorf("after b was removed: %q, latest %d", got, latest())
	}
	// The spatial index was emptied and filled again by the rebuilds.
	if got := events(t, s, EventFilter{BBox: &BBox{MinLon: -104, MinLat: 19, MaxLon: -102, MaxLat: 21}}); len(got) != 1 || got[0].ID != "a" {
		t.Errorf("box after rebuilds: %+v", got)
	}
	// An incremental run in two batches: the first deletes c and d (as
	// when a new report joins them into one), the last writes d again
	// with c's incident and says it is the run's end. c alone is removed;
	// d changed.
	c, d := gridEvent("c", -103, 20, 3), gridEvent("d", -103, 20, 4)
	if err := s.SaveFusion(ctx, FusionBatch{Events: []FusedEvent{c, d}, Done: 1}); err != nil {
		t.Fatal(err)
	}
	if got := changed(4); got != "c@5 d@6" {
		t.Errorf("after c and d: %q", got)
	}
	if err := s.SaveFusion(ctx, FusionBatch{Delete: []string{"c", "d", "never"}}); err != nil {
		t.Fatal(err)
	}
	if got := changed(4); got != "" {
		t.Errorf("in the middle of a run: %q; want nothing until its end", got)
	}
	d.IncidentIDs = append(d.IncidentIDs, "c-i")
	if err := s.SaveFusion(ctx, FusionBatch{Events: []FusedEvent{d}, Done: 2}); err != nil {
		t.Fatal(err)
	}
	if got := changed(4); got != "d@7 -c@8" {
		t.Errorf("after c was merged into d: %q", got)
	}
	// A later run that writes c again (its digest is no longer the one
	// of its content) lists it anew; one that changes nothing lists
	// nothing.
	c.IncidentIDs = []string{"c-j"}
	if err := s.SaveFusion(ctx, FusionBatch{Events: []FusedEvent{c}, Done: 3}); err != nil {
		t.Fatal(err)
	}
	if got := changed(8); got != "c@9" {
		t.Errorf("after c came back: %q", got)
	}
	if err := s.SaveFusion(ctx, FusionBatch{Done: 4}); err != nil {
		t.Fatal(err)
	}
	if got := changed(9); got != "" {
		t.Errorf("after an empty run: %q", got)
	}
	// A run that clears the events open from hour 3 on (c at hour 3, d at
	// hour 4; a, at hour 1, is before) in its first batch and writes d
	// alone, unchanged, in its last: c is removed, d is not sent again.
	from := time.Date(2026, 1, 1, 3, 0, 0, 0, time.UTC)
	if err := s.SaveFusion(ctx, FusionBatch{Clear: &FuseScope{From: &from}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveFusion(ctx, FusionBatch{Events: []FusedEvent{d}, Done: 5}); err != nil {
		t.Fatal(err)
	}
	if got := changed(9); got != "-c@10" {
		t.Errorf("after a run from hour 3: %q", got)
	}
}

// TestEventsJSONNotStored checks that an event saved without its JSON (as
// before schema version 7) is listed with none, among others with theirs.
func TestEventsJSONNotStored(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	a, b, c := gridEvent("a", -103, 20, 1), gridEvent("b", -103, 20, 2), gridEvent("c", -103, 20, 3)
	b.JSON = nil
	if err := s.SaveFusion(ctx, FusionBatch{Events: []FusedEvent{a, b, c}}); err != nil {
		t.Fatal(err)
	}
	if got, want := eventsJSON(t, s, EventFilter{}), "a b? c"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := eventsJSON(t, s, EventFilter{Limit: 1, After: &Cursor{Time: a.TimeStart, ID: "a"}}), "b?"; got != want {
		t.Errorf("page after a: got %q, want %q", got, want)
	}
}

// TestFillEventJSON checks that the events stored without JSON get what
// encode returns for them, read back whole, and the others keep theirs.
func TestFillEventJSON(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	a, b, c := gridEvent("a", -103, 20, 1), gridEvent("b", -103, 20, 2), gridEvent("c", -103, 20, 3)
	a.JSON, c.JSON = []byte(`{"kept":1}`), nil
	b.JSON = nil
	if err := s.SaveFusion(ctx, FusionBatch{Events: []FusedEvent{a, b, c}}); err != nil {
		t.Fatal(err)
	}
	encode := func(e model.Event) ([]byte, error) {
		return []byte(`{"id":"` + e.ID + `"}`), nil
	}
	if n, err := s.FillEventJSON(ctx, encode); n != 2 || err != nil {
		t.Fatalf("filled %d, %v; want 2", n, err)
	}
	if got, want := eventsJSON(t, s, EventFilter{}), "a! b c"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if n, err := s.FillEventJSON(ctx, encode); n != 0 || err != nil {
		t.Errorf("filled %d, %v again; want 0", n, err)
	}
}

// TestEventsSparseOrder checks that a sparse box filtered by nothing but
// time and a cursor (which event_geo alone could answer) lists, page by
// page, what the same box lists with a condition that needs the events
// table and holds for every event (MinSources 1), and that both are the
// box's events by start time then id, unknown times last: on events that
// tie on their time, untimed ones, and one just outside the box.
func TestEventsSparseOrder(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	var b FusionBatch
	// 40 events in 8 hours (five at each, h<7-hour>-<n>: the ids of a
	// later hour sort first), saved out of order, and 6 untimed (a<n>:
	// their ids sort before all), around (-90, 20).
	var want []string
	for i := range 40 {
		k := (i * 17) % 40
		id := fmt.Sprintf("h%d-%d", 7-k/5, k%5)
		b.Events = append(b.Events, gridEvent(id, -90+float64(i)/1000, 20, k/5))
	}
	for k := range 40 {
		want = append(want, fmt.Sprintf("h%d-%d", 7-k/5, k%5)) // hour k/5, then id
	}
	for i := range 6 {
		u := gridEvent(fmt.Sprintf("a%d", (i*5)%6), -90, 20+float64(i)/1000, 0)
		u.TimeStart, u.TimeEnd, u.Keys = nil, nil, nil
		b.Events = append(b.Events, u)
	}
	for i := range 6 {
		want = append(want, fmt.Sprintf("a%d", i))
	}
	b.Events = append(b.Events, gridEvent("out", -89.0005, 20, 3)) // within the R*Tree's margin only
	if err := s.SaveFusion(ctx, b); err != nil {
		t.Fatal(err)
	}
	box := &BBox{MinLon: -91, MinLat: 19, MaxLon: -89.001, MaxLat: 21}
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name         string
		since, until time.Time
		want         []string
	}{
		{"all", time.Time{}, time.Time{}, want},
		{"hours 2 to 5", day.Add(2 * time.Hour), day.Add(5 * time.Hour), want[10:25]},
		{"since hour 6", day.Add(6 * time.Hour), time.Time{}, want[30:40]},
	}
	for _, tt := range tests {
		for _, page := range []int{1, 3, 5, 7, 100} {
			t.Run(fmt.Sprintf("%s/page %d", tt.name, page), func(t *testing.T) {
				for _, tableCond := range []int{0, 1} {
					f := EventFilter{BBox: box, Since: tt.since, Until: tt.until, Limit: page, MinSources: tableCond}
					var got []string
					for range len(want) + 2 {
						var list, listJSON []string
						err := s.Events(ctx, f, func(e model.Event) error {
							list = append(list, e.ID)
							f.After = &Cursor{Time: e.TimeStart, ID: e.ID}
							return nil
						})
						if err != nil {
							t.Fatal(err)
						}
						g := f
						g.After = nil
						if len(got) > 0 {
							g.After = &Cursor{ID: got[len(got)-1]}
							if e := find(b.Events, got[len(got)-1]); e.TimeStart != nil {
								g.After.Time = e.TimeStart
							}
						}
						if j := eventsJSON(t, s, g); j != "" {
							listJSON = strings.Split(j, " ")
						}
						if strings.Join(list, " ") != strings.Join(listJSON, " ") {
							t.Fatalf("min sources %d, after %v: Events %v, EventsJSON %v", tableCond, g.After, list, listJSON)
						}
						if len(list) == 0 {
							break
						}
						got = append(got, list...)
					}
					if strings.Join(got, " ") != strings.Join(tt.want, " ") {
						t.Errorf("min sources %d: got %v, want %v", tableCond, got, tt.want)
					}
				}
			})
		}
	}
}

// find returns the event of events with this id.
func find(events []FusedEvent, id string) model.Event {
	for _, e := range events {
		if e.ID == id {
			return e.Event
		}
	}
	return model.Event{}
}
