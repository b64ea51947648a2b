package store

import (
	"context"
	"fmt"
)

// SourcePlaces calls fn for each source (as fold.Key gives it) and INEGI
// state or municipality code with the number of stored reports of that
// source whose incidents were placed there by their text: the counts an
// outlet prior learns from. Save keeps them up to date.
func (s *Store) SourcePlaces(ctx context.Context, fn func(sourceKey, code string, reports int)) error {
	rows, err := s.r.QueryContext(ctx, `SELECT source, code, reports FROM source_places ORDER BY source, code`)
	if err != nil {
		return fmt.Errorf("store: reading source places of %s: %w", s.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var src, code string
		var n int
		if err := rows.Scan(&src, &code, &n); err != nil {
			return fmt.Errorf("store: reading source places of %s: %w", s.path, err)
		}
		fn(src, code, n)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: reading source places of %s: %w", s.path, err)
	}
	return nil
}
