package ingest_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// TestRematchedMemberIncrementalEqualsRebuild fuses generated reports of
// one clash in Tlajomulco (testdata/rematch_merge.jsonl, bench's
// generator) in which two incidents placed only in Jalisco each started an
// event that reports of the town joined, the two events becoming one under
// the id of the second when a later report agreed with both. An
// incremental run after a report of the next day matches the Jalisco ones
// again and replays the others: the first must go back to
// the event the town's reports replayed into (which a rebuild gives), and
// the second, whose id the stored event bears, must not start another
// event of that id (the run failed on the events' unique ids).
func TestRematchedMemberIncrementalEqualsRebuild(t *testing.T) {
	entries := readEntries(t, "testdata/rematch_merge.jsonl")
	next := time.Date(2026, 1, 3, 18, 0, 0, 0, time.UTC)
	lat, lon := 25.67, -100.31
	later := store.Entry{
		Report: model.Report{ID: "r-next", Source: "Diario", Kind: model.KindNews, Lang: "es", Published: next.Add(2 * time.Hour),
			Text: "Hombres armados mataron a dos personas en Monterrey."},
		Incidents: []model.Incident{{ID: "next-0", ReportID: "r-next", Type: model.Homicide, Time: &next, TimePrecision: model.TimeHour,
			Confidence: 0.8, Counts: model.Counts{Killed: &model.Count{N: 2}},
			Location: model.Location{StateCode: "19", State: "Nuevo León", MunicipalityCode: "19039", Municipality: "Monterrey",
				Lat: &lat, Lon: &lon, Precision: model.GeoMunicipality},
			Evidence: []model.Span{{Start: 0, End: 51}}}},
	}
	first, incremental, rebuilt, s := fuseThenOneMore(t, entries, later)
	if s.Replayed == 0 {
		t.Errorf("the incremental run replayed nothing: %+v", s)
	}
	if !slices.Equal(incremental, rebuilt) {
		t.Errorf("incremental:\n%v\nrebuilt:\n%v", incremental, rebuilt)
	}
	if len(rebuilt) != len(first)+1 {
		t.Errorf("%d events, then %d after one more report", len(first), len(rebuilt))
	}
}

// TestRematchedMeetsUnreloadedEvent fuses a state-only report of a
// kidnapping in Hidalgo (its report dates nothing) that two towns'
// kidnappings of the day before overlap: it joins neither (two could take
// it). A report of another state days later is fused incrementally: the
// state-only one is matched again, and the event of Tulancingo, whose
// last report is older than Lookback before the new one, must be reloaded
// too, or the state-only report, meeting only Pachuca's, would join it.
func TestRematchedMeetsUnreloadedEvent(t *testing.T) {
	d := time.Date(2026, 3, 10, 6, 0, 0, 0, time.UTC) // midnight in Hidalgo
	entry := func(id string, muni, code string, lat, lon float64, at time.Time, prec model.TimePrecision, text string) store.Entry {
		in := model.Incident{ID: id + "-0", ReportID: id, Type: model.Kidnapping, Confidence: 0.8,
			Location: model.Location{StateCode: "13", State: "Hidalgo", Precision: model.GeoState},
			Evidence: []model.Span{{Start: 0, End: len(text)}}}
		if code != "" {
			in.Location.MunicipalityCode, in.Location.Municipality = code, muni
			in.Location.Lat, in.Location.Lon, in.Location.Precision = &lat, &lon, model.GeoMunicipality
		}
		pub := at.Add(3 * time.Hour)
		if prec != "" {
			tt := at
			in.Time, in.TimePrecision = &tt, prec
		} else {
			pub = at
		}
		return store.Entry{Report: model.Report{ID: id, Source: "Medio " + id, Kind: model.KindNews, Lang: "es",
			Published: pub, Text: text}, Incidents: []model.Incident{in}}
	}
	first := []store.Entry{
		entry("b", "Tulancingo de Bravo", "13077", 20.0833, -98.3667, d, model.TimeDay, "Secuestran a un comerciante en Tulancingo."),
		entry("a", "Pachuca de Soto", "13048", 20.1011, -98.7591, d.Add(24*time.Hour), model.TimeDay, "Secuestran a un taxista en Pachuca."),
		entry("a2", "Pachuca de Soto", "13048", 20.1011, -98.7591, d.Add(38*time.Hour), model.TimeMinute, "Plagian a un taxista en la capital, Pachuca."),
		entry("x", "", "", 0, 0, d.Add(42*time.Hour), "", "Reportan un secuestro en el estado de Hidalgo."),
	}
	later := entry("n", "", "", 0, 0, d.Add(5*24*time.Hour+6*time.Hour), model.TimeMinute, "Secuestran a dos personas en Oaxaca.")
	later.Incidents[0].Location.StateCode, later.Incidents[0].Location.State = "20", "Oaxaca"
	_, incremental, rebuilt, _ := fuseThenOneMore(t, first, later)
	if !slices.Equal(incremental, rebuilt) {
		t.Errorf("incremental:\n%v\nrebuilt:\n%v", incremental, rebuilt)
	}
	if len(rebuilt) != 4 {
		t.Errorf("%d events, want 4 (Tulancingo, Pachuca, the state's, Oaxaca):\n%v", len(rebuilt), rebuilt)
	}
}

// fuseThenOneMore stores and fuses first, stores later and fuses it
// incrementally, then rebuilds: it returns the events listed after each
// of the three runs and the incremental run's stats.
func fuseThenOneMore(t *testing.T, first []store.Entry, later store.Entry) (before, incremental, rebuilt []string, s ingest.FuseStats) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cfg := fuse.DefaultConfig()
	if _, err := st.Save(ctx, first); err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Fuse(ctx, st, cfg, false); err != nil {
		t.Fatal(err)
	}
	before = listEvents(t, st)
	if _, err := st.Save(ctx, []store.Entry{later}); err != nil {
		t.Fatal(err)
	}
	if s, err = ingest.Fuse(ctx, st, cfg, false); err != nil {
		t.Fatalf("incremental run: %v", err)
	}
	incremental = listEvents(t, st)
	if _, err := ingest.Fuse(ctx, st, cfg, true); err != nil {
		t.Fatal(err)
	}
	return before, incremental, listEvents(t, st), s
}
