package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/atalaya/atalaya/model"
)

const (
	sqlHas    = `SELECT EXISTS (SELECT 1 FROM reports WHERE id = ?)`
	sqlCounts = `SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM incidents)`

	// The listing runs three queries over the same selection (the CTE sel,
	// built by Incidents), in the same order, and merges them: incidents,
	// their actors and their evidence.
	sqlListOrder     = ` ORDER BY sel.time IS NULL, sel.time, sel.id`
	sqlListIncidents = ` SELECT i.pk, i.id, i.report_id, i.type,
	coalesce(i.state_code, ''), coalesce(i.state, ''), coalesce(i.municipality_code, ''),
	coalesce(i.municipality, ''), coalesce(i.locality, ''), coalesce(i.place, ''),
	i.lat, i.lon, i.geo_precision, i.time, coalesce(i.time_precision, ''),
	i.killed, i.killed_at_least, i.injured, i.injured_at_least,
	i.detained, i.detained_at_least, i.kidnapped, i.kidnapped_at_least,
	i.severity, i.confidence,
	coalesce(r.given_id, ''), coalesce(r.source, ''), coalesce(r.url, ''),
	coalesce(r.title, ''), r.published, coalesce(g.denial, 0), coalesce(g.tally, 0)
	FROM sel JOIN incidents i ON i.pk = sel.pk JOIN reports r ON r.id = i.report_id
	LEFT JOIN incident_flags g ON g.incident_id = i.id` + sqlListOrder
	sqlListActors = ` SELECT a.incident, a.name, coalesce(a.kind, ''), coalesce(a.role, '')
	FROM sel JOIN incident_actors a ON a.incident = sel.pk` + sqlListOrder + `, a.ordinal`
	// substr on a BLOB counts bytes, so this is exactly Text[start:end].
	sqlListEvidence = ` SELECT e.incident, e.report_id, e.start, e."end",
	substr(CAST(r.text AS BLOB), e.start + 1, e."end" - e.start)
	FROM sel JOIN evidence e ON e.incident = sel.pk JOIN reports r ON r.id = e.report_id` +
		sqlListOrder + `, e.ordinal`
)

// Has reports whether a report with this content ID is stored.
func (s *Store) Has(ctx context.Context, id string) (bool, error) {
	var ok bool
	if err := s.r.QueryRowContext(ctx, sqlHas, id).Scan(&ok); err != nil {
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

// Incidents calls fn for each incident matching f, ordered by time then id
// (unknown times last), with its actors and its evidence (Text filled). It
// reads one consistent snapshot of the database. An error from fn stops the
// listing and is returned as is.
func (s *Store) Incidents(ctx context.Context, f Filter, fn func(Listed) error) error {
	var (
		where []string
		args  []any
	)
	if !f.Since.IsZero() {
		where = append(where, "time >= ?")
		args = append(args, f.Since.Unix())
	}
	if !f.Until.IsZero() {
		where = append(where, "time < ?")
		args = append(args, f.Until.Unix())
	}
	if f.StateCode != "" {
		where = append(where, "state_code = ?")
		args = append(args, f.StateCode)
	}
	if f.Type != "" {
		where = append(where, "type = ?")
		args = append(args, string(f.Type))
	}
	var sel strings.Builder
	sel.WriteString("WITH sel AS (SELECT pk, time, id FROM incidents")
	if len(where) > 0 {
		sel.WriteString(" WHERE ")
		sel.WriteString(strings.Join(where, " AND "))
	}
	if f.Limit > 0 {
		sel.WriteString(" ORDER BY time IS NULL, time, id LIMIT ?")
		args = append(args, f.Limit)
	}
	sel.WriteString(")")

	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("store: listing incidents of %s: %w", s.path, err)
	}
	defer tx.Rollback()
	var cur [3]*sql.Rows
	for i, q := range []string{sqlListIncidents, sqlListActors, sqlListEvidence} {
		if cur[i], err = tx.QueryContext(ctx, sel.String()+q, args...); err != nil {
			return fmt.Errorf("store: listing incidents of %s: %w", s.path, err)
		}
		defer cur[i].Close()
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
		precision        int
	)
	loc := &l.Location
	err := rows.Scan(&pk, &l.ID, &l.ReportID, &typ,
		&loc.StateCode, &loc.State, &loc.MunicipalityCode,
		&loc.Municipality, &loc.Locality, &loc.Place,
		&lat, &lon, &precision, &t, &tp,
		&kn, &ka, &in, &ia, &dn, &da, &nn, &na,
		&l.Severity, &l.Confidence,
		&givenID, &l.Source, &l.URL, &l.Title, &published, &l.Denial, &l.Tally)
	if err != nil {
		return Listed{}, 0, err
	}
	l.Type = model.IncidentType(typ)
	l.TimePrecision = model.TimePrecision(tp)
	loc.Precision = model.GeoPrecision(precision)
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
