package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/atalaya/atalaya/internal/clip"
	"github.com/atalaya/atalaya/model"
)

// Headline is one line of a headline set (testdata/headlines/README.md):
// what a careful reader knows from the headline alone.
type Headline struct {
	// Line is the 1-based line in the file.
	Line int
	// Types are the types the headline's first act may be coded as; none
	// when it tells no violent act or security operation.
	Types []model.IncidentType
	// StateCode and MunicipalityCode are INEGI codes; empty when the
	// headline does not tell them.
	StateCode, MunicipalityCode string
	// Killed is the number of dead it gives; -1 when it gives none.
	Killed int
	// Dates are the calendar days (YYYY-MM-DD) a reader may date the act
	// to, for a report published at HeadlineReport's time; none when the
	// headline gives no day or the set has no date column.
	Dates []string
	Text  string
}

// ReadHeadlines reads a headline set: tab-separated lines of type(s),
// state code, municipality code, killed, optionally the event date(s)
// ("|"-separated), and headline, "-" for an empty column, "#" starting a
// comment line.
func ReadHeadlines(r io.Reader) ([]Headline, error) {
	var out []Headline
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 1
	for ; sc.Scan(); n++ {
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		h, err := parseHeadline(n, l)
		if err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", n, err)
	}
	return out, nil
}

func parseHeadline(n int, l string) (Headline, error) {
	if !utf8.ValidString(l) {
		return Headline{}, fmt.Errorf("line %d: not UTF-8", n)
	}
	cols := strings.Split(l, "\t")
	if len(cols) != 5 && len(cols) != 6 {
		return Headline{}, fmt.Errorf("line %d: %d columns, want 5 (type, state, municipality, killed, headline) or 6 (a date before the headline)", n, len(cols))
	}
	h := Headline{Line: n, Killed: -1, Text: strings.TrimSpace(cols[len(cols)-1])}
	if h.Text == "" {
		return Headline{}, fmt.Errorf("line %d: empty headline", n)
	}
	if cols[0] != "-" {
		for _, t := range strings.Split(cols[0], "|") {
			ty := model.IncidentType(strings.TrimSpace(t))
			if !ty.Valid() {
				return Headline{}, fmt.Errorf("line %d: unknown type %s", n, clip.Quote(t))
			}
			h.Types = append(h.Types, ty)
		}
	}
	if c := cols[1]; c != "-" {
		if len(c) != 2 || !digitsOnly(c) {
			return Headline{}, fmt.Errorf("line %d: state %s, want two digits or -", n, clip.Quote(c))
		}
		h.StateCode = c
	}
	if c := cols[2]; c != "-" {
		if len(c) != 5 || !digitsOnly(c) || h.StateCode != "" && c[:2] != h.StateCode {
			return Headline{}, fmt.Errorf("line %d: municipality %s, want five digits of the state or -", n, clip.Quote(c))
		}
		h.MunicipalityCode = c
	}
	if c := cols[3]; c != "-" {
		k, err := strconv.Atoi(c)
		if err != nil || k < 0 {
			return Headline{}, fmt.Errorf("line %d: killed %s, want a number or -", n, clip.Quote(c))
		}
		h.Killed = k
	}
	if len(cols) == 6 && cols[4] != "-" {
		for _, d := range strings.Split(cols[4], "|") {
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				return Headline{}, fmt.Errorf("line %d: date %s, want YYYY-MM-DD, several joined by | or -", n, clip.Quote(d))
			}
			h.Dates = append(h.Dates, d)
		}
	}
	return h, nil
}

func digitsOnly(s string) bool {
	return strings.Trim(s, "0123456789") == ""
}

