package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestTrailersOnFire: English news tells a burning across a road with the
// vehicles between "set" and "on fire" ("set two tractor-trailers on
// fire"): a blockade in the town named.
func TestTrailersOnFire(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2029, 1, 8, 7, 10, 0, 0, mexico)
	for _, text := range []string{
		"Gunmen set two tractor-trailers on fire across Federal Highway 45 on Sunday night near Celaya, stranding hundreds of trucks.",
		"Armed men set several tractor-trailers ablaze across Federal Highway 45 in Celaya on Sunday night.",
	} {
		r := model.Report{ID: "t", Lang: "en", Kind: model.KindNews, Published: pub, Text: text}
		ins := e.Extract(r)
		if len(ins) != 1 {
			t.Fatalf("%q: %d incidents, want 1", text, len(ins))
		}
		if ins[0].Type != model.Blockade || ins[0].Location.Municipality != "Celaya" {
			t.Errorf("%q: %s at %q, want a blockade at Celaya", text, ins[0].Type, ins[0].Location.Municipality)
		}
	}
}
