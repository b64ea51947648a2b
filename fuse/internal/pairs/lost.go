package main

import (
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/atalaya/atalaya/eval"
)

// placeCauses are the causes of a lost pair that its places give
// (eval.LostCauses): what the place gate of the rules costs once fusion
// has joined what it can (a pair the gate refuses may still meet through
// a third report, or an absorbed state-only event).
var placeCauses = [...]string{eval.LostCauses[3], eval.LostCauses[4], eval.LostCauses[6]}

// writeLostAll writes, set by set, the same-event pairs the rules keep
// apart for their places, then their count by cause over all sets.
func writeLostAll(w io.Writer, sets []set) error {
	n := map[string]int{}
	for _, s := range sets {
		r, err := s.data.Score(rulesOnly())
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		writeLost(w, s.name, r.LostPairs, n)
	}
	causes := make([]string, 0, len(n))
	for c := range n {
		causes = append(causes, c)
	}
	sort.Strings(causes)
	for _, c := range causes {
		fmt.Fprintf(w, "%-26s %d\n", c, n[c])
	}
	return nil
}

// writeLost writes the pairs of ps lost for their places (placeCauses),
// of the set named name, and counts them by cause in n.
func writeLost(w io.Writer, name string, ps []eval.LostPair, n map[string]int) {
	for _, p := range ps {
		if !slices.Contains(placeCauses[:], p.Cause) {
			continue
		}
		n[p.Cause]++
		fmt.Fprintf(w, "%s %s %s lines %d,%d\n      %s\n      %s\n", name, p.Cause, p.Event, p.LineA, p.LineB, p.PredA, p.PredB)
	}
}
