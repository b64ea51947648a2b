package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// eventIndex holds in memory what a page of events is selected by: each
// event's id, start time and the day it starts at its place,
// coordinates, type, state, municipality, severity and sources, in
// columns, in the listing order (start time then id, unknown times last).
// EventsJSON selects a page here and reads only the page's rows, by id,
// in one statement.
//
// An index is never changed once made: an update makes a new one, which
// readers then load (eventIndexer), so that a read needs no lock.
//
// It reflects the fusion sequence up to seq (event_versions): a change of
// an event's content gives the event the next number, in the same
// transaction. An event fusion rewrites with the same content keeps its
// number, and so its entry here, which is why entries are by id (its key
// may change). An event that fusion has deleted and not yet written
// again or marked removed (in the middle of a run) is absent from the
// store's snapshot; its entry, if any, is skipped when the page is read.
type eventIndex struct {
	seq int64
	// timed is how many entries have a start time: they come first.
	timed int
	ids   []string
	// pk holds each event's key, by which its row is read. Fusion gives
	// an event it writes again a new key, with the same number when its
	// content is the same: a read that finds a key stale reads the event
	// by id and sets its key here.
	pk []atomic.Int64
	ts []int64
	// day holds each timed entry's day at its place (placeDay), what
	// EventFilter.SinceDay and UntilDay bound; 0 for the untimed.
	day []int32
	// at holds the coordinates, NaN when unknown (no comparison holds).
	at                []lonLat
	severity, sources []int32
	// typ, state and muni are codes of codes' keys; 0 is NULL.
	typ, state, muni []uint16
	codes            map[string]uint16
	// limbo lists the events that the sequence says are stored with
	// content but that the snapshot the index was made from did not
	// hold: fusion was writing them again. They are looked up again at
	// each read, since one written back with the same content takes no
	// new number. stale says that there were more than maxLimbo (a
	// fusion run cut short): the index is not used until the sequence
	// moves on.
	limbo []string
	stale bool
}

// maxLimbo bounds eventIndex.limbo.
const maxLimbo = 1024

// indexRow is an event's row as the index reads it.
type indexRow struct {
	pk                sql.NullInt64
	id                string
	ts                sql.NullInt64
	lat, lon          sql.NullFloat64
	typ               string
	state, muni       sql.NullString
	severity, sources int64
}

// The columns of an indexRow, from events e.
const indexColumns = `e.pk, e.id, e.time_start, e.lat, e.lon, e.type, e.state_code, e.municipality_code, e.severity, e.sources`

const (
	sqlCountEvents  = `SELECT count(*) FROM events`
	sqlIndexTimed   = `SELECT ` + indexColumns + ` FROM events e WHERE e.time_start IS NOT NULL ORDER BY e.time_start, e.id`
	sqlIndexUntimed = `SELECT ` + indexColumns + ` FROM events e WHERE e.time_start IS NULL ORDER BY e.id`
	// The events whose sequence number is later than ?1, and those of
	// the JSON array ?2 (the limbo), with their rows when stored (e.id
	// NULL when not) and the digest of their version (0: removed).
	sqlIndexChanges = `SELECT v.id, v.digest, ` + indexColumns + ` FROM event_versions v LEFT JOIN events e ON e.id = v.id
	WHERE v.seq > ?1 OR v.id IN (SELECT value FROM json_each(?2))`
	// The events the sequence says are stored but which are not.
	sqlIndexLimbo = `SELECT v.id FROM event_versions v WHERE v.digest != 0
	AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = v.id)`
	// The key and listed columns of the events of a JSON array of keys,
	// and of ids, in its order (the CROSS JOIN keeps json_each outside).
	sqlEventsJSONByKey = `SELECT e.pk, e.id, e.record
	FROM json_each(?) j CROSS JOIN events e ON e.pk = j.value`
	sqlEventsJSONByID = `SELECT e.pk, e.id, e.record
	FROM json_each(?) j CROSS JOIN events e ON e.id = j.value`
)

// indexScanner reads index rows; names keeps one copy of each type,
// state and municipality read.
type indexScanner struct {
	names         map[string]string
	pk, ts        sql.NullInt64
	sev, src      sql.NullInt64
	lat, lon      sql.NullFloat64
	id            sql.NullString
	typ, st, muni sql.RawBytes
	dest          []any
}

