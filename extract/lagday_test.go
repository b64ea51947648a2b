package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestLagToldInClause checks the days of both acts of a sentence that
// tells one "un día después de que" another: the earlier act counts back
// from the later one's day, unless its clause tells its own day.
// Published Monday 6 March 2023 at 10:30: Sat 4, Sun 5.
func TestLagToldInClause(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2023, 3, 6, 10, 30, 0, 0, loc)
	tests := []struct {
		text string
		days []string // each incident's day, in order
	}{
		// The clause's own "el sábado" is the earlier act's day (it read
		// Friday, a day before it, before).
		{"Este domingo mataron a un policía en Celaya, un día después de que asesinaran a otro el sábado",
			[]string{"2023-03-05", "2023-03-04"}},
		// Without a day of its own, a day before the day told.
		{"Este domingo mataron a un policía en Celaya, un día después de que asesinaran a otro",
			[]string{"2023-03-05", "2023-03-04"}},
	}
	for _, tt := range tests {
		r := model.Report{ID: "d", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		var days []string
		for _, in := range e.Extract(r) {
			days = append(days, dayOf(in))
		}
		if !slices.Equal(days, tt.days) {
			t.Errorf("%q: days %v, want %v", tt.text, days, tt.days)
		}
	}
}
