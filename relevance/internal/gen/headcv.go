package main

import (
	"fmt"
	"io"
	"io/fs"
	"slices"
	"time"

	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/relevance"
	"github.com/atalaya/atalaya/relevance/internal/training"
	"github.com/atalaya/atalaya/report"
	"github.com/atalaya/atalaya/when"
)

// headRead is what an extractor reads in a headline alone.
type headRead struct {
	found bool   // a counted incident of a violent type or a security operation
	viol  bool   // a counted violent incident
	typ   string // the first counted incident's type
	state string // its state
}

// readHead reads headline x with ex, as published on pub; a panic of ex
// is an error naming x's set and line.
func readHead(ex ingest.Extractor, x training.Example, pub time.Time) (headRead, error) {
	lang := x.Lang
	if lang == "" {
		lang = report.DetectLang(x.Text)
	}
	r := model.Report{ID: x.ID, Kind: model.KindNews, Lang: lang, Text: x.Text, Published: pub}
	r.Origin = fmt.Sprintf("%s:%d", x.Set, x.Line)
	incs, err := ingest.Extract(ex, r)
	if err != nil {
		return headRead{}, err
	}
	var o headRead
	for _, in := range incs {
		if !in.Counted() {
			continue
		}
		if in.Type.Violent() {
			o.viol = true
		}
		if in.Type.Violent() || in.Type == model.SecurityOperation {
			if !o.found {
				o.typ, o.state = string(in.Type), in.Location.StateCode
			}
			o.found = true
		}
	}
	return o, nil
}

// headTally counts one set's headlines.
type headTally struct {
	neg, pos, placed                  int
	clean, kept, typed, stated        [2]int // rules, rules + model
	modelClean, modelKept, modelTyped int
}

func (t *headTally) add(u headTally) {
	t.neg, t.pos, t.placed = t.neg+u.neg, t.pos+u.pos, t.placed+u.placed
	for i := range 2 {
		t.clean[i] += u.clean[i]
		t.kept[i] += u.kept[i]
		t.typed[i] += u.typed[i]
		t.stated[i] += u.stated[i]
	}
	t.modelClean, t.modelKept, t.modelTyped = t.modelClean+u.modelClean, t.modelKept+u.modelKept, t.modelTyped+u.modelTyped
}

// headCV prints, for every headline set, what the rules alone and the
// rules with a headline model trained on every other set read.
func headCV(w io.Writer, xs []training.Example, low, high float64) error {
	deps, pub, err := rulesDeps()
	if err != nil {
		return err
	}
	rules := extract.NewWith(deps)
	var sets []string
	for _, x := range xs {
		if !slices.Contains(sets, x.Set) {
			sets = append(sets, x.Set)
		}
	}
	fmt.Fprintf(w, "Each set read by a headline model trained on all the others (%d headlines in %d sets), thresholds %.2f / %.2f.\n\n", len(xs), len(sets), low, high)
	fmt.Fprintf(w, "| set | no incident clean: rules | + model | model alone | incident found: rules | + model | model alone | type: rules | + model | model alone | state: rules | + model |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	var all headTally
	o, ot := training.HeadlineOptions()
	for _, s := range sets {
		var train []training.Example
		for _, x := range xs {
			if x.Set != s {
				train = append(train, x)
			}
		}
		m, err := training.TrainHeadline(train, o, ot)
		if err != nil {
			return fmt.Errorf("leaving %s out: %w", s, err)
		}
		t, err := tallyHeads(deps, rules, m.WithThresholds(low, high), xs, s, pub)
		if err != nil {
			return err
		}
		headRow(w, short(s), t)
		all.add(t)
	}
	headRow(w, "all", all)
	return nil
}

func headRow(w io.Writer, name string, t headTally) {
	fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", name,
		frac(t.clean[0], t.neg), frac(t.clean[1], t.neg), frac(t.modelClean, t.neg),
		frac(t.kept[0], t.pos), frac(t.kept[1], t.pos), frac(t.modelKept, t.pos),
		frac(t.typed[0], t.pos), frac(t.typed[1], t.pos), frac(t.modelTyped, t.pos),
		frac(t.stated[0], t.placed), frac(t.stated[1], t.placed))
}

// tallyHeads reads the headlines of xs of set s with the rules alone and
// with the rules and m.
func tallyHeads(deps extract.Deps, rules *extract.Extractor, m *relevance.Headline, xs []training.Example, s string, pub time.Time) (headTally, error) {
	deps.Headline = m
	both := extract.NewWith(deps)
	var t headTally
	for _, x := range xs {
		if x.Set != s {
			continue
		}
		p, typ, _ := m.Read(x.Text)
		var outs [2]headRead
		for i, ex := range []*extract.Extractor{rules, both} {
			o, err := readHead(ex, x, pub)
			if err != nil {
				return headTally{}, err
			}
			outs[i] = o
		}
		if !x.Violent {
			t.neg++
			for i, o := range outs {
				if !o.viol {
					t.clean[i]++
				}
			}
			if p < 0.5 {
				t.modelClean++
			}
			continue
		}
		t.pos++
		if p >= 0.5 {
			t.modelKept++
		}
		if slices.Contains(x.Types, typ) {
			t.modelTyped++
		}
		if x.State != "" {
			t.placed++
		}
		for i, o := range outs {
			if o.found {
				t.kept[i]++
			}
			if slices.Contains(x.Types, o.typ) {
				t.typed[i]++
			}
			if x.State != "" && o.state == x.State {
				t.stated[i]++
			}
		}
	}
	return t, nil
}

// scoreHeads prints what the rules alone and the rules with the headline
// model of file mf read in the headline files sets: a first-seen figure
// for a set the model was not trained on.
func scoreHeads(w io.Writer, fsys fs.FS, mf string, sets []string, low, high float64) error {
	b, err := fs.ReadFile(fsys, mf)
	if err != nil {
		return err
	}
	m, err := relevance.DecodeHeadline(b)
	if err != nil {
		return err
	}
	xs, err := training.Corpus(fsys, sets)
	if err != nil {
		return err
	}
	deps, pub, err := rulesDeps()
	if err != nil {
		return err
	}
	rules := extract.NewWith(deps)
	fmt.Fprintf(w, "Read by %s, thresholds %.2f / %.2f.\n\n", mf, low, high)
	fmt.Fprintf(w, "| set | no incident clean: rules | + model | model alone | incident found: rules | + model | model alone | type: rules | + model | model alone | state: rules | + model |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, s := range sets {
		t, err := tallyHeads(deps, rules, m.WithThresholds(low, high), xs, s, pub)
		if err != nil {
			return err
		}
		headRow(w, short(s), t)
	}
	return nil
}

// rulesDeps returns the gazetteer and the time resolver the headline
// sets are read with (the rules alone, no judge), and the day the
// headlines are taken as published.
func rulesDeps() (extract.Deps, time.Time, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return extract.Deps{}, time.Time{}, err
	}
	wr, err := when.New()
	if err != nil {
		return extract.Deps{}, time.Time{}, err
	}
	return extract.Deps{Gazetteer: g, When: wr}, time.Date(2024, 8, 14, 0, 0, 0, 0, wr.Location()), nil
}
