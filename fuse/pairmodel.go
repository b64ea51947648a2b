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
	// dearMost is the most the dear features can add to the logit:
	// with the cheap ones, a bound that spares computing them (decide).
	dearMost float64
}

// setDearMost computes dearMost from the weights.
func (p *PairModel) setDearMost() {
	p.dearMost = 0
	for _, i := range dear {
		lo, hi := 0.0, 1.0
		switch i {
		case fActors:
			lo = -1
		case fRules:
			hi = 1.2 // a near-duplicate's bonus over a full score
		}
		p.dearMost += math.Max(p.w[i]*hi, p.w[i]*lo)
	}
}

// logit returns the bias plus the weighted features v.
func (p *PairModel) logit(v *Features) float64 {
	z := p.Bias
	for i, x := range v {
		z += p.w[i] * x
	}
	return z
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
	p.setDearMost()
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
	p.setDearMost()
	return &p, nil
}

// Prob returns the probability that a pair of features v is one act.
func (p *PairModel) Prob(v Features) float64 {
	return 1 / (1 + math.Exp(-p.logit(&v)))
}

// Marshal returns the model file: indented JSON, weights sorted by name.
func (p *PairModel) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("fuse: pair model: %w", err)
	}
	return append(b, '\n'), nil
}
