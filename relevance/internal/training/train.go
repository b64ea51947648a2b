// Package training trains the relevance model on the texts this project
// wrote (Sets, Corpus) and scores it by leaving one set out.
package training

import (
	"fmt"
	"slices"

	"github.com/atalaya/atalaya/internal/logreg"
	"github.com/atalaya/atalaya/relevance"
)

// Options are the settings of a training (logreg.Options).
type Options = logreg.Options

// DefaultOptions are the settings of the embedded model.
func DefaultOptions() Options {
	return Options{Lambda: 3e-5, MinDocs: 2, Iterations: 400}
}

// Train fits a logistic regression to xs, labelled Violent, over their
// Features, with L-BFGS (gonum's optimize), each class weighing half of
// the loss. It is deterministic: the same examples in the same order give
// the same model.
func Train(xs []Example, o Options) (*relevance.Model, error) {
	feats := make([]map[uint32]float64, len(xs))
	y := make([]bool, len(xs))
	for k, x := range xs {
		f := make(map[uint32]float64)
		relevance.Features(x.Title, x.Text, func(h uint32, v float64) { f[h] += v })
		feats[k], y[k] = f, x.Violent
	}
	return fit(feats, y, o)
}

// fit fits a logistic regression to the feature vectors feats labelled y
// (logreg.Fit).
func fit(feats []map[uint32]float64, labels []bool, o Options) (*relevance.Model, error) {
	m, err := logreg.Fit(feats, labels, o)
	if err != nil {
		return nil, fmt.Errorf("training: %w", err)
	}
	ws := make(map[uint32]float32, len(m.Keys))
	for i, h := range m.Keys {
		ws[h] = float32(m.Weights[i])
	}
	return relevance.NewModel(m.Bias, ws), nil
}

// LeaveOneSetOut returns, for every example, the probability given it by
// a model trained on the examples of every other set: what a set written
// after the model would get.
func LeaveOneSetOut(xs []Example, o Options) ([]float64, error) {
	return leaveOneSetOut(xs, func(train []Example) (func(Example) float64, error) {
		m, err := Train(train, o)
		if err != nil {
			return nil, err
		}
		return func(x Example) float64 { return m.Prob(x.Title, x.Text) }, nil
	})
}

// leaveOneSetOut returns, for every example, what read gives it when it
// is made from the examples of every other set.
func leaveOneSetOut[R any](xs []Example, fit func([]Example) (func(Example) R, error)) ([]R, error) {
	var sets []string
	for _, x := range xs {
		if !slices.Contains(sets, x.Set) {
			sets = append(sets, x.Set)
		}
	}
	out := make([]R, len(xs))
	for _, s := range sets {
		var train []Example
		for _, x := range xs {
			if x.Set != s {
				train = append(train, x)
			}
		}
		read, err := fit(train)
		if err != nil {
			return nil, fmt.Errorf("leaving %s out: %w", s, err)
		}
		for k, x := range xs {
			if x.Set == s {
				out[k] = read(x)
			}
		}
	}
	return out, nil
}
