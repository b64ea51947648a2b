package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/atalaya/atalaya/model"
)

// ErrNotFound is returned (wrapped) when a looked-up record does not exist.
var ErrNotFound = errors.New("not found")

// Stats counts the incidents matching a filter.
type Stats struct {
	Total int
	// Days counts incidents by their day at their place
	// (model.Location.Date), in order; incidents of unknown time are
	// counted in UnknownTime.
	Days        []DayCount
	UnknownTime int
	// States counts incidents by state, most first; an unknown state has
	// an empty code.
	States []StateCount
	// Types counts incidents by type, most first.
	Types []TypeCount
}

// DayCount is the number of incidents on Day (YYYY-MM-DD).
type DayCount struct {
	Day   string
	Count int
}

// StateCount is the number of incidents in a state.
type StateCount struct {
	Code, Name string
	Count      int
}

// TypeCount is the number of incidents of a type.
type TypeCount struct {
	Type  model.IncidentType
	Count int
}

// Stats counts the incidents matching f (its After and Limit are ignored)
// by day, state and type, in one consistent snapshot.
func (s *Store) Stats(ctx context.Context, f Filter) (Stats, error) {
	f.After, f.Limit = nil, 0
	conds, args, _ := where(f)
	return s.count(ctx, "incidents", "time", conds, args)
}

// EventStats counts the events matching f (its After and Limit are
// ignored) by the day of their start, state and type, like Stats.
func (s *Store) EventStats(ctx context.Context, f EventFilter) (Stats, error) {
	f.After, f.Limit = nil, 0
	conds, args, _ := eventWhere(f)
	return s.count(ctx, "events", "time_start", conds, args)
}

// count counts the rows of table (incidents or events) matching conds by
// the day of their column timeCol at their place, state and type.
func (s *Store) count(ctx context.Context, table, timeCol string, conds []string, args []any) (Stats, error) {
	w := ""
	if len(conds) > 0 {
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	var st Stats
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return Stats{}, fmt.Errorf("store: counting "+table+" of %s: %w", s.path, err)
	}
	defer tx.Rollback()
	queries := []struct {
		q    string
		scan func(*sql.Rows) error
	}{
		{`SELECT ` + sqlPlaceDate + `(` + timeCol + `, state_code, municipality_code), count(*) FROM ` + table + w +
			` GROUP BY 1 ORDER BY 1`, func(rows *sql.Rows) error {
			var (
				d sql.NullString
				n int
			)
			if err := rows.Scan(&d, &n); err != nil {
				return err
			}
			st.Total += n
			if !d.Valid {
				st.UnknownTime += n
				return nil
			}
			st.Days = append(st.Days, DayCount{Day: d.String, Count: n})
			return nil
		}},
		{`SELECT coalesce(state_code, ''), coalesce(max(state), ''), count(*) FROM ` + table + w +
			` GROUP BY 1 ORDER BY 3 DESC, 1`, func(rows *sql.Rows) error {
			var c StateCount
			if err := rows.Scan(&c.Code, &c.Name, &c.Count); err != nil {
				return err
			}
			st.States = append(st.States, c)
			return nil
		}},
		{`SELECT type, count(*) FROM ` + table + w + ` GROUP BY 1 ORDER BY 2 DESC, 1`, func(rows *sql.Rows) error {
			var (
				c   TypeCount
				typ string
			)
			if err := rows.Scan(&typ, &c.Count); err != nil {
				return err
			}
			c.Type = model.IncidentType(typ)
			st.Types = append(st.Types, c)
			return nil
		}},
	}
	for _, q := range queries {
		rows, err := tx.QueryContext(ctx, q.q, args...)
		if err != nil {
			return Stats{}, fmt.Errorf("store: counting "+table+" of %s: %w", s.path, err)
		}
		for rows.Next() {
			if err := q.scan(rows); err != nil {
				rows.Close()
				return Stats{}, fmt.Errorf("store: counting "+table+" of %s: %w", s.path, err)
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return Stats{}, fmt.Errorf("store: counting "+table+" of %s: %w", s.path, err)
		}
	}
	return st, nil
}

const sqlReport = `SELECT id, coalesce(given_id, ''), coalesce(source, ''), coalesce(url, ''),
	coalesce(kind, ''), coalesce(lang, ''), coalesce(title, ''), published, fetched, text, lat, lon,
	coalesce(origin, '')
	FROM reports WHERE id = ?1 OR pk = (SELECT max(pk) FROM reports WHERE given_id = ?1)
	ORDER BY id = ?1 DESC LIMIT 1`

// Report returns the report whose content hash is id or, failing that, the
// last stored report the source gave the id. It returns an error wrapping
// ErrNotFound when there is none.
func (s *Store) Report(ctx context.Context, id string) (model.Report, error) {
	var (
		r                 model.Report
		kind              string
		published, fetchd sql.NullInt64
		lat, lon          sql.NullFloat64
	)
	err := s.r.QueryRowContext(ctx, sqlReport, id).Scan(&r.ID, &r.GivenID, &r.Source, &r.URL,
		&kind, &r.Lang, &r.Title, &published, &fetchd, &r.Text, &lat, &lon, &r.Origin)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Report{}, fmt.Errorf("store: report %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return model.Report{}, fmt.Errorf("store: reading report %q of %s: %w", id, s.path, err)
	}
	r.Kind = model.ReportKind(kind)
	if published.Valid {
		r.Published = time.Unix(published.Int64, 0).UTC()
	}
	if fetchd.Valid {
		r.Fetched = time.Unix(fetchd.Int64, 0).UTC()
	}
	r.Lat, r.Lon = floatPtr(lat), floatPtr(lon)
	return r, nil
}
