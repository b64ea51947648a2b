package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/internal/logreg"
)

// settings are the settings of the pair model's training: the
// regression's, and the share of the training pairs the model joins that
// must be one act (its threshold is the lowest that keeps it).
type settings struct {
	logreg.Options
	precision float64
	verbose   bool // print each training
}

// defaults are the settings of the committed model.
func defaults() settings {
	return settings{Options: logreg.Options{Lambda: 1e-3, MinDocs: 1, Iterations: 400}, precision: 0.95}
}

// open reports whether no hard fact parts the pair (fuse.Features.Refused)
// and the rules would not join it: the pairs the model decides.
func open(p *pair, threshold float64) bool {
	v := &p.v
	rulesJoin := v[feature("rules")] >= threshold && v[feature("gate_type")] == 0 && v[feature("gate_slip")] == 0
	return !v.Refused() && !rulesJoin
}

// train fits the pair model on the open pairs of every set but leave,
// with the lowest threshold that keeps o.precision over those pairs.
func train(sets []set, leave string, o settings) (*fuse.PairModel, error) {
	var feats []map[uint32]float64
	var labels []bool
	threshold := rulesOnly().Threshold
	for _, s := range sets {
		if s.name == leave {
			continue
		}
		for i := range s.pairs {
			p := &s.pairs[i]
			if !open(p, threshold) {
				continue
			}
			f := map[uint32]float64{}
			for k, x := range p.v {
				if x != 0 {
					f[uint32(k)] = x
				}
			}
			feats = append(feats, f)
			labels = append(labels, p.same)
		}
	}
	m, err := logreg.Fit(feats, labels, o.Options)
	if err != nil {
		return nil, err
	}
	var w fuse.Features
	for i, k := range m.Keys {
		w[k] = m.Weights[i]
	}
	pm := fuse.NewPairModel(m.Bias, 0.5, w)
	pm.Threshold = bestThreshold(pm, feats, labels, o.precision)
	if o.verbose {
		n := 0
		for _, l := range labels {
			if l {
				n++
			}
		}
		fmt.Fprintf(os.Stderr, "leave %s: %d pairs, %d same, threshold %.3f\n", leave, len(labels), n, pm.Threshold)
	}
	return pm, nil
}

// bestThreshold returns the lowest probability from which joining the
// training pairs keeps precision (1 when none does).
func bestThreshold(pm *fuse.PairModel, feats []map[uint32]float64, labels []bool, precision float64) float64 {
	type scored struct {
		p    float64
		same bool
	}
	xs := make([]scored, len(feats))
	pos := 0
	for i, f := range feats {
		var v fuse.Features
		for k, x := range f {
			v[k] = x
		}
		xs[i] = scored{pm.Prob(v), labels[i]}
		if labels[i] {
			pos++
		}
	}
	slices.SortStableFunc(xs, func(a, b scored) int { return cmp.Compare(b.p, a.p) })
	best, thr, tp := 0.0, 1.0, 0
	for i, x := range xs {
		if x.same {
			tp++
		}
		if i+1 < len(xs) && xs[i+1].p == x.p {
			continue
		}
		if float64(tp) >= precision*float64(i+1) && tp > int(best) {
			best, thr = float64(tp), x.p
		}
	}
	return thr
}

// crossValidate writes, set by set and pooled, the fusion pair scores of
// the rules and of a model trained on the other sets.
func crossValidate(w io.Writer, sets []set, o settings, why bool) error {
	var rules, learned [3]int // correct, predicted, gold
	fmt.Fprintf(w, "%-36s %-30s %-30s\n", "set", "rules P/R/F1 (largest)", "model P/R/F1 (largest)")
	for _, s := range sets {
		r, err := s.data.Score(rulesOnly())
		if err != nil {
			return err
		}
		pm, err := train(sets, s.name, o)
		if err != nil {
			return fmt.Errorf("leaving %s out: %w", s.name, err)
		}
		cfg := rulesOnly()
		cfg.Pair, cfg.PairModel = pm, true
		m, err := s.data.Score(cfg)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%-36s %-30s %-30s\n", s.name, line(r), line(m))
		if why {
			writeChanged(w, r.LostPairs, m.LostPairs)
		}
		add(&rules, r.Pairs)
		add(&learned, m.Pairs)
	}
	fmt.Fprintf(w, "%-36s %-30s %-30s\n", "pooled", pooled(rules), pooled(learned))
	return nil
}

func line(s *eval.FusionScore) string {
	return fmt.Sprintf("%.3f/%.3f/%.3f (%d)", s.Pairs.Precision, s.Pairs.Recall, s.Pairs.F1, s.LargestEvent)
}

func add(t *[3]int, m eval.Metric) {
	t[0] += m.Correct
	t[1] += m.Predicted
	t[2] += m.Gold
}

func pooled(t [3]int) string {
	p, r := float64(t[0])/float64(max(t[1], 1)), float64(t[0])/float64(max(t[2], 1))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("%.3f/%.3f/%.3f (%d/%d/%d)", p, r, f, t[0], t[1], t[2])
}

// writeChanged writes the lost pairs (and joined ones) of after that
// before has not ("+"), and those of before that after has not ("-").
func writeChanged(w io.Writer, before, after []eval.LostPair) {
	key := func(p eval.LostPair) string { return fmt.Sprint(p.LineA, p.LineB, p.Cause) }
	in := func(ps []eval.LostPair, p eval.LostPair) bool {
		return slices.ContainsFunc(ps, func(q eval.LostPair) bool { return key(q) == key(p) })
	}
	for _, p := range after {
		if !in(before, p) {
			fmt.Fprintf(w, "  + %s %s lines %d,%d\n      %s\n      %s\n", p.Cause, p.Event, p.LineA, p.LineB, p.PredA, p.PredB)
		}
	}
	for _, p := range before {
		if !in(after, p) {
			fmt.Fprintf(w, "  - %s %s lines %d,%d\n      %s\n      %s\n", p.Cause, p.Event, p.LineA, p.LineB, p.PredA, p.PredB)
		}
	}
}

// rulesOnly returns the default configuration without the pair model.
func rulesOnly() fuse.Config {
	c := fuse.DefaultConfig()
	c.Pair, c.PairModel = nil, false
	return c
}
