package report

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // America/Mexico_City on machines without a zoneinfo database

	"github.com/atalaya/atalaya/internal/clip"
	"github.com/atalaya/atalaya/model"
)

// line is one JSONL record. Besides the documented keys it accepts a few
// common aliases ("date"/"pub_date" for published, "outlet" for source,
// "body"/"content" for text); an alias date that does not parse is
// ignored, while a "published" that does not parse is an error.
type line struct {
	ID        json.RawMessage `json:"id"`
	Source    string          `json:"source"`
	Outlet    string          `json:"outlet"`
	URL       string          `json:"url"`
	Kind      string          `json:"kind"`
	Lang      string          `json:"lang"`
	Title     string          `json:"title"`
	Published string          `json:"published"`
	Date      string          `json:"date"`
	PubDate   string          `json:"pub_date"`
	Text      string          `json:"text"`
	Body      string          `json:"body"`
	Content   string          `json:"content"`
	Lat       *float64        `json:"lat"`
	Lon       *float64        `json:"lon"`
}

// DecodeLine decodes one JSONL line into a report. The line is an object
// {"id","source","url","kind","lang","title","published","text","lat","lon"}
// where only text (or, for a report that is its headline alone, title)
// is required; published is RFC 3339 or YYYY-MM-DD (that
// day in America/Mexico_City). Origin is left empty.
func DecodeLine(data []byte, opts Options) (model.Report, error) {
	return decodeLine(bytes.TrimSpace(data), opts, opts.now())
}

func fromLine(l *line, opts Options, now time.Time) (model.Report, error) {
	// A report that carries only its headline is read from the headline,
	// as a feed item with no description is (feed.go).
	text := firstNonEmpty(l.Text, l.Body, l.Content, l.Title)
	r := model.Report{
		GivenID: rawID(l.ID),
		Source:  strings.TrimSpace(firstNonEmpty(l.Source, l.Outlet, opts.Source)),
		URL:     strings.TrimSpace(l.URL),
		Title:   oneLine(l.Title),
		Text:    normalize(text),
		Fetched: now,
	}
	if r.Text == "" {
		return model.Report{}, ErrNoText
	}
	r.Kind = defaultKind(opts, model.KindNews)
	if k := strings.TrimSpace(l.Kind); k != "" {
		r.Kind = model.ReportKind(strings.ToLower(k))
		if !model.ValidReportKind(r.Kind) {
			return model.Report{}, fmt.Errorf("unknown kind %s", clip.Quote(l.Kind))
		}
	}
	r.Published = opts.Published
	if strings.TrimSpace(l.Published) != "" {
		t, err := parseTime(l.Published)
		if err != nil {
			return model.Report{}, err
		}
		r.Published = localDate(t)
	} else if t, err := parseTime(firstNonEmpty(l.Date, l.PubDate)); err == nil {
		// The aliases are best effort: a partial date ("2022-08") is
		// left unknown rather than guessed.
		r.Published = localDate(t)
	}
	if (l.Lat == nil) != (l.Lon == nil) {
		return model.Report{}, errors.New("lat and lon must be given together")
	}
	if l.Lat != nil {
		lat, lon := *l.Lat, *l.Lon
		if math.IsNaN(lat) || lat < -90 || lat > 90 {
			return model.Report{}, fmt.Errorf("lat %v out of range [-90, 90]", lat)
		}
		if math.IsNaN(lon) || lon < -180 || lon > 180 {
			return model.Report{}, fmt.Errorf("lon %v out of range [-180, 180]", lon)
		}
		r.Lat, r.Lon = &lat, &lon
	}
	if r.Lang = statedLang(l.Lang); r.Lang == "" {
		r.Lang = DetectLang(r.Text)
	}
	r.ID = ContentID(r)
	return r, nil
}

