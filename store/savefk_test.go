package store

import (
	"context"
	"testing"
)

// TestSaveConstraintFailure checks that a batch breaking a constraint in
// its multi-row inserts (Save writes them with foreign keys off and OR
// ROLLBACK) stores none of its rows, leaves foreign keys on for the
// writer's connection, and lets the next batch be saved.
func TestSaveConstraintFailure(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	stored := entry(1, 1)
	if _, err := s.Save(ctx, []Entry{stored}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		batch func() []Entry
	}{
		{"incident id taken in the batch", func() []Entry {
			a, b := entry(2, 2), entry(3, 1)
			b.Incidents[0].ID = a.Incidents[1].ID
			return []Entry{a, b}
		}},
		{"incident id stored before", func() []Entry {
			a, b := entry(4, 1), entry(5, 1)
			b.Incidents[0].ID = stored.Incidents[0].ID
			return []Entry{a, b}
		}},
	} {
		if _, err := s.Save(ctx, tc.batch()); err == nil {
			t.Fatalf("%s: Save succeeded", tc.name)
		}
		if nr, ni, _ := s.Counts(ctx); nr != 1 || ni != 1 {
			t.Errorf("%s: after a failed Save Counts = %d, %d; want 1, 1", tc.name, nr, ni)
		}
		var fk int
		if err := s.w.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
			t.Errorf("%s: foreign_keys = %d, %v; want 1", tc.name, fk, err)
		}
	}
	if n, err := s.Save(ctx, []Entry{entry(6, 2), entry(7, 1)}); n != 2 || err != nil {
		t.Fatalf("Save after the failures = %d, %v", n, err)
	}
	if nr, ni, _ := s.Counts(ctx); nr != 3 || ni != 4 {
		t.Errorf("Counts = %d, %d; want 3, 4", nr, ni)
	}
}
