package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/explain"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

func runExplain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("explain", stderr)
	format := fs.String("format", "text", "output `FORMAT`: text or jsonl")
	source := fs.String("source", "", "source (outlet) `NAME` of reports that do not name one (its home state is not known: no store is read)")
	kind := fs.String("kind", "", "report `KIND` of reports that do not give one: news, transcript, official or alert_feed")
	published := fs.String("published", "", "publication `TIME` of reports that do not give one (RFC 3339 or YYYY-MM-DD)")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) != 1 {
		return usageError{"give one file, or - for standard input"}
	}
	if *format != "text" && *format != "jsonl" {
		return usageError{fmt.Sprintf("--format %q: want text or jsonl", *format)}
	}
	name := paths[0]
	if eval.HeldOut(name) {
		return usageError{fmt.Sprintf("%s is a held-out set: score it with atalaya eval, never list it", name)}
	}
	opts := report.Options{Source: *source, Kind: model.ReportKind(*kind)}
	if *kind != "" && !model.ValidReportKind(opts.Kind) {
		return usageError{fmt.Sprintf("--kind %q: want news, transcript, official or alert_feed", *kind)}
	}
	ex, err := newExtractor(nil)
	if err != nil {
		return err
	}
	if *published != "" {
		t, err := parseTime(*published, ex.loc)
		if err != nil {
			return usageError{"--published: " + err.Error()}
		}
		opts.Published = t
	}
	data, err := readInput(name, stdin)
	if err != nil {
		return err
	}
	items, err := explain.Read(name, data, opts)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	es, err := explain.Explain(ctx, items, ex)
	if err != nil {
		return err
	}
	if *format == "jsonl" {
		err = explain.WriteJSONL(stdout, es)
	} else {
		err = explain.WriteText(stdout, es)
	}
	if err != nil {
		return err
	}
	return pipelineErrors(explain.Failed(es))
}

// readInput reads the file at name, or stdin for "-", up to
// report.DefaultMaxBytes.
func readInput(name string, stdin io.Reader) ([]byte, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, report.DefaultMaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(data) > report.DefaultMaxBytes {
		return nil, fmt.Errorf("%s: more than %d bytes", name, report.DefaultMaxBytes)
	}
	return data, nil
}
