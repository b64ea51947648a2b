package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// csvHeader names the CSV columns; csvWriter.Write fills them in this order.
var csvHeader = []string{
	"id", "report_id", "type", "state", "state_code", "municipality", "municipality_code",
	"locality", "place", "neighborhood", "lat", "lon", "geo_precision", "geo_basis", "time", "time_precision",
	"killed", "killed_at_least", "injured", "injured_at_least", "detained", "detained_at_least",
	"kidnapped", "kidnapped_at_least", "severity", "confidence", "denial", "tally", "actors", "evidence",
	"evidence_text", "source", "url", "title", "published",
}

// csvWriter writes a header row and one row per incident. Unknown values
// are empty cells. Actors are "name (kind, role)" joined by "; ", evidence
// spans "report_id[start:end]" joined by "; " and their texts, on one line
// and cleaned as in the table, joined by " | ".
type csvWriter struct {
	bw      *bufio.Writer
	cw      *csv.Writer
	loc     *time.Location
	started bool
	row     []string
}

func newCSVWriter(w io.Writer, loc *time.Location) *csvWriter {
	bw := bufio.NewWriter(w)
	return &csvWriter{bw: bw, cw: csv.NewWriter(bw), loc: loc, row: make([]string, 0, len(csvHeader))}
}

func (c *csvWriter) header() error {
	if c.started {
		return nil
	}
	c.started = true
	if err := c.cw.Write(csvHeader); err != nil {
		return fmt.Errorf("export: writing CSV header: %w", err)
	}
	return nil
}

// Write writes l as one row.
func (c *csvWriter) Write(l store.Listed) error {
	if err := c.header(); err != nil {
		return err
	}
	loc := &l.Location
	row := c.row[:0]
	text := func(s string) { row = append(row, cell(s)) }
	num := func(s string) { row = append(row, s) } // formatted here, never untrusted
	text(l.ID)
	text(publicReportID(&l, l.ReportID))
	text(string(l.Type))
	text(loc.State)
	text(loc.StateCode)
	text(loc.Municipality)
	text(loc.MunicipalityCode)
	text(loc.Locality)
	text(loc.Place)
	text(loc.Neighborhood)
	num(floatCell(loc.Lat))
	num(floatCell(loc.Lon))
	if loc.Precision != 0 {
		num(strconv.Itoa(int(loc.Precision)))
	} else {
		num("")
	}
	text(string(loc.Basis))
	if l.Time != nil {
		num(l.Time.In(loc.Zone()).Format(time.RFC3339))
	} else {
		num("")
	}
	text(string(l.TimePrecision))
	for _, n := range []*model.Count{l.Killed, l.Injured, l.Detained, l.Kidnapped} {
		if n == nil {
			num("")
			num("")
			continue
		}
		num(strconv.Itoa(n.N))
		num(strconv.FormatBool(n.AtLeast))
	}
	if l.Severity != 0 {
		num(strconv.Itoa(l.Severity))
	} else {
		num("")
	}
	num(strconv.FormatFloat(l.Confidence, 'f', -1, 64))
	num(strconv.FormatBool(l.Denial))
	num(strconv.FormatBool(l.Tally))
	var b strings.Builder
	for i, a := range l.Actors {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s (%s, %s)", a.Name, a.Kind, a.Role)
	}
	text(b.String())
	b.Reset()
	for i, sp := range l.Evidence {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s[%d:%d]", publicReportID(&l, sp.ReportID), sp.Start, sp.End)
	}
	text(b.String())
	b.Reset()
	for i, sp := range l.Evidence {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(sanitize(sp.Text, math.MaxInt))
	}
	text(b.String())
	text(l.Source)
	text(l.URL)
	text(l.Title)
	if !l.Published.IsZero() {
		num(l.Published.In(c.loc).Format(time.RFC3339))
	} else {
		num("")
	}
	c.row = row
	if err := c.cw.Write(row); err != nil {
		return fmt.Errorf("export: writing incident %q as CSV: %w", l.ID, err)
	}
	return nil
}

// Close writes the header if no row was written and flushes the output.
func (c *csvWriter) Close() error {
	if err := c.header(); err != nil {
		return err
	}
	c.cw.Flush()
	if err := c.cw.Error(); err != nil {
		return fmt.Errorf("export: writing CSV: %w", err)
	}
	if err := c.bw.Flush(); err != nil {
		return fmt.Errorf("export: writing CSV: %w", err)
	}
	return nil
}

func floatCell(f *float64) string {
	if f = finite(f); f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

// cell makes untrusted text safe for a spreadsheet and for a terminal that
// shows the file: invalid UTF-8 is replaced, control characters other than
// tab, newline and carriage return are dropped (so no escape sequence can
// run), and a cell that starts with a character a spreadsheet reads as the
// start of a formula (= + - @, tab, carriage return) gets a leading
// apostrophe.
func cell(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexFunc(s, dropInCell) >= 0 {
		s = strings.Map(func(r rune) rune {
			if dropInCell(r) {
				return -1
			}
			return r
		}, s)
	}
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r', '\n':
		return "'" + s
	}
	return s
}

func dropInCell(r rune) bool {
	return (unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r') || isBidiControl(r)
}
