package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/internal/tripwire"
)

func TestSetsLeaveOutHeldOut(t *testing.T) {
	heldOut := []string{"testdata/gold/test.jsonl", "testdata/gold/dev7.jsonl", "testdata/gold/fusion7.jsonl",
		"testdata/gold/fusion9.jsonl", "testdata/gold/fusion12.jsonl", "testdata/gold/fusion14.jsonl", "testdata/gold/fusion16.jsonl",
		"testdata/gold/fusion18.jsonl", "testdata/gold/fusion20.jsonl", "testdata/gold/fusion22.jsonl", "testdata/gold/fusion24.jsonl",
		"testdata/gold/fusion26.jsonl", "testdata/gold/fusion28.jsonl", "testdata/gold/fusion30.jsonl", "testdata/gold/fusion32.jsonl", "testdata/gold/fusion34.jsonl", "testdata/gold/fusion36.jsonl", "testdata/gold/fusion38.jsonl", "testdata/gold/fusion40.jsonl", "testdata/gold/fusion42.jsonl", "testdata/gold/fusion44.jsonl", "testdata/gold/fusion46.jsonl", "testdata/gold/fusion48.jsonl", "testdata/gold/fusion50.jsonl", "testdata/gold/fusion52.jsonl", "testdata/gold/fusion54.jsonl", "testdata/gold/fusion56.jsonl", "testdata/gold/fusion58.jsonl", "testdata/gold/fusion60.jsonl", "testdata/gold/fusion62.jsonl", "testdata/gold/fusion64.jsonl", "testdata/gold/fusion66.jsonl"}
	for _, s := range Sets() {
		if slices.Contains(heldOut, s) || eval.HeldOut(s) {
			t.Errorf("Sets has %s", s)
		}
	}
}

// realExtractor is the extractor as the command wires it.
func realExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	ex, err := newExtractor()
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// TestLoadFailedReport holds that a report whose extraction panics
// stops the load with an error naming its set, line and report (no model
// trained on a set read in part), not a crash.
func TestLoadFailedReport(t *testing.T) {
	root := t.TempDir()
	lines := `{"report":{"id":"a","source":"el-sol","published":"2026-02-20T10:00:00-06:00","text":"Hombres armados asesinaron a dos hombres en Celaya, Guanajuato, la noche del jueves."},"incidents":[{"type":"armed_attack","state_code":"11","event":"e1"}]}
{"report":{"id":"b","source":"la-voz","published":"2026-02-20T11:00:00-06:00","text":"Un ` + tripwire.Marker + ` en Celaya, Guanajuato: asesinaron a dos hombres."},"incidents":[{"type":"armed_attack","state_code":"11","event":"e1"}]}
`
	if err := os.WriteFile(filepath.Join(root, "set.jsonl"), []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	sets, err := load(context.Background(), root, []string{"set.jsonl"}, tripwire.Extractor{Real: realExtractor(t)})
	if err == nil {
		t.Fatalf("load = %d sets, want an error", len(sets))
	}
	for _, want := range []string{"extracting report b", "from set.jsonl:2", tripwire.Panic} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %q", err, want)
		}
	}
}

func TestLoadRefusesHeldOut(t *testing.T) {
	if _, err := load(context.Background(), "../../..", []string{"testdata/gold/fusion26.jsonl"}, realExtractor(t)); err == nil {
		t.Error("load read a held-out set")
	}
}

// TestCommittedModel fails when fuse/pairmodel.json is not what the
// generator writes from the development sets: regenerate it with
// go run ./fuse/internal/pairs -out fuse/pairmodel.json.
func TestCommittedModel(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every development fusion set")
	}
	sets, err := load(context.Background(), "../../..", Sets(), realExtractor(t))
	if err != nil {
		t.Fatal(err)
	}
	m, err := train(sets, "", defaults())
	if err != nil {
		t.Fatal(err)
	}
	want, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../pairmodel.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("fuse/pairmodel.json differs from the regenerated model")
	}
}
