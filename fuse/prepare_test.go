package fuse

import (
	"reflect"
	"testing"
)

// TestAddPreparedIsAdd checks that items prepared on another goroutine
// (Preparer) make the events Add makes, replayed ones included.
func TestAddPreparedIsAdd(t *testing.T) {
	items := benchItems(3000)
	from, _ := items[1].Key()
	run := func(prepared bool) []Fused {
		var out []Fused
		f := New(DefaultConfig(), func(ev Fused) error { out = append(out, ev); return nil })
		ps := make(chan Prepared, 16)
		go func() {
			p := NewPreparer(DefaultConfig())
			for _, it := range items {
				ps <- p.Prepare(it)
			}
			close(ps)
		}()
		i := 0
		for p := range ps {
			var err error
			switch {
			case i == 0 && prepared:
				err = f.ReplayPrepared(p, Stored{Event: "ev-replayed"}, from)
			case i == 0:
				err = f.Replay(items[0], Stored{Event: "ev-replayed"}, from)
			case prepared:
				err = f.AddPrepared(p)
			default:
				err = f.Add(items[i])
			}
			if err != nil {
				t.Fatal(err)
			}
			i++
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	want, got := run(false), run(true)
	if len(want) < 100 || !reflect.DeepEqual(got, want) {
		t.Errorf("prepared: %d events, not the %d of Add", len(got), len(want))
	}
}
