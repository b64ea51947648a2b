package bench

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// FusionConfig says what fusion benchmark to run.
type FusionConfig struct {
	Incidents int    // incidents to generate; 0 means 1,000,000
	Seed      uint64 // generator seed
	Days      int    // the period they spread over; 0 means 180
	Dir       string // where the database goes; "" means a temporary directory, removed after
	// Check rebuilds the events after the incremental run and compares
	// them with what it gave (FusionResult.Differ).
	Check     bool
	Fuse      fuse.Config
	Gazetteer *gazetteer.Gazetteer // the municipalities to place incidents in
}

// FusionResult is what one fusion benchmark measured.
type FusionResult struct {
	Incidents, Reports int
	TrueEvents         int // events the generator made
	Events             int // events fusion made
	LargestEvent       int // incidents in the largest
	// Pairwise precision and recall of "same event" against the generated
	// truth: a sanity check that fusion neither shatters nor lumps.
	Precision, Recall float64
	StoreTime         time.Duration // generating and storing the incidents
	FuseTime          time.Duration // atalaya fuse --rebuild
	// FuseCPU is the processor time (user and system, all threads) the
	// rebuild used: the figure to compare on a machine other jobs load,
	// where FuseTime waits for the processor.
	FuseCPU         time.Duration
	IncrementalTime time.Duration // one more day of incidents, fused incrementally
	IncrementalN    int           // the incidents of that day
	// IncrementalRead is the incidents that run fused (the new ones and
	// those of the events it re-swept), IncrementalEvents the events it
	// wrote (new or changed).
	IncrementalRead, IncrementalEvents int
	PeakRSSMB                          float64
	// With FusionConfig.Check: whether the events were compared, and the
	// events the incremental run stored that a rebuild of the same
	// incidents does not make, and those the rebuild makes that the
	// incremental run did not (an event differs when its id, members or
	// any field does).
	Checked                      bool
	OnlyIncremental, OnlyRebuild int
	// Digest and IncrementalDigest sum the digests of every stored
	// event (its JSON: id, members and fields) after the rebuild and
	// after the incremental day: two runs made the same events when
	// their sums are equal, whatever the order the store lists them in.
	Digest, IncrementalDigest EventsDigest
}

// EventsDigest is a sum of events' digests (add), independent of their
// order.
type EventsDigest [sha256.Size / 8]uint64

// add adds ev's digest (eventDigest) to d, lane by lane.
func (d *EventsDigest) add(ev model.Event) error {
	h, err := eventDigest(ev)
	for i := range d {
		d[i] += binary.LittleEndian.Uint64(h[8*i:])
	}
	return err
}

// String prints d in hexadecimal.
func (d EventsDigest) String() string {
	var b [sha256.Size]byte
	for i, v := range d {
		binary.LittleEndian.PutUint64(b[8*i:], v)
	}
	return hex.EncodeToString(b[:])
}

