package api

import (
	"net/url"
	"strings"
	"testing"
)

// TestParamErrorsClipped holds that a query's error quotes the parameter
// or value at fault cut (internal/clip): the answer does not echo a long
// query back whole.
func TestParamErrorsClipped(t *testing.T) {
	s, _ := newServer(t, nil)
	long := url.QueryEscape(strings.Repeat("Tonalá ", 300))
	for _, q := range []string{long + "=1", "state=" + long} {
		res, b := do(t, s, "GET", "/api/incidents?"+q, testToken, nil)
		if res.StatusCode != 400 || len(b) > 400 || !strings.Contains(string(b), "…") {
			t.Errorf("GET ?%.40s…: %d, %d bytes %.200s, want 400 and a short answer", q, res.StatusCode, len(b), b)
		}
	}
}
