package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"sync"

	"modernc.org/sqlite"
)

// sqlDriver returns the store's own SQLite driver, which carries the SQL
// functions the store's queries call (place_date). It is built on the
// first call and the same driver is returned after: modernc.org/sqlite
// keeps what a function registration allocates for the life of the
// program, so a driver a Store opened and dropped would leak it. The
// functions are registered on this driver alone, never on the "sqlite"
// driver every package of the process shares, and a failure to register
// them is an error of Open, not a panic at import.
var sqlDriver = sync.OnceValues(func() (*sqlite.Driver, error) {
	d := &sqlite.Driver{}
	if err := d.RegisterDeterministicScalarFunction(sqlPlaceDate, 3, placeDate); err != nil {
		return nil, fmt.Errorf("store: registering the SQL function %s: %w", sqlPlaceDate, err)
	}
	return d, nil
})

// openDB returns a database handle on dsn through the store's driver
// (sqlDriver); like sql.Open, it opens no connection yet.
func openDB(dsn string) (*sql.DB, error) {
	d, err := sqlDriver()
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(connector{d: d, dsn: dsn}), nil
}

// connector opens connections to dsn with driver d, for sql.OpenDB, which
// (unlike sql.Open) needs no driver registered by name.
type connector struct {
	d   *sqlite.Driver
	dsn string
}

// Connect opens a connection, unless ctx is already done (opening
// SQLite's file cannot be cancelled once it began).
func (c connector) Connect(ctx context.Context) (driver.Conn, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return c.d.Open(c.dsn)
}

// Driver returns the connector's driver.
func (c connector) Driver() driver.Driver { return c.d }
