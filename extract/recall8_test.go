package extract

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
	"github.com/atalaya/atalaya/when"
)

// TestRecallSteps counts, for one half of the PPD dev rows
// ($EXTRACT_HALF: dev-a, the default, or dev-b; eval.DevHalf) in the
// directory $ATALAYA_SHARED, the headlines that name a place and report an
// act (coded with a type, or with none) where the extractor finds no
// incident, by the step that rejects the act: no cue at all, every cue
// filtered out in classify (with the readings it left), a sentence typed
// but never drafted (anchored), a draft dropped on the way out. With
// $EXTRACT_LOG set it logs each headline beside its step. A developer
// tool for finding steps that reject many true acts; it asserts nothing.
func TestRecallSteps(t *testing.T) {
	dir := os.Getenv("ATALAYA_SHARED")
	if dir == "" {
		t.Skip("ATALAYA_SHARED not set (the shared directory, e.g. ../../shared)")
	}
	half := os.Getenv("EXTRACT_HALF")
	if half == "" {
		half = "dev-a"
	}
	if half != "dev-a" && half != "dev-b" {
		t.Fatalf("EXTRACT_HALF %q: want dev-a or dev-b", half)
	}
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	sets, err := dataset.Load(context.Background(), dir, g)
	if errors.Is(err, dataset.ErrAbsent) {
		t.Skipf("shared data absent: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	w, err := when.New()
	if err != nil {
		t.Fatal(err)
	}
	prior := NewSourcePrior()
	e := NewWith(Deps{Gazetteer: g, When: w, Prior: prior})
	for _, s := range sets {
		for _, it := range s.Items {
			rs, _ := it.Reports(report.Options{})
			for _, r := range rs {
				prior.Observe(r, e.Extract(r))
			}
		}
	}
	steps := map[string]int{}
	var lines []string
	for _, s := range sets {
		if s.Name != "ppd" {
			continue
		}
		for _, it := range s.Items {
			gd := it.Gold
			if it.Split != dataset.Dev || eval.DevHalf(it) != half || gd.NoIncident || !gd.NamesPlace || placeLeftOut(gd) {
				continue
			}
			rs, err := it.Reports(report.Options{})
			if err != nil || len(rs) != 1 || len(e.Extract(rs[0])) > 0 {
				continue
			}
			r := rs[0]
			if words, ok := unslug(r.Text); ok {
				r.Text = words
			}
			step := e.rejectStep(r)
			typ := "untyped"
			if len(gd.Types) > 0 {
				typ = string(gd.Types[0])
			}
			steps[step]++
			steps["type "+typ]++
			lines = append(lines, fmt.Sprintf("%-45s %-20s %s", step, typ, strings.ReplaceAll(r.Text, "\n", " / ")))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(steps)) {
		t.Logf("%5d %s", steps[k], k)
	}
	if os.Getenv("EXTRACT_LOG") != "" {
		slices.Sort(lines)
		for _, l := range lines {
			t.Log(l)
		}
	}
}

// rejectStep names the step at which the extractor lets go of the act of
// r, a report it finds no incident in.
func (e *Extractor) rejectStep(r model.Report) string {
	c := e.newReportCtx(r, r.Text)
	cues := 0
	for _, h := range e.match(c.text) {
		for _, en := range h.entries {
			if en.cls == clsCue || en.cls == clsFind || en.cls == clsOpVerb {
				cues++
			}
		}
	}
	if cues == 0 {
		return "no cue"
	}
	typed := false
	var readings []string
	for i := range c.sents {
		s := &c.sents[i]
		if s.typ != "" {
			typed = true
			continue
		}
		for _, r := range []struct {
			on   bool
			name string
		}{
			{s.suppressed, "suppressed"}, {s.opinion, "opinion"}, {s.boiler, "boiler"}, {s.genre, "genre"},
			{s.historic, "historic"}, {s.question, "question"}, {s.reference, "reference"}, {s.mishap, "mishap"},
			{s.negated != "", "negated"}, {s.denied != "", "denied"}, {len(s.future) > 0, "future"},
			{len(s.elapsed) > 0, "elapsed"}, {s.aggregate, "aggregate"}, {s.claim, "claim"},
		} {
			if r.on && !slices.Contains(readings, r.name) {
				readings = append(readings, r.name)
			}
		}
	}
	if c.opinion {
		return "report read as opinion"
	}
	if !typed {
		if len(readings) == 0 {
			return "cue, sentence untyped"
		}
		return "cue filtered: " + strings.Join(readings, "+")
	}
	_, ds := e.drafts(r, r.Text)
	if len(ds) == 0 {
		return "typed, not anchored"
	}
	var kinds []string
	for _, d := range ds {
		switch {
		case d.denial:
			kinds = append(kinds, "denial")
		case d.tally:
			kinds = append(kinds, "tally")
		default:
			kinds = append(kinds, "draft "+string(d.typ))
		}
	}
	return "dropped in finish: " + strings.Join(kinds, ",")
}

// TestRecallSurface rewrites the headlines of one half of the PPD dev
// rows ($EXTRACT_HALF, as TestRecallSteps) where the extractor finds the
// gold state, in surface forms headlines take (all capitals, title case,
// lower case, no accents, a "VIDEO |" prefix, a section label and colon,
// quotes, exclamation marks), and counts per form the rewrites that lose
// the incident or its state: a form that loses many is a step that
// reads surface, not words. With $EXTRACT_LOG set it logs the losses. A
// developer tool; it asserts nothing.
func TestRecallSurface(t *testing.T) {
	dir := os.Getenv("ATALAYA_SHARED")
	if dir == "" {
		t.Skip("ATALAYA_SHARED not set (the shared directory, e.g. ../../shared)")
	}
	half := os.Getenv("EXTRACT_HALF")
	if half == "" {
		half = "dev-a"
	}
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	sets, err := dataset.Load(context.Background(), dir, g)
	if errors.Is(err, dataset.ErrAbsent) {
		t.Skipf("shared data absent: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	w, err := when.New()
	if err != nil {
		t.Fatal(err)
	}
	prior := NewSourcePrior()
	e := NewWith(Deps{Gazetteer: g, When: w, Prior: prior})
	for _, s := range sets {
		for _, it := range s.Items {
			rs, _ := it.Reports(report.Options{})
			for _, r := range rs {
				prior.Observe(r, e.Extract(r))
			}
		}
	}
	forms := []struct {
		name string
		f    func(string) string
	}{
		{"upper", strings.ToUpper},
		{"lower", strings.ToLower},
		{"title", titleCase},
		{"no accents", stripAccents},
		{"VIDEO | prefix", func(s string) string { return "VIDEO | " + s }},
		{"[VIDEO] prefix", func(s string) string { return "[VIDEO] " + s }},
		{"label colon", func(s string) string { return "Seguridad: " + s }},
		{"quoted", func(s string) string { return "“" + s + "”" }},
		{"exclaimed", func(s string) string { return "¡" + s + "!" }},
		{"trailing clause", func(s string) string { return s + "; investigan" }},
	}
	lost := map[string]int{}
	rows := 0
	for _, s := range sets {
		if s.Name != "ppd" {
			continue
		}
		for _, it := range s.Items {
			gd := it.Gold
			if it.Split != dataset.Dev || eval.DevHalf(it) != half || gd.NoIncident || !gd.NamesPlace || placeLeftOut(gd) || len(gd.Types) == 0 {
				continue
			}
			rs, err := it.Reports(report.Options{})
			if err != nil || len(rs) != 1 {
				continue
			}
			r := rs[0]
			got := e.Extract(r)
			if len(got) == 0 || got[0].Location.StateCode != gd.StateCode {
				continue
			}
			rows++
			for _, f := range forms {
				v := r
				v.Text = f.f(r.Text)
				if v.Text == r.Text {
					continue
				}
				out := e.Extract(v)
				why := ""
				switch {
				case len(out) == 0:
					why = "none"
				case out[0].Location.StateCode != gd.StateCode:
					why = "state"
				}
				if why == "" {
					continue
				}
				lost[f.name+" "+why]++
				if os.Getenv("EXTRACT_LOG") != "" {
					t.Logf("%s %s: %s", f.name, why, v.Text)
				}
			}
		}
	}
	t.Logf("%d rows right", rows)
	for _, k := range slices.Sorted(maps.Keys(lost)) {
		t.Logf("%5d %s", lost[k], k)
	}
}

// titleCase capitalizes every word of s.
func titleCase(s string) string {
	ws := strings.Fields(s)
	for k, w := range ws {
		r := []rune(strings.ToLower(w))
		if len(r) > 0 {
			r[0] = unicode.ToUpper(r[0])
		}
		ws[k] = string(r)
	}
	return strings.Join(ws, " ")
}

// stripAccents drops the acute accents and the diaeresis of s (ñ stays).
func stripAccents(s string) string {
	return strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ü", "u",
		"Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ú", "U").Replace(s)
}
