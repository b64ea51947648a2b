package fuse

import (
	"math/rand/v2"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// benchItems generates n items over 30 days in 200 municipalities of 20
// states, a tenth of them placed only in their state, as the bench
// package's generator does, without the store.
func benchItems(n int) []Item {
	rng := rand.New(rand.NewPCG(1, 2))
	types := model.IncidentTypes()
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	items := make([]Item, 0, n)
	for i := 0; len(items) < n; i++ {
		t := start.Add(time.Duration(rng.IntN(30*24*60)) * time.Minute)
		typ := types[rng.IntN(len(types))]
		st := rng.IntN(20)
		mu := rng.IntN(10)
		lat, lon := 17+float64(st)*0.5+float64(mu)*0.03, -105+float64(st)*0.4+float64(mu)*0.03
		for k := range 1 + rng.IntN(4) {
			id := strconv.Itoa(i) + "-" + strconv.Itoa(k)
			in := model.Incident{ID: id, ReportID: "r" + id, Type: typ, Confidence: 0.8,
				Location: model.Location{StateCode: strconv.Itoa(10 + st)}}
			if rng.IntN(10) == 0 {
				in.Location.Precision = model.GeoState
			} else {
				la, lo := lat, lon
				in.Location.Lat, in.Location.Lon, in.Location.Precision = &la, &lo, model.GeoMunicipality
				in.Location.MunicipalityCode = in.Location.StateCode + strconv.Itoa(100+mu)
			}
			tt := t.Add(time.Duration(rng.IntN(20)) * time.Minute)
			in.Time, in.TimePrecision = &tt, model.TimeMinute
			if rng.IntN(2) == 0 {
				in.TimePrecision = model.TimeDay
			}
			items = append(items, Item{Incident: in, Source: "s" + strconv.Itoa(rng.IntN(50)), Kind: model.KindNews,
				Published: tt.Add(time.Hour)})
		}
	}
	sort.Slice(items, func(i, j int) bool { return Less(&items[i], &items[j]) })
	return items
}

// BenchmarkFuser times the matching alone (no store) of 50,000 items.
func BenchmarkFuser(b *testing.B) {
	items := benchItems(50000)
	b.ReportAllocs()
	for b.Loop() {
		f := New(DefaultConfig(), func(Fused) error { return nil })
		for _, it := range items {
			if err := f.Add(it); err != nil {
				b.Fatal(err)
			}
		}
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
