package store

import (
	"context"
	"fmt"
)

// SourceStates calls fn for each source (as fold.Key gives it) and state
// code with the number of stored reports of that source whose incidents
// were placed in that state by their text: the counts an outlet prior
// learns from. Save keeps them up to date.
func (s *Store) SourceStates(ctx context.Context, fn func(sourceKey, stateCode string, reports int)) error {
	rows, err := s.r.QueryContext(ctx, `SELECT source, state_code, reports FROM source_states ORDER BY source, state_code`)
	if err != nil {
		return fmt.Errorf("store: reading source states of %s: %w", s.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var src, code string
		var n int
		if err := rows.Scan(&src, &code, &n); err != nil {
			return fmt.Errorf("store: reading source states of %s: %w", s.path, err)
		}
		fn(src, code, n)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: reading source states of %s: %w", s.path, err)
	}
	return nil
}
