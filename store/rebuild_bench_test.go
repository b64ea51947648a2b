package store

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkRebuildEvents measures a rebuild of 20,000 stored events in one
// batch: every event deleted, written again and checked for removal.
func BenchmarkRebuildEvents(b *testing.B) {
	ctx := context.Background()
	s, _ := open(b)
	var evs []FusedEvent
	for i := range 20000 {
		evs = append(evs, gridEvent(fmt.Sprintf("e%05d", i), -103+float64(i%100)/100, 20+float64(i/100)/100, i%5000))
	}
	if err := s.SaveFusion(ctx, FusionBatch{Events: evs, Done: 1}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if err := s.SaveFusion(ctx, FusionBatch{Clear: &FuseScope{All: true}, Events: evs, Reindex: true, Done: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
