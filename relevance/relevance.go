// Package relevance tells how likely a report is to tell of at least one
// violent incident, with a logistic regression over its words.
//
// The features are the report's accent- and case-folded words and word
// pairs, the headline's (the title, else the text's first sentence) apart
// from the body's, and the four-letter pieces of its longer words, which
// survive misspellings and speech recognition ("asesinaron", "asecinaron").
// Each feature is a 32-bit FNV-1a hash of its name; a namespace's
// features weigh 1/√n each, n being the features the namespace produced,
// so that a headline and an article are on one scale.
//
// The model embedded in the binary (model.bin) is trained by `go generate
// ./relevance` only on texts this project wrote (Corpus lists them; the
// held-out sets are not among them) and is checked by a test to equal a
// fresh training. The extractor (package extract) asks it only about a
// report whose rules found a violent incident on weak evidence.
package relevance

//go:generate go run ./internal/gen -out model.bin

import (
	_ "embed"
	"fmt"
	"math"
)

// Threshold is the probability below which a report is unlikely to tell
// of a violent incident. It was chosen by leaving one batch out
// (docs/accuracy.md, "learn"): up to 0.30 no development set lost an
// incident text, and 0.2 keeps a margin below that.
const Threshold = 0.2

// Model is a trained logistic regression. It is immutable and safe for
// concurrent use.
type Model struct {
	bias    float64
	weights map[uint32]float32
	// table holds weights for lookup: an open-addressing table of
	// keys and their weights, a power of two long, probed linearly from
	// a key's low bits (keys are hashes already); key 0 marks an empty
	// slot, the weight of feature 0 is zero.
	table []slot
	zero  float32
}

type slot struct {
	key uint32
	w   float32
}

// NewModel returns the model of this bias and these weights, by feature
// hash (see Features). It keeps weights.
func NewModel(bias float64, weights map[uint32]float32) *Model {
	m := &Model{bias: bias, weights: weights}
	n := 16
	for n < 2*len(weights) {
		n *= 2
	}
	m.table = make([]slot, n)
	mask := uint32(n - 1)
	for h, w := range weights {
		if h == 0 {
			m.zero = w
			continue
		}
		i := h & mask
		for m.table[i].key != 0 {
			i = (i + 1) & mask
		}
		m.table[i] = slot{h, w}
	}
	return m
}

// weight returns the weight of feature h, zero if it has none.
func (m *Model) weight(h uint32) float32 {
	if h == 0 {
		return m.zero
	}
	mask := uint32(len(m.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch m.table[i].key {
		case h:
			return m.table[i].w
		case 0:
			return 0
		}
	}
}

//go:embed model.bin
var embedded []byte

// Embedded decodes the model embedded in the binary. Load it once and
// share it.
func Embedded() (*Model, error) {
	m, err := Decode(embedded)
	if err != nil {
		return nil, fmt.Errorf("relevance: the embedded model: %w", err)
	}
	return m, nil
}

// Features returns the number of features with a weight.
func (m *Model) Features() int { return len(m.weights) }

// Prob returns the probability that a report with this title and text
// tells of a violent incident. Either may be empty; both may be folded
// already (fold.String), which saves folding them again.
func (m *Model) Prob(title, text string) float64 {
	z := m.bias
	Features(title, text, func(h uint32, v float64) {
		z += float64(m.weight(h)) * v
	})
	return 1 / (1 + math.Exp(-z))
}

// Unlikely reports whether the report is unlikely to tell of a violent
// incident: its probability is below Threshold.
func (m *Model) Unlikely(title, text string) bool {
	return m.Prob(title, text) < Threshold
}