func newIndexScanner(extra ...any) *indexScanner {
	sc := &indexScanner{names: map[string]string{}}
	sc.dest = append(extra, &sc.pk, &sc.id, &sc.ts, &sc.lat, &sc.lon, &sc.typ, &sc.st, &sc.muni, &sc.sev, &sc.src)
	return sc
}

func (sc *indexScanner) name(b sql.RawBytes) sql.NullString {
	if b == nil {
		return sql.NullString{}
	}
	s, ok := sc.names[string(b)]
	if !ok {
		s = string(b)
		sc.names[s] = s
	}
	return sql.NullString{String: s, Valid: true}
}

func (sc *indexScanner) scan(rows *sql.Rows) (indexRow, error) {
	if err := rows.Scan(sc.dest...); err != nil {
		return indexRow{}, err
	}
	return indexRow{
		pk: sc.pk, id: sc.id.String, ts: sc.ts, lat: sc.lat, lon: sc.lon,
		typ: sc.name(sc.typ).String, state: sc.name(sc.st), muni: sc.name(sc.muni),
		severity: sc.sev.Int64, sources: sc.src.Int64,
	}, nil
}

// rowCompare orders rows as listings do: start time then id, unknown
// times last.
func rowCompare(a, b *indexRow) int {
	if a.ts.Valid != b.ts.Valid {
		if a.ts.Valid {
			return -1
		}
		return 1
	}
	if a.ts.Valid && a.ts.Int64 != b.ts.Int64 {
		return cmp.Compare(a.ts.Int64, b.ts.Int64)
	}
	return cmp.Compare(a.id, b.id)
}

// errIndexCodes says that the events have more distinct types, states
// and municipalities than an index codes; errIndexRange, that a severity
// or a count of sources is out of its range.
var (
	errIndexCodes = errors.New("too many distinct codes for the event index")
	errIndexRange = errors.New("a severity or count of sources out of the event index's range")
)

// lonLat is a point of the index.
type lonLat struct{ lon, lat float64 }

// indexBuilder appends entries to a new index.
type indexBuilder struct {
	x      *eventIndex
	cloned bool // x.codes is its own
}

func newIndexBuilder(seq int64, n int, codes map[string]uint16) *indexBuilder {
	x := &eventIndex{
		seq: seq, codes: codes,
		ids: make([]string, 0, n), pk: make([]atomic.Int64, 0, n), ts: make([]int64, 0, n), day: make([]int32, 0, n),
		at:       make([]lonLat, 0, n),
		severity: make([]int32, 0, n), sources: make([]int32, 0, n),
		typ: make([]uint16, 0, n), state: make([]uint16, 0, n), muni: make([]uint16, 0, n),
	}
	if x.codes == nil {
		x.codes = map[string]uint16{}
	}
	return &indexBuilder{x: x, cloned: codes == nil}
}

func (b *indexBuilder) code(s string, valid bool) (uint16, error) {
	if !valid {
		return 0, nil
	}
	if c, ok := b.x.codes[s]; ok {
		return c, nil
	}
	if len(b.x.codes) >= math.MaxUint16 {
		return 0, errIndexCodes
	}
	if !b.cloned { // the codes are shared with the index updated
		b.x.codes, b.cloned = maps.Clone(b.x.codes), true
	}
	c := uint16(len(b.x.codes) + 1)
	b.x.codes[s] = c
	return c, nil
}

func (b *indexBuilder) addRow(r *indexRow) error {
	typ, err := b.code(r.typ, true)
	if err != nil {
		return err
	}
	state, err := b.code(r.state.String, r.state.Valid)
	if err != nil {
		return err
	}
	muni, err := b.code(r.muni.String, r.muni.Valid)
	if err != nil {
		return err
	}
	x := b.x
	lon, lat := math.NaN(), math.NaN()
	if r.lon.Valid {
		lon = r.lon.Float64
	}
	if r.lat.Valid {
		lat = r.lat.Float64
	}
	var day int32
	if r.ts.Valid {
		x.timed++
		day = placeDay(r.ts.Int64, r.state.String, r.muni.String)
	}
	x.ids, x.ts, x.day = append(x.ids, r.id), append(x.ts, r.ts.Int64), append(x.day, day)
	x.pk = append(x.pk, atomic.Int64{})
	x.pk[len(x.pk)-1].Store(r.pk.Int64)
	if r.severity != int64(int32(r.severity)) || r.sources != int64(int32(r.sources)) {
		return errIndexRange
	}
	x.at = append(x.at, lonLat{lon, lat})
	x.severity, x.sources = append(x.severity, int32(r.severity)), append(x.sources, int32(r.sources))
	x.typ, x.state, x.muni = append(x.typ, typ), append(x.state, state), append(x.muni, muni)
	return nil
}

