// Package explain lists how the extractor reads reports, for developers:
// per report, the incidents it finds, each with its type, its place and
// where the place was read (its sentence, the title, the dateline, the
// outlet's home, ...), its time, counts and evidence sentence, and the
// candidates it let go, each with the step that let it go and why. For
// a gold file it puts the gold incidents and the misses of eval's match
// beside them; for a headline set, the labels and where the first act
// departs from them (eval.ScoreHeadlines).
package explain

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // America/Mexico_City on any machine

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/internal/clip"
	"github.com/atalaya/atalaya/model"
)

// Reader reads one report as the extractor does (extract.Extractor).
type Reader interface {
	Account(model.Report) extract.Account
}

// Entry is the explanation of one item.
type Entry struct {
	Line      int        `json:"line,omitempty"`
	ID        string     `json:"id"`
	Lang      string     `json:"lang,omitempty"`
	Source    string     `json:"source,omitempty"`
	Published string     `json:"published,omitempty"`
	Title     string     `json:"title,omitempty"`
	Text      string     `json:"text"`
	Incidents []Incident `json:"incidents"`
	Dropped   []Dropped  `json:"dropped"`
	// Gold is the gold file's incidents, Misses the errors of eval's
	// match of them with Incidents.
	Gold   []eval.GoldIncident `json:"gold,omitempty"`
	Misses []eval.Miss         `json:"misses,omitempty"`
	// Headline is the headline set's line, HeadlineMisses where the
	// first act found departs from its labels.
	Headline       *eval.Headline      `json:"headline,omitempty"`
	HeadlineMisses []eval.HeadlineMiss `json:"headline_misses,omitempty"`
	// Error is the reader's failure on the report (an
	// ingest.ExtractError), which leaves the entry with nothing found.
	Error string `json:"error,omitempty"`
}

// Incident is one incident found, with how it was read.
type Incident struct {
	Type             model.IncidentType `json:"type"`
	StateCode        string             `json:"state_code,omitempty"`
	State            string             `json:"state,omitempty"`
	MunicipalityCode string             `json:"municipality_code,omitempty"`
	Municipality     string             `json:"municipality,omitempty"`
	Place            string             `json:"place,omitempty"` // as the text wrote it
	Neighborhood     string             `json:"neighborhood,omitempty"`
	Precision        string             `json:"precision,omitempty"`
	// Basis is what the location rests on (model.GeoBasis), PlaceRead
	// where it was read (extract.Trace.Place).
	Basis     model.GeoBasis `json:"basis,omitempty"`
	PlaceRead string         `json:"place_read"`
	// Time is in Mexico City, to the minute, or the day for a day's or a
	// week's precision.
	Time          string   `json:"time,omitempty"`
	TimePrecision string   `json:"time_precision,omitempty"`
	Killed        *Count   `json:"killed,omitempty"`
	Injured       *Count   `json:"injured,omitempty"`
	Detained      *Count   `json:"detained,omitempty"`
	Kidnapped     *Count   `json:"kidnapped,omitempty"`
	Tally         bool     `json:"tally,omitempty"`
	Denial        bool     `json:"denial,omitempty"`
	Cue           string   `json:"cue,omitempty"`
	Form          string   `json:"form,omitempty"`
	Origin        string   `json:"origin"`
	Anchors       []string `json:"anchors,omitempty"`
	Readings      []string `json:"readings,omitempty"`
	Evidence      string   `json:"evidence,omitempty"`
}

// Count is a number of people, with whether the text said "at least"
// (model.Count).
type Count struct {
	N       int  `json:"n"`
	AtLeast bool `json:"at_least,omitempty"`
}

func newCount(c *model.Count) *Count {
	if c == nil {
		return nil
	}
	return &Count{N: c.N, AtLeast: c.AtLeast}
}

// Dropped is a candidate the extractor let go (extract.Drop).
type Dropped struct {
	Type     model.IncidentType `json:"type,omitempty"`
	Cue      string             `json:"cue,omitempty"`
	Step     string             `json:"step"`
	Reason   string             `json:"reason"`
	Evidence string             `json:"evidence"`
}

