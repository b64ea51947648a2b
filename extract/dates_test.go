package extract

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// dateCase is a line of testdata/dates.tsv: a text, its publication time
// and the event day it tells.
type dateCase struct {
	line      int
	published time.Time
	day       string
	text      string
}

func readDateCases(t *testing.T) []dateCase {
	t.Helper()
	f, err := os.Open("testdata/dates.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []dateCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) != 3 {
			t.Fatalf("dates.tsv:%d: %d columns, want 3", n, len(cols))
		}
		pub, err := time.Parse(time.RFC3339, cols[0])
		if err != nil {
			t.Fatalf("dates.tsv:%d: %v", n, err)
		}
		if _, err := time.Parse(time.DateOnly, cols[1]); err != nil {
			t.Fatalf("dates.tsv:%d: %v", n, err)
		}
		out = append(out, dateCase{line: n, published: pub, day: cols[1], text: strings.ReplaceAll(cols[2], `\n`, "\n")})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestDates scores the day of the first incident found in each text of
// testdata/dates.tsv, dated sentences and headlines in Spanish and English
// written for the test, against the day worked out by hand. Every case is
// expected to pass; the score is logged for the record.
func TestDates(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	cases := readDateCases(t)
	if len(cases) < 80 {
		t.Fatalf("%d cases, want at least 80", len(cases))
	}
	ok := 0
	for _, c := range cases {
		r := model.Report{ID: "d", Kind: model.KindNews, Lang: report.DetectLang(c.text), Text: c.text, Published: c.published}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		day := "no incident"
		if len(got) > 0 {
			day = "no time"
			if got[0].Time != nil {
				day = got[0].Time.In(loc).Format(time.DateOnly)
			}
		}
		if day != c.day {
			t.Errorf("dates.tsv:%d %q published %s: %s, want %s", c.line, c.text, c.published.Format(time.RFC3339), day, c.day)
			continue
		}
		ok++
	}
	t.Logf("event day exact: %d/%d", ok, len(cases))
}