// HeadlineTally counts a headline set's outcomes. Of the headlines that
// tell an act (Acts): Found yield one, Type of the right type, State in
// the right state (of StateGold giving one), Municipality likewise, Killed
// the right number of dead (of KilledGold giving one); a headline whose
// act is not found counts as wrong in each. Of those that tell none
// (None), Clean yield no violent act or security operation.
type HeadlineTally struct {
	Lang               string `json:"lang,omitempty"`
	Acts, Found, Type  int
	StateGold, State   int
	MunicipalityGold   int `json:"MunicipalityGold"`
	Municipality       int
	KilledGold, Killed int
	// DateGold counts the acts whose headline dates them, Date those read
	// on one of the labelled days (on the place's calendar).
	DateGold, Date int `json:",omitempty"`
	None, Clean    int
}

// HeadlineMiss is a headline whose reading differs from its label.
type HeadlineMiss struct {
	Line int
	// What differs: "missed", "type", "state", "municipality", "killed",
	// "date" or "false" (an act read where the headline tells none).
	What      string
	Want, Got string
	Text      string
}

// HeadlineScores are the scores of a headline set, in all and per
// language.
type HeadlineScores struct {
	All       HeadlineTally
	Languages []HeadlineTally
	Misses    []HeadlineMiss `json:",omitempty"`
	// Errors are the headlines the reader failed on (read as telling
	// nothing).
	Errors []CaseError `json:",omitempty"`
}

// HeadlineReader turns a headline into a report and extracts its
// incidents (the CLI wires it to the extractor), or fails.
type HeadlineReader func(h Headline) (model.Report, []model.Incident, error)

// ScoreHeadlines reads each headline with read and scores the first act
// it yields (a counted incident that is violent or a security operation)
// against the label.
func ScoreHeadlines(ctx context.Context, hs []Headline, read HeadlineReader) (*HeadlineScores, error) {
	s := &HeadlineScores{}
	langs := map[string]*HeadlineTally{}
	for _, h := range hs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r, got, err := read(h)
		if err != nil {
			s.Errors = append(s.Errors, CaseError{Line: h.Line, Err: err.Error()})
			got = nil
		}
		lt := langs[r.Lang]
		if lt == nil {
			lt = &HeadlineTally{Lang: r.Lang}
			langs[r.Lang] = lt
		}
		s.All.add(h, got)
		s.Misses = append(s.Misses, lt.add(h, got)...)
	}
	for _, t := range langs {
		s.Languages = append(s.Languages, *t)
	}
	slices.SortFunc(s.Languages, func(a, b HeadlineTally) int { return strings.Compare(a.Lang, b.Lang) })
	return s, nil
}

// headlineAct returns the act a headline's reading tells: its first
// counted incident that is violent or a security operation.
func headlineAct(got []model.Incident) (model.Incident, bool) {
	for _, in := range got {
		if in.Counted() && (in.Type.Violent() || in.Type == model.SecurityOperation) {
			return in, true
		}
	}
	return model.Incident{}, false
}

// add counts h read as got and returns the differences.
func (t *HeadlineTally) add(h Headline, got []model.Incident) []HeadlineMiss {
	act, found := headlineAct(got)
	miss := func(what, want, got string) HeadlineMiss {
		return HeadlineMiss{Line: h.Line, What: what, Want: want, Got: got, Text: h.Text}
	}
	if len(h.Types) == 0 {
		t.None++
		if found {
			return []HeadlineMiss{miss("false", "-", string(act.Type))}
		}
		t.Clean++
		return nil
	}
	t.Acts++
	if h.StateCode != "" {
		t.StateGold++
	}
	if h.MunicipalityCode != "" {
		t.MunicipalityGold++
	}
	if h.Killed >= 0 {
		t.KilledGold++
	}
	if len(h.Dates) > 0 {
		t.DateGold++
	}
	if !found {
		return []HeadlineMiss{miss("missed", typesString(h.Types), "-")}
	}
	t.Found++
	var ms []HeadlineMiss
	if slices.Contains(h.Types, act.Type) {
		t.Type++
	} else {
		ms = append(ms, miss("type", typesString(h.Types), string(act.Type)))
	}
	if h.StateCode != "" {
		if act.Location.StateCode == h.StateCode {
			t.State++
		} else {
			ms = append(ms, miss("state", h.StateCode, dash(act.Location.StateCode)))
		}
	}
	if h.MunicipalityCode != "" {
		if act.Location.MunicipalityCode == h.MunicipalityCode {
			t.Municipality++
		} else {
			ms = append(ms, miss("municipality", h.MunicipalityCode, dash(act.Location.MunicipalityCode)))
		}
	}
	if h.Killed >= 0 {
		if act.Killed != nil && act.Killed.N == h.Killed {
			t.Killed++
		} else {
			k := "-"
			if act.Killed != nil {
				k = strconv.Itoa(act.Killed.N)
			}
			ms = append(ms, miss("killed", strconv.Itoa(h.Killed), k))
		}
	}
	if len(h.Dates) > 0 {
		got := "-"
		if act.Time != nil {
			got = act.Location.Date(*act.Time)
		}
		if slices.Contains(h.Dates, got) {
			t.Date++
		} else {
			ms = append(ms, miss("date", strings.Join(h.Dates, "|"), got))
		}
	}
	return ms
}

