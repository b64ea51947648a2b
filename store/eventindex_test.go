package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// indexTestEvents returns n events made to try the event index's edges:
// start times on a grid of hours (many ties, ids not in the order of
// saving), one in eight untimed, coordinates on a grid of half degrees
// (many on a box's edges) or unknown, a few states (on four clocks,
// Baja California's and Quintana Roo's among them), municipalities,
// types, severities and counts of sources.
func indexTestEvents(rng *rand.Rand, n int, prefix string) []FusedEvent {
	states := []string{"", "14", "09", "16", "02", "23"}
	out := make([]FusedEvent, 0, n)
	for i := range n {
		id := fmt.Sprintf("%s%04x", prefix, rng.IntN(1<<16)) + fmt.Sprint(i)
		e := gridEvent(id, -105+float64(rng.IntN(13))/2, 17+float64(rng.IntN(9))/2, rng.IntN(48))
		e.Type = model.IncidentTypes()[rng.IntN(4)]
		e.Severity = rng.IntN(5)
		e.Sources = 1 + rng.IntN(4)
		if st := states[rng.IntN(len(states))]; st != "" {
			e.Location.StateCode = st
			e.Location.MunicipalityCode = st + fmt.Sprintf("%03d", 1+rng.IntN(3))
		}
		switch rng.IntN(12) {
		case 0:
			e.TimeStart, e.TimeEnd, e.Keys = nil, nil, nil
		case 1:
			e.Location.Lat, e.Location.Lon = nil, nil
		case 2:
			e.Location.Lat = nil
		}
		e.JSON = []byte(`{"id":"` + id + `"}`)
		out = append(out, e)
	}
	return out
}

// indexTestFilter returns a random filter of the kinds a page of events
// is asked with.
func indexTestFilter(rng *rand.Rand) EventFilter {
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	f := EventFilter{Limit: 1 + rng.IntN(40)}
	if rng.IntN(4) > 0 {
		lon, lat := -105+float64(rng.IntN(13))/2, 17+float64(rng.IntN(9))/2
		f.BBox = &BBox{MinLon: lon, MinLat: lat, MaxLon: lon + float64(rng.IntN(7))/2, MaxLat: lat + float64(rng.IntN(7))/2}
	}
	if rng.IntN(3) > 0 {
		f.Since = day.Add(time.Duration(rng.IntN(50)-1) * time.Hour)
	}
	if rng.IntN(3) > 0 {
		f.Until = day.Add(time.Duration(rng.IntN(50)) * time.Hour)
	}
	switch rng.IntN(8) {
	case 0:
		f.Type = model.IncidentTypes()[rng.IntN(5)] // the fifth is in no event
	case 1:
		f.StateCode = []string{"14", "09", "31"}[rng.IntN(3)]
	case 2:
		f.MunicipalityCode = []string{"14001", "09002", "16003", "16009"}[rng.IntN(4)]
	case 3:
		f.MinSeverity = rng.IntN(5)
	case 4:
		f.MinSources = rng.IntN(5)
	}
	// Days at the events' places, from the day before the first event's
	// to the day after the last's, or no date.
	for _, d := range []*string{&f.SinceDay, &f.UntilDay} {
		switch k := rng.IntN(12); {
		case k < 4:
			*d = day.AddDate(0, 0, k-1).Format(time.DateOnly)
		case k == 4:
			*d = "2026-1-1"
		}
	}
	return f
}

