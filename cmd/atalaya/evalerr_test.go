package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/internal/tripwire"
)

const (
	goldCelaya = `{"report":{"id":"g1","source":"Prueba","published":"2026-02-23T10:00:00-06:00","text":"Hombres armados asesinaron a dos hombres en Celaya, Guanajuato."},"incidents":[{"type":"armed_attack","state_code":"11"}]}`
	goldTrip   = `{"report":{"id":"g2","source":"Prueba","published":"2026-02-23T10:00:00-06:00","text":"TRIPWIRE: quemaron dos camiones en Zapopan, Jalisco."},"incidents":[{"type":"arson","state_code":"14"}]}`
	goldEmpty  = `{"report":{"id":"g3","source":"Prueba","published":"2026-02-23T10:00:00-06:00","text":""},"incidents":[]}`
)

// TestEvalPanicIsAPipelineError holds that a report whose extraction
// panics is scored as read with nothing found and listed among the
// pipeline errors, named, while the other cases are scored; and that
// atalaya eval, when a report cannot be read, prints its scores and exits
// with the status of skipped input.
func TestEvalPanicIsAPipelineError(t *testing.T) {
	ex, err := newExtractor(nil)
	if err != nil {
		t.Fatal(err)
	}
	cases, err := eval.ReadGold(strings.NewReader(goldCelaya + "\n" + goldTrip + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := eval.Run(context.Background(), cases, goldPipeline(tripwire.Extractor{Real: ex.Extractor}))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := s.Write(&out); err != nil {
		t.Fatal(err)
	}
	if len(s.Errors) != 1 || s.Errors[0].Line != 2 ||
		!strings.Contains(out.String(), "pipeline errors: 1\n  line 2: extracting report g2") ||
		!strings.Contains(out.String(), "panic: "+tripwire.Panic) {
		t.Errorf("errors %+v; output:\n%s", s.Errors, out.String())
	}

	path := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(path, []byte(goldCelaya+"\n"+goldEmpty+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := atalaya(t, "", "eval", path)
	if code != exitSkipped || !strings.Contains(stdout, "pipeline errors: 1") || !strings.Contains(stderr, "1 pipeline errors") {
		t.Errorf("eval exited %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}

	// As JSON: the errors in the scores, the same exit status.
	code, stdout, stderr = atalaya(t, "", "eval", "--json", path)
	var got eval.Scores
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("eval --json: %v\n%s", err, stdout)
	}
	if code != exitSkipped || len(got.Errors) != 1 || got.Errors[0].Line != 2 || got.Reports != 2 || !strings.Contains(stderr, "1 pipeline errors") {
		t.Errorf("eval --json exited %d, errors %+v\nstderr:\n%s", code, got.Errors, stderr)
	}
}
