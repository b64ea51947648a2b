package dataset

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/report"
)

// checkItems asserts what every reader promises: counts that add up, items
// with an id and a split, report lines that are JSON objects, gold codes
// of the right length and coordinates in range.
func checkItems(t *testing.T, s Set) {
	t.Helper()
	if s.Rows != s.Skipped+len(s.Items) {
		t.Fatalf("rows %d != skipped %d + items %d", s.Rows, s.Skipped, len(s.Items))
	}
	for _, it := range s.Items {
		if it.ID == "" || (it.Split != Dev && it.Split != Check) {
			t.Fatalf("item %+v without id or split", it)
		}
		if it.Line != nil {
			var obj map[string]any
			if err := json.Unmarshal(it.Line, &obj); err != nil {
				t.Fatalf("line %q: %v", it.Line, err)
			}
			if txt, _ := obj["text"].(string); txt == "" {
				t.Fatalf("line %q without text", it.Line)
			}
		}
		g := it.Gold
		if len(g.StateCode) != 0 && len(g.StateCode) != 2 || len(g.MunicipalityCode) != 0 && len(g.MunicipalityCode) != 5 {
			t.Fatalf("codes %q %q", g.StateCode, g.MunicipalityCode)
		}
		if (g.Lat == nil) != (g.Lon == nil) || g.Lat != nil && !validCoord(*g.Lat, *g.Lon) {
			t.Fatalf("coordinates %v %v", g.Lat, g.Lon)
		}
		if g.Killed != nil && *g.Killed < 0 {
			t.Fatalf("killed %d", *g.Killed)
		}
		if g.Date != "" && validDate(g.Date) == "" {
			t.Fatalf("date %q", g.Date)
		}
		if g.TypeAmbiguous && len(g.Types) > 0 {
			t.Fatalf("ambiguous with types %v", g.Types)
		}
	}
}

// checkRowError fails t unless err, an error of a row reader, names the
// line and is bounded.
func checkRowError(t *testing.T, err error) {
	t.Helper()
	if msg := err.Error(); !strings.HasPrefix(msg, "line ") || len(msg) > 500 {
		t.Fatalf("error of %d bytes, want one under 500 naming the line: %.300q", len(msg), msg)
	}
}

func seedFile(f *testing.F, path string) {
	if b, err := os.ReadFile(path); err == nil {
		f.Add(b)
	}
}

func FuzzReadPPD(f *testing.F) {
	seedFile(f, "testdata/shared/data/monitor_ppd_2022.jsonl")
	f.Add([]byte(`{"title": "x", "killed_total": "3", "state_inegi": "1", "municipality_inegi": "99999"}`))
	f.Add([]byte("{}\n\n{\"title\": null, \"pub_date\": \"2022-13-40\"}"))
	n := testNamer(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ReadPPD(context.Background(), bytes.NewReader(data), n)
		if err != nil {
			checkRowError(t, err)
			return
		}
		checkItems(t, s)
	})
}

func FuzzReadUCDP(f *testing.F) {
	seedFile(f, "testdata/shared/data/ucdp_ged_mexico_1989_2020.jsonl")
	f.Add([]byte(`{"id": 1, "source_headline": "a;b;c", "source_office": "x;y;z", "source_date": ";", "where_prec": 1, "date_prec": 1, "latitude": 999, "longitude": 0}`))
	f.Add([]byte(`{"where_prec": "1", "date_prec": 1.5, "best": -3, "source_headline": " "}`))
	n := testNamer(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ReadUCDP(context.Background(), bytes.NewReader(data), n)
		if err != nil {
			checkRowError(t, err)
			return
		}
		checkItems(t, s)
	})
}

// FuzzReadNewsDev writes the input as a news_dev file and reads the folder:
// it must never fail on a bad file (it is left out or handed on), and the
// item must decode or fail with an error, never panic.
func FuzzReadNewsDev(f *testing.F) {
	seedFile(f, "testdata/shared/data/news_dev/2022-08-12_prueba_000000000001.json")
	f.Add([]byte(`{"id": 7, "event": ["x"]}`))
	f.Add([]byte(`[{"text": "a"}, {"text": "b"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "a.json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := ReadNewsDev(context.Background(), dir)
		if err != nil {
			t.Fatal(err)
		}
		checkItems(t, s)
		for _, it := range s.Items {
			_, _ = it.Reports(report.Options{})
		}
	})
}
