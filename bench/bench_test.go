package bench

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/when"
)

// newExtractor returns an extractor with the embedded gazetteer and the
// time resolver.
func newExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	w, err := when.New()
	if err != nil {
		t.Fatal(err)
	}
	return extract.New(g, w)
}

func TestRun(t *testing.T) {
	fcfg := fuse.DefaultConfig()
	res, err := Run(context.Background(), Config{Reports: 300, Seed: 5, Extractor: newExtractor(t), Fusion: &fcfg})
	if err != nil {
		t.Fatal(err)
	}
	if res.Reports != 300 {
		t.Errorf("Reports = %d, want 300", res.Reports)
	}
	if res.Incidents < 300 {
		t.Errorf("Incidents = %d; every generated report describes at least one", res.Incidents)
	}
	if res.Bytes < 300*3000 || res.Bytes > 300*6000 {
		t.Errorf("corpus is %d bytes, want 3–5 KB a report", res.Bytes)
	}
	if res.LatencyP50 <= 0 || res.LatencyP99 < res.LatencyP50 || res.LatencyP99 > res.Elapsed {
		t.Errorf("latency p50 %v p99 %v with elapsed %v: want 0 < p50 <= p99 <= elapsed", res.LatencyP50, res.LatencyP99, res.Elapsed)
	}
	if res.ExtractMBPerSec <= 0 {
		t.Errorf("extraction %v MB/s, want a positive rate", res.ExtractMBPerSec)
	}
	if res.PeakRSSMB <= 0 {
		t.Errorf("peak RSS %v MB", res.PeakRSSMB)
	}
	if res.CPU <= 0 {
		t.Errorf("processor time %v, want a positive time", res.CPU)
	}
	// With fusion, the ingest fuses at least once, at its end, from memory.
	if res.FusionRuns < 1 || res.LastFusion.Held == 0 || res.Tail <= 0 || res.Tail > res.Elapsed {
		t.Errorf("%d fusion runs, the last with %d incidents held, after %v of %v: want at least one, from memory, within the run",
			res.FusionRuns, res.LastFusion.Held, res.Tail, res.Elapsed)
	}
	if runtime.GOOS == "linux" {
		m := res.Memory
		if m.RSS <= 0 || m.Go <= 0 || m.GoLive <= 0 || m.GoLive > m.Go || m.Mapped > m.RSS {
			t.Errorf("memory at the peak %+v: want positive parts, the live heap within Go's, the mapped part within the whole", m)
		}
	}
	var buf bytes.Buffer
	if err := res.Write(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"reports/s", "target >= 1000 reports/s", "MB/s on one core", "target >= 5 MB/s per core", "target <= 500 MB", "processor time", "largest sampled"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Write gave %q, want it to contain %q", buf.String(), want)
		}
	}
	// The verdict follows the figure.
	slow := Result{ExtractMBPerSec: 1, ReportsPerSec: 2000, PeakRSSMB: 100}
	buf.Reset()
	slow.Write(&buf)
	if got := strings.Count(buf.String(), "UNMET"); got != 1 {
		t.Errorf("a slow extraction gave %d UNMET marks, want 1:\n%s", got, buf.String())
	}
}
