package eval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Write prints the scores as aligned tables: the counts, the incident-level
// and per-field metrics, the per-language incident metrics, the no-incident
// rate, the fusion score when the gold labels events, and any pipeline
// errors.
func (s *Scores) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "reports %d, gold incidents %d, predicted incidents %d, paired %d\n\n",
		s.Reports, s.GoldIncidents, s.PredictedIncidents, s.Paired)

	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "field\tprecision\trecall\tF1\tcorrect\tpredicted\tgold\t")
	row := func(name string, m Metric) {
		if m.Predicted == 0 && m.Gold == 0 {
			// Nothing to score: no ratio is meaningful.
			fmt.Fprintf(tw, "%s\t-\t-\t-\t0\t0\t0\t\n", name)
			return
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t\n",
			name, m.Precision, m.Recall, m.F1, m.Correct, m.Predicted, m.Gold)
	}
	row("incident", s.Incidents)
	for _, f := range s.Fields {
		row(f.Field, f.Metric)
	}
	for _, l := range s.Languages {
		name := l.Lang
		if name == "" {
			name = "?"
		}
		row(fmt.Sprintf("incident[%s] (%d reports)", name, l.Reports), l.Metric)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: writing scores: %w", err)
	}

	fmt.Fprintln(bw)
	if s.MedianGeoErrorKm != nil {
		fmt.Fprintf(bw, "median geocoding error: %.1f km\n", *s.MedianGeoErrorKm)
	} else {
		fmt.Fprintln(bw, "median geocoding error: n/a")
	}
	if s.NoIncident.Reports == 0 {
		fmt.Fprintln(bw, "no-incident reports without a violent prediction: n/a (no such report)")
	} else {
		fmt.Fprintf(bw, "no-incident reports without a violent prediction: %d/%d (%.3f)\n",
			s.NoIncident.Clean, s.NoIncident.Reports, s.NoIncident.Rate)
	}
	if f := s.Fusion; f != nil {
		fmt.Fprintf(bw, "fusion, same event (pairs of labelled incidents across reports): precision %.3f recall %.3f F1 %.3f (%d correct, %d predicted, %d gold pairs)\n",
			f.Pairs.Precision, f.Pairs.Recall, f.Pairs.F1, f.Pairs.Correct, f.Pairs.Predicted, f.Pairs.Gold)
		fmt.Fprintf(bw, "fusion: %d labelled incidents (%d without a predicted incident) in %d gold events; %d predicted events, the largest of %d incidents\n",
			f.Labelled, f.Unpaired, f.GoldEvents, f.Events, f.LargestEvent)
		if len(f.Lost) > 0 {
			var parts []string
			for _, c := range LostCauses {
				if n := f.Lost[c]; n > 0 {
					parts = append(parts, fmt.Sprintf("%s %d", c, n))
				}
			}
			fmt.Fprintf(bw, "fusion: gold pairs not joined, by the first difference of their predicted incidents: %s\n", strings.Join(parts, ", "))
		}
		fmt.Fprintf(bw, "fusion of the gold incidents themselves: precision %.3f recall %.3f F1 %.3f (%d correct, %d predicted, %d gold pairs), the largest event of %d incidents\n",
			f.GoldPairs.Precision, f.GoldPairs.Recall, f.GoldPairs.F1, f.GoldPairs.Correct, f.GoldPairs.Predicted, f.GoldPairs.Gold, f.GoldLargestEvent)
	}
	if len(s.Errors) > 0 {
		fmt.Fprintf(bw, "pipeline errors: %d\n", len(s.Errors))
		for _, e := range s.Errors {
			fmt.Fprintf(bw, "  line %d: %s\n", e.Line, e.Err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("eval: writing scores: %w", err)
	}
	return nil
}

// WriteMisses writes s.Misses, one a line: gold line, kind, gold and
// predicted incident, and the prediction's evidence.
func WriteMisses(w io.Writer, s *Scores) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "\nmisses (%d):\n", len(s.Misses))
	for _, m := range s.Misses {
		fmt.Fprintf(bw, "line %d\t%s\tgold %s\tpred %s\t%q\n", m.Line, m.Kind, orDash(m.Gold), orDash(m.Pred), m.Evidence)
	}
	if f := s.Fusion; f != nil && len(f.LostPairs) > 0 {
		fmt.Fprintf(bw, "\npairs fusion got wrong: same-event pairs not joined, pairs of two events joined (%d):\n", len(f.LostPairs))
		for _, p := range f.LostPairs {
			fmt.Fprintf(bw, "%s\t%s\tline %d: %s\n\t\tline %d: %s\n", p.Event, p.Cause, p.LineA, orDash(p.PredA), p.LineB, orDash(p.PredB))
		}
	}
	if f := s.Fusion; f != nil && len(f.GoldMissed) > 0 {
		fmt.Fprintf(bw, "\ngold-incident pairs fusion alone got wrong (%d):\n", len(f.GoldMissed))
		for _, p := range f.GoldMissed {
			fmt.Fprintf(bw, "%s\t%s\tline %d: %s\n\t\tline %d: %s\n", p.Event, p.Cause, p.LineA, orDash(p.PredA), p.LineB, orDash(p.PredB))
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("eval: writing misses: %w", err)
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
