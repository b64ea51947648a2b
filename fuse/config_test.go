package fuse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadConfigErrors holds that a configuration file's error names the
// file, the line where the JSON goes wrong when it can tell, and an
// untrusted key cut (internal/clip).
func TestLoadConfigErrors(t *testing.T) {
	long := strings.Repeat("clave", 400)
	for _, tt := range []struct {
		name, json string
		want       []string
	}{
		{"syntax", "{\n  \"threshold\": 0.6,\n  \"point_km\": ,\n}", []string{"c.json:3:"}},
		{"type", "{\n  \"threshold\": \"alto\"\n}", []string{"c.json:2:", "threshold"}},
		{"unknown key", `{"` + long + `": 1}`, []string{"c.json:", "unknown field"}},
		{"reliability key", `{"reliability": {"` + long + `": 2}}`, []string{"c.json:", "reliability of"}},
	} {
		path := filepath.Join(t.TempDir(), "c.json")
		if err := os.WriteFile(path, []byte(tt.json), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := LoadConfig(path)
		if err == nil || len(err.Error()) > 300+len(path) {
			t.Errorf("%s: LoadConfig = %v, want an error under %d bytes", tt.name, err, 300+len(path))
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not name %q", tt.name, err, w)
			}
		}
	}
}
