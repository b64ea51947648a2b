package api

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// benchIncidents is the size of the benchmark store.
const benchIncidents = 100_000

// benchStore fills st with benchIncidents generated incidents, four per
// report, placed at the seats of real municipalities (weighted by
// population, as reporting is) over the 60 days from 1 January 2026.
func benchStore(b *testing.B, st *store.Store) {
	pick := seatPicker(b)
	rng := rand.New(rand.NewPCG(1, 2))
	start := time.Date(2026, 1, 1, 6, 0, 0, 0, time.UTC)
	const perReport, batch = 4, 500
	var entries []store.Entry
	for r := 0; r < benchIncidents/perReport; r++ {
		var text strings.Builder
		var ins []model.Incident
		for k := 0; k < perReport; k++ {
			s := pick(rng)
			at := start.Add(time.Duration(rng.Int64N(int64(60 * 24 * time.Hour))))
			typ := model.IncidentTypes()[rng.IntN(len(model.IncidentTypes()))]
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

// seat is a municipality's seat, with the cumulative weight of the seats
// up to it.
type seat struct {
	state, muni, name string
	lat, lon          float64
	weight            int
}

// seatPicker returns a function that picks the seat of a real municipality,
// weighted by population (as reporting is).
func seatPicker(b *testing.B) func(*rand.Rand) seat {
	g, err := gaz()
	if err != nil {
		b.Fatal(err)
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
	return func(rng *rand.Rand) seat {
		n := rng.IntN(total)
		i, _ := slices.BinarySearchFunc(seats, n+1, func(s seat, n int) int { return s.weight - n })
		return seats[min(i, len(seats)-1)]
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
	ls := newLoadServer(s)
	srv := httptest.NewServer(ls)
	defer srv.Close()
	const clients = 50
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	targets := bboxTargets(srv.URL + "/api/incidents")

	// Closed loop: each client sends its next request as soon as the last
	// is answered, so the server is saturated and latency is 50 / rate.
	b.Run("clients=50", func(b *testing.B) { loadIncidents(b, client, targets, clients, 0, ls, st) })
	// Open loop: each client sends two requests a second (a map being
	// panned), so latency is the time to answer under that load.
	b.Run("clients=50,rate=100/s", func(b *testing.B) { loadIncidents(b, client, targets, clients, 500*time.Millisecond, ls, st) })
}

// benchEvents is the size of the events benchmark store.
const benchEvents = 100_000

// benchEventStore fills st with benchEvents generated events, placed like
// benchStore's incidents over the same 60 days, each of one to four
// incidents and reports, one in ten with a contradicted death toll. They
// are saved in the order of their start times, as fusion saves them (it
// sweeps incidents in time order), so that the events of a time range
// lie together in the table as they do in a fused store.
func benchEventStore(b *testing.B, st *store.Store) {
	pick := seatPicker(b)
	rng := rand.New(rand.NewPCG(5, 6))
	start := time.Date(2026, 1, 1, 6, 0, 0, 0, time.UTC)
	outlets := []string{"Diario del Norte", "El Informador de Prueba", "Alerta Vecinal", "Noticias del Pacífico", "Radio Centro de Prueba"}
	all := make([]store.FusedEvent, 0, benchEvents)
	for n := range benchEvents {
		s := pick(rng)
		at := start.Add(time.Duration(rng.Int64N(int64(60*24*time.Hour))) / time.Second * time.Second)
		end := at.Add(time.Duration(rng.IntN(6)) * time.Hour)
		members := 1 + rng.IntN(4)
		e := model.Event{
			ID:     fmt.Sprintf("ev-bench-%06d", n),
			Type:   model.IncidentTypes()[rng.IntN(len(model.IncidentTypes()))],
			Actors: []model.Actor{{Name: "Grupo armado no identificado", Kind: model.UnidentifiedArmedGroup, Role: model.Perpetrator}},
			Location: model.Location{StateCode: s.state, MunicipalityCode: s.muni, Municipality: s.name,
				Lat: fp(s.lat), Lon: fp(s.lon), Precision: model.GeoMunicipality},
			TimeStart: &at, TimeEnd: &end, TimePrecision: model.TimeHour,
			Severity: 1 + rng.IntN(4), Confidence: 0.5 + rng.Float64()/2,
			Sources: 1 + rng.IntN(members), Reports: members,
		}
		keys := make([]time.Time, members)
		for k := range members {
			rid := fmt.Sprintf("%032x", uint64(n)*8+uint64(k))
			e.IncidentIDs = append(e.IncidentIDs, rid+"-0")
			e.ReportIDs = append(e.ReportIDs, rid)
			keys[k] = at
		}
		for k := range e.Sources {
			e.Outlets = append(e.Outlets, outlets[(n+k)%len(outlets)])
		}
		slices.Sort(e.Outlets)
		if k := rng.IntN(5); k > 0 {
			e.Killed = &model.Count{N: k}
		}
		if members > 1 && rng.IntN(10) == 0 {
			e.Contradictions = []model.Contradiction{{Field: "killed", Values: []model.ClaimedValue{
				{Value: "3", ReportIDs: e.ReportIDs[:1]}, {Value: "5", ReportIDs: e.ReportIDs[1:2]}}}}
		}
		js, err := export.MarshalEvent(e) // as ingest.Fuse stores it
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, store.FusedEvent{Event: e, Keys: keys, JSON: js})
	}
	slices.SortFunc(all, func(x, y store.FusedEvent) int {
		if c := x.TimeStart.Compare(*y.TimeStart); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	for batch := range slices.Chunk(all, 4096) {
		if err := st.SaveFusion(context.Background(), store.FusionBatch{Events: batch}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEventsBBox measures /api/events with a bounding box and a time
// range over a store of 100,000 events, with 50 clients at once on
// loopback, as BenchmarkIncidentsBBox does for incidents (the same boxes,
// windows and page size).
//
//	ATALAYA_BENCH_EVENTS_DB=/tmp/bench-events.db go test -run XXX -bench EventsBBox -benchtime 5000x ./api
func BenchmarkEventsBBox(b *testing.B) {
	path := os.Getenv("ATALAYA_BENCH_EVENTS_DB") // kept between runs when set
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench-events.db")
	}
	_, statErr := os.Stat(path)
	st, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if statErr != nil {
		t0 := time.Now()
		benchEventStore(b, st)
		b.Logf("stored %d events in %v", benchEvents, time.Since(t0).Round(time.Millisecond))
	}
	fillEventJSON(b, st)
	s, err := New(Config{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	ls := newLoadServer(s)
	srv := httptest.NewServer(ls)
	defer srv.Close()
	const clients = 50
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	targets := bboxTargets(srv.URL + "/api/events")
	b.Run("clients=50", func(b *testing.B) { loadIncidents(b, client, targets, clients, 0, ls, st) })
	b.Run("clients=50,rate=100/s", func(b *testing.B) { loadIncidents(b, client, targets, clients, 500*time.Millisecond, ls, st) })
}

// bboxTargets returns requests of base with a box of 2 to 6 degrees around
// a random point of Mexico and a window of 1 to 7 days in the 60 days of
// the benchmark stores.
func bboxTargets(base string) []string {
	rng := rand.New(rand.NewPCG(3, 4))
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	targets := make([]string, 4096)
	for i := range targets {
		lon, lat := -116+rng.Float64()*30, 15+rng.Float64()*15
		half := 1 + rng.Float64()*2
		from := start.Add(time.Duration(rng.IntN(53*24)) * time.Hour)
		to := from.Add(time.Duration(24+rng.IntN(6*24)) * time.Hour)
		targets[i] = fmt.Sprintf("%s?bbox=%.3f,%.3f,%.3f,%.3f&since=%s&until=%s", base,
			lon-half, lat-half, lon+half, lat+half, from.Format(time.RFC3339), to.Format(time.RFC3339))
	}
	return targets
}

// loadServer is the server of a load benchmark. It stamps each request
// (numbered by the client in the X-Bench-Seq header) when its handler
// starts and ends, and, through stampedReader, when its read from the
// store starts and ends: with the client's own stamps, where the request
// spent its time.
type loadServer struct {
	h     http.Handler
	start time.Time
	reqs  []stamps // by request number; each request writes only its own
}

// stamps are the times of a request's stages, since loadServer.start:
// sent by the client, handler started, read from the store started (its
// turn came) and ended, handler ended, answer read whole by the client.
type stamps struct {
	sent, handler, read, readDone, handled, done time.Duration
}

// seqKey is the context key of a request's number.
type seqKey struct{}

func (t *loadServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	i, err := strconv.Atoi(r.Header.Get("X-Bench-Seq"))
	if err != nil || i < 0 || i >= len(t.reqs) {
		t.h.ServeHTTP(w, r)
		return
	}
	t.reqs[i].handler = time.Since(t.start)
	t.h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), seqKey{}, i)))
	t.reqs[i].handled = time.Since(t.start)
}

// stamp returns the stamps of the request of ctx, nil when it has none.
func (t *loadServer) stamp(ctx context.Context) *stamps {
	if i, ok := ctx.Value(seqKey{}).(int); ok {
		return &t.reqs[i]
	}
	return nil
}

// stampedReader is the store as the handlers read it, stamping the start
// and end of each listing (which runs once the request's turn has come).
type stampedReader struct {
	reader
	srv *loadServer
}

func (r stampedReader) timed(ctx context.Context, read func() error) error {
	st := r.srv.stamp(ctx)
	if st == nil {
		return read()
	}
	st.read = time.Since(r.srv.start)
	err := read()
	st.readDone = time.Since(r.srv.start)
	return err
}

func (r stampedReader) Incidents(ctx context.Context, f store.Filter, fn func(store.Listed) error) error {
	return r.timed(ctx, func() error { return r.reader.Incidents(ctx, f, fn) })
}

func (r stampedReader) Events(ctx context.Context, f store.EventFilter, fn func(model.Event) error) error {
	return r.timed(ctx, func() error { return r.reader.Events(ctx, f, fn) })
}

func (r stampedReader) EventsJSON(ctx context.Context, f store.EventFilter, fn func(store.EventJSON) error) error {
	return r.timed(ctx, func() error { return r.reader.EventsJSON(ctx, f, fn) })
}

// newLoadServer returns the server of a load benchmark on s, which it
// changes to read through a stampedReader.
func newLoadServer(s *Server) *loadServer {
	t := &loadServer{h: s}
	s.db = stampedReader{reader: s.db, srv: t}
	return t
}

// loadIncidents sends b.N requests from clients goroutines, each waiting
// every between its requests (0: none), and reports the latencies seen by
// the clients, where they were spent (the stamps of ls), the garbage
// collections and the waits for a read connection of st.
func loadIncidents(b *testing.B, client *http.Client, targets []string, clients int, every time.Duration, ls *loadServer, st *store.Store) {
	var (
		wg     sync.WaitGroup
		failed = make(chan error, 1)
		bytes  atomic.Int64
		next   atomic.Int64
	)
	ls.reqs = make([]stamps, b.N)
	ls.start = time.Now()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	pool0 := st.ReadStats()
	cpu0 := cpuTime()
	flt0 := minorFaults()
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
				req, err := http.NewRequest("GET", targets[i%len(targets)], nil)
				if err != nil {
					b.Error(err)
					return
				}
				req.Header.Set("X-Bench-Seq", strconv.Itoa(i))
				ls.reqs[i].sent = time.Since(ls.start)
				res, err := client.Do(req)
				if err == nil {
					var k int64
					k, err = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					bytes.Add(k)
					if err == nil && res.StatusCode != 200 {
						err = fmt.Errorf("status %d", res.StatusCode)
					}
				}
				ls.reqs[i].done = time.Since(ls.start)
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
	pool := st.ReadStats()
	runtime.ReadMemStats(&ms1)
	select {
	case err := <-failed:
		b.Fatal(err)
	default:
	}
	reportStages(b, ls.reqs)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
	b.ReportMetric(float64(bytes.Load())/float64(b.N), "B/resp")
	// CPU time of the whole process (server and clients) per request: what
	// the machine's other load changes least.
	b.ReportMetric(ms(cpu)/float64(b.N), "cpu-ms/req")
	b.ReportMetric(float64(minorFaults()-flt0)/float64(b.N), "faults/req")
	b.ReportMetric(float64(ms1.NumGC-ms0.NumGC), "GCs")
	b.ReportMetric(ms(time.Duration(ms1.PauseTotalNs-ms0.PauseTotalNs)), "gc-pause-ms")
	// Waits for a read connection of the store (its pool is smaller than
	// the number of clients).
	b.ReportMetric(float64(pool.WaitCount-pool0.WaitCount)/float64(b.N), "pool-waits/req")
	b.ReportMetric(ms(pool.WaitDuration-pool0.WaitDuration)/float64(b.N), "pool-wait-ms/req")
}

// ms returns d in milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// stages are the parts of a request's latency, from its stamps: sent
// until its handler starts (the client's writing, the server's reading
// and parsing, and their turns on a core), the wait for its turn to read
// from the store, the read, the answer's writing by the handler, and its
// transfer and reading by the client.
var stages = [...]struct {
	name string
	of   func(stamps) time.Duration
}{
	{"send", func(s stamps) time.Duration { return s.handler - s.sent }},
	{"wait", func(s stamps) time.Duration { return s.read - s.handler }},
	{"read", func(s stamps) time.Duration { return s.readDone - s.read }},
	{"write", func(s stamps) time.Duration { return s.handled - s.readDone }},
	{"recv", func(s stamps) time.Duration { return s.done - s.handled }},
}

// reportStages reports the median and 99th percentile of the clients'
// latencies and of each stage, and, for the slowest 1% of requests, the
// mean of each stage: where the tail is spent. Requests the server did
// not stamp (no read from the store) count in the latencies only.
func reportStages(b *testing.B, reqs []stamps) {
	pct := func(d []time.Duration, p int) float64 {
		slices.Sort(d)
		return ms(d[len(d)*p/100])
	}
	lat := make([]time.Duration, len(reqs))
	for i, s := range reqs {
		lat[i] = s.done - s.sent
	}
	b.ReportMetric(pct(lat, 50), "p50-ms")
	p99 := pct(lat, 99)
	b.ReportMetric(p99, "p99-ms")
	var stamped, tail []stamps
	for _, s := range reqs {
		if s.read == 0 || s.handled == 0 {
			continue
		}
		stamped = append(stamped, s)
		if ms(s.done-s.sent) >= p99 {
			tail = append(tail, s)
		}
	}
	if len(stamped) == 0 {
		return
	}
	d := make([]time.Duration, len(stamped))
	var msg strings.Builder
	fmt.Fprintf(&msg, "slowest %d requests (≥ %.1f ms), mean ms:", len(tail), p99)
	for _, st := range stages {
		for i, s := range stamped {
			d[i] = st.of(s)
		}
		b.ReportMetric(pct(d, 50), st.name+"-p50-ms")
		b.ReportMetric(pct(d, 99), st.name+"-p99-ms")
		var sum time.Duration
		for _, s := range tail {
			sum += st.of(s)
		}
		fmt.Fprintf(&msg, " %s %.1f", st.name, ms(sum)/float64(max(len(tail), 1)))
	}
	b.Log(msg.String())
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// minorFaults returns the process's minor page faults so far.
func minorFaults() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Minflt
}

// BenchmarkEventsQuery measures the parts of an /api/events request
// without HTTP, one at a time: the store's listing of events, of their
// stored JSON, and the handler (the stored JSON written as a page).
//
//	ATALAYA_BENCH_EVENTS_DB=/tmp/bench-events.db go test -run XXX -bench EventsQuery -benchmem ./api
func BenchmarkEventsQuery(b *testing.B) {
	path := os.Getenv("ATALAYA_BENCH_EVENTS_DB")
	if path == "" {
		b.Skip("set ATALAYA_BENCH_EVENTS_DB to a store BenchmarkEventsBBox made")
	}
	st, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	fillEventJSON(b, st)
	s, err := New(Config{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	targets := bboxTargets("/api/events")
	var filters []store.EventFilter
	for _, t := range targets {
		u, _ := url.Parse(t)
		eq, err := parseEventList(u.Query(), nil, s.loc)
		if err != nil {
			b.Fatal(err)
		}
		eq.filter.Limit = eq.limit + 1
		filters = append(filters, eq.filter)
	}
	b.Run("store", func(b *testing.B) {
		cpu0 := cpuTime()
		n := 0
		for i := 0; b.Loop(); i++ {
			if err := st.Events(context.Background(), filters[i%len(filters)], func(model.Event) error { n++; return nil }); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
		b.ReportMetric(float64(n)/float64(b.N), "events/op")
	})
	// The stored JSON of the events, which JSON and GeoJSON pages are
	// served from.
	b.Run("store-json", func(b *testing.B) {
		cpu0 := cpuTime()
		n := 0
		for i := 0; b.Loop(); i++ {
			if err := st.EventsJSON(context.Background(), filters[i%len(filters)], func(store.EventJSON) error { n++; return nil }); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
		b.ReportMetric(float64(n)/float64(b.N), "events/op")
	})
	b.Run("handler", func(b *testing.B) {
		cpu0 := cpuTime()
		for i := 0; b.Loop(); i++ {
			req := httptest.NewRequest("GET", targets[i%len(targets)], nil)
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code != 200 {
				b.Fatal(rec.Code)
			}
		}
		b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	})
}

// fillEventJSON stores the JSON of the events of a kept store that has
// none (made by an older version, or dropped by a migration), and indexes
// the events, as serve does before it listens: otherwise the benchmark
// measures the fallback that builds each event from its columns, and a
// first page that waits for the index.
func fillEventJSON(b *testing.B, st *store.Store) {
	t0 := time.Now()
	n, err := st.FillEventJSON(context.Background(), export.MarshalEvent)
	if err != nil {
		b.Fatal(err)
	}
	if n > 0 {
		b.Logf("stored the JSON of %d events in %v", n, time.Since(t0).Round(time.Millisecond))
	}
	t0 = time.Now()
	if err := st.IndexEvents(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.Logf("indexed the events in %v", time.Since(t0).Round(time.Millisecond))
}
