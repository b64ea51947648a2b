package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/atalaya/atalaya/model"
)

// The three queries of an event listing run over the same selection, in
// the same order (the %[1]s verb), and are merged: the events (with the
// ids of their incidents and reports), their contradictions and their toll
// history. A listing with a
// limit selects its page once and passes the keys as a JSON array
// (eventPageQueries); a listing without one selects in a CTE.
const (
	sqlListEvents = ` SELECT e.pk, e.id, e.type,
	coalesce(e.state_code, ''), coalesce(e.state, ''), coalesce(e.municipality_code, ''),
	coalesce(e.municipality, ''), coalesce(e.locality, ''), coalesce(e.place, ''), coalesce(e.neighborhood, ''),
	e.lat, e.lon, e.geo_precision, coalesce(e.geo_basis, ''), e.time_start, e.time_end, coalesce(e.time_precision, ''),
	e.killed, e.killed_at_least, e.injured, e.injured_at_least,
	e.detained, e.detained_at_least, e.kidnapped, e.kidnapped_at_least,
	e.severity, e.confidence, e.sources, e.reports, e.outlets, e.actors, e.incident_ids, e.report_ids
	FROM sel JOIN events e ON e.pk = sel.pk ORDER BY %[1]s`
	sqlListContradictions = ` SELECT c.event, c.field, c.value, c.report_ids
	FROM sel JOIN event_contradictions c ON c.event = sel.pk ORDER BY %[1]s, c.ordinal`
	sqlListTolls = ` SELECT t.event, t.time, t.field, t.n, t.report_id
	FROM sel JOIN event_tolls t ON t.event = sel.pk ORDER BY %[1]s, t.ordinal`

	// The event listing orders: by start time then id with unknown times
	// last, and the same when no time is unknown (which the index
	// events_time_geo delivers).
	eventOrder      = "time_start IS NULL, time_start, id"
	eventKnownOrder = "time_start, id"

	sqlLatestEventChange = `SELECT coalesce(max(seq), 0) FROM event_versions`
	// The events changed after a fusion sequence number, in its order.
	// An event without its row is listed when it was removed (digest 0);
	// otherwise fusion is rewriting it.
	sqlChangedEvents = `SELECT v.seq, e.pk, v.id FROM event_versions v LEFT JOIN events e ON e.id = v.id
	WHERE v.seq > ? AND (e.pk IS NOT NULL OR v.digest = 0) ORDER BY v.seq LIMIT ?`
	// sqlEventsByKey selects events by key, in the order of a JSON array of
	// keys, with the columns eventPage expects.
	sqlEventsByKey = `SELECT value, NULL, NULL FROM json_each(?) ORDER BY key`
)

// eventPageQueries are the three queries of a page of events whose keys are
// known, passed as a JSON array. They have no ORDER BY, which would sort
// in a temporary B-tree at every request: readEventPage puts the rows in
// the order of the keys, and the children of each event in the order of
// their ordinal.
var eventPageQueries = [3]string{
	`SELECT e.pk, e.id, e.type,
	coalesce(e.state_code, ''), coalesce(e.state, ''), coalesce(e.municipality_code, ''),
	coalesce(e.municipality, ''), coalesce(e.locality, ''), coalesce(e.place, ''), coalesce(e.neighborhood, ''),
	e.lat, e.lon, e.geo_precision, coalesce(e.geo_basis, ''), e.time_start, e.time_end, coalesce(e.time_precision, ''),
	e.killed, e.killed_at_least, e.injured, e.injured_at_least,
	e.detained, e.detained_at_least, e.kidnapped, e.kidnapped_at_least,
	e.severity, e.confidence, e.sources, e.reports, e.outlets, e.actors, e.incident_ids, e.report_ids
	FROM json_each(?1) j CROSS JOIN events e ON e.pk = j.value`,
	`SELECT c.event, c.ordinal, c.field, c.value, c.report_ids
	FROM json_each(?1) j CROSS JOIN event_contradictions c ON c.event = j.value`,
	`SELECT t.event, t.ordinal, t.time, t.field, t.n, t.report_id
	FROM json_each(?1) j CROSS JOIN event_tolls t ON t.event = j.value`,
}

