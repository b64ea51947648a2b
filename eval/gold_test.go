package eval

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

// TestDevGold checks the development gold set for the properties its
// README promises, so that an edit that breaks them fails here.
func TestDevGold(t *testing.T) {
	checkGold(t, "../testdata/gold/dev.jsonl", 50, 10)
}

// TestHeldOutGold checks the held-out test gold set with the same rules.
func TestHeldOutGold(t *testing.T) {
	checkGold(t, "../testdata/gold/test.jsonl", 30, 8)
}

// TestDev2Gold checks the second, blind-written development gold set with
// the same rules.
func TestDev2Gold(t *testing.T) {
	checkGold(t, "../testdata/gold/dev2.jsonl", 40, 12)
}

// checkGold reads the gold file at path and checks its invariants: ids
// unique, text and publication time present, names and codes given together
// and consistent, coordinates inside Mexico, at least minReports reports and
// minEmpty of them without incident, Spanish and English only, all kinds.
func checkGold(t *testing.T, path string, minReports, minEmpty int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < minReports {
		t.Errorf("%s: %d reports, want at least %d", path, len(cases), minReports)
	}
	ids := map[string]int{}
	langs := map[string]int{}
	kinds := map[string]int{}
	empty := 0
	for _, c := range cases {
		var r struct {
			ID, Kind, Lang, Text, Published string
		}
		if err := json.Unmarshal(c.Report, &r); err != nil {
			t.Fatalf("line %d: %v", c.Line, err)
		}
		if prev, dup := ids[r.ID]; dup || r.ID == "" {
			t.Errorf("line %d: id %q empty or already on line %d", c.Line, r.ID, prev)
		}
		ids[r.ID] = c.Line
		langs[r.Lang]++
		kinds[r.Kind]++
		if strings.TrimSpace(r.Text) == "" {
			t.Errorf("line %d: empty text", c.Line)
		}
		if _, err := time.Parse(time.RFC3339, r.Published); err != nil {
			t.Errorf("line %d: published: %v", c.Line, err)
		}
		if len(c.Incidents) == 0 {
			empty++
		}
		for i, g := range c.Incidents {
			where := func(msg string, args ...any) {
				t.Helper()
				t.Errorf("line %d incident %d: "+msg, append([]any{c.Line, i + 1}, args...)...)
			}
			if (g.State == "") != (g.StateCode == "") || (g.Municipality == "") != (g.MunicipalityCode == "") {
				where("name and code must be given together: %+v", g)
			}
			if g.StateCode != "" && len(g.StateCode) != 2 {
				where("state code %q", g.StateCode)
			}
			if g.MunicipalityCode != "" && (len(g.MunicipalityCode) != 5 || !strings.HasPrefix(g.MunicipalityCode, g.StateCode)) {
				where("municipality code %q in state %q", g.MunicipalityCode, g.StateCode)
			}
			// Mexico's bounding box.
			if g.Lat != nil && (*g.Lat < 14.5 || *g.Lat > 32.8 || *g.Lon < -118.5 || *g.Lon > -86.7) {
				where("coordinates %v,%v outside Mexico", *g.Lat, *g.Lon)
			}
			if g.MunicipalityCode != "" && g.Lat == nil {
				where("municipality without coordinates")
			}
			if (g.Time == "") != (g.TimePrecision == "") {
				where("time %q with precision %q", g.Time, g.TimePrecision)
			}
		}
	}
	if empty < minEmpty {
		t.Errorf("%s: %d reports without incident, want at least %d", path, empty, minEmpty)
	}
	if langs["es"] == 0 || langs["en"] == 0 || len(langs) != 2 {
		t.Errorf("languages %v, want es and en only", langs)
	}
	for _, k := range []string{"news", "transcript", "official", "alert_feed"} {
		if kinds[k] == 0 {
			t.Errorf("no report of kind %s", k)
		}
	}
}

// TestDev3Gold checks the third blind-written development gold set, the
// one with denials and tallies, with the same rules.
func TestDev3Gold(t *testing.T) {
	checkGold(t, "../testdata/gold/dev3.jsonl", 60, 25)
}
