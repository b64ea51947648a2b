package main

import (
	"bufio"
	"fmt"
	"os"
)

// writeStability writes, for every pair of sets a and b, the fusion pair
// counts (correct, predicted, gold) of each set scored by a model fitted
// on the others but a and b, at each threshold of thresholds, and those
// of each set scored by a model fitted on all the others (b empty): the
// out-of-fold curves of the data and of the data without each set, on
// which the threshold rules are compared (choose). A line: left set,
// scored set, threshold, correct, predicted, gold.
func writeStability(path string, sets []set, o settings) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	score := func(leave string, s set, left ...string) error {
		pm, err := fit(sets, o, left...)
		if err != nil {
			return err
		}
		cfg := rulesOnly()
		cfg.Pair, cfg.PairModel = pm, true
		for _, t := range thresholds {
			pm.Threshold = t
			r, err := s.data.Score(cfg)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "%s\t%s\t%g\t%d\t%d\t%d\n", leave, s.name, t, r.Pairs.Correct, r.Pairs.Predicted, r.Pairs.Gold)
		}
		return nil
	}
	for i, a := range sets {
		if err := score("-", a, a.name); err != nil {
			return err
		}
		for _, b := range sets[i+1:] {
			// one fit leaving a and b out scores both
			pm, err := fit(sets, o, a.name, b.name)
			if err != nil {
				return err
			}
			cfg := rulesOnly()
			cfg.Pair, cfg.PairModel = pm, true
			for _, pr := range [][2]set{{a, b}, {b, a}} {
				for _, t := range thresholds {
					pm.Threshold = t
					r, err := pr[1].data.Score(cfg)
					if err != nil {
						return err
					}
					fmt.Fprintf(w, "%s\t%s\t%g\t%d\t%d\t%d\n", pr[0].name, pr[1].name, t, r.Pairs.Correct, r.Pairs.Predicted, r.Pairs.Gold)
				}
			}
		}
		fmt.Fprintf(os.Stderr, "stability: %s done\n", a.name)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
