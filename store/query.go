package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/atalaya/atalaya/model"
)

const (
	sqlHas    = `SELECT EXISTS (SELECT 1 FROM reports WHERE id = ?)`
	sqlCounts = `SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM incidents)`

	// The listing runs three queries over the same selection (the CTE sel,
	// built by list), in the same order (the %[1]s verb), and merges them:
	// incidents, their actors and their evidence.
	sqlListIncidents = ` SELECT i.pk, i.id, i.report_id, i.type,
	coalesce(i.state_code, ''), coalesce(i.state, ''), coalesce(i.municipality_code, ''),
	coalesce(i.municipality, ''), coalesce(i.locality, ''), coalesce(i.place, ''),
	i.lat, i.lon, i.geo_precision, i.time, coalesce(i.time_precision, ''),
	i.killed, i.killed_at_least, i.injured, i.injured_at_least,
	i.detained, i.detained_at_least, i.kidnapped, i.kidnapped_at_least,
	i.severity, i.confidence, i.denial, i.tally, coalesce(i.geo_basis, ''), coalesce(i.neighborhood, ''),
	coalesce(r.given_id, ''), coalesce(r.source, ''), coalesce(r.url, ''),
	coalesce(r.title, ''), r.published
	FROM sel JOIN incidents i ON i.pk = sel.pk JOIN reports r ON r.id = i.report_id ORDER BY %[1]s`
	sqlListActors = ` SELECT a.incident, a.name, coalesce(a.kind, ''), coalesce(a.role, '')
	FROM sel JOIN incident_actors a ON a.incident = sel.pk ORDER BY %[1]s, a.ordinal`
	// substr on a BLOB counts bytes, so this is exactly Text[start:end].
	sqlListEvidence = ` SELECT e.incident, e.report_id, e.start, e."end",
	substr(CAST(r.text AS BLOB), e.start + 1, e."end" - e.start)
	FROM sel JOIN evidence e ON e.incident = sel.pk JOIN reports r ON r.id = e.report_id
	ORDER BY %[1]s, e.ordinal`

	// The listing orders: by time then id with unknown times last, the
	// same when no time is unknown (which an index can deliver), and the
	// order of storage.
	orderTime      = "time IS NULL, time, id"
	orderKnownTime = "time, id"
	orderSeq       = "pk"

	sqlLatest = `SELECT coalesce(max(pk), 0) FROM incidents`
)

// Has reports whether a report with this content ID is stored.
func (s *Store) Has(ctx context.Context, id string) (bool, error) {
	// Prepared once: an ingest asks this of every report it reads.
	st, cached, err := s.stmt(ctx, sqlHas)
	if err != nil {
		return false, fmt.Errorf("store: looking up report %q in %s: %w", id, s.path, err)
	}
	if !cached {
		defer st.Close()
	}
	// The lookup takes microseconds: it runs without ctx's cancellation
	// (database/sql and the driver would each start a goroutine to watch
	// it), which is checked before.
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("store: looking up report %q in %s: %w", id, s.path, err)
	}
	var ok bool
	if err := st.QueryRowContext(context.WithoutCancel(ctx), id).Scan(&ok); err != nil {
		return false, fmt.Errorf("store: looking up report %q in %s: %w", id, s.path, err)
	}
	return ok, nil
}

// Counts returns the number of reports and incidents stored.
func (s *Store) Counts(ctx context.Context) (reports, incidents int, err error) {
	if err := s.r.QueryRowContext(ctx, sqlCounts).Scan(&reports, &incidents); err != nil {
		return 0, 0, fmt.Errorf("store: counting in %s: %w", s.path, err)
	}
	return reports, incidents, nil
}

