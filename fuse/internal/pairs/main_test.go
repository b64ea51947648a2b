package main

import (
	"context"
	"slices"
	"testing"

	"github.com/atalaya/atalaya/eval"
)

func TestSetsLeaveOutHeldOut(t *testing.T) {
	heldOut := []string{"testdata/gold/test.jsonl", "testdata/gold/dev7.jsonl", "testdata/gold/fusion7.jsonl",
		"testdata/gold/fusion9.jsonl", "testdata/gold/fusion12.jsonl", "testdata/gold/fusion14.jsonl", "testdata/gold/fusion16.jsonl",
		"testdata/gold/fusion18.jsonl", "testdata/gold/fusion20.jsonl", "testdata/gold/fusion22.jsonl", "testdata/gold/fusion24.jsonl",
		"testdata/gold/fusion26.jsonl", "testdata/gold/fusion28.jsonl"}
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
