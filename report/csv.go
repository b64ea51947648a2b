package report

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/internal/clip"
	"github.com/atalaya/atalaya/model"
)

// This file reads CSV and TSV incident exports of alert platforms. The
// rules are in the package documentation, under "CSV exports".

// csvField is the report field a CSV column maps to.
type csvField int

const (
	colNone csvField = iota
	colID
	colSource
	colURL
	colKind
	colLang
	colTitle
	colDate
	colTime
	colText
	colLat
	colLon
	colMunicipality
	colState
	numCSVFields
)

// headerKey folds a header cell for lookup: lower case, no accents, every
// run of other characters than letters and digits made one "_", none at
// the ends ("Fecha y hora" → "fecha_y_hora", "Descripción" →
// "descripcion").
func headerKey(s string) string {
	f := fold.String(strings.TrimSpace(s))
	var b strings.Builder
	b.Grow(len(f))
	under := false
	for i := 0; i < len(f); i++ {
		c := f[i]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteByte(c)
			continue
		}
		under = true
	}
	return b.String()
}

// csvFieldOf returns the field a header cell names, in Spanish or English.
func csvFieldOf(header string) csvField {
	switch headerKey(header) {
	case "id", "folio", "incident_id", "id_incidente", "report_id", "id_reporte":
		return colID
	case "source", "fuente", "platform", "plataforma", "outlet", "medio":
		return colSource
	case "url", "link", "enlace", "liga":
		return colURL
	case "kind", "tipo_reporte", "tipo_de_reporte", "report_kind":
		return colKind
	case "lang", "idioma", "language", "lengua":
		return colLang
	case "title", "titulo", "asunto", "headline", "encabezado":
		return colTitle
	case "published", "published_at", "date", "fecha", "datetime", "fecha_hora", "fecha_y_hora",
		"timestamp", "fecha_publicacion", "fecha_de_publicacion":
		return colDate
	case "hora", "time":
		return colTime
	case "text", "texto", "description", "descripcion", "detalle", "detalles", "detail", "details", "body", "reporte",
		"mensaje", "message", "content", "contenido":
		return colText
	case "lat", "latitude", "latitud":
		return colLat
	case "lon", "lng", "long", "longitude", "longitud":
		return colLon
	case "municipality", "municipio", "alcaldia", "municipio_alcaldia":
		return colMunicipality
	case "state", "estado", "entidad", "entidad_federativa":
		return colState
	}
	return colNone
}

// csvSchema is what a header row says about the columns of a file.
type csvSchema struct {
	// col[f] is the first column of field f, or -1.
	col [numCSVFields]int
	// text lists the text-like columns in order.
	text []int
}

// newCSVSchema maps a header row. ok is false when no column holds text.
func newCSVSchema(header []string) (s csvSchema, ok bool) {
	for i := range s.col {
		s.col[i] = -1
	}
	for i, h := range header {
		f := csvFieldOf(h)
		switch {
		case f == colText:
			s.text = append(s.text, i)
		case f != colNone && s.col[f] < 0:
			s.col[f] = i
		}
	}
	return s, len(s.text) > 0
}

