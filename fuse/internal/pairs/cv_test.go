package main

import "testing"

func TestChoose(t *testing.T) {
	rules := [3]int{90, 90, 100}
	flat := make([][3]int, len(thresholds))
	for i := range flat {
		flat[i] = rules
	}
	low := make([][3]int, len(thresholds))
	copy(low, flat)
	low[0] = [3]int{95, 97, 100} // the lowest threshold joins more, precision 0.979
	mid := make([][3]int, len(thresholds))
	copy(mid, flat)
	mid[3] = [3]int{94, 95, 100} // precision 0.989
	near := make([][3]int, len(thresholds))
	for i := range near {
		near[i] = [3]int{1804, 1824, 2063}
	}
	near[1], near[2] = [3]int{1813, 1834, 2063}, [3]int{1810, 1830, 2063} // F1 0.9305 and 0.9299
	none := make([][3]int, len(thresholds))
	for i := range none {
		none[i] = [3]int{90, 100, 100}
	}
	for _, c := range []struct {
		name   string
		counts [][3]int
		want   float64
	}{
		{"equals: the highest", flat, thresholds[len(thresholds)-1]},
		{"too imprecise", low, thresholds[len(thresholds)-1]},
		{"best F1 that keeps precision", mid, thresholds[3]},
		{"a lower one better by less than the margin: the higher", near, thresholds[2]},
		{"none keeps precision", none, 1},
	} {
		if got := choose(c.counts, 0.985); got != c.want {
			t.Errorf("%s: choose = %v, want %v", c.name, got, c.want)
		}
	}
}
