package logreg

import "testing"

func TestFit(t *testing.T) {
	// Feature 1 tells the label; feature 2 occurs once (MinDocs 2 drops it).
	feats := []map[uint32]float64{{1: 1}, {1: 1, 2: 1}, {1: 0.9}, {}, {3: 1}, {3: 0.5}}
	labels := []bool{true, true, true, false, false, false}
	m, err := Fit(feats, labels, Options{Lambda: 1e-3, MinDocs: 2, Iterations: 200})
	if err != nil {
		t.Fatal(err)
	}
	w := map[uint32]float64{}
	for i, k := range m.Keys {
		w[k] = m.Weights[i]
	}
	for _, c := range []struct {
		key      uint32
		present  bool
		positive bool
	}{{1, true, true}, {2, false, false}, {3, true, false}} {
		x, ok := w[c.key]
		if ok != c.present || ok && (x > 0) != c.positive {
			t.Errorf("feature %d: weight %v (present %v), want present %v positive %v", c.key, x, ok, c.present, c.positive)
		}
	}
	if _, err := Fit(feats[:2], labels[:2], Options{MinDocs: 1}); err == nil {
		t.Error("fitted examples of one label")
	}
}
