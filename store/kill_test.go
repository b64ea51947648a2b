package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const (
	childEnv      = "ATALAYA_STORE_KILL_CHILD"
	killBatches   = 400
	killBatchSize = 50
	killPerReport = 3
)

func killBatch(i int) []Entry {
	batch := make([]Entry, killBatchSize)
	for j := range batch {
		batch[j] = entry(i*killBatchSize+j, killPerReport)
	}
	return batch
}

// TestKillChild is the child process of TestKilledMidway: it saves batches
// forever-ish and says so after each one, until it is killed.
func TestKillChild(t *testing.T) {
	path := os.Getenv(childEnv)
	if path == "" {
		t.Skip("only run as the child of TestKilledMidway")
	}
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	for i := 0; i < killBatches; i++ {
		if _, err := s.Save(ctx, killBatch(i)); err != nil {
			fmt.Println("error", err)
			os.Exit(2)
		}
		fmt.Println("saved", i)
	}
	fmt.Println("finished")
	os.Exit(0)
}

// TestKilledMidway kills a process in the middle of a long series of Saves
// and checks that the database is consistent and that a rerun completes it
// without duplicates.
func TestKilledMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "killed.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	saved := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "error") || line == "finished" {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("child: %s", line)
		}
		if strings.HasPrefix(line, "saved") {
			saved++
			if saved == 10 {
				break
			}
		}
	}
	// The child is in the middle of the next Save (or about to start it).
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopening after the kill: %v", err)
	}
	defer s.Close()
	checkIntegrity(t, s)
	nr, ni, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if nr < saved*killBatchSize || nr%killBatchSize != 0 || ni != nr*killPerReport {
		t.Errorf("after the kill: %d reports, %d incidents; want whole batches (≥ %d) of %d incidents each",
			nr, ni, saved, killPerReport)
	}
	t.Logf("killed after %d batches acknowledged, %d stored", saved, nr/killBatchSize)

	// Rerun: everything again.
	start := time.Now()
	added := 0
	for i := 0; i < killBatches; i++ {
		n, err := s.Save(ctx, killBatch(i))
		if err != nil {
			t.Fatal(err)
		}
		added += n
	}
	t.Logf("rerun of %d reports took %v", killBatches*killBatchSize, time.Since(start))
	if added != killBatches*killBatchSize-nr {
		t.Errorf("rerun added %d reports, want %d", added, killBatches*killBatchSize-nr)
	}
	nr, ni, err = s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if nr != killBatches*killBatchSize || ni != nr*killPerReport {
		t.Errorf("after the rerun: %d reports, %d incidents; want %d, %d",
			nr, ni, killBatches*killBatchSize, killBatches*killBatchSize*killPerReport)
	}
	checkIntegrity(t, s)
}

func checkIntegrity(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	var ok string
	// On the writer's connection: FTS5's integrity check on a read
	// connection that checked before may compare against a stale cached
	// index structure and report a false checksum mismatch.
	if err := s.w.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check = %q, %v", ok, err)
	}
	rows, err := s.r.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Error("foreign_key_check reports violations")
	}
	rows.Close()
	for _, q := range []string{
		`SELECT count(*) FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = i.report_id)`,
		`SELECT count(*) FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.pk = e.incident)`,
		`SELECT count(*) FROM incident_actors a WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.pk = a.incident)`,
		`SELECT count(*) FROM (SELECT id FROM reports GROUP BY id HAVING count(*) > 1)`,
		`SELECT count(*) FROM (SELECT report_id FROM incidents GROUP BY report_id HAVING count(*) <> 3)`,
	} {
		var n int
		if err := s.r.QueryRowContext(ctx, q).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s = %d, %v; want 0", q, n, err)
		}
	}
}
