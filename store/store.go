// Package store keeps reports and the incidents extracted from them in an
// embedded SQLite database (modernc.org/sqlite, pure Go).
//
// The database is created with its schema on first Open and migrated by
// PRAGMA user_version afterwards. It runs in WAL mode with foreign keys on
// and synchronous=NORMAL, so that readers (Has, Incidents) never wait for the
// writer and every Save is one atomic transaction: an ingest killed midway
// leaves whole batches behind and a rerun completes it without duplicates.
//
// Times are stored as Unix seconds (INTEGER, UTC) and read back in UTC;
// sub-second precision is dropped. Evidence text is not stored: it is cut
// from the report text by byte offsets when read, so it is always exactly
// Report.Text[Start:End].
//
// Two indexes are kept as incidents are saved: an FTS5 full-text index of
// the evidence sentences (unicode61 tokens, accents and case folded) for
// Filter.Text, filled by Save once per batch, and an R*Tree of coordinates
// and hours for Filter.BBox, filled by Save once per batch too. A listing with a limit selects its page once and reads the
// page's rows with three prepared queries.
//
// Events have their own R*Tree (event_geo, for EventFilter.BBox) and a
// fusion sequence (event_versions): the number of each event's last
// change of content, which ChangedEvents lists in order. Each event also
// keeps the JSON object listings show of it (FusedEvent.JSON), which
// EventsJSON returns ready, with no decoding; its pages are selected from
// an in-memory index of the events, kept current from the fusion sequence
// (IndexEvents).
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Store is an open database. Its methods are safe for concurrent use; saves
// are serialized.
type Store struct {
	path string
	w    *sql.DB // one connection, BEGIN IMMEDIATE: the single writer
	r    *sql.DB // pooled read connections
	// page holds the three queries of a listing's page, prepared once
	// (see list).
	page [3]*sql.Stmt
	// stmts caches the prepared statements of the selections of pages,
	// which differ with the filters used (at most maxStmts of them).
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
	// index is the in-memory index of events that pages of EventsJSON
	// are selected by (see eventIndex).
	index eventIndexer
	// ckpt checkpoints the write-ahead log after the writer's commits.
	ckpt *checkpointer
}

// maxStmts bounds Store.stmts.
const maxStmts = 256

// stmt returns the statement of query on the read connections, prepared
// once while the cache has room (when it is full, the statement returned
// is not cached and the caller closes it). It takes a read connection to
// prepare: the caller must not hold one, or the bounded pool can run dry.
func (s *Store) stmt(ctx context.Context, query string) (*sql.Stmt, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st, ok := s.stmts[query]; ok {
		return st, true, nil
	}
	st, err := s.r.PrepareContext(ctx, query)
	if err != nil {
		return nil, false, err
	}
	if len(s.stmts) >= maxStmts {
		return st, false, nil // the caller closes it
	}
	if s.stmts == nil {
		s.stmts = make(map[string]*sql.Stmt)
	}
	s.stmts[query] = st
	return st, true, nil
}

// Entry is a report with the incidents extracted from it.
type Entry struct {
	Report    model.Report
	Incidents []model.Incident
	// Sketch, when set, is the report's near-duplicate sketch (see
	// fuse.Sketch.MarshalBinary), stored with it so that fusion need not
	// compute it from the text.
	Sketch []byte
}

// Filter selects incidents; zero fields do not filter.
type Filter struct {
	// Since and Until bound the incident time: Since inclusive, Until
	// exclusive. Incidents with unknown time are excluded when either is set.
	Since, Until time.Time
	// SinceDay and UntilDay (YYYY-MM-DD) bound the incident's day at its
	// place (model.Location.Date), both inclusive; incidents with unknown
	// time are excluded when either is set.
	SinceDay, UntilDay string
	StateCode          string // INEGI state code ("14")
	MunicipalityCode   string // INEGI municipality code ("14039")
	Type               model.IncidentType
	ReportID           string // content hash of the incidents' report
	EventID            string // id of the event the incidents were fused into
	// Actor is an actor's canonical name, matched without regard to ASCII
	// case.
	Actor string
	// MinSeverity keeps incidents of at least this severity.
	MinSeverity int
	// BBox keeps incidents whose coordinates fall inside it (edges
	// included); incidents without coordinates are excluded.
	BBox *BBox
	// Text is a full-text query over the evidence sentences, folded for
	// case and accents: the words it contains must all occur (see
	// TextQuery). A Text with no words matches nothing.
	Text string
	// After continues a listing: only incidents after this position in the
	// listing order (time, then id, unknown times last) are kept.
	After *Cursor
	Limit int // at most this many incidents; 0 means no limit
}

