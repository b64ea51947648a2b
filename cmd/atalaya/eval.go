package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

func runEval(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", stderr)
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	shared := fs.Bool("shared", false, "score the real coded data sets of `DIR` (default ../shared) instead of a gold file")
	split := fs.String("split", "all", "with --shared: the half to score, dev, check or all; dev-a or dev-b, the halves of dev, for telling whether a change tuned on one carries to the other")
	why := fs.Bool("why", false, "with --shared: also count the false incidents on no-incident texts by type, cue word and reading, the rows by coding and first incident found, and the acts lost (rows naming a place, nothing found) by the step that let them go; with --split dev, dev-a or dev-b, list each dev row read otherwise than coded; with a gold file: list every unpaired, mistyped or misplaced incident with its evidence, and the same-event pairs fusion got wrong (kept apart or joined), end to end and fusing the gold incidents themselves; with a headline set (.tsv): every headline read otherwise than labelled (never on a held-out set)")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *shared {
		if len(paths) > 1 {
			return usageError{"give at most one data directory"}
		}
		dir := "../shared"
		if len(paths) == 1 {
			dir = paths[0]
		}
		if !slices.Contains([]string{"dev", "check", "all", "dev-a", "dev-b"}, *split) {
			return usageError{fmt.Sprintf("--split %q: want dev, check, all, dev-a or dev-b", *split)}
		}
		return runEvalShared(ctx, dir, *split, *asJSON, *why, stdout)
	}
	if len(paths) != 1 {
		return usageError{"give one gold file"}
	}
	if *why && eval.HeldOut(paths[0]) {
		return usageError{fmt.Sprintf("%s is a held-out set: --why never lists one, score it without", paths[0])}
	}
	f, err := os.Open(paths[0])
	if err != nil {
		return err
	}
	defer f.Close()
	if strings.HasSuffix(paths[0], ".tsv") {
		return runEvalHeadlines(ctx, f, paths[0], *asJSON, *why, stdout)
	}
	cases, err := eval.ReadGold(f)
	if err != nil {
		return fmt.Errorf("%s: %w", paths[0], err)
	}
	ex, err := newExtractor(nil)
	if err != nil {
		return err
	}
	scores, err := eval.Run(ctx, cases, goldPipeline(ex))
	if err != nil {
		return err
	}
	if !*why {
		scores.Misses = nil
		if scores.Fusion != nil {
			scores.Fusion.LostPairs = nil
			scores.Fusion.GoldMissed = nil
		}
	}
	if *asJSON {
		if err := writeJSON(stdout, scores); err != nil {
			return err
		}
		return pipelineErrors(len(scores.Errors))
	}
	if err := scores.Write(stdout); err != nil {
		return err
	}
	if *why {
		if err := eval.WriteMisses(stdout, scores); err != nil {
			return err
		}
	}
	return pipelineErrors(len(scores.Errors))
}

// writeJSON writes v, indented, to w: scores whose pipeline errors are
// in them (the caller's exit status says so too).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// pipelineErrors is the error of an evaluation or an explanation whose
// pipeline failed on n reports (listed in its output: eval's "pipeline
// errors", the JSON's errors, explain's entries), nil when n is 0.
func pipelineErrors(n int) error {
	if n == 0 {
		return nil
	}
	return fmt.Errorf("%d pipeline errors (listed in the output): %w", n, errSkipped)
}

// goldPipeline reads a gold line's report and extracts it with ex; a
// panic of ex is an error naming the report, which eval lists among the
// pipeline errors.
func goldPipeline(ex ingest.Extractor) eval.Pipeline {
	return func(line []byte) (model.Report, []model.Incident, error) {
		r, err := report.DecodeLine(line, report.Options{})
		if err != nil {
			return model.Report{}, nil, err
		}
		in, err := ingest.Extract(ex, r)
		return r, in, err
	}
}

// placeReader reads an item's place names with the gazetteer under the
// outlet's home state (home: the learned one, else the one its name
// says), as the extractor does, for the causes of the state misses.
func placeReader(g *gazetteer.Gazetteer, prior *extract.SourcePrior, homeState func(string) string) eval.PlaceReader {
	return func(it dataset.Item) eval.PlaceReading {
		rs, _ := it.Reports(report.Options{})
		var out eval.PlaceReading
		for _, r := range rs {
			text := r.Text
			if r.Title != "" {
				text = r.Title + "\n" + r.Text
			}
			home := homeState(r.Source)
			out.Home = home
			ms := g.Find(text)
			resolve := g.Resolve
			if !prior.FirmHome(r.Source) {
				resolve = g.ResolveWeak
			}
			chosen := make(map[int]gazetteer.Place)
			for _, x := range resolve(text, ms, home) {
				chosen[x.Start] = x.Place
			}
			for _, m := range ms {
				var n eval.PlaceName
				for _, c := range m.Candidates {
					if c.StateCode != "" && !slices.Contains(n.States, c.StateCode) {
						n.States = append(n.States, c.StateCode)
					}
				}
				if p, ok := chosen[m.Start]; ok {
					n.Resolved, n.IsState = p.StateCode, p.Kind == gazetteer.State
				}
				out.Names = append(out.Names, n)
			}
		}
		return out
	}
}

