package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

const (
	sqlInsertReport = `INSERT INTO reports
	(id, given_id, source, url, kind, lang, title, published, fetched, text, lat, lon, origin)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT(id) DO NOTHING`
	// The rows of a report's incidents, their actors and their evidence
	// are inserted a statement each (rowsInsert), of up to maxRows rows;
	// an incident's key is given, the next after the greatest stored
	// (sqlNextIncident), which is the one SQLite would give it. A
	// constraint they break rolls the whole batch back (OR ROLLBACK), as
	// Save's error would: a statement that can fail no other way needs no
	// statement journal, the copy SQLite keeps of each page it changes to
	// undo the statement alone.
	sqlInsertIncident = `INSERT OR ROLLBACK INTO incidents
	(pk, id, report_id, ordinal, type, state_code, state, municipality_code, municipality,
	 locality, place, lat, lon, geo_precision, time, time_precision,
	 killed, killed_at_least, injured, injured_at_least, detained, detained_at_least,
	 kidnapped, kidnapped_at_least, severity, confidence, denial, tally, geo_basis, neighborhood) VALUES `
	incidentColumns   = 30
	sqlInsertActor    = `INSERT OR ROLLBACK INTO incident_actors (incident, ordinal, name, kind, role) VALUES `
	actorColumns      = 5
	sqlInsertEvidence = `INSERT OR ROLLBACK INTO evidence (incident, ordinal, report_id, start, "end") VALUES `
	evidenceColumns   = 5
	sqlNextIncident   = `SELECT coalesce(max(pk), 0) + 1 FROM incidents`
	sqlReportTextLen  = `SELECT length(CAST(text AS BLOB)) FROM reports WHERE id = ?`
	// sqlCountPlaces adds ?3 reports to a source's count of a place.
	sqlCountPlaces = `INSERT INTO source_places (source, code, reports) VALUES (?, ?, ?)
	ON CONFLICT(source, code) DO UPDATE SET reports = reports + excluded.reports`
	// sqlIndexGeo adds the incidents from pk ? on that have coordinates to
	// the spatial index (see migration 9).
	sqlIndexGeo = `INSERT INTO incident_geo
	SELECT pk, lon, lon, lat, lat, coalesce(time / 3600.0, -1e7), coalesce(time / 3600.0, -1e7)
	FROM incidents WHERE pk >= ? AND lon IS NOT NULL AND lat IS NOT NULL`
	// sqlIndexText adds the evidence of the incidents from pk ? on to the
	// full-text index (see migration 5).
	sqlIndexText = sqlTextRows + ` AND e.incident >= ?`
)