// BBox is a rectangle in longitude and latitude (WGS 84 degrees).
type BBox struct {
	MinLon, MinLat, MaxLon, MaxLat float64
}

// Cursor is a position in the listing order: the time (nil when unknown)
// and id of the last incident of a page.
type Cursor struct {
	Time *time.Time
	ID   string
}

// Listed is an incident with what a listing shows of its report.
type Listed struct {
	model.Incident
	// Seq is the incident's position in the order of storage; a later
	// incident has a greater Seq.
	Seq            int64
	ReportPublicID string // the report's given id, or its content hash
	Source         string
	URL            string
	Title          string
	Published      time.Time // zero when unknown
}

// ErrNewerSchema is returned by Open for a database written by a newer
// version of the program.
var ErrNewerSchema = errors.New("database schema is newer than this program")

// ErrInvalidSpan is returned (wrapped) by Save when an evidence span does not
// fit its report text.
var ErrInvalidSpan = errors.New("evidence span out of range")

// pragmas apply to every connection. temp_store(MEMORY) keeps statement
// journals (the FTS fill and the triggers' sub-statements write them on
// every insert) and sorts in memory rather than in temporary files.
const pragmas = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)" +
	"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)"

func dsn(path string, extra string) string {
	u := url.URL{Path: path}
	q := pragmas
	if extra != "" {
		q += "&" + extra
	}
	return "file:" + u.EscapedPath() + "?" + q
}

// Open opens the database at path, creating the file and its schema when
// they do not exist and migrating an older schema.
func Open(ctx context.Context, path string) (*Store, error) {
	return OpenWith(ctx, path, Options{})
}

// Options tune how a database is opened; the zero value is what Open does.
type Options struct {
	// NoMmap reads the database file through SQLite's page caches only,
	// rather than also mapping up to 256 MB of it into memory on each
	// connection. The mapped pages count in the process's resident memory,
	// once per connection that touched them; a batch job such as an ingest,
	// which reads each page rarely, keeps its memory bounded by the caches
	// this way. A server reads faster from the mapping.
	NoMmap bool
}

// mmapSize is the most of the database file each connection maps.
const mmapSize = 256 << 20

