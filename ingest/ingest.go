// Package ingest runs Atalaya's main job: it reads reports from files,
// directories or standard input, extracts their incidents and stores both,
// concurrently and in atomic batches, reporting skipped input without
// stopping.
//
// Data flows one way: a reader goroutine turns files into reports, a pool
// of workers extracts incidents from them, and one writer saves them to the
// store in batches. Each batch is one transaction, so an ingest that is
// killed midway leaves the store consistent and a rerun completes it: the
// reports already stored are recognised by their content hash and skipped
// before extraction.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
	"github.com/atalaya/atalaya/store"
)

// Extractor turns a report into its incidents; *extract.Extractor is one.
type Extractor interface {
	Extract(r model.Report) []model.Incident
}

// Config says what to ingest with.
type Config struct {
	Store     *store.Store
	Extractor Extractor
	// Options are the defaults given on the command line (source, kind,
	// publication time, size limit).
	Options report.Options
	// Workers is the number of extraction goroutines; 0 means GOMAXPROCS.
	Workers int
	// BatchSize is the number of reports saved per transaction; 0 means 512
	// (larger batches write fewer pages per report, at the cost of
	// report-to-visible latency).
	BatchSize int
	// Skip is called for each input, or line of input, that was skipped.
	Skip func(report.Problem)
	// Failed is called, concurrently, with each report whose extraction
	// panicked (an *ExtractError naming it): the report is not stored,
	// the run goes on with the next, and Stats.Failed counts it.
	Failed func(r model.Report, err error)
	// Progress, if set, is called after each batch is stored and at the end.
	Progress func(Stats)
	// Observe, if set, is called by the extraction workers, concurrently,
	// with each report and its incidents as soon as they are extracted:
	// an outlet prior (extract.SourcePrior.Observe) learns from it, so
	// that the reports read later are placed with what the earlier ones
	// said. With several workers the order of observations may vary.
	Observe func(r model.Report, incidents []model.Incident)
	// Duplicate, if set, is called for each report read that was already
	// stored, or repeated in this run, and so was not extracted again.
	Duplicate func(model.Report)
	// Saved, if set, is called after each batch is committed with the
	// reports it made visible and, for each, when it was read (used to
	// measure report-to-visible latency).
	Saved func(entries []store.Entry, readAt []time.Time, committed time.Time)
	// Fusion, if set, fuses the stored incidents into events as the ingest
	// goes (at most every FuseEvery, default 5 s, and at most a tenth of
	// the time) and once at its end, so that the events are current when
	// Run returns; a negative FuseEvery fuses after every batch. A run
	// is skipped when the input, at the rate stored so far, will have
	// been stored within FuseEvery: the last run comes about as soon, and
	// it re-sweeps what that run would (input of unknown size, such as
	// stdin, is never taken to end). The
	// incidents the ingest stores are fused from memory (at most maxHeld
	// of them are kept), the others read from the store.
	Fusion    *fuse.Config
	FuseEvery time.Duration
}

// item is a report on its way through the pipeline.
type item struct {
	store.Entry
	readAt time.Time
	// With fusion: the entry's incidents as fusion reads them (held
	// unless heldOK is false).
	held   []heldItem
	heldOK bool
}

// Stats counts what an ingest did.
type Stats struct {
	Files      int   // files to read
	TotalBytes int64 // their size, when known
	ReadBytes  int64 // bytes of the files read completely so far
	Reports    int   // reports read
	Added      int   // reports newly stored
	Duplicates int   // reports already stored, or repeated in this run
	Incidents  int   // incidents stored with the added reports
	Skipped    int   // problems reported
	Failed     int   // reports whose extraction failed (Config.Failed), not stored
	// Fusion is what the last fusion run did (zero without Config.Fusion),
	// FusionRuns the number of runs.
	Fusion     FuseStats
	FusionRuns int
}