// Explain reads each item with rd and returns its explanation. A panic
// of rd on one report is that entry's Error (ingest.Guard), and the next
// is read.
func Explain(ctx context.Context, items []Item, rd Reader) ([]Entry, error) {
	loc := model.MexicoCity()
	out := make([]Entry, 0, len(items))
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r := it.Report
		var acc extract.Account
		xerr := ingest.Guard(r, func() { acc = rd.Account(r) })
		en := Entry{Line: it.Line, ID: r.ID, Lang: r.Lang, Source: r.Source, Title: r.Title, Text: r.Text,
			Incidents: make([]Incident, 0, len(acc.Incidents)), Dropped: make([]Dropped, 0, len(acc.Dropped))}
		if !r.Published.IsZero() {
			en.Published = r.Published.In(loc).Format(time.RFC3339)
		}
		if xerr != nil {
			en.Error = xerr.Error()
			out = append(out, en)
			continue
		}
		for k, in := range acc.Incidents {
			en.Incidents = append(en.Incidents, incident(in, acc.Traces[k]))
		}
		for _, d := range acc.Dropped {
			en.Dropped = append(en.Dropped, Dropped{Type: d.Type, Cue: d.Cue, Step: d.Step, Reason: d.Reason, Evidence: d.Evidence.Text})
		}
		if c := it.Gold; c != nil {
			en.Gold = c.Incidents
			sc, err := eval.Run(ctx, []eval.Case{*c}, func([]byte) (model.Report, []model.Incident, error) {
				return r, acc.Incidents, nil
			})
			if err != nil {
				return nil, err
			}
			en.Misses = sc.Misses
		}
		if h := it.Headline; h != nil {
			en.Headline = h
			sc, err := eval.ScoreHeadlines(ctx, []eval.Headline{*h}, func(eval.Headline) (model.Report, []model.Incident, error) {
				return r, acc.Incidents, nil
			})
			if err != nil {
				return nil, err
			}
			en.HeadlineMisses = sc.Misses
		}
		out = append(out, en)
	}
	return out, nil
}

// incident is the explanation of in, its time on its place's clock
// (model.Location.Zone): the day written is the act's day there.
func incident(in model.Incident, t extract.Trace) Incident {
	l := in.Location
	x := Incident{
		Type: in.Type, StateCode: l.StateCode, State: l.State, MunicipalityCode: l.MunicipalityCode,
		Municipality: l.Municipality, Place: l.Place, Neighborhood: l.Neighborhood, Precision: precision(l.Precision), Basis: l.Basis,
		PlaceRead: t.Place, TimePrecision: string(in.TimePrecision), Killed: newCount(in.Killed), Injured: newCount(in.Injured),
		Detained: newCount(in.Detained), Kidnapped: newCount(in.Kidnapped), Tally: in.Tally, Denial: in.Denial,
		Cue: t.Cue, Form: t.Form, Origin: t.Origin, Anchors: t.Anchors, Readings: t.Readings,
	}
	if in.Time != nil {
		layout := "2006-01-02T15:04"
		if in.TimePrecision == model.TimeDay || in.TimePrecision == model.TimeWeek {
			layout = "2006-01-02"
		}
		x.Time = in.Time.In(l.Zone()).Format(layout)
	}
	if len(in.Evidence) > 0 {
		x.Evidence = in.Evidence[0].Text
	}
	return x
}

func precision(p model.GeoPrecision) string {
	switch p {
	case model.GeoPoint:
		return "point"
	case model.GeoMunicipality:
		return "municipality"
	case model.GeoState:
		return "state"
	case model.GeoCountry:
		return "country"
	}
	return ""
}

