package fuse

import (
	"reflect"
	"slices"
	"testing"
)

// checkResumes fuses items in one pass, then once for each item with a
// key, as an incremental run resuming at that key does: it replays the
// items before that key of the events the pass closed at or after it, as
// the pass recorded them (trail, holds), adds the denials before it and
// matches every item from it on. The resumed run must emit exactly the
// events the pass closed at or after the key, each whole.
func checkResumes(t *testing.T, cfg Config, items []Item) {
	t.Helper()
	items = slices.Clone(items)
	slices.SortStableFunc(items, func(a, b Item) int { return a.Order().Compare(b.Order()) })
	var full []Fused
	f := New(cfg, func(ev Fused) error { full = append(full, ev); return nil })
	for _, it := range items {
		if err := f.Add(it); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	type at struct{ ev, i int }
	where := map[string]at{}
	for e, ev := range full {
		for i, id := range ev.IncidentIDs {
			where[id] = at{e, i}
		}
	}
	for cut, it := range items {
		from, ok := it.Key()
		if !ok || cut > 0 && items[cut-1].Incident.Time != nil && func() bool { k, _ := items[cut-1].Key(); return k.Equal(from) }() {
			continue // one cut a key
		}
		want := map[string]Fused{}
		for _, ev := range full {
			if Open(ev.Closed, from) {
				want[ev.ID] = ev
			}
		}
		got := map[string]Fused{}
		f := New(cfg, func(ev Fused) error { got[ev.ID] = ev; return nil })
		for _, x := range items {
			k, timed := x.Key()
			var err error
			switch w, in := where[x.Incident.ID]; {
			case timed && k.Before(from) && in:
				ev := full[w.ev]
				if !Open(ev.Closed, from) {
					continue
				}
				err = f.Replay(x, Stored{Event: ev.ID, Trail: ev.Trails[w.i], Holds: ev.Holds}, from)
			case timed && k.Before(from) && !x.Incident.Denial:
				t.Fatalf("incident %s is in no event", x.Incident.ID)
			default:
				err = f.Add(x)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		for id, ev := range want {
			if g, ok := got[id]; !ok || !reflect.DeepEqual(g, ev) {
				t.Errorf("resumed at %v: event %s is %v (closed %d), want %v (closed %d, trails %q)", from, id, g.IncidentIDs, g.Closed, ev.IncidentIDs, ev.Closed, ev.Trails)
			}
		}
		for id, ev := range got {
			if _, ok := want[id]; !ok {
				t.Errorf("resumed at %v: event %s %v made, not open there in one pass", from, id, ev.IncidentIDs)
			}
		}
	}
}

// TestTrailRoundTrip: a member's trail and an event's holds read back as
// written.
func TestTrailRoundTrip(t *testing.T) {
	for _, m := range []*member{
		{},
		{overruled: true},
		{past: []Stay{{Event: "ev-1-a", Until: 17}}},
		{past: []Stay{{Event: "ev-1-a", Until: -3, Overruled: true}, {Event: "ev-2-b", Until: closing}}, overruled: true},
	} {
		past, o, err := parseTrail(m.trail())
		if err != nil || !slices.Equal(past, m.past) || o != m.overruled {
			t.Errorf("trail %q read as %v %v %v, want %v %v", m.trail(), past, o, err, m.past, m.overruled)
		}
	}
	hs := []Hold{{At: 1, Bucket: 2}, {At: 1767762000, Bucket: 490000}}
	if got, err := parseHolds(holdsText(hs)); err != nil || !slices.Equal(got, hs) {
		t.Errorf("holds %q read as %v %v", holdsText(hs), got, err)
	}
	if _, _, err := parseTrail("ev-1@x"); err == nil {
		t.Error("a bad trail was read")
	}
}
