package main

import (
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/atalaya/atalaya/relevance/internal/training"
)

// auc is the area under the ROC curve of ps for the labels of xs.
func auc(xs []training.Example, ps []float64) float64 {
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		switch {
		case ps[a] < ps[b]:
			return -1
		case ps[a] > ps[b]:
			return 1
		}
		return 0
	})
	var pos, neg, rankSum float64
	for r, i := range idx {
		if xs[i].Violent {
			pos++
			rankSum += float64(r + 1)
		} else {
			neg++
		}
	}
	return (rankSum - pos*(pos+1)/2) / (pos * neg)
}

func tune(w io.Writer, xs []training.Example) error {
	for _, l := range []float64{1e-5, 3e-5, 1e-4, 3e-4} {
		for _, md := range []int{2} {
			o := training.DefaultOptions()
			o.Lambda, o.MinDocs = l, md
			ps, err := training.LeaveOneSetOut(xs, o)
			if err != nil {
				return err
			}
			var ll float64
			for k, x := range xs {
				p := min(max(ps[k], 1e-9), 1-1e-9)
				if x.Violent {
					ll -= math.Log(p)
				} else {
					ll -= math.Log(1 - p)
				}
			}
			fmt.Fprintf(w, "lambda %g mindocs %d: AUC %.4f logloss %.4f\n", l, md, auc(xs, ps), ll/float64(len(xs)))
		}
	}
	return nil
}
