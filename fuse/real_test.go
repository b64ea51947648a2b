package fuse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
	"github.com/atalaya/atalaya/when"
)

// newsDev is a news excerpt of ../shared/data/news_dev (third-party data:
// read, never copied into the repository).
type newsDev struct {
	ID, Title, Date, Source, URL, Lang, Event, Text string
}

// TestNewsDevTijuana fuses the real reports of the Baja California burnings
// of 12 August 2022, written by different outlets (one a machine
// translation of another's wire text). The undated ones are given the day
// of the batch, as `atalaya ingest --published` does.
func TestNewsDevTijuana(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "news_dev") // ../shared from the repository root
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no third-party data in %s: skipping the real-data fusion check", dir)
	}
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	w, err := when.New()
	if err != nil {
		t.Fatal(err)
	}
	ex := extract.New(g, w)
	batchDay := time.Date(2022, 8, 12, 21, 0, 0, 0, w.Location())
	var items []Item
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d newsDev
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if d.Event != "baja_california_aug2022" {
			continue
		}
		r := model.Report{Source: d.Source, URL: d.URL, Kind: model.KindNews, Lang: d.Lang, Title: d.Title, Text: d.Text, Published: batchDay}
		if day, err := time.ParseInLocation(time.DateOnly, d.Date, w.Location()); err == nil {
			r.Published = day.Add(20 * time.Hour)
		}
		r.ID = report.ContentID(r)
		sk := NewSketch(r.Text, "")
		for i, in := range ex.Extract(r) {
			in.ID = r.ID + "-" + string(rune('0'+i))
			in.ReportID = r.ID
			items = append(items, Item{Incident: in, Source: r.Source, Kind: r.Kind, Published: r.Published, Sketch: sk})
		}
	}
	if len(items) == 0 {
		t.Skip("no Baja California reports in news_dev")
	}
	sort.Slice(items, func(i, j int) bool { return Less(&items[i], &items[j]) })
	var events []model.Event
	f := New(DefaultConfig(), func(ev Fused) error { events = append(events, ev.Event); return nil })
	for _, it := range items {
		if err := f.Add(it); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	var tijuana []model.Event
	for _, ev := range events {
		t.Logf("%s %s %s/%s p%d %v %s reports=%d sources=%d outlets=%v", ev.ID, ev.Type, ev.Location.Municipality, ev.Location.State, ev.Location.Precision, ev.TimeStart, ev.TimePrecision, ev.Reports, ev.Sources, ev.Outlets)
		if ev.Location.MunicipalityCode == "02004" && ev.Type != model.Advisory && ev.Type != model.SecurityOperation {
			tijuana = append(tijuana, ev)
		}
	}
	// The Tijuana burnings are one event told by several outlets, not one
	// event per report.
	best := 0
	for _, ev := range tijuana {
		best = max(best, ev.Reports)
	}
	if best < 3 {
		t.Errorf("the Tijuana burnings: largest event has %d reports, want at least 3 of the 4 outlets", best)
	}
	for _, ev := range events {
		if ev.Reports > 4 {
			t.Errorf("event %s merges %d incidents of 4 reports", ev.ID, ev.Reports)
		}
		if slices.Contains(ev.Outlets, "") {
			t.Errorf("empty outlet in %v", ev.Outlets)
		}
	}
}