// copyRange appends the entries [from, to) of o (whose codes x shares or
// extends).
func (b *indexBuilder) copyRange(o *eventIndex, from, to int) {
	if from >= to {
		return
	}
	x := b.x
	x.timed += max(0, min(to, o.timed)-from)
	x.ids, x.ts, x.day = append(x.ids, o.ids[from:to]...), append(x.ts, o.ts[from:to]...), append(x.day, o.day[from:to]...)
	x.at = append(x.at, o.at[from:to]...)
	x.severity, x.sources = append(x.severity, o.severity[from:to]...), append(x.sources, o.sources[from:to]...)
	x.typ, x.state, x.muni = append(x.typ, o.typ[from:to]...), append(x.state, o.state[from:to]...), append(x.muni, o.muni[from:to]...)
	n := len(x.pk)
	x.pk = slices.Grow(x.pk, to-from)[:n+to-from]
	for k := range to - from {
		x.pk[n+k].Store(o.pk[from+k].Load())
	}
}

// entryRow returns entry i as a row, for comparisons (only id and time
// set).
func (x *eventIndex) entryRow(i int) indexRow {
	return indexRow{id: x.ids[i], ts: sql.NullInt64{Int64: x.ts[i], Valid: i < x.timed}}
}

// buildEventIndex reads every event in tx, whose fusion sequence is at
// seq.
func buildEventIndex(ctx context.Context, tx *sql.Tx, seq int64) (*eventIndex, error) {
	var n int
	if err := tx.QueryRowContext(ctx, sqlCountEvents).Scan(&n); err != nil {
		return nil, err
	}
	// The events come in the listing order (the index on start time and
	// id gives it), straight into the columns.
	b := newIndexBuilder(seq, n, nil)
	sc := newIndexScanner()
	for _, q := range []string{sqlIndexTimed, sqlIndexUntimed} {
		rows, err := tx.QueryContext(ctx, q)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			r, err := sc.scan(rows)
			if err == nil {
				err = b.addRow(&r)
			}
			if err != nil {
				rows.Close()
				return nil, err
			}
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return nil, err
		}
	}
	limbo, err := queryStrings(ctx, tx, sqlIndexLimbo)
	if err != nil {
		return nil, err
	}
	b.x.setLimbo(limbo)
	return b.x, nil
}

func (x *eventIndex) setLimbo(ids []string) {
	x.limbo, x.stale = ids, len(ids) > maxLimbo
	if x.stale {
		x.limbo = nil
	}
}

func queryStrings(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, s)
	}
	return out, errors.Join(rows.Err(), rows.Close())
}

