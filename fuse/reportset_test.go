package fuse

import (
	"strconv"
	"testing"
)

func TestReportSet(t *testing.T) {
	var s reportSet
	for i := range 40 {
		s.add("r" + strconv.Itoa(i%20))
	}
	tests := []struct {
		id   string
		want bool
	}{
		{"r0", true}, {"r19", true}, {"r20", false}, {"", false}, {"r1", true}, {"r100", false},
	}
	for _, tc := range tests {
		if got := s.has(tc.id); got != tc.want {
			t.Errorf("has(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
	if s.len() != 20 {
		t.Errorf("len = %d, want 20", s.len())
	}
	if one := reportsOf("r7"); !one.has("r7") || one.has("r8") || one.len() != 1 {
		t.Errorf("reportsOf(r7) = %+v", one)
	}
}
