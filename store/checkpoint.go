package store

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"sync"
)

// The write-ahead log is copied into the database file (checkpointed) by a
// goroutine of the store, on a connection of its own, rather than by the
// writer at the end of a commit. A checkpoint reads the log's new pages,
// writes them into the database file and syncs both files: for a batch of
// an ingest, a few megabytes and two fsyncs, which made each commit wait a
// tenth of a second. Now the writer goes on with its next transaction
// while the pages it committed are checkpointed.
//
// Nothing changes for consistency: a commit is in the log before Save
// returns, as before, and a checkpoint copies only committed pages, the
// same way whichever connection runs it (synchronous=NORMAL syncs the log
// before copying and the database file after).
//
// The log restarts from its beginning only when a write transaction
// begins after a checkpoint has copied all of it; the writer still
// checkpoints when the log has grown past walBackstop pages (most of them
// already copied by then), so that it restarts even when the writer never
// pauses, and the log stays bounded.
const walBackstop = 8192 // pages of 4 KB: 32 MB

// checkpointer checkpoints the log when the writer signals a commit.
type checkpointer struct {
	db   *sql.DB // one connection
	path string
	wake chan struct{}
	stop chan struct{}
	done sync.WaitGroup
	once sync.Once
	err  error // of closing
}

// startCheckpointer opens the checkpointer's connection to path and starts
// its goroutine.
func startCheckpointer(path, mmap string) (*checkpointer, error) {
	db, err := openDB(dsn(path, mmap[1:]))
	if err != nil {
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	c := &checkpointer{db: db, path: path, wake: make(chan struct{}, 1), stop: make(chan struct{})}
	c.done.Add(1)
	go c.run()
	return c, nil
}

// committed tells the checkpointer that the writer committed a transaction.
func (c *checkpointer) committed() {
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

func (c *checkpointer) run() {
	defer c.done.Done()
	ctx := context.Background()
	for {
		select {
		case <-c.stop:
			return
		case <-c.wake:
		}
		// PASSIVE: copy what no reader still needs, without waiting for
		// the writer or the readers, and without blocking them.
		var busy, log, copied int
		err := c.db.QueryRowContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)").Scan(&busy, &log, &copied)
		if err != nil {
			// The writer's backstop checkpoint still bounds the log.
			slog.Warn("store: checkpointing", "db", c.path, "err", err)
		}
	}
}

// close stops the checkpointer and closes its connection; closing it again
// returns the same.
func (c *checkpointer) close() error {
	c.once.Do(func() {
		close(c.stop)
		c.done.Wait()
		c.err = c.db.Close()
	})
	return c.err
}
