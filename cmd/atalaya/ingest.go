package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/internal/clip"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
	"github.com/atalaya/atalaya/store"
)

// maxMessage bounds what one skipped-input message prints: report text is
// untrusted and must not flood the log.
const maxMessage = 400

func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("ingest", stderr)
	db := dbFlag(fs)
	source := fs.String("source", "", "source (outlet or feed) `NAME` for reports that do not name one")
	kind := fs.String("kind", "", "report `KIND`: news, transcript, official or alert_feed (default: by format)")
	published := fs.String("published", "", "publication `TIME` for reports that do not give one (RFC 3339 or YYYY-MM-DD)")
	workers := fs.Int("workers", 0, "extraction goroutines (default: one per core)")
	cfgPath := fuseConfigFlag(fs)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageError{"no input: give files, directories or - for standard input"}
	}
	ingestGC()
	// The outlet prior: each source's home state, learned from the
	// states its stored reports name and growing as reports arrive.
	prior := extract.NewSourcePrior()
	ex, err := newExtractor(prior)
	if err != nil {
		return err
	}
	opts := report.Options{Source: *source, Kind: model.ReportKind(*kind)}
	if *kind != "" && !model.ValidReportKind(opts.Kind) {
		return usageError{fmt.Sprintf("--kind %q: want news, transcript, official or alert_feed", *kind)}
	}
	if *published != "" {
		t, err := parseTime(*published, ex.loc)
		if err != nil {
			return usageError{"--published: " + err.Error()}
		}
		opts.Published = t
	}

	fcfg, err := loadFuseConfig(*cfgPath)
	if err != nil {
		return err
	}
	// An ingest reads most pages it touches once: through SQLite's page
	// caches only, its memory stays bounded (see store.Options).
	st, err := store.OpenWith(ctx, *db, store.Options{NoMmap: true})
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.SourcePlaces(ctx, prior.Add); err != nil {
		return err
	}

	log := slog.New(slog.NewTextHandler(stderr, nil))
	cfg := ingest.Config{
		Store:     st,
		Extractor: ex.Extractor,
		Options:   opts,
		Workers:   *workers,
		Observe:   prior.Observe,
		Fusion:    &fcfg,
		Skip: func(p report.Problem) {
			log.Warn("skipped input", "problem", bounded(p.Error()))
		},
		Failed: func(r model.Report, err error) {
			log.Error("extraction failed, report not stored", "id", bounded(r.PublicID()), "source", bounded(r.Source), "error", bounded(err.Error()))
		},
	}
	bar := newProgress(stderr)
	if bar != nil {
		cfg.Progress = bar.update
	}
	start := time.Now()
	stats, err := ingest.Run(ctx, cfg, paths, stdin)
	if bar != nil {
		bar.finish()
	}
	elapsed := time.Since(start)
	fmt.Fprintf(stdout, "%d reports read: %d stored, %d already stored, %d incidents extracted, %d inputs skipped, %d failed, %d events updated (%.1fs)\n",
		stats.Reports, stats.Added, stats.Duplicates, stats.Incidents, stats.Skipped, stats.Failed, stats.Fusion.Events, elapsed.Seconds())
	if err != nil {
		return err
	}
	if stats.Failed > 0 {
		// An error of the extractor, not of the input: exit status 1.
		return fmt.Errorf("%d reports failed extraction and were not stored (see the messages above; a rerun retries them), %d inputs skipped", stats.Failed, stats.Skipped)
	}
	if stats.Skipped > 0 {
		return fmt.Errorf("%d inputs skipped (see the messages above): %w", stats.Skipped, errSkipped)
	}
	return nil
}

// ingestMemLimitMiB is the soft memory limit of an ingest (see ingestGC).
const ingestMemLimitMiB = 320

// ingestGC sets a soft memory limit for an ingest, unless the environment
// sets GOMEMLIMIT. An ingest's live heap is about 100 MB (the gazetteer and
// matchers, the incidents held for fusion), which GOGC's default of 100
// lets grow to about 230 MB resident; SQLite's page caches add up to about
// 100 MB more when it reads through them (store.Options.NoMmap). The limit
// (on what the Go runtime holds) keeps a larger ingest's heap from pushing
// the whole past the 500 MB of the performance target; below it, it costs
// nothing. GOGC 200 was tried: no gain in processor time beyond the noise
// of a shared machine, for 80–90 MB more.
func ingestGC() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(ingestMemLimitMiB << 20)
	}
}

// bounded cuts a message to maxMessage bytes.
func bounded(s string) string { return clip.String(s, maxMessage) }

// extractor bundles what extraction needs, loaded once.
type extractor struct {
	*extract.Extractor
	gaz *gazetteer.Gazetteer
	loc *time.Location
}

// newExtractor loads what extraction works with (extract.EmbeddedDeps);
// prior may be nil.
func newExtractor(prior extract.Prior) (*extractor, error) {
	d, err := extract.EmbeddedDeps(prior)
	if err != nil {
		return nil, err
	}
	return &extractor{Extractor: extract.NewWith(d), gaz: d.Gazetteer, loc: d.When.Location()}, nil
}

// progress shows an ingest's progress on a terminal: a bar by bytes with
// rate and ETA when the size is known, a counter otherwise.
type progress struct {
	w     io.Writer
	start time.Time
	bar   *progressbar.ProgressBar
	last  int64
}

// newProgress returns nil when w is not a terminal, so that redirected
// output stays quiet.
func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &progress{w: w, start: time.Now()}
}

func (p *progress) update(s ingest.Stats) {
	if p.bar == nil {
		total := s.TotalBytes
		if total <= 0 {
			total = -1
		}
		p.bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionShowElapsedTimeOnFinish(),
		)
	}
	n := s.Added + s.Duplicates
	rate := float64(n) / max(time.Since(p.start).Seconds(), 1e-3)
	p.bar.Describe(fmt.Sprintf("%d reports (%.0f/s), %d incidents", n, rate, s.Incidents))
	if s.ReadBytes > p.last {
		p.bar.Add64(s.ReadBytes - p.last)
		p.last = s.ReadBytes
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
		fmt.Fprintln(p.w)
	}
}
