package api

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// benchIncidents is the size of the benchmark store.
const benchIncidents = 100_000

// benchStore fills st with benchIncidents generated incidents, four per
// report, placed at the seats of real municipalities (weighted by
// population, as reporting is) over the 60 days from 1 January 2026.
func benchStore(b *testing.B, st *store.Store) {
	g, err := gaz()
	if err != nil {
		b.Fatal(err)
	}
	type seat struct {
		state, muni, name string
		lat, lon          float64
		weight            int
	}
	var seats []seat
	total := 0
	for _, m := range g.Municipalities() {
		if m.Lat == 0 && m.Lon == 0 {
			continue
		}
		w := max(m.Population/10_000, 1)
		total += w
		seats = append(seats, seat{m.StateCode, m.MunicipalityCode, m.Name, m.Lat, m.Lon, total})
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func() seat {
		n := rng.IntN(total)
		i, _ := slices.BinarySearchFunc(seats, n+1, func(s seat, n int) int { return s.weight - n })
		return seats[min(i, len(seats)-1)]
	}
	start := time.Date(2026, 1, 1, 6, 0, 0, 0, time.UTC)
	const perReport, batch = 4, 500
	var entries []store.Entry
	for r := 0; r < benchIncidents/perReport; r++ {
		var text strings.Builder
		var ins []model.Incident
		for k := 0; k < perReport; k++ {
			s := pick()
			at := start.Add(time.Duration(rng.Int64N(int64(60 * 24 * time.Hour))))
			typ := model.IncidentTypes[rng.IntN(len(model.IncidentTypes))]
			i := text.Len()
			fmt.Fprintf(&text, "Reportan %s en %s con saldo de %d personas afectadas. ", strings.ReplaceAll(string(typ), "_", " "), s.name, rng.IntN(9))
			ins = append(ins, model.Incident{
				Type:     typ,
				Actors:   []model.Actor{{Name: "Grupo armado no identificado", Kind: model.UnidentifiedArmedGroup, Role: model.Perpetrator}},
				Location: model.Location{StateCode: s.state, MunicipalityCode: s.muni, Municipality: s.name, Lat: fp(s.lat), Lon: fp(s.lon), Precision: model.GeoMunicipality},
				Time:     &at, TimePrecision: model.TimeHour,
				Severity: 1 + rng.IntN(4), Confidence: 0.7,
				Evidence: []model.Span{{Start: i, End: text.Len() - 1}},
			})
		}
		id := fmt.Sprintf("bench-%06d", r)
		entries = append(entries, store.Entry{
			Report:    model.Report{ID: id, Source: "bench", Kind: model.KindNews, Lang: "es", Text: text.String(), Published: start},
			Incidents: ins,
		})
		if len(entries) == batch {
			if _, err := st.Save(context.Background(), entries); err != nil {
				b.Fatal(err)
			}
			entries = entries[:0]
		}
	}
	if _, err := st.Save(context.Background(), entries); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkIncidentsBBox measures /api/incidents with a bounding box and a
// time range over a store of 100,000 incidents, with 50 clients at once on
// loopback. Each request asks for a box of 2 to 6 degrees around a random
// point of Mexico and a window of 1 to 7 days (a default page of 100).
//
//	ATALAYA_BENCH_DB=/tmp/bench.db go test -run XXX -bench IncidentsBBox -benchtime 5000x ./api
//
// Setting ATALAYA_BENCH_DB=FILE keeps the generated store in FILE for the
// next run.
func BenchmarkIncidentsBBox(b *testing.B) {
	path := os.Getenv("ATALAYA_BENCH_DB") // kept between runs when set
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	_, statErr := os.Stat(path)
	st, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if statErr != nil {
		t0 := time.Now()
		benchStore(b, st)
		b.Logf("stored %d incidents in %v", benchIncidents, time.Since(t0).Round(time.Millisecond))
	}
	s, err := New(Config{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	const clients = 50
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	rng := rand.New(rand.NewPCG(3, 4))
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	targets := make([]string, 4096)
	for i := range targets {
		lon, lat := -116+rng.Float64()*30, 15+rng.Float64()*15
		half := 1 + rng.Float64()*2
		from := start.Add(time.Duration(rng.IntN(53*24)) * time.Hour)
		to := from.Add(time.Duration(24+rng.IntN(6*24)) * time.Hour)
		targets[i] = fmt.Sprintf("%s/api/incidents?bbox=%.3f,%.3f,%.3f,%.3f&since=%s&until=%s", srv.URL,
			lon-half, lat-half, lon+half, lat+half, from.Format(time.RFC3339), to.Format(time.RFC3339))
	}

	// Closed loop: each client sends its next request as soon as the last
	// is answered, so the server is saturated and latency is 50 / rate.
	b.Run("clients=50", func(b *testing.B) { loadIncidents(b, client, targets, clients, 0) })
	// Open loop: each client sends two requests a second (a map being
	// panned), so latency is the time to answer under that load.
	b.Run("clients=50,rate=100/s", func(b *testing.B) { loadIncidents(b, client, targets, clients, 500*time.Millisecond) })
}

// loadIncidents sends b.N requests from clients goroutines, each waiting
// every between its requests (0: none), and reports the latencies.
func loadIncidents(b *testing.B, client *http.Client, targets []string, clients int, every time.Duration) {
	lat := make([]time.Duration, b.N)
	var (
		wg     sync.WaitGroup
		failed = make(chan error, 1)
		bytes  atomic.Int64
		next   atomic.Int64
	)
	cpu0 := cpuTime()
	b.ResetTimer()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tick := time.Now().Add(every * time.Duration(c) / time.Duration(clients))
			for {
				i := int(next.Add(1) - 1)
				if i >= b.N {
					return
				}
				if every > 0 {
					time.Sleep(time.Until(tick))
					tick = tick.Add(every)
				}
				t := time.Now()
				res, err := client.Get(targets[i%len(targets)])
				if err == nil {
					var k int64
					k, err = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					bytes.Add(k)
					if err == nil && res.StatusCode != 200 {
						err = fmt.Errorf("status %d", res.StatusCode)
					}
				}
				lat[i] = time.Since(t)
				if err != nil {
					select {
					case failed <- err:
					default:
					}
				}
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	cpu := cpuTime() - cpu0
	select {
	case err := <-failed:
		b.Fatal(err)
	default:
	}
	slices.Sort(lat)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
	b.ReportMetric(float64(bytes.Load())/float64(b.N), "B/resp")
	// CPU time of the whole process (server and clients) per request: what
	// the machine's other load changes least.
	b.ReportMetric(ms(cpu)/float64(b.N), "cpu-ms/req")
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
