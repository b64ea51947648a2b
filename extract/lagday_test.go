package extract

import (
	"slices"
	"strings"
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

// TestTookPlaceWords checks the verbs of taking place that hourLag and
// lagOfAct share (tookPlaceWords): "se dio" is one for both, and "came"
// only as a word ("became" is none).
func TestTookPlaceWords(t *testing.T) {
	tests := []struct {
		before string // folded words before the cue
		hour   bool   // hourLag
	}{
		{"el ataque ocurrio unas dos horas despues de que ", true},
		{"el ataque se dio unas dos horas despues de que ", true},
		{"the attack came about two hours after ", true},
		{"the crowd became angry two hours after ", false},
		{"murio dos horas despues de que ", false},
	}
	for _, tt := range tests {
		if got := hourLag(tt.before); got != tt.hour {
			t.Errorf("hourLag(%q) = %v, want %v", tt.before, got, tt.hour)
		}
	}
	lags := []struct {
		f    string // folded sentence; the lag at "un dia" or "a day"
		want bool   // lagOfAct, the cue before the lag
	}{
		{"el ataque ocurrio un dia despues de que mataron a un policia", true},
		{"el ataque se dio un dia despues de que mataron a un policia", true},
		{"the attack came a day after a police officer was killed", true},
		{"the town became quiet a day after a police officer was killed", false},
	}
	for _, tt := range lags {
		at := max(strings.Index(tt.f, "un dia"), strings.Index(tt.f, "a day"))
		if got := lagOfAct(tt.f, at, false); got != tt.want {
			t.Errorf("lagOfAct(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}
