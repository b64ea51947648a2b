package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atalaya/atalaya/corpus"
	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
	"github.com/atalaya/atalaya/store"
	"github.com/atalaya/atalaya/when"
)

func newExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	return extract.NewWith(extractDeps(tb))
}

// extractDeps returns the embedded gazetteer and the time resolver, with
// no outlet prior: a benchmark adds its own, as ingest does.
func extractDeps(tb testing.TB) extract.Deps {
	tb.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		tb.Fatal(err)
	}
	w, err := when.New()
	if err != nil {
		tb.Fatal(err)
	}
	return extract.Deps{Gazetteer: g, When: w}
}

func writeCorpus(tb testing.TB, n int) (string, int64) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	if err := corpus.Generate(f, n, 11, time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		tb.Fatal(err)
	}
	fi, _ := f.Stat()
	f.Close()
	return path, fi.Size()
}

func TestRun(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "i.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	path, size := writeCorpus(t, 300)
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte("{\"text\":\"Incendian un camión en Celaya, Guanajuato.\"}\nnot json\n"), 0o644)

	var mu sync.Mutex
	var problems []string
	var last Stats
	cfg := Config{
		Store: st, Extractor: newExtractor(t), BatchSize: 64,
		Skip:     func(p report.Problem) { mu.Lock(); problems = append(problems, p.Error()); mu.Unlock() },
		Progress: func(s Stats) { last = s },
	}
	stats, err := Run(ctx, cfg, []string{path, bad}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Reports != 301 || stats.Added != 301 || stats.Skipped != 1 || stats.Duplicates != 0 {
		t.Errorf("stats = %+v, want 301 read, 301 added, 1 skipped, 0 duplicates", stats)
	}
	if len(problems) != 1 || !strings.Contains(problems[0], "bad.jsonl:2") {
		t.Errorf("problems = %q, want one naming bad.jsonl:2", problems)
	}
	if stats.Incidents < 300 {
		t.Errorf("%d incidents from 301 reports that each describe at least one", stats.Incidents)
	}
	if last != stats {
		t.Errorf("last progress %+v differs from the final stats %+v", last, stats)
	}
	if stats.TotalBytes < size || stats.ReadBytes != stats.TotalBytes {
		t.Errorf("bytes read %d of %d, corpus is %d", stats.ReadBytes, stats.TotalBytes, size)
	}
	nr, ni, err := st.Counts(ctx)
	if err != nil || nr != 301 || ni != stats.Incidents {
		t.Errorf("store counts %d reports, %d incidents (err %v); want 301, %d", nr, ni, err, stats.Incidents)
	}

	// A second run stores nothing and extracts nothing.
	again, err := Run(ctx, cfg, []string{path}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if again.Added != 0 || again.Duplicates != 300 || again.Incidents != 0 {
		t.Errorf("second run stats = %+v, want 0 added, 300 duplicates", again)
	}
}

// TestRunCopies ingests a file holding each report three times: right
// after itself (still in flight) and again after the whole file (stored by
// then). Each report is extracted and stored once; the other copies count
// as duplicates.
func TestRunCopies(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	src, _ := writeCorpus(t, 40)
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	var doubled []byte
	for line := range strings.Lines(string(data)) {
		doubled = append(doubled, line+line...)
	}
	path := filepath.Join(t.TempDir(), "copies.jsonl")
	os.WriteFile(path, append(doubled, data...), 0o644)

	var mu sync.Mutex
	extracted := map[string]int{}
	cfg := Config{
		Store: st, Extractor: newExtractor(t), BatchSize: 8,
		Observe: func(r model.Report, _ []model.Incident) { mu.Lock(); extracted[r.ID]++; mu.Unlock() },
	}
	stats, err := Run(ctx, cfg, []string{path}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Reports != 120 || stats.Added != 40 || stats.Duplicates != 80 {
		t.Errorf("stats = %+v, want 120 read, 40 added, 80 duplicates", stats)
	}
	if len(extracted) != 40 {
		t.Errorf("%d reports extracted, want 40", len(extracted))
	}
	for id, n := range extracted {
		if n != 1 {
			t.Errorf("report %s extracted %d times, want once", id, n)
		}
	}
}

func TestRunCancelled(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	path, _ := writeCorpus(t, 2000)
	ctx, cancel := context.WithCancel(context.Background())
	cfg := Config{Store: st, Extractor: newExtractor(t), BatchSize: 50,
		Progress: func(s Stats) {
			if s.Added >= 100 {
				cancel()
			}
		}}
	stats, err := Run(ctx, cfg, []string{path}, nil)
	if err == nil {
		t.Fatal("a cancelled ingest returned no error")
	}
	n, _, _ := st.Counts(context.Background())
	if n != stats.Added || n >= 2000 {
		t.Errorf("store has %d reports, stats say %d added; want them equal and < 2000", n, stats.Added)
	}
}

// BenchmarkIngest measures end-to-end ingest (read, extract, store) of
// generated news-size reports.
func BenchmarkIngest(b *testing.B) {
	const n = 10000
	path, size := writeCorpus(b, n)
	ex := newExtractor(b)
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		stats, err := Run(context.Background(), Config{Store: st, Extractor: ex}, []string{path}, nil)
		if err != nil || stats.Added != n {
			b.Fatalf("added %d of %d: %v", stats.Added, n, err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "reports/s")
}

// BenchmarkIngestFusion measures end-to-end ingest as `atalaya ingest`
// runs it: with the learned outlet prior and fusion into events as it goes
// (every 5 s, at most a tenth of the time), or only once at the end (a
// fixed amount of work, to compare CPU profiles on a busy machine).
func BenchmarkIngestFusion(b *testing.B) {
	const n = 6000
	path, size := writeCorpus(b, n)
	deps := extractDeps(b)
	fcfg := fuse.DefaultConfig()
	for _, bm := range []struct {
		name  string
		every time.Duration
	}{{"as-it-goes", 0}, {"at-end", time.Hour}} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
				if err != nil {
					b.Fatal(err)
				}
				prior := extract.NewSourcePrior()
				ex := extract.NewWith(extract.Deps{Gazetteer: deps.Gazetteer, When: deps.When, Prior: prior})
				b.StartTimer()
				cfg := Config{Store: st, Extractor: ex, Observe: prior.Observe, Fusion: &fcfg, FuseEvery: bm.every}
				stats, err := Run(context.Background(), cfg, []string{path}, nil)
				if err != nil || stats.Added != n {
					b.Fatalf("added %d of %d: %v", stats.Added, n, err)
				}
				b.StopTimer()
				st.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "reports/s")
		})
	}
}

