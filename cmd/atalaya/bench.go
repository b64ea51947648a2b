package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"runtime/trace"

	"github.com/atalaya/atalaya/bench"
	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/gazetteer"
)

func runBench(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("bench", stderr)
	n := fs.Int("reports", 10000, "number of generated reports (3–5 KB each)")
	workers := fs.Int("workers", 0, "extraction goroutines (default: one per core)")
	seed := fs.Uint64("seed", 1, "corpus seed")
	dir := fs.String("dir", "", "keep the corpus and database in `DIR` (default: a temporary directory)")
	fuseN := fs.Int("fuse", 0, "instead, time fusion of `N` generated incidents (e.g. 1000000) in the embedded store")
	fuseDays := fs.Int("days", 180, "with --fuse, the `DAYS` the generated events spread over (180 days of 1,000,000 is the density of 36 days of 200,000)")
	check := fs.Bool("check", false, "with --fuse, rebuild after the incremental day and compare: incremental == rebuild")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to `FILE` (go tool pprof)")
	traceOut := fs.String("trace", "", "write an execution trace of the run to `FILE` (go tool trace)")
	memProfile := fs.String("memprofile", "", "write a heap profile to `FILE` once nine tenths of the reports are stored (not with --fuse)")
	cfgPath := fuseConfigFlag(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{"bench takes no arguments"}
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("bench: profiling to %s: %w", *cpuProfile, err)
		}
		defer pprof.StopCPUProfile()
	}
	if *traceOut != "" {
		f, err := os.Create(*traceOut)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer f.Close()
		if err := trace.Start(f); err != nil {
			return fmt.Errorf("bench: tracing to %s: %w", *traceOut, err)
		}
		defer trace.Stop()
	}
	if *fuseN > 0 {
		cfg, err := loadFuseConfig(*cfgPath)
		if err != nil {
			return err
		}
		g, err := gazetteer.Load()
		if err != nil {
			return fmt.Errorf("loading the gazetteer: %w", err)
		}
		res, err := bench.RunFusion(ctx, bench.FusionConfig{Incidents: *fuseN, Days: *fuseDays, Seed: *seed, Dir: *dir, Check: *check, Fuse: cfg, Gazetteer: g})
		if err != nil {
			return err
		}
		return res.Write(stdout)
	}
	ingestGC() // as atalaya ingest does
	fcfg, err := loadFuseConfig(*cfgPath)
	if err != nil {
		return err
	}
	prior := extract.NewSourcePrior()
	ex, err := newExtractor(prior)
	if err != nil {
		return err
	}
	bcfg := bench.Config{Reports: *n, Seed: *seed, Workers: *workers, Dir: *dir,
		Extractor: ex.Extractor, Observe: prior.Observe, Fusion: &fcfg}
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer f.Close()
		bcfg.HeapProfile = f
	}
	res, err := bench.Run(ctx, bcfg)
	if err != nil {
		return err
	}
	return res.Write(stdout)
}