// eventWhere returns the conditions of f on the events table and their
// arguments, and whether they exclude unknown start times.
func eventWhere(f EventFilter) (conds []string, args []any, knownTime bool) {
	var w sqlWhere
	knownTime = w.timeRange("time_start", f.Since, f.Until)
	knownTime = w.dayRange("time_start", "state_code", "municipality_code", f.SinceDay, f.UntilDay) || knownTime
	w.equal("id", f.ID)
	w.equal("state_code", f.StateCode)
	w.equal("municipality_code", f.MunicipalityCode)
	w.equal("type", string(f.Type))
	if f.MinSeverity > 0 {
		w.add("severity >= ?", f.MinSeverity)
	}
	if f.MinSources > 0 {
		w.add("sources >= ?", f.MinSources)
	}
	if b := f.BBox; b != nil {
		w.add("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?", b.MinLon, b.MaxLon, b.MinLat, b.MaxLat)
	}
	if f.Actor != "" {
		w.add("EXISTS (SELECT 1 FROM json_each(actors) WHERE json_extract(value, '$.name') = ? COLLATE NOCASE)", f.Actor)
	}
	w.text(f.Text, `id IN (SELECT m.event FROM incident_text t
		JOIN incidents i ON i.pk = t.rowid >> 10 JOIN event_incidents m ON m.incident_id = i.id
		WHERE incident_text MATCH ?)`)
	w.after("time_start", f.After)
	return w.conds, w.args, knownTime
}

// eventSelection returns the selection of the events matching f. A box is
// looked up in the spatial index first, in transaction q (nil: on its
// own). With keys set, a sparse box's events are selected by the keys
// that lookup lists (boxSel.sparse), which q must then read; otherwise
// by the same lookup again, inside the listing's query.
func (s *Store) eventSelection(ctx context.Context, q txStmt, f EventFilter, keys bool) (sel boxSel, err error) {
	conds, args, known := eventWhere(f)
	sel = boxSel{from: "events", conds: conds, args: args, order: eventOrder}
	if known {
		sel.order = eventKnownOrder
	}
	b := f.BBox
	if b == nil {
		return sel, nil
	}
	// As for incidents (see Incidents): the box's events from the spatial
	// index, unless there are denseBox of them or more; then, with a time
	// range, the range is scanned in order on the index that covers
	// coordinates, which fills a page soon.
	geo, geoArgs := probeConds(b, f.Since, f.Until)
	// The probe counts in SQL, and lists the keys of a sparse box as a
	// JSON array in the same row when keys is set; otherwise they are
	// selected again by the listing, rather than read here one row at a
	// time.
	inBox := "SELECT event FROM event_geo WHERE " + strings.Join(geo, " AND ")
	probe := "SELECT count(*), '[]' FROM (" + inBox + " LIMIT " + strconv.Itoa(denseBox) + ")"
	if keys {
		probe = "SELECT count(*), json_group_array(event) FROM (" + inBox + " LIMIT " + strconv.Itoa(denseBox) + ")"
	}
	n, list, err := s.probeBox(ctx, q, probe, geoArgs)
	if err != nil {
		return sel, fmt.Errorf("store: listing events of %s: %w", s.path, err)
	}
	switch {
	case n == 0:
		sel.from = ""
	case n < denseBox && keys:
		sel.sparse = true
		sel.conds = append([]string{"pk IN (SELECT value FROM json_each(?))"}, sel.conds...)
		sel.args = append([]any{list}, sel.args...)
	case n < denseBox:
		sel.conds = append([]string{"pk IN (" + inBox + ")"}, sel.conds...)
		sel.args = append(geoArgs[:len(geoArgs):len(geoArgs)], sel.args...)
	case !known:
		sel.from = "event_geo CROSS JOIN events ON pk = event"
		sel.conds = append(geo, sel.conds...)
		sel.args = append(geoArgs, sel.args...)
	}
	return sel, nil
}

