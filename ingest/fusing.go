package ingest

import (
	"context"
	"sync"
	"time"

	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/store"
)

// stored is a batch the writer has stored, for the fusion goroutine: the
// incidents to hold (ok is false when they cannot be held) and the storage
// position of the last incident stored with it.
type stored struct {
	items []*heldItem
	ok    bool
	upto  int64
}

// fusing fuses the incidents an ingest stores on a goroutine of its own,
// so that storing goes on while it fuses. It holds them in memory (held),
// fuses at most every `every` and at most a tenth of the time (every < 0:
// after each batch), and once more when closed.
type fusing struct {
	ctx    context.Context
	st     *store.Store
	cfg    fuse.Config
	every  time.Duration
	report func(FuseStats) // called after each run
	// ending, if set, reports whether the ingest expects to have stored
	// all its input within d (see endsWithin).
	ending func(d time.Duration) bool

	mu      sync.Mutex
	pending []stored
	closed  bool
	err     error
	wake    chan struct{}
	done    chan struct{}
}

// startFusing starts fusing the incidents stored after position above.
// ending, if set, tells whether the ingest will have stored its input
// within a duration: an ingest that ends sooner than every skips the runs
// before its last.
func startFusing(ctx context.Context, st *store.Store, cfg fuse.Config, every time.Duration, above int64,
	ending func(time.Duration) bool, report func(FuseStats)) *fusing {
	f := &fusing{ctx: ctx, st: st, cfg: cfg, every: every, ending: ending, report: report,
		wake: make(chan struct{}, 1), done: make(chan struct{})}
	go f.run(above)
	return f
}

// add hands a stored batch over.
func (f *fusing) add(b stored) {
	f.mu.Lock()
	f.pending = append(f.pending, b)
	f.mu.Unlock()
	f.signal()
}

func (f *fusing) signal() {
	select {
	case f.wake <- struct{}{}:
	default:
	}
}

// failed returns the error that stopped fusion, if any.
func (f *fusing) failed() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.err
}

// close fuses what is left, waits for it and returns the first error.
func (f *fusing) close() error {
	f.mu.Lock()
	f.closed = true
	f.mu.Unlock()
	f.signal()
	<-f.done
	return f.failed()
}

func (f *fusing) fail(err error) {
	f.mu.Lock()
	if f.err == nil {
		f.err = err
	}
	f.mu.Unlock()
}

func (f *fusing) run(above int64) {
	defer close(f.done)
	h := newHeld(above)
	upto := above
	fresh := false // batches stored since the last run
	runs := 0
	next := time.Now().Add(f.every)
	var timer *time.Timer
	for {
		f.mu.Lock()
		var batches []stored
		if f.every < 0 && len(f.pending) > 0 {
			batches, f.pending = f.pending[:1], f.pending[1:]
		} else {
			batches, f.pending = f.pending, nil
		}
		last := f.closed && len(f.pending) == 0
		f.mu.Unlock()
		for _, b := range batches {
			if !b.ok || !h.add(b.items) {
				h.drop(b.upto)
			}
			upto, fresh = b.upto, true
		}
		runNow := fresh && (f.every < 0 || !time.Now().Before(next))
		if runNow && !last && f.every > 0 && f.ending != nil && f.ending(f.every) {
			// The input will have been stored before the next run
			// would be due: the last run comes about as soon as that
			// one, and this one would re-sweep the days the last one
			// re-sweeps (the three runs of an ingest of 10,000
			// generated reports wrote 12,875 events for its 5,472).
			// Asked again after every.
			runNow = false
			next = time.Now().Add(f.every)
		}
		// The last run happens when something was stored since the one
		// before, or when there was none: incidents an interrupted ingest
		// left unfused are fused too.
		if last && (fresh || runs == 0) || runNow {
			runs++
			t0 := time.Now()
			fs, err := fuseHeld(f.ctx, f.st, f.cfg, h, upto)
			// Fusing re-sweeps the days before the new incidents, so it
			// waits at least ten times as long as it last took.
			next = time.Now().Add(max(f.every, 10*time.Since(t0)))
			fresh = false
			if err != nil {
				f.fail(err)
				return
			}
			f.report(fs)
		}
		if last || f.ctx.Err() != nil {
			return
		}
		if len(batches) > 0 && f.every < 0 {
			continue // one batch at a time
		}
		var due <-chan time.Time
		if fresh {
			if timer == nil {
				timer = time.NewTimer(time.Until(next))
				defer timer.Stop()
			} else {
				timer.Reset(time.Until(next))
			}
			due = timer.C
		}
		select {
		case <-f.wake:
		case <-due:
		case <-f.ctx.Done():
			return
		}
	}
}

// endsWithin reports whether an input of which the fraction done was
// done in elapsed will be done within d at the same rate. It reports false
// when nothing is done yet.
func endsWithin(elapsed time.Duration, done float64, d time.Duration) bool {
	if done <= 0 {
		return false
	}
	if done >= 1 {
		return true
	}
	return elapsed.Seconds()*(1-done)/done < d.Seconds()
}
