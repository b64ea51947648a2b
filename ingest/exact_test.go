package ingest_test

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// readEntries reads the stored entries of a JSONL file.
func readEntries(t *testing.T, path string) []store.Entry {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var entries []store.Entry
	for dec := json.NewDecoder(f); dec.More(); {
		var e store.Entry
		if err := dec.Decode(&e); err != nil {
			t.Fatal(err)
		}
		entries = append(entries, e)
	}
	return entries
}

// oaxacaAt is a report of a killing in Oaxaca at time at: a new report
// far from the others, which makes an incremental run resume at at.
func oaxacaAt(at time.Time) store.Entry {
	lat, lon := 17.06, -96.72
	text := "Hombres armados mataron a dos personas en Oaxaca de Juárez."
	return store.Entry{
		Report: model.Report{ID: "r-next", Source: "Diario", Kind: model.KindNews, Lang: "es", Published: at.Add(2 * time.Hour), Text: text},
		Incidents: []model.Incident{{ID: "next-0", ReportID: "r-next", Type: model.Homicide, Time: &at, TimePrecision: model.TimeHour,
			Confidence: 0.8, Counts: model.Counts{Killed: &model.Count{N: 2}},
			Location: model.Location{StateCode: "20", State: "Oaxaca", MunicipalityCode: "20067", Municipality: "Oaxaca de Juárez",
				Lat: &lat, Lon: &lon, Precision: model.GeoMunicipality},
			Evidence: []model.Span{{Start: 0, End: len(text)}}}},
	}
}

// TestIncrementalEqualsRebuildGenerated fuses reports of bench's generator
// (bench --fuse 22000 --days 4 --check, seeds 3 and 7, whose incremental
// day differed from a rebuild by 1 and 2 events), shrunk to the few of one
// town that the difference needs: a state-only incident of the day and the
// town's reports, whose events the later report's day finds still open.
// Then one report of Oaxaca at the hour the bench's next day starts is
// fused incrementally: the events must be a rebuild's. (Matching the
// state-only incidents again against the town's events as they ended,
// rather than as they were at that hour, put one in the town's event.)
func TestIncrementalEqualsRebuildGenerated(t *testing.T) {
	from := time.Date(2026, 1, 7, 5, 0, 0, 0, time.UTC)
	for _, file := range []string{"testdata/exact_seed3.jsonl", "testdata/exact_seed7.jsonl"} {
		t.Run(file, func(t *testing.T) {
			first, incremental, rebuilt, s := fuseThenOneMore(t, readEntries(t, file), oaxacaAt(from))
			if s.Replayed == 0 {
				t.Errorf("the incremental run replayed nothing: %+v", s)
			}
			if !slices.Equal(incremental, rebuilt) {
				t.Errorf("incremental:\n%v\nrebuilt:\n%v", incremental, rebuilt)
			}
			if len(rebuilt) != len(first)+1 {
				t.Errorf("%d events, then %d after one more report", len(first), len(rebuilt))
			}
		})
	}
}
