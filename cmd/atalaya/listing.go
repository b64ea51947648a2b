package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// listFlags are the filters that the incidents and events listings share.
type listFlags struct {
	db, since, until, state, typ *string
	limit                        *int
}

// addListFlags defines the shared listing flags on fs; what names the
// things listed ("incidents", "events") in the flags' help.
func addListFlags(fs *flag.FlagSet, what string) listFlags {
	return listFlags{
		db:    dbFlag(fs),
		since: fs.String("since", "", "only "+what+" at or after `TIME` (RFC 3339, or YYYY-MM-DD: each act's day at its place)"),
		until: fs.String("until", "", "only "+what+" before `TIME` (RFC 3339, or YYYY-MM-DD: each act's day at its place, that day included)"),
		state: fs.String("state", "", "only "+what+" in `STATE` (name, abbreviation or INEGI code)"),
		typ:   fs.String("type", "", "only "+what+" of `TYPE` (blockade, arson, homicide, ...)"),
		limit: fs.Int("limit", 0, "at most `N` "+what+" (0: all)"),
	}
}

// listFilter is what the shared flags select: instants, or days
// (YYYY-MM-DD) of each act at its place (store.Filter.SinceDay).
type listFilter struct {
	since, until       time.Time
	sinceDay, untilDay string
	stateCode          string
	typ                model.IncidentType
	limit              int
}

// resolve checks the flags' values and turns them into a filter: times
// in Mexico City; a bare date the day of each act at its place (23:30 in
// Tijuana on the 3rd is on the 3rd), --until's included; a state by any
// of its names.
func (l listFlags) resolve() (listFilter, error) {
	f := listFilter{limit: *l.limit}
	loc := model.MexicoCity()
	var err error
	if *l.since != "" {
		if f.since, err = parseTime(*l.since, loc); err != nil {
			return f, usageError{"--since: " + err.Error()}
		}
		if isDate(*l.since) {
			f.since, f.sinceDay = time.Time{}, strings.TrimSpace(*l.since)
		}
	}
	if *l.until != "" {
		if f.until, err = parseTime(*l.until, loc); err != nil {
			return f, usageError{"--until: " + err.Error()}
		}
		if isDate(*l.until) {
			f.until, f.untilDay = time.Time{}, strings.TrimSpace(*l.until)
		}
	}
	if *l.typ != "" {
		f.typ = model.IncidentType(*l.typ)
		if !f.typ.Valid() {
			return f, usageError{fmt.Sprintf("--type %q: want one of %v", *l.typ, model.IncidentTypes())}
		}
	}
	if *l.state != "" {
		g, err := gazetteer.Load()
		if err != nil {
			return f, fmt.Errorf("loading the gazetteer: %w", err)
		}
		p, ok := g.LookupState(*l.state)
		if !ok {
			return f, usageError{fmt.Sprintf("--state %q: no such Mexican state", *l.state)}
		}
		f.stateCode = p.StateCode
	}
	return f, nil
}

// isDate reports whether s, which parseTime read, is a bare date
// (YYYY-MM-DD) rather than a time.
func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	return err == nil
}

// open opens the database the flags name, which must exist already.
func (l listFlags) open(ctx context.Context) (*store.Store, error) {
	if _, err := os.Stat(*l.db); err != nil {
		return nil, fmt.Errorf("database %s: %w (run 'atalaya ingest' first)", *l.db, err)
	}
	return store.Open(ctx, *l.db)
}
