package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/report"
)

// TestExplainGold prints, for each report of the gold file named by
// $EXTRACT_EXPLAIN, the incidents found with the trace of each (cue,
// anchors, readings) and, for a report with none, the step that rejected
// its cues: how a batch's misses are classed by the step that should have
// caught them. A tool for developers; it asserts nothing.
func TestExplainGold(t *testing.T) {
	path := os.Getenv("EXTRACT_EXPLAIN")
	if path == "" {
		t.Skip("EXTRACT_EXPLAIN not set (a gold .jsonl file)")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := eval.ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	e := realExtractor(t)
	for k, c := range cases {
		r, err := report.DecodeLine(c.Report, report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, traces := e.Explain(r)
		gold := make([]string, 0, len(c.Incidents))
		for _, g := range c.Incidents {
			gold = append(gold, string(g.Type))
		}
		fmt.Printf("%3d gold=%v %s\n", k+1, gold, r.Title)
		if len(got) == 0 {
			fmt.Printf("      none: %s\n", e.rejectStep(r))
		}
		for i, tr := range traces {
			fmt.Printf("      %s cue=%q %s anchors=%v shape=%v readings=%v\n", tr.Type, tr.Cue, tr.Origin, tr.Anchors, tr.Shape, tr.Readings)
			_ = i
		}
		_ = strings.TrimSpace
	}
}
