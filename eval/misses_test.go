package eval

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestMisses checks the listing of a report's errors: a gold incident left
// unpaired is missed, a pair of two types is a type error, a pair of one
// type in two states a state error, and a prediction left unpaired is
// extra, or false in a report whose gold has no incident.
func TestMisses(t *testing.T) {
	gold := []GoldIncident{
		{Type: "blockade", StateCode: "14", State: "Jalisco"},
		{Type: "homicide", StateCode: "16", State: "Michoacán"},
		{Type: "kidnapping", StateCode: "25", State: "Sinaloa"},
	}
	ev := func(s string) []model.Span { return []model.Span{{Text: s}} }
	pred := []model.Incident{
		{Type: model.Blockade, Location: model.Location{StateCode: "14", State: "Jalisco"}, Evidence: ev("b")},
		{Type: model.ArmedAttack, Location: model.Location{StateCode: "16", State: "Michoacán"}, Evidence: ev("a")},
		{Type: model.Arson, Location: model.Location{StateCode: "09", State: "Ciudad de México"}, Evidence: ev("x")},
	}
	pairs := [][2]int{{0, 0}, {1, 1}}
	got := misses(7, gold, pred, pairs)
	var kinds []string
	for _, m := range got {
		if m.Line != 7 {
			t.Errorf("miss %+v: line %d, want 7", m, m.Line)
		}
		kinds = append(kinds, m.Kind)
	}
	if want := []string{MissType, MissMissed, MissExtra}; strings.Join(kinds, ",") != strings.Join(want, ",") {
		t.Fatalf("kinds %v, want %v", kinds, want)
	}
	if got[0].Gold != "homicide @ Michoacán" || got[0].Pred != "armed_attack @ Michoacán" || got[0].Evidence != "a" {
		t.Errorf("type miss %+v", got[0])
	}
	if got[2].Evidence != "x" {
		t.Errorf("extra miss %+v: evidence %q, want x", got[2], got[2].Evidence)
	}
	// A state error, and a false incident in a report with no gold one.
	st := misses(1, gold[:1], []model.Incident{{Type: model.Blockade, Location: model.Location{StateCode: "16", State: "Michoacán"}}}, [][2]int{{0, 0}})
	if len(st) != 1 || st[0].Kind != MissState {
		t.Errorf("state miss: %+v", st)
	}
	if f := misses(2, nil, pred[:1], nil); len(f) != 1 || f[0].Kind != MissFalse {
		t.Errorf("false miss: %+v", f)
	}
	// A pair of one type and state on two days, or with a day on one
	// side only, is a time miss; on one day, none.
	day := func(s string) *time.Time {
		d, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return &d
	}
	g := []GoldIncident{{Type: "homicide", StateCode: "16", State: "Michoacán", Time: "2026-02-14"}}
	for _, c := range []struct {
		at   *time.Time
		want string // "": no miss
	}{
		{day("2026-02-14T23:30:00-06:00"), ""},
		{day("2026-02-15T05:30:00Z"), ""}, // 23:30 on the 14th in Mexico City
		{day("2026-02-15T06:30:00Z"), "homicide @ Michoacán on 2026-02-15"},
		{nil, "homicide @ Michoacán on -"},
	} {
		p := []model.Incident{{Type: model.Homicide, Location: model.Location{StateCode: "16", State: "Michoacán"}, Time: c.at}}
		m := misses(3, g, p, [][2]int{{0, 0}})
		switch {
		case c.want == "" && len(m) != 0:
			t.Errorf("time %v: misses %+v, want none", c.at, m)
		case c.want != "" && (len(m) != 1 || m[0].Kind != MissTime || m[0].Pred != c.want || m[0].Gold != "homicide @ Michoacán on 2026-02-14"):
			t.Errorf("time %v: misses %+v, want one time miss pred %q", c.at, m, c.want)
		}
	}
	var buf bytes.Buffer
	if err := WriteMisses(&buf, &Scores{Misses: got}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "misses (3)") || !strings.Contains(buf.String(), "line 7\textra\tgold -\tpred arson @ Ciudad de México") {
		t.Errorf("WriteMisses:\n%s", buf.String())
	}
}
