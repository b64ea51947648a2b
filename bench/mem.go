package bench

import (
	"bufio"
	"bytes"
	"os"
	"runtime/metrics"
	"strconv"
	"sync"
	"time"
)

// Memory is the process's memory at its resident peak, split by where it
// lives, in MB.
type Memory struct {
	RSS float64 // resident set (anonymous and file-backed)
	// Go is the memory the Go runtime holds resident: its heap (live and
	// garbage not yet collected), stacks and its own structures, less
	// what it has returned to the system.
	Go float64
	// GoLive is the live heap after the last collection before the peak.
	GoLive float64
	// Other is the rest of the anonymous memory: SQLite's page caches
	// and statements (modernc.org/sqlite allocates outside the Go heap).
	Other float64
	// Mapped is the file-backed part: the database file mapped by SQLite
	// (mmap_size) and the program's own text.
	Mapped float64
}

// memSampler samples the process's memory until stopped and keeps the
// sample with the largest resident set.
type memSampler struct {
	mu   sync.Mutex
	peak Memory
	stop chan struct{}
	done chan struct{}
}

func startMemSampler(every time.Duration) *memSampler {
	m := &memSampler{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(m.done)
		t := time.NewTicker(every)
		defer t.Stop()
		samples := []metrics.Sample{
			{Name: "/memory/classes/total:bytes"},
			{Name: "/memory/classes/heap/released:bytes"},
			{Name: "/gc/heap/live:bytes"},
		}
		for {
			m.sample(samples)
			select {
			case <-t.C:
			case <-m.stop:
				m.sample(samples)
				return
			}
		}
	}()
	return m
}

func (m *memSampler) sample(samples []metrics.Sample) {
	anon, file, ok := procRSS()
	if !ok {
		return
	}
	metrics.Read(samples)
	const mb = 1e6
	goRes := float64(samples[0].Value.Uint64()-samples[1].Value.Uint64()) / mb
	s := Memory{RSS: (anon + file) / mb, Go: goRes, GoLive: float64(samples[2].Value.Uint64()) / mb,
		Other: max(anon/mb-goRes, 0), Mapped: file / mb}
	m.mu.Lock()
	if s.RSS > m.peak.RSS {
		m.peak = s
	}
	m.mu.Unlock()
}

// end stops sampling and returns the peak sample.
func (m *memSampler) end() Memory {
	close(m.stop)
	<-m.done
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.peak
}

// procRSS reads the anonymous and file-backed resident memory of the
// process, in bytes, from /proc/self/status (Linux); ok is false
// elsewhere.
func procRSS() (anon, file float64, ok bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0, false
	}
	var nanon, nfile bool
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) < 2 {
			continue
		}
		kb, err := strconv.ParseFloat(string(f[1]), 64)
		if err != nil {
			continue
		}
		switch string(f[0]) {
		case "RssAnon:":
			anon, nanon = kb*1024, true
		case "RssFile:", "RssShmem:":
			file += kb * 1024
			nfile = true
		}
	}
	return anon, file, nanon && nfile
}
