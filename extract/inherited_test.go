package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// TestInheritedClock: an act told with no time of its own after another
// act's clock time happened that day, not at that minute; one told "at
// almost the same time" keeps the minute.
func TestInheritedClock(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2029, 1, 8, 14, 0, 0, 0, mexico)
	lead := "La Secretaría de Seguridad informa que, tras el enfrentamiento entre grupos delictivos registrado a las 06:35 horas de este lunes en el municipio de Motozintla, se localizaron tres cuerpos. "
	tests := []struct {
		name, text string
		prec       model.TimePrecision // the blockade's
	}{
		{"another act: the day", lead + "Asimismo, se retiraron dos tractocamiones incendiados que obstruían la carretera en Motozintla.", model.TimeDay},
		{"at the same time: the minute", lead + "Casi al mismo tiempo, hombres armados incendiaron dos tractocamiones que obstruían la carretera en Motozintla.", model.TimeMinute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: "es", Kind: model.KindOfficial, Published: pub, Text: tt.text}
			found := false
			for _, in := range e.Extract(r) {
				if in.Type != model.Blockade {
					continue
				}
				found = true
				if in.Time == nil || in.Location.Date(*in.Time) != "2029-01-08" {
					t.Errorf("blockade time %v, want on 2029-01-08", in.Time)
				}
				if in.TimePrecision != tt.prec {
					t.Errorf("blockade time precision %q, want %q", in.TimePrecision, tt.prec)
				}
			}
			if !found {
				t.Fatal("no blockade")
			}
		})
	}
}

// TestLatestTimeMemo checks that latestTime answers for a sentence's times
// as they are: a sentence given times after it was asked (a title's,
// titleDraft) is read again, and a said day gives way to an act's.
func TestLatestTimeMemo(t *testing.T) {
	text := "Hombres armados atacaron un bar el sábado, la fiscalía informó el domingo."
	day := func(d int) time.Time { return time.Date(2029, 1, d, 0, 0, 0, 0, mexico) }
	act := timeExpr{start: strings.Index(text, "el sábado"), t: day(6), prec: model.TimeDay}
	said := timeExpr{start: strings.Index(text, "el domingo"), t: day(7), prec: model.TimeDay}
	c := &reportCtx{plain: fold.New(text), sents: []sentInfo{{}}}
	for _, tt := range []struct {
		name  string
		times []timeExpr
		want  time.Time // zero: none
	}{
		{"no times", nil, time.Time{}},
		{"an act's day and a said day", []timeExpr{act, said}, day(6)},
		{"a said day alone", []timeExpr{said}, day(7)},
		{"none again", []timeExpr{}, time.Time{}},
	} {
		c.sents[0].times = tt.times
		for range 2 { // asked twice: the memo's answer
			got := c.latestTime(0)
			switch {
			case got == nil && !tt.want.IsZero():
				t.Errorf("%s: latestTime nil, want %v", tt.name, tt.want)
			case got != nil && !got.t.Equal(tt.want):
				t.Errorf("%s: latestTime %v, want %v", tt.name, got.t, tt.want)
			}
		}
	}
}
