package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

const states = `{"type":"FeatureCollection","features":[]}`

func newHandler(t *testing.T) *Handler {
	t.Helper()
	h, err := New([]byte(states))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func get(h http.Handler, method, target string, header map[string]string) *http.Response {
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func TestServe(t *testing.T) {
	h := newHandler(t)
	for _, tc := range []struct {
		method, target string
		status         int
		ctype, has     string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8", `<script src="/app.js" defer>`},
		{"GET", "/index.html", 200, "text/html; charset=utf-8", `<div id="map"`},
		{"GET", "/app.js", 200, "text/javascript; charset=utf-8", "fetch('/api/stream'"},
		{"GET", "/sse.js", 200, "text/javascript; charset=utf-8", "atalayaSSE"},
		{"GET", "/app.css", 200, "text/css; charset=utf-8", "path.state"},
		{"GET", "/favicon.svg", 200, "image/svg+xml", "<svg"},
		{"GET", "/vendor/leaflet.js", 200, "text/javascript; charset=utf-8", "Leaflet"},
		{"GET", "/vendor/markercluster.js", 200, "text/javascript; charset=utf-8", "MarkerClusterGroup"},
		{"GET", "/vendor/leaflet.css", 200, "text/css; charset=utf-8", ".leaflet-container"},
		{"GET", "/vendor/MarkerCluster.css", 200, "text/css; charset=utf-8", ".leaflet-cluster-anim"},
		{"GET", "/vendor/MarkerCluster.Default.css", 200, "text/css; charset=utf-8", ".marker-cluster"},
		{"GET", "/vendor/leaflet.LICENSE.txt", 200, "text/plain; charset=utf-8", "BSD"},
		{"GET", StatesPath, 200, "application/geo+json", `"FeatureCollection"`},
		{"HEAD", "/", 200, "text/html; charset=utf-8", ""},
		{"GET", "/nothing", 404, "text/plain; charset=utf-8", "not found"},
		{"GET", "/static/index.html", 404, "text/plain; charset=utf-8", ""},
		{"GET", "/node_modules/leaflet/dist/leaflet.js", 404, "text/plain; charset=utf-8", ""},
		{"POST", "/", 405, "text/plain; charset=utf-8", ""},
	} {
		res := get(h, tc.method, tc.target, nil)
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != tc.status || res.Header.Get("Content-Type") != tc.ctype || !bytes.Contains(body, []byte(tc.has)) {
			t.Errorf("%s %s: %d %q, %d bytes; want %d %q containing %q", tc.method, tc.target,
				res.StatusCode, res.Header.Get("Content-Type"), len(body), tc.status, tc.ctype, tc.has)
		}
		if tc.method == "HEAD" && len(body) != 0 {
			t.Errorf("HEAD %s: a body of %d bytes", tc.target, len(body))
		}
	}
}

func TestGzipAndETag(t *testing.T) {
	h := newHandler(t)
	plain := get(h, "GET", "/vendor/leaflet.js", nil)
	want, _ := io.ReadAll(plain.Body)
	if plain.Header.Get("Content-Encoding") != "" || plain.Header.Get("Vary") != "Accept-Encoding" {
		t.Errorf("without Accept-Encoding: headers %v", plain.Header)
	}
	zipped := get(h, "GET", "/vendor/leaflet.js", map[string]string{"Accept-Encoding": "br, gzip;q=0.8"})
	if zipped.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("with gzip accepted: headers %v", zipped.Header)
	}
	zr, err := gzip.NewReader(zipped.Body)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(zr)
	if !bytes.Equal(got, want) {
		t.Errorf("gunzipped body of %d bytes differs from the plain one of %d", len(got), len(want))
	}
	if res := get(h, "GET", "/vendor/leaflet.js", map[string]string{"Accept-Encoding": "gzip;q=0"}); res.Header.Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 got %q", res.Header.Get("Content-Encoding"))
	}
	etag := plain.Header.Get("ETag")
	if etag == "" || plain.Header.Get("Cache-Control") != "no-cache" {
		t.Fatalf("headers %v", plain.Header)
	}
	if res := get(h, "GET", "/vendor/leaflet.js", map[string]string{"If-None-Match": etag}); res.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match with the ETag: %d, want 304", res.StatusCode)
	}
	if other := get(h, "GET", "/app.js", nil).Header.Get("ETag"); other == etag {
		t.Errorf("two files share the ETag %s", etag)
	}
}

func TestNewNeedsStates(t *testing.T) {
	if _, err := New(nil); err == nil {
		t.Error("New(nil) succeeded")
	}
}

// TestPageEscapes guards the page's rule that no report text becomes HTML:
// the script never assigns markup, never evaluates strings, and the page
// loads nothing from another origin and runs no inline script.
func TestPageEscapes(t *testing.T) {
	for _, name := range []string{"static/app.js", "static/sse.js", "static/index.html"} {
		b, err := static.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []*regexp.Regexp{
			regexp.MustCompile(`\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(`),
			regexp.MustCompile(`(?i)(src|href)="(https?:)?//`),
			regexp.MustCompile(`(?i)<script>|\son[a-z]+="|\sstyle="`),
		} {
			if m := bad.Find(b); m != nil {
				t.Errorf("%s: %q", name, m)
			}
		}
	}
	b, _ := static.ReadFile("static/app.js")
	for _, need := range []string{"textContent", "safeURL(r.url)", "new TextEncoder()"} {
		if !strings.Contains(string(b), need) {
			t.Errorf("app.js lacks %q", need)
		}
	}
}

func FuzzAcceptsGzip(f *testing.F) {
	for _, s := range []string{"", "gzip", "br, gzip;q=0.8", "gzip;q=0", "GZIP ; q=0", "identity", ",,;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		req := httptest.NewRequest("GET", "/", nil)
		req.Header.Set("Accept-Encoding", s)
		got := acceptsGzip(req)
		if got && !strings.Contains(strings.ToLower(s), "gzip") {
			t.Errorf("acceptsGzip(%q) without gzip in it", s)
		}
	})
}
