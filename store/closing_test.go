package store

import (
	"context"
	"slices"
	"testing"
)

// TestMigrationClosingKey opens a database of schema version 13, from
// before events kept their closing key and members their trail: an event
// with a last key counts as open unknownClosing after it (an incremental
// run reloads it as runs did before), one with none never, and its members
// have no trail.
func TestMigrationClosingKey(t *testing.T) {
	ctx := context.Background()
	s := openOld(t, append(slices.Clone(migrations[:13]), `PRAGMA user_version = 13`,
		`INSERT INTO events (id, type, sources, reports, outlets, actors, key_first, key_last) VALUES ('a', 'blockade', 1, 1, '[]', '[]', 100, 200), ('u', 'blockade', 1, 1, '[]', '[]', NULL, NULL)`,
		`INSERT INTO event_incidents (event, ordinal, incident_id, report_id, key) VALUES ('a', 0, 'a-i', 'r', 200)`)...)
	for _, tc := range []struct {
		id   string
		want any
	}{{"a", int64(200 + unknownClosing)}, {"u", nil}} {
		var got any
		if err := s.r.QueryRowContext(ctx, `SELECT closed_key FROM events WHERE id = ?`, tc.id).Scan(&got); err != nil || got != tc.want {
			t.Errorf("event %s: closing key %v, %v; want %v", tc.id, got, err, tc.want)
		}
	}
	var trail any
	if err := s.r.QueryRowContext(ctx, `SELECT trail FROM event_incidents WHERE incident_id = 'a-i'`).Scan(&trail); err != nil || trail != nil {
		t.Errorf("trail %v, %v; want NULL", trail, err)
	}
}