// Run ingests paths ("-" is stdin). It returns the stats and the first
// fatal error (a store failure or ctx's cancellation); skipped input is not
// an error, it is counted in Stats.Skipped and passed to cfg.Skip, nor is
// a report whose extraction panicked, counted in Stats.Failed and passed
// to cfg.Failed.
func Run(ctx context.Context, cfg Config, paths []string, stdin io.Reader) (Stats, error) {
	if cfg.Store == nil || cfg.Extractor == nil {
		return Stats{}, errors.New("ingest: store and extractor are required")
	}
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batchSize := cfg.BatchSize
	if batchSize <= 0 {
		batchSize = 512
	}

	var (
		mu    sync.Mutex
		stats Stats
	)
	skip := func(p report.Problem) {
		mu.Lock()
		stats.Skipped++
		mu.Unlock()
		if cfg.Skip != nil {
			cfg.Skip(p)
		}
	}

	files, problems := report.List(paths)
	for _, p := range problems {
		skip(p)
	}
	stats.Files = len(files)
	began := time.Now()
	unsized := false // some input's size is unknown (stdin, a pipe)
	for _, f := range files {
		if f.Size > 0 {
			stats.TotalBytes += f.Size
		} else {
			unsized = true
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	reports := make(chan item, 4*workers)
	// A batch's worth of room: the workers extract the next batch while
	// the writer stores one, rather than waiting for it.
	entries := make(chan item, batchSize)
	errc := make(chan error, 2)

	// Reports read but not stored yet, by id (guarded by mu): a copy read
	// again while its first is in flight is a duplicate that Store.Has
	// cannot see yet. The writer forgets a batch's ids once it is stored,
	// so the set holds at most what the pipeline holds.
	inflight := make(map[string]struct{})

	// Reader: files → reports, skipping those already stored.
	go func() {
		defer close(reports)
		var done int64 // bytes of the files read completely
		for _, f := range files {
			var text int64 // text read from f, an estimate of its bytes read
			err := report.Read(ctx, f, stdin, cfg.Options, func(r model.Report) error {
				text += int64(len(r.Text))
				mu.Lock()
				stats.Reports++
				stats.ReadBytes = done + min(text, max(f.Size, 0))
				_, dup := inflight[r.ID]
				if dup {
					stats.Duplicates++
				} else {
					inflight[r.ID] = struct{}{}
				}
				mu.Unlock()
				if dup {
					if cfg.Duplicate != nil {
						cfg.Duplicate(r)
					}
					return nil
				}
				has, err := cfg.Store.Has(ctx, r.ID)
				if err != nil {
					return err
				}
				if has {
					mu.Lock()
					stats.Duplicates++
					delete(inflight, r.ID)
					mu.Unlock()
					if cfg.Duplicate != nil {
						cfg.Duplicate(r)
					}
					return nil
				}
				select {
				case reports <- item{Entry: store.Entry{Report: r}, readAt: time.Now()}:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			}, skip)
			if err != nil {
				errc <- fmt.Errorf("reading %s: %w", f.Path, err)
				return
			}
			done += max(f.Size, 0)
			mu.Lock()
			stats.ReadBytes = done
			mu.Unlock()
		}
	}()

	// Extractors: reports → entries.
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range reports {
				// With fusion, the text is folded once for extraction
				// and the near-duplicate sketch.
				var plain fold.Text
				if cfg.Fusion != nil {
					plain = fold.New(it.Report.Text)
				}
				var err error
				it.Incidents, err = extractFolded(cfg.Extractor, it.Report, plain)
				if err != nil {
					// Nothing of the report is stored; a rerun tries it again.
					mu.Lock()
					stats.Failed++
					delete(inflight, it.Report.ID)
					mu.Unlock()
					if cfg.Failed != nil {
						cfg.Failed(it.Report, err)
					}
					continue
				}
				if cfg.Observe != nil {
					cfg.Observe(it.Report, it.Incidents)
				}
				if cfg.Fusion != nil {
					// Here, in parallel, rather than in the fusion pass.
					sk := fuse.SketchOf(plain, it.Report.Lang)
					it.Sketch, _ = sk.MarshalBinary()
					it.held, it.heldOK = entryItems(&it.Entry, sk)
				}
				select {
				case entries <- it:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(entries) }()

	// Writer: entries → batches → store.
	batch := make([]store.Entry, 0, batchSize)
	readAt := make([]time.Time, 0, batchSize)
	// With fusion, the incidents stored are fused from memory, on a
	// goroutine of its own.
	var (
		fz        *fusing
		batchHeld []*heldItem
		heldOK    = true
	)
	if cfg.Fusion != nil {
		above, err := cfg.Store.MaxIncident(ctx)
		if err != nil {
			return Stats{}, err
		}
		every := cfg.FuseEvery
		if every == 0 {
			every = 5 * time.Second
		}
		// Whether the input will have been stored within d, at the rate
		// so far: the part of the files read, times the part of the
		// reports read that the writer has settled (stored, or found
		// stored, or failed), since reading runs ahead of storing by the
		// pipeline's buffers. Never with input of unknown size, such as
		// stdin.
		ending := func(d time.Duration) bool {
			if unsized {
				return false
			}
			mu.Lock()
			s := stats
			mu.Unlock()
			if s.TotalBytes <= 0 || s.Reports == 0 {
				return false
			}
			done := float64(s.ReadBytes) / float64(s.TotalBytes) *
				float64(s.Added+s.Duplicates+s.Failed) / float64(s.Reports)
			return endsWithin(time.Since(began), done, d)
		}
		fz = startFusing(ctx, cfg.Store, *cfg.Fusion, every, above, ending, func(fs FuseStats) {
			mu.Lock()
			stats.Fusion = fs
			stats.FusionRuns++
			mu.Unlock()
		})
	}
	save := func() error {
		added, err := cfg.Store.Save(ctx, batch)
		if err != nil {
			return fmt.Errorf("saving %d reports: %w", len(batch), err)
		}
		if fz != nil {
			upto, err := cfg.Store.MaxIncident(ctx)
			if err != nil {
				return err
			}
			fz.add(stored{items: batchHeld, ok: heldOK && added == len(batch), upto: upto})
			if err := fz.failed(); err != nil {
				return err
			}
		}
		batchHeld, heldOK = nil, true
		now := time.Now()
		n := 0
		for _, e := range batch {
			n += len(e.Incidents)
		}
		mu.Lock()
		for _, e := range batch {
			delete(inflight, e.Report.ID)
		}
		stats.Added += added
		stats.Duplicates += len(batch) - added
		stats.Incidents += n
		snapshot := stats
		mu.Unlock()
		if cfg.Saved != nil {
			cfg.Saved(batch, readAt, now)
		}
		if cfg.Progress != nil {
			cfg.Progress(snapshot)
		}
		return nil
	}
	var werr error
	for it := range entries {
		if werr != nil {
			continue // drain so the workers can exit
		}
		batch = append(batch, it.Entry)
		readAt = append(readAt, it.readAt)
		for k := range it.held {
			batchHeld = append(batchHeld, &it.held[k])
		}
		heldOK = heldOK && it.heldOK
		if len(batch) == batchSize {
			if werr = save(); werr != nil {
				cancel()
			}
			batch, readAt = batch[:0], readAt[:0]
		}
	}
	if werr == nil && len(batch) > 0 {
		werr = save()
	}
	if fz != nil {
		if werr != nil {
			cancel() // stop fusing
		}
		if err := fz.close(); werr == nil && ctx.Err() == nil {
			werr = err
		}
	}

	select {
	case rerr := <-errc:
		if werr == nil {
			werr = rerr
		}
	default:
	}
	mu.Lock()
	final := stats
	mu.Unlock()
	if cfg.Progress != nil {
		cfg.Progress(final)
	}
	if werr == nil {
		werr = ctx.Err()
	}
	return final, werr
}
