package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
)

// foreignKeysOff turns the enforcement of foreign keys off on conn, which
// must hold no transaction (the pragma is a no-op inside one), and returns
// the function that turns it back on before conn is released. When that
// fails, conn is discarded rather than serve others without them.
func foreignKeysOff(ctx context.Context, conn *sql.Conn) (restore func() error, err error) {
	if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
		return nil, fmt.Errorf("turning foreign keys off: %w", err)
	}
	return func() error {
		if _, err := conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA foreign_keys = ON`); err != nil {
			conn.Raw(func(any) error { return driver.ErrBadConn })
			return fmt.Errorf("turning foreign keys back on: %w", err)
		}
		return nil
	}, nil
}
