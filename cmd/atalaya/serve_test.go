package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadToken(t *testing.T) {
	dir := t.TempDir()
	file := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := file("good", "  s3cret-token-of-24-bytes\n")
	tests := []struct {
		name, env, file, want string
		fail                  bool
	}{
		{"none: writing off", "", "", "", false},
		{"environment", "env-token-0123456789", "", "env-token-0123456789", false},
		{"file wins, trimmed", "env-token-0123456789", good, "s3cret-token-of-24-bytes", false},
		{"empty file", "", file("empty", "\n"), "", true},
		{"short file", "", file("short", "abc"), "", true},
		{"short environment", "abc", "", "", true},
		{"missing file", "", filepath.Join(dir, "nope"), "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("ATALAYA_TOKEN", tt.env)
			got, err := loadToken(tt.file)
			if (err != nil) != tt.fail || got != tt.want {
				t.Errorf("loadToken(%q) = %q, %v; want %q, fail %v", tt.file, got, err, tt.want, tt.fail)
			}
		})
	}
}

func TestServeReadTokenNeedsToken(t *testing.T) {
	t.Setenv("ATALAYA_TOKEN", "")
	code, _, errs := atalaya(t, "", "serve", "--db", filepath.Join(t.TempDir(), "x.db"), "--read-token")
	if code != exitUsage || !strings.Contains(errs, "--read-token needs a token") {
		t.Errorf("exit %d, stderr %q; want a usage error", code, errs)
	}
}
