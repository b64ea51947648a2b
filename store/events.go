package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/atalaya/atalaya/model"
)

// FuseScope says what a fusion run recomputes. A rebuild (All) recomputes
// every event. Otherwise the run re-sweeps the incidents whose fusion key
// (incident time, else report publication) is at or after From — the
// earliest key of an incident not fused yet — and replays the stored
// events still open there; Untimed counts the unfused incidents with no key
// at all.
type FuseScope struct {
	All     bool
	From    *time.Time // nil: no timed incident to re-sweep
	Untimed int
	Unfused int // incidents not fused yet (incremental runs)
	// Upto is the storage position (MaxIncident) of the latest incident
	// the run sees: once it is written, every incident up to it is fused.
	Upto int64
	// The run reloads the events open at From (closing key at or after
	// it: fuse.Open) and the denials of DenialLookback before From;
	// Lookback is the base DenialLookback counts from (fuse.Reload,
	// fuse.DenialReload).
	Lookback, DenialLookback time.Duration
}

// Empty reports whether the scope has nothing to recompute.
func (s FuseScope) Empty() bool { return !s.All && s.From == nil && s.Untimed == 0 }

// FuseInput is a stored incident with what fusion needs of its report.
type FuseInput struct {
	model.Incident
	Key       *time.Time // fusion key; nil when the incident has no time and its report no date
	Source    string
	Kind      model.ReportKind
	Published time.Time // zero when unknown
	// Sketch is the report's stored near-duplicate sketch; nil when none is
	// stored, and then ReportText and ReportLang hold the report's text and
	// language to compute it from.
	Sketch     []byte
	ReportText string
	ReportLang string
	// EventID is the event the incident was fused into ("" when none), and
	// Replay says the run must keep that assignment rather than match the
	// incident again.
	EventID string
	Replay  bool
	// Trail is the incident's trail in EventID (fuse.Fused.Trails),
	// EventHolds and EventClosed that event's holds and closing key
	// (fuse.Fused); EventClosed is nil for an event of no key.
	Trail       string
	EventHolds  string
	EventClosed *int64
}

// FusedEvent is an event to store, with the fusion key of each of its
// incidents (Keys[i] for IncidentIDs[i]; the zero time when it has none).
type FusedEvent struct {
	model.Event
	Keys []time.Time
	// Trails, Closed and Holds are what fuse.Fused records for an
	// incremental run to replay the event (fuse.Replay). A Closed of 0
	// is unknown: the event is stored as closing unknownClosing after
	// its last key.
	Trails []string
	Closed int64
	Holds  string
	// JSON is the event's object as listings show it (export.MarshalEvent
	// of the event), stored with it for EventsJSON; nil stores none.
	JSON []byte
}

// unknownClosing is how long after its last key an event whose closing
// key is unknown (FusedEvent.Closed 0, or stored before closing keys were
// kept) counts as open to an incremental run: fuse.Reload, the window
// runs reloaded before.
const unknownClosing = 12 * 24 * 3600 // seconds

// FusedDenial is a denial incident that fusion has seen: it belongs to no
// event but must not be fused again.
type FusedDenial struct {
	IncidentID, ReportID string
	Key                  time.Time
}

// FusionBatch is one transaction of fusion results.
type FusionBatch struct {
	// Clear, when set, first deletes what the scope recomputes: every event
	// for a rebuild, else the events still open at From and the fusion of
	// the incidents at or after it.
	Clear *FuseScope
	// Delete lists events to delete before Events are written: an
	// incremental run that writes only the events it changed (no Clear)
	// deletes their old versions and those no longer made.
	Delete   []string
	Events   []FusedEvent
	Denials  []FusedDenial
	Sketches map[string][]byte // report content hash → sketch
	// Reindex, on a rebuild's last batch, creates the indexes the rebuild
	// dropped to write faster.
	Reindex bool
	// Done, on a run's last batch, records that every incident up to
	// storage position Done is fused, so that later runs look for unfused
	// incidents only after it.
	Done int64
}

// EventFilter selects events; zero fields do not filter. The fields mean
// what Filter's do, applied to the event: its start time, place, type,
// actors, severity and the evidence of its incidents.
type EventFilter struct {
	// Since and Until bound the event's start time: Since inclusive, Until
	// exclusive. Events with unknown time are excluded when either is set.
	Since, Until time.Time
	// SinceDay and UntilDay (YYYY-MM-DD) bound the day the event starts at
	// its place (model.Location.Date), both inclusive; events with unknown
	// time are excluded when either is set.
	SinceDay, UntilDay string
	StateCode          string
	MunicipalityCode   string
	Type               model.IncidentType
	// Actor is an actor's canonical name, matched without regard to ASCII
	// case against the event's actors.
	Actor       string
	MinSeverity int
	MinSources  int
	// BBox keeps events whose coordinates fall inside it (edges included).
	BBox *BBox
	// Text is a full-text query (see TextQuery) over the evidence
	// sentences of the event's incidents.
	Text string
	// ID keeps the event with this id.
	ID string
	// After continues a listing: only events after this position (start
	// time, then id, unknown times last) are kept.
	After *Cursor
	Limit int
}

