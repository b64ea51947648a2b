package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

func runIncidents(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("incidents", stderr)
	db := dbFlag(fs)
	format := fs.String("format", "table", "output `FORMAT`: table, json, jsonl, csv or geojson")
	since := fs.String("since", "", "only incidents at or after `TIME` (RFC 3339 or YYYY-MM-DD)")
	until := fs.String("until", "", "only incidents before `TIME` (RFC 3339 or YYYY-MM-DD; a date includes that day)")
	state := fs.String("state", "", "only incidents in `STATE` (name, abbreviation or INEGI code)")
	typ := fs.String("type", "", "only incidents of `TYPE` (blockade, arson, homicide, ...)")
	limit := fs.Int("limit", 0, "at most `N` incidents (0: all)")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", rest[0])}
	}
	f, err := export.ParseFormat(*format)
	if err != nil {
		return usageError{err.Error()}
	}
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		return fmt.Errorf("loading America/Mexico_City: %w", err)
	}
	filter := store.Filter{Limit: *limit}
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
	w, err := export.NewWriter(stdout, f)
	if err != nil {
		return err
	}
	if err := st.Incidents(ctx, filter, w.Write); err != nil {
		return err
	}
	return w.Close()
}

func validType(t model.IncidentType) bool {
	for _, k := range model.IncidentTypes {
		if k == t {
			return true
		}
	}
	return false
}