// TestRunLearnsOutletPrior checks that an ingest teaches the outlet prior
// as reports arrive: after five reports of an outlet placed in Guanajuato
// by their text, its report that names no place is placed there too, in
// the state's capital (five towns named once each teach no home town) and
// marked as coming from the prior; and the store keeps the counts for the
// next run.
func TestRunLearnsOutletPrior(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	deps := extractDeps(t)
	prior := extract.NewSourcePrior()
	ex := extract.NewWith(extract.Deps{Gazetteer: deps.Gazetteer, When: deps.When, Prior: prior})
	dir := t.TempDir()
	var named strings.Builder
	for _, town := range []string{"Celaya", "Irapuato", "Salamanca", "Silao", "Pénjamo"} {
		named.WriteString(`{"source":"La Crónica Local","title":"t","text":"Asesinan a balazos a un hombre en ` + town + `, Guanajuato."}` + "\n")
	}
	first, second := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	os.WriteFile(first, []byte(named.String()), 0o644)
	os.WriteFile(second, []byte(`{"source":"la cronica local","title":"t","text":"Asesinan a balazos a un hombre afuera de su domicilio."}`+"\n"), 0o644)
	cfg := Config{Store: st, Extractor: ex, Workers: 1, Observe: prior.Observe}
	for _, p := range []string{first, second} {
		if _, err := Run(ctx, cfg, []string{p}, nil); err != nil {
			t.Fatal(err)
		}
	}
	var placed []store.Listed
	if err := st.Incidents(ctx, store.Filter{}, func(l store.Listed) error {
		if l.Location.Basis == "outlet_prior" {
			placed = append(placed, l)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(placed) != 1 || placed[0].Location.StateCode != "11" || placed[0].Location.MunicipalityCode != "11015" {
		t.Errorf("incidents placed by the prior: %+v, want one in Guanajuato (11), in its capital (11015)", placed)
	}
	n := 0
	if err := st.SourcePlaces(ctx, func(src, code string, k int) {
		if src == "la cronica local" && code == "11" {
			n = k
		}
	}); err != nil {
		t.Fatal(err)
	}
	if n != 5 {
		t.Errorf("stored count for la cronica local in 11 = %d, want 5", n)
	}
}
