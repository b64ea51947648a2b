package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// Column widths of the table, in runes; longer text is cut with "…".
const (
	placeWidth    = 40
	reportWidth   = 32
	evidenceWidth = 72
	// tableBlock is how many rows are aligned together before flushing, so
	// that a long listing streams instead of being held in memory.
	tableBlock = 500
)

// table streams aligned columns for people: a header, then rows aligned
// in blocks of tableBlock so that a long listing is not held in memory.
type table struct {
	w      io.Writer
	tw     *tabwriter.Writer
	header string
	rows   int
}

// row writes one row of tab-separated cells, the header first; what and id
// name the row in errors.
func (t *table) row(what, id, format string, args ...any) error {
	if t.tw == nil {
		t.start()
	}
	if _, err := fmt.Fprintf(t.tw, format, args...); err != nil {
		return fmt.Errorf("export: writing %s %q as a table row: %w", what, id, err)
	}
	t.rows++
	if t.rows%tableBlock == 0 {
		if err := t.tw.Flush(); err != nil {
			return fmt.Errorf("export: writing table: %w", err)
		}
	}
	return nil
}

func (t *table) start() {
	t.tw = tabwriter.NewWriter(t.w, 0, 8, 2, ' ', 0)
	io.WriteString(t.tw, t.header)
}

// Close flushes the table (just its header when no row was written).
func (t *table) Close() error {
	if t.tw == nil {
		t.start()
	}
	if err := t.tw.Flush(); err != nil {
		return fmt.Errorf("export: writing table: %w", err)
	}
	return nil
}

// when formats the time of an act at place l as precisely as it is known,
// on l's clock (model.Location.Zone).
func when(tm *time.Time, p model.TimePrecision, l *model.Location) string {
	if tm == nil {
		return "-"
	}
	lt := tm.In(l.Zone())
	switch p {
	case model.TimeMinute:
		return lt.Format("2006-01-02 15:04")
	case model.TimeHour:
		return lt.Format("2006-01-02 15h")
	case model.TimeWeek:
		return lt.Format("2006-01-02") + "~"
	}
	return lt.Format("2006-01-02")
}

// tableWriter writes incidents as a table: time, type, place, killed and
// injured, source and report, and the first piece of evidence.
type tableWriter struct{ table }

func newTableWriter(w io.Writer) *tableWriter {
	return &tableWriter{table{w: w,
		header: "TIME\tTYPE\tPLACE\tKILLED/INJURED\tSOURCE/REPORT\tEVIDENCE\n"}}
}

// Write writes l as one row.
func (t *tableWriter) Write(l store.Listed) error {
	ev := ""
	if len(l.Evidence) > 0 {
		ev = l.Evidence[0].Text
	}
	report := publicReportID(&l, l.ReportID)
	if l.Source != "" {
		report = l.Source + "/" + report
	}
	return t.row("incident", l.ID, "%s\t%s\t%s\t%s/%s\t%s\t%s\n",
		when(l.Time, l.TimePrecision, &l.Location),
		orDash(sanitize(typeCell(&l.Incident), 32)),
		orDash(sanitize(placeOf(&l.Location), placeWidth)),
		countCell(l.Killed), countCell(l.Injured),
		orDash(sanitize(report, reportWidth)),
		sanitize(ev, evidenceWidth))
}

// typeCell is the incident type, marked when the record is a tally
// ("blockade (tally)") or a denial ("arson (denied)").
func typeCell(in *model.Incident) string {
	s := string(in.Type)
	if in.Tally {
		s += " (tally)"
	}
	if in.Denial {
		s += " (denied)"
	}
	return s
}

// placeOf is "municipality, state", falling back on the locality and the
// place as written, after the neighbourhood when one is known in the
// municipality ("Las Quintas, Culiacán, Sinaloa").
func placeOf(l *model.Location) string {
	var parts []string
	switch {
	case l.Municipality != "":
		if l.Neighborhood != "" {
			parts = append(parts, l.Neighborhood)
		}
		parts = append(parts, l.Municipality)
	case l.Locality != "":
		parts = append(parts, l.Locality)
	case l.Place != "":
		parts = append(parts, l.Place)
	}
	if n := len(parts); l.State != "" && (n == 0 || !strings.EqualFold(parts[n-1], l.State)) {
		parts = append(parts, l.State)
	} else if l.State != "" {
		parts[n-1] = l.State // a state-level place: show the state's own spelling
	}
	s := strings.Join(parts, ", ")
	if l.Basis == model.BasisOutletPrior && s != "" {
		s += " (outlet prior)" // the text names no place
	}
	return s
}

func countCell(c *model.Count) string {
	if c == nil {
		return "-"
	}
	s := strconv.Itoa(c.N)
	if c.AtLeast {
		s += "+"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// sanitize makes untrusted text safe and compact for a terminal cell: it
// drops terminal escape sequences (CSI, OSC, DCS and the like, in their
// 7-bit and 8-bit forms), other control characters and bidirectional
// controls, replaces invalid UTF-8, collapses white space to single spaces
// and cuts the result to at most max runes, ending with "…" when cut.
func sanitize(s string, max int) string {
	var b strings.Builder
	n := 0
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b: // ESC
			i = skipEscape(s, i+size)
			continue
		case r == 0x9b: // 8-bit CSI
			i = skipCSI(s, i+size)
			continue
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // 8-bit DCS, SOS, OSC, PM, APC
			i = skipString(s, i+size)
			continue
		case unicode.IsSpace(r):
			space = n > 0
			i += size
			continue
		case unicode.IsControl(r) || isBidiControl(r):
			i += size
			continue
		}
		// r is utf8.RuneError for invalid bytes too: written as U+FFFD.
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(r)
		n++
		i += size
	}
	out := b.String()
	if n <= max {
		return out
	}
	if max < 1 {
		return ""
	}
	cut, k := 0, 0
	for i := range out {
		if k == max-1 {
			cut = i
			break
		}
		k++
	}
	return strings.TrimRight(out[:cut], " ") + "…"
}

func isBidiControl(r rune) bool {
	return r == 0x061c || r == 0x200e || r == 0x200f ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// skipEscape skips an escape sequence whose ESC ended just before i and
// returns the index after it.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', '^', '_', 'X':
		return skipString(s, i+1)
	}
	// Two-character sequences (ESC c, ESC 7, ...), possibly with
	// intermediate bytes (ESC ( B).
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipCSI skips the parameters, intermediates and final byte of a control
// sequence.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips a control string up to its terminator (BEL, ESC \ or
// 8-bit ST), or to the end of s.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		}
		i++
	}
	return i
}
