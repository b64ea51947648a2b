package api

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// events lists events, a page at a time, like incidents: the JSON envelope
// is {"count", "next_cursor", "events"}, each event the object of a line
// of `atalaya events --format jsonl`.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	eq, err := parseEventList(r.URL.Query(), s.cfg.LookupState, s.loc)
	if err != nil {
		s.clientError(w, r, err)
		return
	}
	f := eq.filter
	f.Limit = eq.limit + 1 // one more tells whether there is a next page
	if (eq.format == export.JSON || eq.format == export.GeoJSON) && s.storedEvents(w, r, eq) {
		return
	}
	page := make([]model.Event, 0, min(f.Limit, 128))
	if err := s.reading(r.Context(), func(ctx context.Context) error {
		return s.db.Events(ctx, f, func(e model.Event) error {
			page = append(page, e)
			return nil
		})
	}); err != nil {
		s.failInternal(w, r, err)
		return
	}
	page, next := trimPage(page, eq.limit, func(e model.Event) (*time.Time, string) { return e.TimeStart, e.ID })
	s.writePage(w, r, eq.format, "events", len(page), next, func(bw *bufio.Writer) error {
		ew, err := export.NewEventWriter(bw, eq.format)
		if err != nil {
			return err
		}
		return writeAll(ew, page)
	})
}

// storedEvents answers a JSON or GeoJSON page of events from the JSON
// fusion stored with them, as events would write it from the events
// themselves. It answers nothing and returns false when an event of the
// page has none (stored by an older version).
func (s *Server) storedEvents(w http.ResponseWriter, r *http.Request, eq eventQuery) bool {
	f := eq.filter
	f.Limit = eq.limit + 1
	pb, ok := s.pages.Get().(*storedPage)
	if !ok {
		pb = &storedPage{}
	}
	defer func() { pb.reset(); s.pages.Put(pb) }()
	err := s.reading(r.Context(), func(ctx context.Context) error {
		return s.db.EventsJSON(ctx, f, func(e store.EventJSON) error {
			if e.JSON == nil {
				return errIncomplete
			}
			pb.add(e)
			return nil
		})
	})
	if errors.Is(err, errIncomplete) {
		return false
	}
	if err != nil {
		s.failInternal(w, r, err)
		return true
	}
	page, next := trimPage(pb.events, eq.limit, func(e store.EventJSON) (*time.Time, string) { return e.TimeStart, e.ID })
	s.writePage(w, r, eq.format, "events", len(page), next, func(bw *bufio.Writer) error {
		ew, err := export.NewStoredEventWriter(bw, eq.format)
		if err != nil {
			return err
		}
		return writeAll(ew, page)
	})
	return true
}

// errIncomplete stops a listing of stored JSON at an event without one.
var errIncomplete = errors.New("an event has no stored JSON")

// storedPage holds a page of events with their stored JSON, copied from
// the store's rows into one buffer; the server keeps them for reuse.
type storedPage struct {
	events []store.EventJSON
	buf    []byte
}

// add copies e into the page. The JSON of the events added before stays
// valid: a full buffer is replaced, not grown in place.
func (p *storedPage) add(e store.EventJSON) {
	if len(p.buf)+len(e.JSON) > cap(p.buf) {
		p.buf = make([]byte, 0, max(2*cap(p.buf), len(e.JSON), 64<<10))
	}
	at := len(p.buf)
	p.buf = append(p.buf, e.JSON...)
	e.JSON = p.buf[at:len(p.buf):len(p.buf)]
	p.events = append(p.events, e)
}

func (p *storedPage) reset() {
	clear(p.events)
	p.events = p.events[:0]
	p.buf = p.buf[:0]
}

// event shows an event with its incidents (and their evidence) and the
// full text of their reports: {"event": E, "incidents": [I...],
// "reports": [R...]}. An evidence span's start and end are byte offsets
// into the UTF-8 text of the report whose id or hash is its report_id.
func (s *Server) event(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" || len(id) > maxID {
		s.fail(w, r, http.StatusNotFound, "no such event", nil)
		return
	}
	ctx := r.Context()
	ev, err := s.db.Event(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "no such event", nil)
		return
	}
	if err != nil {
		s.failInternal(w, r, err)
		return
	}
	var (
		incidents []store.Listed
		hashes    []string // of the reports, in order of first mention
		seen      = map[string]bool{}
	)
	add := func(h string) {
		if h != "" && !seen[h] {
			seen[h] = true
			hashes = append(hashes, h)
		}
	}
	for _, h := range ev.ReportIDs {
		add(h)
	}
	if err := s.db.Incidents(ctx, store.Filter{EventID: ev.ID}, func(l store.Listed) error {
		incidents = append(incidents, l)
		add(l.ReportID)
		for _, sp := range l.Evidence {
			add(sp.ReportID)
		}
		return nil
	}); err != nil {
		s.failInternal(w, r, err)
		return
	}
	reports := make([]reportJSON, 0, len(hashes))
	for _, h := range hashes {
		rep, err := s.db.Report(ctx, h)
		if errors.Is(err, store.ErrNotFound) {
			continue // deleted since it was fused
		}
		if err != nil {
			s.failInternal(w, r, err)
			return
		}
		reports = append(reports, s.reportJSON(rep))
	}
	eb, err := export.MarshalEvent(ev)
	if err != nil {
		s.failInternal(w, r, err)
		return
	}
	rb, err := json.Marshal(reports)
	if err != nil {
		s.failInternal(w, r, err)
		return
	}
	s.writeWithIncidents(w, "event", eb, incidents, func(bw *bufio.Writer) {
		bw.WriteString(`,"reports":`)
		bw.Write(rb)
	})
}