// report turns one row into a report (without Origin).
func (s *csvSchema) report(rec []string, opts Options, now time.Time) (model.Report, error) {
	cell := func(f csvField) string {
		if i := s.col[f]; i >= 0 && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	r := model.Report{
		GivenID: cell(colID),
		Source:  oneLine(firstNonEmpty(cell(colSource), opts.Source)),
		URL:     cell(colURL),
		Title:   oneLine(cell(colTitle)),
		Kind:    defaultKind(opts, model.KindAlertFeed),
		Fetched: now,
	}
	// Text: the text-like cells in column order, each a paragraph; a cell
	// without a letter is passed over, and so is a cell of one word (a
	// code, a status) when another cell has more; a cell found in one
	// already kept (a short description repeated in a longer detail) is
	// passed over, while a cell holding one already kept replaces it.
	var parts, words []string
	for _, i := range s.text {
		if i >= len(rec) {
			continue
		}
		c := normalize(rec[i])
		switch {
		case !hasLetter(c):
		case strings.IndexFunc(c, unicode.IsSpace) < 0:
			words = addPart(words, c)
		default:
			parts = addPart(parts, c)
		}
	}
	if len(parts) == 0 {
		parts = words
	}
	text := strings.Join(parts, "\n\n")
	if text == "" {
		return model.Report{}, ErrNoText
	}
	if k := model.ReportKind(strings.ToLower(cell(colKind))); model.ValidReportKind(k) {
		r.Kind = k
	}
	r.Published = opts.Published
	if t, err := parseCSVTime(cell(colDate), cell(colTime)); err != nil {
		return model.Report{}, err
	} else if !t.IsZero() {
		r.Published = localDate(t)
	}
	lat, lon, err := parseLatLon(cell(colLat), cell(colLon))
	if err != nil {
		return model.Report{}, err
	}
	r.Lat, r.Lon = lat, lon
	r.Lang = statedLang(cell(colLang))
	if r.Lang == "" {
		r.Lang = DetectLang(text)
	}
	r.Text = withPlace(text, oneLine(cell(colMunicipality)), oneLine(cell(colState)), r.Lang)
	r.ID = ContentID(r)
	return r, nil
}

// addPart adds c to the text parts, unless a part holds it; it replaces
// a part it holds.
func addPart(parts []string, c string) []string {
	for j, p := range parts {
		if strings.Contains(p, c) {
			return parts
		}
		if strings.Contains(c, p) {
			parts[j] = c
			return parts
		}
	}
	return append(parts, c)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// withPlace puts before text a first line naming the municipality
// and state a row gives in their own columns, leaving out those the text
// already names: "Municipio: Zapopan, Estado: Jalisco." ("Municipality:
// …, State: ….", for English text). It comes first so that the extractor
// reads it as the place of what follows, as a dateline.
func withPlace(text, muni, state, lang string) string {
	if muni == "" && state == "" {
		return text
	}
	folded := "" // folded lazily: most names are found as written
	labels := [2]string{"Municipio: ", "Estado: "}
	if lang == "en" {
		labels = [2]string{"Municipality: ", "State: "}
	}
	var add []string
	for i, v := range [2]string{muni, state} {
		if v != "" && !hasLetter(v) {
			continue
		}
		if v == "" || containsWord(text, v) {
			continue
		}
		if folded == "" {
			folded = foldText(text)
		}
		if !containsWord(folded, foldText(v)) {
			add = append(add, labels[i]+strings.TrimRight(v, "."))
		}
	}
	if len(add) == 0 {
		return text
	}
	return strings.Join(add, ", ") + ".\n" + text
}

// foldText is fold.String without the offset map, which would cost eight
// bytes per byte of a long text.
func foldText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		b.WriteString(fold.String(s[i : i+n]))
		i += n
	}
	return b.String()
}

