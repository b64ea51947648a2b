package report

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

func TestDbgBig(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.jsonl")
	f, _ := os.Create(path)
	w := bufio.NewWriter(f)
	batch := jsonlBatch(1000)
	for i := 0; i < 60; i++ {
		w.Write(batch)
	}
	w.Flush()
	f.Close()
	info, _ := os.Stat(path)
	var peak uint64
	n := 0
	start := time.Now()
	Read(context.Background(), File{Path: path, Size: info.Size()}, nil, Options{}, func(r model.Report) error {
		n++
		if n%5000 == 0 {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
		return nil
	}, func(p Problem) { t.Fatal(p) })
	el := time.Since(start)
	fmt.Printf("size %d MB, %d reports in %v (%.0f reports/s, %.1f MB/s), peak heap in use %d MB\n", info.Size()>>20, n, el, float64(n)/el.Seconds(), float64(info.Size())/1e6/el.Seconds(), peak>>20)
}