// Save stores entries in one transaction, skipping reports already stored
// (and the incidents that come with them); it returns how many were new.
// Either the whole batch is stored or, on error, none of it.
//
// Each incident is stored under its entry's report whatever its ReportID
// says; an incident without an ID gets REPORTID-ORDINAL. An evidence span
// without a ReportID points into the entry's report. A span outside its
// report text fails the batch with ErrInvalidSpan.
func (s *Store) Save(ctx context.Context, entries []Entry) (added int, err error) {
	if len(entries) == 0 {
		return 0, nil
	}
	// Foreign keys are off while a batch is written: every row it
	// writes refers to rows it has just written or has read (a report's
	// incidents to the report, their actors and evidence to the incident
	// and an existing report), so the checks could not fail, and each
	// looked its parent up in a B-tree of random keys, a row at a time.
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return 0, fmt.Errorf("store: saving to %s: %w", s.path, err)
	}
	defer conn.Close()
	restore, err := foreignKeysOff(ctx, conn)
	if err != nil {
		return 0, fmt.Errorf("store: saving to %s: %w", s.path, err)
	}
	defer func() {
		if ferr := restore(); ferr != nil {
			err = errors.Join(err, fmt.Errorf("store: saving to %s: %w", s.path, ferr))
		}
	}()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store: saving to %s: beginning transaction: %w", s.path, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	// The statements run without ctx's cancellation (the driver would
	// start a goroutine to watch it at each of the thousands a batch
	// runs); ctx is checked between reports instead, and its cancellation
	// also rolls the transaction back.
	sctx := context.WithoutCancel(ctx)
	sv, err := prepareSaver(sctx, tx)
	if err != nil {
		return 0, fmt.Errorf("store: saving to %s: %w", s.path, err)
	}
	defer sv.close()
	for i := range entries {
		if err := ctx.Err(); err != nil {
			return 0, fmt.Errorf("store: saving to %s: %w", s.path, err)
		}
		ok, err := sv.save(sctx, &entries[i])
		if err != nil {
			return 0, fmt.Errorf("store: saving report %q to %s: %w", entries[i].Report.ID, s.path, err)
		}
		if ok {
			added++
		}
		// The rows of several reports' incidents go in one statement.
		if err := spillRows(sctx, &sv.incidents, &sv.actors, &sv.evidence); err != nil {
			return 0, fmt.Errorf("store: saving to %s: %w", s.path, err)
		}
	}
	if err := flushRows(sctx, &sv.incidents, &sv.actors, &sv.evidence); err != nil {
		return 0, fmt.Errorf("store: saving to %s: %w", s.path, err)
	}
	if err := sv.countPlaces(sctx); err != nil {
		return 0, fmt.Errorf("store: saving to %s: %w", s.path, err)
	}
	if sv.first > 0 {
		// New incidents get greater keys than any stored, so the batch's
		// incidents and evidence are those from its first incident on.
		if _, err := tx.ExecContext(ctx, sqlIndexText, sv.first); err != nil {
			return 0, fmt.Errorf("store: saving to %s: indexing evidence text: %w", s.path, err)
		}
		if _, err := tx.ExecContext(ctx, sqlIndexGeo, sv.first); err != nil {
			return 0, fmt.Errorf("store: saving to %s: indexing coordinates: %w", s.path, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store: saving to %s: committing: %w", s.path, err)
	}
	s.ckpt.committed()
	return added, nil
}

// saver holds the statements of one Save transaction.
type saver struct {
	tx                                   *sql.Tx
	report, next, textLen, place, sketch *sql.Stmt
	incidents, actors, evidence          rowsInsert
	first                                int64 // key of the first incident inserted, 0 before
	nextPK                               int64 // key of the next incident, 0 until read
	// places counts, per source and place, the reports of the batch
	// naming it, written once at the end (countPlaces).
	places map[sourcePlace]int
}

// sourcePlace is a source_places key.
type sourcePlace struct{ source, code string }

func prepareSaver(ctx context.Context, tx *sql.Tx) (*saver, error) {
	sv := &saver{
		tx:        tx,
		incidents: rowsInsert{tx: tx, head: sqlInsertIncident, columns: incidentColumns},
		actors:    rowsInsert{tx: tx, head: sqlInsertActor, columns: actorColumns},
		evidence:  rowsInsert{tx: tx, head: sqlInsertEvidence, columns: evidenceColumns},
	}
	for _, p := range []struct {
		dst   **sql.Stmt
		query string
	}{
		{&sv.report, sqlInsertReport},
		{&sv.next, sqlNextIncident},
		{&sv.textLen, sqlReportTextLen},
		{&sv.place, sqlCountPlaces},
		{&sv.sketch, sqlInsertSketch},
	} {
		st, err := tx.PrepareContext(ctx, p.query)
		if err != nil {
			sv.close()
			return nil, fmt.Errorf("preparing statement: %w", err)
		}
		*p.dst = st
	}
	return sv, nil
}

func (sv *saver) close() {
	for _, st := range []*sql.Stmt{sv.report, sv.next, sv.textLen, sv.place, sv.sketch} {
		if st != nil {
			st.Close()
		}
	}
	sv.incidents.close()
	sv.actors.close()
	sv.evidence.close()
}

// save stores one entry and reports whether its report was new.
func (sv *saver) save(ctx context.Context, e *Entry) (bool, error) {
	r := &e.Report
	if r.ID == "" {
		return false, errors.New("report without ID")
	}
	res, err := sv.report.ExecContext(ctx, r.ID, nullString(r.GivenID), nullString(r.Source),
		nullString(r.URL), nullString(string(r.Kind)), nullString(r.Lang), nullString(r.Title),
		nullTime(r.Published), nullTime(r.Fetched), r.Text, nullFloat(r.Lat), nullFloat(r.Lon),
		nullString(r.Origin))
	if err != nil {
		return false, fmt.Errorf("inserting report: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("inserting report: %w", err)
	}
	if n == 0 {
		return false, nil // already stored
	}
	if len(e.Incidents) > 0 {
		if sv.nextPK == 0 {
			if err := sv.next.QueryRowContext(ctx).Scan(&sv.nextPK); err != nil {
				return false, fmt.Errorf("reading the next incident key: %w", err)
			}
			sv.first = sv.nextPK
		}
		for k := range e.Incidents {
			if err := sv.addIncident(ctx, r, k, &e.Incidents[k]); err != nil {
				return false, fmt.Errorf("incident %d: %w", k, err)
			}
		}
	}
	if len(e.Sketch) > 0 {
		if _, err := sv.sketch.ExecContext(ctx, r.ID, e.Sketch); err != nil {
			return false, fmt.Errorf("inserting sketch: %w", err)
		}
	}
	if key := fold.Key(r.Source); key != "" {
		for _, code := range model.NamedPlaces(e.Incidents) {
			if sv.places == nil {
				sv.places = map[sourcePlace]int{}
			}
			sv.places[sourcePlace{key, code}]++
		}
	}
	return true, nil
}

// countPlaces adds the batch's counts of places per source, in key order.
func (sv *saver) countPlaces(ctx context.Context) error {
	keys := slices.SortedFunc(maps.Keys(sv.places), func(a, b sourcePlace) int {
		return cmp.Or(cmp.Compare(a.source, b.source), cmp.Compare(a.code, b.code))
	})
	for _, k := range keys {
		if _, err := sv.place.ExecContext(ctx, k.source, k.code, sv.places[k]); err != nil {
			return fmt.Errorf("counting place %s of source %q: %w", k.code, k.source, err)
		}
	}
	return nil
}

// addIncident queues the rows of an incident, its actors and its evidence,
// the incident under the next key.
func (sv *saver) addIncident(ctx context.Context, r *model.Report, ordinal int, in *model.Incident) error {
	id := in.ID
	if id == "" {
		id = r.ID + "-" + strconv.Itoa(ordinal)
	}
	pk := sv.nextPK
	sv.nextPK++
	l := &in.Location
	var t any
	if in.Time != nil {
		t = in.Time.Unix()
	}
	kc, ka := nullCount(in.Killed)
	ic, ia := nullCount(in.Injured)
	dc, da := nullCount(in.Detained)
	nc, na := nullCount(in.Kidnapped)
	sv.incidents.args = append(sv.incidents.args, pk, id, r.ID, ordinal, string(in.Type),
		nullString(l.StateCode), nullString(l.State), nullString(l.MunicipalityCode),
		nullString(l.Municipality), nullString(l.Locality), nullString(l.Place),
		nullFloat(l.Lat), nullFloat(l.Lon), int(l.Precision), t, nullString(string(in.TimePrecision)),
		kc, ka, ic, ia, dc, da, nc, na, in.Severity, in.Confidence, in.Denial, in.Tally, nullString(string(l.Basis)), nullString(l.Neighborhood))
	for j, a := range in.Actors {
		sv.actors.args = append(sv.actors.args, pk, j, a.Name, nullString(string(a.Kind)), nullString(string(a.Role)))
	}
	for j, sp := range in.Evidence {
		rid := sp.ReportID
		size := len(r.Text)
		if rid == "" || rid == r.ID {
			rid = r.ID
		} else {
			var n sql.NullInt64
			if err := sv.textLen.QueryRowContext(ctx, rid).Scan(&n); err != nil {
				if errors.Is(err, sql.ErrNoRows) {
					return fmt.Errorf("evidence %d of incident %q: no report %q", j, id, rid)
				}
				return fmt.Errorf("evidence %d of incident %q: %w", j, id, err)
			}
			size = int(n.Int64)
		}
		if sp.Start < 0 || sp.Start > sp.End || sp.End > size {
			return fmt.Errorf("evidence %d of incident %q: [%d,%d) in a text of %d bytes: %w",
				j, id, sp.Start, sp.End, size, ErrInvalidSpan)
		}
		sv.evidence.args = append(sv.evidence.args, pk, j, rid, sp.Start, sp.End)
	}
	return nil
}

// maxRows bounds the rows of one multi-row INSERT (SQLite takes at most
// 32,766 parameters a statement).
const maxRows = 32

// rowsInsert inserts rows into one table with multi-row INSERTs, a
// statement for each number of rows, prepared once per transaction: one
// statement runs for many rows (each runs through database/sql, the
// driver and SQLite's statement machinery).
type rowsInsert struct {
	tx      *sql.Tx
	head    string // INSERT INTO t (columns) VALUES
	columns int
	stmts   map[int]*sql.Stmt // by number of rows
	// args are the values of the rows queued, row after row.
	args []any
}

// flush inserts the rows queued, in their order.
func (ri *rowsInsert) flush(ctx context.Context) error {
	for rest := ri.args; len(rest) > 0; {
		n := min(len(rest)/ri.columns, maxRows)
		st, err := ri.stmt(ctx, n)
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, rest[:n*ri.columns]...); err != nil {
			return fmt.Errorf("%s…: %w", strings.TrimSpace(ri.head[:strings.Index(ri.head, "(")]), err)
		}
		rest = rest[n*ri.columns:]
	}
	clear(ri.args) // no strings kept alive
	ri.args = ri.args[:0]
	return nil
}

// stmt returns the statement inserting n rows.
func (ri *rowsInsert) stmt(ctx context.Context, n int) (*sql.Stmt, error) {
	if st, ok := ri.stmts[n]; ok {
		return st, nil
	}
	var b strings.Builder
	b.WriteString(ri.head)
	row := "(?" + strings.Repeat(", ?", ri.columns-1) + ")"
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	st, err := ri.tx.PrepareContext(ctx, b.String())
	if err != nil {
		return nil, fmt.Errorf("preparing statement: %w", err)
	}
	if ri.stmts == nil {
		ri.stmts = map[int]*sql.Stmt{}
	}
	ri.stmts[n] = st
	return st, nil
}

// full reports whether the rows queued fill a statement of maxRows rows.
func (ri *rowsInsert) full() bool { return len(ri.args) >= maxRows*ri.columns }

// spillRows inserts the rows of each table whose queue holds a full
// statement's worth, the parent's first whenever a child's are (the
// children's rows refer to the parent's), so that the queues stay short
// and most statements insert maxRows rows.
func spillRows(ctx context.Context, parent *rowsInsert, children ...*rowsInsert) error {
	if parent.full() {
		if err := parent.flush(ctx); err != nil {
			return err
		}
	}
	for _, ri := range children {
		if !ri.full() {
			continue
		}
		if err := parent.flush(ctx); err != nil {
			return err
		}
		if err := ri.flush(ctx); err != nil {
			return err
		}
	}
	return nil
}

// flushRows inserts the rows still queued: the parent's, then the rows
// referring to them.
func flushRows(ctx context.Context, parent *rowsInsert, children ...*rowsInsert) error {
	for _, ri := range append([]*rowsInsert{parent}, children...) {
		if err := ri.flush(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (ri *rowsInsert) close() {
	for _, st := range ri.stmts {
		st.Close()
	}
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullFloat(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

func nullCount(c *model.Count) (n, atLeast any) {
	if c == nil {
		return nil, nil
	}
	return c.N, c.AtLeast
}
