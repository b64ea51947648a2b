package ingest

import (
	"testing"
	"time"
)

// TestEndsWithin checks the estimate by which an ingest skips the fusion
// runs before its last: the rest of the input at the rate read so far.
func TestEndsWithin(t *testing.T) {
	for _, c := range []struct {
		name    string
		elapsed time.Duration
		done    float64
		within  time.Duration
		want    bool
	}{
		{"half done in 5 s, 5 s to go", 5 * time.Second, 0.5, 5 * time.Second, false},
		{"half done in 4 s, 4 s to go", 4 * time.Second, 0.5, 5 * time.Second, true},
		{"a quarter done in 2 s, 6 s to go", 2 * time.Second, 0.25, 5 * time.Second, false},
		{"nine tenths done in 20 s, 2.2 s to go", 20 * time.Second, 0.9, 5 * time.Second, true},
		{"all done", time.Hour, 1, 5 * time.Second, true},
		{"nothing done yet", 5 * time.Second, 0, 5 * time.Second, false},
	} {
		if got := endsWithin(c.elapsed, c.done, c.within); got != c.want {
			t.Errorf("%s: endsWithin(%v, %v, %v) = %v, want %v", c.name, c.elapsed, c.done, c.within, got, c.want)
		}
	}
}
