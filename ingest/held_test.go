package ingest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/corpus"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// eventLines returns the stored events as JSON lines, in listing order.
func eventLines(t *testing.T, st *store.Store) []string {
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

// TestHeldFusionEqualsRebuild ingests three corpora whose reports
// interleave in time, one after the other and fusing after every batch, so
// that the incidents an ingest holds in memory are fused together with
// those earlier runs stored; a rebuild from the store must give exactly
// the same events.
func TestHeldFusionEqualsRebuild(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := store.Open(ctx, filepath.Join(dir, "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ex := newExtractor(t)
	fcfg := fuse.DefaultConfig()
	var fusions, held, incidents int
	for i, start := range []time.Time{
		time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), // earlier: re-sweeps what the first stored
		time.Date(2026, 2, 5, 0, 0, 0, 0, time.UTC),
	} {
		path := filepath.Join(dir, "c.jsonl")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := corpus.Generate(f, 150, uint64(20+i), start); err != nil {
			t.Fatal(err)
		}
		f.Close()
		cfg := Config{Store: st, Extractor: ex, BatchSize: 40, Fusion: &fcfg, FuseEvery: -1}
		stats, err := Run(ctx, cfg, []string{path}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if stats.Added != 150 {
			t.Fatalf("run %d stored %d of 150 reports", i, stats.Added)
		}
		held += stats.Fusion.Held
		fusions += stats.FusionRuns
		incidents += stats.Incidents
	}
	// A run after each of the 4 batches of each ingest, the last one
	// perhaps together with the run at its end.
	if fusions < 3*4 || fusions > 3*5 || held == 0 {
		t.Errorf("%d fusion runs, %d held incidents fused in the last runs; want 4 or 5 runs per ingest, from memory", fusions, held)
	}
	incremental := eventLines(t, st)
	again, err := Fuse(ctx, st, fcfg, false)
	if err != nil {
		t.Fatal(err)
	}
	if again.Incidents != 0 {
		t.Errorf("fusing again read %d incidents, want none left unfused", again.Incidents)
	}
	if _, err := Fuse(ctx, st, fcfg, true); err != nil {
		t.Fatal(err)
	}
	rebuilt := eventLines(t, st)
	if len(rebuilt) < 50 || len(rebuilt) > incidents*9/10 {
		t.Fatalf("%d events of %d incidents: fusion merged too much or too little to test", len(rebuilt), incidents)
	}
	if len(incremental) != len(rebuilt) {
		t.Fatalf("%d events fused as the ingests went, %d after a rebuild", len(incremental), len(rebuilt))
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

// TestSmallFusionBatches fuses, incrementally and in transactions of 7
// events, incidents stored out of time order: the events written early in
// a run take incidents from stored events deleted only then, so no
// incident is ever in two events, and the result is a rebuild's.
func TestSmallFusionBatches(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := store.Open(ctx, filepath.Join(dir, "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ex := newExtractor(t)
	fcfg := fuse.DefaultConfig()
	for i, start := range []time.Time{
		time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC),
	} {
		path := filepath.Join(dir, "c.jsonl")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := corpus.Generate(f, 120, uint64(40+i), start); err != nil {
			t.Fatal(err)
		}
		f.Close()
		if _, err := Run(ctx, Config{Store: st, Extractor: ex}, []string{path}, nil); err != nil {
			t.Fatal(err)
		}
		s, err := fuseStore(ctx, st, fcfg, fuseRun{batch: 7})
		if err != nil {
			t.Fatal(err)
		}
		if i == 1 && (s.Events <= 7 || s.Unchanged == 0) {
			t.Errorf("second run wrote %d events and kept %d: want several transactions and some kept", s.Events, s.Unchanged)
		}
	}
	incremental := eventLines(t, st)
	if _, err := Fuse(ctx, st, fcfg, true); err != nil {
		t.Fatal(err)
	}
	rebuilt := eventLines(t, st)
	if !slices.Equal(incremental, rebuilt) {
		t.Errorf("%d events fused in small transactions differ from the %d of a rebuild", len(incremental), len(rebuilt))
	}
}