const (
	sqlFuseScope = `SELECT min(coalesce(i.time, r.published)), count(*),
	coalesce(sum(coalesce(i.time, r.published) IS NULL), 0)
	FROM incidents i JOIN reports r ON r.id = i.report_id
	WHERE NOT EXISTS (SELECT 1 FROM event_incidents f WHERE f.incident_id = i.id)
	AND NOT EXISTS (SELECT 1 FROM fused_denials d WHERE d.incident_id = i.id)
	AND i.pk > ?2 AND i.pk <= ?1`
	// fusion_progress.fused is the storage position up to which every
	// incident is fused (SaveFusion's FusionBatch.Done).
	sqlFusedUpto = `SELECT coalesce((SELECT fused FROM fusion_progress WHERE id = 0), 0)`
	sqlSetFused  = `INSERT INTO fusion_progress (id, fused) VALUES (0, ?)
	ON CONFLICT(id) DO UPDATE SET fused = max(fused, excluded.fused)`
	// A rebuild reads the timed incidents in the order of the index on
	// (time, id), and merges in the untimed ones (ordered by publication),
	// so that a million incidents are never sorted.
	sqlFuseUntimed = `WITH sel(pk) AS (SELECT pk FROM incidents WHERE time IS NULL)`
	// fusionCache is the page cache (16 MiB) of the connections fusion uses.
	fusionCache        = `PRAGMA cache_size = -16384`
	sqlFuseIncremental = `WITH sel(pk) AS (
	SELECT pk FROM incidents WHERE time >= ?5
	UNION SELECT i.pk FROM reports r CROSS JOIN incidents i ON i.report_id = r.id
		WHERE r.published >= ?5 AND i.time IS NULL
	UNION SELECT i.pk FROM incidents i WHERE i.pk > ?4 AND +i.time IS NULL
		AND NOT EXISTS (SELECT 1 FROM event_incidents f WHERE f.incident_id = i.id)
		AND NOT EXISTS (SELECT 1 FROM fused_denials d WHERE d.incident_id = i.id)
	UNION SELECT i.pk FROM events e CROSS JOIN event_incidents f ON f.event = e.id
		CROSS JOIN incidents i ON i.id = f.incident_id WHERE e.closed_key >= ?5
	UNION SELECT i.pk FROM incidents i JOIN reports r ON r.id = i.report_id
		WHERE i.denial AND coalesce(i.time, r.published) >= ?2)`
	sqlFuseSelect = ` SELECT i.id, i.report_id, i.type,
	coalesce(i.state_code, ''), coalesce(i.state, ''), coalesce(i.municipality_code, ''),
	coalesce(i.municipality, ''), coalesce(i.locality, ''), coalesce(i.place, ''), coalesce(i.neighborhood, ''),
	i.lat, i.lon, i.geo_precision, coalesce(i.geo_basis, ''), i.time, coalesce(i.time_precision, ''),
	i.killed, i.killed_at_least, i.injured, i.injured_at_least,
	i.detained, i.detained_at_least, i.kidnapped, i.kidnapped_at_least,
	i.severity, i.confidence,
	coalesce(i.time, r.published) AS k, coalesce(r.source, ''), coalesce(r.kind, ''), r.published,
	i.denial, i.tally, coalesce(f.event, ''), ` + sqlFuseStored + `,
	sk.sketch, CASE WHEN sk.sketch IS NULL THEN r.text END, CASE WHEN sk.sketch IS NULL THEN coalesce(r.lang, '') END,
	(SELECT json_group_array(json_array(a.name, coalesce(a.kind, ''), coalesce(a.role, '')))
		FROM incident_actors a WHERE a.incident = i.pk),
	(SELECT group_concat(CAST(substr(CAST(CASE WHEN e.report_id = i.report_id THEN r.text
		ELSE (SELECT rr.text FROM reports rr WHERE rr.id = e.report_id) END AS BLOB),
		e.start + 1, e."end" - e.start) AS TEXT), char(10))
		FROM evidence e WHERE e.incident = i.pk)
	FROM sel JOIN incidents i ON i.pk = sel.pk JOIN reports r ON r.id = i.report_id
	LEFT JOIN event_incidents f ON f.incident_id = i.id
	LEFT JOIN events fe ON fe.id = f.event
	LEFT JOIN report_sketches sk ON sk.report_id = r.id`
	// sqlFuseStored are the columns of FuseInput.Trail, EventHolds and
	// EventClosed.
	sqlFuseStored = `coalesce(f.trail, ''), coalesce(fe.holds, ''), fe.closed_key`
	sqlFuseOrder  = ` ORDER BY k IS NULL, k, i.id`
	// sqlFuseBelow leaves out the incidents a caller holds (Held).
	sqlFuseBelow = ` WHERE sel.pk <= ?3`
	sqlHeldCount = `SELECT count(*) FROM incidents WHERE pk > ? AND pk <= ?`
	sqlMaxPK     = `SELECT coalesce(max(pk), 0) FROM incidents`
)

// sqlFuseTimed reads the timed incidents in the order of incidents_time_geo.
// A rebuild does not read the old events (it drops their indexes as it
// goes).
var sqlFuseTimed = strings.NewReplacer(
	"FROM sel JOIN incidents i ON i.pk = sel.pk", "FROM incidents i INDEXED BY incidents_time_geo",
	"coalesce(f.event, '')", "''",
	sqlFuseStored, "'', '', NULL",
	"LEFT JOIN event_incidents f ON f.incident_id = i.id", "",
	"LEFT JOIN events fe ON fe.id = f.event", "",
).Replace(sqlFuseSelect) + ` WHERE i.time IS NOT NULL ORDER BY i.time, i.id`

// Held describes the incidents a caller of FuseInputsHeld holds in memory,
// as it would read them here: those with a storage position (MaxIncident)
// in (Above, Upto]. From is the earliest fusion key of those not fused yet
// (nil when none has one) and Untimed the number of those with no key.
type Held struct {
	Above, Upto int64
	Count       int // the incidents held; the store must have as many in (Above, Upto]
	From        *time.Time
	Untimed     int
	Unfused     int // the held incidents not fused yet
}

// ErrHeld is returned by FuseInputsHeld when the store does not have the
// incidents a caller says it holds (another writer stored some).
var ErrHeld = errors.New("held incidents differ from the stored ones")

// MaxIncident returns the storage position of the latest stored incident
// (0 when none): incidents stored later have greater positions.
func (s *Store) MaxIncident(ctx context.Context) (int64, error) {
	var pk int64
	if err := s.r.QueryRowContext(ctx, sqlMaxPK).Scan(&pk); err != nil {
		return 0, fmt.Errorf("store: reading %s: %w", s.path, err)
	}
	return pk, nil
}

