// Package web serves the operational picture: an offline map page of the
// stored events, embedded in the binary. The page (static/: index.html,
// app.js, app.css) draws Mexico's states from the gazetteer's outlines,
// served as /states.geojson, with no tile server, and reads everything else
// from the API under /api/. The map library, Leaflet with
// Leaflet.markercluster, is installed from npm by web/package.json and its
// lock file (`npm ci --prefix web`) and embedded from web/node_modules at
// build time: the package does not build before that step. Nothing is
// fetched from another site at run time.
//
// The page builds its DOM with createElement and textContent, never with
// report text as HTML, so that it works under the API's
// Content-Security-Policy (default-src 'self'), which the caller sets.
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed static
var static embed.FS

// vendor holds the files of the npm packages that the page loads.
//
//go:embed node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css
//go:embed node_modules/leaflet.markercluster/dist/leaflet.markercluster.js
//go:embed node_modules/leaflet.markercluster/dist/MarkerCluster.css node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css
//go:embed node_modules/leaflet/LICENSE node_modules/leaflet.markercluster/MIT-LICENCE.txt
var vendor embed.FS

// vendorFiles maps the page's URL paths to the files in vendor.
var vendorFiles = map[string]string{
	"/vendor/leaflet.js":                "node_modules/leaflet/dist/leaflet.js",
	"/vendor/leaflet.css":               "node_modules/leaflet/dist/leaflet.css",
	"/vendor/leaflet.LICENSE.txt":       "node_modules/leaflet/LICENSE",
	"/vendor/markercluster.js":          "node_modules/leaflet.markercluster/dist/leaflet.markercluster.js",
	"/vendor/MarkerCluster.css":         "node_modules/leaflet.markercluster/dist/MarkerCluster.css",
	"/vendor/MarkerCluster.Default.css": "node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css",
	"/vendor/markercluster.LICENSE.txt": "node_modules/leaflet.markercluster/MIT-LICENCE.txt",
}

// StatesPath is where the state outlines are served.
const StatesPath = "/states.geojson"

// file is one served file, with its gzip form when that is smaller.
type file struct {
	body, gz []byte
	ctype    string
	etag     string
}

// Handler serves the page, its scripts and styles, and the state outlines.
// It is immutable after New and safe for concurrent use.
type Handler struct {
	files map[string]file
}

// New returns the handler; states is the GeoJSON of the state outlines
// (gazetteer's StatesGeoJSON).
func New(states []byte) (*Handler, error) {
	if len(states) == 0 {
		return nil, errors.New("web: no state outlines")
	}
	h := &Handler{files: map[string]file{}}
	err := fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := static.ReadFile(p)
		if err != nil {
			return err
		}
		h.add("/"+strings.TrimPrefix(p, "static/"), b)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web: embedded page: %w", err)
	}
	for url, p := range vendorFiles {
		b, err := vendor.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("web: embedded %s: %w", p, err)
		}
		h.add(url, b)
	}
	h.add(StatesPath, states)
	if _, ok := h.files["/index.html"]; !ok {
		return nil, errors.New("web: no index.html embedded")
	}
	return h, nil
}

func (h *Handler) add(urlPath string, body []byte) {
	ext := path.Ext(urlPath)
	ctype := mime.TypeByExtension(ext)
	switch ext {
	case ".geojson":
		ctype = "application/geo+json"
	case ".js":
		ctype = "text/javascript; charset=utf-8"
	case "":
		ctype = "application/octet-stream"
	}
	sum := sha256.Sum256(body)
	f := file{body: body, ctype: ctype, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(body)
	zw.Close()
	if buf.Len() < len(body)*9/10 {
		f.gz = buf.Bytes()
	}
	h.files[urlPath] = f
}

// ServeHTTP serves GET and HEAD of the page's files: "/" is index.html.
// Files are revalidated by ETag on every load (Cache-Control: no-cache), so
// a new binary's page is never mixed with an old one's script.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if p == "/" {
		p = "/index.html"
	}
	f, ok := h.files[p]
	if !ok {
		http.NotFound(w, r)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", f.ctype)
	hd.Set("Cache-Control", "no-cache")
	hd.Set("ETag", f.etag)
	body := f.body
	if f.gz != nil {
		hd.Add("Vary", "Accept-Encoding")
		if acceptsGzip(r) {
			hd.Set("Content-Encoding", "gzip")
			body = f.gz
		}
	}
	r.Header.Del("Range") // small files; a range of the gzip form would confuse
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// acceptsGzip reports whether the request accepts a gzip body.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			return strings.ReplaceAll(strings.TrimSpace(q), " ", "") != "q=0"
		}
	}
	return false
}
