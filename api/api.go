// Package api serves Atalaya's HTTP API: the stored events and incidents
// with filters and pagination (JSON, GeoJSON, CSV, and ACLED for events), an
// event with its incidents, evidence and reports, the reports with their
// incidents and evidence, counts by day, state and type, a
// server-sent-events stream of newly stored incidents and of events fusion
// creates, changes or removes, ingestion of JSONL reports, and the OpenAPI document
// that describes all of it.
//
// The handlers are thin: the SQL is in package store, the listing formats
// in package export, ingestion in package ingest.
//
// Report text is hostile input. Every response is JSON encoded with <, >
// and & escaped (CSV, when asked for, is served as an attachment), carries
// a Content-Security-Policy and X-Content-Type-Options: nosniff, and an
// error tells the client only a generic message and a status; the detail
// goes to the log, bounded. Request bodies are limited in size, and
// writing requires a bearer token that is compared in constant time.
package api

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/internal/clip"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
	"github.com/atalaya/atalaya/store"
)

// Limits and defaults.
const (
	// DefaultLimit and MaxLimit bound a page of incidents or events.
	DefaultLimit = 100
	MaxLimit     = 1000
	// DefaultMaxBody is the request body limit, the same as ingest's file
	// limit.
	DefaultMaxBody = report.DefaultMaxBytes

	maxLogged = 500 // bytes of an error detail written to the log
)

// CSP is the Content-Security-Policy of every response.
const CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// Config says what the server serves and how.
type Config struct {
	// Store is the database read and written.
	Store *store.Store
	// Extractor extracts the incidents of POSTed reports; nil turns
	// writing off.
	Extractor ingest.Extractor
	// Observe and Fusion are passed to ingest with each POST, as
	// `atalaya ingest` does: the outlet prior learns from what is
	// extracted, and the new incidents are fused into events.
	Observe func(model.Report, []model.Incident)
	Fusion  *fuse.Config
	// LookupState maps a state's name, abbreviation or INEGI code to its
	// code; nil accepts two-digit codes only.
	LookupState func(string) (code string, ok bool)
	// Token is the bearer token that writing requires; empty turns
	// writing off. There is no default.
	Token string
	// ReadToken makes reading require Token too.
	ReadToken bool
	// Log receives errors and their detail; nil discards them.
	Log *slog.Logger
	// MaxBody limits a request body; 0 means DefaultMaxBody.
	MaxBody int64
	// Poll is how often a stream looks for new incidents and event changes
	// stored by another process; 0 means one second. What is POSTed to this
	// server is sent at once (its events once its fusion has run).
	Poll time.Duration
	// Heartbeat is the interval of a stream's keep-alive comments; 0 means
	// 15 seconds.
	Heartbeat time.Duration
	// MaxStreams bounds the open streams; 0 means 64.
	MaxStreams int
	// StreamLifetime ends a stream after this long (clients reconnect and
	// resume with Last-Event-ID); 0 means 30 minutes.
	StreamLifetime time.Duration
	// Web, when set, serves every path outside /api/ (the map page),
	// with the same security headers as the API.
	Web http.Handler
}

// reader is what the handlers read from the store.
type reader interface {
	Incidents(ctx context.Context, f store.Filter, fn func(store.Listed) error) error
	Stats(ctx context.Context, f store.Filter) (store.Stats, error)
	Report(ctx context.Context, id string) (model.Report, error)
	Latest(ctx context.Context) (int64, error)
	Added(ctx context.Context, after int64, limit int, fn func(store.Listed) error) error
	Events(ctx context.Context, f store.EventFilter, fn func(model.Event) error) error
	EventsJSON(ctx context.Context, f store.EventFilter, fn func(store.EventJSON) error) error
	Event(ctx context.Context, id string) (model.Event, error)
	EventStats(ctx context.Context, f store.EventFilter) (store.Stats, error)
	LatestEventChange(ctx context.Context) (int64, error)
	ChangedEvents(ctx context.Context, after int64, limit int, fn func(store.EventChange) error) error
}

