package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/atalaya/atalaya/internal/clip"
	"github.com/atalaya/atalaya/model"
)

// maxLine is the longest gold line ReadGold accepts.
const maxLine = 16 << 20

// Case is one gold report with its incidents.
type Case struct {
	// Line is the 1-based line of the gold file the case was read from.
	Line int `json:"-"`
	// Report is the report object as written in the file; it is what the
	// Pipeline receives.
	Report json.RawMessage `json:"report"`
	// Incidents are the incidents a reader finds in the report; empty for a
	// report that mentions none.
	Incidents []GoldIncident `json:"incidents"`
}

// GoldIncident is one hand-labelled incident. Empty strings and nil
// pointers mean the report does not say.
type GoldIncident struct {
	Type             string        `json:"type"`
	State            string        `json:"state"`
	StateCode        string        `json:"state_code"`
	Municipality     string        `json:"municipality"`
	MunicipalityCode string        `json:"municipality_code"`
	Lat              *float64      `json:"lat"`
	Lon              *float64      `json:"lon"`
	Time             string        `json:"time"` // YYYY-MM-DD or RFC 3339
	TimePrecision    string        `json:"time_precision"`
	Killed           *int          `json:"killed"`
	Injured          *int          `json:"injured"`
	Detained         *int          `json:"detained"`
	Kidnapped        *int          `json:"kidnapped"`
	Actors           []model.Actor `json:"actors"`
	// Event labels the real-world event the incident belongs to; incidents
	// of different reports with the same label are one event. Only
	// labelled incidents take part in the fusion score.
	Event string `json:"event"`
	// Denial marks an incident the text denies (labelled with the event it
	// denies); Tally a running total over an area (its own event).
	Denial bool `json:"denial"`
	Tally  bool `json:"tally"`
}

// ReadGold reads a gold JSONL file: one object per line with a "report"
// object and an "incidents" array. Blank lines are skipped. A malformed
// line (bad JSON, unknown key, missing report, unknown incident type,
// unparsable time, coordinates out of range or given alone) is an error
// naming the line.
func ReadGold(r io.Reader) ([]Case, error) {
	br := bufio.NewReader(r)
	var cases []Case
	for n := 1; ; n++ {
		line, err := readLine(br)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("gold line %d: %w", n, err)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			c, perr := parseCase(line)
			if perr != nil {
				return nil, fmt.Errorf("gold line %d: %w", n, perr)
			}
			c.Line = n
			cases = append(cases, c)
		}
		if errors.Is(err, io.EOF) {
			return cases, nil
		}
	}
}

// readLine returns the next line without its terminator, or io.EOF with the
// last (possibly empty) line.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > maxLine {
			return nil, fmt.Errorf("line longer than %d bytes", maxLine)
		}
		switch {
		case err == nil:
			return bytes.TrimRight(buf, "\r\n"), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return bytes.TrimRight(buf, "\r\n"), err
		}
	}
}

func parseCase(line []byte) (Case, error) {
	var c Case
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Case{}, fmt.Errorf("decoding: %w", clip.Error(err, 200))
	}
	if dec.More() {
		return Case{}, errors.New("text after the object")
	}
	rep := bytes.TrimSpace(c.Report)
	if len(rep) == 0 || rep[0] != '{' {
		return Case{}, errors.New(`missing "report" object`)
	}
	for i, g := range c.Incidents {
		if err := g.check(); err != nil {
			return Case{}, fmt.Errorf("incident %d: %w", i+1, err)
		}
	}
	return c, nil
}

func (g GoldIncident) check() error {
	if !model.IncidentType(g.Type).Valid() {
		return fmt.Errorf("unknown type %s", clip.Quote(g.Type))
	}
	if (g.Lat == nil) != (g.Lon == nil) {
		return errors.New("lat and lon must be given together")
	}
	if g.Lat != nil && (*g.Lat < -90 || *g.Lat > 90 || *g.Lon < -180 || *g.Lon > 180) {
		return fmt.Errorf("coordinates %v,%v out of range", *g.Lat, *g.Lon)
	}
	if g.Time != "" {
		if _, err := goldDay(g.Time, &model.Location{}); err != nil {
			return err
		}
	}
	for _, c := range []*int{g.Killed, g.Injured, g.Detained, g.Kidnapped} {
		if c != nil && *c < 0 {
			return fmt.Errorf("negative count %d", *c)
		}
	}
	return nil
}

// goldDay returns the calendar day of a gold time at place l
// (model.Location.Date): a bare date is that day there; an instant, which
// carries its offset, is that instant's day on l's calendar.
func goldDay(s string, l *model.Location) (string, error) {
	if len(s) == len(time.DateOnly) {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return "", fmt.Errorf("time %s is no date: %w", clip.Quote(s), clip.Error(err, 200))
		}
		return d.Format(time.DateOnly), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return "", fmt.Errorf("time %s is neither YYYY-MM-DD nor RFC 3339", clip.Quote(s))
	}
	return l.Date(t), nil
}

// goldPlace is the place of a gold incident whose clock its times are
// read on (model.Location.Zone).
func (g *GoldIncident) goldPlace() *model.Location {
	return &model.Location{StateCode: g.StateCode, MunicipalityCode: g.MunicipalityCode}
}
