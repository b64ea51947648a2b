package report

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestLocalDate checks that a publication time of exactly midnight UTC,
// how feeds and pages stamp a date without a time of day, is read as that
// date in Mexico City, and that every other time is kept.
func TestLocalDate(t *testing.T) {
	mx := model.MexicoCity()
	tests := []struct {
		in, want time.Time
	}{
		{time.Date(2020, 3, 2, 0, 0, 0, 0, time.UTC), time.Date(2020, 3, 2, 0, 0, 0, 0, mx)},
		{time.Date(2020, 3, 2, 0, 0, 0, 0, time.FixedZone("GMT", 0)), time.Date(2020, 3, 2, 0, 0, 0, 0, mx)},
		// A real time of day, or midnight in another zone, is kept.
		{time.Date(2020, 3, 2, 5, 30, 0, 0, time.UTC), time.Date(2020, 3, 2, 5, 30, 0, 0, time.UTC)},
		{time.Date(2020, 3, 2, 0, 0, 1, 0, time.UTC), time.Date(2020, 3, 2, 0, 0, 1, 0, time.UTC)},
		{time.Date(2020, 3, 2, 0, 0, 0, 0, mx), time.Date(2020, 3, 2, 0, 0, 0, 0, mx)},
		{time.Date(2020, 3, 2, 0, 0, 0, 0, time.FixedZone("", -7*3600)), time.Date(2020, 3, 2, 0, 0, 0, 0, time.FixedZone("", -7*3600))},
		{time.Time{}, time.Time{}},
	}
	for _, tt := range tests {
		if got := localDate(tt.in); !got.Equal(tt.want) {
			t.Errorf("localDate(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestDateOnlyInputs reads the same date without a time of day from a
// feed, a JSONL line and a page, each stamped as the source would: every
// report is published on 2 March 2020 at local midnight, not at 18:00 on
// the 1st. A feed item with a time keeps it.
func TestDateOnlyInputs(t *testing.T) {
	day := time.Date(2020, 3, 2, 0, 0, 0, 0, model.MexicoCity())
	item := func(pub string) string {
		return `<item><title>Asesinan a dos hombres este lunes en Celaya</title><link>https://example.org/` + pub + `</link><pubDate>` + pub + `</pubDate></item>`
	}
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Noticias</title>` +
		item("Mon, 02 Mar 2020") + item("2020-03-02") + item("Mon, 02 Mar 2020 00:00:00 GMT") + item("Mon, 02 Mar 2020 00:00:00 +0000") +
		item("Mon, 02 Mar 2020 14:00:00 GMT") + `</channel></rss>`
	var got []time.Time
	collect := func(r model.Report) error { got = append(got, r.Published); return nil }
	skip := func(p Problem) { t.Errorf("skipped: %v", p) }
	if err := Parse("noticias.rss", []byte(feed), Options{}, collect, skip); err != nil {
		t.Fatal(err)
	}
	if err := Parse("a.jsonl", []byte(`{"text":"Asesinan a dos hombres este lunes en Celaya","published":"2020-03-02T00:00:00Z"}`+"\n"), Options{}, collect, skip); err != nil {
		t.Fatal(err)
	}
	page := `<html><head><title>Asesinan a dos hombres</title><meta property="article:published_time" content="2020-03-02T00:00:00Z"></head><body><article><p>Asesinan a dos hombres este lunes en Celaya, Guanajuato, frente a una tienda de la colonia Centro.</p></article></body></html>`
	if err := Parse("a.html", []byte(page), Options{}, collect, skip); err != nil {
		t.Fatal(err)
	}
	want := []time.Time{day, day, day, day, time.Date(2020, 3, 2, 14, 0, 0, 0, time.UTC), day, day}
	if len(got) != len(want) {
		t.Fatalf("%d reports, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if !got[i].Equal(want[i]) {
			t.Errorf("report %d published %v, want %v", i, got[i], want[i])
		}
	}
}
