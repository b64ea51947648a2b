package main

import (
	"context"
	"fmt"
	"io"

	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/store"
)

func runIncidents(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("incidents", stderr)
	lf := addListFlags(fs, "incidents")
	format := fs.String("format", "table", "output `FORMAT`: table, json, jsonl, csv or geojson")
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
	lfil, err := lf.resolve()
	if err != nil {
		return err
	}
	filter := store.Filter{Since: lfil.since, Until: lfil.until, SinceDay: lfil.sinceDay, UntilDay: lfil.untilDay, StateCode: lfil.stateCode, Type: lfil.typ, Limit: lfil.limit}
	st, err := lf.open(ctx)
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
