package bench

import (
	"context"
	"runtime"
	"testing"

	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

func TestRunFusion(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	res, err := RunFusion(context.Background(), FusionConfig{Incidents: 3000, Seed: 3, Days: 30, Check: true, Fuse: fuse.DefaultConfig(), Gazetteer: g})
	if err != nil {
		t.Fatal(err)
	}
	if res.Events < res.TrueEvents/2 || res.Events > 2*res.TrueEvents {
		t.Errorf("%d events for %d true ones", res.Events, res.TrueEvents)
	}
	if res.Precision < 0.8 || res.Recall < 0.6 {
		t.Errorf("pairwise precision %.3f recall %.3f against the generated truth", res.Precision, res.Recall)
	}
	// The rebuild used the processor: its time is read (on Linux).
	if runtime.GOOS == "linux" && (res.FuseCPU <= 0 || res.FuseCPU > 100*res.FuseTime) {
		t.Errorf("rebuild of %v used %v of processor time", res.FuseTime, res.FuseCPU)
	}
	if res.LargestEvent > 30 {
		t.Errorf("an event of %d incidents", res.LargestEvent)
	}
	t.Logf("incremental: %d new, %d fused, %d events written, %v", res.IncrementalN, res.IncrementalRead, res.IncrementalEvents, res.IncrementalTime)
	// One more day after the thirty: fusing it re-sweeps only the events
	// it can reach, the last few days, not the store.
	if res.IncrementalRead < res.IncrementalN || res.IncrementalRead > res.Incidents/2 {
		t.Errorf("one more day of %d incidents fused with %d of the %d stored ones", res.IncrementalN, res.IncrementalRead, res.Incidents)
	}
	if !res.Checked || res.OnlyIncremental != 0 || res.OnlyRebuild != 0 {
		t.Errorf("incremental against rebuild: checked %v, %d events only incremental, %d only rebuilt", res.Checked, res.OnlyIncremental, res.OnlyRebuild)
	}
	if res.IncrementalEvents == 0 || res.IncrementalEvents > res.IncrementalRead {
		t.Errorf("one more day wrote %d events", res.IncrementalEvents)
	}
	if res.Digest == (EventsDigest{}) || res.IncrementalDigest == res.Digest {
		t.Errorf("events digest %v rebuilt, %v after the incremental day", res.Digest, res.IncrementalDigest)
	}
}

func TestEventsDigest(t *testing.T) {
	a := model.Event{ID: "e1", Type: model.Homicide, IncidentIDs: []string{"i1", "i2"}}
	b := model.Event{ID: "e2", Type: model.Blockade, IncidentIDs: []string{"i3"}}
	moved := b
	moved.IncidentIDs = []string{"i2", "i3"}
	sum := func(evs ...model.Event) EventsDigest {
		var d EventsDigest
		for _, ev := range evs {
			if err := d.add(ev); err != nil {
				t.Fatal(err)
			}
		}
		return d
	}
	for _, tc := range []struct {
		name  string
		x, y  EventsDigest
		equal bool
	}{
		{"either order", sum(a, b), sum(b, a), true},
		{"a member moved", sum(a, b), sum(a, moved), false},
		{"an event left out", sum(a, b), sum(a), false},
		{"an event twice", sum(a, b), sum(a, b, b), false},
	} {
		if got := tc.x == tc.y; got != tc.equal {
			t.Errorf("%s: %v and %v equal %v, want %v", tc.name, tc.x, tc.y, got, tc.equal)
		}
	}
}

// BenchmarkFusion times a rebuild of the events of 20,000 stored incidents
// (b.N times); `atalaya bench --fuse 1000000` is the full-size run.
func BenchmarkFusion(b *testing.B) {
	g, err := gazetteer.Load()
	if err != nil {
		b.Fatal(err)
	}
	const n = 20000
	var total float64
	for range b.N {
		res, err := RunFusion(context.Background(), FusionConfig{Incidents: n, Seed: 1, Days: 36, Fuse: fuse.DefaultConfig(), Gazetteer: g})
		if err != nil {
			b.Fatal(err)
		}
		total += res.FuseTime.Seconds()
	}
	b.ReportMetric(float64(n*b.N)/total, "incidents/s")
}
