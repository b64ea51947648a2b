package ingest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
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

// byGivenID is an extractor that returns the incidents made beforehand for
// each report (by its given id), pointing into the text as read.
type byGivenID map[string][]model.Incident

func (x byGivenID) Extract(r model.Report) []model.Incident {
	var out []model.Incident
	for _, in := range x[r.GivenID] {
		in.ReportID = r.ID
		end := min(len(r.Text), 120)
		for end < len(r.Text) && r.Text[end]&0xC0 == 0x80 {
			end++
		}
		in.Evidence = []model.Span{{ReportID: r.ID, Start: 0, End: end, Text: r.Text[:end]}}
		out = append(out, in)
	}
	return out
}

// TestIngestFusionEqualsRebuild ingests generated reports (with denials,
// incidents with no time and reports with no date among them) in batches
// that arrive out of time order, each ingest fusing after every batch the
// incidents it holds in memory with those stored before; a rebuild must
// give exactly the same events.
func TestIngestFusionEqualsRebuild(t *testing.T) {
	ctx := context.Background()
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	var all []store.Entry
	start := time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)
	if _, err := bench.GenerateFusion(g, 1200, 9, start, 6, func(es []store.Entry) error {
		all = append(all, es...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(9, 10))
	ex := byGivenID{}
	files := make([]*os.File, 4)
	dir := t.TempDir()
	for i := range files {
		if files[i], err = os.Create(filepath.Join(dir, fmt.Sprintf("b%d.jsonl", i))); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range all {
		in := e.Incidents[0]
		switch rng.IntN(30) {
		case 0:
			in.Denial = true
		case 1:
			in.Time = nil
		case 2:
			in.Time, e.Report.Published = nil, time.Time{}
		}
		ex[e.Report.ID] = []model.Incident{in}
		line := map[string]string{"id": e.Report.ID, "source": e.Report.Source, "kind": string(e.Report.Kind), "text": e.Report.Text}
		if !e.Report.Published.IsZero() {
			line["published"] = e.Report.Published.Format(time.RFC3339)
		}
		// Later days first, the first day last.
		f := 3 - min(int(e.Report.Published.Sub(start).Hours()/48), 3)
		if e.Report.Published.IsZero() {
			f = rng.IntN(4)
		}
		b, _ := json.Marshal(line)
		files[f].Write(append(b, '\n'))
	}
	st, err := store.Open(ctx, filepath.Join(dir, "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cfg := fuse.DefaultConfig()
	held, stored := 0, 0
	for _, f := range files {
		f.Close()
		s, err := ingest.Run(ctx, ingest.Config{Store: st, Extractor: ex, BatchSize: 64, Fusion: &cfg, FuseEvery: -1},
			[]string{f.Name()}, nil)
		if err != nil {
			t.Fatal(err)
		}
		held += s.Fusion.Held
		stored += s.Added
	}
	if stored != len(all) || held == 0 {
		t.Fatalf("stored %d of %d reports, %d incidents fused from memory in the last passes", stored, len(all), held)
	}
	incremental := listEvents(t, st)
	if _, err := ingest.Fuse(ctx, st, cfg, true); err != nil {
		t.Fatal(err)
	}
	rebuilt := listEvents(t, st)
	if len(rebuilt) < 200 || len(incremental) != len(rebuilt) {
		t.Fatalf("%d events fused as the ingests went, %d after a rebuild (want the same, at least 200)", len(incremental), len(rebuilt))
	}
	diff := 0
	for i := range rebuilt {
		if incremental[i] != rebuilt[i] {
			if diff < 3 {
				t.Errorf("event %d differs:\ningest  %s\nrebuilt %s", i, incremental[i], rebuilt[i])
			}
			diff++
		}
	}
	if diff > 0 {
		t.Errorf("%d of %d events differ", diff, len(rebuilt))
	}
}
