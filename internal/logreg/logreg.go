// Package logreg fits a logistic regression with an L2 penalty to sparse
// feature vectors, each class weighing half of the loss: the trainer of
// the relevance models and of fusion's pair decision.
package logreg

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/optimize"
)

// Options are the settings of a training.
type Options struct {
	// Lambda is the L2 penalty on the weights (not on the bias).
	Lambda float64
	// MinDocs is the number of training vectors a feature must occur in to
	// take a weight.
	MinDocs int
	// Iterations bounds the optimizer's major iterations.
	Iterations int
}

// Model is a fitted regression: the bias, and the weight of each feature
// key that took one (Keys sorted, Weights by place).
type Model struct {
	Bias    float64
	Keys    []uint32
	Weights []float64
}

type cell struct {
	i int32
	v float64
}

// Fit fits a logistic regression to the feature vectors feats labelled
// labels, with L-BFGS (gonum's optimize), each class weighing half of the
// loss; a feature takes a weight when it occurs in o.MinDocs vectors or
// more. It is deterministic: the same vectors in the same order give the
// same model.
func Fit(feats []map[uint32]float64, labels []bool, o Options) (Model, error) {
	var pos int
	for _, l := range labels {
		if l {
			pos++
		}
	}
	if pos == 0 || pos == len(labels) {
		return Model{}, errors.New("logreg: training needs examples of both labels")
	}
	// The texts each feature occurs in.
	docs := make(map[uint32]int)
	for _, f := range feats {
		for h := range f {
			docs[h]++
		}
	}
	var keys []uint32
	for h, n := range docs {
		if n >= o.MinDocs {
			keys = append(keys, h)
		}
	}
	slices.Sort(keys)
	index := make(map[uint32]int32, len(keys))
	for i, h := range keys {
		index[h] = int32(i)
	}
	rows := make([][]cell, len(feats))
	for k, f := range feats {
		var r []cell
		for h, v := range f {
			if i, ok := index[h]; ok {
				r = append(r, cell{i, v})
			}
		}
		slices.SortFunc(r, func(a, b cell) int { return int(a.i - b.i) })
		rows[k] = r
	}
	y := make([]float64, len(feats))
	wt := make([]float64, len(feats))
	wPos, wNeg := 0.5/float64(pos), 0.5/float64(len(feats)-pos)
	for k, l := range labels {
		wt[k] = wNeg
		if l {
			y[k], wt[k] = 1, wPos
		}
	}
	d := len(keys)
	lossGrad := func(grad, w []float64) float64 {
		// w[0] is the bias, w[1+i] the weight of keys[i].
		if grad != nil {
			clear(grad)
		}
		var loss float64
		for k, r := range rows {
			z := w[0]
			for _, c := range r {
				z += w[1+c.i] * c.v
			}
			// log(1+e^z) - y z, computed stably
			var l float64
			if z > 0 {
				l = z + math.Log1p(math.Exp(-z))
			} else {
				l = math.Log1p(math.Exp(z))
			}
			loss += wt[k] * (l - y[k]*z)
			if grad != nil {
				g := wt[k] * (1/(1+math.Exp(-z)) - y[k])
				grad[0] += g
				for _, c := range r {
					grad[1+c.i] += g * c.v
				}
			}
		}
		for i := 1; i <= d; i++ {
			loss += 0.5 * o.Lambda * w[i] * w[i]
			if grad != nil {
				grad[i] += o.Lambda * w[i]
			}
		}
		return loss
	}
	p := optimize.Problem{
		Func: func(w []float64) float64 { return lossGrad(nil, w) },
		Grad: func(grad, w []float64) { lossGrad(grad, w) },
	}
	settings := &optimize.Settings{
		GradientThreshold: 1e-7,
		MajorIterations:   o.Iterations,
		Converger:         &optimize.FunctionConverge{Absolute: 1e-10, Relative: 1e-10, Iterations: 20},
	}
	res, err := optimize.Minimize(p, make([]float64, 1+d), settings, &optimize.LBFGS{})
	if err != nil && res == nil {
		return Model{}, fmt.Errorf("logreg: training: %w", err)
	}
	return Model{Bias: res.X[0], Keys: keys, Weights: res.X[1:]}, nil
}
