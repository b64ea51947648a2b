package training

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"
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
		Denial bool `json:"denial"`
		Tally  bool `json:"tally"`
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
		out = append(out, x)
	}
	return out, sc.Err()
}

// readHeadlines reads a TSV file of headlines: the type ("-": none), the
// state code and the headline; lines beginning with "#" are comments.
func readHeadlines(name string, b []byte) ([]Example, error) {
	var out []Example
	for n, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("line %d: %d columns, want 3", n+1, len(cols))
		}
		out = append(out, Example{Set: name, Line: n + 1, ID: fmt.Sprintf("%s:%d", path.Base(name), n+1),
			Text: cols[2], Lang: "es", Violent: cols[0] != "-"})
	}
	return out, nil
}