// boxSel is a selection of events: the table expression (none can match
// when empty), the conditions and their arguments, the order.
type boxSel struct {
	from  string
	conds []string
	args  []any
	order string
	// sparse says that the selection is the keys of a sparse box, passed
	// as a JSON array (fewer than denseBox events).
	sparse bool
}

// where returns the WHERE clause of the conditions ("" when none).
func (b boxSel) where() string {
	if len(b.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(b.conds, " AND ")
}

// txStmt is a transaction, which runs prepared statements.
type txStmt interface {
	StmtContext(ctx context.Context, st *sql.Stmt) *sql.Stmt
}

// probeBox runs query, which counts the rows of a box and lists them, with
// the statement cache, through q.
func (s *Store) probeBox(ctx context.Context, q txStmt, query string, args []any) (int, string, error) {
	st, cached, err := s.stmt(ctx, query)
	if err != nil {
		return 0, "", err
	}
	if !cached {
		defer st.Close()
	}
	if q != nil {
		st = q.StmtContext(ctx, st)
	}
	var (
		n    int
		list string
	)
	err = st.QueryRowContext(ctx, args...).Scan(&n, &list)
	return n, list, err
}

// Events calls fn for each event matching f, ordered by start time then id
// (unknown times last), with its members, contradictions and toll
// history. It reads one consistent snapshot. An error from fn stops the
// listing and is returned as is.
func (s *Store) Events(ctx context.Context, f EventFilter, fn func(model.Event) error) error {
	bs, err := s.eventSelection(ctx, nil, f, false)
	if err != nil || bs.from == "" {
		return err
	}
	args := bs.args
	sel := "SELECT pk, time_start, id FROM " + bs.from + bs.where()
	if f.Limit > 0 {
		return s.eventPage(ctx, sel+" ORDER BY "+bs.order+limitClause(f.Limit), args, fn)
	}
	cte := "WITH sel AS (" + sel + ")"
	outer := "sel." + strings.ReplaceAll(bs.order, ", ", ", sel.")
	var qs [3]string
	for i, q := range []string{sqlListEvents, sqlListContradictions, sqlListTolls} {
		qs[i] = cte + fmt.Sprintf(q, outer)
	}
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("store: listing events of %s: %w", s.path, err)
	}
	defer tx.Rollback()
	var cur [3]*sql.Rows
	for i, q := range qs {
		if cur[i], err = tx.QueryContext(ctx, q, args...); err != nil {
			return fmt.Errorf("store: listing events of %s: %w", s.path, err)
		}
		defer cur[i].Close()
	}
	return s.readEvents(cur, fn)
}

// EventJSON is a listed event as fusion stored its JSON.
type EventJSON struct {
	ID        string
	TimeStart *time.Time // nil when unknown
	Lat, Lon  *float64   // nil when unknown
	// JSON is the event's object as FusedEvent.JSON gave it, nil when it
	// was stored without one. It is valid only during the call of fn.
	JSON []byte
}

// EventsJSON calls fn for each event matching f, in the order of Events,
// with the JSON fusion stored with it: one query, no decoding. An event
// stored without JSON (before schema version 7, until fusion writes it
// again) comes with JSON nil; Events reads it whole. An error from fn
// stops the listing and is returned as is.
//
// A page (a limit, no full-text or actor filter) is selected from the
// in-memory index of events (see eventIndex) and its rows read by key.
// Otherwise, the events of a sparse box (see eventSelection) are looked
// up by the keys the probe of the spatial index listed, in one snapshot with it,
// and put in order before their JSON is read: SQLite would otherwise sort
// them whole, JSON included, in a temporary B-tree.
func (s *Store) EventsJSON(ctx context.Context, f EventFilter, fn func(EventJSON) error) error {
	if f.Limit > 0 && f.Text == "" && f.Actor == "" {
		if done, err := s.indexedEventsJSON(ctx, f, fn); done || err != nil {
			return err
		}
	}
	return s.sqlEventsJSON(ctx, f, fn)
}