// GenerateFusion streams n generated reports of one incident each, with
// their sketches as an ingest stores them, to fn,
// in batches, with their true event numbers: events spread over days from
// start across Mexico's municipalities (weighted by population), each told
// by one to a dozen reports of varying precision in place, time and toll,
// a quarter of them syndicated copies of another report of the event.
// Incident ids are "g<event>-<report>"; report ids "r<report>".
func GenerateFusion(g *gazetteer.Gazetteer, n int, seed uint64, start time.Time, days int,
	fn func([]store.Entry) error) (trueEvents int, err error) {
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	munis := placed(g.Municipalities())
	if len(munis) == 0 {
		return 0, fmt.Errorf("bench: gazetteer has no municipalities")
	}
	cum := make([]float64, len(munis))
	total := 0.0
	for i, m := range munis {
		total += math.Sqrt(float64(max(m.Population, 1000)))
		cum[i] = total
	}
	states := map[string]string{}
	for _, s := range g.States() {
		states[s.StateCode] = s.Name
	}
	outlets := make([]string, 300)
	for i := range outlets {
		outlets[i] = "Medio " + strconv.Itoa(i)
	}
	words := vocabulary(rng, 3000)
	types := []model.IncidentType{model.Blockade, model.Blockade, model.Arson, model.BusinessAttack,
		model.ArmedClash, model.ArmedAttack, model.Homicide, model.Homicide, model.Kidnapping,
		model.SecurityOperation, model.SecurityOperation, model.Disruption, model.Explosive}
	kinds := []model.ReportKind{model.KindNews, model.KindNews, model.KindNews, model.KindNews,
		model.KindNews, model.KindNews, model.KindAlertFeed, model.KindAlertFeed, model.KindOfficial, model.KindTranscript}
	span := time.Duration(days) * 24 * time.Hour
	// Events per n: a mean of about 3.3 reports each.
	nEvents := max(1, n*10/33)
	batch := make([]store.Entry, 0, 1024)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := fn(batch)
		batch = batch[:0]
		return err
	}
	made := 0
	for ev := 0; made < n; ev++ {
		trueEvents++
		t := start.Add(time.Duration(float64(span) * (float64(ev) + rng.Float64()) / float64(nEvents)))
		i := sortSearch(cum, rng.Float64()*total)
		muni := munis[i]
		typ := types[rng.IntN(len(types))]
		killed := -1
		if typ.Violent() && rng.IntN(2) == 0 {
			killed = rng.IntN(6)
		}
		k := 1 + int(rng.ExpFloat64()*2.3)
		k = min(k, 12, n-made)
		var texts []string
		for r := 0; r < k; r++ {
			id := made
			made++
			rep := model.Report{
				ID:     "r" + strconv.Itoa(id),
				Source: outlets[rng.IntN(len(outlets))],
				Kind:   kinds[rng.IntN(len(kinds))],
				Lang:   "es",
			}
			rep.Published = t.Add(time.Duration(10+rng.IntN(36*60)) * time.Minute)
			if len(texts) > 0 && rng.IntN(4) == 0 {
				rep.Text = texts[rng.IntN(len(texts))] + " Con información de agencias."
			} else {
				rep.Text = reportText(rng, words, typ, muni.Name)
			}
			texts = append(texts, rep.Text)
			in := model.Incident{
				ID: "g" + strconv.Itoa(ev) + "-" + strconv.Itoa(id), ReportID: rep.ID, Type: typ,
				Severity: 2, Confidence: 0.5 + rng.Float64()/2,
				Location: model.Location{StateCode: muni.StateCode, State: states[muni.StateCode]},
				Evidence: []model.Span{{Start: 0, End: min(len(rep.Text), 120)}},
			}
			for in.Evidence[0].End < len(rep.Text) && rep.Text[in.Evidence[0].End]&0xC0 == 0x80 {
				in.Evidence[0].End++
			}
			switch p := rng.IntN(10); {
			case p < 4:
				lat := muni.Lat + (rng.Float64()-0.5)*0.01
				lon := muni.Lon + (rng.Float64()-0.5)*0.01
				in.Location.Lat, in.Location.Lon = &lat, &lon
				in.Location.MunicipalityCode, in.Location.Municipality = muni.MunicipalityCode, muni.Name
				in.Location.Precision = model.GeoPoint
			case p < 9:
				lat, lon := muni.Lat, muni.Lon
				in.Location.Lat, in.Location.Lon = &lat, &lon
				in.Location.MunicipalityCode, in.Location.Municipality = muni.MunicipalityCode, muni.Name
				in.Location.Precision = model.GeoMunicipality
			default:
				in.Location.Precision = model.GeoState
			}
			switch p := rng.IntN(20); {
			case p < 8:
				tt := t.Add(time.Duration(rng.NormFloat64()*8) * time.Minute).Truncate(time.Minute)
				in.Time, in.TimePrecision = &tt, model.TimeMinute
			case p < 10:
				tt := t.Truncate(time.Hour)
				in.Time, in.TimePrecision = &tt, model.TimeHour
			case p < 19:
				// the act's day at its place (model.Location.Day)
				at := model.Location{StateCode: muni.StateCode, MunicipalityCode: muni.MunicipalityCode}
				tt := at.Day(t)
				in.Time, in.TimePrecision = &tt, model.TimeDay
			}
			if killed >= 0 && rng.IntN(3) > 0 {
				kn := killed + rng.IntN(2)*rng.IntN(3)
				in.Killed = &model.Count{N: kn}
			}
			// The report's sketch, as an ingest stores it (so that the
			// rebuild reads it rather than computes it).
			sk, _ := fuse.NewSketch(rep.Text, rep.Lang).MarshalBinary()
			batch = append(batch, store.Entry{Report: rep, Incidents: []model.Incident{in}, Sketch: sk})
			if len(batch) == cap(batch) {
				if err := flush(); err != nil {
					return trueEvents, err
				}
			}
		}
	}
	return trueEvents, flush()
}

// placed keeps the places with coordinates.
func placed(ps []gazetteer.Place) []gazetteer.Place {
	var out []gazetteer.Place
	for _, p := range ps {
		if p.Lat != 0 || p.Lon != 0 {
			out = append(out, p)
		}
	}
	return out
}

