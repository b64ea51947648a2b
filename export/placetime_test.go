package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// TestPlaceOffset: an act's time is written with its place's offset
// (model.Location.Zone), so that its date is the act's day there; a
// publication time, and an act with no place, keep Mexico City's.
func TestPlaceOffset(t *testing.T) {
	at := time.Date(2027, 3, 9, 6, 30, 0, 0, time.UTC) // 23:30 on the 8th in Culiacán, 00:30 on the 9th in Mexico City
	pub := time.Date(2027, 3, 9, 18, 0, 0, 0, time.UTC)
	culiacan := model.Location{StateCode: "25", State: "Sinaloa", MunicipalityCode: "25006", Municipality: "Culiacán", Precision: model.GeoMunicipality}
	listed := func(l model.Location) store.Listed {
		return store.Listed{Incident: model.Incident{ID: "i", ReportID: "h", Type: model.Homicide, Location: l, Time: &at, TimePrecision: model.TimeMinute},
			ReportPublicID: "h", Published: pub}
	}
	for _, tt := range []struct {
		name string
		l    model.Location
		want string
	}{
		{"Culiacán", culiacan, "2027-03-08T23:30:00-07:00"},
		{"no place", model.Location{}, "2027-03-09T00:30:00-06:00"},
	} {
		var m map[string]any
		if err := json.Unmarshal([]byte(write(t, JSONL, listed(tt.l))), &m); err != nil {
			t.Fatal(err)
		}
		if m["time"] != tt.want || m["published"] != "2027-03-09T12:00:00-06:00" {
			t.Errorf("%s: JSONL time %v published %v, want %s and Mexico City's 2027-03-09T12:00:00-06:00", tt.name, m["time"], m["published"], tt.want)
		}
		if s := write(t, CSV, listed(tt.l)); !strings.Contains(s, ","+tt.want+",") {
			t.Errorf("%s: CSV has no time %s:\n%s", tt.name, tt.want, s)
		}
		if s := write(t, Table, listed(tt.l)); !strings.Contains(s, strings.Replace(tt.want[:16], "T", " ", 1)) {
			t.Errorf("%s: table has no time %s:\n%s", tt.name, tt.want[:16], s)
		}
	}

	ev := model.Event{ID: "e", Type: model.Homicide, Location: culiacan, TimeStart: &at, TimeEnd: &at, TimePrecision: model.TimeMinute, Reports: 1, Sources: 1,
		Tolls: []model.TollChange{{Time: pub, Field: "killed", N: 1, ReportID: "h"}}}
	var b bytes.Buffer
	w, err := NewEventWriter(&b, JSONL)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(ev); err != nil {
		t.Fatal(err)
	}
	w.Close()
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if m["time_start"] != "2027-03-08T23:30:00-07:00" || m["time_end"] != "2027-03-08T23:30:00-07:00" {
		t.Errorf("event time_start %v time_end %v, want Culiacán's 2027-03-08T23:30:00-07:00", m["time_start"], m["time_end"])
	}
	if th := m["toll_history"].([]any)[0].(map[string]any); th["time"] != "2027-03-09T12:00:00-06:00" {
		t.Errorf("toll history time %v, want the publication on Mexico City's clock", th["time"])
	}
	b.Reset()
	w, _ = NewEventWriter(&b, ACLED)
	w.Write(ev)
	w.Close()
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("ACLED: %v, %d rows", err, len(rows))
	}
	for i, h := range rows[0] {
		if h == "event_date" && rows[1][i] != "2027-03-08" {
			t.Errorf("ACLED event_date %s, want Culiacán's day 2027-03-08", rows[1][i])
		}
	}
}