// Server is the API's http.Handler.
type Server struct {
	cfg     Config
	db      reader
	mux     *http.ServeMux
	log     *slog.Logger
	loc     *time.Location // America/Mexico_City: dates and days
	token   [sha256.Size]byte
	changed signal
	streams chan struct{} // one slot per open stream
	ingests chan struct{} // one slot per running ingest
	quit    chan struct{} // closed by Shutdown
	once    sync.Once
	bufs    sync.Pool // of *pageWriter, for listings
	pages   sync.Pool // of *storedPage, for pages of events
	// lists has one slot per listing (or count) read from the store at
	// once: one a core (see reading).
	lists chan struct{}
}

// New returns a server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("api: no store")
	}
	if cfg.ReadToken && cfg.Token == "" {
		return nil, errors.New("api: reading requires a token but none is configured")
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Heartbeat <= 0 {
		cfg.Heartbeat = 15 * time.Second
	}
	if cfg.MaxStreams <= 0 {
		cfg.MaxStreams = 64
	}
	if cfg.StreamLifetime <= 0 {
		cfg.StreamLifetime = 30 * time.Minute
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{
		cfg:     cfg,
		loc:     model.MexicoCity(),
		db:      cfg.Store,
		log:     log,
		token:   sha256.Sum256([]byte(cfg.Token)),
		streams: make(chan struct{}, cfg.MaxStreams),
		ingests: make(chan struct{}, 2),
		lists:   make(chan struct{}, runtime.GOMAXPROCS(0)),
		quit:    make(chan struct{}),
	}
	s.mux = http.NewServeMux()
	for _, rt := range s.routes() {
		s.mux.Handle(rt.method+" "+rt.pattern, s.guard(rt.access, rt.handler))
	}
	return s, nil
}

// reading calls read, which reads a listing or counts from the store, once
// a slot is free, and returns its error (or the context's, when the
// request ends first). The slots bound the store's readings at once to one
// a core, below its read connections: many clients at once then wait
// here, each in its turn, rather than for a read connection, which
// database/sql hands to one of its waiters at random (the slowest of 50
// clients waited for several, and a listing of a box waits twice) while
// more queries than cores compete for them. The answer is written after
// the slot is freed.
//
// read gets ctx without its cancellation: once its turn has come, a read
// runs to its end (a page takes about a millisecond). database/sql and
// the SQLite driver each start a goroutine per query, and per
// transaction, to watch a context that can be cancelled: four or five a
// request, each scheduled ahead of the requests waiting their turn.
func (s *Server) reading(ctx context.Context, read func(context.Context) error) error {
	select {
	case s.lists <- struct{}{}: // a channel's waiters go first come, first served
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.lists }()
	return read(context.WithoutCancel(ctx))
}

// access says who may use a route.
type access int

const (
	public access = iota // anyone
	read                 // anyone, or token holders when Config.ReadToken
	write                // token holders
)

// route is one endpoint; routes lists them all, and the OpenAPI test checks
// the document against this list.
type route struct {
	method, pattern string
	access          access
	handler         http.HandlerFunc
	// params are the query parameters the handler accepts.
	params []string
}

func (s *Server) routes() []route {
	return []route{
		{"GET", "/api/events", read, s.events, eventListParams},
		{"GET", "/api/events/{id}", read, s.event, nil},
		{"GET", "/api/incidents", read, s.incidents, listParams},
		{"GET", "/api/reports/{id}", read, s.report, nil},
		{"POST", "/api/reports", write, s.postReports, nil},
		{"GET", "/api/stats", read, s.stats, statsParams},
		{"GET", "/api/stream", read, s.stream, nil},
		{"GET", "/api/openapi.json", public, s.openapi, nil},
	}
}

// ServeHTTP serves the API with its security headers; unknown paths and
// methods get JSON errors like the rest.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", CSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.fail(w, r, http.StatusInternalServerError, "", fmt.Errorf("panic: %v", v))
		}
	}()
	if s.cfg.Web != nil && r.URL.Path != "/api" && !strings.HasPrefix(r.URL.Path, "/api/") {
		s.cfg.Web.ServeHTTP(w, r)
		return
	}
	if _, pattern := s.mux.Handler(r); pattern == "" {
		// Let the mux decide between 404 and 405 (and its Allow header),
		// then answer in JSON.
		rec := &recorder{h: http.Header{}, code: http.StatusOK}
		s.mux.ServeHTTP(rec, r)
		if allow := rec.h.Get("Allow"); allow != "" {
			h.Set("Allow", allow)
		}
		s.fail(w, r, rec.code, "", nil)
		return
	}
	s.mux.ServeHTTP(w, r)
}

