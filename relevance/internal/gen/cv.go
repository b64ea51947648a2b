package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/relevance/internal/training"
	"github.com/atalaya/atalaya/report"
)

// outcome is what the rules alone give an example.
type outcome struct {
	violent bool // a counted violent incident
	other   bool // a counted incident of another type
	// firm: the judge is not asked (not extract.Doubtful)
	firm bool
}

func readOutcome(r model.Report, incs []model.Incident) outcome {
	o := outcome{firm: !extract.Doubtful(r, incs)}
	for _, in := range incs {
		switch {
		case !in.Counted():
		case !in.Type.Violent():
			o.other = true
		default:
			o.violent = true
		}
	}
	return o
}

// cvFlags are the settings of -cv.
type cvFlags struct {
	t    float64 // the threshold of the per-set table
	dump string  // a file for a line per text: set, id, label, probability, the rules' outcome, words
	list bool    // list the texts the judge would be asked about with p < 0.5
	// low and high are the headline model's thresholds (-headline -cv).
	low, high float64
}

// extractAll reads each example with ex, as published on pub when it
// gives no report.
func extractAll(ex ingest.Extractor, xs []training.Example, pub time.Time) ([]outcome, error) {
	out := make([]outcome, len(xs))
	for k, x := range xs {
		var r model.Report
		if x.Report != nil {
			var err error
			r, err = report.DecodeLine(x.Report, report.Options{})
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", x.Set, x.Line, err)
			}
		} else {
			r = model.Report{ID: x.ID, Kind: model.KindNews, Lang: x.Lang, Text: x.Text, Published: pub}
		}
		r.Origin = fmt.Sprintf("%s:%d", x.Set, x.Line)
		incs, err := ingest.Extract(ex, r)
		if err != nil {
			return nil, err
		}
		out[k] = readOutcome(r, incs)
	}
	return out, nil
}

// tally counts one set's texts.
type tally struct {
	neg, pos                        int
	rulesClean, bothClean, modelNeg int
	rulesKept, bothKept, modelPos   int
}

func score(xs []training.Example, outs []outcome, ps []float64, t float64) (map[string]*tally, []string) {
	by := map[string]*tally{}
	var order []string
	for k, x := range xs {
		s := by[x.Set]
		if s == nil {
			s = &tally{}
			by[x.Set] = s
			order = append(order, x.Set)
		}
		o := outs[k]
		gated := o.violent && ps[k] < t && !o.firm
		if !x.Violent {
			s.neg++
			if !o.violent {
				s.rulesClean++
			}
			if !o.violent || gated {
				s.bothClean++
			}
			if ps[k] < t {
				s.modelNeg++
			}
			continue
		}
		s.pos++
		if o.violent || o.other {
			s.rulesKept++
		}
		if o.violent && !gated || o.other {
			s.bothKept++
		}
		if ps[k] >= t {
			s.modelPos++
		}
	}
	return by, order
}

func crossValidate(_ context.Context, w io.Writer, xs []training.Example, c cvFlags) error {
	t := c.t
	deps, pub, err := rulesDeps()
	if err != nil {
		return err
	}
	outs, err := extractAll(extract.NewWith(deps), xs, pub)
	if err != nil {
		return err
	}
	ps, err := training.LeaveOneSetOut(xs, training.DefaultOptions())
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Each set scored by a model trained on all the others (%d texts in %d sets).\n\n", len(xs), len(setsOf(xs)))
	fmt.Fprintf(w, "threshold: no-incident clean, rules -> rules+model (of N); incident texts kept, rules -> rules+model (of N); gold or batch sets losing a text\n")
	for _, u := range []float64{0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5} {
		by, order := score(xs, outs, ps, u)
		var neg, pos, rc, bc, rk, bk int
		var lost []string
		for _, s := range order {
			x := by[s]
			neg, pos, rc, bc, rk, bk = neg+x.neg, pos+x.pos, rc+x.rulesClean, bc+x.bothClean, rk+x.rulesKept, bk+x.bothKept
			if x.bothKept < x.rulesKept {
				lost = append(lost, fmt.Sprintf("%s -%d", short(s), x.rulesKept-x.bothKept))
			}
		}
		fmt.Fprintf(w, "%.2f  clean %d -> %d /%d  kept %d -> %d /%d  %v\n", u, rc, bc, neg, rk, bk, pos, lost)
	}
	if f := c.dump; f != "" {
		var b strings.Builder
		for k, x := range xs {
			o := outs[k]
			fmt.Fprintf(&b, "%s\t%s\t%v\t%.5f\t%v\t%v\t%v\t%d\n", short(x.Set), x.ID, x.Violent, ps[k], o.violent, o.other, o.firm, len(strings.Fields(x.Text)))
		}
		if err := os.WriteFile(f, []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	if c.list {
		for k, x := range xs {
			o := outs[k]
			if o.violent && !o.firm && ps[k] < 0.5 {
				fmt.Fprintf(w, "gate %v p=%.3f %s %s | %.90s | %.120s\n", x.Violent, ps[k], short(x.Set), x.ID, x.Title, x.Text)
			}
		}
	}
	by, order := score(xs, outs, ps, t)
	fmt.Fprintf(w, "\nAt threshold %.2f:\n\n", t)
	fmt.Fprintf(w, "| set | no-incident clean: rules | rules + model | model alone | incident texts kept: rules | rules + model | model alone |\n|---|---|---|---|---|---|---|\n")
	var sum tally
	for _, s := range order {
		x := by[s]
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s |\n", short(s), frac(x.rulesClean, x.neg), frac(x.bothClean, x.neg), frac(x.modelNeg, x.neg), frac(x.rulesKept, x.pos), frac(x.bothKept, x.pos), frac(x.modelPos, x.pos))
		sum.neg, sum.pos = sum.neg+x.neg, sum.pos+x.pos
		sum.rulesClean, sum.bothClean, sum.modelNeg = sum.rulesClean+x.rulesClean, sum.bothClean+x.bothClean, sum.modelNeg+x.modelNeg
		sum.rulesKept, sum.bothKept, sum.modelPos = sum.rulesKept+x.rulesKept, sum.bothKept+x.bothKept, sum.modelPos+x.modelPos
	}
	x := sum
	fmt.Fprintf(w, "| all | %s | %s | %s | %s | %s | %s |\n", frac(x.rulesClean, x.neg), frac(x.bothClean, x.neg), frac(x.modelNeg, x.neg), frac(x.rulesKept, x.pos), frac(x.bothKept, x.pos), frac(x.modelPos, x.pos))
	return nil
}

func setsOf(xs []training.Example) []string {
	var out []string
	for _, x := range xs {
		if len(out) == 0 || out[len(out)-1] != x.Set {
			out = append(out, x.Set)
		}
	}
	return out
}

func short(s string) string {
	s = s[strings.LastIndex(s, "/")+1:]
	return strings.TrimSuffix(s, ".jsonl")
}

func frac(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%d/%d", a, b)
}