// FuseInputs works out what a fusion run must recompute (everything when
// rebuild is set), calls begin with that scope and then fn with each
// incident to fuse, in fusion order: by key (unknown last), then incident
// id. It reads one consistent snapshot. begin is not followed by fn calls
// when the scope is empty. An error from begin or fn stops the listing and
// is returned as is.
func (s *Store) FuseInputs(ctx context.Context, rebuild bool, lookback, denialLookback time.Duration,
	begin func(FuseScope) error, fn func(FuseInput) error) error {
	return s.fuseInputs(ctx, rebuild, nil, lookback, denialLookback, begin, fn)
}

// FuseInputsHeld is FuseInputs (incremental) for a caller that holds some
// incidents in memory (h): the scope accounts for them, but fn is called
// only with the others, those stored at or before h.Above; the caller
// merges its own into the order, selected by the same rule (see
// FuseScope). Incidents stored after h.Upto are left for a later run. It
// fails with ErrHeld when the store has not h.Count incidents in
// (h.Above, h.Upto].
func (s *Store) FuseInputsHeld(ctx context.Context, h Held, lookback, denialLookback time.Duration,
	begin func(FuseScope) error, fn func(FuseInput) error) error {
	return s.fuseInputs(ctx, false, &h, lookback, denialLookback, begin, fn)
}

func (s *Store) fuseInputs(ctx context.Context, rebuild bool, held *Held, lookback, denialLookback time.Duration,
	begin func(FuseScope) error, fn func(FuseInput) error) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("store: reading incidents to fuse from %s: %w", s.path, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, fusionCache); err != nil {
		return fmt.Errorf("store: reading incidents to fuse from %s: %w", s.path, err)
	}
	below := int64(math.MaxInt64)
	if held != nil {
		var n int
		if err := tx.QueryRowContext(ctx, sqlHeldCount, held.Above, held.Upto).Scan(&n); err != nil {
			return fmt.Errorf("store: reading incidents to fuse from %s: %w", s.path, err)
		}
		if n != held.Count {
			return fmt.Errorf("store: %s has %d incidents where %d are held: %w", s.path, n, held.Count, ErrHeld)
		}
		below = held.Above
	}
	scope := FuseScope{All: rebuild, Lookback: lookback, DenialLookback: denialLookback}
	if err := tx.QueryRowContext(ctx, sqlMaxPK).Scan(&scope.Upto); err != nil {
		return fmt.Errorf("store: reading incidents to fuse from %s: %w", s.path, err)
	}
	if held != nil {
		scope.Upto = held.Upto
	}
	var args []any
	if !rebuild {
		var (
			from     sql.NullInt64
			n, nkeys int
			fused    int64
		)
		if err := tx.QueryRowContext(ctx, sqlFusedUpto).Scan(&fused); err != nil {
			return fmt.Errorf("store: finding unfused incidents in %s: %w", s.path, err)
		}
		if err := tx.QueryRowContext(ctx, sqlFuseScope, below, fused).Scan(&from, &n, &nkeys); err != nil {
			return fmt.Errorf("store: finding unfused incidents in %s: %w", s.path, err)
		}
		scope.Unfused = n
		if held != nil {
			scope.Unfused += held.Unfused
			nkeys += held.Untimed
			if held.From != nil && (!from.Valid || held.From.Unix() < from.Int64) {
				from = sql.NullInt64{Int64: held.From.Unix(), Valid: true}
			}
		}
		scope.Untimed = nkeys
		lo, fu := int64(1<<62), int64(1<<62) // only the unfused untimed incidents
		if from.Valid {
			fu = from.Int64
			t := time.Unix(from.Int64, 0).UTC()
			scope.From = &t
			lo = from.Int64 - int64(lookback/time.Second)
		}
		args = []any{lo, lo - int64((denialLookback-lookback)/time.Second), below, fused, fu}
	}
	if err := begin(scope); err != nil {
		return err
	}
	if scope.Empty() {
		return nil
	}
	emit := func(in FuseInput) error {
		in.Replay = !rebuild && in.EventID != "" && in.Key != nil && scope.From != nil && in.Key.Before(*scope.From)
		return fn(in)
	}
	if !rebuild {
		err = s.streamFuse(ctx, tx, sqlFuseIncremental+sqlFuseSelect+sqlFuseBelow+sqlFuseOrder, args, emit)
	} else {
		err = s.mergeFuse(ctx, tx, emit)
	}
	return err
}

// readAhead is the number of rows streamFuse's reader decodes into one
// chunk, and readChunks the chunks it may hold ahead of fn.
const (
	readAhead  = 256
	readChunks = 4
)

// streamFuse calls fn with each row of query, in order. The rows are read
// and decoded on a goroutine of their own, in chunks, while fn works on the
// ones before.
func (s *Store) streamFuse(ctx context.Context, tx *sql.Tx, query string, args []any, fn func(FuseInput) error) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("store: reading incidents to fuse from %s: %w", s.path, err)
	}
	defer rows.Close()
	var (
		chunks = make(chan []FuseInput, readChunks)
		stop   = make(chan struct{})
		done   = make(chan struct{})
		rerr   error // the reader's, read once done is closed
	)
	go func() {
		defer close(done)
		defer close(chunks)
		sc := newFuseScanner()
		buf := make([]FuseInput, 0, readAhead)
		send := func() bool {
			select {
			case chunks <- buf:
				buf = make([]FuseInput, 0, readAhead)
				return true
			case <-stop:
				return false
			}
		}
		for rows.Next() {
			in, err := sc.scan(rows)
			if err != nil {
				rerr = err
				return
			}
			if buf = append(buf, in); len(buf) == readAhead && !send() {
				return
			}
		}
		if rerr = rows.Err(); rerr == nil && len(buf) > 0 {
			send()
		}
	}()
	for chunk := range chunks {
		for _, in := range chunk {
			if err := fn(in); err != nil {
				close(stop)
				<-done
				return err
			}
		}
	}
	<-done
	if rerr != nil {
		return fmt.Errorf("store: reading incidents to fuse from %s: %w", s.path, rerr)
	}
	return nil
}

