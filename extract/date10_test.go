package extract

import (
	"testing"
	"time"
)

// TestHeadlinesDate10 scores testdata/headlines_date10.tsv, dated
// headlines written for branch date10 before its rules: parts of the day
// against the publication's time, weekdays near the publication day,
// publications late at night or before dawn and in other zones.
func TestHeadlinesDate10(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	checkDateFile(t, e, loc, "headlines_date10.tsv", 89)
}