// sqlEventsJSON is EventsJSON answered by SQL alone: a listing without a
// limit, one that filters by full text or actor, or when the event index
// cannot answer.
func (s *Store) sqlEventsJSON(ctx context.Context, f EventFilter, fn func(EventJSON) error) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("store: listing events of %s: %w", s.path, err)
	}
	defer tx.Rollback()
	bs, err := s.eventSelection(ctx, tx, f, true)
	if err != nil || bs.from == "" {
		return err
	}
	limit := ""
	if f.Limit > 0 {
		limit = limitClause(f.Limit)
	}
	q := "SELECT id, time_start, lat, lon, record FROM " + bs.from + bs.where() + " ORDER BY " + bs.order + limit
	if bs.sparse {
		// The page's keys in order first, then their JSON: the outer
		// order is the subquery's, which SQLite keeps without sorting
		// again (NULLS LAST is eventOrder's "time_start IS NULL" first).
		q = "SELECT e.id, e.time_start, e.lat, e.lon, e.record FROM (SELECT pk, time_start AS t, id AS i FROM events" +
			bs.where() + " ORDER BY time_start NULLS LAST, id" + limit + ") k CROSS JOIN events e ON e.pk = k.pk ORDER BY k.t NULLS LAST, k.i"
	}
	st, cached, err := s.stmt(ctx, q)
	if err != nil {
		return fmt.Errorf("store: listing events of %s: %w", s.path, err)
	}
	if !cached {
		defer st.Close()
	}
	rows, err := tx.StmtContext(ctx, st).QueryContext(ctx, bs.args...)
	if err != nil {
		return fmt.Errorf("store: listing events of %s: %w", s.path, err)
	}
	defer rows.Close()
	if err := scanEventJSON(rows, f.Limit, fn); err != nil {
		if errors.Is(err, errScan) {
			return fmt.Errorf("store: listing events of %s: %w", s.path, err)
		}
		return err
	}
	return nil
}

// errScan marks an error of scanEventJSON's rows, not of its fn.
var errScan = errors.New("reading a row")

// scanEventJSON calls fn with each row of rows (id, time_start, lat, lon,
// record) as an EventJSON, whose JSON is valid during the call only; n,
// when not 0, is how many rows there are at most. An error of rows wraps
// errScan; one of fn is returned as is.
func scanEventJSON(rows *sql.Rows, n int, fn func(EventJSON) error) error {
	if n <= 0 || n > 256 {
		n = 32
	}
	var (
		e        EventJSON
		ts       sql.NullInt64
		lat, lon sql.NullFloat64
		rec      sql.RawBytes
		// The times and coordinates the events point to, a block at a
		// time rather than one allocation each (a block that append
		// replaces stays where the events before point).
		times  = make([]time.Time, 0, n)
		coords = make([]float64, 0, 2*n)
	)
	for rows.Next() {
		if err := rows.Scan(&e.ID, &ts, &lat, &lon, &rec); err != nil {
			return fmt.Errorf("%w: %w", errScan, err)
		}
		e.TimeStart, e.Lat, e.Lon, e.JSON = nil, nil, nil, nil
		if ts.Valid {
			times = append(times, time.Unix(ts.Int64, 0).UTC())
			e.TimeStart = &times[len(times)-1]
		}
		if lat.Valid {
			coords = append(coords, lat.Float64)
			e.Lat = &coords[len(coords)-1]
		}
		if lon.Valid {
			coords = append(coords, lon.Float64)
			e.Lon = &coords[len(coords)-1]
		}
		if rec != nil {
			e.JSON = rec
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%w: %w", errScan, err)
	}
	return nil
}

// FillEventJSON stores, for each event stored without JSON (before schema
// version 7), the JSON encode returns for it (see FusedEvent.JSON), a
// batch of events per transaction, and returns how many it filled. An
// event that fusion rewrites meanwhile keeps the JSON fusion gave it.
func (s *Store) FillEventJSON(ctx context.Context, encode func(model.Event) ([]byte, error)) (int, error) {
	const batch = 1024
	filled := 0
	for {
		keys, n, err := s.keys(ctx, `SELECT pk FROM events INDEXED BY events_without_record
			WHERE record IS NULL LIMIT `+strconv.Itoa(batch), nil)
		if err != nil {
			return filled, fmt.Errorf("store: finding events without JSON in %s: %w", s.path, err)
		}
		if n == 0 {
			return filled, nil
		}
		type rec struct {
			id string
			b  []byte
		}
		var recs []rec
		err = s.eventPage(ctx, sqlEventsByKey, []any{keys}, func(e model.Event) error {
			b, err := encode(e)
			if err != nil {
				return err
			}
			recs = append(recs, rec{e.ID, b})
			return nil
		})
		if err != nil {
			return filled, fmt.Errorf("store: encoding events of %s: %w", s.path, err)
		}
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			return filled, fmt.Errorf("store: filling event JSON in %s: %w", s.path, err)
		}
		s.ckpt.committed()
		for _, r := range recs {
			if _, err := tx.ExecContext(ctx, `UPDATE events SET record = ? WHERE id = ? AND record IS NULL`, r.b, r.id); err != nil {
				tx.Rollback()
				return filled, fmt.Errorf("store: filling the JSON of event %q in %s: %w", r.id, s.path, err)
			}
		}
		if err := tx.Commit(); err != nil {
			return filled, fmt.Errorf("store: filling event JSON in %s: %w", s.path, err)
		}
		if len(recs) == 0 { // the batch was removed meanwhile; left to the next call
			return filled, nil
		}
		filled += len(recs)
	}
}

