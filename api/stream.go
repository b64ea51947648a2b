package api

import (
	"bufio"
	"net/http"
	"strconv"
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

// stream sends newly stored incidents as server-sent events: each event is
// "incident", its id the incident's seq and its data the incident's JSON.
// A client that reconnects with Last-Event-ID resumes after that incident;
// otherwise the stream starts with the incidents stored after it opened.
// Comments keep the connection alive every Heartbeat. The number of streams
// and their lifetime are bounded.
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
	latest, err := s.db.Latest(ctx)
	if err != nil {
		s.failInternal(w, r, err)
		return
	}
	last := latest
	if id, err := strconv.ParseInt(r.Header.Get("Last-Event-ID"), 10, 64); err == nil && id >= 0 && id < latest {
		last = id
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

	poll := time.NewTicker(s.cfg.Poll)
	defer poll.Stop()
	beat := time.NewTicker(s.cfg.Heartbeat)
	defer beat.Stop()
	end := time.NewTimer(s.cfg.StreamLifetime)
	defer end.Stop()
	wake := s.changed.wait()
	for check := last < latest; ; check = false {
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
		if latest, err = s.db.Latest(ctx); err != nil {
			s.log.Warn("api: stream", "error", bounded(err.Error()))
			return
		}
		for page := 0; page < streamCatchUp && last < latest; page++ {
			n := 0
			err := s.db.Added(ctx, last, streamPage, func(l store.Listed) error {
				b, err := export.MarshalIncident(l)
				if err != nil {
					return err
				}
				bw.WriteString("id: " + strconv.FormatInt(l.Seq, 10) + "\nevent: incident\ndata: ")
				bw.Write(b) // JSON has no raw newline
				bw.WriteString("\n\n")
				last = l.Seq
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
	}
}
