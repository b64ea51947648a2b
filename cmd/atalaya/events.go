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
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
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
	db := dbFlag(fs)
	format := fs.String("format", "table", "output `FORMAT`: table, jsonl, csv, geojson or acled")
	since := fs.String("since", "", "only events starting at or after `TIME` (RFC 3339 or YYYY-MM-DD)")
	until := fs.String("until", "", "only events starting before `TIME` (RFC 3339 or YYYY-MM-DD; a date includes that day)")
	state := fs.String("state", "", "only events in `STATE` (name, abbreviation or INEGI code)")
	typ := fs.String("type", "", "only events of `TYPE` (blockade, arson, homicide, ...)")
	minSources := fs.Int("min-sources", 0, "only events with at least `N` independent sources")
	limit := fs.Int("limit", 0, "at most `N` events (0: all)")
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
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		return fmt.Errorf("loading America/Mexico_City: %w", err)
	}
	filter := store.EventFilter{Limit: *limit, MinSources: *minSources}
	if *since != "" {
		if filter.Since, err = parseTime(*since, loc); err != nil {
			return usageError{"--since: " + err.Error()}
		}
	}
	if *until != "" {
		if filter.Until, err = parseTime(*until, loc); err != nil {
			return usageError{"--until: " + err.Error()}
		}
		if len(*until) == len("2006-01-02") {
			filter.Until = filter.Until.AddDate(0, 0, 1)
		}
	}
	if *typ != "" {
		filter.Type = model.IncidentType(*typ)
		if !validType(filter.Type) {
			return usageError{fmt.Sprintf("--type %q: want one of %v", *typ, model.IncidentTypes)}
		}
	}
	if *state != "" {
		g, err := gazetteer.Load()
		if err != nil {
			return fmt.Errorf("loading the gazetteer: %w", err)
		}
		p, ok := g.LookupState(*state)
		if !ok {
			return usageError{fmt.Sprintf("--state %q: no such Mexican state", *state)}
		}
		filter.StateCode = p.StateCode
	}
	if _, err := os.Stat(*db); err != nil {
		return fmt.Errorf("database %s: %w (run 'atalaya ingest' first)", *db, err)
	}
	st, err := store.Open(ctx, *db)
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
