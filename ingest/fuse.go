package ingest

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/store"
)

// FuseStats counts what a fusion run did.
type FuseStats struct {
	Incidents int // incidents read: re-swept, replayed or new
	Replayed  int // of those, kept in the event they were in
	Events    int // events written
	Denials   int // denials seen (they contradict events, make none)
	Rebuild   bool
}

// fuseBatch is the number of events written per transaction.
const fuseBatch = 4096

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

// maxSketchCache bounds the sketches of reports kept while fusing.
const maxSketchCache = 1 << 14

// Fuse brings the stored events up to date with the stored incidents. With
// rebuild it recomputes every event; otherwise it re-sweeps from the
// earliest incident not fused yet, replaying the events still open there,
// which gives the same events as a rebuild (see package fuse). Results are
// written in batches; an interrupted run leaves the incidents it had not
// written unfused, and the next run completes it.
func Fuse(ctx context.Context, st *store.Store, cfg fuse.Config, rebuild bool) (FuseStats, error) {
	stats := FuseStats{Rebuild: rebuild}
	var (
		scope   store.FuseScope
		batch   store.FusionBatch
		cleared bool
		cache   = map[string]fuse.Sketch{}
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
		batch = store.FusionBatch{}
		return nil
	}
	fz := fuse.New(cfg, func(ev fuse.Fused) error {
		batch.Events = append(batch.Events, store.FusedEvent{Event: ev.Event, Keys: ev.Keys})
		stats.Events++
		if len(batch.Events) >= fuseBatch {
			return flush()
		}
		return nil
	})
	err := st.FuseInputs(ctx, rebuild, fuse.Lookback, fuse.DenialLookback,
		func(sc store.FuseScope) error { scope = sc; return nil },
		func(in store.FuseInput) error {
			stats.Incidents++
			sk, ok := cache[in.ReportID]
			switch {
			case ok:
			case in.Sketch != nil:
				sk.UnmarshalBinary(in.Sketch)
			default:
				sk = fuse.NewSketch(in.ReportText)
				b, _ := sk.MarshalBinary()
				if batch.Sketches == nil {
					batch.Sketches = map[string][]byte{}
				}
				batch.Sketches[in.ReportID] = b
			}
			if !ok {
				if len(cache) >= maxSketchCache {
					clear(cache)
				}
				cache[in.ReportID] = sk
			}
			it := fuse.Item{Incident: in.Incident, Source: in.Source, Kind: in.Kind, Published: in.Published, Sketch: sk}
			if in.Denial {
				stats.Denials++
				d := store.FusedDenial{IncidentID: in.ID, ReportID: in.ReportID}
				if in.Key != nil {
					d.Key = *in.Key
				}
				batch.Denials = append(batch.Denials, d)
			}
			if in.Replay {
				stats.Replayed++
				return fz.Replay(it, in.EventID)
			}
			return fz.Add(it)
		})
	if err == nil {
		err = fz.Close()
	}
	if err == nil && !scope.Empty() {
		batch.Reindex = rebuild
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
	return stats, nil
}
