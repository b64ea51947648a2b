package extract

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// readGold reads the gold file at path (testdata/gold/README.md).
func readGold(t testing.TB, path string) []eval.Case {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := eval.ReadGold(bufio.NewReader(f))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return cases
}

// TestDumpGold prints, for each report of the gold file named by
// $EXTRACT_GOLD, the gold incidents beside the extracted ones; it is a tool
// for developers and skips otherwise.
func TestDumpGold(t *testing.T) {
	path := os.Getenv("EXTRACT_GOLD")
	if path == "" {
		t.Skip("EXTRACT_GOLD not set")
	}
	cases := readGold(t, path)
	e := realExtractor(t)
	only := os.Getenv("EXTRACT_ONLY")
	for _, c := range cases {
		r, err := report.DecodeLine(c.Report, report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if only != "" && !strings.Contains(only, r.ID) {
			continue
		}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if os.Getenv("EXTRACT_MISSED") != "" {
			// Only the reports with an unpaired or mistyped incident.
			sc, err := eval.Run(t.Context(), []eval.Case{c}, func([]byte) (model.Report, []model.Incident, error) { return r, got, nil })
			if err != nil {
				t.Fatal(err)
			}
			m := sc.Incidents
			if m.Correct == len(c.Incidents) && m.Correct == len(got) {
				continue
			}
			fmt.Printf("## FP=%d FN=%d\n", len(got)-m.Correct, len(c.Incidents)-m.Correct)
		}
		fmt.Printf("== %s %s %s pub=%s\n   T: %s\n   X: %s\n", r.ID, r.Lang, r.Kind, r.Published.Format("2006-01-02T15:04 Mon"), r.Title, r.Text)
		for _, g := range c.Incidents {
			fmt.Printf("  G%s %-18s %s|%s %s %s k=%s i=%s d=%s kd=%s a=%v\n", flags(g.Denial, g.Tally), g.Type, g.StateCode, g.MunicipalityCode, g.Municipality, g.Time, ip(g.Killed), ip(g.Injured), ip(g.Detained), ip(g.Kidnapped), g.Actors)
		}
		for _, g := range got {
			tm := ""
			if g.Time != nil {
				tm = g.Time.In(mexico).Format("2006-01-02T15:04") + "/" + string(g.TimePrecision)
			}
			ev := ""
			if len(g.Evidence) > 0 {
				ev = g.Evidence[0].Text
			}
			fmt.Printf("  P%s %-18s %s|%s %s %s k=%s i=%s d=%s kd=%s a=%v\n      ev=%q\n", flags(g.Denial, g.Tally), g.Type, g.Location.StateCode, g.Location.MunicipalityCode, g.Location.Municipality, tm, cp(g.Killed), cp(g.Injured), cp(g.Detained), cp(g.Kidnapped), g.Actors, ev)
		}
	}
}

func ip(p *int) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprint(*p)
}

func cp(c *model.Count) string {
	if c == nil {
		return "-"
	}
	return fmt.Sprint(c.N)
}

// flags marks a denial "D" and a tally "T" in the dump.
func flags(denial, tally bool) string {
	switch {
	case denial:
		return "D"
	case tally:
		return "T"
	}
	return " "
}