// recorder keeps the status and headers of the mux's own error answer and
// drops its plain-text body.
type recorder struct {
	h    http.Header
	code int
}

func (r *recorder) Header() http.Header         { return r.h }
func (r *recorder) Write(b []byte) (int, error) { return len(b), nil }
func (r *recorder) WriteHeader(code int)        { r.code = code }

// guard checks a route's access and limits the request body.
func (s *Server) guard(a access, next http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case a == write && (s.cfg.Token == "" || s.cfg.Extractor == nil):
			s.fail(w, r, http.StatusForbidden, "writing is disabled: the server has no token configured (ATALAYA_TOKEN or --token-file)", nil)
			return
		case a == write || (a == read && s.cfg.ReadToken):
			if !s.authorized(r) {
				w.Header().Set("WWW-Authenticate", `Bearer realm="atalaya"`)
				s.fail(w, r, http.StatusUnauthorized, "missing or wrong bearer token", nil)
				return
			}
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
		next(w, r)
	})
}

// authorized reports whether r carries the token. The comparison is of
// hashes, in constant time, so that neither the token's bytes nor its length
// can be timed.
func (s *Server) authorized(r *http.Request) bool {
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || s.cfg.Token == "" {
		return false
	}
	h := sha256.Sum256([]byte(strings.TrimSpace(got)))
	return subtle.ConstantTimeCompare(h[:], s.token[:]) == 1
}

// errorBody is the JSON of every error response.
type errorBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// fail answers with status and msg (the status text when msg is empty) and
// logs err, bounded. msg must not carry internal detail: err does.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string, err error) {
	if msg == "" {
		msg = strings.ToLower(http.StatusText(status))
	}
	if err != nil || status >= 500 {
		detail := ""
		if err != nil {
			detail = bounded(err.Error())
		}
		s.log.Error("api request failed", "method", bounded(r.Method), "path", bounded(r.URL.Path),
			"status", status, "error", detail)
	}
	writeJSON(w, status, errorBody{Error: msg, Status: status})
}

// failInternal answers 500 for err, or nothing when the client has gone.
func (s *Server) failInternal(w http.ResponseWriter, r *http.Request, err error) {
	if r.Context().Err() != nil {
		return
	}
	s.fail(w, r, http.StatusInternalServerError, "", err)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v) // escapes <, > and &
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"internal server error","status":500}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// bounded cuts s to maxLogged bytes, on a character boundary.
func bounded(s string) string { return clip.String(s, maxLogged) }

// Serve serves the API on ln until ctx is done, then shuts down
// gracefully: it stops accepting, ends the streams and waits up to ten
// seconds for requests in flight.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute, // a 20 MB body on a slow link
		WriteTimeout:      2 * time.Minute, // streams extend their own deadline
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	srv.RegisterOnShutdown(s.Shutdown)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("api: serving on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("api: shutting down: %w", err)
	}
	return nil
}

// Shutdown ends the open streams; Serve calls it when it stops.
func (s *Server) Shutdown() {
	s.once.Do(func() { close(s.quit) })
}

// signal wakes the streams when this server stores incidents.
type signal struct {
	mu sync.Mutex
	ch chan struct{}
}

// wait returns a channel closed at the next notify.
func (s *signal) wait() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ch == nil {
		s.ch = make(chan struct{})
	}
	return s.ch
}

func (s *signal) notify() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ch != nil {
		close(s.ch)
		s.ch = nil
	}
}
