package ingest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"

	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/store"
)

// FuseStats counts what a fusion run did.
type FuseStats struct {
	Incidents int // incidents read: re-swept, replayed or new
	Replayed  int // of those, kept in the event they were in
	Held      int // of those, held in memory by the ingest rather than read
	Unchanged int // events made again as they were stored, so not written
	Events    int // events written
	Denials   int // denials seen (they contradict events, make none)
	Rebuild   bool
}

// fuseBatch is the number of events written per transaction.
const fuseBatch = 4096

// heldBatch is fuseBatch for the runs of an ingest: its events are written
// as the sweep emits them, while it goes on matching, rather than mostly
// after it (an ingest's run writes a few thousand events), and the
// ingest's batches of reports are stored between them rather than wait.
const heldBatch = 256

// encodeEvents sets the JSON that the store keeps with each event for
// listings: the object of export's json format.
func encodeEvents(evs []store.FusedEvent) error {
	for i := range evs {
		b, err := export.MarshalEvent(evs[i].Event)
		if err != nil {
			return err
		}
		evs[i].JSON = b
	}
	return nil
}

// errWriter stops the reading when the writer has failed; the writer's
// own error is returned instead.
var errWriter = errors.New("writer failed")

// errSweep stops the reading when the sweep has failed; the sweep's own
// error is returned instead.
var errSweep = errors.New("sweep failed")

// prepared is an incident read and prepared for the sweep (fuseStore):
// sketch is the report's sketch to store, when it was computed.
type prepared struct {
	in     store.FuseInput
	p      fuse.Prepared
	sketch []byte
}

// storedEvent is what fuseStore compares of a stored event with the one a
// run makes again (see fuse.Replay): its closing key (nil for an event
// stored before it was kept) and holds.
type storedEvent struct {
	closed *int64
	holds  string
}

// prepareAhead is the number of prepared incidents handed to the sweep at
// a time.
const prepareAhead = 128

// maxSketchCache bounds the sketches of reports kept while fusing.
const maxSketchCache = 1 << 14

// maxChanged bounds the unfused incidents of an incremental run that
// writes only the events it changed (it keeps a map of the incidents it
// reads); past it, the run rewrites every event it re-sweeps.
const maxChanged = 50_000

// Fuse brings the stored events up to date with the stored incidents. With
// rebuild it recomputes every event; otherwise it re-sweeps from the
// earliest incident not fused yet, replaying the events still open there,
// which gives the same events as a rebuild (see package fuse). Results are
// written in batches; an interrupted run leaves the incidents it had not
// written unfused, and the next run completes it.
func Fuse(ctx context.Context, st *store.Store, cfg fuse.Config, rebuild bool) (FuseStats, error) {
	return fuseStore(ctx, st, cfg, fuseRun{rebuild: rebuild, batch: fuseBatch})
}

// fuseHeld is Fuse (incremental) for an ingest that holds the incidents it
// stored (h), the last at storage position upto: they are fused from
// memory, the others read from the store. When the store does not have
// what h says, h is dropped and the run reads them from the store.
func fuseHeld(ctx context.Context, st *store.Store, cfg fuse.Config, h *held, upto int64) (FuseStats, error) {
	run := fuseRun{h: h, upto: upto, batch: heldBatch}
	s, err := fuseStore(ctx, st, cfg, run)
	if err == nil {
		return s, nil
	}
	// What is held may no longer be what the store has.
	h.drop(upto)
	if errors.Is(err, store.ErrHeld) {
		return fuseStore(ctx, st, cfg, run)
	}
	return s, err
}

// fuseRun says what fuseStore does: a rebuild, or an incremental run; with
// h, of the incidents up to storage position upto, those after h.above
// being held. batch is the number of events written per transaction.
type fuseRun struct {
	rebuild bool
	h       *held
	upto    int64
	batch   int
}

