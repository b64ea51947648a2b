package api

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// TestDateFiltersAtPlace checks that a date in since or until selects acts
// by their day at their place: an act at 23:30 in Tijuana on 3 March 2026
// (01:30 on the 4th in Mexico City) is on the 3rd in the incidents, the
// events and the counts; an act at 00:30 in Celaya on the 4th is on the
// 4th. An RFC 3339 bound is still an instant.
func TestDateFiltersAtPlace(t *testing.T) {
	s, st := newServer(t, nil)
	tijuana, err := time.LoadLocation("America/Tijuana")
	if err != nil {
		t.Fatal(err)
	}
	tij := time.Date(2026, 3, 3, 23, 30, 0, 0, tijuana)
	cel := time.Date(2026, 3, 4, 0, 30, 0, 0, model.MexicoCity())
	text := "Asesinan a un hombre en Tijuana. Asesinan a una mujer en Celaya."
	_, err = st.Save(context.Background(), []store.Entry{{Report: model.Report{ID: "hash9", Kind: model.KindNews, Lang: "es", Text: text},
		Incidents: []model.Incident{
			{ID: "tij", Type: model.Homicide, Time: &tij, TimePrecision: model.TimeMinute, Severity: 3, Confidence: 0.7,
				Location: model.Location{StateCode: "02", State: "Baja California", MunicipalityCode: "02004", Municipality: "Tijuana",
					Lat: fp(32.52), Lon: fp(-117.03), Precision: model.GeoMunicipality},
				Evidence: []model.Span{{Start: 0, End: 32}}},
			{ID: "cel", Type: model.Homicide, Time: &cel, TimePrecision: model.TimeMinute, Severity: 3, Confidence: 0.7,
				Location: model.Location{StateCode: "11", State: "Guanajuato", MunicipalityCode: "11007", Municipality: "Celaya",
					Lat: fp(20.52), Lon: fp(-100.81), Precision: model.GeoMunicipality},
				Evidence: []model.Span{{Start: 33, End: len(text)}}},
		}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Fuse(context.Background(), st, fuse.DefaultConfig(), false); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query, want string
	}{
		{"until=2026-03-03", "tij"},
		{"since=2026-03-03&until=2026-03-03", "tij"},
		{"since=2026-03-04", "cel"},
		{"since=2026-03-04&until=2026-03-04", "cel"},
		{"since=2026-03-04T00:00:00-06:00", "cel tij"}, // instants: both after Mexico City's midnight
	}
	for _, tt := range tests {
		p, _ := getPage(t, s, "/api/incidents?"+tt.query)
		if got := idsOf(p); got != tt.want {
			t.Errorf("incidents?%s: %q, want %q", tt.query, got, tt.want)
		}
		for _, limit := range []string{"", "&limit=10"} {
			if got := members(getEvents(t, s, "/api/events?"+tt.query+limit)); got != tt.want {
				t.Errorf("events?%s%s: %q, want %q", tt.query, limit, got, tt.want)
			}
		}
	}
	// The counts by day count each act on its place's day.
	for _, q := range []string{"", "?of=events"} {
		res, b := do(t, s, "GET", "/api/stats"+q, "", nil)
		if res.StatusCode != 200 {
			t.Fatalf("GET /api/stats%s: %d %s", q, res.StatusCode, b)
		}
		var got statsJSON
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if g, want := fmt.Sprint(got.ByDay), "[{2026-03-03 1} {2026-03-04 1}]"; g != want {
			t.Errorf("stats%s: by_day %s, want %s", q, g, want)
		}
	}
}
