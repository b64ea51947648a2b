package api

import (
	"net/http"
	"strings"
	"testing"
)

// TestWebHandler checks that Config.Web serves every path outside /api/
// with the API's security headers, and that /api/ stays the API's.
func TestWebHandler(t *testing.T) {
	page := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<!doctype html><p>page " + r.URL.Path))
	})
	s, _ := newServer(t, func(c *Config) { c.Web = page })
	for _, tc := range []struct {
		target   string
		want     int
		fromPage bool
	}{
		{"/", 200, true},
		{"/app.js", 200, true},
		{"/apiary", 200, true}, // not under /api/
		{"/api/nothing", 404, false},
		{"/api", 404, false},
		{"/api/openapi.json", 200, false},
	} {
		res, b := do(t, s, "GET", tc.target, "", nil)
		if res.StatusCode != tc.want {
			t.Errorf("GET %s: %d, want %d", tc.target, res.StatusCode, tc.want)
		}
		if got := strings.HasPrefix(string(b), "<!doctype html><p>page "); got != tc.fromPage {
			t.Errorf("GET %s: served by the page %v, want %v: %.60s", tc.target, got, tc.fromPage, b)
		}
		// The page must live under the same policy: scripts, styles,
		// images and connections from this origin only, nothing inline.
		if csp := res.Header.Get("Content-Security-Policy"); csp != CSP || !strings.Contains(csp, "default-src 'self'") ||
			strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("GET %s: Content-Security-Policy %q", tc.target, csp)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" || res.Header.Get("X-Frame-Options") != "DENY" {
			t.Errorf("GET %s: headers %v", tc.target, res.Header)
		}
	}
}