// containsWord reports whether w occurs in s between word boundaries.
func containsWord(s, w string) bool {
	if w == "" {
		return true
	}
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		start, end := off+i, off+i+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (start == 0 || !isWordRune(before)) && (end == len(s) || !isWordRune(after)) {
			return true
		}
		off = start + 1
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// statedLang returns "es" or "en" for a language a record states (es,
// es-MX, spa, Spanish, español, …), or "".
func statedLang(s string) string {
	switch lang := headerKey(s); {
	case lang == "es" || strings.HasPrefix(lang, "es_") || lang == "spa" || lang == "spanish" || lang == "espanol":
		return "es"
	case lang == "en" || strings.HasPrefix(lang, "en_") || lang == "eng" || lang == "english" || lang == "ingles":
		return "en"
	}
	return ""
}

// parseCSVTime parses a row's date cell, with an optional separate time
// cell: RFC 3339, YYYY-MM-DD, "YYYY-MM-DD HH:MM[:SS]", or day first
// "DD/MM/YYYY[ HH:MM[:SS]]"; without an offset in America/Mexico_City.
// The time cell counts only when the date cell has no time of its own. An
// empty date cell gives the zero time.
func parseCSVTime(date, clock string) (time.Time, error) {
	if date == "" {
		return time.Time{}, nil
	}
	mx := model.MexicoCity()
	for _, layout := range [...]string{"2006-01-02", "2/1/2006", "2-1-2006"} {
		d, err := time.ParseInLocation(layout, date, mx)
		if err != nil {
			continue
		}
		if clock == "" {
			return d, nil
		}
		for _, cl := range [...]string{"15:04", "15:04:05"} {
			if c, err := time.Parse(cl, clock); err == nil {
				return time.Date(d.Year(), d.Month(), d.Day(), c.Hour(), c.Minute(), c.Second(), 0, mx), nil
			}
		}
		return time.Time{}, fmt.Errorf("time %s is not HH:MM[:SS]", clip.Quote(clock))
	}
	for _, layout := range [...]string{"2/1/2006 15:04", "2/1/2006 15:04:05", "2-1-2006 15:04", "2-1-2006 15:04:05"} {
		if t, err := time.ParseInLocation(layout, date, mx); err == nil {
			return t, nil
		}
	}
	if t, err := parseTime(date); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("date %s is not RFC 3339, YYYY-MM-DD[ HH:MM[:SS]] or DD/MM/YYYY[ HH:MM[:SS]]", clip.Quote(date))
}

// parseLatLon parses the coordinate cells of a row: both empty (or both
// zero, the placeholder of many exports) for none; a decimal comma is
// accepted.
func parseLatLon(latCell, lonCell string) (lat, lon *float64, err error) {
	if latCell == "" && lonCell == "" {
		return nil, nil, nil
	}
	if latCell == "" || lonCell == "" {
		return nil, nil, errors.New("lat and lon must be given together")
	}
	parse := func(name, s string, limit float64) (float64, error) {
		if strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
			s = strings.Replace(s, ",", ".", 1)
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, fmt.Errorf("%s %s is not a number", name, clip.Quote(s))
		}
		if math.IsNaN(v) || v < -limit || v > limit {
			return 0, fmt.Errorf("%s %v out of range [%v, %v]", name, v, -limit, limit)
		}
		return v, nil
	}
	la, err := parse("lat", latCell, 90)
	if err != nil {
		return nil, nil, err
	}
	lo, err := parse("lon", lonCell, 180)
	if err != nil {
		return nil, nil, err
	}
	if la == 0 && lo == 0 {
		return nil, nil, nil
	}
	return &la, &lo, nil
}

// detectSep returns the separator of a CSV file from its first line: the
// most frequent of comma, semicolon and tab outside quotes, a tab first
// for .tsv files, a comma when none occurs.
func detectSep(head []byte, tsv bool) byte {
	var n [3]int // , ; \t
	quoted := false
	for _, c := range head {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\n':
			goto done
		case c == ',':
			n[0]++
		case c == ';':
			n[1]++
		case c == '\t':
			n[2]++
		}
	}
done:
	switch {
	case tsv && n[2] > 0:
		return '\t'
	case n[1] > n[0] && n[1] >= n[2]:
		return ';'
	case n[2] > n[0] && n[2] > n[1]:
		return '\t'
	}
	return ','
}

