package store

import (
	"context"
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
