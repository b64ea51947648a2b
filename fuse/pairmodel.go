package fuse

import (
	"encoding/json"
	"fmt"
	"math"
)

// PairModel is a learned "same act" decision: a logistic regression over
// the features of a pair (Features), and the probability from which two
// incidents are joined.
type PairModel struct {
	Bias      float64 `json:"bias"`
	Threshold float64 `json:"threshold"`
	// Weights are by feature name (FeatureNames); a missing one is 0.
	Weights map[string]float64 `json:"weights"`
	w       Features
}

// NewPairModel returns the model of bias, threshold and weights by place
// of Features.
func NewPairModel(bias, threshold float64, w Features) *PairModel {
	p := &PairModel{Bias: bias, Threshold: threshold, Weights: map[string]float64{}, w: w}
	for i, x := range w {
		if x != 0 {
			p.Weights[FeatureNames[i]] = x
		}
	}
	return p
}

// ParsePairModel reads a model written by MarshalJSON.
func ParsePairModel(b []byte) (*PairModel, error) {
	var p PairModel
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("fuse: pair model: %w", err)
	}
	for name, x := range p.Weights {
		i := -1
		for j, n := range FeatureNames {
			if n == name {
				i = j
			}
		}
		if i < 0 {
			return nil, fmt.Errorf("fuse: pair model: unknown feature %q", name)
		}
		p.w[i] = x
	}
	return &p, nil
}

// Prob returns the probability that a pair of features v is one act.
func (p *PairModel) Prob(v Features) float64 {
	z := p.Bias
	for i, x := range v {
		z += p.w[i] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// Marshal returns the model file: indented JSON, weights sorted by name.
func (p *PairModel) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("fuse: pair model: %w", err)
	}
	return append(b, '\n'), nil
}