// update returns the index at sequence number seq, read in tx: the
// events changed since x's, and those of its limbo, replace their
// entries. Many changes (a rebuild) make a new index from the store.
func (x *eventIndex) update(ctx context.Context, tx *sql.Tx, seq int64) (*eventIndex, error) {
	limbo, err := json.Marshal(x.limbo)
	if err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, sqlIndexChanges, x.seq, string(limbo))
	if err != nil {
		return nil, err
	}
	changed := map[string]bool{}
	var (
		add      []indexRow
		newLimbo []string
	)
	var (
		id     string
		digest int64
		sc     = newIndexScanner(&id, &digest)
	)
	for rows.Next() {
		r, err := sc.scan(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		if changed[id] {
			continue
		}
		changed[id] = true
		switch {
		case r.id != "":
			add = append(add, r)
		case digest != 0:
			newLimbo = append(newLimbo, id)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
	}
	if len(changed) > len(x.ids)/4+1024 {
		return buildEventIndex(ctx, tx, seq)
	}
	if len(add) == 0 && slices.Equal(newLimbo, x.limbo) {
		// Nothing stored changed but what was absent already.
		nx := *x
		nx.seq = seq
		return &nx, nil
	}
	slices.SortFunc(add, func(a, b indexRow) int { return rowCompare(&a, &b) })
	// The entries of the changed events go; the rest are copied a run at
	// a time, with the new rows put in at their places.
	var gone []int
	for i, id := range x.ids {
		if changed[id] {
			gone = append(gone, i)
		}
	}
	b := newIndexBuilder(seq, len(x.ids)+len(add), x.codes)
	i, g := 0, 0
	for j := 0; j <= len(add); j++ {
		end := len(x.ids)
		if j < len(add) {
			end = sort.Search(len(x.ids), func(p int) bool { e := x.entryRow(p); return rowCompare(&add[j], &e) < 0 })
		}
		for i < end {
			stop := end
			if g < len(gone) && gone[g] < end {
				stop = gone[g]
			}
			b.copyRange(x, i, stop)
			i = stop
			if g < len(gone) && gone[g] == i && i < end {
				i++
				g++
			}
		}
		if j < len(add) {
			if err := b.addRow(&add[j]); err != nil {
				return nil, err
			}
		}
	}
	b.x.setLimbo(newLimbo)
	return b.x, nil
}

// indexQuery is a filter as the index applies it: the range of entries
// [lo, hi) its time bounds and cursor leave, and the conditions on each.
type indexQuery struct {
	lo, hi int
	// days says that entries' days are bounded: from sinceDay to
	// untilDay, both included (placeDay).
	days               bool
	sinceDay, untilDay int32
	box                *BBox
	id                 string
	typ, state, muni   uint16 // 0: any
	minSev, minSrc     int64
}

// query returns f as a query of x, and false when nothing can match.
func (x *eventIndex) query(f *EventFilter) (indexQuery, bool) {
	q := indexQuery{hi: len(x.ids), box: f.BBox, id: f.ID, minSev: int64(f.MinSeverity), minSrc: int64(f.MinSources)}
	for _, c := range []struct {
		v  string
		to *uint16
	}{{string(f.Type), &q.typ}, {f.StateCode, &q.state}, {f.MunicipalityCode, &q.muni}} {
		if c.v == "" {
			continue
		}
		code, ok := x.codes[c.v]
		if !ok {
			return q, false
		}
		*c.to = code
	}
	timed := x.ts[:x.timed]
	first := func(t int64) int { return sort.Search(len(timed), func(i int) bool { return timed[i] >= t }) }
	if !f.Since.IsZero() || !f.Until.IsZero() || f.SinceDay != "" || f.UntilDay != "" {
		q.hi = x.timed // unknown times excluded
	}
	if !f.Since.IsZero() {
		q.lo = first(f.Since.Unix())
	}
	if !f.Until.IsZero() {
		q.hi = first(f.Until.Unix())
	}
	// A day's acts are among the instants that may belong to it
	// somewhere (dayFirstUTC, dayLastUTC); their own days decide.
	q.sinceDay, q.untilDay = math.MinInt32, math.MaxInt32
	for _, b := range []struct {
		date  string
		since bool
	}{{f.SinceDay, true}, {f.UntilDay, false}} {
		if b.date == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, b.date)
		if err != nil {
			return q, false // as SQL: a bound that is no date matches nothing
		}
		q.days = true
		if b.since {
			q.sinceDay, q.lo = unixDay(t.Unix()), max(q.lo, first(t.Add(dayFirstUTC).Unix()))
		} else {
			q.untilDay, q.hi = unixDay(t.Unix()), min(q.hi, first(t.Add(dayLastUTC).Unix()))
		}
	}
	if c := f.After; c != nil {
		var p int
		if c.Time != nil {
			t := c.Time.Unix()
			p = sort.Search(len(timed), func(i int) bool { return timed[i] > t || timed[i] == t && x.ids[i] > c.ID })
		} else {
			untimed := x.ids[x.timed:]
			p = x.timed + sort.Search(len(untimed), func(i int) bool { return untimed[i] > c.ID })
		}
		q.lo = max(q.lo, p)
	}
	return q, q.lo < q.hi
}

// match appends to at the positions of the entries of q from position
// from, in order, until it has n; it returns them and the position after
// the last entry it looked at.
func (x *eventIndex) match(q *indexQuery, from, n int, at []int) ([]int, int) {
	i := from
	for ; i < q.hi && len(at) < n; i++ {
		if b := q.box; b != nil {
			// NaN (unknown) fails every comparison, as NULL does.
			p := x.at[i]
			if !(p.lon >= b.MinLon && p.lon <= b.MaxLon && p.lat >= b.MinLat && p.lat <= b.MaxLat) {
				continue
			}
		}
		if q.typ != 0 && x.typ[i] != q.typ || q.state != 0 && x.state[i] != q.state ||
			q.muni != 0 && x.muni[i] != q.muni {
			continue
		}
		if q.minSev > 0 && int64(x.severity[i]) < q.minSev || q.minSrc > 0 && int64(x.sources[i]) < q.minSrc {
			continue
		}
		if q.id != "" && x.ids[i] != q.id {
			continue
		}
		if q.days && (x.day[i] < q.sinceDay || x.day[i] > q.untilDay) {
			continue
		}
		at = append(at, i)
	}
	return at, i
}

