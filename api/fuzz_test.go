package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"net/url"
	"path/filepath"
	"testing"
	"time"

	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

func FuzzParseList(f *testing.F) {
	for _, s := range []string{
		"", "since=2026-02-22&until=2026-02-23", "bbox=-105,19,-101,23", "bbox=1e309,0,0,0",
		"state=14&municipality=14039&type=blockade", "actor=CJNG&min_severity=3", "q=gasolinera*+zapopan",
		"limit=1000&cursor=eyJ0IjoxLCJpZCI6ImEifQ", "format=geojson", "limit=-1", "x=1", "q=%00",
		"cursor=eyJpZCI6IiJ9", "since=2026-02-22T14:05:00-06:00",
	} {
		f.Add(s)
	}
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		lq, err := parseList(q, nil, loc)
		if err != nil {
			var pe errParam
			if !errors.As(err, &pe) || pe.msg == "" || len(pe.msg) > 400 {
				t.Fatalf("%q: error %v is not a parameter error", raw, err)
			}
			return
		}
		if lq.limit < 1 || lq.limit > MaxLimit {
			t.Errorf("%q: limit %d", raw, lq.limit)
		}
		switch lq.format {
		case export.JSON, export.GeoJSON, export.CSV:
		default:
			t.Errorf("%q: format %q", raw, lq.format)
		}
		fl := lq.filter
		if b := fl.BBox; b != nil {
			for _, v := range []float64{b.MinLon, b.MinLat, b.MaxLon, b.MaxLat} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Errorf("%q: bbox %v", raw, *b)
				}
			}
			if b.MinLon > b.MaxLon || b.MinLat > b.MaxLat {
				t.Errorf("%q: bbox %v", raw, *b)
			}
		}
		if fl.MinSeverity < 0 || fl.MinSeverity > 4 {
			t.Errorf("%q: min_severity %d", raw, fl.MinSeverity)
		}
		if fl.Text != "" {
			if _, ok := store.TextQuery(fl.Text); !ok || len(fl.Text) > maxQ {
				t.Errorf("%q: q %q", raw, fl.Text)
			}
		}
		if c := fl.After; c != nil {
			if c.ID == "" || len(c.ID) > maxID {
				t.Errorf("%q: cursor %+v", raw, c)
			}
			// A cursor the server gives decodes to itself.
			back, err := decodeCursor(encodeCursor(c.Time, c.ID))
			if err != nil || back.ID != c.ID || (back.Time == nil) != (c.Time == nil) ||
				(c.Time != nil && !back.Time.Equal(*c.Time)) {
				t.Errorf("%q: cursor %+v round trip %+v, %v", raw, c, back, err)
			}
		}
	})
}

func FuzzParseEventList(f *testing.F) {
	for _, s := range []string{
		"", "min_sources=2", "min_sources=0", "min_sources=1001", "format=acled", "format=jsonl",
		"bbox=-105,19,-101,23&since=2026-02-22&min_sources=3&limit=1000", "state=14&q=bloqueo*",
		"cursor=eyJ0IjoxLCJpZCI6ImEifQ", "min_sources=1&min_sources=2",
	} {
		f.Add(s)
	}
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		eq, err := parseEventList(q, nil, loc)
		if err != nil {
			var pe errParam
			if !errors.As(err, &pe) || pe.msg == "" || len(pe.msg) > 400 {
				t.Fatalf("%q: error %v is not a parameter error", raw, err)
			}
			return
		}
		if eq.limit < 1 || eq.limit > MaxLimit {
			t.Errorf("%q: limit %d", raw, eq.limit)
		}
		switch eq.format {
		case export.JSON, export.GeoJSON, export.CSV, export.ACLED:
		default:
			t.Errorf("%q: format %q", raw, eq.format)
		}
		fl := eq.filter
		if fl.MinSources < 0 || fl.MinSources > maxSources || fl.MinSeverity < 0 || fl.MinSeverity > 4 {
			t.Errorf("%q: min_sources %d, min_severity %d", raw, fl.MinSources, fl.MinSeverity)
		}
		if b := fl.BBox; b != nil && (b.MinLon > b.MaxLon || b.MinLat > b.MaxLat) {
			t.Errorf("%q: bbox %v", raw, *b)
		}
		if _, ok := q["min_sources"]; !ok && fl.MinSources != 0 {
			t.Errorf("%q: min_sources %d without the parameter", raw, fl.MinSources)
		}
	})
}

