package ingest

import (
	"slices"
	"time"

	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/store"
)

// maxHeld bounds the incidents an ingest holds in memory for fusion (about
// a kilobyte each); past it, they are dropped and read back from the
// store.
const maxHeld = 50_000

// heldItem is an incident the ingest stored, as the store would give it to
// fusion, with its report's sketch.
type heldItem struct {
	in          store.FuseInput
	order       fuse.Order // in's place in fusion order
	sketch      fuse.Sketch
	fusedDenial bool // a denial fusion has seen
}

// held is what an ingest keeps in memory of the incidents it stored, so
// that fusing them does not read them back: the store's incidents stored
// after position above, with the event each was last fused into.
type held struct {
	above int64
	// items point into the slices entryItems made (an item is large: a
	// slice of them would be copied whole each time it grows).
	items  []*heldItem
	byID   map[string]int   // incident id → index in items
	events map[string]int64 // event of held incidents → its closing key (fuse.Fused.Closed)
}

func newHeld(above int64) *held {
	return &held{above: above, byID: map[string]int{}, events: map[string]int64{}}
}

// entryItems returns the held items of an entry (its incidents as the
// store will give them to fusion); ok is false when they cannot be built
// from memory.
func entryItems(e *store.Entry, sk fuse.Sketch) (items []heldItem, ok bool) {
	for k := range e.Incidents {
		in, ok := store.FuseInputOf(&e.Report, k, &e.Incidents[k])
		if !ok {
			return nil, false
		}
		items = append(items, heldItem{in: in, order: fuse.OrderOf(&in.Incident, in.Published), sketch: sk})
	}
	return items, true
}

// add holds the items of a batch just stored. It reports false when they
// would exceed maxHeld; the caller then drops what is held.
func (h *held) add(items []*heldItem) bool {
	if len(h.items)+len(items) > maxHeld {
		return false
	}
	for _, it := range items {
		h.byID[it.in.ID] = len(h.items)
		h.items = append(h.items, it)
	}
	return true
}

// drop forgets what is held: the incidents stored up to position above are
// read from the store again.
func (h *held) drop(above int64) {
	*h = *newHeld(above)
}

func (it *heldItem) unfused() bool { return it.in.EventID == "" && !it.fusedDenial }

// spec describes the held incidents to the store, the last stored being
// at position upto.
func (h *held) spec(upto int64) store.Held {
	s := store.Held{Above: h.above, Upto: upto, Count: len(h.items)}
	for _, it := range h.items {
		if !it.unfused() {
			continue
		}
		s.Unfused++
		if it.in.Key == nil {
			s.Untimed++
		} else if s.From == nil || it.in.Key.Before(*s.From) {
			k := *it.in.Key
			s.From = &k
		}
	}
	return s
}

// selectFor returns the held incidents a fusion run of scope sc reads, by
// the store's rule (see store.FuseScope), in fusion order: their indexes
// in h.items.
func (h *held) selectFor(sc store.FuseScope) []int {
	lo, from := int64(1<<62), int64(1<<62)
	if sc.From != nil {
		from = sc.From.Unix()
		lo = from - int64(sc.Lookback/time.Second)
	}
	lo2 := lo - int64((sc.DenialLookback-sc.Lookback)/time.Second)
	var out []int
	for i, it := range h.items {
		in := &it.in
		key := in.Key
		closed, inEvent := h.events[in.EventID]
		if key != nil && key.Unix() >= from ||
			in.Time == nil && it.unfused() ||
			in.EventID != "" && inEvent && closed >= from ||
			in.Denial && key != nil && key.Unix() >= lo2 {
			out = append(out, i)
		}
	}
	slices.SortFunc(out, func(i, j int) int {
		return h.items[i].order.Compare(h.items[j].order)
	})
	return out
}

// fused records what a fusion run of scope sc did to the held incidents:
// the events it wrote and the denials it saw. The events it cleared (those
// open at the run's resume point) are forgotten first.
func (h *held) fused(sc store.FuseScope, events []fuse.Fused, denials []string) {
	if sc.From != nil {
		for id, closed := range h.events {
			if fuse.Open(closed, *sc.From) {
				delete(h.events, id)
			}
		}
	}
	for _, ev := range events {
		_, timed := keyLast(ev.Keys)
		for k, id := range ev.IncidentIDs {
			if i, ok := h.byID[id]; ok {
				in := &h.items[i].in
				in.EventID, in.Trail, in.EventHolds = ev.ID, ev.Trails[k], ev.Holds
				in.EventClosed = nil
				if timed {
					c := ev.Closed
					in.EventClosed = &c
					h.events[ev.ID] = ev.Closed
				}
			}
		}
	}
	for _, id := range denials {
		if i, ok := h.byID[id]; ok {
			h.items[i].fusedDenial = true
		}
	}
}

// keyLast returns the latest of keys (zero ones are unknown), as the store
// keeps it for an event.
func keyLast(keys []time.Time) (int64, bool) {
	var last int64
	ok := false
	for _, k := range keys {
		if k.IsZero() {
			continue
		}
		if !ok || k.Unix() > last {
			last, ok = k.Unix(), true
		}
	}
	return last, ok
}