// eventPage lists the events whose keys the selection query returns (pk
// its first column, then two more), in its order, in one read transaction.
func (s *Store) eventPage(ctx context.Context, query string, args []any, fn func(model.Event) error) error {
	// Statements are prepared before the transaction takes a connection:
	// preparing takes one too, and the pool is bounded.
	selStmt, cached, err := s.stmt(ctx, query)
	if err != nil {
		return fmt.Errorf("store: listing events of %s: %w", s.path, err)
	}
	if !cached {
		defer selStmt.Close()
	}
	var page [3]*sql.Stmt
	for i, q := range eventPageQueries {
		st, cached, err := s.stmt(ctx, q)
		if err != nil {
			return fmt.Errorf("store: listing events of %s: %w", s.path, err)
		}
		if !cached {
			defer st.Close()
		}
		page[i] = st
	}
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("store: listing events of %s: %w", s.path, err)
	}
	defer tx.Rollback()
	keys, pks, err := eventKeys(ctx, tx.StmtContext(ctx, selStmt), args)
	if err != nil {
		return fmt.Errorf("store: listing events of %s: %w", s.path, err)
	}
	if len(pks) == 0 {
		return nil
	}
	var cur [3]*sql.Rows
	for i, st := range page {
		if cur[i], err = tx.StmtContext(ctx, st).QueryContext(ctx, keys); err != nil {
			return fmt.Errorf("store: listing events of %s: %w", s.path, err)
		}
		defer cur[i].Close()
	}
	return s.readEventPage(cur, pks, fn)
}

// eventKeys runs a selection of events (pk first of three columns) and
// returns their keys as a JSON array and in order.
func eventKeys(ctx context.Context, st *sql.Stmt, args []any) (string, []int64, error) {
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return "", nil, err
	}
	defer rows.Close()
	var (
		b   = []byte{'['}
		pks []int64
		pk  int64
		x   any
	)
	for rows.Next() {
		if err := rows.Scan(&pk, &x, &x); err != nil {
			return "", nil, err
		}
		if len(pks) > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, pk, 10)
		pks = append(pks, pk)
	}
	if err := rows.Err(); err != nil {
		return "", nil, err
	}
	return string(append(b, ']')), pks, nil
}

// ordered is a child row of an event with its ordinal.
type ordered[T any] struct {
	ordinal int
	val     T
}