// OpenWith is Open with options.
func OpenWith(ctx context.Context, path string, opts Options) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: empty database path")
	}
	mmap := "&_pragma=mmap_size(" + strconv.Itoa(mmapSize) + ")"
	if opts.NoMmap {
		mmap = "&_pragma=mmap_size(0)"
	}
	w, err := openDB(dsn(path, "_txlock=immediate&_pragma=cache_size(-65536)"+mmap+
		"&_pragma=wal_autocheckpoint("+strconv.Itoa(walBackstop)+")"))
	if err != nil {
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	s := &Store{path: path, w: w}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	// A rebuild of the events drops their secondary indexes while it
	// writes; put them back if one was interrupted.
	if _, err := w.ExecContext(ctx, sqlEventIndexes); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: indexing events of %s: %w", path, err)
	}
	if s.ckpt, err = startCheckpointer(path, mmap); err != nil {
		w.Close()
		return nil, err
	}
	r, err := openDB(dsn(path, "_pragma=query_only(1)"+mmap))
	if err != nil {
		s.ckpt.close()
		w.Close()
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	n := runtime.GOMAXPROCS(0) + 2
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	s.r = r
	if err := r.PingContext(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	for i, q := range pageQueries() {
		if s.page[i], err = r.PrepareContext(ctx, q); err != nil {
			s.Close()
			return nil, fmt.Errorf("store: opening %s: preparing a statement: %w", path, err)
		}
	}
	return s, nil
}

// ReadStats returns the statistics of the pool of read connections (how
// many there are, and how often and how long a query waited for one).
func (s *Store) ReadStats() sql.DBStats {
	return s.r.Stats()
}

// Close closes the database.
func (s *Store) Close() error {
	var err error
	for _, st := range s.page {
		if st != nil {
			st.Close()
		}
	}
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	if s.ckpt != nil {
		err = s.ckpt.close()
	}
	if s.r != nil {
		if e := s.r.Close(); e != nil && err == nil {
			err = e
		}
	}
	if e := s.w.Close(); e != nil && err == nil {
		err = e
	}
	if err != nil {
		return fmt.Errorf("store: closing %s: %w", s.path, err)
	}
	return nil
}

// migrate brings the schema to the latest version, one step per
// transaction.
func (s *Store) migrate(ctx context.Context) error {
	var v int
	if err := s.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("store: reading schema version of %s: %w", s.path, err)
	}
	if v > len(migrations) {
		return fmt.Errorf("store: %s has schema version %d, this program knows %d: %w",
			s.path, v, len(migrations), ErrNewerSchema)
	}
	for ; v < len(migrations); v++ {
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("store: migrating %s to version %d: %w", s.path, v+1, err)
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("store: migrating %s to version %d: %w", s.path, v+1, err)
		}
		// PRAGMA takes no parameters; v+1 is an integer we control.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("store: migrating %s to version %d: %w", s.path, v+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("store: migrating %s to version %d: %w", s.path, v+1, err)
		}
	}
	return nil
}

// sqlTextRows adds evidence spans to the full-text index (see migration
// 5); Save adds a batch's with it (sqlIndexText).
const sqlTextRows = `INSERT INTO incident_text(rowid, text)
	SELECT e.incident * 1024 + e.ordinal,
		CAST(substr(CAST(r.text AS BLOB), e.start + 1, e."end" - e.start) AS TEXT)
	FROM evidence e JOIN reports r ON r.id = e.report_id
	WHERE e.ordinal < 1024`

// sqlTextDeleteTrigger takes a deleted incident's spans out of the
// full-text index.
const sqlTextDeleteTrigger = `CREATE TRIGGER incident_text_delete AFTER DELETE ON incidents BEGIN
	DELETE FROM incident_text WHERE rowid BETWEEN OLD.pk * 1024 AND OLD.pk * 1024 + 1023;
END;`

// sqlEventIndexes are the secondary indexes of the events tables. Open
// creates them (they are part of schema version 2); a rebuild drops them
// while it writes and creates them again at its end (sqlDropEventIndexes).
//
// event_geo, the spatial index of events, is kept by triggers; a rebuild
// drops them and empties it, and this fills it again when its insert
// trigger is missing.
//
// Open also creates fusion_progress, which a rebuild keeps.
const sqlEventIndexes = `
CREATE INDEX IF NOT EXISTS events_time_geo ON events(time_start, id, lon, lat);
CREATE INDEX IF NOT EXISTS events_state_time ON events(state_code, time_start);
CREATE INDEX IF NOT EXISTS events_type_time ON events(type, time_start);
CREATE INDEX IF NOT EXISTS events_key_last_id ON events(key_last, id);
CREATE INDEX IF NOT EXISTS events_closed_key_id ON events(closed_key, id);
CREATE UNIQUE INDEX IF NOT EXISTS event_incidents_incident ON event_incidents(incident_id);
CREATE INDEX IF NOT EXISTS event_incidents_key ON event_incidents(key);
INSERT INTO event_geo
	SELECT pk, lon, lon, lat, lat, coalesce(time_start / 3600.0, -1e7), coalesce(time_start / 3600.0, -1e7)
	FROM events WHERE lon IS NOT NULL AND lat IS NOT NULL
	AND NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = 'event_geo_insert');
CREATE TRIGGER IF NOT EXISTS event_geo_insert AFTER INSERT ON events
	WHEN NEW.lon IS NOT NULL AND NEW.lat IS NOT NULL BEGIN
	INSERT INTO event_geo VALUES (NEW.pk, NEW.lon, NEW.lon, NEW.lat, NEW.lat,
		coalesce(NEW.time_start / 3600.0, -1e7), coalesce(NEW.time_start / 3600.0, -1e7));
END;
CREATE TRIGGER IF NOT EXISTS event_geo_delete AFTER DELETE ON events BEGIN
	DELETE FROM event_geo WHERE event = OLD.pk;
END;
CREATE TABLE IF NOT EXISTS fusion_progress (
	id    INTEGER PRIMARY KEY CHECK (id = 0),
	fused INTEGER NOT NULL -- every incident with pk <= fused is fused
);
`

