package ingest

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/report"
	"github.com/atalaya/atalaya/store"
)

// BenchmarkSaveExtracted measures the ingest's writer alone: storing, in
// batches of 512, the reports of the generated corpus as the extraction
// workers hand them over (incidents placed with the learned outlet prior,
// report sketches), into a fresh store. Extraction is done before the
// timer starts, so the figure is the serial part of an ingest.
func BenchmarkSaveExtracted(b *testing.B) {
	const n, batchSize = 4096, 512
	path, _ := writeCorpus(b, n)
	deps := extractDeps(b)
	prior := extract.NewSourcePrior()
	ex := extract.NewWith(extract.Deps{Gazetteer: deps.Gazetteer, When: deps.When, Prior: prior})
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var entries []store.Entry
	var size int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 32<<20)
	for sc.Scan() {
		r, err := report.DecodeLine(sc.Bytes(), report.Options{})
		if err != nil {
			b.Fatal(err)
		}
		e := store.Entry{Report: r, Incidents: ex.Extract(r)}
		prior.Observe(r, e.Incidents)
		e.Sketch, _ = fuse.NewSketch(r.Text, "").MarshalBinary()
		entries = append(entries, e)
		size += int64(len(r.Text))
	}
	b.SetBytes(size)
	var cpu time.Duration // CPU time of the saves: steadier than wall time on a busy machine
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "save.db"))
		if err != nil {
			b.Fatal(err)
		}
		c0 := cpuTime()
		b.StartTimer()
		for k := 0; k < len(entries); k += batchSize {
			if _, err := st.Save(context.Background(), entries[k:min(k+batchSize, len(entries))]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		cpu += cpuTime() - c0
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "reports/s")
	b.ReportMetric(cpu.Seconds()*1e6/float64(n*b.N), "cpu-µs/report")
}

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
