package training

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/atalaya/atalaya/model"
)

// Example is one labelled text.
type Example struct {
	// Set is the file the text comes from (a path in the repository);
	// Line its 1-based line there.
	Set  string
	Line int
	// Report is the report object of a gold line as written; nil for a
	// headline of a TSV file.
	Report      json.RawMessage
	ID          string
	Title, Text string
	Lang        string
	// Violent is the label: the text tells of at least one incident of
	// its own (a gold line with an incident that is neither a tally nor a
	// denial; a headline whose type is not "-").
	Violent bool
	// Types are the types of the first incident a headline tells (one,
	// or several a coder could choose between); for a title, its
	// report's first incident's. Nil when it tells none.
	Types []string
	// State is the INEGI code of the state a headline's incident
	// happened in, when its set gives it; "" otherwise.
	State string
}

// Sets returns the files, paths in the repository, whose texts the
// embedded model is trained on: texts this project wrote and labelled —
// the development gold sets, the no-incident batches and the extractor's
// no-incident and headline fixtures. The held-out sets (testdata/gold/
// test, dev7, fusion7 and fusion9; testdata/notinc/unseen12, unseen14 and
// unseen16) are not among them, nor is any third-party text.
func Sets() []string {
	var out []string
	for _, n := range []string{"dev", "dev2", "dev3", "dev4", "dev5", "dev6",
		"dev8", "fusion", "fusion2", "fusion3", "fusion4", "fusion5", "fusion6", "fusion8", "fusion10",
		"work_prec2", "work_recall6"} {
		out = append(out, "testdata/gold/"+n+".jsonl")
	}
	for _, n := range []string{"unseen4", "unseen5", "unseen6", "unseen7", "unseen8", "unseen9",
		"unseen10", "unseen11", "unseen13", "unseen15", "work11", "work12", "work13", "work13b", "work13c", "work13d"} {
		out = append(out, "testdata/notinc/"+n+".jsonl")
	}
	out = append(out, "extract/testdata/noincident.jsonl")
	for i := 2; i <= 12; i++ {
		out = append(out, fmt.Sprintf("extract/testdata/noincident%d.jsonl", i))
	}
	return append(out, "extract/testdata/headlines_recall7.tsv")
}

// Corpus reads the examples of the files sets (paths in fsys, the
// repository's root).
func Corpus(fsys fs.FS, sets []string) ([]Example, error) {
	var out []Example
	for _, name := range sets {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("training: reading the corpus: %w", err)
		}
		var xs []Example
		if path.Ext(name) == ".tsv" {
			xs, err = readHeadlines(name, b)
		} else {
			xs, err = readGold(name, b)
		}
		if err != nil {
			return nil, fmt.Errorf("training: %s: %w", name, err)
		}
		out = append(out, xs...)
	}
	return out, nil
}

// goldLine is what the corpus needs of a gold line (testdata/gold/README.md).
type goldLine struct {
	Report    json.RawMessage `json:"report"`
	Incidents []struct {
		Type   string `json:"type"`
		Denial bool   `json:"denial"`
		Tally  bool   `json:"tally"`
	} `json:"incidents"`
}

