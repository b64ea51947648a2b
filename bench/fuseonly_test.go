package bench

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/store"
)

// generatedItems returns n of GenerateFusion's reports over days, as the
// rebuild reads them from the store (store.FuseInputOf): items in fusion
// order with their sketches.
func generatedItems(tb testing.TB, n, days int) []fuse.Item {
	tb.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		tb.Fatal(err)
	}
	var items []fuse.Item
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	_, err = GenerateFusion(g, n, 1, start, days, func(es []store.Entry) error {
		for _, e := range es {
			var sk fuse.Sketch
			if err := sk.UnmarshalBinary(e.Sketch); err != nil {
				return err
			}
			for k := range e.Incidents {
				in, ok := store.FuseInputOf(&e.Report, k, &e.Incidents[k])
				if !ok {
					return fmt.Errorf("incident %s: evidence outside its report", e.Incidents[k].ID)
				}
				items = append(items, fuse.Item{Incident: in.Incident, Source: in.Source, Kind: in.Kind,
					Published: in.Published, Sketch: sk})
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	slices.SortFunc(items, func(a, b fuse.Item) int { return a.Order().Compare(b.Order()) })
	return items
}

// BenchmarkFuseGenerated times the matching alone (no store) of 22,220 of
// the bench's generated reports over 4 days, the density of `atalaya
// bench --fuse 1000000` (180 days): the pair model's work on the events
// that density makes, which BenchmarkFuser's textless items do not reach.
func BenchmarkFuseGenerated(b *testing.B) {
	items := generatedItems(b, 22220, 4)
	b.ReportAllocs()
	var events int
	for b.Loop() {
		events = 0
		f := fuse.New(fuse.DefaultConfig(), func(fuse.Fused) error { events++; return nil })
		for _, it := range items {
			if err := f.Add(it); err != nil {
				b.Fatal(err)
			}
		}
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(events), "events")
}
