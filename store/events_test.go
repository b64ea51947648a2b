package store

import (
	"context"
	"errors"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

func events(tb testing.TB, s *Store, f EventFilter) []model.Event {
	tb.Helper()
	var out []model.Event
	if err := s.Events(context.Background(), f, func(e model.Event) error {
		out = append(out, e)
		return nil
	}); err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestEventsRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	var entries []Entry
	for i := range 4 {
		entries = append(entries, entry(i, 1))
	}
	entries[3].Incidents[0].Denial = true
	if _, err := s.Save(ctx, entries); err != nil {
		t.Fatal(err)
	}
	// What fusion would read: every incident, in order, nothing fused yet.
	var got []FuseInput
	var scope FuseScope
	err := s.FuseInputs(ctx, false, 8*24*time.Hour, 14*24*time.Hour,
		func(sc FuseScope) error { scope = sc; return nil },
		func(in FuseInput) error { got = append(got, in); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if scope.All || scope.From == nil || !scope.From.Equal(*entries[0].Incidents[0].Time) {
		t.Errorf("scope %+v, want from the first incident's time", scope)
	}
	if len(got) != 4 || got[0].ID != "h00000000-0" || !got[3].Denial || got[0].ReportText == "" ||
		got[0].Source != "diario-ficticio" || got[0].Kind != model.KindNews || len(got[0].Actors) != 1 ||
		len(got[0].Evidence) != 1 || got[0].Evidence[0].Text != entries[0].Incidents[0].Evidence[0].Text {
		t.Fatalf("inputs %+v", got)
	}

	t0 := *entries[0].Incidents[0].Time
	t1 := *entries[1].Incidents[0].Time
	ev := model.Event{
		ID: "ev-a", Type: model.Blockade, Location: entries[0].Incidents[0].Location,
		TimeStart: &t0, TimeEnd: &t1, TimePrecision: model.TimeHour,
		Counts:   model.Counts{Killed: &model.Count{N: 3, AtLeast: true}},
		Severity: 2, Confidence: 0.7, Sources: 1, Reports: 2, Outlets: []string{"diario-ficticio"},
		Actors:      entries[0].Incidents[0].Actors,
		IncidentIDs: []string{"h00000000-0", "h00000001-0"}, ReportIDs: []string{"h00000000", "h00000001"},
		Contradictions: []model.Contradiction{
			{Field: "killed", Values: []model.ClaimedValue{{Value: "3", ReportIDs: []string{"h00000000"}}, {Value: "4", ReportIDs: []string{"h00000001"}}}},
			{Field: "occurred", Values: []model.ClaimedValue{{Value: "yes", ReportIDs: []string{"h00000000", "h00000001"}}, {Value: "no", ReportIDs: []string{"h00000003"}}}},
		},
		Tolls: []model.TollChange{{Time: t0, Field: "killed", N: 3, ReportID: "h00000000"}, {Time: t1, Field: "killed", N: 4, ReportID: "h00000001"}},
	}
	ev.Location.Neighborhood = "Las Quintas"
	ev2 := model.Event{ID: "ev-b", Type: model.Blockade, Sources: 1, Reports: 1, IncidentIDs: []string{"h00000002-0"}, ReportIDs: []string{"h00000002"},
		Location: model.Location{StateCode: "16", State: "Michoacán", Precision: model.GeoState}, TimeStart: tp(t1.Add(time.Hour)), TimeEnd: tp(t1.Add(time.Hour))}
	b := FusionBatch{
		Clear:    &scope,
		Events:   []FusedEvent{{Event: ev, Keys: []time.Time{t0, t1}}, {Event: ev2, Keys: []time.Time{t1.Add(time.Hour)}}},
		Denials:  []FusedDenial{{IncidentID: "h00000003-0", ReportID: "h00000003", Key: *entries[3].Incidents[0].Time}},
		Sketches: map[string][]byte{"h00000000": make([]byte, 128)},
	}
	if err := s.SaveFusion(ctx, b); err != nil {
		t.Fatal(err)
	}
	all := events(t, s, EventFilter{})
	if len(all) != 2 {
		t.Fatalf("%d events, want 2", len(all))
	}
	if !reflect.DeepEqual(all[0], ev) {
		t.Errorf("event read back\n%+v\nwant\n%+v", all[0], ev)
	}
	for _, tt := range []struct {
		name string
		f    EventFilter
		want []string
	}{
		{"state", EventFilter{StateCode: "16"}, []string{"ev-b"}},
		{"since", EventFilter{Since: t1}, []string{"ev-b"}},
		{"until", EventFilter{Until: t1}, []string{"ev-a"}},
		{"min sources", EventFilter{MinSources: 2}, nil},
		{"limit", EventFilter{Limit: 1}, []string{"ev-a"}},
		{"type", EventFilter{Type: model.Homicide}, nil},
	} {
		var ids []string
		for _, e := range events(t, s, tt.f) {
			ids = append(ids, e.ID)
		}
		if !reflect.DeepEqual(ids, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, ids, tt.want)
		}
	}
	// Everything is fused now: nothing to do, and the sketch is stored.
	err = s.FuseInputs(ctx, false, 8*24*time.Hour, 14*24*time.Hour,
		func(sc FuseScope) error { scope = sc; return nil },
		func(in FuseInput) error { t.Errorf("read %s again", in.ID); return nil })
	if err != nil || !scope.Empty() {
		t.Errorf("scope %+v, err %v: want nothing to fuse", scope, err)
	}
}

// TestFuseInputOf checks that an incident as a caller holds it after
// storing it is exactly what FuseInputs reads back from the store: with
// sub-second times, a missing id, several evidence spans, a report with no
// publication time, a NaN coordinate and no evidence at all.
func TestFuseInputOf(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	entries := []Entry{entry(0, 3), entry(1, 1), entry(2, 2)}
	e := &entries[0]
	e.Report.Published = e.Report.Published.Add(700 * time.Millisecond)
	in := &e.Incidents[1]
	in.ID = ""
	in.Time = tp(in.Time.Add(300 * time.Millisecond).In(time.FixedZone("CST", -6*3600)))
	in.TimePrecision = model.TimeMinute
	in.Location = model.Location{StateCode: "14", State: "Jalisco", MunicipalityCode: "14039",
		Municipality: "Guadalajara", Locality: "Centro", Place: "avenida Juárez", Neighborhood: "Americana",
		Lat: fp(20.6767), Lon: fp(math.NaN()), Precision: model.GeoPoint, Basis: "text"}
	s0, e0 := sentence(e.Report.Text, 1)
	in.Evidence = append(in.Evidence, model.Span{Start: s0, End: e0})
	in.Actors = append(in.Actors, model.Actor{Name: "Guardia Nacional", Kind: model.StateForce})
	entries[1].Report.Published = time.Time{}
	entries[1].Incidents[0].Time = nil
	entries[2].Incidents[0].Evidence = nil
	entries[2].Incidents[1].Denial = true
	if _, err := s.Save(ctx, entries); err != nil {
		t.Fatal(err)
	}
	stored := map[string]FuseInput{}
	err := s.FuseInputs(ctx, false, 8*24*time.Hour, 14*24*time.Hour,
		func(FuseScope) error { return nil },
		func(in FuseInput) error { stored[in.ID] = in; return nil })
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		for k := range e.Incidents {
			held, ok := FuseInputOf(&e.Report, k, &e.Incidents[k])
			if !ok {
				t.Fatalf("incident %d of %s cannot be held", k, e.Report.ID)
			}
			got, found := stored[held.ID]
			if !found {
				t.Fatalf("incident %q held but not read back (ids %v)", held.ID, len(stored))
			}
			got.Sketch, got.ReportText, got.ReportLang = nil, "", ""
			if !reflect.DeepEqual(held, got) {
				t.Errorf("incident %q\nheld   %+v\nstored %+v", held.ID, held, got)
			}
			n++
		}
	}
	if n != 6 || len(stored) != 6 {
		t.Errorf("%d incidents held, %d read back; want 6", n, len(stored))
	}
	// A span into another report cannot be held.
	x := entry(3, 1)
	x.Incidents[0].Evidence[0].ReportID = "otro"
	if _, ok := FuseInputOf(&x.Report, 0, &x.Incidents[0]); ok {
		t.Error("an incident with evidence in another report was held")
	}
}

// TestFuseInputsHeld checks that the store leaves out the incidents a
// caller holds, counts them in the scope, and refuses when it has not as
// many as the caller says.
func TestFuseInputsHeld(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	if _, err := s.Save(ctx, []Entry{entry(0, 1), entry(1, 1)}); err != nil {
		t.Fatal(err)
	}
	above, err := s.MaxIncident(ctx)
	if err != nil || above != 2 {
		t.Fatalf("MaxIncident = %d, %v; want 2", above, err)
	}
	late := entry(2, 1)
	early := *late.Incidents[0].Time
	early = early.Add(-10 * time.Hour) // before the others
	late.Incidents[0].Time = &early
	if _, err := s.Save(ctx, []Entry{late}); err != nil {
		t.Fatal(err)
	}
	upto, _ := s.MaxIncident(ctx)
	h := Held{Above: above, Upto: upto, Count: 1, From: &early}
	var got []string
	var scope FuseScope
	err = s.FuseInputsHeld(ctx, h, 8*24*time.Hour, 14*24*time.Hour,
		func(sc FuseScope) error { scope = sc; return nil },
		func(in FuseInput) error { got = append(got, in.ID); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if scope.From == nil || !scope.From.Equal(early) {
		t.Errorf("scope from %v, want the held incident's %v", scope.From, early)
	}
	if len(got) != 2 || got[0] != "h00000000-0" || got[1] != "h00000001-0" {
		t.Errorf("read %q, want the two incidents not held", got)
	}
	h.Count = 2
	err = s.FuseInputsHeld(ctx, h, 8*24*time.Hour, 14*24*time.Hour,
		func(FuseScope) error { return nil }, func(FuseInput) error { return nil })
	if !errors.Is(err, ErrHeld) {
		t.Errorf("holding 2 of 1 stored: err %v, want ErrHeld", err)
	}
}

// TestRebuildForeignKeys checks that a rebuild's first batch, which empties
// the events tables with foreign keys off, turns them back on for the
// writer's connection, whether the batch is committed or fails, and still
// empties the tables that refer to events.
func TestRebuildForeignKeys(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	a := gridEvent("a", -103, 20, 1)
	a.Tolls = []model.TollChange{{Time: *a.TimeStart, Field: "killed", N: 1, ReportID: "r"}}
	a.Contradictions = []model.Contradiction{{Field: "type", Values: []model.ClaimedValue{{Value: "x"}}}}
	if err := s.SaveFusion(ctx, FusionBatch{Events: []FusedEvent{a}, Done: 1}); err != nil {
		t.Fatal(err)
	}
	b := gridEvent("b", -103, 20, 2)
	for _, tc := range []struct {
		name    string
		write   []FusedEvent // twice the same id fails once the tables are emptied
		wantErr bool
		events  string
	}{
		{"failed", []FusedEvent{b, b}, true, "a"},
		{"committed", []FusedEvent{b}, false, "b"},
	} {
		err := s.SaveFusion(ctx, FusionBatch{Clear: &FuseScope{All: true}, Events: tc.write, Reindex: true, Done: 1})
		if (err != nil) != tc.wantErr {
			t.Fatalf("%s: SaveFusion: %v", tc.name, err)
		}
		var fk int
		if err := s.w.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
			t.Errorf("%s: foreign_keys = %d, %v; want 1", tc.name, fk, err)
		}
		var ids string
		if err := s.r.QueryRowContext(ctx, "SELECT group_concat(id) FROM events").Scan(&ids); err != nil || ids != tc.events {
			t.Errorf("%s: events %q, %v; want %q", tc.name, ids, err, tc.events)
		}
	}
	for _, table := range []string{"event_tolls", "event_contradictions"} {
		var n int
		if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d rows, %v; want none after the rebuild", table, n, err)
		}
	}
}

// TestRebuildCutShort checks that a rebuild cut short after its first batch
// leaves the incidents it had not written for the next incremental run,
// even those stored before the last run's end.
func TestRebuildCutShort(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	if _, err := s.Save(ctx, []Entry{entry(0, 1), entry(1, 1), entry(2, 1)}); err != nil {
		t.Fatal(err)
	}
	ev := func(id string, incidents ...string) FusedEvent {
		e := gridEvent(id, -103, 20, 1)
		e.IncidentIDs, e.ReportIDs, e.Keys = incidents, make([]string, len(incidents)), nil
		e.Closed = math.MaxInt64 // open at the end of its run
		return e
	}
	all := ev("a", "h00000000-0", "h00000001-0", "h00000002-0")
	if err := s.SaveFusion(ctx, FusionBatch{Events: []FusedEvent{all}, Done: 3}); err != nil {
		t.Fatal(err)
	}
	// The rebuild's first batch, and no other.
	first := ev("b", "h00000000-0")
	if err := s.SaveFusion(ctx, FusionBatch{Clear: &FuseScope{All: true}, Events: []FusedEvent{first}}); err != nil {
		t.Fatal(err)
	}
	var scope FuseScope
	var got []string
	err := s.FuseInputs(ctx, false, 8*24*time.Hour, 14*24*time.Hour,
		func(sc FuseScope) error { scope = sc; return nil },
		func(in FuseInput) error { got = append(got, in.ID); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if scope.Unfused != 2 || len(got) != 3 {
		t.Errorf("after a rebuild cut short: %d unfused, read %q; want 2 unfused, all 3 read", scope.Unfused, got)
	}
}
