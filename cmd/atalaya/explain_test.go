package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplain checks that atalaya explain lists a headline's act with
// where its place was read, in text and as JSON lines, reading standard
// input for "-", and that it refuses the held-out sets by name, as eval
// --why does, a link to one included.
func TestExplain(t *testing.T) {
	code, out, errs := atalaya(t, "Asesinan a dos hombres en Culiacán\n", "explain", "--published", "2026-03-02", "-")
	if code != exitOK || !strings.Contains(out, `incident 1 homicide at Culiacán, Sinaloa [25|25006] municipality, place "Culiacán" read from sentence (text)`) {
		t.Errorf("explain -: exit %d, stderr %q, output\n%s", code, errs, out)
	}
	code, out, _ = atalaya(t, "", "explain", "--format", "jsonl", filepath.Join("..", "..", "explain", "testdata", "headlines.tsv"))
	if code != exitOK || strings.Count(out, "\n") != 3 || !strings.Contains(out, `"headline_misses":[{"Line":4,"What":"missed"`) {
		t.Errorf("explain --format jsonl headlines.tsv: exit %d, output\n%s", code, out)
	}
	target, err := filepath.Abs(filepath.Join("..", "..", "testdata", "gold", "test.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "mine.jsonl")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"explain", "../../testdata/gold/test.jsonl"},
		{"explain", "testdata/headlines/sealed1.tsv"},
		{"explain", link},
		{"eval", "--why", "../../testdata/notinc/unseen17.jsonl"},
		{"explain", "--format", "html", "-"},
		{"explain"},
		{"explain", "a.txt", "b.txt"},
	} {
		code, out, errs := atalaya(t, "", args...)
		if code != exitUsage || out != "" {
			t.Errorf("atalaya %q: exit %d, output %q, want %d and none", args, code, out, exitUsage)
		}
		if strings.Contains(args[len(args)-1], "sealed1") && !strings.Contains(errs, "held-out") {
			t.Errorf("atalaya %q: %q, want a word on held-out sets", args, errs)
		}
	}
}
