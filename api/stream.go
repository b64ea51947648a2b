package api

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/store"
)

// streamPage is how many incidents a stream sends per look at the store,
// and streamCatchUp how many pages it sends at most before it waits again.
const (
	streamPage    = 100
	streamCatchUp = 10
)

// stream sends newly stored incidents and the events fusion creates or
// changes as server-sent events. An incident is sent as an event named
// "incident" whose data is the incident's JSON; an event as one named
// "event" whose data is the event's JSON in its current state (a client
// upserts it by its id). An event that fusion removed, having merged it
// into another (which then holds its incidents) or no longer making it,
// is sent as one named "removed" whose data is {"id": "<event id>"}; it
// comes after the change of the event that took its incidents.
//
// Every message's id is "I-E": I is the Seq of the last incident sent and
// E the fusion sequence number of the last event change sent (see
// store.ChangedEvents), so that one id resumes both. A client that
// reconnects with Last-Event-ID resumes after it (a bare number, the ids of
// earlier versions, resumes the incidents and starts the events from now);
// otherwise the stream starts with what is stored after it opened.
// Comments keep the connection alive every Heartbeat. The number of
// streams and their lifetime are bounded.
func (s *Server) stream(w http.ResponseWriter, r *http.Request) {
	if _, err := single(r.URL.Query(), nil); err != nil {
		s.clientError(w, r, err)
		return
	}
	select {
	case s.streams <- struct{}{}:
		defer func() { <-s.streams }()
	default:
		w.Header().Set("Retry-After", "5")
		s.fail(w, r, http.StatusServiceUnavailable, "too many open streams: retry later", nil)
		return
	}
	ctx := r.Context()
	// Listen before reading the position: what is stored after this
	// wakes the stream even if it comes before the loop below starts.
	wake := s.changed.wait()
	var latest position
	var err error
	if latest, err = s.position(ctx); err != nil {
		s.failInternal(w, r, err)
		return
	}
	last := latest
	if p, ok := parsePosition(r.Header.Get("Last-Event-ID")); ok {
		last.incident = min(p.incident, latest.incident)
		if p.event >= 0 {
			last.event = min(p.event, latest.event)
		}
	}

	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	bw := bufio.NewWriter(w)
	flush := func() bool {
		rc.SetWriteDeadline(time.Now().Add(10 * time.Second))
		if bw.Flush() != nil || rc.Flush() != nil {
			return false
		}
		return true
	}
	bw.WriteString("retry: 3000\n: connected\n\n")
	if !flush() {
		return
	}
	send := func(name string, data []byte) {
		bw.WriteString("id: " + last.String() + "\nevent: " + name + "\ndata: ")
		bw.Write(data) // JSON has no raw newline
		bw.WriteString("\n\n")
	}

	poll := time.NewTicker(s.cfg.Poll)
	defer poll.Stop()
	beat := time.NewTicker(s.cfg.Heartbeat)
	defer beat.Stop()
	end := time.NewTimer(s.cfg.StreamLifetime)
	defer end.Stop()
	for check := last != latest; ; check = false {
		if !check {
			select {
			case <-ctx.Done():
				return
			case <-s.quit:
				return
			case <-end.C:
				return
			case <-beat.C:
				bw.WriteString(": heartbeat\n\n")
				if !flush() {
					return
				}
				continue
			case <-wake:
				wake = s.changed.wait()
			case <-poll.C:
			}
		}
		if latest, err = s.position(ctx); err != nil {
			s.log.Warn("api: stream", "error", bounded(err.Error()))
			return
		}
		// Incidents first: an event names its incidents.
		for page := 0; page < streamCatchUp && last.incident < latest.incident; page++ {
			n := 0
			err := s.db.Added(ctx, last.incident, streamPage, func(l store.Listed) error {
				b, err := export.MarshalIncident(l)
				if err != nil {
					return err
				}
				last.incident = l.Seq
				send("incident", b)
				n++
				return nil
			})
			if err != nil {
				s.log.Warn("api: stream", "error", bounded(err.Error()))
				return
			}
			if !flush() {
				return
			}
			if n < streamPage {
				break
			}
		}
		for page := 0; page < streamCatchUp && last.event < latest.event; page++ {
			n := 0
			err := s.db.ChangedEvents(ctx, last.event, streamPage, func(c store.EventChange) error {
				last.event = c.Seq
				n++
				if c.Removed {
					b, err := json.Marshal(removal{ID: c.Event.ID})
					if err != nil {
						return err
					}
					send("removed", b)
					return nil
				}
				b, err := export.MarshalEvent(c.Event)
				if err != nil {
					return err
				}
				send("event", b)
				return nil
			})
			if err != nil {
				s.log.Warn("api: stream", "error", bounded(err.Error()))
				return
			}
			if !flush() {
				return
			}
			if n == 0 {
				// The changes up to latest are of events that
				// fusion is rewriting: they come again when it has.
				last.event = latest.event
			}
			if n < streamPage {
				break
			}
		}
	}
}

// removal is the data of a "removed" message.
type removal struct {
	ID string `json:"id"`
}

// position is a place in a stream: the Seq of the last incident and the
// fusion sequence number of the last event change.
type position struct{ incident, event int64 }

// String returns the position as a message id, "I-E".
func (p position) String() string {
	return strconv.FormatInt(p.incident, 10) + "-" + strconv.FormatInt(p.event, 10)
}

// parsePosition reads a Last-Event-ID: "I-E", or a bare "I" (event -1).
func parsePosition(s string) (position, bool) {
	i, e, two := strings.Cut(s, "-")
	p := position{event: -1}
	var err error
	if p.incident, err = strconv.ParseInt(i, 10, 64); err != nil || p.incident < 0 {
		return position{}, false
	}
	if two {
		if p.event, err = strconv.ParseInt(e, 10, 64); err != nil || p.event < 0 {
			return position{}, false
		}
	}
	return p, true
}

// position returns the latest position of the store.
func (s *Server) position(ctx context.Context) (position, error) {
	var (
		p   position
		err error
	)
	if p.incident, err = s.db.Latest(ctx); err != nil {
		return p, err
	}
	p.event, err = s.db.LatestEventChange(ctx)
	return p, err
}
