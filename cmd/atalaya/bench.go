package main

import (
	"context"
	"io"

	"github.com/atalaya/atalaya/bench"
)

func runBench(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("bench", stderr)
	n := fs.Int("reports", 10000, "number of generated reports (3–5 KB each)")
	workers := fs.Int("workers", 0, "extraction goroutines (default: one per core)")
	seed := fs.Uint64("seed", 1, "corpus seed")
	dir := fs.String("dir", "", "keep the corpus and database in `DIR` (default: a temporary directory)")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{"bench takes no arguments"}
	}
	ex, err := newExtractor(nil)
	if err != nil {
		return err
	}
	res, err := bench.Run(ctx, bench.Config{Reports: *n, Seed: *seed, Workers: *workers, Dir: *dir, Extractor: ex.Extractor})
	if err != nil {
		return err
	}
	return res.Write(stdout)
}