// sqlDropEventIndexes empties event_geo by making it anew (as migration 6
// did): deleting its rows one by one, each a search of the R-tree, cost a
// rebuild of 200,000 generated incidents 1.5 s of processor time.
const sqlDropEventIndexes = `
DROP INDEX IF EXISTS events_time;
DROP INDEX IF EXISTS events_time_geo;
DROP TRIGGER IF EXISTS event_geo_insert;
DROP TRIGGER IF EXISTS event_geo_delete;
DROP TABLE IF EXISTS event_geo;
CREATE VIRTUAL TABLE event_geo USING rtree(event, min_lon, max_lon, min_lat, max_lat, min_hour, max_hour);
DROP INDEX IF EXISTS events_state_time;
DROP INDEX IF EXISTS events_type_time;
DROP INDEX IF EXISTS events_key_last;
DROP INDEX IF EXISTS events_key_last_id;
DROP INDEX IF EXISTS events_closed_key_id;
DROP INDEX IF EXISTS event_incidents_incident;
DROP INDEX IF EXISTS event_incidents_key;
`

// migrations[i] takes the schema from version i to i+1.
var migrations = [...]string{
	// 1: reports, incidents, actors, evidence.
	`
CREATE TABLE reports (
	pk        INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,  -- content hash
	given_id  TEXT,
	source    TEXT,
	url       TEXT,
	kind      TEXT,
	lang      TEXT,
	title     TEXT,
	published INTEGER,               -- Unix seconds, NULL when unknown
	fetched   INTEGER,
	text      TEXT NOT NULL,
	lat       REAL,
	lon       REAL,
	origin    TEXT
);
CREATE INDEX reports_given_id ON reports(given_id);
CREATE INDEX reports_published ON reports(published);

CREATE TABLE incidents (
	pk                INTEGER PRIMARY KEY,
	id                TEXT NOT NULL UNIQUE,
	report_id         TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
	ordinal           INTEGER NOT NULL,
	type              TEXT NOT NULL,
	state_code        TEXT,
	state             TEXT,
	municipality_code TEXT,
	municipality      TEXT,
	locality          TEXT,
	place             TEXT,
	lat               REAL,
	lon               REAL,
	geo_precision     INTEGER NOT NULL DEFAULT 0,
	time              INTEGER,       -- Unix seconds, NULL when unknown
	time_precision    TEXT,
	killed            INTEGER,
	killed_at_least   INTEGER,
	injured           INTEGER,
	injured_at_least  INTEGER,
	detained          INTEGER,
	detained_at_least INTEGER,
	kidnapped         INTEGER,
	kidnapped_at_least INTEGER,
	severity          INTEGER NOT NULL DEFAULT 0,
	confidence        REAL NOT NULL DEFAULT 0
);
CREATE INDEX incidents_report ON incidents(report_id, ordinal);
CREATE INDEX incidents_time ON incidents(time, id);
CREATE INDEX incidents_state_time ON incidents(state_code, time);
CREATE INDEX incidents_type_time ON incidents(type, time);
CREATE INDEX incidents_municipality ON incidents(municipality_code);

CREATE TABLE incident_actors (
	incident INTEGER NOT NULL REFERENCES incidents(pk) ON DELETE CASCADE,
	ordinal  INTEGER NOT NULL,
	name     TEXT NOT NULL,
	kind     TEXT,
	role     TEXT,
	PRIMARY KEY (incident, ordinal)
) WITHOUT ROWID;
CREATE INDEX incident_actors_name ON incident_actors(name);

CREATE TABLE evidence (
	incident  INTEGER NOT NULL REFERENCES incidents(pk) ON DELETE CASCADE,
	ordinal   INTEGER NOT NULL,
	report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
	start     INTEGER NOT NULL,
	"end"     INTEGER NOT NULL,
	PRIMARY KEY (incident, ordinal),
	CHECK (0 <= start AND start <= "end")
) WITHOUT ROWID;
CREATE INDEX evidence_report ON evidence(report_id);
`,
	// 2: denials and tallies (model.Incident.Denial, Tally).
	`
ALTER TABLE incidents ADD COLUMN denial INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN tally INTEGER NOT NULL DEFAULT 0;
`,
	// 3: what each incident's location rests on, and per source the
	// number of reports naming each state and municipality (the outlet
	// prior's counts).
	`
ALTER TABLE incidents ADD COLUMN geo_basis TEXT;
CREATE TABLE source_places (
	source  TEXT NOT NULL,        -- fold.Key of the report's source
	code    TEXT NOT NULL,        -- INEGI state (2 digits) or municipality (5 digits) code
	reports INTEGER NOT NULL,
	PRIMARY KEY (source, code)
) WITHOUT ROWID;
`,
	// 4: fusion: events, their incidents, contradictions and toll history,
	// report sketches, and an index of denials.
	`
CREATE TABLE events (
	pk                 INTEGER PRIMARY KEY,
	id                 TEXT NOT NULL UNIQUE,
	type               TEXT NOT NULL,
	state_code         TEXT,
	state              TEXT,
	municipality_code  TEXT,
	municipality       TEXT,
	locality           TEXT,
	place              TEXT,
	lat                REAL,
	lon                REAL,
	geo_precision      INTEGER NOT NULL DEFAULT 0,
	time_start         INTEGER,       -- Unix seconds, NULL when unknown
	time_end           INTEGER,
	time_precision     TEXT,
	killed             INTEGER,
	killed_at_least    INTEGER,
	injured            INTEGER,
	injured_at_least   INTEGER,
	detained           INTEGER,
	detained_at_least  INTEGER,
	kidnapped          INTEGER,
	kidnapped_at_least INTEGER,
	severity           INTEGER NOT NULL DEFAULT 0,
	confidence         REAL NOT NULL DEFAULT 0,
	sources            INTEGER NOT NULL,
	reports            INTEGER NOT NULL,
	outlets            TEXT NOT NULL,  -- JSON array of names
	actors             TEXT NOT NULL,  -- JSON array of {name, kind, role}
	key_first          INTEGER,        -- fusion order keys of the first and
	key_last           INTEGER         -- last incident (Unix seconds)
);
-- Its indexes are sqlEventIndexes, created by Open.

-- The incidents of each event, in order, with their fusion keys.
CREATE TABLE event_incidents (
	event       TEXT NOT NULL,     -- events(id)
	ordinal     INTEGER NOT NULL,
	incident_id TEXT NOT NULL,     -- incidents(id)
	report_id   TEXT NOT NULL,
	key         INTEGER,
	PRIMARY KEY (event, ordinal)
) WITHOUT ROWID;

-- Denials fusion has seen: they contradict events but make none.
CREATE TABLE fused_denials (
	incident_id TEXT PRIMARY KEY,  -- incidents(id)
	key         INTEGER
) WITHOUT ROWID;
CREATE INDEX fused_denials_key ON fused_denials(key);

CREATE TABLE event_contradictions (
	event      INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
	ordinal    INTEGER NOT NULL,
	field      TEXT NOT NULL,
	value      TEXT NOT NULL,
	report_ids TEXT NOT NULL,          -- JSON array of report content hashes
	PRIMARY KEY (event, ordinal)
) WITHOUT ROWID;

CREATE TABLE event_tolls (
	event     INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
	ordinal   INTEGER NOT NULL,
	time      INTEGER NOT NULL,
	field     TEXT NOT NULL,
	n         INTEGER NOT NULL,
	report_id TEXT NOT NULL,
	PRIMARY KEY (event, ordinal)
) WITHOUT ROWID;

CREATE TABLE report_sketches (
	report_id TEXT PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
	sketch    BLOB NOT NULL
) WITHOUT ROWID;

CREATE INDEX incidents_denials ON incidents(time) WHERE denial;
`,
	// 5: full-text search of evidence sentences (accents and case folded),
	// a spatial index and a time index that covers coordinates for map
	// queries, actor names without regard to case.
	//
	// incident_text holds one row per evidence span, rowid
	// incident*1024 + ordinal (spans past the 1024th of an incident are not
	// indexed), so that an incident's rows are one rowid range. Save fills
	// it with one statement per batch (sqlIndexText): a trigger per row
	// would make FTS5 flush its pending terms at every statement.
	`
CREATE VIRTUAL TABLE incident_text USING fts5(
	text, tokenize = 'unicode61 remove_diacritics 2'
);
` + sqlTextRows + `;
` + sqlTextDeleteTrigger + `

-- incident_geo indexes incidents with coordinates by longitude, latitude
-- and hour (time / 3600; unknown times at hour -1e7, before any range), for
-- maps: a small box is found here rather than by scanning a time range. Its
-- bounds are 32-bit floats rounded outwards, so a query through it is
-- rechecked on the incidents table.
CREATE VIRTUAL TABLE incident_geo USING rtree(incident, min_lon, max_lon, min_lat, max_lat, min_hour, max_hour);
INSERT INTO incident_geo
	SELECT pk, lon, lon, lat, lat, coalesce(time / 3600.0, -1e7), coalesce(time / 3600.0, -1e7)
	FROM incidents WHERE lon IS NOT NULL AND lat IS NOT NULL;
CREATE TRIGGER incident_geo_insert AFTER INSERT ON incidents
	WHEN NEW.lon IS NOT NULL AND NEW.lat IS NOT NULL BEGIN
	INSERT INTO incident_geo VALUES (NEW.pk, NEW.lon, NEW.lon, NEW.lat, NEW.lat,
		coalesce(NEW.time / 3600.0, -1e7), coalesce(NEW.time / 3600.0, -1e7));
END;
CREATE TRIGGER incident_geo_delete AFTER DELETE ON incidents BEGIN
	DELETE FROM incident_geo WHERE incident = OLD.pk;
END;

DROP INDEX incidents_time;
CREATE INDEX incidents_time_geo ON incidents(time, id, lon, lat);
CREATE INDEX incident_actors_name_nocase ON incident_actors(name COLLATE NOCASE, incident);
`,
	// 6: for the API, a spatial index of events by coordinates and start
	// hour (like incident_geo; its triggers are in sqlEventIndexes, and
	// the index events_time_geo covering coordinates replaces events_time),
	// and the fusion sequence: event_versions keeps, for every event id
	// fusion has written, a digest of its content and the sequence number
	// of its last change (greater for a later change), which survives the
	// deletion and rewriting of events by fusion, so that a stream sends
	// an event when it really changed.
	`
CREATE VIRTUAL TABLE event_geo USING rtree(event, min_lon, max_lon, min_lat, max_lat, min_hour, max_hour);
DROP INDEX IF EXISTS events_time;
CREATE TABLE event_versions (
	id     TEXT PRIMARY KEY,     -- events(id); kept when the event is gone
	digest INTEGER NOT NULL,     -- FNV-1a 64 of the event's JSON
	seq    INTEGER NOT NULL      -- sequence number of its last change
) WITHOUT ROWID;
CREATE UNIQUE INDEX event_versions_seq ON event_versions(seq);
INSERT INTO event_versions (id, digest, seq) SELECT id, 0, pk FROM events;

-- The ids of each event's incidents and of their reports, in order,
-- separated by char(31), as in event_incidents: a listing reads them with
-- the event rather than looking each event up there.
ALTER TABLE events ADD COLUMN incident_ids TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN report_ids TEXT NOT NULL DEFAULT '';
UPDATE events SET
	incident_ids = coalesce((SELECT group_concat(incident_id, char(31) ORDER BY ordinal)
		FROM event_incidents WHERE event = events.id), ''),
	report_ids = coalesce((SELECT group_concat(report_id, char(31) ORDER BY ordinal)
		FROM event_incidents WHERE event = events.id), '');
`,
	// 7: each event's JSON object as listings show it (export.MarshalEvent),
	// written by fusion with the event, so that a JSON or GeoJSON page of
	// events is read as ready blobs. Events stored before are NULL until
	// fusion writes them again (a rebuild writes all); listings build
	// those from their columns, and FillEventJSON fills them in.
	`
ALTER TABLE events ADD COLUMN record BLOB;
CREATE INDEX events_without_record ON events(id) WHERE record IS NULL;
`,
	// 8: what an event's place rests on (the geo_basis of the incident it
	// was taken from: text, feed or outlet_prior). The stored JSON of the
	// events before is dropped, to be written again with the new key.
	`
ALTER TABLE events ADD COLUMN geo_basis TEXT;
UPDATE events SET record = NULL;
`,
	// 9: Save fills the spatial index of incidents once per batch
	// (sqlIndexGeo), as it fills the full-text index: the trigger made
	// every incident insert a multi-statement write with a statement
	// journal. The case-sensitive index of actor names goes: the actor
	// filter uses the NOCASE one (migration 5), nothing else read it, and
	// every actor stored wrote it.
	`
DROP TRIGGER incident_geo_insert;
DROP INDEX incident_actors_name;
`,
	// 10: the index of reports by publication covers their id, so that an
	// incremental fusion finds the untimed incidents of the reports
	// published since its reach without reading the report rows (each
	// about a page of text: a fusion run during the ingest of 10,000
	// generated reports read 40 MB of them); so does the index of events
	// by last key (events_key_last_id, in sqlEventIndexes), for the events
	// it replays (their rows carry their JSON).
	`
DROP INDEX reports_published;
CREATE INDEX reports_published ON reports(published, id);
DROP INDEX IF EXISTS events_key_last;
`,
	// 11: the full-text index keeps no copy of the evidence text (FTS5
	// contentless, with deletes): searches read only its rowids, and the
	// text is in reports already. Its copy was a twentieth of a store's
	// pages and a part of each batch's writes. The index is made again
	// from the evidence, as migration 5 made it, and finds what it found;
	// the copy's pages are left free in the file for later writes (a
	// VACUUM would return them).
	`
DROP TRIGGER incident_text_delete;
DROP TABLE incident_text;
CREATE VIRTUAL TABLE incident_text USING fts5(
	text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
` + sqlTextRows + `;
` + sqlTextDeleteTrigger + `
`,
	// 12: the neighbourhood of each incident's and event's place
	// (model.Location.Neighborhood), NULL when none is named; incidents
	// stored before have none until extracted again. The stored JSON of
	// the events is dropped, to be written again with the new key.
	`
ALTER TABLE incidents ADD COLUMN neighborhood TEXT;
ALTER TABLE events ADD COLUMN neighborhood TEXT;
UPDATE events SET record = NULL;
`,
	// 13: the index of evidence by report goes. Keyed by the report's
	// content hash, each span stored wrote it at a random place (a page
	// of it dirtied for each report of a batch), and no query read it:
	// evidence is read by incident, and its report looked up by id. It
	// served the cascade of a report's deletion, which the store never
	// does (a report deleted by hand now scans the evidence).
	`
DROP INDEX evidence_report;
`,
	// 14: what an incremental fusion replays the events open where it
	// resumes from (fuse.Replay): each member's trail, each event's
	// closing key (NULL for an event of no key, which no run replays)
	// and holds. Events stored before have no trail: their closing key
	// is set to unknownClosing after their last key, so that a run
	// reloads them as before and replays them into the event they ended
	// in, which a rebuild may not give; "atalaya fuse --rebuild" records
	// them.
	`
ALTER TABLE event_incidents ADD COLUMN trail TEXT;
ALTER TABLE events ADD COLUMN closed_key INTEGER;
ALTER TABLE events ADD COLUMN holds TEXT;
UPDATE events SET closed_key = key_last + ` + strconv.Itoa(unknownClosing) + ` WHERE key_last IS NOT NULL;
`,
}
