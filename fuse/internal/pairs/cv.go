package main

import (
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/internal/logreg"
)

// settings are the settings of the pair model's training: the
// regression's, and the pooled precision of fusion's pairs out of fold
// that its threshold must keep (oofThreshold).
type settings struct {
	logreg.Options
	precision float64
	drop      []int // features the model does not weigh
	verbose   bool  // print each training
}

// defaults are the settings of the committed model. The precision is a
// guard, not a target: the rules alone keep about 0.986 out of fold, and a
// floor of 0.985 sat within one pair of the curve at its best, so that
// leaving out any one set moved the choice in 14 to 23 of 30 cases under
// every rule compared that kept the best F1 within 0.001 (thr21,
// docs/accuracy.md). A feature takes a weight only when it fires on 40
// of the open pairs it is fitted on (about 1,840, 2%): the rarer ones
// (family_slip, same_source, night, near_dup, ...) weigh a handful of
// pairs each. Out of fold at 0.98 the model is four pairs better without
// them (2,665/2,694 against 2,661/2,690 of 2,964) with the floor anywhere
// from 35 to 150, unchanged below 35 (model28).
func defaults() settings {
	return settings{Options: logreg.Options{Lambda: 1e-3, MinDocs: 40, Iterations: 400}, precision: 0.98}
}

// open reports whether no hard fact parts the pair (fuse.Features.Refused)
// and the rules would not join it: the pairs the model decides.
func open(p *pair, threshold float64) bool {
	v := &p.v
	rulesJoin := v[feature("rules")] >= threshold && v[feature("gate_type")] == 0 && v[feature("gate_slip")] == 0
	return !v.Refused() && !rulesJoin
}

// train fits the pair model on the open pairs of every set but leave.
// Its threshold is chosen out of fold (oofThreshold): a model's
// probabilities of the pairs it was fitted on are too sure of themselves
// for a threshold chosen on them to hold on new text.
func train(sets []set, leave string, o settings) (*fuse.PairModel, error) {
	pm, err := fit(sets, o, leave)
	if err != nil {
		return nil, err
	}
	thr, err := oofThreshold(sets, leave, o)
	if err != nil {
		return nil, err
	}
	pm.Threshold = thr
	return pm, nil
}

// fit fits the pair model on the open pairs of every set but those left,
// with threshold 0.5.
func fit(sets []set, o settings, left ...string) (*fuse.PairModel, error) {
	var feats []map[uint32]float64
	var labels []bool
	threshold := rulesOnly().Threshold
	for _, s := range sets {
		if slices.Contains(left, s.name) {
			continue
		}
		for i := range s.pairs {
			p := &s.pairs[i]
			if !open(p, threshold) {
				continue
			}
			f := map[uint32]float64{}
			for k, x := range p.v {
				if x != 0 && !slices.Contains(o.drop, k) {
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
	return fuse.NewPairModel(m.Bias, 0.5, w), nil
}

// thresholds are the thresholds a training chooses among: a grid, so
// that a choice moves only when the evidence for another is clear, and
// none below 0.97, so that the model overrules the rules' gates only when
// it is nearly sure. The pooled out-of-fold F1 is flat from 0.9 to 0.99
// (a few pairs in 1,900), and at 0.9 the fuse package's own near misses
// ("a man shot dead in another colonia", a report that tells another
// act) joined: pairs the development sets hold too few of to weigh.
var thresholds = [...]float64{0.97, 0.98, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9998}

// oofThreshold returns the threshold of thresholds under which the models
// fitted out of fold (each set but leave scored by a model fitted on the
// others but leave) give the best pooled fusion F1, each threshold judged
// with its grid neighbours, while keeping pooled pair precision
// o.precision (choose).
func oofThreshold(sets []set, leave string, o settings) (float64, error) {
	var counts [len(thresholds)][3]int
	for _, s := range sets {
		if s.name == leave {
			continue
		}
		pm, err := fit(sets, o, leave, s.name)
		if err != nil {
			return 0, fmt.Errorf("leaving %s and %s out: %w", leave, s.name, err)
		}
		cfg := rulesOnly()
		cfg.Pair, cfg.PairModel = pm, true
		for i, t := range thresholds {
			pm.Threshold = t
			r, err := s.data.Score(cfg)
			if err != nil {
				return 0, err
			}
			add(&counts[i], r.Pairs)
		}
	}
	if o.verbose {
		for i, t := range thresholds {
			fmt.Fprintf(os.Stderr, "leave %-34s threshold %.4f: out of fold %s\n", leave, t, pooled(counts[i]))
		}
	}
	return choose(counts[:], o.precision), nil
}

// choose returns the threshold of thresholds, its grid neighbours on
// either side, whose pooled pair counts (correct, predicted, gold, by
// place) summed with theirs give the best F1 while keeping precision (the
// highest among equals); 1 when none keeps it. The out-of-fold curve is
// flat to a few pairs in 2,500, so its raw maximum, or the highest point
// within a margin of it, moved whenever two pairs moved (0.98, 0.99,
// 0.995, 0.9995 in one day): a point judged with its neighbours moves only
// when a stretch of the curve does. The ends of the grid are neighbours,
// never chosen: they have a neighbour on one side only.
func choose(counts [][3]int, precision float64) float64 {
	best, thr := -1.0, 1.0
	for i := 1; i+1 < len(counts); i++ {
		var near [3]int
		for _, c := range counts[i-1 : i+2] {
			for k := range near {
				near[k] += c[k]
			}
		}
		if p, _, f := prf(near); p >= precision && f >= best {
			best, thr = f, thresholds[i]
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

// prf returns the precision, recall and F1 of counts t (correct,
// predicted, gold).
func prf(t [3]int) (p, r, f float64) {
	p, r = float64(t[0])/float64(max(t[1], 1)), float64(t[0])/float64(max(t[2], 1))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func pooled(t [3]int) string {
	p, r, f := prf(t)
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
