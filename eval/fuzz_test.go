package eval

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/model"
)

// checkReadError fails t unless err, an error of a reader, names the line
// (starts with prefix) and is bounded: the values it quotes are cut
// (internal/clip).
func checkReadError(t *testing.T, err error, prefix string) {
	t.Helper()
	if msg := err.Error(); !strings.HasPrefix(msg, prefix) || len(msg) > 500 {
		t.Fatalf("error of %d bytes, want one under 500 starting %q: %.300q", len(msg), prefix, msg)
	}
}

// FuzzReadGold checks that ReadGold never panics, that every case it
// returns names a line that exists and carries a report object, and that
// Run scores the cases with ratios in [0, 1].
func FuzzReadGold(f *testing.F) {
	if b, err := os.ReadFile("testdata/tiny.jsonl"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"report": {"text": "x"}, "incidents": [{"type": "homicide", "time": "2026-02-22", "lat": 1, "lon": 2}]}`))
	f.Add([]byte("\n\n{\"report\": {}}\r\n"))
	f.Add([]byte(`{"report": {"id": 1}, "incidents": [{"type": "blockade", "killed": 2}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		cases, err := ReadGold(bytes.NewReader(data))
		if err != nil {
			checkReadError(t, err, "gold line ")
			return
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		prev := 0
		for _, c := range cases {
			if c.Line <= prev || c.Line > lines {
				t.Fatalf("case line %d after %d, file has %d lines", c.Line, prev, lines)
			}
			prev = c.Line
			if r := bytes.TrimSpace(c.Report); len(r) == 0 || r[0] != '{' {
				t.Fatalf("line %d: report %q is not an object", c.Line, c.Report)
			}
		}
		// Score a pipeline that always finds one homicide.
		p := func([]byte) (model.Report, []model.Incident, error) {
			return model.Report{}, []model.Incident{{Type: model.Homicide}}, nil
		}
		s, err := Run(context.Background(), cases, p)
		if err != nil {
			t.Fatal(err)
		}
		ms := []Metric{s.Incidents}
		for _, f := range s.Fields {
			ms = append(ms, f.Metric)
		}
		for _, m := range ms {
			for _, v := range []float64{m.Precision, m.Recall, m.F1} {
				if !(v >= 0 && v <= 1) {
					t.Fatalf("ratio %v out of [0, 1] in %+v", v, m)
				}
			}
		}
	})
}
