package eval

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

func TestReadHeadlinesErrors(t *testing.T) {
	for _, tt := range []struct {
		in, err string
	}{
		{"homicide\t25\t-\tMatan a uno", "line 1: 4 columns"},
		{"# c\nkilling\t25\t-\t-\tMatan a uno", "line 2: unknown type \"killing\""},
		{"homicide\t250\t-\t-\tx", "state \"250\""},
		{"homicide\t25\t14039\t-\tx", "municipality \"14039\""},
		{"homicide\t-\t2500\t-\tx", "municipality \"2500\""},
		{"homicide\t25\t-\tdos\tx", "killed \"dos\""},
		{"homicide\t25\t-\t-\t ", "empty headline"},
		{"homicide\t25\t-\t-\t\xff", "not UTF-8"},
		{"homicide\t25\t-\t-\t2027-5-13\tx", "date \"2027-5-13\""},
		{"homicide\t25\t-\t-\t2027-05-13|ayer\tx", "date \"ayer\""},
		{"homicide\t25\t-\t-\t-\tx\ty", "7 columns"},
	} {
		_, err := ReadHeadlines(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%q: error %v, want one with %q", tt.in, err, tt.err)
		}
	}
}

// TestScoreHeadlineDates holds that a set's date column is read ("-" no
// date, several days joined by "|") and scored on the act's place's
// calendar: 05:30 UTC on the 14th is still the 13th in Culiacán.
func TestScoreHeadlineDates(t *testing.T) {
	const set = "homicide\t25\t-\t-\t2027-05-13\tMatan a uno anoche en Culiacán\n" +
		"homicide\t25\t-\t-\t2027-05-08|2027-05-09\tMatan a uno el fin de semana en Culiacán\n" +
		"homicide\t25\t-\t-\t-\tMatan a uno en Culiacán\n" +
		"homicide\t25\t-\t-\t2027-05-12\tMatan a uno el miércoles en Culiacán\n"
	hs, err := ReadHeadlines(strings.NewReader(set))
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) *time.Time {
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return &tm
	}
	got := map[int]*time.Time{
		1: at("2027-05-14T05:30:00Z"), // the 13th in Culiacán (UTC-7)
		2: at("2027-05-09T18:00:00Z"),
		3: at("2027-05-14T18:00:00Z"),
		4: nil,
	}
	s, err := ScoreHeadlines(context.Background(), hs, func(h Headline) (model.Report, []model.Incident, error) {
		in := model.Incident{Type: model.Homicide, Time: got[h.Line], Location: model.Location{StateCode: "25"}}
		return HeadlineReport(h, "es"), []model.Incident{in}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if s.All.DateGold != 3 || s.All.Date != 2 {
		t.Errorf("dates %d/%d, want 2/3", s.All.Date, s.All.DateGold)
	}
	if len(s.Misses) != 1 || s.Misses[0].What != "date" || s.Misses[0].Line != 4 || s.Misses[0].Got != "-" {
		t.Errorf("misses %+v, want line 4's date, none found", s.Misses)
	}
}

// TestScoreHeadlines scores the fixture with a reader that yields, for
// each line, an outcome fixed by hand: the act with a wrong municipality
// and the right toll; the blockade missed; a false homicide on the first
// no-act line and nothing on the second.
func TestScoreHeadlines(t *testing.T) {
	b, err := os.ReadFile("testdata/headlines.tsv")
	if err != nil {
		t.Fatal(err)
	}
	hs, err := ReadHeadlines(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 4 || hs[0].Line != 2 || hs[0].Killed != 2 || hs[1].Killed != -1 || len(hs[0].Types) != 2 || hs[2].Types != nil {
		t.Fatalf("read %+v", hs)
	}
	out := map[int][]model.Incident{
		2: {
			{Type: model.Advisory},
			{Type: model.ArmedAttack, Location: model.Location{StateCode: "25", MunicipalityCode: "25012"}, Counts: model.Counts{Killed: &model.Count{N: 2}}},
		},
		4: {{Type: model.Homicide}},
	}
	s, err := ScoreHeadlines(context.Background(), hs, func(h Headline) (model.Report, []model.Incident, error) {
		lang := "es"
		if h.Line == 5 {
			lang = "en"
		}
		return HeadlineReport(h, lang), out[h.Line], nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := HeadlineTally{Acts: 2, Found: 1, Type: 1, StateGold: 2, State: 1, MunicipalityGold: 1, Killed: 1, KilledGold: 1, None: 2, Clean: 1}
	if s.All != want {
		t.Errorf("all %+v, want %+v", s.All, want)
	}
	if len(s.Languages) != 2 || s.Languages[0].Lang != "en" || s.Languages[0].Clean != 1 || s.Languages[1].Acts != 2 {
		t.Errorf("languages %+v", s.Languages)
	}
	var whats []string
	for _, m := range s.Misses {
		whats = append(whats, m.What)
	}
	if got := strings.Join(whats, " "); got != "municipality missed false" {
		t.Errorf("misses %q, want municipality, missed, false", got)
	}
	var w bytes.Buffer
	if err := s.Write(&w); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"act found", "1/2 50.0%", "no-act headlines clean"} {
		if !strings.Contains(w.String(), line) {
			t.Errorf("output lacks %q:\n%s", line, w.String())
		}
	}
	w.Reset()
	if err := WriteHeadlineMisses(&w, s); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(w.String(), "line 2\tmunicipality\twant 25006\tgot 25012") {
		t.Errorf("misses:\n%s", w.String())
	}
}

// TestScoreHeadlinesErrors holds that a headline the reader fails on is
// listed among the pipeline errors, read as telling nothing, and the
// others scored.
func TestScoreHeadlinesErrors(t *testing.T) {
	hs := []Headline{{Line: 1, Text: "Asesinan a dos en Celaya", Killed: -1}, {Line: 2, Text: "Queman autos en Zapopan", Killed: -1}}
	s, err := ScoreHeadlines(context.Background(), hs, func(h Headline) (model.Report, []model.Incident, error) {
		if h.Line == 2 {
			return model.Report{}, nil, errors.New("extracting report x: panic: boom")
		}
		return HeadlineReport(h, "es"), nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Errors) != 1 || s.Errors[0].Line != 2 || s.All.None+s.All.Acts != 2 {
		t.Errorf("errors %+v, tally %+v: want line 2 failed, both scored", s.Errors, s.All)
	}
	var w bytes.Buffer
	if err := s.Write(&w); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(w.String(), "pipeline errors: 1\n  line 2: extracting report x: panic: boom") {
		t.Errorf("output lacks the error:\n%s", w.String())
	}
}

// FuzzReadHeadlines checks that ReadHeadlines never panics and that what
// it returns keeps the format's promises.
func FuzzReadHeadlines(f *testing.F) {
	if b, err := os.ReadFile("testdata/headlines.tsv"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("homicide\t25\t25006\t3\tx\n-\t-\t-\t-\ty\r\n"))
	f.Add([]byte("a|b\t1\t2\t3\t4"))
	f.Fuzz(func(t *testing.T, data []byte) {
		hs, err := ReadHeadlines(bytes.NewReader(data))
		if err != nil {
			checkReadError(t, err, "line ")
			return
		}
		prev := 0
		for _, h := range hs {
			if h.Line <= prev || h.Text == "" || h.Killed < -1 {
				t.Fatalf("headline %+v after line %d", h, prev)
			}
			prev = h.Line
			for _, ty := range h.Types {
				if !ty.Valid() {
					t.Fatalf("line %d: type %q", h.Line, ty)
				}
			}
			if h.MunicipalityCode != "" && h.StateCode != "" && h.MunicipalityCode[:2] != h.StateCode {
				t.Fatalf("line %d: municipality %s outside state %s", h.Line, h.MunicipalityCode, h.StateCode)
			}
		}
	})
}
