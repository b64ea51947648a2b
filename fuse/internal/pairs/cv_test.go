package main

import "testing"

// curve returns a pooled out-of-fold curve: c at every threshold, then
// the thresholds of at (by index) set to theirs.
func curve(c [3]int, at map[int][3]int) [][3]int {
	out := make([][3]int, len(thresholds))
	for i := range out {
		out[i] = c
		if a, ok := at[i]; ok {
			out[i] = a
		}
	}
	return out
}

func TestChoose(t *testing.T) {
	last := thresholds[len(thresholds)-2] // the highest that can be chosen
	// today's curve (thr21): 0.97 and 0.98 six pairs better than the rest,
	// 0.9998 three worse.
	today := curve([3]int{2245, 2277, 2563}, map[int][3]int{0: {2251, 2285, 2563}, 1: {2251, 2285, 2563}, 7: {2242, 2274, 2563}})
	// today's with two pairs moved: 0.99 joins two more, one wrong (the
	// old rule moved 0.9995 -> 0.98 -> 0.99 on such changes)
	moved := curve([3]int{2245, 2277, 2563}, map[int][3]int{0: {2251, 2285, 2563}, 1: {2251, 2285, 2563}, 2: {2246, 2279, 2563}, 7: {2242, 2274, 2563}})
	for _, c := range []struct {
		name      string
		counts    [][3]int
		precision float64
		want      float64
	}{
		{"equals: the highest that has two neighbours", curve([3]int{90, 90, 100}, nil), 0.98, last},
		{"today's curve: the stretch that is better", today, 0.98, 0.98},
		{"two pairs moved: unchanged", moved, 0.98, 0.98},
		{"a floor 0.98 judged with 0.97 and 0.99 falls short of: the next", today, 0.9855, thresholds[2]},
		{"a lone point two pairs better: a stretch one better outweighs it", curve([3]int{2245, 2277, 2563}, map[int][3]int{0: {2246, 2278, 2563}, 1: {2246, 2278, 2563}, 2: {2246, 2278, 2563}, 5: {2247, 2279, 2563}}), 0.98, 0.98},
		{"a stretch better by three pairs: its middle", curve([3]int{2245, 2277, 2563}, map[int][3]int{3: {2248, 2280, 2563}, 4: {2248, 2280, 2563}, 5: {2248, 2280, 2563}}), 0.98, thresholds[4]},
		{"the lowest better: its neighbour, never the end", curve([3]int{90, 90, 100}, map[int][3]int{0: {95, 95, 100}}), 0.98, thresholds[1]},
		{"the highest better: its neighbour, never the end", curve([3]int{90, 90, 100}, map[int][3]int{7: {95, 95, 100}}), 0.98, last},
		{"an imprecise neighbour sinks a point", curve([3]int{90, 90, 100}, map[int][3]int{0: {95, 102, 100}, 1: {95, 95, 100}, 2: {95, 95, 100}}), 0.98, thresholds[2]},
		{"too imprecise at the lowest: higher ones", curve([3]int{90, 90, 100}, map[int][3]int{0: {95, 120, 100}}), 0.98, last},
		{"none keeps precision", curve([3]int{90, 100, 100}, nil), 0.98, 1},
		{"a grid of two has no point with two neighbours", [][3]int{{90, 90, 100}, {90, 90, 100}}, 0.98, 1},
	} {
		if got := choose(c.counts, c.precision); got != c.want {
			t.Errorf("%s: choose = %v, want %v", c.name, got, c.want)
		}
	}
}
