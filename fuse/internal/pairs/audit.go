package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/atalaya/atalaya/fuse"
)

// feature returns the place of the named feature in fuse.Features, or -1.
func feature(name string) int {
	for i, n := range fuse.FeatureNames {
		if n == name {
			return i
		}
	}
	return -1
}

// gates returns the places of the gate features (named "gate_...").
func gates() []int {
	var out []int
	for i, n := range fuse.FeatureNames {
		if strings.HasPrefix(n, "gate_") {
			out = append(out, i)
		}
	}
	return out
}

// writeAudit writes, for each gate, how many same-act pairs and how many
// other pairs it refuses over all sets, and how many it alone refuses.
func writeAudit(w io.Writer, sets []set) {
	gs := gates()
	var same, other int
	blocked := make([][2]int, len(gs)) // [same, other]
	alone := make([][2]int, len(gs))
	var open [2]int // no gate refuses
	for _, s := range sets {
		for _, p := range s.pairs {
			k := 1
			if p.same {
				k = 0
				same++
			} else {
				other++
			}
			n, last := 0, -1
			for i, g := range gs {
				if p.v[g] != 0 {
					blocked[i][k]++
					n++
					last = i
				}
			}
			switch n {
			case 0:
				open[k]++
			case 1:
				alone[last][k]++
			}
		}
	}
	fmt.Fprintf(w, "%d labelled pairs within reach over %d sets: %d same act, %d not; no gate refuses %d same, %d not\n",
		same+other, len(sets), same, other, open[0], open[1])
	fmt.Fprintf(w, "%-20s %8s %8s %8s %8s\n", "gate", "same", "other", "same1", "other1")
	for i, g := range gs {
		fmt.Fprintf(w, "%-20s %8d %8d %8d %8d\n", fuse.FeatureNames[g], blocked[i][0], blocked[i][1], alone[i][0], alone[i][1])
	}
}
