package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/atalaya/atalaya/fuse"
)

// sweepGrid is the grid a sweep scores: thresholds' and lower ones, to
// see where the out-of-fold curve bends.
var sweepGrid = [...]float64{0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9998}

// sweep writes, for each of variants, the out-of-fold curve over
// sweepGrid: every set of scored scored by a model fitted on the others
// (of all sets), pooled counts, F1, the worst set's F1 and the largest
// event of any set. Sets outside scored are trained on, never scored.
func sweep(w io.Writer, sets []set, scored []string, variants []variant) error {
	type point struct {
		c       [3]int
		worst   float64
		worstOf string
		largest int
		largeOf string
	}
	var rules [3]int
	for _, s := range sets {
		if !slices.Contains(scored, s.name) {
			continue
		}
		r, err := s.data.Score(rulesOnly())
		if err != nil {
			return err
		}
		add(&rules, r.Pairs)
	}
	fmt.Fprintf(w, "rules only: %s\n", pooled(rules))
	for _, v := range variants {
		pts := make([]point, len(sweepGrid))
		for i := range pts {
			pts[i].worst = 2
		}
		for _, s := range sets {
			if !slices.Contains(scored, s.name) {
				continue
			}
			pm, err := fit(sets, v.o, s.name)
			if v.avg {
				pm, err = fitAvg(sets, v.o, s.name)
			}
			if err != nil {
				return fmt.Errorf("%s leaving %s out: %w", v.name, s.name, err)
			}
			cfg := rulesOnly()
			cfg.Pair, cfg.PairModel = pm, true
			for i, t := range sweepGrid {
				pm.Threshold = t
				r, err := s.data.Score(cfg)
				if err != nil {
					return err
				}
				add(&pts[i].c, r.Pairs)
				if r.Pairs.Gold > 0 && r.Pairs.F1 < pts[i].worst {
					pts[i].worst, pts[i].worstOf = r.Pairs.F1, s.name
				}
				if r.LargestEvent > pts[i].largest {
					pts[i].largest, pts[i].largeOf = r.LargestEvent, s.name
				}
			}
		}
		for i, t := range sweepGrid {
			p := pts[i]
			_, _, f := prf(p.c)
			fmt.Fprintf(w, "%-28s %.4f  %s F1 %.4f  worst %.3f %s  largest %d %s\n", v.name, t, pooled(p.c), f, p.worst, p.worstOf, p.largest, p.largeOf)
		}
		fmt.Fprintln(os.Stderr, "sweep:", v.name, "done")
	}
	return nil
}

// featureCounts writes how many open pairs (and same-act ones) of sets
// each feature fires on.
func featureCounts(w io.Writer, sets []set) {
	var n, same fuse.Features
	threshold := rulesOnly().Threshold
	for _, s := range sets {
		for i := range s.pairs {
			p := &s.pairs[i]
			if !open(p, threshold) {
				continue
			}
			for k, x := range p.v {
				if x != 0 {
					n[k]++
					if p.same {
						same[k]++
					}
				}
			}
		}
	}
	for k, name := range fuse.FeatureNames {
		fmt.Fprintf(w, "feature %-16s %5.0f open pairs, %5.0f same\n", name, n[k], same[k])
	}
}

// variant is one training setting a sweep scores: its name as given,
// its settings, and whether the model is the mean of the fits leaving each
// other set out too (fitAvg).
type variant struct {
	name string
	o    settings
	avg  bool
}

// parseVariants reads a sweep's variants, comma-separated, each
// lambda/mindocs with an optional /avg: settings o with those changed.
func parseVariants(spec string, o settings) ([]variant, error) {
	var out []variant
	for _, v := range strings.Split(spec, ",") {
		x := variant{name: v, o: o}
		rest, avg := strings.CutSuffix(v, "/avg")
		x.avg = avg
		lam, md, ok := strings.Cut(rest, "/")
		var err error
		if x.o.Lambda, err = strconv.ParseFloat(lam, 64); err != nil || !ok {
			return nil, fmt.Errorf("sweep variant %q: want lambda/mindocs[/avg]", v)
		}
		if x.o.MinDocs, err = strconv.Atoi(md); err != nil || x.o.MinDocs < 1 {
			return nil, fmt.Errorf("sweep variant %q: want lambda/mindocs[/avg], mindocs at least 1", v)
		}
		out = append(out, x)
	}
	return out, nil
}

// runSweep loads the development sets, and those of with (trained on,
// never scored), and writes the feature counts and sweep's curves of the
// variants of spec (parseVariants).
func runSweep(ctx context.Context, root string, o settings, spec, with string) error {
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	scored := Sets()
	paths := slices.Clone(scored)
	for _, p := range strings.Split(with, ",") {
		if p != "" {
			paths = append(paths, p)
		}
	}
	sets, err := load(ctx, root, paths, ex)
	if err != nil {
		return err
	}
	featureCounts(os.Stdout, sets)
	vs, err := parseVariants(spec, o)
	if err != nil {
		return err
	}
	return sweep(os.Stdout, sets, scored, vs)
}

// fitAvg returns the mean of the models fitted leaving leave and each
// other set out.
func fitAvg(sets []set, o settings, leave string) (*fuse.PairModel, error) {
	var w fuse.Features
	var bias float64
	n := 0
	for _, t := range sets {
		if t.name == leave {
			continue
		}
		pm, err := fit(sets, o, leave, t.name)
		if err != nil {
			return nil, err
		}
		for i, name := range fuse.FeatureNames {
			w[i] += pm.Weights[name]
		}
		bias += pm.Bias
		n++
	}
	for i := range w {
		w[i] /= float64(n)
	}
	return fuse.NewPairModel(bias/float64(n), 0.5, w), nil
}