func fuseStore(ctx context.Context, st *store.Store, cfg fuse.Config, run fuseRun) (FuseStats, error) {
	rebuild, h, upto := run.rebuild, run.h, run.upto
	stats := FuseStats{Rebuild: rebuild}
	var (
		scope   store.FuseScope
		batch   store.FusionBatch
		cleared bool
		cache   = map[string]fuse.Sketch{}
		// With h: the held incidents the run reads, in order, and what
		// the run did to them, recorded in h once it is written.
		mine        []int // indexes in h.items
		heldEvents  []fuse.Fused
		heldDenials []string
		// In diff mode (an incremental run of bounded size), only the
		// events that differ from the stored ones are written: prev maps
		// each incident read to the event it was in, count each such
		// event to its incidents read (all of them: an event re-swept is
		// read whole), kept the events made again unchanged, gone the
		// stored events deleted so far (an event written is deleted
		// first, and so are the events its incidents leave, which cannot
		// be kept: so no incident is ever in two events).
		diff    bool
		prev    map[string]string
		count   map[string]int
		kept    map[string]bool
		gone    map[string]bool
		denials bool // a denial not fused before may have been seen
		// stored are the trail of each incident read and the closing
		// key and holds of each event it was in (diff mode): an event
		// made again with the same members is kept only if these are
		// the same too, for the next run to replay it.
		trails map[string]string
		stored map[string]storedEvent
	)
	// Batches are written by a goroutine of their own, so that reading
	// and matching go on while the previous batch is committed.
	var (
		jobs  = make(chan store.FusionBatch, 2)
		werr  = make(chan error, 1)
		wdone = make(chan struct{})
		wfail atomic.Bool
	)
	go func() {
		defer close(wdone)
		var err error
		for b := range jobs {
			if err == nil {
				if err = encodeEvents(b.Events); err == nil {
					err = st.SaveFusion(ctx, b)
				}
				if err != nil {
					wfail.Store(true)
				}
			}
		}
		werr <- err
	}()
	flush := func() error {
		if wfail.Load() {
			return errWriter
		}
		if !cleared {
			sc := scope
			batch.Clear = &sc
			cleared = true
		}
		select {
		case jobs <- batch:
		case <-ctx.Done():
			return ctx.Err()
		}
		// Room for a full batch of events, so that the slice is not
		// grown (and copied) as the sweep emits them.
		batch = store.FusionBatch{Events: make([]store.FusedEvent, 0, run.batch)}
		return nil
	}
	batch.Events = make([]store.FusedEvent, 0, run.batch)
	fz := fuse.New(cfg, func(ev fuse.Fused) error {
		if h != nil {
			for _, id := range ev.IncidentIDs {
				if _, ok := h.byID[id]; ok {
					heldEvents = append(heldEvents, ev)
					break
				}
			}
		}
		if diff {
			was := stored[ev.ID]
			same := !denials && count[ev.ID] == len(ev.IncidentIDs) && was.closed != nil && *was.closed == ev.Closed && was.holds == ev.Holds
			for k, id := range ev.IncidentIDs {
				same = same && prev[id] == ev.ID && trails[id] == ev.Trails[k]
			}
			if same {
				kept[ev.ID] = true
				stats.Unchanged++
				return nil
			}
			del := func(id string) {
				if id != "" && !gone[id] {
					gone[id] = true
					batch.Delete = append(batch.Delete, id)
				}
			}
			del(ev.ID)
			for _, id := range ev.IncidentIDs {
				del(prev[id])
			}
		}
		batch.Events = append(batch.Events, store.FusedEvent{Event: ev.Event, Keys: ev.Keys, Trails: ev.Trails, Closed: ev.Closed, Holds: ev.Holds})
		stats.Events++
		if len(batch.Events) >= run.batch {
			return flush()
		}
		return nil
	})
	// sweep fuses an incident prepared by process, on the sweep's
	// goroutine.
	sweep := func(x *prepared) error {
		in := &x.in
		stats.Incidents++
		if diff {
			if in.EventID != "" {
				prev[in.ID] = in.EventID
				count[in.EventID]++
				trails[in.ID] = in.Trail
				stored[in.EventID] = storedEvent{closed: in.EventClosed, holds: in.EventHolds}
			}
			// A denial may contradict the events emitted after it; one
			// from the run's reach on may be new.
			if in.Denial && (in.Key == nil || scope.From == nil || !in.Key.Before(*scope.From)) {
				denials = true
			}
		}
		if x.sketch != nil {
			if batch.Sketches == nil {
				batch.Sketches = map[string][]byte{}
			}
			batch.Sketches[in.ReportID] = x.sketch
		}
		if in.Denial {
			stats.Denials++
			d := store.FusedDenial{IncidentID: in.ID, ReportID: in.ReportID}
			if in.Key != nil {
				d.Key = *in.Key
			}
			batch.Denials = append(batch.Denials, d)
			if h != nil {
				heldDenials = append(heldDenials, in.ID)
			}
		}
		if in.Replay {
			stats.Replayed++
			return fz.ReplayPrepared(x.p, fuse.Stored{Event: in.EventID, Trail: in.Trail, Holds: in.EventHolds}, *scope.From)
		}
		return fz.AddPrepared(x.p)
	}
	// The sweep runs on a goroutine of its own, fed in order by process,
	// which reads each incident's sketch (or computes it) and prepares it
	// for matching meanwhile.
	var (
		feed   = make(chan []prepared, 4)
		sstop  = make(chan struct{})
		sdone  = make(chan struct{})
		serr   error // the sweep's, read once sdone is closed
		ready  = make([]prepared, 0, prepareAhead)
		pr     = fuse.NewPreparer(cfg)
		fed    bool
		feedUp = func() error {
			if len(ready) == 0 {
				return nil
			}
			if !fed {
				fed = true
				go func() {
					defer close(sdone)
					for chunk := range feed {
						for i := range chunk {
							if serr == nil {
								if serr = sweep(&chunk[i]); serr != nil {
									close(sstop)
								}
							}
						}
					}
				}()
			}
			select {
			case feed <- ready:
			case <-sstop:
				return errSweep
			case <-ctx.Done():
				return ctx.Err()
			}
			ready = make([]prepared, 0, prepareAhead)
			return nil
		}
	)
	// ready1 hands x to the sweep (in chunks).
	ready1 := func(x prepared) error {
		ready = append(ready, x)
		if len(ready) == prepareAhead {
			return feedUp()
		}
		return nil
	}
	// process prepares an incident and hands it to the sweep; held is the
	// held one's sketch (nil for those read from the store).
	process := func(in store.FuseInput, held *fuse.Sketch) error {
		var skb []byte
		sk, ok := cache[in.ReportID]
		switch {
		case ok:
		case held != nil:
			sk = *held
		case in.Sketch != nil:
			sk.UnmarshalBinary(in.Sketch)
		default:
			sk = fuse.NewSketch(in.ReportText, in.ReportLang)
			skb, _ = sk.MarshalBinary()
		}
		if !ok {
			if len(cache) >= maxSketchCache {
				clear(cache)
			}
			cache[in.ReportID] = sk
		}
		in.Sketch, in.ReportText = nil, ""
		it := fuse.Item{Incident: in.Incident, Source: in.Source, Kind: in.Kind, Published: in.Published, Sketch: sk}
		return ready1(prepared{in: in, p: pr.Prepare(it), sketch: skb})
	}
	begin := func(sc store.FuseScope) error {
		scope = sc
		if h != nil {
			mine = h.selectFor(sc)
		}
		if !rebuild && sc.Unfused <= maxChanged {
			diff = true
			prev, count, kept, gone = map[string]string{}, map[string]int{}, map[string]bool{}, map[string]bool{}
			trails, stored = map[string]string{}, map[string]storedEvent{}
			cleared = true // nothing to clear: old versions are deleted one by one
		}
		return nil
	}
	// drain processes the held incidents that come before in (all of
	// them when in is nil).
	drain := func(in *store.FuseInput) error {
		var order fuse.Order
		if in != nil {
			order = fuse.OrderOf(&in.Incident, in.Published)
		}
		for len(mine) > 0 {
			it := h.items[mine[0]]
			if in != nil && it.order.Compare(order) >= 0 {
				break
			}
			stats.Held++
			x := it.in
			x.Replay = x.EventID != "" && x.Key != nil && scope.From != nil && x.Key.Before(*scope.From)
			if err := process(x, &it.sketch); err != nil {
				return err
			}
			mine = mine[1:]
		}
		return nil
	}
	var err error
	if h == nil {
		err = st.FuseInputs(ctx, rebuild, fuse.Reload, fuse.DenialReload, begin,
			func(in store.FuseInput) error { return process(in, nil) })
	} else {
		err = st.FuseInputsHeld(ctx, h.spec(upto), fuse.Reload, fuse.DenialReload, begin,
			func(in store.FuseInput) error {
				if err := drain(&in); err != nil {
					return err
				}
				return process(in, nil)
			})
		if err == nil {
			err = drain(nil)
		}
	}
	if err == nil {
		err = feedUp()
	}
	close(feed)
	if fed {
		<-sdone
	}
	if serr != nil && (err == nil || errors.Is(err, errSweep)) {
		err = serr
	}
	if err == nil {
		err = fz.Close()
	}
	if err == nil && !scope.Empty() {
		batch.Reindex = rebuild
		batch.Done = scope.Upto
		if diff {
			// The events no longer made at all.
			var rest []string
			for id := range count {
				if !kept[id] && !gone[id] {
					rest = append(rest, id)
				}
			}
			slices.Sort(rest)
			batch.Delete = append(batch.Delete, rest...)
		}
		err = flush()
	}
	close(jobs)
	<-wdone
	if e := <-werr; e != nil && (err == nil || errors.Is(err, errWriter)) {
		err = e
	}
	if err == nil {
		// Events stored before their JSON was kept get it now.
		_, err = st.FillEventJSON(ctx, export.MarshalEvent)
	}
	if err != nil {
		return stats, fmt.Errorf("fusing events: %w", err)
	}
	if h != nil {
		h.fused(scope, heldEvents, heldDenials)
	}
	return stats, nil
}