// mergeFuse streams every incident in fusion order: the timed ones in index
// order, merged with the untimed ones (read first: there are few), which
// sort by publication.
func (s *Store) mergeFuse(ctx context.Context, tx *sql.Tx, fn func(FuseInput) error) error {
	var untimed []FuseInput
	err := s.streamFuse(ctx, tx, sqlFuseUntimed+sqlFuseSelect+sqlFuseOrder, nil, func(in FuseInput) error {
		in.EventID = "" // a rebuild matches everything again
		untimed = append(untimed, in)
		return nil
	})
	if err != nil {
		return err
	}
	before := func(a, b *FuseInput) bool { // a before b; a has a key
		if b.Key == nil {
			return true
		}
		if !a.Key.Equal(*b.Key) {
			return a.Key.Before(*b.Key)
		}
		return a.ID < b.ID
	}
	k := 0
	err = s.streamFuse(ctx, tx, sqlFuseTimed, nil, func(in FuseInput) error {
		for k < len(untimed) && untimed[k].Key != nil && before(&untimed[k], &in) {
			if err := fn(untimed[k]); err != nil {
				return err
			}
			k++
		}
		return fn(in)
	})
	if err != nil {
		return err
	}
	for ; k < len(untimed); k++ {
		if err := fn(untimed[k]); err != nil {
			return err
		}
	}
	return nil
}

// fuseValues holds what a FuseInput read by fuseScanner points to.
type fuseValues struct {
	lat, lon  float64
	time, key time.Time
	counts    [4]model.Count // killed, injured, detained, kidnapped
}

// fuseScanner reads the rows of sqlFuseSelect. Its fields are the
// destinations of each row's Scan, set up once: passed to Scan, variables
// of a function would be allocated anew at each row.
type fuseScanner struct {
	x                FuseInput // the columns scanned into a FuseInput's fields
	lat, lon         sql.NullFloat64
	t, k, published  sql.NullInt64
	kn, inj, dn, nn  sql.NullInt64
	ka, ia, da, na   sql.NullBool
	typ, tp, kind    string
	precision        int
	basis            string
	text, lang       sql.NullString
	actors, evidence sql.NullString
	closed           sql.NullInt64
	dest             []any
}

func newFuseScanner() *fuseScanner {
	r := &fuseScanner{}
	x, loc := &r.x, &r.x.Location
	r.dest = []any{&x.ID, &x.ReportID, &r.typ,
		&loc.StateCode, &loc.State, &loc.MunicipalityCode,
		&loc.Municipality, &loc.Locality, &loc.Place, &loc.Neighborhood,
		&r.lat, &r.lon, &r.precision, &r.basis, &r.t, &r.tp,
		&r.kn, &r.ka, &r.inj, &r.ia, &r.dn, &r.da, &r.nn, &r.na,
		&x.Severity, &x.Confidence,
		&r.k, &x.Source, &r.kind, &r.published,
		&x.Denial, &x.Tally, &x.EventID, &x.Trail, &x.EventHolds, &r.closed,
		&x.Sketch, &r.text, &r.lang, &r.actors, &r.evidence}
	return r
}

// scan reads the current row of rows.
func (r *fuseScanner) scan(rows *sql.Rows) (FuseInput, error) {
	if err := rows.Scan(r.dest...); err != nil {
		return FuseInput{}, err
	}
	x := &r.x
	in := FuseInput{Source: x.Source, EventID: x.EventID, Sketch: x.Sketch, Trail: x.Trail, EventHolds: x.EventHolds}
	if r.closed.Valid {
		c := r.closed.Int64
		in.EventClosed = &c
	}
	in.ID, in.ReportID = x.ID, x.ReportID
	in.Severity, in.Confidence = x.Severity, x.Confidence
	in.Denial, in.Tally = x.Denial, x.Tally
	xl, loc := &x.Location, &in.Location
	loc.StateCode, loc.State, loc.MunicipalityCode = xl.StateCode, xl.State, xl.MunicipalityCode
	loc.Municipality, loc.Locality, loc.Place, loc.Neighborhood = xl.Municipality, xl.Locality, xl.Place, xl.Neighborhood
	lat, lon, t, k, published := r.lat, r.lon, r.t, r.k, r.published
	kn, inj, dn, nn := r.kn, r.inj, r.dn, r.nn
	ka, ia, da, na := r.ka, r.ia, r.da, r.na
	typ, tp, kind, precision, basis := r.typ, r.tp, r.kind, r.precision, r.basis
	text, lang, actors, evidence := r.text, r.lang, r.actors, r.evidence
	in.Type = model.IncidentType(typ)
	in.TimePrecision = model.TimePrecision(tp)
	in.Kind = model.ReportKind(kind)
	loc.Precision = model.GeoPrecision(precision)
	loc.Basis = model.GeoBasis(basis)
	// The values the input points to, in one allocation rather than one
	// each (a rebuild reads every incident).
	v := new(fuseValues)
	if lat.Valid {
		v.lat = lat.Float64
		loc.Lat = &v.lat
	}
	if lon.Valid {
		v.lon = lon.Float64
		loc.Lon = &v.lon
	}
	if t.Valid {
		v.time = time.Unix(t.Int64, 0).UTC()
		in.Time = &v.time
	}
	if k.Valid {
		v.key = time.Unix(k.Int64, 0).UTC()
		in.Key = &v.key
	}
	if published.Valid {
		in.Published = time.Unix(published.Int64, 0).UTC()
	}
	for i, c := range [...]struct {
		dst     **model.Count
		n       sql.NullInt64
		atLeast sql.NullBool
	}{{&in.Killed, kn, ka}, {&in.Injured, inj, ia}, {&in.Detained, dn, da}, {&in.Kidnapped, nn, na}} {
		if c.n.Valid {
			v.counts[i] = model.Count{N: int(c.n.Int64), AtLeast: c.atLeast.Bool}
			*c.dst = &v.counts[i]
		}
	}
	in.ReportText, in.ReportLang = text.String, lang.String
	if actors.Valid && actors.String != "[]" {
		var as [][3]string
		if err := json.Unmarshal([]byte(actors.String), &as); err != nil {
			return FuseInput{}, fmt.Errorf("actors of incident %q: %w", in.ID, err)
		}
		for _, a := range as {
			in.Actors = append(in.Actors, model.Actor{Name: a[0], Kind: model.ActorKind(a[1]), Role: model.ActorRole(a[2])})
		}
	}
	if evidence.Valid && evidence.String != "" {
		in.Evidence = []model.Span{{ReportID: in.ReportID, Text: evidence.String}}
	}
	return in, nil
}

