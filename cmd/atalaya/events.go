package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/store"
)

// fuseConfigFlag adds --fuse-config.
func fuseConfigFlag(fs *flag.FlagSet) *string {
	return fs.String("fuse-config", "", "fusion configuration `FILE` (JSON; default: the embedded defaults)")
}

func loadFuseConfig(path string) (fuse.Config, error) {
	if path == "" {
		return fuse.DefaultConfig(), nil
	}
	return fuse.LoadConfig(path)
}

func runFuse(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("fuse", stderr)
	db := dbFlag(fs)
	rebuild := fs.Bool("rebuild", false, "recompute every event from the stored incidents")
	cfgPath := fuseConfigFlag(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", rest[0])}
	}
	cfg, err := loadFuseConfig(*cfgPath)
	if err != nil {
		return err
	}
	if _, err := os.Stat(*db); err != nil {
		return fmt.Errorf("database %s: %w (run 'atalaya ingest' first)", *db, err)
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	s, err := ingest.Fuse(ctx, st, cfg, *rebuild)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d incidents fused (%d kept in their events, %d denials) into %d events written (%.1fs)\n",
		s.Incidents, s.Replayed, s.Denials, s.Events, time.Since(start).Seconds())
	return nil
}

func runEvents(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("events", stderr)
	lf := addListFlags(fs, "events")
	format := fs.String("format", "table", "output `FORMAT`: table, json, jsonl, csv, geojson or acled")
	minSources := fs.Int("min-sources", 0, "only events with at least `N` independent sources")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", rest[0])}
	}
	f, err := export.ParseEventFormat(*format)
	if err != nil {
		return usageError{err.Error()}
	}
	lfil, err := lf.resolve()
	if err != nil {
		return err
	}
	filter := store.EventFilter{Since: lfil.since, Until: lfil.until, SinceDay: lfil.sinceDay, UntilDay: lfil.untilDay, StateCode: lfil.stateCode, Type: lfil.typ,
		MinSources: *minSources, Limit: lfil.limit}
	st, err := lf.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	w, err := export.NewEventWriter(stdout, f)
	if err != nil {
		return err
	}
	if err := st.Events(ctx, filter, w.Write); err != nil {
		return err
	}
	return w.Close()
}
