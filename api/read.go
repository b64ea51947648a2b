package api

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"time"

	_ "embed"

	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

//go:embed openapi.json
var openapiDoc []byte

// openapi serves the OpenAPI document.
func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openapiDoc)
}

// clientError answers 400 for a parameter error, 500 for anything else.
func (s *Server) clientError(w http.ResponseWriter, r *http.Request, err error) {
	var pe errParam
	if errors.As(err, &pe) {
		s.fail(w, r, http.StatusBadRequest, pe.msg, nil)
		return
	}
	s.failInternal(w, r, err)
}

// incidents lists incidents, a page at a time: the page's last incident
// is the cursor of the next, given in the next_cursor field (JSON) and in
// a Link header (every format).
func (s *Server) incidents(w http.ResponseWriter, r *http.Request) {
	lq, err := parseList(r.URL.Query(), s.cfg.LookupState, s.loc)
	if err != nil {
		s.clientError(w, r, err)
		return
	}
	f := lq.filter
	f.Limit = lq.limit + 1 // one more tells whether there is a next page
	page := make([]store.Listed, 0, min(f.Limit, 128))
	if err := s.reading(r.Context(), func(ctx context.Context) error {
		return s.db.Incidents(ctx, f, func(l store.Listed) error {
			page = append(page, l)
			return nil
		})
	}); err != nil {
		s.failInternal(w, r, err)
		return
	}
	page, next := trimPage(page, lq.limit, func(l store.Listed) (*time.Time, string) { return l.Time, l.ID })
	s.writePage(w, r, lq.format, "incidents", len(page), next, func(bw *bufio.Writer) error {
		return s.writeIncidents(bw, lq.format, page)
	})
}

// trimPage cuts a page read with one item more than limit back to limit
// and returns the cursor of the next page: at gives an item's time and id.
// The cursor is "" when there is no next page.
func trimPage[T any](page []T, limit int, at func(T) (*time.Time, string)) ([]T, string) {
	if len(page) <= limit {
		return page, ""
	}
	page = page[:limit]
	t, id := at(page[len(page)-1])
	return page, encodeCursor(t, id)
}

// listWriter is what package export's listing writers have in common.
type listWriter[T any] interface {
	Write(T) error
	Close() error
}

// writeAll writes items through ew, then closes it.
func writeAll[T any](ew listWriter[T], items []T) error {
	for _, it := range items {
		if err := ew.Write(it); err != nil {
			return err
		}
	}
	return ew.Close()
}

// writePage answers with a page of a listing in format f: the headers
// (a Link to the next page when there is one), the JSON envelope
// {"count":n,"next_cursor":next|null,"<key>":[...]}, and the listing that
// write writes.
func (s *Server) writePage(w http.ResponseWriter, r *http.Request, f export.Format, key string, n int, next string, write func(*bufio.Writer) error) {
	h := w.Header()
	if next != "" {
		q := r.URL.Query()
		q.Set("cursor", next)
		h.Set("Link", "<"+(&url.URL{Path: r.URL.Path, RawQuery: q.Encode()}).String()+`>; rel="next"`)
	}
	h.Set("Cache-Control", "no-store")
	switch f {
	case export.GeoJSON:
		h.Set("Content-Type", "application/geo+json")
	case export.CSV, export.ACLED:
		h.Set("Content-Type", "text/csv; charset=utf-8")
		name := key
		if f == export.ACLED {
			name += "-acled"
		}
		h.Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
	default:
		h.Set("Content-Type", "application/json; charset=utf-8")
	}
	pw := s.pageWriter(w)
	defer s.putPageWriter(pw)
	bw := pw.bw
	if f == export.JSON {
		bw.WriteString(`{"count":` + strconv.Itoa(n) + `,"next_cursor":`)
		if next == "" {
			bw.WriteString("null")
		} else {
			bw.WriteString(strconv.Quote(next)) // base64url: nothing to escape
		}
		bw.WriteString(`,"` + key + `":`)
	}
	if err := write(bw); err != nil {
		s.log.Warn("api: writing "+key, "error", bounded(err.Error()))
		return
	}
	if f == export.JSON {
		bw.WriteString("}\n")
	}
	pw.finish()
}

// maxWhole is the longest answer of a listing sent whole, with its length.
const maxWhole = 256 << 10

// pageWriter buffers the answer of a listing, so that one of up to
// maxWhole bytes (a default page is 20–100 KB) goes out in one write
// with its Content-Length, rather than in chunks that both ends frame; a
// longer one streams. Listings write it through bw.
type pageWriter struct {
	bw        *bufio.Writer // on the pageWriter
	w         http.ResponseWriter
	body      []byte
	streaming bool
}

func (p *pageWriter) Write(b []byte) (int, error) {
	if !p.streaming {
		if len(p.body)+len(b) <= maxWhole {
			p.body = append(p.body, b...)
			return len(b), nil
		}
		p.streaming = true
		if _, err := p.w.Write(p.body); err != nil {
			return 0, err
		}
	}
	return p.w.Write(b)
}

// finish sends what is left of the answer.
func (p *pageWriter) finish() {
	if p.bw.Flush() != nil || p.streaming {
		return
	}
	p.w.Header().Set("Content-Length", strconv.Itoa(len(p.body)))
	p.w.Write(p.body)
}

// pageWriter returns a page writer on w from the server's pool; the caller
// puts it back.
func (s *Server) pageWriter(w http.ResponseWriter) *pageWriter {
	p, ok := s.bufs.Get().(*pageWriter)
	if !ok {
		p = &pageWriter{body: make([]byte, 0, 64<<10)} // a default page fits
		p.bw = bufio.NewWriterSize(p, 32<<10)
	}
	p.w, p.body, p.streaming = w, p.body[:0], false
	p.bw.Reset(p)
	return p
}