// rawID returns a JSON id, string or number, as text.
func rawID(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	return string(raw)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// parseTime parses a publication time: RFC 3339, or a date or local time
// without zone, which is taken in America/Mexico_City.
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	for _, layout := range [...]string{"2006-01-02", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04"} {
		if t, err := time.ParseInLocation(layout, s, model.MexicoCity()); err == nil {
			return t, nil
		}
	}
	for _, layout := range [...]string{"2006-01-02 15:04:05Z07:00", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("published %s is neither RFC 3339 nor YYYY-MM-DD", clip.Quote(s))
}

// readJSONL reads reports one line at a time, holding at most one line
// (of at most opts.MaxBytes) in memory.
func readJSONL(ctx context.Context, name string, br *bufio.Reader, opts Options, yield func(model.Report) error, skip func(Problem)) error {
	max := opts.maxBytes()
	now := opts.now()
	var (
		buf   []byte
		n     int
		empty = true
	)
	for {
		if n%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		data, tooLong, err := readLine(br, buf[:0], max)
		if err != nil && !errors.Is(err, io.EOF) {
			skip(Problem{Path: name, Line: n + 1, Err: fmt.Errorf("unreadable: %w", unwrapPath(err))})
			return nil
		}
		buf = data[:0]
		if len(data) == 0 && !tooLong && errors.Is(err, io.EOF) {
			break
		}
		n++
		if n == 1 {
			data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		}
		switch trimmed := bytes.TrimSpace(data); {
		case tooLong:
			empty = false
			skip(Problem{Path: name, Line: n, Err: fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, max)})
		case len(trimmed) == 0:
			// blank line
		default:
			empty = false
			r, lerr := decodeLine(trimmed, opts, now)
			if lerr != nil {
				skip(Problem{Path: name, Line: n, Err: lerr})
				break
			}
			r.Origin = name + ":" + strconv.Itoa(n)
			if err := yield(r); err != nil {
				return err
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	switch {
	case empty && n == 0:
		skip(Problem{Path: name, Err: ErrEmpty})
	case empty:
		skip(Problem{Path: name, Err: fmt.Errorf("%w: only blank lines", ErrEmpty)})
	}
	return nil
}

func decodeLine(data []byte, opts Options, now time.Time) (model.Report, error) {
	if err := checkUTF8(data); err != nil {
		return model.Report{}, err
	}
	var l line
	if err := json.Unmarshal(data, &l); err != nil {
		return model.Report{}, fmt.Errorf("malformed JSON: %w", err)
	}
	return fromLine(&l, opts, now)
}

// readLine appends the next line of br (without its newline) to buf. When
// the line is longer than max it consumes the rest of it and reports
// tooLong. err is io.EOF after the last line.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1 for the newline
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, tooLong, err
	}
}

// parseJSON reads a JSON document: one object, an array of objects, or a
// sequence of objects (which may be pretty-printed).
func parseJSON(name string, data []byte, opts Options, skip func(Problem)) ([]model.Report, error) {
	if err := checkUTF8(data); err != nil {
		return nil, err
	}
	now := opts.now()
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(trimmed) == 0 {
		return nil, ErrEmpty
	}
	var reports []model.Report
	add := func(l *line, idx int) {
		r, err := fromLine(l, opts, now)
		if err != nil {
			if idx >= 0 {
				err = fmt.Errorf("item %d: %w", idx+1, err)
			}
			skip(Problem{Path: name, Err: err})
			return
		}
		r.Origin = name
		reports = append(reports, r)
	}
	if trimmed[0] == '[' {
		var items []line
		if err := json.Unmarshal(trimmed, &items); err != nil {
			return nil, fmt.Errorf("malformed JSON: %w", err)
		}
		for i := range items {
			add(&items[i], i)
		}
		return reports, nil
	}
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	var items []line
	for {
		var l line
		if err := dec.Decode(&l); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("malformed JSON: %w", err)
		}
		items = append(items, l)
	}
	for i := range items {
		idx := i
		if len(items) == 1 {
			idx = -1
		}
		add(&items[i], idx)
	}
	return reports, nil
}
