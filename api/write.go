package api

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
	"github.com/atalaya/atalaya/store"
)

// ingestJSON is the answer of POST /api/reports.
type ingestJSON struct {
	Read       int          `json:"read"`
	Stored     int          `json:"stored"`
	Duplicates int          `json:"duplicates"`
	Skipped    int          `json:"skipped"`
	Failed     int          `json:"failed"` // reports whose extraction failed, not stored
	Incidents  int          `json:"incidents"`
	Reports    []reportLine `json:"reports"`
	Problems   []problem    `json:"problems"`
}

// reportLine is what became of one line's report.
type reportLine struct {
	Line   int    `json:"line"`
	ID     string `json:"id"`
	Hash   string `json:"hash"`
	Status string `json:"status"` // stored, duplicate or failed
	// Error says why extraction failed (status failed).
	Error     string `json:"error,omitempty"`
	Incidents int    `json:"incidents"`
}

// problem is a line that was skipped, and why.
type problem struct {
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

// postReports ingests JSONL report lines (the format of `atalaya ingest`)
// through the ingest pipeline: extraction, then the store. It answers with
// what was stored, what was already stored, what failed extraction (a bug,
// logged; the report is not stored) and what was skipped and why:
// 200 when at least one report was read, 422 when none was, 413 (and
// nothing stored) when the body is over the size limit.
func (s *Server) postReports(w http.ResponseWriter, r *http.Request) {
	select {
	case s.ingests <- struct{}{}:
		defer func() { <-s.ingests }()
	default:
		w.Header().Set("Retry-After", "1")
		s.fail(w, r, http.StatusServiceUnavailable, "busy ingesting: retry later", nil)
		return
	}
	// The whole body is read first, so that a body over the limit is
	// refused before anything of it is stored.
	body, err := io.ReadAll(r.Body)
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		s.fail(w, r, http.StatusRequestEntityTooLarge, "request body larger than "+strconv.FormatInt(mbe.Limit, 10)+" bytes", nil)
		return
	case err != nil:
		s.fail(w, r, http.StatusBadRequest, "unreadable request body", err)
		return
	case !startsLikeJSONL(body):
		s.fail(w, r, http.StatusBadRequest, "the body must be JSON Lines: one report object per line", nil)
		return
	}
	var (
		mu  sync.Mutex
		out = ingestJSON{Reports: []reportLine{}, Problems: []problem{}}
	)
	cfg := ingest.Config{
		Store:     s.cfg.Store,
		Extractor: s.cfg.Extractor,
		Observe:   s.cfg.Observe,
		Fusion:    s.cfg.Fusion,
		Options:   report.Options{MaxBytes: s.cfg.MaxBody},
		Skip: func(p report.Problem) {
			mu.Lock()
			defer mu.Unlock()
			out.Problems = append(out.Problems, problem{Line: p.Line, Reason: bounded(reason(p))})
		},
		Duplicate: func(rep model.Report) {
			mu.Lock()
			defer mu.Unlock()
			out.Reports = append(out.Reports, reportLine{
				Line: originLine(rep.Origin), ID: rep.PublicID(), Hash: rep.ID, Status: "duplicate",
			})
		},
		Failed: func(rep model.Report, err error) {
			s.log.Error("extraction failed, report not stored", "id", bounded(rep.PublicID()), "source", bounded(rep.Source), "error", bounded(err.Error()))
			mu.Lock()
			defer mu.Unlock()
			out.Reports = append(out.Reports, reportLine{
				Line: originLine(rep.Origin), ID: rep.PublicID(), Hash: rep.ID, Status: "failed", Error: bounded(err.Error()),
			})
		},
		Saved: func(entries []store.Entry, _ []time.Time, _ time.Time) {
			mu.Lock()
			for _, e := range entries {
				out.Reports = append(out.Reports, reportLine{
					Line: originLine(e.Report.Origin), ID: e.Report.PublicID(), Hash: e.Report.ID,
					Status: "stored", Incidents: len(e.Incidents),
				})
			}
			mu.Unlock()
			s.changed.notify()
		},
	}
	stats, err := ingest.Run(r.Context(), cfg, []string{"-"}, bytes.NewReader(body))
	s.changed.notify() // fusion has run: the streams send the events it changed
	if err != nil {
		s.failInternal(w, r, err)
		return
	}
	out.Read, out.Stored, out.Duplicates = stats.Reports, stats.Added, stats.Duplicates
	out.Skipped, out.Failed, out.Incidents = stats.Skipped, stats.Failed, stats.Incidents
	sort.Slice(out.Reports, func(i, j int) bool { return out.Reports[i].Line < out.Reports[j].Line })
	sort.Slice(out.Problems, func(i, j int) bool { return out.Problems[i].Line < out.Problems[j].Line })
	status := http.StatusOK
	if stats.Reports == 0 {
		status = http.StatusUnprocessableEntity
	}
	writeJSON(w, status, out)
}

// startsLikeJSONL reports whether the first non-blank byte of body opens
// a JSON object (a byte-order mark is allowed).
func startsLikeJSONL(body []byte) bool {
	t := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\ufeff")), " \t\r\n")
	return len(t) > 0 && t[0] == '{'
}

// reason is a problem's reason without its "-:LINE: " prefix.
func reason(p report.Problem) string {
	if p.Err == nil {
		return "unknown problem"
	}
	return p.Err.Error()
}

// originLine returns N of an origin "-:N", 0 when there is none.
func originLine(origin string) int {
	i := strings.LastIndexByte(origin, ':')
	if i < 0 {
		return 0
	}
	n, _ := strconv.Atoi(origin[i+1:])
	return n
}
