package main

import (
	"strings"
	"testing"

	"github.com/atalaya/atalaya/eval"
)

// TestWriteLost: the pairs the rules keep apart for their places (state,
// municipality, one without municipality) are listed and counted by
// cause; those lost for another cause, and two events joined, are not.
func TestWriteLost(t *testing.T) {
	pairs := []eval.LostPair{
		{Event: "E1", Cause: "municipality", LineA: 3, LineB: 8, PredA: "blockade @ A/Uno", PredB: "blockade @ A/Dos"},
		{Event: "E2", Cause: "one without municipality", LineA: 4, LineB: 9, PredA: "homicide @ A", PredB: "homicide @ A/Uno"},
		{Event: "E3", Cause: "state", LineA: 5, LineB: 6, PredA: "armed_clash @ A/Uno", PredB: "armed_clash @ B"},
		{Event: "E4", Cause: "type", LineA: 1, LineB: 2, PredA: "homicide @ A/Uno", PredB: "armed_attack @ A/Uno"},
		{Event: "E5/E6", Cause: "joined", LineA: 7, LineB: 10, PredA: "blockade @ A/Uno", PredB: "blockade @ A/Uno"},
		{Event: "E7", Cause: "municipality", LineA: 11, LineB: 12, PredA: "kidnapping @ A/Uno", PredB: "kidnapping @ A/Tres"},
	}
	n := map[string]int{}
	var b strings.Builder
	writeLost(&b, "set.jsonl", pairs, n)
	out := b.String()
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"set.jsonl municipality E1 lines 3,8", true},
		{"set.jsonl one without municipality E2 lines 4,9", true},
		{"set.jsonl state E3 lines 5,6", true},
		{"set.jsonl municipality E7 lines 11,12", true},
		{"E4", false},
		{"E5/E6", false},
	} {
		if got := strings.Contains(out, tc.text); got != tc.want {
			t.Errorf("%q listed: %v, want %v\n%s", tc.text, got, tc.want, out)
		}
	}
	for cause, want := range map[string]int{"municipality": 2, "state": 1, "one without municipality": 1, "type": 0, "joined": 0} {
		if n[cause] != want {
			t.Errorf("%s counted %d, want %d", cause, n[cause], want)
		}
	}
}
