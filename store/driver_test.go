package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite" // the "sqlite" driver other packages share
)

// TestDriverFunctions checks that the store's SQL function place_date is
// on the connections of the store's driver and not on the "sqlite" driver
// that every package of the process shares.
func TestDriverFunctions(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "f.db")
	own, err := openDB(dsn(path, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer own.Close()
	shared, err := sql.Open("sqlite", dsn(path, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer shared.Close()
	const q = "SELECT " + sqlPlaceDate + "(1693805400, '02', '02004')" // 05:30 UTC on the 4th
	tests := []struct {
		name    string
		db      *sql.DB
		want    string
		wantErr string
	}{
		{"the store's driver", own, "2023-09-03", ""},
		{"the shared driver", shared, "", "no such function"},
	}
	for _, tt := range tests {
		var got string
		err := tt.db.QueryRowContext(ctx, q).Scan(&got)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s: error %v, want one with %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%s: %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}