type goldReport struct {
	ID    string `json:"id"`
	Lang  string `json:"lang"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// readGold reads a gold JSONL file.
func readGold(name string, b []byte) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var g goldLine
		if err := json.Unmarshal(line, &g); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		var r goldReport
		if err := json.Unmarshal(g.Report, &r); err != nil {
			return nil, fmt.Errorf("line %d: report: %w", n, err)
		}
		x := Example{Set: name, Line: n, Report: g.Report, ID: r.ID, Title: r.Title, Text: r.Text, Lang: r.Lang}
		for _, in := range g.Incidents {
			if !in.Denial && !in.Tally {
				x.Violent = true
			}
		}
		if len(g.Incidents) > 0 {
			if in := g.Incidents[0]; !in.Denial && !in.Tally && headlineType(in.Type) {
				x.Types = []string{in.Type}
			}
		}
		out = append(out, x)
	}
	return out, sc.Err()
}

// readHeadlines reads a TSV file of headlines: the type ("-": none, else
// types joined by "|"), the state code and the headline, or the type, the
// state code, the municipality code, the dead and the headline
// (testdata/headlines/README.md); lines beginning with "#" are comments.
func readHeadlines(name string, b []byte) ([]Example, error) {
	var out []Example
	for n, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 && len(cols) != 5 {
			return nil, fmt.Errorf("line %d: %d columns, want 3 or 5", n+1, len(cols))
		}
		x := Example{Set: name, Line: n + 1, ID: fmt.Sprintf("%s:%d", path.Base(name), n+1),
			Text: cols[len(cols)-1], Violent: cols[0] != "-"}
		if len(cols) == 3 {
			x.Lang = "es" // the sets of three columns are Spanish
		}
		if x.Violent {
			x.Types = strings.Split(cols[0], "|")
		}
		if cols[1] != "-" {
			x.State = cols[1]
		}
		out = append(out, x)
	}
	return out, nil
}

// headlineType reports whether a headline telling an incident of type t
// tells one in the sense of the headline sets: a violent act or a
// security operation (testdata/headlines/README.md).
func headlineType(t string) bool {
	mt := model.IncidentType(t)
	return mt.Violent() || mt == model.SecurityOperation
}

// HeadlineSets returns the headline files, paths in fsys (the
// repository's root), the headline model is trained on: the extractor's
// headline fixture and testdata/headlines/*.tsv but the sealed ones
// (sealed*.tsv, held out) and those of untrained.
func HeadlineSets(fsys fs.FS) ([]string, error) {
	ms, err := fs.Glob(fsys, "testdata/headlines/*.tsv")
	if err != nil {
		return nil, fmt.Errorf("training: listing the headline sets: %w", err)
	}
	out := []string{"extract/testdata/headlines_recall7.tsv"}
	for _, m := range ms {
		if b := path.Base(m); !strings.HasPrefix(b, "sealed") && !untrained(b) {
			out = append(out, m)
		}
	}
	return out, nil
}

// untrained reports whether the development headline set named base is
// kept out of the model's training for now: en3.tsv (eighth session) was
// written to decide whether the model's veto may read English headlines,
// es3.tsv (ninth session) to measure whether the rules read a Spanish
// headline's act, and es4.tsv (tenth session) to measure Spanish no-act
// headlines left clean, and en4.tsv (sixteenth session) to measure the
// rules on English headlines: trained on, it turned two no-act probes into
// acts (a warrant's "execution", a figurative stabbing) and cost a PPD dev
// no-incident text for one en4 type; es7.tsv and en5.tsv (twenty-second
// session) to probe act recall and dates on headlines written before any
// rule was read; en6.tsv (twenty-third session) to probe the English forms
// of a place and a day in UCDP's headlines. A model trained on any would
// judge its own examples.
func untrained(base string) bool {
	switch base {
	case "en3.tsv", "es3.tsv", "es4.tsv", "en4.tsv", "es7.tsv", "en5.tsv", "en6.tsv":
		return true
	}
	return false
}

// HeadlineCorpus returns the headline model's examples: the headlines of
// the files of HeadlineSets and, with titles, the titles of the reports
// of Sets' JSONL files that have one, each the Text of an example labelled
// by its report's first incident (Types; Violent when that incident is a
// violent act or a security operation, neither a tally nor a denial).
func HeadlineCorpus(fsys fs.FS, titles bool) ([]Example, error) {
	hs, err := HeadlineSets(fsys)
	if err != nil {
		return nil, err
	}
	xs, err := Corpus(fsys, hs)
	if err != nil {
		return nil, err
	}
	if !titles {
		return xs, nil
	}
	var js []string
	for _, s := range Sets() {
		if path.Ext(s) == ".jsonl" {
			js = append(js, s)
		}
	}
	gs, err := Corpus(fsys, js)
	if err != nil {
		return nil, err
	}
	for _, g := range gs {
		if strings.TrimSpace(g.Title) == "" {
			continue
		}
		xs = append(xs, Example{Set: g.Set, Line: g.Line, ID: g.ID, Text: g.Title, Lang: g.Lang, Violent: g.Types != nil, Types: g.Types})
	}
	return xs, nil
}