// TextQuery turns a user's search text into a full-text query: its words
// (runs of letters and digits, at most 16), each quoted, all required; a
// word ending in "*" matches as a prefix. It reports false when the text
// has no word.
func TextQuery(q string) (string, bool) {
	var (
		b     strings.Builder
		words int
	)
	rs := []rune(q)
	for i := 0; i < len(rs) && words < 16; {
		if !isWordRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && isWordRune(rs[j]) {
			j++
		}
		if words > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(string(rs[i:j]))
		b.WriteByte('"')
		if j < len(rs) && rs[j] == '*' {
			b.WriteByte('*')
		}
		words++
		i = j
	}
	return b.String(), words > 0
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// where returns the conditions of f on the incidents table and their
// arguments, and whether they exclude unknown times.
func where(f Filter) (conds []string, args []any, knownTime bool) {
	var w sqlWhere
	knownTime = w.timeRange("time", f.Since, f.Until)
	knownTime = w.dayRange("time", "state_code", "municipality_code", f.SinceDay, f.UntilDay) || knownTime
	w.equal("state_code", f.StateCode)
	w.equal("municipality_code", f.MunicipalityCode)
	w.equal("type", string(f.Type))
	w.equal("report_id", f.ReportID)
	if f.EventID != "" {
		w.add("id IN (SELECT incident_id FROM event_incidents WHERE event = ?)", f.EventID)
	}
	if f.MinSeverity > 0 {
		w.add("severity >= ?", f.MinSeverity)
	}
	if b := f.BBox; b != nil {
		w.add("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?", b.MinLon, b.MaxLon, b.MinLat, b.MaxLat)
	}
	if f.Actor != "" {
		w.add("pk IN (SELECT incident FROM incident_actors WHERE name = ? COLLATE NOCASE)", f.Actor)
	}
	w.text(f.Text, "pk IN (SELECT rowid >> 10 FROM incident_text WHERE incident_text MATCH ?)")
	w.after("time", f.After)
	return w.conds, w.args, knownTime
}

// sqlWhere gathers the conditions of a listing and their arguments; the
// incident and event listings build theirs with it.
type sqlWhere struct {
	conds []string
	args  []any
}

func (w *sqlWhere) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// timeRange bounds column col (Unix seconds): since inclusive, until
// exclusive. It reports whether a bound was set, which excludes unknown
// times.
func (w *sqlWhere) timeRange(col string, since, until time.Time) bool {
	if !since.IsZero() {
		w.add(col+" >= ?", since.Unix())
	}
	if !until.IsZero() {
		w.add(col+" < ?", until.Unix())
	}
	return !since.IsZero() || !until.IsZero()
}

// equal requires column col to equal v, unless v is empty.
func (w *sqlWhere) equal(col, v string) {
	if v != "" {
		w.add(col+" = ?", v)
	}
}

// text adds the full-text condition cond for the search s, or a condition
// nothing meets when s has no word to search.
func (w *sqlWhere) text(s, cond string) {
	if s == "" {
		return
	}
	if q, ok := TextQuery(s); ok {
		w.add(cond, q)
	} else {
		w.add("0")
	}
}

// limitClause returns the LIMIT clause of a page of n rows, n written in
// the SQL rather than bound: SQLite plans a statement again each time a
// LIMIT's parameter is bound (it may use the value), which cost 7% of a
// page of events. n is an int, never text from a request.
func limitClause(n int) string {
	return " LIMIT " + strconv.Itoa(n)
}

// after continues a listing ordered by column col then id (unknown times
// last) after cursor c.
func (w *sqlWhere) after(col string, c *Cursor) {
	switch {
	case c == nil:
	case c.Time != nil:
		w.add("("+col+" > ? OR ("+col+" = ? AND id > ?) OR "+col+" IS NULL)", c.Time.Unix(), c.Time.Unix(), c.ID)
	default:
		w.add("("+col+" IS NULL AND id > ?)", c.ID)
	}
}

// Incidents calls fn for each incident matching f, ordered by time then id
// (unknown times last), with its actors and its evidence (Text filled). It
// reads one consistent snapshot of the database. An error from fn stops the
// listing and is returned as is.
func (s *Store) Incidents(ctx context.Context, f Filter, fn func(Listed) error) error {
	conds, args, known := where(f)
	order := orderTime
	if known {
		order = orderKnownTime
	}
	from := "incidents"
	if b := f.BBox; b != nil {
		geo, geoArgs := probeConds(b, f.Since, f.Until)
		// The box's incidents, unless there are denseBox of them or more:
		// then, with a time range, scanning it in order fills a page soon.
		probe := "SELECT incident FROM incident_geo WHERE " + strings.Join(geo, " AND ") +
			" LIMIT " + strconv.Itoa(denseBox)
		keys, n, err := s.keys(ctx, probe, geoArgs)
		if err != nil {
			return fmt.Errorf("store: listing incidents of %s: %w", s.path, err)
		}
		switch {
		case n < denseBox:
			if n == 0 {
				return nil
			}
			conds = append([]string{"pk IN (SELECT value FROM json_each(?))"}, conds...)
			args = append([]any{keys}, args...)
		case !known:
			from = "incident_geo CROSS JOIN incidents ON pk = incident"
			conds = append(geo, conds...)
			args = append(geoArgs, args...)
		}
	}
	return s.list(ctx, from, conds, args, order, f.Limit, fn)
}

// denseBox is the number of incidents in a box and time range from which a
// listing scans the time range rather than looking the box up in the
// spatial index.
const denseBox = 256

// Latest returns the Seq of the last incident stored, 0 when there is none.
func (s *Store) Latest(ctx context.Context) (int64, error) {
	var seq int64
	if err := s.r.QueryRowContext(ctx, sqlLatest).Scan(&seq); err != nil {
		return 0, fmt.Errorf("store: reading the last incident of %s: %w", s.path, err)
	}
	return seq, nil
}

// Added calls fn for at most limit incidents stored after the one with Seq
// after, in the order of storage, like Incidents.
func (s *Store) Added(ctx context.Context, after int64, limit int, fn func(Listed) error) error {
	return s.list(ctx, "incidents", []string{"pk > ?"}, []any{after}, orderSeq, limit, fn)
}

// list runs the listing of the incidents of from (the incidents table, or a
// join that has its columns) matching conds in order. With a
// limit, the selection runs once and the pages's keys are passed to the
// three queries as a JSON array; without one, the selection is their
// common CTE, so that a listing of any length streams.
func (s *Store) list(ctx context.Context, from string, conds []string, args []any, order string, limit int, fn func(Listed) error) error {
	var sel strings.Builder
	sel.WriteString("SELECT pk, time, id FROM " + from)
	if len(conds) > 0 {
		sel.WriteString(" WHERE ")
		sel.WriteString(strings.Join(conds, " AND "))
	}

	var selStmt *sql.Stmt
	if limit > 0 {
		// Prepared before the transaction takes a connection: preparing
		// takes one too, and the pool is bounded.
		sel.WriteString(" ORDER BY " + order + limitClause(limit))
		st, cached, err := s.stmt(ctx, sel.String())
		if err != nil {
			return fmt.Errorf("store: listing incidents of %s: %w", s.path, err)
		}
		if !cached {
			defer st.Close()
		}
		selStmt = st
	}
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("store: listing incidents of %s: %w", s.path, err)
	}
	defer tx.Rollback()

	var cur [3]*sql.Rows
	if limit > 0 {
		pks, err := selectKeys(ctx, tx.StmtContext(ctx, selStmt), args)
		if err != nil {
			return fmt.Errorf("store: listing incidents of %s: %w", s.path, err)
		}
		if len(pks) == 0 {
			return nil
		}
		for i, st := range s.page {
			if cur[i], err = tx.StmtContext(ctx, st).QueryContext(ctx, pks); err != nil {
				return fmt.Errorf("store: listing incidents of %s: %w", s.path, err)
			}
			defer cur[i].Close()
		}
	} else {
		cte := "WITH sel AS (" + sel.String() + ")"
		outer := "sel." + strings.ReplaceAll(order, ", ", ", sel.")
		for i, q := range []string{sqlListIncidents, sqlListActors, sqlListEvidence} {
			if cur[i], err = tx.QueryContext(ctx, cte+fmt.Sprintf(q, outer), args...); err != nil {
				return fmt.Errorf("store: listing incidents of %s: %w", s.path, err)
			}
			defer cur[i].Close()
		}
	}
	rows := cur[0]
	actors := &children[model.Actor]{rows: cur[1], scan: scanActor}
	evidence := &children[model.Span]{rows: cur[2], scan: scanSpan}
	for rows.Next() {
		l, pk, err := scanListed(rows)
		if err != nil {
			return fmt.Errorf("store: listing incidents of %s: %w", s.path, err)
		}
		if l.Actors, err = actors.take(pk); err != nil {
			return fmt.Errorf("store: actors of incident %q in %s: %w", l.ID, s.path, err)
		}
		if l.Evidence, err = evidence.take(pk); err != nil {
			return fmt.Errorf("store: evidence of incident %q in %s: %w", l.ID, s.path, err)
		}
		if err := fn(l); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: listing incidents of %s: %w", s.path, err)
	}
	return nil
}