func sortSearch(cum []float64, x float64) int {
	lo, hi := 0, len(cum)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if cum[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// vocabulary makes n pronounceable nonsense words, so that independent
// reports share few word triples.
func vocabulary(rng *rand.Rand, n int) []string {
	cons, vows := "bcdfglmnprstvz", "aeiou"
	ws := make([]string, n)
	for i := range ws {
		var b strings.Builder
		for range 2 + rng.IntN(3) {
			b.WriteByte(cons[rng.IntN(len(cons))])
			b.WriteByte(vows[rng.IntN(len(vows))])
		}
		ws[i] = b.String()
	}
	return ws
}

func reportText(rng *rand.Rand, words []string, typ model.IncidentType, place string) string {
	var b strings.Builder
	b.WriteString(strings.ReplaceAll(string(typ), "_", " "))
	b.WriteString(" en ")
	b.WriteString(place)
	b.WriteString(". ")
	for i := range 30 + rng.IntN(20) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[rng.IntN(len(words))])
	}
	b.WriteByte('.')
	return b.String()
}

// RunFusion generates cfg.Incidents incidents into a fresh store, fuses
// them from scratch (as `atalaya fuse --rebuild`), then adds one more day
// of incidents and fuses incrementally, timing each step.
func RunFusion(ctx context.Context, cfg FusionConfig) (FusionResult, error) {
	if cfg.Incidents <= 0 {
		cfg.Incidents = 1_000_000
	}
	if cfg.Days <= 0 {
		cfg.Days = 180
	}
	if cfg.Gazetteer == nil {
		return FusionResult{}, fmt.Errorf("bench: no gazetteer")
	}
	dir := cfg.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "atalaya-fusebench-")
		if err != nil {
			return FusionResult{}, fmt.Errorf("bench: %w", err)
		}
		defer os.RemoveAll(d)
		dir = d
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return FusionResult{}, fmt.Errorf("bench: %w", err)
	}
	st, err := store.Open(ctx, filepath.Join(dir, "fusion.db"))
	if err != nil {
		return FusionResult{}, err
	}
	defer st.Close()
	res := FusionResult{Incidents: cfg.Incidents, Reports: cfg.Incidents}
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	t0 := time.Now()
	truth := map[int]int{} // true event → incidents
	var last time.Time     // the latest publication stored
	save := func(es []store.Entry) error {
		for _, e := range es {
			truth[trueEvent(e.Incidents[0].ID)]++
			if e.Report.Published.After(last) {
				last = e.Report.Published
			}
		}
		_, err := st.Save(ctx, es)
		return err
	}
	res.TrueEvents, err = GenerateFusion(cfg.Gazetteer, cfg.Incidents, cfg.Seed, start, cfg.Days, save)
	if err != nil {
		return res, err
	}
	res.StoreTime = time.Since(t0)

	t0, c0 := time.Now(), processCPU()
	if _, err := ingest.Fuse(ctx, st, cfg.Fuse, true); err != nil {
		return res, err
	}
	res.FuseTime, res.FuseCPU = time.Since(t0), processCPU()-c0

	// Score against the truth, streaming the events.
	var tp, predPairs float64
	err = st.Events(ctx, store.EventFilter{}, func(ev model.Event) error {
		if err := res.Digest.add(ev); err != nil {
			return err
		}
		res.Events++
		n := len(ev.IncidentIDs)
		res.LargestEvent = max(res.LargestEvent, n)
		predPairs += float64(n*(n-1)) / 2
		by := map[int]int{}
		for _, id := range ev.IncidentIDs {
			by[trueEvent(id)]++
		}
		for _, c := range by {
			tp += float64(c*(c-1)) / 2
		}
		return nil
	})
	if err != nil {
		return res, err
	}
	var goldPairs float64
	for _, c := range truth {
		goldPairs += float64(c*(c-1)) / 2
	}
	res.Precision, res.Recall = 1, 1
	if predPairs > 0 {
		res.Precision = tp / predPairs
	}
	if goldPairs > 0 {
		res.Recall = tp / goldPairs
	}

	// One more day, the next after the last stored (the generated events
	// run somewhat past cfg.Days), fused incrementally.
	more := max(1, cfg.Incidents/cfg.Days)
	res.IncrementalN = more
	next := last.Truncate(24*time.Hour).AddDate(0, 0, 1)
	_, err = GenerateFusion(cfg.Gazetteer, more, cfg.Seed+1, next, 1, func(es []store.Entry) error {
		for i := range es {
			es[i].Report.ID += "-more"
			es[i].Incidents[0].ID += "-more"
			es[i].Incidents[0].ReportID = es[i].Report.ID
		}
		_, err := st.Save(ctx, es)
		return err
	})
	if err != nil {
		return res, err
	}
	t0 = time.Now()
	fs, err := ingest.Fuse(ctx, st, cfg.Fuse, false)
	if err != nil {
		return res, err
	}
	res.IncrementalTime = time.Since(t0)
	res.IncrementalRead, res.IncrementalEvents = fs.Incidents, fs.Events
	res.PeakRSSMB = peakRSSMB()
	err = st.Events(ctx, store.EventFilter{}, res.IncrementalDigest.add)
	if err != nil {
		return res, err
	}
	if cfg.Check {
		res.Checked = true
		res.OnlyIncremental, res.OnlyRebuild, err = CompareRebuild(ctx, st, cfg.Fuse)
	}
	return res, err
}

