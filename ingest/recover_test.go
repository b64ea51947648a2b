package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/internal/tripwire"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// TestRunFailedReport holds that a report whose extraction panics is
// reported (an error naming it, its text left out), counted and not
// stored, and that the run stores the others, fusion included, and a
// rerun without the bug stores it.
func TestRunFailedReport(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	lines := `{"id":"a","source":"el-sol","published":"2026-02-20T10:00:00-06:00","text":"Hombres armados asesinaron a dos hombres en Celaya, Guanajuato, la noche del jueves."}
{"id":"b","source":"la-voz","published":"2026-02-20T11:00:00-06:00","text":"Un ` + tripwire.Marker + ` en Salamanca, Guanajuato: asesinaron a tres hombres en un bar."}
{"id":"c","source":"el-sol","published":"2026-02-20T12:00:00-06:00","text":"Incendiaron dos camiones en Uruapan, Michoacán, tras la detención de un líder."}
`
	path := filepath.Join(t.TempDir(), "r.jsonl")
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	var (
		mu     sync.Mutex
		failed []error
		seen   []model.Report
	)
	fcfg := fuse.DefaultConfig()
	cfg := Config{
		Store: st, Extractor: tripwire.Extractor{Real: newExtractor(t)}, BatchSize: 2, Fusion: &fcfg, FuseEvery: -1,
		Failed: func(r model.Report, err error) {
			mu.Lock()
			failed = append(failed, err)
			seen = append(seen, r)
			mu.Unlock()
		},
	}
	stats, err := Run(ctx, cfg, []string{path}, nil)
	if err != nil {
		t.Fatalf("Run: %v (a failed report is no fatal error)", err)
	}
	if stats.Reports != 3 || stats.Added != 2 || stats.Failed != 1 {
		t.Errorf("stats = %+v, want 3 read, 2 added, 1 failed", stats)
	}
	if len(failed) != 1 {
		t.Fatalf("Failed called %d times, want once", len(failed))
	}
	var xe *ExtractError
	if !errors.As(failed[0], &xe) {
		t.Fatalf("error %v is no *ExtractError", failed[0])
	}
	msg := failed[0].Error()
	for _, want := range []string{seen[0].ID, `"la-voz"`, "from " + path + ":2", tripwire.Panic, "tripwire.go"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not name %q", msg, want)
		}
	}
	if strings.Contains(msg, "Salamanca") {
		t.Errorf("error %q holds the report's text", msg)
	}
	if has, err := st.Has(ctx, seen[0].ID); err != nil || has {
		t.Errorf("failed report stored: %v %v", has, err)
	}
	reports, incidents, err := st.Counts(ctx)
	if err != nil || reports != 2 || incidents == 0 {
		t.Errorf("store holds %d reports, %d incidents (%v), want 2 and some", reports, incidents, err)
	}

	// A rerun with the bug fixed stores the report that failed.
	cfg.Extractor, cfg.Failed = newExtractor(t), nil
	stats, err = Run(ctx, cfg, []string{path}, nil)
	if err != nil || stats.Added != 1 || stats.Duplicates != 2 || stats.Failed != 0 {
		t.Errorf("rerun: stats = %+v, %v, want 1 added, 2 duplicates", stats, err)
	}
}

// TestExtractError holds that a panic's message is cut, so that a value
// holding a whole report text does not flood a log.
func TestExtractError(t *testing.T) {
	r := model.Report{ID: "x1", Source: "s"}
	err := Guard(r, func() { panic(strings.Repeat("texto ", 1000)) })
	if err == nil || len(err.Error()) > maxPanic+200 {
		t.Errorf("Guard = %v, want an error under %d bytes", err, maxPanic+200)
	}
	long := model.Report{ID: "x2", GivenID: strings.Repeat("id", 3000), Source: strings.Repeat("s", 3000), Origin: strings.Repeat("o", 3000)}
	if err := Guard(long, func() { panic("x") }); err == nil || len(err.Error()) > maxPanic+800 {
		t.Errorf("Guard of a report with a long id, source and origin = %d bytes, want under %d", len(err.Error()), maxPanic+800)
	}
	if err := Guard(r, func() {}); err != nil {
		t.Errorf("Guard without a panic = %v", err)
	}
}

// foldCounter counts how it was asked to extract: with the caller's fold
// or folding itself.
type foldCounter struct{ folded, plain int }

func (f *foldCounter) Extract(model.Report) []model.Incident { f.plain++; return nil }

func (f *foldCounter) ExtractFolded(r model.Report, plain fold.Text) []model.Incident {
	if plain.Source() != r.Text {
		panic("fold of another text")
	}
	f.folded++
	return nil
}

// TestExtractFolded checks that the caller's fold is passed on only when
// it is the report text's.
func TestExtractFolded(t *testing.T) {
	r := model.Report{ID: "r1", Text: "Balacera en Culiacán."}
	for _, tc := range []struct {
		name   string
		plain  fold.Text
		folded int
	}{
		{"the text's fold", fold.New(r.Text), 1},
		{"no fold", fold.Text{}, 0},
		{"another text's fold", fold.New("Balacera en Navolato."), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var fc foldCounter
			if _, err := extractFolded(&fc, r, tc.plain); err != nil {
				t.Fatal(err)
			}
			if fc.folded != tc.folded || fc.folded+fc.plain != 1 {
				t.Errorf("folded %d, plain %d; want folded %d of 1", fc.folded, fc.plain, tc.folded)
			}
		})
	}
}
