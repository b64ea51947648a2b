// Package bench measures Atalaya's end-to-end ingest: it generates a corpus
// of news-size reports, times extraction alone on one goroutine, then
// ingests the corpus into a fresh store with the real pipeline (extraction,
// storage, fusion), and reports both speeds side by side with their
// targets, report-to-visible latency and the process's peak memory.
package bench

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"sync"
	"syscall"
	"time"

	"github.com/atalaya/atalaya/corpus"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
	"github.com/atalaya/atalaya/store"
)

// Config says what to measure.
type Config struct {
	Reports   int    // reports to generate; 0 means 10,000
	Seed      uint64 // corpus seed
	Workers   int    // extraction goroutines; 0 means one per core
	Dir       string // where corpus and database go; "" means a temporary directory, removed after
	Extractor ingest.Extractor
	// Observe and Fusion are passed to ingest, as `atalaya ingest` does
	// (the outlet prior, fusion as it goes); nil leaves them out.
	Observe func(model.Report, []model.Incident)
	Fusion  *fuse.Config
	// HeapProfile, if set, receives a heap profile (after a collection)
	// once nine tenths of the reports are stored, when the ingest holds
	// the most.
	HeapProfile io.Writer
}

// The targets of the core issue, printed beside the figures.
const (
	TargetExtractMBPerSec = 5.0   // extraction, per core
	TargetReportsPerSec   = 1000  // end-to-end ingest
	TargetPeakRSSMB       = 500.0 // peak memory
)

// Result is what one run measured.
type Result struct {
	Reports   int
	Incidents int
	// ExtractMBPerSec is extraction alone on one goroutine over the
	// corpus's report texts (no reading, storing or fusion).
	ExtractMBPerSec float64
	Bytes           int64 // size of the JSONL corpus
	Elapsed         time.Duration
	ReportsPerSec   float64
	MBPerSec        float64
	LatencyP50      time.Duration // from a report being read to its batch being committed
	LatencyP99      time.Duration
	// FusionRuns is the number of fusion runs during the ingest, Tail the
	// time from the last batch committed to the ingest's end: the last
	// fusion run, which the ingest waits for.
	FusionRuns int
	LastFusion ingest.FuseStats
	Tail       time.Duration
	// CPU is the processor time (user and system) of the ingest, GC the
	// part of it the Go collector took (an estimate of the runtime):
	// steadier than the elapsed time when other jobs share the machine.
	CPU, GC   time.Duration
	PeakRSSMB float64 // the process's peak resident memory
	// Memory splits the largest resident set sampled (every 50 ms) by
	// where it lives.
	Memory Memory
}

// Run generates the corpus and times its ingest.
func Run(ctx context.Context, cfg Config) (Result, error) {
	if cfg.Reports <= 0 {
		cfg.Reports = 10000
	}
	dir := cfg.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "atalaya-bench-")
		if err != nil {
			return Result{}, fmt.Errorf("bench: %w", err)
		}
		defer os.RemoveAll(d)
		dir = d
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Result{}, fmt.Errorf("bench: %w", err)
	}
	mem := startMemSampler(50 * time.Millisecond)
	corpusPath := filepath.Join(dir, "corpus.jsonl")
	size, err := writeCorpus(corpusPath, cfg)
	if err != nil {
		return Result{}, err
	}
	extractRate, err := extractionRate(ctx, corpusPath, cfg.Extractor)
	if err != nil {
		return Result{}, err
	}
	dbPath := filepath.Join(dir, "bench.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(dbPath + suffix)
	}
	st, err := store.OpenWith(ctx, dbPath, store.Options{NoMmap: true})
	if err != nil {
		return Result{}, err
	}
	defer st.Close()

	var (
		mu        sync.Mutex
		latencies = make([]time.Duration, 0, cfg.Reports)
		lastSaved time.Time
		profErr   error
		profiled  = cfg.HeapProfile == nil
		failed    error // the first report whose extraction failed
	)
	icfg := ingest.Config{
		Store:     st,
		Extractor: cfg.Extractor,
		Workers:   cfg.Workers,
		Observe:   cfg.Observe,
		Fusion:    cfg.Fusion,
		Failed: func(_ model.Report, err error) {
			mu.Lock()
			if failed == nil {
				failed = err
			}
			mu.Unlock()
		},
		Saved: func(_ []store.Entry, readAt []time.Time, committed time.Time) {
			mu.Lock()
			for _, t := range readAt {
				latencies = append(latencies, committed.Sub(t))
			}
			lastSaved = committed
			if !profiled && len(latencies) >= cfg.Reports*9/10 {
				profiled = true
				runtime.GC()
				profErr = pprof.Lookup("heap").WriteTo(cfg.HeapProfile, 0)
			}
			mu.Unlock()
		},
	}
	cpu0 := cpuTime()
	start := time.Now()
	stats, err := ingest.Run(ctx, icfg, []string{corpusPath}, nil)
	end := time.Now()
	elapsed := end.Sub(start)
	cpu := cpuTime() - cpu0
	if err != nil {
		return Result{}, fmt.Errorf("bench: ingest: %w", err)
	}
	memory := mem.end()
	if profErr != nil {
		return Result{}, fmt.Errorf("bench: writing the heap profile: %w", profErr)
	}
	if stats.Added != cfg.Reports {
		if failed != nil {
			return Result{}, fmt.Errorf("bench: stored %d of %d reports (%d skipped, %d failed extraction, the first: %w)", stats.Added, cfg.Reports, stats.Skipped, stats.Failed, failed)
		}
		return Result{}, fmt.Errorf("bench: stored %d of %d reports (%d skipped)", stats.Added, cfg.Reports, stats.Skipped)
	}
	slices.Sort(latencies)
	res := Result{
		Reports:         stats.Added,
		Incidents:       stats.Incidents,
		ExtractMBPerSec: extractRate,
		Bytes:           size,
		Elapsed:         elapsed,
		ReportsPerSec:   float64(stats.Added) / elapsed.Seconds(),
		MBPerSec:        float64(size) / 1e6 / elapsed.Seconds(),
		LatencyP50:      percentile(latencies, 0.50),
		LatencyP99:      percentile(latencies, 0.99),
		PeakRSSMB:       peakRSSMB(),
		Memory:          memory,
		FusionRuns:      stats.FusionRuns,
		LastFusion:      stats.Fusion,
		Tail:            end.Sub(lastSaved),
		CPU:             cpu,
	}
	return res, nil
}

