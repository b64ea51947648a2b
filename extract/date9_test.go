package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// TestHeadlinesDate9 scores testdata/headlines_date9.tsv, dated headlines
// written for branch date9 before any of its rules: the day of the first
// incident found against the day worked out by hand. A miss is told by its
// class: no incident found, no day read, or another day.
func TestHeadlinesDate9(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	cases := readDateCases(t, "headlines_date9.tsv")
	if len(cases) < 110 {
		t.Fatalf("%d cases, want at least 110", len(cases))
	}
	ok := 0
	for _, c := range cases {
		r := model.Report{ID: "d9", Kind: model.KindNews, Lang: report.DetectLang(c.text), Text: c.text, Published: c.published}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		day := "no incident"
		if len(got) > 0 {
			day = "-"
			if got[0].Time != nil {
				day = got[0].Time.In(loc).Format(time.DateOnly)
			}
		}
		if day != c.day {
			t.Errorf("headlines_date9.tsv:%d %q published %s: %s, want %s", c.line, c.text, c.published.Format(time.RFC3339), day, c.day)
			continue
		}
		ok++
	}
	t.Logf("headlines_date9.tsv: event day exact: %d/%d", ok, len(cases))
}