// FuseInputOf returns what FuseInputs reads of incident in, stored as the
// ordinal-th incident of report r (Save's rules: the incident belongs to r,
// gets REPORTID-ORDINAL when it has no id, and its times keep whole
// seconds), without sketch, report text or event: a caller that holds the
// incidents it stored (FuseInputsHeld) fuses them from memory with exactly
// the inputs the store would give. Its strings share no memory with r.Text.
// ok is false when an evidence span points outside r (the store would read
// another report's text).
func FuseInputOf(r *model.Report, ordinal int, in *model.Incident) (_ FuseInput, ok bool) {
	out := FuseInput{Source: r.Source, Kind: r.Kind}
	x := &out.Incident
	x.ID = in.ID
	if x.ID == "" {
		x.ID = r.ID + "-" + strconv.Itoa(ordinal)
	}
	x.ReportID = r.ID
	x.Type = in.Type
	l := in.Location
	// The strings cut from the report's text are copied: a caller that
	// holds the input (an ingest holds tens of thousands) must not keep
	// the whole text alive with them.
	x.Location = model.Location{StateCode: l.StateCode, State: l.State, MunicipalityCode: l.MunicipalityCode,
		Municipality: l.Municipality, Locality: strings.Clone(l.Locality), Place: strings.Clone(l.Place),
		Neighborhood: strings.Clone(l.Neighborhood), Precision: l.Precision, Basis: l.Basis,
		Lat: storedFloat(l.Lat), Lon: storedFloat(l.Lon)}
	if in.Time != nil {
		t := time.Unix(in.Time.Unix(), 0).UTC()
		x.Time = &t
	}
	x.TimePrecision = in.TimePrecision
	x.Killed, x.Injured = storedCount(in.Killed), storedCount(in.Injured)
	x.Detained, x.Kidnapped = storedCount(in.Detained), storedCount(in.Kidnapped)
	x.Severity, x.Confidence = in.Severity, in.Confidence
	x.Denial, x.Tally = in.Denial, in.Tally
	if !r.Published.IsZero() {
		out.Published = time.Unix(r.Published.Unix(), 0).UTC()
	}
	switch {
	case x.Time != nil:
		k := *x.Time
		out.Key = &k
	case !out.Published.IsZero():
		k := out.Published
		out.Key = &k
	}
	for _, a := range in.Actors {
		x.Actors = append(x.Actors, model.Actor{Name: strings.Clone(a.Name), Kind: a.Kind, Role: a.Role})
	}
	var b strings.Builder
	for i, sp := range in.Evidence {
		if i > 0 {
			b.WriteByte('\n')
		}
		if sp.ReportID != "" && sp.ReportID != r.ID || sp.Start < 0 || sp.Start > sp.End || sp.End > len(r.Text) {
			return FuseInput{}, false
		}
		b.WriteString(r.Text[sp.Start:sp.End])
	}
	if b.Len() > 0 {
		x.Evidence = []model.Span{{ReportID: r.ID, Text: b.String()}}
	}
	return out, true
}

// storedFloat is f as the store keeps it: a NaN is NULL.
func storedFloat(f *float64) *float64 {
	if f == nil || math.IsNaN(*f) {
		return nil
	}
	v := *f
	return &v
}

func storedCount(c *model.Count) *model.Count {
	if c == nil {
		return nil
	}
	return &model.Count{N: c.N, AtLeast: c.AtLeast}
}

const (
	// Events are inserted with multi-row INSERTs (rowsInsert), each with
	// the key SQLite would give it (the largest stored one plus one, read
	// once a batch: sqlNextEvent), so that its tolls and contradictions,
	// which refer to it by key, are queued and inserted after them the
	// same way.
	sqlInsertEvent = `INSERT INTO events
	(pk, id, type, state_code, state, municipality_code, municipality, locality, place, lat, lon,
	 geo_precision, time_start, time_end, time_precision,
	 killed, killed_at_least, injured, injured_at_least, detained, detained_at_least,
	 kidnapped, kidnapped_at_least, severity, confidence, sources, reports, outlets, actors,
	 key_first, key_last, incident_ids, report_ids, record, geo_basis, neighborhood, closed_key, holds) VALUES `
	eventColumns           = 38
	sqlNextEvent           = `SELECT coalesce(max(pk), 0) + 1 FROM events`
	sqlInsertMember        = `INSERT INTO event_incidents (event, ordinal, incident_id, report_id, key, trail) VALUES `
	memberColumns          = 6
	sqlInsertDenial        = `INSERT OR REPLACE INTO fused_denials (incident_id, key) VALUES (?, ?)`
	sqlInsertContradiction = `INSERT INTO event_contradictions (event, ordinal, field, value, report_ids) VALUES `
	contradictionColumns   = 5
	sqlInsertToll          = `INSERT INTO event_tolls (event, ordinal, time, field, n, report_id) VALUES `
	tollColumns            = 6
	sqlInsertSketch        = `INSERT OR IGNORE INTO report_sketches (report_id, sketch) VALUES (?, ?)`
	// The sketches a fusion batch computed, with multi-row INSERTs too.
	sqlInsertSketches = `INSERT OR IGNORE INTO report_sketches (report_id, sketch) VALUES `
	sketchColumns     = 2
	// The events a batch deletes are given as one JSON array of ids.
	sqlDeleteMembers = `DELETE FROM event_incidents WHERE event IN (SELECT value FROM json_each(?))`
	sqlDeleteEvent   = `DELETE FROM events WHERE id IN (SELECT value FROM json_each(?))`
	// sqlVersions gives each event of a batch (a JSON array of [id,
	// digest], in the batch's order) whose content changed, or which is
	// new, the next fusion sequence number: the numbers after the
	// largest stored, in that order. One statement a batch rather than
	// one an event.
	sqlVersions = `INSERT INTO event_versions (id, digest, seq)
	SELECT b.value ->> 0, b.value ->> 1,
		(SELECT coalesce(max(seq), 0) FROM event_versions) + row_number() OVER (ORDER BY b.key)
	FROM json_each(?) b LEFT JOIN event_versions v ON v.id = b.value ->> 0
	WHERE v.id IS NULL OR v.digest != b.value ->> 1
	ON CONFLICT (id) DO UPDATE SET digest = excluded.digest, seq = excluded.seq`
)

