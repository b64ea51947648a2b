// Command pairs, run from the repository's root, reads the development fusion sets as eval does (real
// extraction, predicted incidents matched to gold ones), labels the pairs
// of predicted incidents fusion could consider (same gold event or not),
// and from them audits today's gates, lists the pairs the rules lose for
// their places, cross-validates a learned pair decision by leaving one set
// out, or writes the model file.
//
//	go run ./fuse/internal/pairs -apart
//	go run ./fuse/internal/pairs -audit
//	go run ./fuse/internal/pairs -cv
//	go run ./fuse/internal/pairs -dump pairs.tsv
//	go run ./fuse/internal/pairs -lost
//	go run ./fuse/internal/pairs -out fuse/pairmodel.json
//	go run ./fuse/internal/pairs -sweep 1e-3/1,1e-2/40,1e-3/40/avg [-with testdata/gold/fusion49.jsonl]
//	go run ./fuse/internal/pairs -types
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

func main() {
	root := flag.String("root", ".", "the repository's root")
	audit := flag.Bool("audit", false, "print how many same-act and other pairs each gate refuses")
	cv := flag.Bool("cv", false, "print the leave-one-set-out fusion scores of the rules and of the model")
	dump := flag.String("dump", "", "write the labelled pairs, one a line, to `FILE`")
	oof := flag.String("oof", "", "write the open pairs with their out-of-fold probabilities to `FILE`")
	out := flag.String("out", "", "write the model trained on every set to `FILE`")
	lost := flag.Bool("lost", false, "list the same-event pairs the rules keep apart for their places (state, municipality, one without municipality)")
	types := flag.Bool("types", false, "tabulate the pairs of two predicted types: same-event pairs joined and kept apart, and different events of one town and day")
	apart := flag.Bool("apart", false, "list the same-event pairs fusion keeps apart, by their first difference and the step of fusion that refused them")
	stability := flag.String("stability", "", "write every set's out-of-fold pair counts per threshold, with each other set left out too, to `FILE`")
	why := flag.Bool("why", false, "with -cv: list the pairs the model loses or joins that the rules do not, and the other way")
	o := defaults()
	flag.Float64Var(&o.Lambda, "lambda", o.Lambda, "the L2 penalty")
	flag.Float64Var(&o.precision, "precision", o.precision, "the pooled out-of-fold fusion pair precision the threshold keeps")
	flag.BoolVar(&o.verbose, "v", false, "with -cv: print each training's threshold")
	drop := flag.String("drop", "", "features, comma-separated, the model does not weigh")
	sweepF := flag.String("sweep", "", "print the out-of-fold curves, over a grid reaching below 0.97, of training `VARIANTS`: lambda/mindocs[/avg], comma-separated")
	with := flag.String("with", "", "with -sweep: more sets to train on, never scored, comma-separated")
	flag.Parse()
	if *sweepF != "" {
		if err := runSweep(context.Background(), *root, o, *sweepF, *with); err != nil {
			slog.Error("pairs", "err", err)
			os.Exit(1)
		}
		return
	}
	for _, n := range strings.Split(*drop, ",") {
		if n != "" {
			o.drop = append(o.drop, feature(n))
		}
	}
	if err := run(context.Background(), *root, o, *audit, *cv, *why, *lost, *apart, *types, *dump, *oof, *stability, *out); err != nil {
		slog.Error("pairs", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, root string, o settings, audit, cv, why, lost, apart, types bool, dump, oofPath, stability, out string) error {
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	sets, err := load(ctx, root, Sets(), ex)
	if err != nil {
		return err
	}
	if dump != "" {
		if err := writeDump(dump, sets); err != nil {
			return err
		}
	}
	if oofPath != "" {
		if err := writeOOF(oofPath, sets, o); err != nil {
			return err
		}
	}
	if stability != "" {
		if err := writeStability(stability, sets, o); err != nil {
			return err
		}
	}
	if audit {
		writeAudit(os.Stdout, sets)
	}
	if apart {
		if err := writeApart(os.Stdout, sets, fuse.DefaultConfig()); err != nil {
			return err
		}
	}
	if types {
		if err := writeTypes(os.Stdout, sets, fuse.DefaultConfig()); err != nil {
			return err
		}
	}
	if lost {
		if err := writeLostAll(os.Stdout, sets); err != nil {
			return err
		}
	}
	if cv {
		if err := crossValidate(os.Stdout, sets, o, why); err != nil {
			return err
		}
	}
	if out != "" {
		m, err := train(sets, "", o)
		if err != nil {
			return err
		}
		b, err := m.Marshal()
		if err != nil {
			return err
		}
		if err := os.WriteFile(out, b, 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", out, err)
		}
	}
	return nil
}

// Sets lists the development fusion sets, from the repository's root:
// never a held-out one (eval.HeldOut).
func Sets() []string {
	var out []string
	for _, n := range []string{"", "2", "3", "4", "5", "6", "8", "10", "11", "13", "15", "17", "19", "21", "23", "25", "27", "29", "31", "33", "35", "37", "39", "41", "43", "45", "47", "51", "53", "57"} {
		out = append(out, "testdata/gold/fusion"+n+".jsonl")
	}
	return append(out, "fuse/testdata/fusion_own.jsonl", "fuse/testdata/fusion_own2.jsonl", "fuse/testdata/fusion_own3.jsonl")
}

// set is one fusion set read: its data and its labelled pairs.
type set struct {
	name  string
	data  *eval.FusionData
	pairs []pair
}

// pair is two predicted incidents of different reports that fusion could
// consider, labelled by whether their gold incidents are one event.
type pair struct {
	same bool
	a, b string // incident ids, a the earlier in fusion order
	v    fuse.Features
}

// newExtractor returns the extractor as atalaya eval wires it, with no
// outlet prior.
func newExtractor() (*extract.Extractor, error) {
	d, err := extract.EmbeddedDeps(nil)
	if err != nil {
		return nil, err
	}
	return extract.NewWith(d), nil
}

// load reads the sets that exist under root (a set not yet written is
// skipped) with ex, refusing any held-out one.
func load(ctx context.Context, root string, paths []string, ex ingest.Extractor) ([]set, error) {
	var out []set
	var failed []error
	for _, p := range paths {
		if eval.HeldOut(p) {
			return nil, fmt.Errorf("%s is a held-out set: never trained on", p)
		}
		f, err := os.Open(filepath.Join(root, p))
		if errors.Is(err, os.ErrNotExist) {
			slog.Info("not yet written", "set", p)
			continue
		}
		if err != nil {
			return nil, err
		}
		cases, err := eval.ReadGold(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		data, err := eval.PrepareFusion(ctx, cases, pipeline(p, cases, ex, &failed))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if len(failed) > 0 {
			// No model is trained on a set an extractor bug read in part.
			return nil, errors.Join(failed...)
		}
		out = append(out, set{name: p, data: data, pairs: labelledPairs(data)})
	}
	return out, nil
}

// pipeline reads a gold line of set p as eval does: a line that does not
// decode (a report without text) is eval's pipeline error, read with
// nothing found; a panic of ex is an error naming the report and its
// line (ingest.Extract), added to failed.
func pipeline(p string, cases []eval.Case, ex ingest.Extractor, failed *[]error) eval.Pipeline {
	lines := make(map[string]int, len(cases))
	for _, c := range cases {
		lines[string(c.Report)] = c.Line
	}
	return func(line []byte) (model.Report, []model.Incident, error) {
		r, err := report.DecodeLine(line, report.Options{})
		if err != nil {
			return model.Report{}, nil, err
		}
		r.Origin = fmt.Sprintf("%s:%d", p, lines[string(line)])
		in, err := ingest.Extract(ex, r)
		if err != nil {
			*failed = append(*failed, err)
		}
		return r, in, err
	}
}

// Pair reach: fusion could consider two incidents of one state, or this
// close, at most this far apart in time.
const (
	reachKm   = 60
	reachDays = 2
)

// labelledPairs returns the pairs of labelled predicted incidents of
// different reports within reach, in fusion order.
func labelledPairs(d *eval.FusionData) []pair {
	items := fusionOrder(d)
	labels := d.Labels()
	cfg := rulesOnly()
	var out []pair
	for j := range items {
		b := &items[j]
		lb, ok := labels[b.Incident.ID]
		if !ok || b.Incident.Denial {
			continue
		}
		tb, ok := b.Key()
		if !ok {
			continue
		}
		for i := range j {
			a := &items[i]
			la, ok := labels[a.Incident.ID]
			if !ok || a.Incident.Denial || a.Incident.ReportID == b.Incident.ReportID {
				continue
			}
			ta, ok := a.Key()
			if !ok || tb.Sub(ta).Abs().Hours() > 24*reachDays || !within(&a.Incident.Location, &b.Incident.Location) {
				continue
			}
			out = append(out, pair{same: la == lb, a: a.Incident.ID, b: b.Incident.ID, v: fuse.PairFeatures(cfg, *a, *b)})
		}
	}
	return out
}

// within reports whether two places are of one state or within reachKm.
func within(a, b *model.Location) bool {
	if a.StateCode != "" && a.StateCode == b.StateCode {
		return true
	}
	return a.Lat != nil && a.Lon != nil && b.Lat != nil && b.Lon != nil && model.DistanceKm(*a.Lat, *a.Lon, *b.Lat, *b.Lon) <= reachKm
}

// writeDump writes the labelled pairs: set, label, ids, then the
// features by name.
func writeDump(path string, sets []set) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "set\tsame\ta\tb\t%s\n", strings.Join(fuse.FeatureNames[:], "\t"))
	for _, s := range sets {
		for _, p := range s.pairs {
			fmt.Fprintf(w, "%s\t%v\t%s\t%s", s.name, p.same, p.a, p.b)
			for _, x := range p.v {
				fmt.Fprintf(w, "\t%.4g", x)
			}
			fmt.Fprintln(w)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
