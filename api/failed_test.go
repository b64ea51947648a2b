package api

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/internal/tripwire"
)

// TestPostReportsFailed holds that a report whose extraction panics is
// answered as failed, with a bounded reason, and not stored, and that the
// other reports of the request are stored.
func TestPostReportsFailed(t *testing.T) {
	s, st := newServer(t, func(c *Config) { c.Extractor = tripwire.Extractor{Real: c.Extractor} })
	bad := `{"id":"p-3","source":"Prueba","published":"2026-02-23","text":"` + tripwire.Marker + ` ` + strings.Repeat("balacera en Tonalá ", 200) + `"}`
	res, b := do(t, s, "POST", "/api/reports", testToken, jsonl(reportZapopan, bad, reportCeleya))
	var got ingestJSON
	if res.StatusCode != 200 || json.Unmarshal(b, &got) != nil {
		t.Fatalf("%d %s", res.StatusCode, b)
	}
	if got.Read != 3 || got.Stored != 2 || got.Failed != 1 {
		t.Errorf("summary = %s", b)
	}
	if len(got.Reports) != 3 || got.Reports[1].Line != 2 || got.Reports[1].Status != "failed" ||
		!strings.Contains(got.Reports[1].Error, tripwire.Panic) || len(got.Reports[1].Error) > 500 {
		t.Errorf("reports = %+v", got.Reports)
	}
	if has, err := st.Has(t.Context(), got.Reports[1].Hash); err != nil || has {
		t.Errorf("the failed report is stored: %v %v", has, err)
	}
}

// TestFailedLogBounded holds that what the log says of a report whose
// extraction panics is bounded, each attribute: its id too, however long
// the request made it.
func TestFailedLogBounded(t *testing.T) {
	var logged bytes.Buffer
	s, _ := newServer(t, func(c *Config) {
		c.Extractor = tripwire.Extractor{Real: c.Extractor}
		c.Log = slog.New(slog.NewJSONHandler(&logged, nil))
	})
	long := strings.Repeat("x", 5000)
	bad := `{"id":"` + long + `","source":"` + long + `","published":"2026-02-23","text":"` + tripwire.Marker + ` balacera en Tonalá"}`
	if res, b := do(t, s, "POST", "/api/reports", testToken, jsonl(bad)); res.StatusCode != 200 {
		t.Fatalf("%d %s", res.StatusCode, b)
	}
	var rec map[string]any
	if err := json.Unmarshal(logged.Bytes(), &rec); err != nil {
		t.Fatalf("log %q: %v", logged.String(), err)
	}
	for _, k := range []string{"id", "source", "error"} {
		if v, _ := rec[k].(string); v == "" || len(v) > maxLogged+len("…") {
			t.Errorf("log attribute %s has %d bytes, want 1 to %d", k, len(v), maxLogged)
		}
	}
}
