package training

import (
	"fmt"
	"slices"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/relevance"
)

// minTyped is the number of training headlines of a type from which the
// headline model tells it apart.
const minTyped = 5

// HeadlineOptions are the settings of the embedded headline model: of
// its incident model, and of its type models, whose features must occur
// in six headlines (which keeps the file small: eleven types).
func HeadlineOptions() (incident, typed Options) {
	return Options{Lambda: 3e-5, MinDocs: 2, Iterations: 400}, Options{Lambda: 3e-5, MinDocs: 6, Iterations: 400}
}

// TrainHeadline fits the headline model to xs, whose Text is a headline:
// the incident model to Violent, and over the headlines that tell an
// incident one model per type, its headlines (those whose Types hold it)
// against the rest. One against the rest rather than one multinomial
// model: a headline a careful coder could type either way
// ("homicide|armed_attack") is a positive of both, and each type reuses
// the one trainer of logistic regressions. A type with fewer than
// minTyped headlines is left out. It is deterministic.
func TrainHeadline(xs []Example, o, ot Options) (*relevance.Headline, error) {
	feats := make([]map[uint32]float64, len(xs))
	y := make([]bool, len(xs))
	for k, x := range xs {
		f := make(map[uint32]float64)
		relevance.HeadlineFeatures(x.Text, func(h uint32, v float64) { f[h] += v })
		feats[k], y[k] = f, x.Violent
	}
	inc, err := fit(feats, y, o)
	if err != nil {
		return nil, fmt.Errorf("training the incident model: %w", err)
	}
	var types []string
	var typed []*relevance.Model
	for _, t := range model.IncidentTypes() {
		var tf []map[uint32]float64
		var ty []bool
		n := 0
		for k, x := range xs {
			if !x.Violent || len(x.Types) == 0 {
				continue
			}
			in := slices.Contains(x.Types, string(t))
			if in {
				n++
			}
			tf, ty = append(tf, feats[k]), append(ty, in)
		}
		if n < minTyped || n == len(ty) {
			continue
		}
		m, err := fit(tf, ty, ot)
		if err != nil {
			return nil, fmt.Errorf("training the model of %s: %w", t, err)
		}
		types, typed = append(types, string(t)), append(typed, m)
	}
	return relevance.NewHeadline(inc, types, typed), nil
}

// Reading is what the headline model gives a headline.
type Reading struct {
	P    float64 // of an incident
	Type string  // the likeliest type
	PT   float64 // of that type
}

// LeaveOneSetOutHeadline returns, for every example, what a headline
// model trained on the examples of every other set reads in it.
func LeaveOneSetOutHeadline(xs []Example, o, ot Options) ([]Reading, error) {
	return leaveOneSetOut(xs, func(train []Example) (func(Example) Reading, error) {
		m, err := TrainHeadline(train, o, ot)
		if err != nil {
			return nil, err
		}
		return func(x Example) Reading {
			p, t, pt := m.Read(x.Text)
			return Reading{p, t, pt}
		}, nil
	})
}
