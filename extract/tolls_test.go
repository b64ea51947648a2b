package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// tollCase is a line of testdata/tolls.jsonl: a short report and, per
// incident, the counts it states. A count key that is absent is not
// checked; null means the text gives no count.
type tollCase struct {
	Name  string            `json:"name"`
	Lang  string            `json:"lang"`
	Kind  model.ReportKind  `json:"kind"`
	Title string            `json:"title"`
	Text  string            `json:"text"`
	Want  []json.RawMessage `json:"want"`
	// Open says why the case still fails; it is reported, not failed.
	Open string `json:"open"`
}

// TestTolls checks that the counts of each incident of a multi-incident
// or telegraphic report reach that incident: testdata/tolls.jsonl.
func TestTolls(t *testing.T) {
	f, err := os.Open("testdata/tolls.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	e := realExtractor(t)
	published := time.Date(2026, 3, 10, 12, 0, 0, 0, time.FixedZone("CST", -6*3600))
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	right, fields := 0, 0
	for line := 1; sc.Scan(); line++ {
		var c tollCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		kind := c.Kind
		if kind == "" {
			kind = model.KindNews
		}
		incs := e.Extract(model.Report{ID: c.Name, Kind: kind, Lang: c.Lang, Title: c.Title, Text: c.Text, Published: published})
		var errs []string
		for _, raw := range c.Want {
			var w map[string]json.RawMessage
			if err := json.Unmarshal(raw, &w); err != nil {
				t.Fatalf("line %d: %v", line, err)
			}
			inc := tollIncident(incs, w)
			for _, k := range []string{"killed", "injured", "detained", "kidnapped"} {
				want, ok := w[k]
				if !ok {
					continue
				}
				fields++
				got := "null"
				if inc != nil {
					if c := tollCount(inc, k); c != nil {
						got = fmt.Sprint(c.N)
					}
				}
				if got == string(want) {
					right++
				} else {
					errs = append(errs, fmt.Sprintf("%s %s: %s = %s, want %s", where(w), k, k, got, want))
				}
			}
		}
		if len(errs) == 0 {
			continue
		}
		if c.Open != "" {
			t.Logf("%s (open: %s): %s", c.Name, c.Open, strings.Join(errs, "; "))
			continue
		}
		t.Errorf("%s: %s", c.Name, strings.Join(errs, "; "))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of %d counts right", right, fields)
}

// tollIncident returns the incident of incs at the wanted municipality
// (or state) and of the wanted type, when one is given.
func tollIncident(incs []model.Incident, w map[string]json.RawMessage) *model.Incident {
	var muni, state, typ string
	_ = json.Unmarshal(w["municipality"], &muni)
	_ = json.Unmarshal(w["state"], &state)
	_ = json.Unmarshal(w["type"], &typ)
	for i := range incs {
		in := &incs[i]
		if muni != "" && in.Location.Municipality != muni || state != "" && in.Location.State != state || typ != "" && string(in.Type) != typ {
			continue
		}
		return in
	}
	return nil
}

func where(w map[string]json.RawMessage) string {
	s := string(w["municipality"]) + string(w["state"])
	if t, ok := w["type"]; ok {
		s += " " + string(t)
	}
	return s
}

func tollCount(in *model.Incident, k string) *model.Count {
	switch k {
	case "killed":
		return in.Killed
	case "injured":
		return in.Injured
	case "detained":
		return in.Detained
	}
	return in.Kidnapped
}