func FuzzParsePosition(f *testing.F) {
	for _, s := range []string{"", "0", "12", "12-7", "-1", "1-", "-", "1-2-3", "99999999999999999999", " 3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := parsePosition(s)
		if !ok {
			return
		}
		if p.incident < 0 || p.event < -1 {
			t.Errorf("%q: %+v", s, p)
		}
		if p.event >= 0 {
			// An id the server writes reads back as itself.
			if back, ok := parsePosition(p.String()); !ok || back != p {
				t.Errorf("%q: %+v round trip %+v", s, p, back)
			}
		}
	})
}

// FuzzStoredEventJSON checks that the JSON stored with an event whose
// text fields are hostile (markup, quotes, control characters, invalid
// UTF-8) is what the API would write of the event read back, so that
// pages served from it are those built from the events.
func FuzzStoredEventJSON(f *testing.F) {
	f.Add("Zapopan", "Diario <b>&</b>", "CJNG", "3", int16(2072), int16(-10339), int64(1771763400), 2, uint8(0))
	f.Add("\xff\x00\"\\", "\u2028", "", "", int16(0), int16(0), int64(-1), 0, uint8(255))
	st, err := store.Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	n := 0
	f.Fuzz(func(t *testing.T, place, outlet, actor, value string, lat, lon int16, at int64, killed int, flags uint8) {
		n++
		ts := time.Unix(at%(1<<40), 0).UTC()
		e := model.Event{
			ID: fmt.Sprintf("ev-%d", n), Type: model.Blockade,
			Actors:   []model.Actor{{Name: actor, Kind: model.ActorKind(value), Role: model.Perpetrator}},
			Location: model.Location{Place: place, Locality: outlet, Precision: model.GeoPrecision(flags % 5)},
			Sources:  1, Reports: 2, Confidence: float64(flags) / 255, Severity: int(flags % 5),
			Outlets: []string{outlet, place},
		}
		e.IncidentIDs = []string{e.ID + "-i1", e.ID + "-i2"}
		e.ReportIDs = []string{"r1", "r2"}
		if flags&1 != 0 {
			la, lo := float64(lat)/100, float64(lon)/100
			e.Location.Lat, e.Location.Lon = &la, &lo
		}
		if flags&2 != 0 {
			e.TimeStart, e.TimeEnd, e.TimePrecision = &ts, &ts, model.TimeHour
		}
		if flags&4 != 0 {
			e.Killed = &model.Count{N: killed, AtLeast: flags&8 != 0}
			e.Tolls = []model.TollChange{{Time: ts, Field: "killed", N: killed, ReportID: "r1"}}
		}
		if flags&16 != 0 {
			e.Contradictions = []model.Contradiction{{Field: "killed", Values: []model.ClaimedValue{
				{Value: value, ReportIDs: []string{"r1"}}, {Value: place, ReportIDs: []string{"r2"}}}}}
		}
		js, err := export.MarshalEvent(e)
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		if err := st.SaveFusion(ctx, store.FusionBatch{Events: []store.FusedEvent{{Event: e, JSON: js}}}); err != nil {
			t.Fatal(err)
		}
		back, err := st.Event(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		want, err := export.MarshalEvent(back)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(js, want) {
			t.Errorf("stored\n%s\nread back\n%s", js, want)
		}
	})
}