func (s *Server) putPageWriter(p *pageWriter) {
	p.w = nil
	s.bufs.Put(p)
}

func (s *Server) writeIncidents(bw *bufio.Writer, f export.Format, page []store.Listed) error {
	ew, err := export.NewWriter(bw, f)
	if err != nil {
		return err
	}
	return writeAll(ew, page)
}

// reportJSON is a report as /api/reports/{id} shows it; unknown values are
// null.
type reportJSON struct {
	ID        string   `json:"id"`
	Hash      string   `json:"hash"`
	Source    *string  `json:"source"`
	URL       *string  `json:"url"`
	Kind      *string  `json:"kind"`
	Lang      *string  `json:"lang"`
	Title     *string  `json:"title"`
	Published *string  `json:"published"`
	Fetched   *string  `json:"fetched"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	Text      string   `json:"text"`
}

// reportJSON returns rep as /api/reports/{id} shows it.
func (s *Server) reportJSON(rep model.Report) reportJSON {
	return reportJSON{
		ID: rep.PublicID(), Hash: rep.ID, Source: str(rep.Source), URL: str(rep.URL),
		Kind: str(string(rep.Kind)), Lang: str(rep.Lang), Title: str(rep.Title),
		Published: s.timeStr(rep.Published), Fetched: s.timeStr(rep.Fetched),
		Lat: rep.Lat, Lon: rep.Lon, Text: rep.Text,
	}
}

func str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (s *Server) timeStr(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	v := t.In(s.loc).Format(time.RFC3339)
	return &v
}

// report shows a report (by content hash or the source's id) with its
// incidents and their evidence.
func (s *Server) report(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" || len(id) > maxID {
		s.fail(w, r, http.StatusNotFound, "no such report", nil)
		return
	}
	rep, err := s.db.Report(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "no such report", nil)
		return
	}
	if err != nil {
		s.failInternal(w, r, err)
		return
	}
	var incidents []store.Listed
	if err := s.db.Incidents(r.Context(), store.Filter{ReportID: rep.ID}, func(l store.Listed) error {
		incidents = append(incidents, l)
		return nil
	}); err != nil {
		s.failInternal(w, r, err)
		return
	}
	b, err := json.Marshal(s.reportJSON(rep))
	if err != nil {
		s.failInternal(w, r, err)
		return
	}
	s.writeWithIncidents(w, "report", b, incidents, nil)
}

// writeWithIncidents answers {"<key>": head, "incidents": [...]} and then
// the members more writes (each starting with a comma), as JSON.
func (s *Server) writeWithIncidents(w http.ResponseWriter, key string, head []byte, incidents []store.Listed, more func(*bufio.Writer)) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	bw := bufio.NewWriterSize(w, 32<<10)
	bw.WriteString(`{"` + key + `":`)
	bw.Write(head)
	bw.WriteString(`,"incidents":`)
	if err := s.writeIncidents(bw, export.JSON, incidents); err != nil {
		s.log.Warn("api: writing the "+key, "error", bounded(err.Error()))
		return
	}
	if more != nil {
		more(bw)
	}
	bw.WriteString("}\n")
	bw.Flush()
}

// statsJSON is the answer of /api/stats.
type statsJSON struct {
	Total       int          `json:"total"`
	UnknownTime int          `json:"unknown_time"`
	ByDay       []dayCount   `json:"by_day"`
	ByState     []stateCount `json:"by_state"`
	ByType      []typeCount  `json:"by_type"`
}

type dayCount struct {
	Day   string `json:"day"`
	Count int    `json:"count"`
}

type stateCount struct {
	StateCode *string `json:"state_code"`
	State     *string `json:"state"`
	Count     int     `json:"count"`
}

type typeCount struct {
	Type  model.IncidentType `json:"type"`
	Count int                `json:"count"`
}

// stats counts the incidents (or, with of=events, the events) matching the
// filters by day (each act's at its place), state and type.
func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	v, err := single(r.URL.Query(), statsParams)
	if err != nil {
		s.clientError(w, r, err)
		return
	}
	var st store.Stats
	switch v["of"] {
	case "", "incidents":
		if _, ok := v["min_sources"]; ok {
			s.clientError(w, r, paramErr("min_sources: counts events only (of=events)"))
			return
		}
		f, perr := parseFilter(v, s.cfg.LookupState, s.loc)
		if perr != nil {
			s.clientError(w, r, perr)
			return
		}
		err = s.reading(r.Context(), func(ctx context.Context) (err error) {
			st, err = s.db.Stats(ctx, f)
			return err
		})
	case "events":
		f, perr := parseEventFilter(v, s.cfg.LookupState, s.loc)
		if perr != nil {
			s.clientError(w, r, perr)
			return
		}
		err = s.reading(r.Context(), func(ctx context.Context) (err error) {
			st, err = s.db.EventStats(ctx, f)
			return err
		})
	default:
		s.clientError(w, r, paramErr("of: want incidents or events"))
		return
	}
	if err != nil {
		s.failInternal(w, r, err)
		return
	}
	out := statsJSON{
		Total: st.Total, UnknownTime: st.UnknownTime,
		ByDay: []dayCount{}, ByState: []stateCount{}, ByType: []typeCount{},
	}
	for _, d := range st.Days {
		out.ByDay = append(out.ByDay, dayCount{Day: d.Day, Count: d.Count})
	}
	for _, c := range st.States {
		out.ByState = append(out.ByState, stateCount{StateCode: str(c.Code), State: str(c.Name), Count: c.Count})
	}
	for _, c := range st.Types {
		out.ByType = append(out.ByType, typeCount{Type: c.Type, Count: c.Count})
	}
	writeJSON(w, http.StatusOK, out)
}