// byEvent reads child rows (event pk, ordinal, then what scan reads) into
// lists per event, each in the order of the ordinals.
func byEvent[T any](rows *sql.Rows, scan func(*sql.Rows, *int64, *int) (T, error)) (map[int64][]T, error) {
	var (
		tmp = map[int64][]ordered[T]{}
		pk  int64
		ord int
	)
	for rows.Next() {
		v, err := scan(rows, &pk, &ord)
		if err != nil {
			return nil, err
		}
		tmp[pk] = append(tmp[pk], ordered[T]{ord, v})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make(map[int64][]T, len(tmp))
	for pk, vs := range tmp {
		slices.SortFunc(vs, func(a, b ordered[T]) int { return a.ordinal - b.ordinal })
		list := make([]T, len(vs))
		for i, v := range vs {
			list[i] = v.val
		}
		out[pk] = list
	}
	return out, nil
}

// readEventPage reads the rows of the three page queries and calls fn with
// the events in the order of pks.
func (s *Store) readEventPage(cur [3]*sql.Rows, pks []int64, fn func(model.Event) error) error {
	claims, err := byEvent(cur[1], func(r *sql.Rows, pk *int64, ord *int) (claimRow, error) {
		var (
			c   claimRow
			ids string
		)
		if err := r.Scan(pk, ord, &c.field, &c.Value, &ids); err != nil {
			return c, err
		}
		return c, json.Unmarshal([]byte(ids), &c.ReportIDs)
	})
	if err != nil {
		return fmt.Errorf("store: contradictions of events in %s: %w", s.path, err)
	}
	tolls, err := byEvent(cur[2], func(r *sql.Rows, pk *int64, ord *int) (model.TollChange, error) {
		var (
			tc model.TollChange
			t  int64
		)
		err := r.Scan(pk, ord, &t, &tc.Field, &tc.N, &tc.ReportID)
		tc.Time = time.Unix(t, 0).UTC()
		return tc, err
	})
	if err != nil {
		return fmt.Errorf("store: tolls of events in %s: %w", s.path, err)
	}
	at := make(map[int64]int, len(pks))
	for i, pk := range pks {
		at[pk] = i
	}
	events := make([]model.Event, len(pks))
	found := make([]bool, len(pks))
	rows := cur[0]
	for rows.Next() {
		e, pk, err := scanEvent(rows)
		if err != nil {
			return fmt.Errorf("store: listing events of %s: %w", s.path, err)
		}
		i, ok := at[pk]
		if !ok {
			continue
		}
		fill(&e, claims[pk], tolls[pk])
		events[i], found[i] = e, true
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: listing events of %s: %w", s.path, err)
	}
	for i := range events {
		if !found[i] {
			continue
		}
		if err := fn(events[i]); err != nil {
			return err
		}
	}
	return nil
}

// fill sets an event's contradictions and toll history from its child
// rows.
func fill(e *model.Event, cs []claimRow, tolls []model.TollChange) {
	for _, c := range cs {
		if n := len(e.Contradictions); n == 0 || e.Contradictions[n-1].Field != c.field {
			e.Contradictions = append(e.Contradictions, model.Contradiction{Field: c.field})
		}
		last := &e.Contradictions[len(e.Contradictions)-1]
		last.Values = append(last.Values, c.ClaimedValue)
	}
	e.Tolls = tolls
}

// claimRow is a contradicted value of a listed event.
type claimRow struct {
	field string
	model.ClaimedValue
}

// readEvents merges the rows of the three listing queries into events.
func (s *Store) readEvents(cur [3]*sql.Rows, fn func(model.Event) error) error {
	claims := &children[claimRow]{rows: cur[1], scan: func(r *sql.Rows) (int64, claimRow, error) {
		var pk int64
		var c claimRow
		var ids string
		if err := r.Scan(&pk, &c.field, &c.Value, &ids); err != nil {
			return 0, c, err
		}
		return pk, c, json.Unmarshal([]byte(ids), &c.ReportIDs)
	}}
	tolls := &children[model.TollChange]{rows: cur[2], scan: func(r *sql.Rows) (int64, model.TollChange, error) {
		var pk, t int64
		var tc model.TollChange
		err := r.Scan(&pk, &t, &tc.Field, &tc.N, &tc.ReportID)
		tc.Time = time.Unix(t, 0).UTC()
		return pk, tc, err
	}}
	rows := cur[0]
	for rows.Next() {
		e, pk, err := scanEvent(rows)
		if err != nil {
			return fmt.Errorf("store: listing events of %s: %w", s.path, err)
		}
		cs, err := claims.take(pk)
		if err != nil {
			return fmt.Errorf("store: contradictions of event %q in %s: %w", e.ID, s.path, err)
		}
		ts, err := tolls.take(pk)
		if err != nil {
			return fmt.Errorf("store: tolls of event %q in %s: %w", e.ID, s.path, err)
		}
		fill(&e, cs, ts)
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: listing events of %s: %w", s.path, err)
	}
	return nil
}

// Event returns the event with this id, or an error wrapping ErrNotFound.
func (s *Store) Event(ctx context.Context, id string) (model.Event, error) {
	var (
		out   model.Event
		found bool
	)
	err := s.Events(ctx, EventFilter{ID: id, Limit: 1}, func(e model.Event) error {
		out, found = e, true
		return nil
	})
	if err != nil {
		return model.Event{}, err
	}
	if !found {
		return model.Event{}, fmt.Errorf("store: event %q: %w", id, ErrNotFound)
	}
	return out, nil
}

// LatestEventChange returns the fusion sequence number of the last change
// of an event (see ChangedEvents), 0 when there is none.
func (s *Store) LatestEventChange(ctx context.Context) (int64, error) {
	var seq int64
	if err := s.r.QueryRowContext(ctx, sqlLatestEventChange).Scan(&seq); err != nil {
		return 0, fmt.Errorf("store: reading the last event change of %s: %w", s.path, err)
	}
	return seq, nil
}

// EventChange is a change of an event that ChangedEvents lists.
type EventChange struct {
	// Seq is the fusion sequence number of the change.
	Seq int64
	// Event is the event in its current state; when Removed, only its ID
	// is set.
	Event model.Event
	// Removed says that fusion removed the event: it merged it into
	// another (which then holds its incidents) or no longer makes it.
	Removed bool
}

// ChangedEvents calls fn with at most limit changes of events made by
// fusion after the sequence number after, in their order: an event created
// or changed, in its current state, or one removed. An event fusion
// rewrites with the same content keeps its number; one a fusion run
// deletes and does not write again is listed as removed once the run ends.
func (s *Store) ChangedEvents(ctx context.Context, after int64, limit int, fn func(EventChange) error) error {
	rows, err := s.r.QueryContext(ctx, sqlChangedEvents, after, limit)
	if err != nil {
		return fmt.Errorf("store: listing changed events of %s: %w", s.path, err)
	}
	var (
		b       = []byte{'['}
		changes []EventChange
		live    = map[string]int{} // id -> index in changes
	)
	for rows.Next() {
		var (
			seq int64
			pk  sql.NullInt64
			id  string
		)
		if err := rows.Scan(&seq, &pk, &id); err != nil {
			rows.Close()
			return fmt.Errorf("store: listing changed events of %s: %w", s.path, err)
		}
		changes = append(changes, EventChange{Seq: seq, Event: model.Event{ID: id}, Removed: !pk.Valid})
		if !pk.Valid {
			continue
		}
		if len(live) > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, pk.Int64, 10)
		live[id] = len(changes) - 1
	}
	err = errors.Join(rows.Err(), rows.Close())
	if err != nil {
		return fmt.Errorf("store: listing changed events of %s: %w", s.path, err)
	}
	if len(live) > 0 {
		// The events are read again by key, in one snapshot: one that
		// fusion has rewritten in between comes in its newer state (and
		// is sent again with its newer number if it changed), one it has
		// removed is skipped (and listed as removed when its run ends).
		found := make([]bool, len(changes))
		err := s.eventPage(ctx, sqlEventsByKey, []any{string(append(b, ']'))}, func(e model.Event) error {
			if i, ok := live[e.ID]; ok { // else its key now holds another event
				changes[i].Event, found[i] = e, true
			}
			return nil
		})
		if err != nil {
			return err
		}
		for i := range changes {
			if !changes[i].Removed && !found[i] {
				changes[i].Seq = -1
			}
		}
	}
	for _, c := range changes {
		if c.Seq < 0 {
			continue
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}
