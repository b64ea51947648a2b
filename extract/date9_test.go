package extract

import (
	"testing"
	"time"
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
	checkDateFile(t, e, loc, "headlines_date9.tsv", 110)
}
