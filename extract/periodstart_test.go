package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// TestPeriodStartDatesNoAct: a day that opens a period ("suman 19 ...
// desde el lunes") dates the count, not an act the same sentence dates
// otherwise ("la mañana de este miércoles"); with nothing else it still
// dates the act, and a clock time after "desde" ("desde las seis y media
// se escucharon los balazos") is the act's own.
func TestPeriodStartDatesNoAct(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2029, 5, 16, 13, 0, 0, 0, mexico) // a Wednesday
	tests := []struct {
		name, text string
		typ        model.IncidentType
		day        string
	}{
		{"the act's own day",
			"MORELIA, Mich.— Con los registrados la mañana de este miércoles en Tepalcatepec, donde hombres armados quemaron dos camiones a la entrada del pueblo, suman 19 los bloqueos en carreteras de Michoacán desde el lunes, informó la Secretaría de Seguridad Pública.",
			model.Blockade, "2029-05-16"},
		{"since, in English",
			"Gunmen torched two trucks to block the road into Tepalcatepec on Wednesday morning, the 19th blockade in Michoacán since Monday, officials said.",
			model.Blockade, "2029-05-16"},
		{"nothing else dates it",
			"La carretera a Tepalcatepec permanece bloqueada con camiones incendiados desde el lunes.",
			model.Blockade, "2029-05-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: "es", Kind: model.KindNews, Published: pub, Text: tt.text}
			found := false
			for _, in := range e.Extract(r) {
				if in.Type != tt.typ || in.Tally {
					continue
				}
				found = true
				if in.Time == nil || in.Location.Date(*in.Time) != tt.day {
					t.Errorf("%s time %v, want on %s", in.Type, in.Time, tt.day)
				}
			}
			if !found {
				t.Fatalf("no %s", tt.typ)
			}
		})
	}
	tests2 := []struct {
		text, at string // at: where the time expression starts
		want     bool
	}{
		{"suman 19 desde el lunes", "el lunes", true},
		{"suman 19 desde el lunes", "desde el lunes", true},
		{"19th since Monday", "Monday", true},
		{"a partir del viernes", "viernes", true},
		{"ocurrió el lunes", "el lunes", false},
		{"la mañana de este miércoles", "este", false},
	}
	for _, tt := range tests2 {
		if got := periodStart(fold.New(tt.text), strings.Index(tt.text, tt.at)); got != tt.want {
			t.Errorf("periodStart(%q at %q) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}