func joinTypes(ts []model.IncidentType) string {
	s := make([]string, len(ts))
	for k, t := range ts {
		s[k] = string(t)
	}
	return strings.Join(s, "|")
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func count(c *Count) string {
	switch {
	case c == nil:
		return "-"
	case c.AtLeast:
		return "≥" + strconv.Itoa(c.N)
	}
	return strconv.Itoa(c.N)
}

func intp(p *int) string {
	if p == nil {
		return "-"
	}
	return strconv.Itoa(*p)
}

// WriteJSONL writes one entry a line.
func WriteJSONL(w io.Writer, es []Entry) error {
	enc := json.NewEncoder(w)
	for _, e := range es {
		if err := enc.Encode(e); err != nil {
			return fmt.Errorf("explain: writing %s: %w", e.ID, err)
		}
	}
	return nil
}

// WriteText writes the entries for reading. Texts from reports are
// quoted (Go syntax), so that no control character reaches a terminal.
func WriteText(w io.Writer, es []Entry) error {
	var b strings.Builder
	for _, e := range es {
		b.Reset()
		fmt.Fprintf(&b, "== %s", e.ID)
		if e.Line > 0 && !strings.HasSuffix(e.ID, ":"+strconv.Itoa(e.Line)) {
			fmt.Fprintf(&b, " (line %d)", e.Line)
		}
		for _, s := range []string{e.Lang, e.Source, e.Published} {
			if s != "" {
				fmt.Fprintf(&b, " %s", s)
			}
		}
		b.WriteByte('\n')
		if e.Title != "" {
			fmt.Fprintf(&b, "   title %q\n", e.Title)
		}
		fmt.Fprintf(&b, "   text  %q\n", clip.String(e.Text, 300))
		for k, in := range e.Incidents {
			flag := ""
			switch {
			case in.Denial:
				flag = " (denial)"
			case in.Tally:
				flag = " (tally)"
			}
			place := strings.Trim(strings.Join([]string{in.Neighborhood, in.Municipality, in.State}, ", "), ", ")
			codes := strings.Trim(in.StateCode+"|"+in.MunicipalityCode, "|")
			fmt.Fprintf(&b, "   incident %d %s%s at %s [%s] %s, place %q read from %s (%s)\n", k+1, in.Type, flag, dash(place), dash(codes), dash(in.Precision), in.Place, in.PlaceRead, dash(string(in.Basis)))
			tm := "-"
			if in.Time != "" {
				tm = in.Time + "/" + in.TimePrecision
			}
			fmt.Fprintf(&b, "      time %s, killed %s, injured %s, detained %s, kidnapped %s\n", tm, count(in.Killed), count(in.Injured), count(in.Detained), count(in.Kidnapped))
			fmt.Fprintf(&b, "      cue %q (%s) from %s, anchors %s, readings %s\n", in.Cue, dash(in.Form), in.Origin, dash(strings.Join(in.Anchors, "+")), dash(strings.Join(in.Readings, "+")))
			fmt.Fprintf(&b, "      evidence %q\n", in.Evidence)
		}
		if e.Error != "" {
			fmt.Fprintf(&b, "   error %q\n", e.Error)
		} else if len(e.Incidents) == 0 {
			b.WriteString("   no incident\n")
		}
		for _, d := range e.Dropped {
			typ := string(d.Type)
			if typ == "" {
				typ = "untyped"
			}
			fmt.Fprintf(&b, "   dropped %s at %s, cue %q: %s\n      evidence %q\n", typ, d.Step, d.Cue, d.Reason, d.Evidence)
		}
		for k, g := range e.Gold {
			fmt.Fprintf(&b, "   gold %d %s%s at %s [%s] %s, killed %s, injured %s, detained %s, kidnapped %s\n", k+1, g.Type, goldFlag(g),
				dash(strings.Trim(g.Municipality+", "+g.State, ", ")), dash(strings.Trim(g.StateCode+"|"+g.MunicipalityCode, "|")), dash(g.Time),
				intp(g.Killed), intp(g.Injured), intp(g.Detained), intp(g.Kidnapped))
		}
		if e.Gold != nil && len(e.Gold) == 0 {
			b.WriteString("   gold: no incident\n")
		}
		for _, m := range e.Misses {
			fmt.Fprintf(&b, "   miss %s: gold %s, found %s\n", m.Kind, dash(m.Gold), dash(m.Pred))
		}
		if h := e.Headline; h != nil {
			typ := "-"
			if len(h.Types) > 0 {
				typ = joinTypes(h.Types)
			}
			killed := "-"
			if h.Killed >= 0 {
				killed = strconv.Itoa(h.Killed)
			}
			fmt.Fprintf(&b, "   labelled %s [%s] killed %s\n", typ, dash(strings.Trim(h.StateCode+"|"+h.MunicipalityCode, "|")), killed)
			for _, m := range e.HeadlineMisses {
				fmt.Fprintf(&b, "   miss %s: labelled %s, found %s\n", m.What, m.Want, m.Got)
			}
		}
		if _, err := io.WriteString(w, b.String()); err != nil {
			return fmt.Errorf("explain: writing %s: %w", e.ID, err)
		}
	}
	return nil
}

func goldFlag(g eval.GoldIncident) string {
	switch {
	case g.Denial:
		return " (denial)"
	case g.Tally:
		return " (tally)"
	}
	return ""
}

// Failed returns how many entries hold an error: reports the reader
// failed on.
func Failed(es []Entry) int {
	n := 0
	for _, e := range es {
		if e.Error != "" {
			n++
		}
	}
	return n
}