// CompareRebuild rebuilds the events of st from its incidents and compares
// them with the events it had: it returns the number of events st had that
// the rebuild does not make, and of events the rebuild makes that st did
// not have (each compared whole, id, members and fields).
func CompareRebuild(ctx context.Context, st *store.Store, cfg fuse.Config) (onlyBefore, onlyRebuilt int, err error) {
	before, err := eventDigests(ctx, st)
	if err != nil {
		return 0, 0, err
	}
	if _, err := ingest.Fuse(ctx, st, cfg, true); err != nil {
		return 0, 0, err
	}
	after, err := eventDigests(ctx, st)
	if err != nil {
		return 0, 0, err
	}
	for d, n := range before {
		onlyBefore += max(0, n-after[d])
	}
	for d, n := range after {
		onlyRebuilt += max(0, n-before[d])
	}
	return onlyBefore, onlyRebuilt, nil
}

// eventDigests counts the stored events by a digest of their JSON.
func eventDigests(ctx context.Context, st *store.Store) (map[[sha256.Size]byte]int, error) {
	out := map[[sha256.Size]byte]int{}
	err := st.Events(ctx, store.EventFilter{}, func(ev model.Event) error {
		h, err := eventDigest(ev)
		out[h]++
		return err
	})
	return out, err
}

// eventDigest is the SHA-256 of ev's JSON.
func eventDigest(ev model.Event) ([sha256.Size]byte, error) {
	b, err := json.Marshal(ev)
	if err != nil {
		return [sha256.Size]byte{}, fmt.Errorf("bench: event %s: %w", ev.ID, err)
	}
	return sha256.Sum256(b), nil
}

// trueEvent reads the true event number out of a generated incident id.
func trueEvent(id string) int {
	s, _, _ := strings.Cut(strings.TrimPrefix(id, "g"), "-")
	n, _ := strconv.Atoi(s)
	return n
}

// Write prints the result as a short table.
func (r FusionResult) Write(w io.Writer) error {
	_, err := fmt.Fprintf(w, `incidents         %d (one per report), %d true events
stored in         %.1fs (generated and saved)
fused in          %.1fs (rebuild: %.0f incidents/s; %.1fs of processor time)
events            %d, the largest of %d incidents
same-event pairs  precision %.3f, recall %.3f (against the generated truth)
incremental       %.2fs to fuse one more day (%d incidents) into the stored events
                  (%d incidents fused with the events they reach, %d events written)
events digest     %.16s rebuilt, %.16s after the incremental day
peak RSS          %.0f MB
%s`, r.Incidents, r.TrueEvents, r.StoreTime.Seconds(), r.FuseTime.Seconds(),
		float64(r.Incidents)/max(r.FuseTime.Seconds(), 1e-9), r.FuseCPU.Seconds(), r.Events, r.LargestEvent,
		r.Precision, r.Recall, r.IncrementalTime.Seconds(), r.IncrementalN,
		r.IncrementalRead, r.IncrementalEvents, r.Digest, r.IncrementalDigest, r.PeakRSSMB, r.checkLine())
	return err
}

// checkLine is Write's line of the comparison with a rebuild (Checked).
func (r FusionResult) checkLine() string {
	switch {
	case !r.Checked:
		return ""
	case r.OnlyIncremental == 0 && r.OnlyRebuild == 0:
		return "incremental == rebuild: yes\n"
	}
	return fmt.Sprintf("incremental == rebuild: no, %d events only incremental, %d only rebuilt\n", r.OnlyIncremental, r.OnlyRebuild)
}
