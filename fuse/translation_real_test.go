package fuse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNewsDevTranslation: among the real news_dev reports, the one
// English page that machine-translates a Spanish outlet's story of the
// Baja California burnings (globelivemedia.com of 100noticias.com.ni) is
// taken for a translation, and no other pair is.
func TestNewsDevTranslation(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "news_dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no third-party data in %s: skipping the real-data translation check", dir)
	}
	type doc struct {
		name string
		sk   Sketch
	}
	var docs []doc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d struct{ Text string }
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		docs = append(docs, doc{filepath.Base(f), NewSketch(d.Text, "")})
	}
	found := false
	for i := range docs {
		for j := range i {
			if !docs[i].sk.Translation(&docs[j].sk) {
				continue
			}
			pair := docs[i].name + " " + docs[j].name
			if strings.Contains(pair, "globelivemedia") && strings.Contains(pair, "100noticias") {
				found = true
				continue
			}
			t.Errorf("%s taken for a translation", pair)
		}
	}
	if !found && len(docs) > 1 {
		t.Errorf("the globelivemedia.com translation of 100noticias.com.ni is not taken for one (%d reports)", len(docs))
	}
}
