package fold

import (
	"slices"
	"testing"
)

func TestOffsets(t *testing.T) {
	for _, tc := range []struct {
		s, m     string
		apart    []int // step len(m)
		overlaps []int // step 1
	}{
		{"a a a", "a a", []int{0}, []int{0, 2}},
		{"uno, dos, tres", ", ", []int{3, 8}, []int{3, 8}},
		{"sin nada", "mil", nil, nil},
		{"", "mil", nil, nil},
		{"aaaa", "aa", []int{0, 2}, []int{0, 1, 2}},
		{"mil mil", "mil", []int{0, 4}, []int{0, 4}},
		{"ab", "", []int{0, 1, 2}, []int{0, 1, 2}}, // the empty string at every offset, once
	} {
		if got := slices.Collect(Offsets(tc.s, tc.m, len(tc.m))); !slices.Equal(got, tc.apart) {
			t.Errorf("Offsets(%q, %q, %d) = %v, want %v", tc.s, tc.m, len(tc.m), got, tc.apart)
		}
		if got := slices.Collect(Offsets(tc.s, tc.m, 1)); !slices.Equal(got, tc.overlaps) {
			t.Errorf("Offsets(%q, %q, 1) = %v, want %v", tc.s, tc.m, got, tc.overlaps)
		}
	}
}

func TestOffsetsStop(t *testing.T) {
	var got []int
	for j := range Offsets("x x x x", "x", 1) {
		got = append(got, j)
		if len(got) == 2 {
			break
		}
	}
	if !slices.Equal(got, []int{0, 2}) {
		t.Errorf("stopped Offsets = %v, want [0 2]", got)
	}
}