// looksLikeCSV reports whether s (a file's start, without BOM) begins with
// a CSV header row this package understands: a complete first line of at
// least two short cells, among them a text column and one more known
// column, with at least half the named cells known. Prose with commas
// fails it.
func looksLikeCSV(s []byte) bool {
	end := bytes.IndexByte(s, '\n')
	if end < 0 {
		return false
	}
	line := bytes.TrimRight(s[:end], "\r")
	sep := detectSep(line, false)
	cells := strings.Split(string(line), string(sep))
	if len(cells) < 2 {
		return false
	}
	named, known, text := 0, 0, false
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if len(c) >= 2 && c[0] == '"' && c[len(c)-1] == '"' {
			c = c[1 : len(c)-1]
		}
		if c == "" {
			continue
		}
		if len(c) > 40 || !utf8.ValidString(c) {
			return false
		}
		named++
		switch f := csvFieldOf(c); f {
		case colNone:
		case colText:
			text = true
			known++
		default:
			known++
		}
	}
	return text && known >= 2 && 2*known >= named
}

// chunkSource is an io.Reader over one record at a time, so that a single
// csv.Reader parses every row of a file.
type chunkSource struct{ b []byte }

func (c *chunkSource) Read(p []byte) (int, error) {
	if len(c.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.b)
	c.b = c.b[n:]
	return n, nil
}

// rowSplitter cuts a CSV stream into raw records, following the quoting
// rules of encoding/csv with LazyQuotes off: a newline ends a record
// unless it is inside a quoted field, and after a misplaced quote the rest
// of the line belongs to the (malformed) record. Only one record, of at
// most max bytes, is held in memory.
type rowSplitter struct {
	br    *bufio.Reader
	sep   byte
	max   int64
	lines int // lines consumed
	buf   []byte
}

// Quoting states of rowSplitter.
const (
	stFieldStart = iota
	stUnquoted
	stQuoted
	stQuoteInQuoted // a quote inside a quoted field: its end or an escape
	stQuoteCR       // that quote followed by \r
	stBroken        // malformed until the end of the line
)

// next returns the next record without its final newline, the line it
// starts on and whether it was longer than max (then rec is empty). err is
// io.EOF when no record is left.
func (s *rowSplitter) next() (rec []byte, line int, tooLong bool, err error) {
	s.buf = s.buf[:0]
	line = s.lines + 1
	state := stFieldStart
	read := false
	for {
		chunk, rerr := s.br.ReadSlice('\n')
		if len(chunk) > 0 {
			read = true
		}
		for _, c := range chunk {
			switch state {
			case stFieldStart:
				switch c {
				case '"':
					state = stQuoted
				case s.sep, '\n':
				default:
					state = stUnquoted
				}
			case stUnquoted:
				switch c {
				case s.sep, '\n':
					state = stFieldStart
				case '"':
					state = stBroken
				}
			case stQuoted:
				if c == '"' {
					state = stQuoteInQuoted
				}
			case stQuoteInQuoted:
				switch c {
				case '"':
					state = stQuoted
				case s.sep, '\n':
					state = stFieldStart
				case '\r':
					state = stQuoteCR
				default:
					state = stBroken
				}
			case stQuoteCR:
				if c == '\n' {
					state = stFieldStart
				} else {
					state = stBroken
				}
			case stBroken:
				if c == '\n' {
					state = stFieldStart
				}
			}
			if c == '\n' {
				s.lines++
			}
		}
		if !tooLong {
			if int64(len(s.buf)+len(chunk)) > s.max+1 { // +1 for the newline
				tooLong = true
				s.buf = s.buf[:0]
			} else {
				s.buf = append(s.buf, chunk...)
			}
		}
		if errors.Is(rerr, bufio.ErrBufferFull) {
			continue
		}
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			return nil, line, false, rerr
		}
		if rerr == nil && state != stFieldStart {
			continue // a newline inside a quoted field
		}
		if !read {
			return nil, line, false, io.EOF
		}
		// A \r before the newline stays: encoding/csv drops it, and a
		// second one is part of the last cell.
		rec = bytes.TrimSuffix(s.buf, []byte("\n"))
		if tooLong {
			rec = nil
		}
		if rerr != nil && len(chunk) > 0 && chunk[len(chunk)-1] != '\n' {
			s.lines++ // a last line without a newline
		}
		return rec, line, tooLong, nil
	}
}