// runEvalShared scores the pipeline on the third-party data sets under dir.
func runEvalShared(ctx context.Context, dir, split string, asJSON, why bool, stdout io.Writer) error {
	prior := extract.NewSourcePrior()
	ex, err := newExtractor(prior)
	if err != nil {
		return err
	}
	sets, err := dataset.Load(ctx, dir, ex.gaz)
	if errors.Is(err, dataset.ErrAbsent) {
		fmt.Fprintf(stdout, "atalaya eval --shared: no data to score: %v\n", err)
		return nil
	}
	if err != nil {
		return err
	}
	// The outlet prior as ingest learns it, from the reports themselves
	// (their texts, never the gold): a first pass over every set, both
	// halves, as if they had been ingested before.
	for _, s := range sets {
		for _, it := range s.Items {
			if err := ctx.Err(); err != nil {
				return err
			}
			rs, _ := it.Reports(report.Options{})
			for _, r := range rs {
				// A report whose extraction fails teaches nothing; the
				// scoring pass counts it among the pipeline errors.
				if in, err := ingest.Extract(ex, r); err == nil {
					prior.Observe(r, in)
				}
			}
		}
	}
	pipeline := func(it dataset.Item) ([]model.Incident, error) {
		rs, err := it.Reports(report.Options{})
		var out []model.Incident
		for _, r := range rs {
			in, xerr := ingest.Extract(ex, r)
			out = append(out, in...)
			err = errors.Join(err, xerr)
		}
		return out, err
	}
	scores, err := eval.RunSetsReading(ctx, sets, split, 0, pipeline, placeReader(ex.gaz, prior, ex.HomeState))
	if err != nil {
		return err
	}
	var bs []eval.Breakdown
	var ts []eval.TypeTable
	var lost []eval.LostActs
	var misses []eval.RowMiss
	if why {
		explain := func(it dataset.Item) ([]model.Incident, [][]string, error) {
			rs, err := it.Reports(report.Options{})
			var incs []model.Incident
			var labels [][]string
			for _, r := range rs {
				var in []model.Incident
				var ts []extract.Trace
				if xerr := ingest.Guard(r, func() { in, ts = ex.Explain(r) }); xerr != nil {
					err = errors.Join(err, xerr)
					continue
				}
				incs = append(incs, in...)
				for _, t := range ts {
					labels = append(labels, t.Labels())
				}
			}
			return incs, labels, err
		}
		if bs, err = eval.FalseIncidents(ctx, sets, split, explain); err != nil {
			return err
		}
		if ts, err = eval.TypeTables(ctx, sets, split, pipeline); err != nil {
			return err
		}
		drops := func(it dataset.Item) ([]eval.Drop, error) {
			rs, err := it.Reports(report.Options{})
			var out []eval.Drop
			for _, r := range rs {
				var acc extract.Account
				if xerr := ingest.Guard(r, func() { acc = ex.Account(r) }); xerr != nil {
					err = errors.Join(err, xerr)
					continue
				}
				for _, d := range acc.Dropped {
					out = append(out, eval.Drop{Step: d.Step, Reason: d.Reason})
				}
			}
			return out, err
		}
		if lost, misses, err = eval.Losses(ctx, sets, split, pipeline, drops); err != nil {
			return err
		}
	}
	n := 0
	for _, set := range scores.Sets {
		if k := len(set.Splits); k > 0 {
			n += set.Splits[k-1].Errors // the last split holds the others
		}
	}
	if asJSON {
		var v any = scores
		if why {
			v = struct {
				*eval.SharedScores
				FalseIncidents []eval.Breakdown `json:"false_incidents"`
				TypeTables     []eval.TypeTable `json:"type_tables"`
				LostActs       []eval.LostActs  `json:"lost_acts"`
				Misses         []eval.RowMiss   `json:"misses,omitempty"`
			}{scores, bs, ts, lost, misses}
		}
		if err := writeJSON(stdout, v); err != nil {
			return err
		}
		return pipelineErrors(n)
	}
	if err := scores.Write(stdout); err != nil {
		return err
	}
	if why {
		if err := eval.WriteBreakdowns(stdout, bs, 2); err != nil {
			return err
		}
		if err := eval.WriteTypeTables(stdout, ts); err != nil {
			return err
		}
		if err := eval.WriteLosses(stdout, lost, misses); err != nil {
			return err
		}
	}
	return pipelineErrors(n)
}

// runEvalHeadlines scores a headline set (testdata/headlines/README.md)
// read from f.
func runEvalHeadlines(ctx context.Context, f io.Reader, name string, asJSON, why bool, stdout io.Writer) error {
	hs, err := eval.ReadHeadlines(f)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	ex, err := newExtractor(nil)
	if err != nil {
		return err
	}
	scores, err := eval.ScoreHeadlines(ctx, hs, func(h eval.Headline) (model.Report, []model.Incident, error) {
		r := eval.HeadlineReport(h, report.DetectLang(h.Text))
		in, err := ingest.Extract(ex, r)
		return r, in, err
	})
	if err != nil {
		return err
	}
	if !why {
		scores.Misses = nil
	}
	if asJSON {
		if err := writeJSON(stdout, scores); err != nil {
			return err
		}
		return pipelineErrors(len(scores.Errors))
	}
	if err := scores.Write(stdout); err != nil {
		return err
	}
	if why {
		if err := eval.WriteHeadlineMisses(stdout, scores); err != nil {
			return err
		}
	}
	return pipelineErrors(len(scores.Errors))
}
