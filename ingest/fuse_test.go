package ingest_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/atalaya/atalaya/bench"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// listEvents returns the stored events as JSON lines, in listing order.
func listEvents(t *testing.T, st *store.Store) []string {
	t.Helper()
	var out []string
	err := st.Events(context.Background(), store.EventFilter{}, func(ev model.Event) error {
		b, err := json.Marshal(ev)
		out = append(out, string(b))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestIncrementalEqualsRebuild stores generated incidents in batches that
// arrive out of time order (with denials and incidents with no time among
// them), fusing after each, and checks that a rebuild from scratch gives
// exactly the same events.
func TestIncrementalEqualsRebuild(t *testing.T) {
	ctx := context.Background()
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	var all []store.Entry
	start := time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)
	if _, err := bench.GenerateFusion(g, 1500, 7, start, 6, func(es []store.Entry) error {
		all = append(all, es...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for i := range all {
		in := &all[i].Incidents[0]
		switch rng.IntN(40) {
		case 0:
			in.Denial = true
		case 1:
			in.Time = nil // its report's publication orders it
		case 2:
			in.Time, all[i].Report.Published = nil, time.Time{} // no time at all
		}
	}
	// Batches as a live ingest sees them: a day of publications at a time
	// (a day's reports tell of incidents up to a day and a half before),
	// with the third day held back and sent last, shuffled.
	batches := make([][]store.Entry, 8)
	for _, e := range all {
		d := 0
		if p := e.Report.Published; !p.IsZero() {
			d = min(int(p.Sub(start).Hours()/24), 7)
		}
		batches[d] = append(batches[d], e)
	}
	late := batches[2]
	rng.Shuffle(len(late), func(i, j int) { late[i], late[j] = late[j], late[i] })
	batches = append(append(batches[:2:2], batches[3:]...), late)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cfg := fuse.DefaultConfig()
	for i, batch := range batches {
		if _, err := st.Save(ctx, batch); err != nil {
			t.Fatal(err)
		}
		s, err := ingest.Fuse(ctx, st, cfg, false)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("batch %d: %+v", i, s)
		if i > 0 && s.Replayed == 0 && s.Incidents > 0 {
			t.Logf("batch %d: nothing replayed (%d incidents)", i, s.Incidents)
		}
	}
	incremental := listEvents(t, st)
	s, err := ingest.Fuse(ctx, st, cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	if s.Incidents != 0 || s.Events != 0 {
		t.Errorf("fusing again with nothing new read %d incidents and wrote %d events", s.Incidents, s.Events)
	}
	if _, err := ingest.Fuse(ctx, st, cfg, true); err != nil {
		t.Fatal(err)
	}
	rebuilt := listEvents(t, st)
	if len(incremental) != len(rebuilt) {
		t.Fatalf("%d events incrementally, %d after a rebuild", len(incremental), len(rebuilt))
	}
	if len(rebuilt) < 200 {
		t.Fatalf("only %d events of 1,500 incidents", len(rebuilt))
	}
	diff := 0
	for i := range rebuilt {
		if incremental[i] != rebuilt[i] {
			if diff < 3 {
				t.Errorf("event %d differs:\nincremental %s\nrebuilt     %s", i, incremental[i], rebuilt[i])
			}
			diff++
		}
	}
	if diff > 0 {
		t.Errorf("%d of %d events differ", diff, len(rebuilt))
	}
}

// TestIncrementalReopensEvents adds a report to an event whose stored
// incidents all come before the new one: the event must be reopened, not
// duplicated — whether the new report comes half an hour later or, with no
// time of its own, the next morning (its time reaches back to the day before).
func TestIncrementalReopensEvents(t *testing.T) {
	ctx := context.Background()
	mx, _ := time.LoadLocation("America/Mexico_City")
	day := time.Date(2026, 2, 22, 0, 0, 0, 0, mx)
	lat, lon := 20.5206, -103.4567
	entry := func(id, source string, at time.Time, prec model.TimePrecision, text string) store.Entry {
		tt := at
		e := store.Entry{
			Report: model.Report{ID: id, Source: source, Kind: model.KindNews, Published: at.Add(time.Hour), Text: text},
			Incidents: []model.Incident{{
				ID: id + "-0", Type: model.Blockade, Time: &tt, TimePrecision: prec, Confidence: 0.8,
				Location: model.Location{StateCode: "14", State: "Jalisco", MunicipalityCode: "14097",
					Municipality: "Tlajomulco de Zúñiga", Lat: &lat, Lon: &lon, Precision: model.GeoMunicipality},
				Evidence: []model.Span{{Start: 0, End: len(text)}},
			}},
		}
		if prec == "" { // no time: the report's publication orders it
			e.Incidents[0].Time, e.Report.Published = nil, at
		}
		return e
	}
	a := entry("a", "Diario Uno", day, model.TimeDay, "Bloqueo en Tlajomulco con camiones incendiados.")
	for _, tt := range []struct {
		name         string
		first, later []store.Entry
	}{
		{"half an hour later",
			[]store.Entry{a, entry("b", "Alertas", day.Add(10*time.Hour), model.TimeMinute, "Bloqueo en la carretera a Chapala, Tlajomulco.")},
			[]store.Entry{entry("c", "Radio Dos", day.Add(10*time.Hour+30*time.Minute), model.TimeMinute, "Siguen los camiones quemados en Tlajomulco.")}},
		{"untimed, next morning",
			[]store.Entry{a, entry("b", "Diario Tres", day, model.TimeDay, "Queman camiones en Tlajomulco.")},
			[]store.Entry{entry("c", "Radio Dos", day.Add(34*time.Hour), "", "Ayer hubo camiones quemados en Tlajomulco.")}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st, err := store.Open(ctx, filepath.Join(t.TempDir(), "f.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			cfg := fuse.DefaultConfig()
			for _, batch := range [][]store.Entry{tt.first, tt.later} {
				if _, err := st.Save(ctx, batch); err != nil {
					t.Fatal(err)
				}
				if _, err := ingest.Fuse(ctx, st, cfg, false); err != nil {
					t.Fatal(err)
				}
			}
			got := listEvents(t, st)
			if len(got) != 1 {
				t.Fatalf("%d events, want the one the three reports tell:\n%v", len(got), got)
			}
			var ev model.Event
			json.Unmarshal([]byte(got[0]), &ev)
			if ev.Reports != 3 || ev.Sources != 3 {
				t.Errorf("%d reports, %d sources, want 3 and 3", ev.Reports, ev.Sources)
			}
		})
	}
}