// readCSV reads a CSV or TSV export row by row; see the package
// documentation.
func readCSV(ctx context.Context, name string, br *bufio.Reader, opts Options, yield func(model.Report) error, skip func(Problem)) error {
	head, _ := br.Peek(min(sniffLen, br.Size()))
	if bytes.HasPrefix(head, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
		head = head[3:]
	}
	sep := detectSep(bytes.TrimLeft(head, "\r\n"), strings.EqualFold(filepath.Ext(name), ".tsv"))
	split := &rowSplitter{br: br, sep: sep, max: opts.maxBytes()}
	src := &chunkSource{}
	cr := csv.NewReader(src)
	cr.Comma = rune(sep)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	// parse parses one raw record with cr.
	parse := func(raw []byte) ([]string, error) {
		if err := checkUTF8(raw); err != nil {
			return nil, err
		}
		src.b = append(raw, '\n')
		rec, err := cr.Read()
		// More records in one raw record would mean rowSplitter disagrees
		// with encoding/csv; drain them rather than misread the next row.
		for extra := false; ; extra = true {
			if _, e := cr.Read(); e == io.EOF {
				if extra && err == nil {
					err = errors.New("row splits into several records")
				}
				break
			}
		}
		if err == io.EOF {
			err = ErrNoText
		}
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			return nil, fmt.Errorf("malformed CSV: %w", perr.Err)
		} else if err != nil {
			return nil, fmt.Errorf("malformed CSV: %w", err)
		}
		return rec, nil
	}
	now := opts.now()
	var (
		schema csvSchema
		header bool
		rows   int
	)
	for n := 0; ; n++ {
		if n%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		raw, line, tooLong, err := split.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			skip(Problem{Path: name, Line: line, Err: fmt.Errorf("unreadable: %w", unwrapPath(err))})
			return nil
		}
		if !tooLong && len(bytes.TrimSpace(raw)) == 0 {
			continue // blank line
		}
		if !header {
			if tooLong {
				skip(Problem{Path: name, Line: line, Err: fmt.Errorf("%w: header row longer than %d bytes", ErrTooLarge, split.max)})
				return nil
			}
			rec, err := parse(raw)
			if err != nil {
				skip(Problem{Path: name, Line: line, Err: fmt.Errorf("header: %w", err)})
				return nil
			}
			var ok bool
			if schema, ok = newCSVSchema(rec); !ok {
				cols := clip.String(strings.Join(rec, ", "), 200)
				skip(Problem{Path: name, Line: line, Err: fmt.Errorf("%w: the CSV header names no text column (%s)", ErrNoText, cols)})
				return nil
			}
			header = true
			continue
		}
		if tooLong {
			rows++
			skip(Problem{Path: name, Line: line, Err: fmt.Errorf("%w: row longer than %d bytes", ErrTooLarge, split.max)})
			continue
		}
		rec, err := parse(raw)
		if err != nil {
			rows++
			if last := split.lines; last > line {
				// A quote left open swallows the lines up to the next quote.
				err = fmt.Errorf("%w (row runs from line %d to %d)", err, line, last)
			}
			skip(Problem{Path: name, Line: line, Err: err})
			continue
		}
		if allBlank(rec) {
			continue // a row of empty cells, as spreadsheets leave
		}
		rows++
		r, err := schema.report(rec, opts, now)
		if err != nil {
			skip(Problem{Path: name, Line: line, Err: err})
			continue
		}
		r.Origin = name + ":" + strconv.Itoa(line)
		if err := yield(r); err != nil {
			return err
		}
	}
	switch {
	case !header:
		skip(Problem{Path: name, Err: ErrEmpty})
	case rows == 0:
		skip(Problem{Path: name, Err: fmt.Errorf("%w: CSV header without rows", ErrEmpty)})
	}
	return nil
}

func allBlank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
