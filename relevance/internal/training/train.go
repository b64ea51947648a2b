// Package training trains the relevance model on the texts this project
// wrote (Sets, Corpus) and scores it by leaving one set out.
package training

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/atalaya/atalaya/relevance"
	"gonum.org/v1/gonum/optimize"
)

// Options are the settings of a training.
type Options struct {
	// Lambda is the L2 penalty on the weights (not on the bias).
	Lambda float64
	// MinDocs is the number of training texts a feature must occur in to
	// take a weight.
	MinDocs int
	// Iterations bounds the optimizer's major iterations.
	Iterations int
}

// DefaultOptions are the settings of the embedded model.
func DefaultOptions() Options {
	return Options{Lambda: 3e-5, MinDocs: 2, Iterations: 400}
}

type cell struct {
	i int32
	v float64
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

// fit fits a logistic regression to the feature vectors feats labelled y,
// each class weighing half of the loss; a feature takes a weight when it
// occurs in o.MinDocs vectors or more.
func fit(feats []map[uint32]float64, labels []bool, o Options) (*relevance.Model, error) {
	var pos int
	for _, l := range labels {
		if l {
			pos++
		}
	}
	if pos == 0 || pos == len(labels) {
		return nil, errors.New("training: training needs texts of both labels")
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
		return nil, fmt.Errorf("training: training: %w", err)
	}
	ws := make(map[uint32]float32, d)
	for i, h := range keys {
		ws[h] = float32(res.X[1+i])
	}
	return relevance.NewModel(res.X[0], ws), nil
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
