package fuse

import (
	"slices"
	"testing"
)

// TestEventIndex: events filed by place and day are found on their days
// only, in the order filed, whatever order the days come in; removing
// the last of a place's events forgets the place.
func TestEventIndex(t *testing.T) {
	a, b, c := &cluster{id: "a"}, &cluster{id: "b"}, &cluster{id: "c"}
	at := func(day int32) indexKey { return indexKey{kind: 'm', name: 7, day: day} }
	ids := func(cs []*cluster) (out []string) {
		for _, c := range cs {
			out = append(out, c.id)
		}
		return out
	}
	ix := eventIndex{}
	ix.add(at(10), a)
	ix.add(at(12), b)
	ix.add(at(8), c) // a day before the first
	ix.add(at(10), c)
	tests := []struct {
		day  int32
		want []string
	}{
		{7, nil}, {8, []string{"c"}}, {9, nil}, {10, []string{"a", "c"}}, {11, nil}, {12, []string{"b"}}, {13, nil},
	}
	for _, tt := range tests {
		if got := ids(ix.day(at(tt.day))); !slices.Equal(got, tt.want) {
			t.Errorf("day %d: %v, want %v", tt.day, got, tt.want)
		}
	}
	var got []string
	for _, l := range ix.span(at(0).place(), 9, 20) {
		got = append(got, ids(l)...)
	}
	if want := []string{"a", "c", "b"}; !slices.Equal(got, want) {
		t.Errorf("days 9-20: %v, want %v", got, want)
	}
	if l := ix.span(indexKey{kind: 'm', name: 8}.place(), 0, 20); l != nil {
		t.Errorf("another place: %v, want none", l)
	}
	ix.remove(at(8), c)
	ix.remove(at(10), a)
	if got := ids(ix.day(at(10))); !slices.Equal(got, []string{"c"}) {
		t.Errorf("day 10 after removing a: %v, want [c]", got)
	}
	ix.remove(at(10), c)
	ix.remove(at(12), b)
	if len(ix) != 0 {
		t.Errorf("%d places left, want none", len(ix))
	}
}