// pageLists lists every page of f by list (EventsJSON or its SQL path),
// following the cursors, as lines of id, time, coordinates and JSON.
func pageLists(t *testing.T, f EventFilter, list func(EventFilter, func(EventJSON) error) error) []string {
	t.Helper()
	var pages []string
	for range 2000 {
		var (
			b    strings.Builder
			last *EventJSON
			n    int
		)
		err := list(f, func(e EventJSON) error {
			fmt.Fprintf(&b, "%s %v %v %v %s\n", e.ID, deref(e.TimeStart), deref(e.Lat), deref(e.Lon), e.JSON)
			c := e
			c.JSON = nil
			last = &c
			n++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, b.String())
		if n < f.Limit {
			return pages
		}
		f.After = &Cursor{Time: last.TimeStart, ID: last.ID}
	}
	t.Fatalf("more than 2000 pages of %+v", f)
	return nil
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// eventListers returns EventsJSON's two paths in s: by the event index
// (failing t when the index does not answer) and by SQL alone.
func eventListers(t *testing.T, s *Store) (indexed, bySQL func(EventFilter, func(EventJSON) error) error) {
	ctx := context.Background()
	indexed = func(f EventFilter, fn func(EventJSON) error) error {
		done, err := s.indexedEventsJSON(ctx, f, fn)
		if err == nil && !done {
			t.Fatalf("the index did not answer %+v", f)
		}
		return err
	}
	bySQL = func(f EventFilter, fn func(EventJSON) error) error { return s.sqlEventsJSON(ctx, f, fn) }
	return indexed, bySQL
}

// sameAsSQL checks that EventsJSON (the index) pages n random filters as
// the SQL path does.
func sameAsSQL(t *testing.T, s *Store, rng *rand.Rand, n int) {
	t.Helper()
	indexed, bySQL := eventListers(t, s)
	for range n {
		f := indexTestFilter(rng)
		got, want := pageLists(t, f, indexed), pageLists(t, f, bySQL)
		if strings.Join(got, "--\n") != strings.Join(want, "--\n") {
			t.Fatalf("filter %+v (box %+v):\nindex:\n%s\nSQL:\n%s", f, deref(f.BBox), strings.Join(got, "--\n"), strings.Join(want, "--\n"))
		}
	}
}

// TestEventIndexSameAsSQL checks that pages selected by the event index
// are those of the SQL path, page by page through the cursors, over
// random filters; and again after fusion adds, changes and removes
// events, in this process and in another.
func TestEventIndexSameAsSQL(t *testing.T) {
	ctx := context.Background()
	s, path := open(t)
	rng := rand.New(rand.NewPCG(7, 8))
	evs := indexTestEvents(rng, 1500, "e")
	if err := s.SaveFusion(ctx, FusionBatch{Events: evs, Done: 1}); err != nil {
		t.Fatal(err)
	}
	sameAsSQL(t, s, rng, 300)

	// A run that deletes a hundred events, changes a hundred (moved an
	// hour and half a degree), adds a hundred and ends.
	var b FusionBatch
	for _, e := range evs[:100] {
		b.Delete = append(b.Delete, e.ID)
	}
	for _, e := range evs[100:200] {
		b.Delete = append(b.Delete, e.ID)
		if e.TimeStart != nil {
			e.TimeStart = tp(e.TimeStart.Add(time.Hour))
		}
		if e.Location.Lon != nil {
			e.Location.Lon = fp(*e.Location.Lon + 0.5)
		}
		b.Events = append(b.Events, e)
	}
	b.Events = append(b.Events, indexTestEvents(rng, 100, "n")...)
	b.Done = 2
	if err := s.SaveFusion(ctx, b); err != nil {
		t.Fatal(err)
	}
	sameAsSQL(t, s, rng, 200)

	// Another process's run.
	o, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	if err := o.SaveFusion(ctx, FusionBatch{Events: indexTestEvents(rng, 50, "o"), Delete: []string{evs[300].ID}, Done: 3}); err != nil {
		t.Fatal(err)
	}
	sameAsSQL(t, s, rng, 200)
}

// TestEventIndexMidRun checks the index while a fusion run is halfway:
// an event it deleted is not listed, and one it writes again with the
// same content (which keeps its sequence number) is listed again.
func TestEventIndexMidRun(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	a, b, c := gridEvent("a", -103, 20, 1), gridEvent("b", -103, 20, 2), gridEvent("c", -103, 20, 3)
	if err := s.SaveFusion(ctx, FusionBatch{Events: []FusedEvent{a, b, c}, Done: 1}); err != nil {
		t.Fatal(err)
	}
	f := EventFilter{BBox: &BBox{MinLon: -104, MinLat: 19, MaxLon: -102, MaxLat: 21}, Limit: 3}
	a4 := gridEvent("a", -103, 20, 4)
	steps := []struct {
		name string
		runs []FusionBatch
		want string
	}{
		{"stored", nil, "a b c"},
		{"b deleted mid-run", []FusionBatch{{Delete: []string{"b"}}}, "a c"},
		{"b written again, same content", []FusionBatch{{Events: []FusedEvent{b}}}, "a b c"},
		// a's new number is read with a absent: its entry is dropped,
		// and it is looked for again at each read.
		{"a changed, then deleted", []FusionBatch{{Delete: []string{"a"}, Events: []FusedEvent{a4}}, {Delete: []string{"a"}}}, "b c"},
		{"a written again, same content", []FusionBatch{{Events: []FusedEvent{a4}}}, "b c a"},
		{"c removed at the run's end", []FusionBatch{{Delete: []string{"c"}, Done: 2}}, "b a"},
	}
	for _, st := range steps {
		for _, run := range st.runs {
			if err := s.SaveFusion(ctx, run); err != nil {
				t.Fatal(err)
			}
		}
		if got := eventsJSON(t, s, f); got != st.want {
			t.Errorf("%s: got %q, want %q", st.name, got, st.want)
		}
		if want := s.sqlJSON(t, f); want != st.want {
			t.Errorf("%s: the SQL path lists %q", st.name, want)
		}
		if x := s.index.cur.Load(); x == nil {
			t.Errorf("%s: no index made", st.name)
		}
	}
}

// sqlJSON lists the events of f as eventsJSON does, by the SQL path.
func (s *Store) sqlJSON(t *testing.T, f EventFilter) string {
	t.Helper()
	var out []string
	if err := s.sqlEventsJSON(context.Background(), f, func(e EventJSON) error {
		out = append(out, e.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return strings.Join(out, " ")
}

// BenchmarkEventIndex makes indexes of 100,000 and 1,000,000 generated
// events (ids of 15 bytes, as the API benchmark's) and reports the heap
// they take an event, and the time to select a page of a box and a
// window of one to seven days among events spread over 60 days.
func BenchmarkEventIndex(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			var m0, m1 runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&m0)
			rows := make([]indexRow, n)
			start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
			for i := range rows {
				rows[i] = indexRow{
					pk: sql.NullInt64{Int64: int64(i + 1), Valid: true}, id: fmt.Sprintf("ev-bench-%06d", i),
					ts:  sql.NullInt64{Int64: start + rng.Int64N(60*24*3600), Valid: true},
					lon: sql.NullFloat64{Float64: -116 + rng.Float64()*30, Valid: true},
					lat: sql.NullFloat64{Float64: 15 + rng.Float64()*15, Valid: true},
					typ: string(model.IncidentTypes()[rng.IntN(13)]), severity: 1 + rng.Int64N(4), sources: 1 + rng.Int64N(4),
					state: sql.NullString{String: fmt.Sprintf("%02d", 1+rng.IntN(32)), Valid: true},
					muni:  sql.NullString{String: fmt.Sprintf("%05d", rng.IntN(2500)), Valid: true},
				}
			}
			slices.SortFunc(rows, func(a, b indexRow) int { return rowCompare(&a, &b) })
			bl := newIndexBuilder(1, n, nil)
			for i := range rows {
				if err := bl.addRow(&rows[i]); err != nil {
					b.Fatal(err)
				}
			}
			x := bl.x
			rows = nil
			runtime.GC()
			runtime.ReadMemStats(&m1)
			at := make([]int, 0, 101)
			var ru0, ru1 syscall.Rusage
			syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
			for b.Loop() {
				lon, lat := -116+rng.Float64()*30, 15+rng.Float64()*15
				half := 1 + rng.Float64()*2
				since := time.Unix(start+rng.Int64N(53*24)*3600, 0)
				f := EventFilter{BBox: &BBox{MinLon: lon - half, MinLat: lat - half, MaxLon: lon + half, MaxLat: lat + half},
					Since: since, Until: since.Add(time.Duration(24+rng.IntN(6*24)) * time.Hour), Limit: 101}
				if q, ok := x.query(&f); ok {
					at, _ = x.match(&q, q.lo, f.Limit, at[:0])
				}
			}
			runtime.KeepAlive(x)
			syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
			cpu := ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano()
			b.ReportMetric(float64(cpu)/1e3/float64(b.N), "cpu-µs/op")
			b.ReportMetric(float64(m1.HeapAlloc-m0.HeapAlloc)/float64(n), "heap-B/event")
		})
	}
}

// BenchmarkEventsJSONDays measures pages of 101 events of 30,000 stored
// ones (spread over 60 days and every state's clock) bounded by days at
// their places (SinceDay, UntilDay: one to seven days), half of them in
// a box as well: what /api/events does for since=YYYY-MM-DD.
func BenchmarkEventsJSONDays(b *testing.B) {
	ctx := context.Background()
	s, _ := open(b)
	rng := rand.New(rand.NewPCG(5, 6))
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	evs := make([]FusedEvent, 30_000)
	for i := range evs {
		e := gridEvent(fmt.Sprintf("ev-bench-%06d", i), -116+rng.Float64()*30, 15+rng.Float64()*15, 0)
		t := start.Add(time.Duration(rng.Int64N(60*24*3600)) * time.Second)
		e.TimeStart, e.TimeEnd, e.Keys = &t, &t, []time.Time{t}
		st := fmt.Sprintf("%02d", 1+rng.IntN(32))
		e.Location.StateCode, e.Location.MunicipalityCode = st, st+fmt.Sprintf("%03d", 1+rng.IntN(100))
		evs[i] = e
	}
	if err := s.SaveFusion(ctx, FusionBatch{Events: evs, Done: 1}); err != nil {
		b.Fatal(err)
	}
	if err := s.IndexEvents(ctx); err != nil {
		b.Fatal(err)
	}
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	n := 0
	for i := 0; b.Loop(); i++ {
		since := start.AddDate(0, 0, rng.IntN(54))
		f := EventFilter{SinceDay: since.Format(time.DateOnly), UntilDay: since.AddDate(0, 0, rng.IntN(7)).Format(time.DateOnly), Limit: 101}
		if i%2 == 1 {
			lon, lat := -116+rng.Float64()*30, 15+rng.Float64()*15
			half := 1 + rng.Float64()*2
			f.BBox = &BBox{MinLon: lon - half, MinLat: lat - half, MaxLon: lon + half, MaxLat: lat + half}
		}
		if err := s.EventsJSON(ctx, f, func(EventJSON) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano()
	b.ReportMetric(float64(cpu)/1e3/float64(b.N), "cpu-µs/op")
	b.ReportMetric(float64(n)/float64(b.N), "events/op")
}

// TestEventIndexDays checks that the event index bounds days as SQL's
// place_date does, at each event's place, on 3 and 4 July 2025: Tijuana
// (UTC-7 in summer) and Mérida (UTC-6) at the same instants, 00:00 and
// 06:30 UTC on the 4th, which are the 3rd in Tijuana and, at 06:30, the
// 4th in Mérida; Cancún (UTC-5) at 23:30 on the 3rd, Mérida at 23:30 on
// the 3rd, and an event of no known place at 23:50 on the 3rd in Mexico
// City.
func TestEventIndexDays(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	utc := func(h, m int) time.Time { return time.Date(2025, 7, 4, h, m, 0, 0, time.UTC) }
	var evs []FusedEvent
	for _, e := range []struct {
		id, state, muni string
		t               time.Time
	}{
		{"tij-midnight", "02", "02004", utc(0, 0)},
		{"mer-midnight", "31", "31050", utc(0, 0)},
		{"tij-late", "02", "02004", utc(6, 30)},
		{"mer-early", "31", "31050", utc(6, 30)},
		{"cun-late", "23", "23005", utc(4, 30)},
		{"mer-late", "31", "31050", utc(5, 30)},
		{"nowhere", "", "", utc(5, 50)},
	} {
		ev := gridEvent(e.id, -100, 20, 0)
		ev.TimeStart, ev.TimeEnd, ev.Keys = &e.t, &e.t, []time.Time{e.t}
		ev.Location.StateCode, ev.Location.MunicipalityCode = e.state, e.muni
		evs = append(evs, ev)
	}
	if err := s.SaveFusion(ctx, FusionBatch{Events: evs, Done: 1}); err != nil {
		t.Fatal(err)
	}
	third := "mer-midnight tij-midnight cun-late mer-late nowhere tij-late"
	tests := []struct {
		name         string
		since, until string
		after        time.Time // an instant bound as well
		want         string    // ids in listing order
	}{
		{"the 3rd", "2025-07-03", "2025-07-03", time.Time{}, third},
		{"until the 3rd", "", "2025-07-03", time.Time{}, third},
		{"the 4th", "2025-07-04", "2025-07-04", time.Time{}, "mer-early"},
		{"since the 4th", "2025-07-04", "", time.Time{}, "mer-early"},
		{"the 3rd, from 05:00 UTC", "2025-07-03", "2025-07-03", utc(5, 0), "mer-late nowhere tij-late"},
		{"the 2nd", "2025-07-02", "2025-07-02", time.Time{}, ""},
		{"since the 5th", "2025-07-05", "", time.Time{}, ""},
		{"no date", "2025-7-3", "", time.Time{}, ""},
	}
	indexed, bySQL := eventListers(t, s)
	for _, tt := range tests {
		for _, limit := range []int{2, 10} {
			f := EventFilter{SinceDay: tt.since, UntilDay: tt.until, Since: tt.after, Limit: limit}
			for _, l := range []struct {
				name string
				list func(EventFilter, func(EventJSON) error) error
			}{{"index", indexed}, {"SQL", bySQL}} {
				var ids []string
				for _, line := range strings.Split(strings.Join(pageLists(t, f, l.list), ""), "\n") {
					if id, _, _ := strings.Cut(line, " "); id != "" {
						ids = append(ids, id)
					}
				}
				if got := strings.Join(ids, " "); got != tt.want {
					t.Errorf("%s, limit %d, by the %s: %q, want %q", tt.name, limit, l.name, got, tt.want)
				}
			}
		}
	}
}