// eventIndexer keeps a store's event index: the last made, which reads
// load, and a lock that updates take.
type eventIndexer struct {
	mu  sync.Mutex
	cur atomic.Pointer[eventIndex]
}

// errIndexBehind says that the index is newer than a read's snapshot: the
// read starts again with a newer one.
var errIndexBehind = errors.New("the event index is newer than the snapshot")

// errIndexUnusable says that the index cannot answer now: the listing
// reads the store as it did without one.
var errIndexUnusable = errors.New("the event index cannot answer")

// at returns the index at sequence number seq, the snapshot of tx, made or
// updated in tx when needed. While another read updates it, a read that
// would wait answers by SQL instead (errIndexUnusable) unless wait is set:
// an update copies the index, about 0.2–0.4 s of CPU for 1,000,000 events.
func (ix *eventIndexer) at(ctx context.Context, tx *sql.Tx, seq int64, wait bool) (*eventIndex, error) {
	if x := ix.cur.Load(); x != nil && x.seq == seq && len(x.limbo) == 0 {
		if x.stale {
			return nil, errIndexUnusable
		}
		return x, nil
	}
	if wait {
		ix.mu.Lock()
	} else if !ix.mu.TryLock() {
		return nil, errIndexUnusable
	}
	defer ix.mu.Unlock()
	x := ix.cur.Load()
	var err error
	switch {
	case x == nil:
		x, err = buildEventIndex(ctx, tx, seq)
	case x.seq > seq:
		return nil, errIndexBehind
	case x.stale && x.seq < seq:
		// Its limbo was not kept: made afresh.
		x, err = buildEventIndex(ctx, tx, seq)
	case x.seq < seq || len(x.limbo) > 0:
		x, err = x.update(ctx, tx, seq)
	}
	if err != nil {
		return nil, err
	}
	ix.cur.Store(x)
	if x.stale {
		return nil, errIndexUnusable
	}
	return x, nil
}

// indexedEventsJSON is EventsJSON answered with the event index. It
// returns false, having called fn for no event, when the index cannot
// answer.
func (s *Store) indexedEventsJSON(ctx context.Context, f EventFilter, fn func(EventJSON) error) (bool, error) {
	// Statements are prepared before a transaction takes a connection.
	var st [3]*sql.Stmt
	for i, q := range []string{sqlLatestEventChange, sqlEventsJSONByKey, sqlEventsJSONByID} {
		var (
			cached bool
			err    error
		)
		if st[i], cached, err = s.stmt(ctx, q); err != nil {
			return false, fmt.Errorf("store: listing events of %s: %w", s.path, err)
		}
		if !cached {
			defer st[i].Close()
		}
	}
	for range 3 {
		answered, err := s.indexedPage(ctx, st, f, fn)
		var ce callerError
		switch {
		case errors.As(err, &ce):
			return true, ce.error
		case errors.Is(err, errIndexBehind):
			continue
		case errors.Is(err, errIndexUnusable):
			return false, nil
		case err != nil:
			return answered, fmt.Errorf("store: listing events of %s: %w", s.path, err)
		}
		return true, nil
	}
	return false, nil
}

// callerError is an error of the caller's function, returned as is.
type callerError struct{ error }

func (e callerError) Unwrap() error { return e.error }

// errIndexOrder says that the rows of a page came out of the order of
// their ids.
var errIndexOrder = errors.New("event rows out of the order of their ids")

// errStaleKey stops reading a page by key at an event whose key is
// stale.
var errStaleKey = errors.New("stale event key")