// The events a fusion run deletes are kept in gone_events, a table of the
// writer's connection (temporary: a run that a crash cuts short loses it),
// until the run's last batch: those not written again by then were merged
// into others or are no longer made, and markRemoved gives each the next
// fusion sequence number with digest 0, which ChangedEvents lists as a
// removal. Deciding at the end rather than at each batch keeps an event
// that a run deletes in one batch and writes again in a later one from
// being announced as removed.
const (
	sqlGoneTable = `CREATE TEMP TABLE IF NOT EXISTS gone_events (id TEXT PRIMARY KEY) WITHOUT ROWID`
	sqlGoneEvent = `INSERT OR IGNORE INTO temp.gone_events
	SELECT id FROM events WHERE id IN (SELECT value FROM json_each(?))`
	sqlGoneNow = `SELECT g.id FROM temp.gone_events g
	WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = g.id) ORDER BY g.id`
	sqlRemoved = `UPDATE event_versions SET digest = 0,
	seq = (SELECT coalesce(max(seq), 0) + 1 FROM event_versions) WHERE id = ?`
	sqlGoneClear = `DELETE FROM temp.gone_events`
)

// markRemoved records as removed the events deleted since the last run's
// end that are not stored now (see sqlGoneTable).
func markRemoved(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, sqlGoneNow)
	if err != nil {
		return fmt.Errorf("listing removed events: %w", err)
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("listing removed events: %w", err)
		}
		ids = append(ids, id)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("listing removed events: %w", err)
	}
	if len(ids) > 0 {
		st, err := tx.PrepareContext(ctx, sqlRemoved)
		if err != nil {
			return fmt.Errorf("marking removed events: %w", err)
		}
		defer st.Close()
		for _, id := range ids {
			if _, err := st.ExecContext(ctx, id); err != nil {
				return fmt.Errorf("marking event %q removed: %w", id, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, sqlGoneClear); err != nil {
		return fmt.Errorf("marking removed events: %w", err)
	}
	return nil
}

// idSep separates the ids in the incident_ids and report_ids columns of
// events (the unit separator, which no id contains).
const idSep = "\x1f"

// digest returns a hash of an event's content: what fusion decided, not
// where it is stored.
func digest(e *model.Event) (int64, error) {
	h := fnv.New64a()
	if err := json.NewEncoder(h).Encode(e); err != nil {
		return 0, err
	}
	return int64(h.Sum64()), nil
}

// SaveFusion stores a batch of fusion results in one transaction.
func (s *Store) SaveFusion(ctx context.Context, b FusionBatch) (err error) {
	// The events' digests are computed before the transaction, so that
	// the write connection is not held meanwhile.
	digests := make([]int64, len(b.Events))
	for i := range b.Events {
		if digests[i], err = digest(&b.Events[i].Event); err != nil {
			return fmt.Errorf("store: saving event %q to %s: %w", b.Events[i].ID, s.path, err)
		}
	}
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store: saving events to %s: %w", s.path, err)
	}
	defer conn.Close()
	if b.Clear != nil && b.Clear.All {
		// A rebuild empties the events tables with foreign keys off
		// (the pragma is a no-op inside a transaction, hence on the
		// connection, set back before it is released): the tables that
		// refer to events are emptied first, and SQLite then truncates
		// each table whole rather than deleting its rows one by one.
		restore, err := foreignKeysOff(ctx, conn)
		if err != nil {
			return fmt.Errorf("store: saving events to %s: %w", s.path, err)
		}
		defer func() {
			if ferr := restore(); ferr != nil {
				err = errors.Join(err, fmt.Errorf("store: saving events to %s: %w", s.path, ferr))
			}
		}()
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: saving events to %s: %w", s.path, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	if _, err := tx.ExecContext(ctx, fusionCache); err != nil {
		return fmt.Errorf("store: saving events to %s: %w", s.path, err)
	}
	if _, err := tx.ExecContext(ctx, sqlGoneTable); err != nil {
		return fmt.Errorf("store: saving events to %s: %w", s.path, err)
	}
	if b.Clear != nil {
		if err := clearFusion(ctx, tx, *b.Clear); err != nil {
			return fmt.Errorf("store: clearing events of %s: %w", s.path, err)
		}
	}
	// The statements of each event run without ctx's cancellation (the
	// driver would start a goroutine to watch it at each); ctx is checked
	// between events instead, and its cancellation also rolls the
	// transaction back.
	octx := ctx
	ctx = context.WithoutCancel(ctx)
	stmts := map[string]*sql.Stmt{}
	prep := func(q string) (*sql.Stmt, error) {
		if st, ok := stmts[q]; ok {
			return st, nil
		}
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return nil, err
		}
		stmts[q] = st
		return st, nil
	}
	defer func() {
		for _, st := range stmts {
			st.Close()
		}
	}()
	if len(b.Delete) > 0 {
		ids, err := json.Marshal(b.Delete)
		if err != nil {
			return fmt.Errorf("store: deleting events of %s: %w", s.path, err)
		}
		for _, q := range []string{sqlGoneEvent, sqlDeleteMembers, sqlDeleteEvent} {
			if _, err := tx.ExecContext(ctx, q, string(ids)); err != nil {
				return fmt.Errorf("store: deleting %d events of %s: %w", len(b.Delete), s.path, err)
			}
		}
	}
	if len(b.Sketches) > 0 {
		// In report order, so that a batch writes the same statements
		// whatever the map's order.
		rids := make([]string, 0, len(b.Sketches))
		for rid := range b.Sketches {
			rids = append(rids, rid)
		}
		slices.Sort(rids)
		sketches := rowsInsert{tx: tx, head: sqlInsertSketches, columns: sketchColumns}
		defer sketches.close()
		for _, rid := range rids {
			sketches.args = append(sketches.args, rid, b.Sketches[rid])
		}
		if err := sketches.flush(ctx); err != nil {
			return fmt.Errorf("store: saving %d sketches to %s: %w", len(rids), s.path, err)
		}
	}
	w := eventWriter{
		events:         rowsInsert{tx: tx, head: sqlInsertEvent, columns: eventColumns},
		members:        rowsInsert{tx: tx, head: sqlInsertMember, columns: memberColumns},
		tolls:          rowsInsert{tx: tx, head: sqlInsertToll, columns: tollColumns},
		contradictions: rowsInsert{tx: tx, head: sqlInsertContradiction, columns: contradictionColumns},
	}
	defer w.close()
	if len(b.Events) > 0 {
		if err := tx.QueryRowContext(ctx, sqlNextEvent).Scan(&w.next); err != nil {
			return fmt.Errorf("store: saving events to %s: %w", s.path, err)
		}
	}
	for i := range b.Events {
		if err := octx.Err(); err != nil {
			return fmt.Errorf("store: saving events to %s: %w", s.path, err)
		}
		if err := w.add(ctx, &b.Events[i], digests[i]); err != nil {
			return fmt.Errorf("store: saving event %q to %s: %w", b.Events[i].ID, s.path, err)
		}
	}
	// The events first, then the rows that refer to them (no other table
	// refers to these).
	if err := w.flush(ctx); err != nil {
		return fmt.Errorf("store: saving %d events to %s: %w", len(b.Events), s.path, err)
	}
	for _, d := range b.Denials {
		st, err := prep(sqlInsertDenial)
		if err != nil {
			return fmt.Errorf("store: saving events to %s: %w", s.path, err)
		}
		if _, err := st.ExecContext(ctx, d.IncidentID, nullTime(d.Key)); err != nil {
			return fmt.Errorf("store: saving denial %q to %s: %w", d.IncidentID, s.path, err)
		}
	}
	if b.Reindex {
		if _, err := tx.ExecContext(ctx, sqlEventIndexes); err != nil {
			return fmt.Errorf("store: indexing events of %s: %w", s.path, err)
		}
	}
	if b.Done > 0 || b.Reindex {
		if err := markRemoved(ctx, tx); err != nil {
			return fmt.Errorf("store: saving events to %s: %w", s.path, err)
		}
	}
	if b.Done > 0 {
		if _, err := tx.ExecContext(ctx, sqlSetFused, b.Done); err != nil {
			return fmt.Errorf("store: saving events to %s: %w", s.path, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: saving events to %s: committing: %w", s.path, err)
	}
	s.ckpt.committed()
	return nil
}

func clearFusion(ctx context.Context, tx *sql.Tx, sc FuseScope) error {
	var qs []string
	var args [][]any
	switch {
	case sc.All:
		// Bulk load: no secondary indexes until the last batch. Nothing
		// is fused until the last batch says so (FusionBatch.Done): a
		// rebuild cut short leaves every incident it had not written
		// to the next run, which sweeps from the earliest.
		qs = []string{sqlDropEventIndexes, `INSERT OR IGNORE INTO temp.gone_events SELECT id FROM events`,
			`DELETE FROM fusion_progress`,
			`DELETE FROM event_incidents`, `DELETE FROM fused_denials`,
			`DELETE FROM event_tolls`, `DELETE FROM event_contradictions`, `DELETE FROM events`}
		args = make([][]any, len(qs))
	case sc.From != nil:
		from := sc.From.Unix()
		// The events the run read (sqlFuseIncremental): those open at
		// from.
		qs = []string{
			`DELETE FROM event_incidents WHERE key >= ?`,
			`DELETE FROM event_incidents WHERE event IN (SELECT id FROM events WHERE closed_key >= ?)`,
			`DELETE FROM fused_denials WHERE key >= ?`,
			`INSERT OR IGNORE INTO temp.gone_events SELECT id FROM events WHERE closed_key >= ?`,
			`DELETE FROM events WHERE closed_key >= ?`,
		}
		args = [][]any{{from}, {from}, {from}, {from}, {from}}
	}
	for i, q := range qs {
		if _, err := tx.ExecContext(ctx, q, args[i]...); err != nil {
			return err
		}
	}
	return nil
}

// eventWriter queues the rows of a batch's events (events, with the key
// next, then next+1..., and the rows that refer to them) for multi-row
// INSERTs.
type eventWriter struct {
	next                                   int64 // key of the next event
	events, members, tolls, contradictions rowsInsert
	versions                               []version // of the events queued, in order (sqlVersions)
}

// version is an event's id and content digest, as sqlVersions reads them.
type version struct {
	ID     string
	Digest int64
}

// MarshalJSON writes v as the array [id, digest].
func (v version) MarshalJSON() ([]byte, error) {
	id, err := json.Marshal(v.ID)
	if err != nil {
		return nil, err
	}
	return fmt.Appendf(nil, "[%s,%d]", id, v.Digest), nil
}

// add queues an event whose content digest is d, the rows of its
// incidents, tolls and contradictions, and its version (written by flush,
// the batch's in one statement).
func (w *eventWriter) add(ctx context.Context, e *FusedEvent, d int64) error {
	pk := w.next
	w.next++
	l := &e.Location
	var first, last any
	for _, k := range e.Keys {
		if k.IsZero() {
			continue
		}
		if first == nil || k.Unix() < first.(int64) {
			first = k.Unix()
		}
		if last == nil || k.Unix() > last.(int64) {
			last = k.Unix()
		}
	}
	var closed any // NULL for an event of no key, which no run replays
	switch {
	case e.Closed != 0:
		closed = e.Closed
	case last != nil:
		closed = last.(int64) + unknownClosing
	}
	var ts, te any
	if e.TimeStart != nil {
		ts = e.TimeStart.Unix()
	}
	if e.TimeEnd != nil {
		te = e.TimeEnd.Unix()
	}
	kc, ka := nullCount(e.Killed)
	ic, ia := nullCount(e.Injured)
	dc, da := nullCount(e.Detained)
	nc, na := nullCount(e.Kidnapped)
	outlets, _ := json.Marshal(orEmpty(e.Outlets))
	actors, _ := json.Marshal(orEmpty(e.Actors))
	w.events.args = append(w.events.args, pk, e.ID, string(e.Type), nullString(l.StateCode), nullString(l.State),
		nullString(l.MunicipalityCode), nullString(l.Municipality), nullString(l.Locality),
		nullString(l.Place), nullFloat(l.Lat), nullFloat(l.Lon), int(l.Precision), ts, te,
		nullString(string(e.TimePrecision)), kc, ka, ic, ia, dc, da, nc, na, e.Severity, e.Confidence,
		e.Sources, e.Reports, string(outlets), string(actors), first, last,
		strings.Join(e.IncidentIDs, idSep), strings.Join(e.ReportIDs, idSep), nullBytes(e.JSON), nullString(string(l.Basis)), nullString(l.Neighborhood), closed, nullString(e.Holds))
	w.versions = append(w.versions, version{e.ID, d})
	for i, id := range e.IncidentIDs {
		var key any
		if i < len(e.Keys) && !e.Keys[i].IsZero() {
			key = e.Keys[i].Unix()
		}
		rid := ""
		if i < len(e.ReportIDs) {
			rid = e.ReportIDs[i]
		}
		trail := ""
		if i < len(e.Trails) {
			trail = e.Trails[i]
		}
		w.members.args = append(w.members.args, e.ID, i, id, rid, key, nullString(trail))
	}
	n := 0
	for _, c := range e.Contradictions {
		for _, v := range c.Values {
			ids, _ := json.Marshal(orEmpty(v.ReportIDs))
			w.contradictions.args = append(w.contradictions.args, pk, n, c.Field, v.Value, string(ids))
			n++
		}
	}
	for i, t := range e.Tolls {
		w.tolls.args = append(w.tolls.args, pk, i, t.Time.Unix(), t.Field, t.N, t.ReportID)
	}
	return w.spill(ctx)
}

// spill inserts the queued rows of each table that fill a statement, the
// events first (the others refer to them).
func (w *eventWriter) spill(ctx context.Context) error {
	return spillRows(ctx, &w.events, &w.members, &w.contradictions, &w.tolls)
}

// flush inserts the rows still queued: the events, then the rows
// referring to them.
func (w *eventWriter) flush(ctx context.Context) error {
	if err := flushRows(ctx, &w.events, &w.members, &w.contradictions, &w.tolls); err != nil {
		return err
	}
	if len(w.versions) == 0 {
		return nil
	}
	vs, err := json.Marshal(w.versions)
	if err != nil {
		return fmt.Errorf("versioning: %w", err)
	}
	if _, err := w.events.tx.ExecContext(ctx, sqlVersions, string(vs)); err != nil {
		return fmt.Errorf("versioning: %w", err)
	}
	w.versions = w.versions[:0]
	return nil
}

func (w *eventWriter) close() {
	for _, ri := range []*rowsInsert{&w.events, &w.members, &w.contradictions, &w.tolls} {
		ri.close()
	}
}

// nullBytes is b, or NULL when it is nil.
func nullBytes(b []byte) any {
	if b == nil {
		return nil
	}
	return b
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func scanEvent(rows *sql.Rows) (model.Event, int64, error) {
	var (
		e               model.Event
		pk              int64
		lat, lon        sql.NullFloat64
		ts, te          sql.NullInt64
		kn, in, dn, nn  sql.NullInt64
		ka, ia, da, na  sql.NullBool
		typ, tp         string
		precision       int
		outlets, actors string
		iids, rids      string
	)
	loc := &e.Location
	var basis string
	err := rows.Scan(&pk, &e.ID, &typ, &loc.StateCode, &loc.State, &loc.MunicipalityCode,
		&loc.Municipality, &loc.Locality, &loc.Place, &loc.Neighborhood, &lat, &lon, &precision, &basis, &ts, &te, &tp,
		&kn, &ka, &in, &ia, &dn, &da, &nn, &na, &e.Severity, &e.Confidence, &e.Sources, &e.Reports,
		&outlets, &actors, &iids, &rids)
	if err != nil {
		return e, 0, err
	}
	loc.Basis = model.GeoBasis(basis)
	e.Type = model.IncidentType(typ)
	e.TimePrecision = model.TimePrecision(tp)
	loc.Precision = model.GeoPrecision(precision)
	loc.Lat, loc.Lon = floatPtr(lat), floatPtr(lon)
	if ts.Valid {
		t := time.Unix(ts.Int64, 0).UTC()
		e.TimeStart = &t
	}
	if te.Valid {
		t := time.Unix(te.Int64, 0).UTC()
		e.TimeEnd = &t
	}
	e.Killed = countPtr(kn, ka)
	e.Injured = countPtr(in, ia)
	e.Detained = countPtr(dn, da)
	e.Kidnapped = countPtr(nn, na)
	if outlets != "[]" {
		if err := json.Unmarshal([]byte(outlets), &e.Outlets); err != nil {
			return e, 0, fmt.Errorf("outlets of event %q: %w", e.ID, err)
		}
	}
	if actors != "[]" {
		if err := json.Unmarshal([]byte(actors), &e.Actors); err != nil {
			return e, 0, fmt.Errorf("actors of event %q: %w", e.ID, err)
		}
	}
	if len(e.Outlets) == 0 {
		e.Outlets = nil
	}
	if iids != "" {
		e.IncidentIDs = strings.Split(iids, idSep)
		e.ReportIDs = strings.Split(rids, idSep)
	}
	if len(e.Actors) == 0 {
		e.Actors = nil
	}
	return e, pk, nil
}
