package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// event is a fused event with every field known and a hostile outlet name.
func event() model.Event {
	t0 := time.Date(2026, 2, 22, 17, 5, 0, 0, time.UTC) // 11:05 in Mexico City
	t1 := t0.Add(40 * time.Minute)
	return model.Event{
		ID: "ev-1", Type: model.ArmedAttack,
		Actors: []model.Actor{
			{Name: "Cártel Jalisco Nueva Generación", Kind: model.Cartel, Role: model.Perpetrator},
			{Name: "Guardia Nacional", Kind: model.StateForce, Role: model.Target},
		},
		Location: model.Location{StateCode: "14", State: "Jalisco", MunicipalityCode: "14063", Municipality: "Ocotlán",
			Lat: fp(20.3517), Lon: fp(-102.7725), Precision: model.GeoMunicipality},
		TimeStart: &t0, TimeEnd: &t1, TimePrecision: model.TimeMinute,
		Counts:   model.Counts{Killed: &model.Count{N: 3}, Injured: &model.Count{N: 2}},
		Severity: 3, Confidence: 0.82, Sources: 2, Reports: 3,
		Outlets:     []string{"=cmd|' /C calc'!A0", "Diario"},
		IncidentIDs: []string{"a-0", "b-1", "c-0"}, ReportIDs: []string{"a", "b", "c"},
		Contradictions: []model.Contradiction{{Field: "killed", Values: []model.ClaimedValue{
			{Value: "2", ReportIDs: []string{"a"}}, {Value: "3", ReportIDs: []string{"b", "c"}}}}},
		Tolls: []model.TollChange{{Time: t0, Field: "killed", N: 2, ReportID: "a"}, {Time: t1, Field: "killed", N: 3, ReportID: "b"}},
	}
}

func TestEventJSONL(t *testing.T) {
	var b bytes.Buffer
	w, err := NewEventWriter(&b, JSONL)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(event()); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(model.Event{ID: "ev-2", Type: model.Advisory, Reports: 1, Sources: 1}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "type", "state", "state_code", "municipality", "municipality_code", "lat", "lon",
		"geo_precision", "time_start", "time_end", "killed", "injured", "severity", "sources", "reports", "outlets",
		"incident_ids", "report_ids", "contradictions", "confidence"} {
		if _, ok := m[k]; !ok {
			t.Errorf("key %q missing", k)
		}
	}
	if m["time_start"] != "2026-02-22T11:05:00-06:00" {
		t.Errorf("time_start %v, want Mexico City time", m["time_start"])
	}
	c := m["contradictions"].([]any)[0].(map[string]any)
	if c["field"] != "killed" || len(c["values"].([]any)) != 2 {
		t.Errorf("contradictions %v", c)
	}
	var bare map[string]any
	json.Unmarshal([]byte(lines[1]), &bare)
	if bare["killed"] != nil || bare["state"] != nil || bare["contradictions"] == nil {
		t.Errorf("unknowns must be null and lists empty: %s", lines[1])
	}
}

func TestACLED(t *testing.T) {
	var b bytes.Buffer
	w, _ := NewEventWriter(&b, ACLED)
	w.Write(event())
	w.Close()
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("%d rows", len(rows))
	}
	col := map[string]string{}
	for i, h := range rows[0] {
		col[h] = rows[1][i]
	}
	want := map[string]string{
		"event_date": "2026-02-22", "year": "2026", "time_precision": "1",
		"disorder_type": "Political violence", "event_type": "Battles", "sub_event_type": "Armed clash",
		"actor1": "Cártel Jalisco Nueva Generación", "actor2": "Guardia Nacional", "country": "Mexico",
		"admin1": "Jalisco", "admin2": "Ocotlán", "location": "Ocotlán", "latitude": "20.3517",
		"longitude": "-102.7725", "geo_precision": "2", "fatalities": "3",
	}
	for k, v := range want {
		if col[k] != v {
			t.Errorf("%s = %q, want %q", k, col[k], v)
		}
	}
	if strings.HasPrefix(col["source"], "=") {
		t.Errorf("source %q would run as a formula", col["source"])
	}
}

func TestACLEDType(t *testing.T) {
	tests := []struct {
		typ        model.IncidentType
		killed     int
		event, sub string
	}{
		{model.ArmedClash, 0, "Battles", "Armed clash"},
		{model.Homicide, 2, "Violence against civilians", "Attack"},
		{model.Kidnapping, 0, "Violence against civilians", "Abduction/forced disappearance"},
		{model.Explosive, 0, "Explosions/Remote violence", "Remote explosive/landmine/IED"},
		{model.SecurityOperation, 0, "Strategic developments", "Arrests"},
		{model.SecurityOperation, 4, "Battles", "Armed clash"},
		{model.Blockade, 0, "Strategic developments", "Looting/property destruction"},
		{model.Advisory, 0, "Strategic developments", "Other"},
	}
	for _, tt := range tests {
		e := model.Event{Type: tt.typ, Counts: model.Counts{Killed: &model.Count{N: tt.killed}}}
		if _, ev, sub := ACLEDType(&e); ev != tt.event || sub != tt.sub {
			t.Errorf("%s with %d killed: %s / %s, want %s / %s", tt.typ, tt.killed, ev, sub, tt.event, tt.sub)
		}
	}
}

func TestEventFormats(t *testing.T) {
	for _, f := range EventFormats() {
		var b bytes.Buffer
		w, err := NewEventWriter(&b, f)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(event()); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if err := w.Close(); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if !strings.Contains(b.String(), "Ocotl") {
			t.Errorf("%s: no place in %q", f, b.String())
		}
		if f == GeoJSON && !json.Valid(b.Bytes()) {
			t.Errorf("GeoJSON is not JSON: %s", b.String())
		}
	}
	if _, err := ParseEventFormat("ACLED"); err != nil {
		t.Error(err)
	}
	if _, err := ParseEventFormat("xml"); err == nil {
		t.Error("xml accepted")
	}
}

// BenchmarkMarshalEvent measures what fusion pays per event for the JSON
// the store keeps with it (see store.FusedEvent.JSON).
func BenchmarkMarshalEvent(b *testing.B) {
	e := event()
	n := 0
	for b.Loop() {
		js, err := MarshalEvent(e)
		if err != nil {
			b.Fatal(err)
		}
		n = len(js)
	}
	b.SetBytes(int64(n))
}