// indexedPage answers a page in one snapshot, with the statements of
// indexedEventsJSON. It returns whether fn was called.
func (s *Store) indexedPage(ctx context.Context, st [3]*sql.Stmt, f EventFilter, fn func(EventJSON) error) (bool, error) {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var seq int64
	if err := tx.StmtContext(ctx, st[0]).QueryRowContext(ctx).Scan(&seq); err != nil {
		return false, err
	}
	x, err := s.index.at(ctx, tx, seq, false)
	if err != nil {
		return false, err
	}
	q, ok := x.query(&f)
	if !ok {
		return false, nil
	}
	var (
		at     = make([]int, 0, f.Limit)
		pks    = make([]int64, 0, f.Limit)
		list   []byte
		pos    = q.lo
		want   = f.Limit
		called bool
	)
	deliver := func(e EventJSON) error {
		called = true
		want--
		if err := fn(e); err != nil {
			return callerError{err}
		}
		return nil
	}
	// The page's events are read by key in one statement, then, from the
	// first whose key is stale or which is absent from the snapshot
	// (fusion is writing it again), by id; the entries after make up for
	// the absent.
	for want > 0 && pos < q.hi {
		at, pos = x.match(&q, pos, want, at[:0])
		if len(at) == 0 {
			break
		}
		pks = pks[:0]
		list = append(list[:0], '[')
		for k, i := range at {
			pks = append(pks, x.pk[i].Load())
			if k > 0 {
				list = append(list, ',')
			}
			list = strconv.AppendInt(list, pks[k], 10)
		}
		rows, err := tx.StmtContext(ctx, st[1]).QueryContext(ctx, string(append(list, ']')))
		if err != nil {
			return called, err
		}
		k := 0
		err = x.pageRows(rows, len(at), func(pk int64, id []byte) (int, error) {
			if pk != pks[k] || string(id) != x.ids[at[k]] {
				return 0, errStaleKey
			}
			k++
			return at[k-1], nil
		}, deliver)
		if err != nil && !errors.Is(err, errStaleKey) {
			return called, err
		}
		if k == len(at) {
			continue
		}
		rest := at[k:]
		ids := make([]string, len(rest))
		for j, i := range rest {
			ids[j] = x.ids[i]
		}
		b, err := json.Marshal(ids)
		if err != nil {
			return called, err
		}
		if rows, err = tx.StmtContext(ctx, st[2]).QueryContext(ctx, string(b)); err != nil {
			return called, err
		}
		j := 0
		err = x.pageRows(rows, len(rest), func(pk int64, id []byte) (int, error) {
			for j < len(rest) && ids[j] != string(id) {
				j++
			}
			if j == len(rest) {
				return 0, errIndexOrder
			}
			x.pk[rest[j]].Store(pk)
			j++
			return rest[j-1], nil
		}, deliver)
		if err != nil {
			return called, err
		}
	}
	return called, nil
}

// pageRows reads rows of events (key, id, JSON), and calls fn with each
// as the EventJSON of the entry that entry returns for the row's key and
// id (its time and coordinates from the index), at most n of them. An
// error of entry or fn stops it and is returned as is.
func (x *eventIndex) pageRows(rows *sql.Rows, n int, entry func(pk int64, id []byte) (int, error), fn func(EventJSON) error) error {
	defer rows.Close()
	var (
		pk      int64
		id, rec sql.RawBytes
		times   = make([]time.Time, 0, n)
		coords  = make([]lonLat, 0, n)
	)
	for rows.Next() {
		if err := rows.Scan(&pk, &id, &rec); err != nil {
			return err
		}
		i, err := entry(pk, id)
		if err != nil {
			return err
		}
		e := EventJSON{ID: x.ids[i]}
		if i < x.timed {
			times = append(times, time.Unix(x.ts[i], 0).UTC())
			e.TimeStart = &times[len(times)-1]
		}
		coords = append(coords, x.at[i])
		if c := &coords[len(coords)-1]; !math.IsNaN(c.lon) {
			e.Lon = &c.lon
		}
		if c := &coords[len(coords)-1]; !math.IsNaN(c.lat) {
			e.Lat = &c.lat
		}
		if rec != nil {
			e.JSON = rec
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// IndexEvents makes the in-memory index of events that pages of
// EventsJSON are selected by, or brings it up to date, now rather than at
// the first page (which it would keep waiting: about a second for 100,000
// events). atalaya serve calls it before it listens.
func (s *Store) IndexEvents(ctx context.Context) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("store: indexing events of %s: %w", s.path, err)
	}
	defer tx.Rollback()
	var seq int64
	if err := tx.QueryRowContext(ctx, sqlLatestEventChange).Scan(&seq); err != nil {
		return fmt.Errorf("store: indexing events of %s: %w", s.path, err)
	}
	if _, err := s.index.at(ctx, tx, seq, true); err != nil && !errors.Is(err, errIndexBehind) && !errors.Is(err, errIndexUnusable) {
		return fmt.Errorf("store: indexing events of %s: %w", s.path, err)
	}
	return nil
}
