package main

import (
	"bytes"
	"context"
	"os"
	"slices"
	"testing"

	"github.com/atalaya/atalaya/eval"
)

func TestSetsLeaveOutHeldOut(t *testing.T) {
	heldOut := []string{"testdata/gold/test.jsonl", "testdata/gold/dev7.jsonl", "testdata/gold/fusion7.jsonl",
		"testdata/gold/fusion9.jsonl", "testdata/gold/fusion12.jsonl", "testdata/gold/fusion14.jsonl", "testdata/gold/fusion16.jsonl",
		"testdata/gold/fusion18.jsonl", "testdata/gold/fusion20.jsonl", "testdata/gold/fusion22.jsonl", "testdata/gold/fusion24.jsonl",
		"testdata/gold/fusion26.jsonl", "testdata/gold/fusion28.jsonl", "testdata/gold/fusion30.jsonl", "testdata/gold/fusion32.jsonl", "testdata/gold/fusion34.jsonl", "testdata/gold/fusion36.jsonl", "testdata/gold/fusion38.jsonl"}
	for _, s := range Sets() {
		if slices.Contains(heldOut, s) || eval.HeldOut(s) {
			t.Errorf("Sets has %s", s)
		}
	}
}

func TestLoadRefusesHeldOut(t *testing.T) {
	if _, err := load(context.Background(), "../../..", []string{"testdata/gold/fusion26.jsonl"}); err == nil {
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
	sets, err := load(context.Background(), "../../..", Sets())
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
