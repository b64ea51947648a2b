package explain

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// Item is one report to explain, with what a reader coded for it when
// the input says: a gold file's case, or a headline set's columns.
type Item struct {
	// Line is the 1-based line of the input the report was read from, 0
	// for a whole document.
	Line   int
	Report model.Report
	// Gold is the gold case of a gold file's line, nil otherwise.
	Gold *eval.Case
	// Headline is a headline set's line, nil otherwise.
	Headline *eval.Headline
}

// Read reads the items of the input called name: a gold file (a .jsonl
// file whose lines have a "report" object, eval.ReadGold), a headline set
// (.tsv, eval.ReadHeadlines; each read as eval.HeadlineReport, as
// atalaya eval reads it), headlines one a line (.txt, " / "
// joining the headlines of one report), or any other document package
// report reads (plain text, HTML, subtitles, JSON or JSONL reports, CSV
// alerts; "-" is sniffed). opts give the source and publication time of
// reports that do not give them, and of a headline set's; a gold file's
// reports are read with none, as atalaya eval reads them.
func Read(name string, data []byte, opts report.Options) ([]Item, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl":
		if isGold(data) {
			return readGold(data)
		}
	case ".tsv":
		return readHeadlineSet(name, data, opts)
	case ".txt":
		return readHeadlines(name, data, opts), nil
	}
	var items []Item
	var problems []error
	err := report.Parse(name, data, opts, func(r model.Report) error {
		items = append(items, Item{Report: r})
		return nil
	}, func(p report.Problem) { problems = append(problems, p) })
	if err != nil {
		return nil, err
	}
	if len(items) == 0 && len(problems) > 0 {
		return nil, errors.Join(problems...)
	}
	return items, nil
}

// isGold reports whether the first line of data that is not blank is an
// object with a "report" key.
func isGold(data []byte) bool {
	for line := range bytes.Lines(data) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var head map[string]json.RawMessage
		if json.Unmarshal(line, &head) != nil {
			return false
		}
		_, ok := head["report"]
		return ok
	}
	return false
}

func readGold(data []byte) ([]Item, error) {
	cases, err := eval.ReadGold(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	items := make([]Item, 0, len(cases))
	for k := range cases {
		c := &cases[k]
		r, err := report.DecodeLine(c.Report, report.Options{})
		if err != nil {
			return nil, fmt.Errorf("gold line %d: %w", c.Line, err)
		}
		items = append(items, Item{Line: c.Line, Report: r, Gold: c})
	}
	return items, nil
}

// headline makes the report of one input line.
func headline(name string, line int, text string, opts report.Options) model.Report {
	r := model.Report{
		Source:    opts.Source,
		Kind:      model.KindNews,
		Lang:      report.DetectLang(text),
		Text:      text,
		Published: opts.Published,
	}
	if opts.Kind != "" {
		r.Kind = opts.Kind
	}
	r.ID = fmt.Sprintf("%s:%d", filepath.Base(name), line)
	return r
}

// readHeadlines reads one report a line; " / " joins the headlines of
// one report, which are read as lines of its text.
func readHeadlines(name string, data []byte, opts report.Options) []Item {
	var items []Item
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		text = strings.ReplaceAll(text, " / ", "\n")
		items = append(items, Item{Line: n, Report: headline(name, n, text, opts)})
	}
	return items
}

// readHeadlineSet reads a headline set (testdata/headlines/README.md).
func readHeadlineSet(name string, data []byte, opts report.Options) ([]Item, error) {
	hs, err := eval.ReadHeadlines(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	items := make([]Item, 0, len(hs))
	for k := range hs {
		h := &hs[k]
		r := eval.HeadlineReport(*h, report.DetectLang(h.Text))
		r.ID = fmt.Sprintf("%s:%d", filepath.Base(name), h.Line)
		r.Source = opts.Source
		if !opts.Published.IsZero() {
			r.Published = opts.Published
		}
		items = append(items, Item{Line: h.Line, Report: r, Headline: h})
	}
	return items, nil
}
