package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestEventsAfterIngest checks that ingest leaves the events current, that
// a rebuild changes nothing, and the events command's formats and errors.
func TestEventsAfterIngest(t *testing.T) {
	db := filepath.Join(t.TempDir(), "e.db")
	if code, _, errs := atalaya(t, "", "ingest", "--db", db, "--published", "2026-02-22T21:00:00-06:00", "../../examples"); code != 0 {
		t.Fatalf("ingest exited %d: %s", code, errs)
	}
	code, before, errs := atalaya(t, "", "events", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("events exited %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(before), "\n")
	if len(lines) < 5 {
		t.Fatalf("%d events after ingesting the examples", len(lines))
	}
	incidents := 0
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("not JSON: %q", l)
		}
		incidents += len(m["incident_ids"].([]any))
		if m["sources"].(float64) < 1 || m["sources"].(float64) > m["reports"].(float64) {
			t.Errorf("sources %v, reports %v", m["sources"], m["reports"])
		}
	}
	if incidents != len(listed(t, "--db", db)) {
		t.Errorf("events hold %d incidents, the store %d", incidents, len(listed(t, "--db", db)))
	}
	if code, out, errs := atalaya(t, "", "fuse", "--db", db, "--rebuild"); code != 0 || !strings.Contains(out, "events written") {
		t.Fatalf("fuse --rebuild exited %d: %s %s", code, out, errs)
	}
	if _, after, _ := atalaya(t, "", "events", "--db", db, "--format", "jsonl"); after != before {
		t.Errorf("a rebuild changed the events:\n%s\nvs\n%s", before, after)
	}
	if _, out, _ := atalaya(t, "", "events", "--db", db, "--format", "acled"); !strings.HasPrefix(out, "event_id_cnty,event_date,") {
		t.Errorf("acled header: %.80q", out)
	}
	if _, out, _ := atalaya(t, "", "events", "--db", db, "--state", "Sinaloa", "--format", "jsonl"); strings.Contains(out, `"state_code":"14"`) {
		t.Errorf("--state Sinaloa listed a Jalisco event")
	}
	for _, args := range [][]string{
		{"events", "--db", db, "--format", "xml"},
		{"events", "--db", db, "--type", "picnic"},
		{"fuse", "--db", db, "extra"},
	} {
		if code, _, _ := atalaya(t, "", args...); code != exitUsage {
			t.Errorf("%v exited %d, want %d", args, code, exitUsage)
		}
	}
}