// extractionRate times extraction alone, on one goroutine, over the
// reports of the corpus (at most 2,000 of them), in MB of report text per
// second.
func extractionRate(ctx context.Context, path string, ex ingest.Extractor) (float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("bench: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 32<<20)
	var reports []model.Report
	for len(reports) < 2000 && sc.Scan() {
		r, err := report.DecodeLine(sc.Bytes(), report.Options{})
		if err != nil {
			return 0, fmt.Errorf("bench: %s:%d: %w", path, len(reports)+1, err)
		}
		reports = append(reports, r)
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("bench: reading %s: %w", path, err)
	}
	var bytes int
	start := time.Now()
	for _, r := range reports {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		if _, err := ingest.Extract(ex, r); err != nil {
			continue // the ingest that follows counts and names it
		}
		bytes += len(r.Text)
	}
	return float64(bytes) / 1e6 / time.Since(start).Seconds(), nil
}

func writeCorpus(path string, cfg Config) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, fmt.Errorf("bench: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	start := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	if err := corpus.Generate(w, cfg.Reports, cfg.Seed, start); err != nil {
		f.Close()
		return 0, err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return 0, fmt.Errorf("bench: writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return 0, fmt.Errorf("bench: writing %s: %w", path, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return 0, fmt.Errorf("bench: %w", err)
	}
	return fi.Size(), nil
}

func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q * float64(len(sorted)-1))
	return sorted[i]
}

// cpuTime returns the processor time (user and system) the process has
// used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSSMB returns the process's peak resident set size in MB (Linux
// reports ru_maxrss in KiB).
func peakRSSMB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) * 1024 / 1e6
}

// Write prints the result as a short table, each speed beside its target.
func (r Result) Write(w io.Writer) error {
	mark := func(ok bool) string {
		if ok {
			return "met"
		}
		return "UNMET"
	}
	_, err := fmt.Fprintf(w, `reports           %d (%.1f MB of JSONL)
incidents         %d
elapsed           %.2fs
extraction        %.1f MB/s on one core          target >= %.0f MB/s per core  %s
ingest            %.0f reports/s, %.2f MB/s   target >= %d reports/s      %s
  processor time  %.1fs (%.2f ms a report)
latency p50/p99   %v / %v  (report read → committed and visible)
fusion            %d runs; the last, after the last batch stored, %v: %d incidents (%d held in memory), %d events written
peak RSS          %.0f MB                        target <= %.0f MB             %s
  largest sampled %.0f MB: Go %.0f (live heap %.0f), SQLite and other %.0f, mapped files %.0f
`, r.Reports, float64(r.Bytes)/1e6, r.Incidents, r.Elapsed.Seconds(),
		r.ExtractMBPerSec, TargetExtractMBPerSec, mark(r.ExtractMBPerSec >= TargetExtractMBPerSec),
		r.ReportsPerSec, r.MBPerSec, TargetReportsPerSec, mark(r.ReportsPerSec >= TargetReportsPerSec),
		r.CPU.Seconds(), r.CPU.Seconds()*1e3/float64(max(r.Reports, 1)),
		r.LatencyP50.Round(time.Millisecond), r.LatencyP99.Round(time.Millisecond),
		r.FusionRuns, r.Tail.Round(time.Millisecond), r.LastFusion.Incidents, r.LastFusion.Held, r.LastFusion.Events,
		r.PeakRSSMB, TargetPeakRSSMB, mark(r.PeakRSSMB <= TargetPeakRSSMB),
		r.Memory.RSS, r.Memory.Go, r.Memory.GoLive, r.Memory.Other, r.Memory.Mapped)
	return err
}