// pageQueries are the three queries of a page whose keys are known: they
// take the keys as a JSON array and keep its order.
func pageQueries() [3]string {
	const cte = "WITH sel(pk, k) AS (SELECT value, key FROM json_each(?))"
	return [3]string{
		cte + fmt.Sprintf(sqlListIncidents, "sel.k"),
		cte + fmt.Sprintf(sqlListActors, "sel.k"),
		cte + fmt.Sprintf(sqlListEvidence, "sel.k"),
	}
}

// keys runs a query of incident keys (pk, its only column) and returns
// them as a JSON array, with their number.
func (s *Store) keys(ctx context.Context, query string, args []any) (string, int, error) {
	st, cached, err := s.stmt(ctx, query)
	if err != nil {
		return "", 0, err
	}
	if !cached {
		defer st.Close()
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return "", 0, err
	}
	defer rows.Close()
	b := []byte{'['}
	n := 0
	for rows.Next() {
		var pk int64
		if err := rows.Scan(&pk); err != nil {
			return "", 0, err
		}
		if n > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, pk, 10)
		n++
	}
	if err := rows.Err(); err != nil {
		return "", 0, err
	}
	return string(append(b, ']')), n, nil
}

// selectKeys runs a selection and returns its keys (pk, the first column)
// as a JSON array.
func selectKeys(ctx context.Context, st *sql.Stmt, args []any) (string, error) {
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var (
		b    = []byte{'['}
		pk   int64
		t    sql.NullInt64
		id   string
		none = true
	)
	for rows.Next() {
		if err := rows.Scan(&pk, &t, &id); err != nil {
			return "", err
		}
		if !none {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, pk, 10)
		none = false
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	if none {
		return "", nil
	}
	return string(append(b, ']')), nil
}

// children walks rows whose first column is an incident pk, sorted in the
// order of the listing, taking the rows of one incident at a time.
type children[T any] struct {
	rows    *sql.Rows
	scan    func(*sql.Rows) (int64, T, error)
	pending bool // pk and val hold a row read but not taken
	pk      int64
	val     T
	done    bool
}

// take returns the rows of incident pk, which must come at or before the
// next rows.
func (c *children[T]) take(pk int64) ([]T, error) {
	var out []T
	for {
		if !c.pending {
			if c.done || !c.rows.Next() {
				c.done = true
				return out, c.rows.Err()
			}
			p, v, err := c.scan(c.rows)
			if err != nil {
				return nil, err
			}
			c.pk, c.val, c.pending = p, v, true
		}
		if c.pk != pk {
			return out, nil // a later incident's
		}
		out = append(out, c.val)
		c.pending = false
	}
}

func scanListed(rows *sql.Rows) (Listed, int64, error) {
	var (
		l                Listed
		pk               int64
		lat, lon         sql.NullFloat64
		t, published     sql.NullInt64
		kn, in, dn, nn   sql.NullInt64
		ka, ia, da, na   sql.NullBool
		typ, tp, givenID string
		basis            string
		precision        int
	)
	loc := &l.Location
	err := rows.Scan(&pk, &l.ID, &l.ReportID, &typ,
		&loc.StateCode, &loc.State, &loc.MunicipalityCode,
		&loc.Municipality, &loc.Locality, &loc.Place,
		&lat, &lon, &precision, &t, &tp,
		&kn, &ka, &in, &ia, &dn, &da, &nn, &na,
		&l.Severity, &l.Confidence, &l.Denial, &l.Tally, &basis, &loc.Neighborhood,
		&givenID, &l.Source, &l.URL, &l.Title, &published)
	if err != nil {
		return Listed{}, 0, err
	}
	l.Type = model.IncidentType(typ)
	l.TimePrecision = model.TimePrecision(tp)
	loc.Precision = model.GeoPrecision(precision)
	loc.Basis = model.GeoBasis(basis)
	loc.Lat = floatPtr(lat)
	loc.Lon = floatPtr(lon)
	if t.Valid {
		tt := time.Unix(t.Int64, 0).UTC()
		l.Time = &tt
	}
	l.Killed = countPtr(kn, ka)
	l.Injured = countPtr(in, ia)
	l.Detained = countPtr(dn, da)
	l.Kidnapped = countPtr(nn, na)
	l.Seq = pk
	l.ReportPublicID = givenID
	if l.ReportPublicID == "" {
		l.ReportPublicID = l.ReportID
	}
	if published.Valid {
		l.Published = time.Unix(published.Int64, 0).UTC()
	}
	return l, pk, nil
}

func scanActor(rows *sql.Rows) (int64, model.Actor, error) {
	var (
		pk         int64
		a          model.Actor
		kind, role string
	)
	err := rows.Scan(&pk, &a.Name, &kind, &role)
	a.Kind, a.Role = model.ActorKind(kind), model.ActorRole(role)
	return pk, a, err
}

func scanSpan(rows *sql.Rows) (int64, model.Span, error) {
	var (
		pk   int64
		sp   model.Span
		text []byte
	)
	err := rows.Scan(&pk, &sp.ReportID, &sp.Start, &sp.End, &text)
	sp.Text = string(text)
	return pk, sp, err
}

func floatPtr(f sql.NullFloat64) *float64 {
	if !f.Valid {
		return nil
	}
	v := f.Float64
	return &v
}

func countPtr(n sql.NullInt64, atLeast sql.NullBool) *model.Count {
	if !n.Valid {
		return nil
	}
	return &model.Count{N: int(n.Int64), AtLeast: atLeast.Bool}
}

// probeConds returns the conditions and arguments of a probe of a spatial
// index (incidents' or events') for box b and the time range since–until
// (either may be zero). The bounds are widened by more than the rounding
// of the index's 32-bit floats, and by an hour for its hour columns: the
// listing's own conditions recheck exactly.
func probeConds(b *BBox, since, until time.Time) ([]string, []any) {
	const eps = 1e-3
	conds := []string{"min_lon >= ?", "max_lon <= ?", "min_lat >= ?", "max_lat <= ?"}
	args := []any{b.MinLon - eps, b.MaxLon + eps, b.MinLat - eps, b.MaxLat + eps}
	if !since.IsZero() {
		conds = append(conds, "max_hour >= ?")
		args = append(args, float64(since.Unix())/3600-1)
	}
	if !until.IsZero() {
		conds = append(conds, "min_hour <= ?")
		args = append(args, float64(until.Unix())/3600+1)
	}
	return conds, args
}