func typesString(ts []model.IncidentType) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = string(t)
	}
	return strings.Join(s, "|")
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// HeadlineReport is the report a headline is read as: a news item whose
// text is the headline alone, as the coded data sets' headlines are read.
// The sets are undated, so every report is published at one fixed time
// and dates are not scored.
func HeadlineReport(h Headline, lang string) model.Report {
	return model.Report{ID: fmt.Sprintf("h%d", h.Line), Kind: model.KindNews, Lang: lang,
		Text: h.Text, Published: time.Date(2027, 5, 14, 12, 0, 0, 0, time.UTC)}
}

// Write prints the scores as a table, all headlines and per language.
func (s *HeadlineScores) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "headlines %d: %d tell an act, %d tell none\n\n", s.All.Acts+s.All.None, s.All.Acts, s.All.None)
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	cols := append([]HeadlineTally{s.All}, s.Languages...)
	fmt.Fprint(tw, "figure\tall\t")
	for _, l := range s.Languages {
		fmt.Fprintf(tw, "%s\t", dash(l.Lang))
	}
	fmt.Fprintln(tw)
	rows := []struct {
		name string
		f    func(t HeadlineTally) (int, int)
	}{
		{"act found", func(t HeadlineTally) (int, int) { return t.Found, t.Acts }},
		{"type right", func(t HeadlineTally) (int, int) { return t.Type, t.Acts }},
		{"state right, the headline tells it", func(t HeadlineTally) (int, int) { return t.State, t.StateGold }},
		{"municipality right, the headline tells it", func(t HeadlineTally) (int, int) { return t.Municipality, t.MunicipalityGold }},
		{"killed exact, the headline gives it", func(t HeadlineTally) (int, int) { return t.Killed, t.KilledGold }},
		{"date right, the headline dates it", func(t HeadlineTally) (int, int) { return t.Date, t.DateGold }},
		{"no-act headlines clean", func(t HeadlineTally) (int, int) { return t.Clean, t.None }},
	}
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t", r.name)
		for _, c := range cols {
			x, n := r.f(c)
			fmt.Fprintf(tw, "%s\t", fraction(x, n))
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(bw, "\nx/n = right of counted headlines; an act not found counts as wrong in every row.")
	if len(s.Errors) > 0 {
		fmt.Fprintf(bw, "pipeline errors: %d\n", len(s.Errors))
		for _, e := range s.Errors {
			fmt.Fprintf(bw, "  line %d: %s\n", e.Line, e.Err)
		}
	}
	return bw.Flush()
}

func fraction(x, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d %.1f%%", x, n, 100*float64(x)/float64(n))
}

// WriteHeadlineMisses lists each headline whose reading differs from its
// label, one difference a line.
func WriteHeadlineMisses(w io.Writer, s *HeadlineScores) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "\nmisses (%d):\n", len(s.Misses))
	for _, m := range s.Misses {
		fmt.Fprintf(bw, "line %d\t%s\twant %s\tgot %s\t%q\n", m.Line, m.What, m.Want, m.Got, m.Text)
	}
	return bw.Flush()
}
