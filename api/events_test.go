package api

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/extract/extracttest"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// eventFixture stores the fixture's reports and a third, written for these
// tests, from another outlet: the Zapopan blockade of incident a, with an
// injured (incident f), and the Culiacán clash of b with two dead rather
// than three (incident g); then it fuses them. The events are a+f (two
// independent sources), b+g (two sources, the toll contradicted), c, e
// and d (unknown time, last).
func eventFixture(t *testing.T, st *store.Store) {
	t.Helper()
	fixture(t, st)
	first := "Reportan bloqueo con vehículos incendiados en Zapopan; un herido."
	second := " En Culiacán, el enfrentamiento dejó dos muertos."
	text := first + second
	at := time.Date(2026, 2, 22, 12, 30, 0, 0, time.UTC)
	at2 := time.Date(2026, 2, 22, 18, 30, 0, 0, time.UTC)
	pub := time.Date(2026, 2, 22, 21, 0, 0, 0, time.UTC)
	_, err := st.Save(context.Background(), []store.Entry{{
		Report: model.Report{ID: "hash3", GivenID: "r3", Source: "Noticias de Occidente", Kind: model.KindNews, Lang: "es",
			Text: text, Published: pub},
		Incidents: []model.Incident{{
			ID: "f", Type: model.Blockade,
			Location: model.Location{StateCode: "14", State: "Jalisco", MunicipalityCode: "14120", Municipality: "Zapopan",
				Lat: fp(20.72), Lon: fp(-103.39), Precision: model.GeoMunicipality},
			Time: &at, TimePrecision: model.TimeHour, Severity: 2, Confidence: 0.7,
			Counts:   model.Counts{Injured: &model.Count{N: 1}},
			Evidence: []model.Span{{Start: 0, End: len(first)}},
		}, {
			ID: "g", Type: model.ArmedClash,
			Location: model.Location{StateCode: "25", State: "Sinaloa", MunicipalityCode: "25006", Municipality: "Culiacán",
				Lat: fp(24.80), Lon: fp(-107.39), Precision: model.GeoMunicipality},
			Time: &at2, TimePrecision: model.TimeHour, Severity: 3, Confidence: 0.7,
			Counts:   model.Counts{Killed: &model.Count{N: 2}},
			Evidence: []model.Span{{Start: len(first) + 1, End: len(text)}},
		}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Fuse(context.Background(), st, fuse.DefaultConfig(), false); err != nil {
		t.Fatal(err)
	}
}

type eventPage struct {
	Count      int              `json:"count"`
	NextCursor *string          `json:"next_cursor"`
	Events     []map[string]any `json:"events"`
}

func getEvents(t *testing.T, s *Server, target string) eventPage {
	t.Helper()
	res, b := do(t, s, "GET", target, "", nil)
	if res.StatusCode != 200 {
		t.Fatalf("GET %s: %d %s", target, res.StatusCode, b)
	}
	var p eventPage
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatalf("GET %s: %v\n%s", target, err, b)
	}
	if p.Count != len(p.Events) {
		t.Errorf("GET %s: count %d, %d events", target, p.Count, len(p.Events))
	}
	return p
}

// members returns each event's incident ids joined by "+", events
// separated by spaces.
func members(p eventPage) string {
	var out []string
	for _, e := range p.Events {
		var ids []string
		for _, id := range e["incident_ids"].([]any) {
			ids = append(ids, id.(string))
		}
		out = append(out, strings.Join(ids, "+"))
	}
	return strings.Join(out, " ")
}

func TestEventsFilters(t *testing.T) {
	s, st := newServer(t, nil)
	eventFixture(t, st)
	tests := []struct {
		query, want string
	}{
		{"", "a+f b+g c e d"},
		{"since=2026-02-23", "e"}, // c is on the 22nd in Mexico City
		{"until=2026-02-22", "a+f b+g c"},
		{"since=2026-02-22T13:00:00Z&until=2026-02-24T10:00:00Z", "b+g c"},
		{"bbox=-105,19,-101,23", "a+f c"},
		{"bbox=-105,19,-101,23&since=2026-02-22T13:00:00Z", "c"},
		{"bbox=-90,20,-89,21", "d"},
		{"bbox=-90,20,-89,21&until=2026-03-01", ""}, // d's time is unknown
		{"state=jalisco", "a+f c"},
		{"state=25", "b+g"},
		{"municipality=14101", "c"},
		{"type=homicide", "e"},
		{"actor=c%C3%A1rtel+de+sinaloa", "b+g"},
		{"actor=C%C3%A1rtel+Jalisco+Nueva+Generaci%C3%B3n", "a+f c"},
		{"min_severity=3", "b+g e"},
		{"min_sources=2", "a+f b+g"},
		{"min_sources=2&state=14", "a+f"},
		{"q=herido", "a+f"},    // in f's evidence only
		{"q=VEHICULOS", "a+f"}, // in both, once
		{"q=muertos", "b+g"},
		{"q=tonala", "c"},
		{"limit=2", "a+f b+g"},
		{"type=policy", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := members(getEvents(t, s, "/api/events?"+tt.query)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEventsBadParameters(t *testing.T) {
	s, st := newServer(t, nil)
	eventFixture(t, st)
	for _, q := range []string{
		"min_sources=0", "min_sources=x", "min_sources=1001", "min_sources=1&min_sources=2", "format=jsonl",
		"format=xml", "limit=0", "limit=1001", "cursor=e30", "bbox=1,2,3", "state=Atlantis", "sources=2",
	} {
		res, b := do(t, s, "GET", "/api/events?"+q, "", nil)
		var e errorBody
		if res.StatusCode != http.StatusBadRequest || json.Unmarshal(b, &e) != nil || e.Status != 400 || e.Error == "" {
			t.Errorf("%s: %d %s; want 400 with a JSON error", q, res.StatusCode, b)
		}
	}
}

func TestEventsPagination(t *testing.T) {
	s, st := newServer(t, nil)
	eventFixture(t, st)
	for _, size := range []int{1, 2, 3} {
		var got []string
		target := "/api/events?limit=" + strconv.Itoa(size)
		for n := 0; n < 10; n++ {
			res, b := do(t, s, "GET", target, "", nil)
			var p eventPage
			if res.StatusCode != 200 || json.Unmarshal(b, &p) != nil {
				t.Fatalf("%s: %d %s", target, res.StatusCode, b)
			}
			got = append(got, members(p))
			link := res.Header.Get("Link")
			if p.NextCursor == nil {
				if link != "" {
					t.Errorf("last page has a Link: %s", link)
				}
				break
			}
			if len(p.Events) != size {
				t.Errorf("a page before the last has %d events, want %d", len(p.Events), size)
			}
			next := "/api/events?cursor=" + url.QueryEscape(*p.NextCursor) + "&limit=" + strconv.Itoa(size)
			if link != "<"+next+`>; rel="next"` {
				t.Errorf("Link = %s, want <%s>", link, next)
			}
			target = next
		}
		if g := strings.Join(got, " "); g != "a+f b+g c e d" {
			t.Errorf("pages of %d: %q, want every event once, in order", size, g)
		}
	}
	// A cursor keeps its filters' meaning: the second page of Jalisco.
	p := getEvents(t, s, "/api/events?state=14&limit=1")
	if p.NextCursor == nil {
		t.Fatal("no second page of Jalisco")
	}
	if got := members(getEvents(t, s, "/api/events?state=14&limit=1&cursor="+url.QueryEscape(*p.NextCursor))); got != "c" {
		t.Errorf("second page of Jalisco = %q, want c", got)
	}
}

func TestEventsFormats(t *testing.T) {
	s, st := newServer(t, nil)
	eventFixture(t, st)

	res, b := do(t, s, "GET", "/api/events?format=geojson&state=14", "", nil)
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/geo+json" {
		t.Fatalf("geojson: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			ID       string `json:"id"`
			Geometry struct {
				Type        string     `json:"type"`
				Coordinates [2]float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		t.Fatalf("geojson: %v\n%s", err, b)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 2 ||
		fc.Features[0].Geometry.Type != "Point" || fc.Features[0].Geometry.Coordinates != [2]float64{-103.39, 20.72} ||
		fc.Features[0].Properties["sources"] != 2.0 || fc.Features[0].ID != fc.Features[0].Properties["id"] {
		t.Errorf("geojson = %+v", fc)
	}

	for _, tc := range []struct{ format, first string }{{"csv", "id"}, {"acled", "event_id_cnty"}} {
		res, b := do(t, s, "GET", "/api/events?limit=2&format="+tc.format, "", nil)
		if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") ||
			!strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") || res.Header.Get("Link") == "" {
			t.Fatalf("%s: %d %v", tc.format, res.StatusCode, res.Header)
		}
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil || len(rows) != 3 || rows[0][0] != tc.first || !strings.HasPrefix(rows[1][0], "ev-") {
			t.Errorf("%s rows = %q, %v", tc.format, rows, err)
		}
	}
	// ACLED: the clash of b+g is a battle with its consensus toll.
	res, b = do(t, s, "GET", "/api/events?format=acled&type=armed_clash", "", nil)
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if res.StatusCode != 200 || err != nil || len(rows) != 2 {
		t.Fatalf("acled: %d %q %v", res.StatusCode, rows, err)
	}
	col := map[string]string{}
	for i, h := range rows[0] {
		col[h] = rows[1][i]
	}
	if col["event_type"] != "Battles" || col["admin1"] != "Sinaloa" || col["fatalities"] != "2" {
		t.Errorf("acled row = %v", col)
	}
}

// TestEvent checks the detail of an event: the event as listed, its
// incidents with their evidence, and its reports, whose texts the
// evidence offsets index in bytes.
func TestEvent(t *testing.T) {
	s, st := newServer(t, nil)
	eventFixture(t, st)
	p := getEvents(t, s, "/api/events?type=armed_clash")
	if len(p.Events) != 1 {
		t.Fatalf("clashes: %+v", p)
	}
	listed := p.Events[0]
	id := listed["id"].(string)
	res, b := do(t, s, "GET", "/api/events/"+url.PathEscape(id), "", nil)
	var got struct {
		Event     map[string]any   `json:"event"`
		Incidents []map[string]any `json:"incidents"`
		Reports   []map[string]any `json:"reports"`
	}
	if res.StatusCode != 200 || json.Unmarshal(b, &got) != nil {
		t.Fatalf("%s: %d %s", id, res.StatusCode, b)
	}
	lb, _ := json.Marshal(listed)
	eb, _ := json.Marshal(got.Event)
	if string(lb) != string(eb) {
		t.Errorf("event detail differs from its listing:\n%s\n%s", eb, lb)
	}
	cons := got.Event["contradictions"].([]any)
	if len(cons) != 1 || cons[0].(map[string]any)["field"] != "killed" {
		t.Errorf("contradictions = %v", cons)
	}
	if len(got.Incidents) != 2 || got.Incidents[0]["id"] != "b" || got.Incidents[1]["id"] != "g" {
		t.Fatalf("incidents = %v", got.Incidents)
	}
	if len(got.Reports) != 2 || got.Reports[0]["id"] != "r1" || got.Reports[1]["id"] != "r3" ||
		got.Reports[1]["hash"] != "hash3" || got.Reports[1]["source"] != "Noticias de Occidente" {
		t.Fatalf("reports = %v", got.Reports)
	}
	texts := map[string]string{}
	for _, r := range got.Reports {
		texts[r["id"].(string)] = r["text"].(string)
	}
	for _, in := range got.Incidents {
		for _, e := range in["evidence"].([]any) {
			ev := e.(map[string]any)
			text, ok := texts[ev["report_id"].(string)]
			start, end := int(ev["start"].(float64)), int(ev["end"].(float64))
			if !ok || end > len(text) || text[start:end] != ev["text"] {
				t.Errorf("evidence %v is not its report's text[start:end]", ev)
			}
		}
	}
	for _, target := range []string{"/api/events/nope", "/api/events/" + strings.Repeat("x", 300)} {
		res, b := do(t, s, "GET", target, "", nil)
		if res.StatusCode != 404 || !strings.Contains(string(b), `"status":404`) {
			t.Errorf("%s: %d %s", target[:20], res.StatusCode, b)
		}
	}
}

func TestEventStats(t *testing.T) {
	s, st := newServer(t, nil)
	eventFixture(t, st)
	var got statsJSON
	res, b := do(t, s, "GET", "/api/stats?of=events", "", nil)
	if res.StatusCode != 200 || json.Unmarshal(b, &got) != nil {
		t.Fatalf("%d %s", res.StatusCode, b)
	}
	// a+f, b+g and c start on the 22nd in Mexico City, e on the 24th; d's
	// time is unknown.
	want := []dayCount{{"2026-02-22", 3}, {"2026-02-24", 1}}
	if got.Total != 5 || got.UnknownTime != 1 || len(got.ByDay) != 2 || got.ByDay[0] != want[0] || got.ByDay[1] != want[1] {
		t.Errorf("stats of events = %s", b)
	}
	if len(got.ByState) != 4 || *got.ByState[0].StateCode != "14" || got.ByState[0].Count != 2 {
		t.Errorf("by state = %s", b)
	}
	_, b = do(t, s, "GET", "/api/stats?of=events&min_sources=2", "", nil)
	if json.Unmarshal(b, &got) != nil || got.Total != 2 {
		t.Errorf("events of two sources = %s", b)
	}
	// Incidents stay the default: seven of them.
	_, b = do(t, s, "GET", "/api/stats", "", nil)
	if json.Unmarshal(b, &got) != nil || got.Total != 7 {
		t.Errorf("stats of incidents = %s", b)
	}
	for _, q := range []string{"of=reports", "min_sources=2", "of=incidents&min_sources=2", "of=events&of=events"} {
		res, b := do(t, s, "GET", "/api/stats?"+q, "", nil)
		if res.StatusCode != 400 {
			t.Errorf("%s: %d %s, want 400", q, res.StatusCode, b)
		}
	}
}

func TestEventsNoMarkup(t *testing.T) {
	s, st := newServer(t, nil)
	eventFixture(t, st)
	p := getEvents(t, s, "/api/events?state=14")
	for _, target := range []string{"/api/events", "/api/events?format=geojson", "/api/events/" + p.Events[1]["id"].(string)} {
		_, b := do(t, s, "GET", target, "", nil)
		if !bytes.Contains(b, []byte("Vecinal")) || bytes.ContainsAny(b, "<>") {
			t.Errorf("%s: no outlet, or markup characters in the response:\n%s", target, b)
		}
	}
}

// readUntil reads a stream's messages until one named name whose data
// satisfies ok, and returns it.
func readUntil(t *testing.T, events *sse, name string, ok func(map[string]any) bool) map[string]string {
	t.Helper()
	for {
		ev, err := events.next()
		if err != nil {
			t.Fatalf("waiting for an %s message: %v", name, err)
		}
		if ev["event"] != name {
			continue
		}
		var data map[string]any
		if err := json.Unmarshal([]byte(ev["data"]), &data); err != nil {
			t.Fatalf("%s message: %v: %s", name, err, ev["data"])
		}
		if ok(data) {
			return ev
		}
	}
}

func hasIncidentOf(report string) func(map[string]any) bool {
	return func(e map[string]any) bool {
		for _, id := range e["report_ids"].([]any) {
			if id == report {
				return true
			}
		}
		return false
	}
}

// TestStreamSendsEvents checks the event messages: a POSTed report is
// fused and its event sent at once, after its incident; a report ingested
// by another process into the same database is found by polling; and the
// message id resumes both kinds.
func TestStreamSendsEvents(t *testing.T) {
	fcfg := fuse.DefaultConfig()
	path := filepath.Join(t.TempDir(), "api.db")
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ex, err := deps()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Store: st, Extractor: ex, Token: testToken, LookupState: lookupState(t),
		Poll: time.Hour, Heartbeat: time.Hour, Fusion: &fcfg})
	if err != nil {
		t.Fatal(err)
	}
	eventFixture(t, st)
	srv := httptest.NewServer(s)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, events := openStream(t, ctx, srv.URL+"/api/stream", "")
	if ev, err := events.next(); err != nil || ev["retry"] != "3000" {
		t.Fatalf("first block = %v, %v", ev, err)
	}
	// The fixture's events were fused before: they are not sent.
	req, _ := http.NewRequest("POST", srv.URL+"/api/reports", jsonl(reportZapopan))
	req.Header.Set("Authorization", "Bearer "+testToken)
	res, err := http.DefaultClient.Do(req)
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("POST: %v %v", res, err)
	}
	var posted ingestJSON
	json.NewDecoder(res.Body).Decode(&posted)
	res.Body.Close()
	if len(posted.Reports) != 1 {
		t.Fatalf("POST: %+v", posted)
	}
	hash := posted.Reports[0].Hash
	first, err := events.next()
	for err == nil && first[""] != "" { // comments
		first, err = events.next()
	}
	if err != nil || first["event"] != "incident" {
		t.Fatalf("first message = %v, %v; want the incident", first, err)
	}
	got := readUntil(t, events, "event", hasIncidentOf(hash))
	var e map[string]any
	json.Unmarshal([]byte(got["data"]), &e)
	if e["state"] != "Jalisco" || e["id"] == "" || e["sources"] == nil {
		t.Errorf("event message = %s", got["data"])
	}
	// The event is the one /api/events lists.
	p := getEvents(t, s, "/api/events?since=2026-02-23&state=14")
	found := false
	for _, le := range p.Events {
		found = found || le["id"] == e["id"]
	}
	if !found {
		t.Errorf("the streamed event %v is not listed: %v", e["id"], members(p))
	}
	resume := got["id"]
	if i, ev, ok := strings.Cut(resume, "-"); !ok || i == "" || ev == "" || ev == "0" {
		t.Fatalf("message id %q, want I-E", resume)
	}
	cancel()

	// Another process ingests into the same database: the stream finds the
	// event by polling. It resumes after the last message, so the Zapopan
	// event is not sent again.
	s.cfg.Poll = 20 * time.Millisecond
	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel2()
	_, events = openStream(t, ctx2, srv.URL+"/api/stream", resume)
	other, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	stats, err := ingest.Run(context.Background(), ingest.Config{Store: other, Extractor: ex, Fusion: &fcfg}, []string{"-"},
		jsonl(reportCeleya))
	if err != nil || stats.Added != 1 {
		t.Fatalf("ingest: %+v %v", stats, err)
	}
	for {
		ev, err := events.next()
		if err != nil {
			t.Fatalf("waiting for the Celaya event: %v", err)
		}
		if ev["event"] != "event" {
			continue
		}
		var e map[string]any
		json.Unmarshal([]byte(ev["data"]), &e)
		if e["state"] == "Jalisco" {
			t.Errorf("resumed stream sent an event already sent: %s", ev["data"])
		}
		if e["state"] == "Guanajuato" && e["municipality"] == "Celaya" {
			break
		}
	}
	cancel2()

	// Resuming one event change earlier sends the Zapopan event again.
	i, e1, _ := strings.Cut(resume, "-")
	n, _ := strconv.Atoi(e1)
	ctx3, cancel3 := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel3()
	_, events = openStream(t, ctx3, srv.URL+"/api/stream", i+"-"+strconv.Itoa(n-1))
	again := readUntil(t, events, "event", func(map[string]any) bool { return true })
	// (The Celaya incident, stored since, comes first: the id's I is its.)
	if _, e2, _ := strings.Cut(again["id"], "-"); again["data"] != got["data"] || e2 != e1 {
		t.Errorf("resumed before the Zapopan event: got %s %s, want ?-%s %s", again["id"], again["data"], e1, got["data"])
	}
}

// builtOnly is a store without stored event JSON: the API builds every
// page of events from the events themselves.
type builtOnly struct{ reader }

func (b builtOnly) EventsJSON(ctx context.Context, f store.EventFilter, fn func(store.EventJSON) error) error {
	return b.reader.EventsJSON(ctx, f, func(e store.EventJSON) error {
		e.JSON = nil
		return fn(e)
	})
}

// TestStoredEventJSON checks that the JSON fusion stores with each event
// is what the API writes of the event read back, and that pages served
// from it are byte for byte those built from the events: fused events of
// the fixture, and one saved directly with every field set, markup in its
// text, a contradiction and a toll history.
func TestStoredEventJSON(t *testing.T) {
	s, st := newServer(t, nil)
	eventFixture(t, st)
	ctx := context.Background()
	at := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	end := at.Add(90 * time.Minute)
	rich := model.Event{
		ID: "ev-rich", Type: model.BusinessAttack,
		Actors: []model.Actor{{Name: "Cártel <b>X</b> & Co", Kind: model.Cartel, Role: model.Perpetrator},
			{Name: "Tienda"}},
		Location: model.Location{StateCode: "14", State: "Jalisco", MunicipalityCode: "14039", Municipality: "Guadalajara",
			Locality: "Centro", Place: `calle "Juárez" <script>`, Lat: fp(20.6736), Lon: fp(-103.344), Precision: model.GeoPoint},
		TimeStart: &at, TimeEnd: &end, TimePrecision: model.TimeMinute,
		Counts:   model.Counts{Killed: &model.Count{N: 3, AtLeast: true}, Injured: &model.Count{N: 1}, Detained: &model.Count{N: 2}, Kidnapped: &model.Count{N: 4}},
		Severity: 4, Confidence: 2.0 / 3, Sources: 2, Reports: 2,
		Outlets:     []string{"A & B", "C"},
		IncidentIDs: []string{"rich1-0", "rich2-0"}, ReportIDs: []string{"rich1", "rich2"},
		Contradictions: []model.Contradiction{{Field: "killed", Values: []model.ClaimedValue{
			{Value: "3", ReportIDs: []string{"rich1"}}, {Value: "5", ReportIDs: []string{"rich2"}}}}},
		Tolls: []model.TollChange{{Time: at.Add(time.Hour), Field: "killed", N: 3, ReportID: "rich1"},
			{Time: at.Add(2 * time.Hour), Field: "killed", N: 5, ReportID: "rich2"}},
	}
	js, err := export.MarshalEvent(rich) // as ingest.Fuse stores it
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveFusion(ctx, store.FusionBatch{Events: []store.FusedEvent{{Event: rich, Keys: []time.Time{at, at}, JSON: js}}}); err != nil {
		t.Fatal(err)
	}

	stored := map[string]string{}
	if err := st.EventsJSON(ctx, store.EventFilter{}, func(e store.EventJSON) error {
		stored[e.ID] = string(e.JSON)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	n := 0
	if err := st.Events(ctx, store.EventFilter{}, func(e model.Event) error {
		n++
		want, err := export.MarshalEvent(e)
		if err != nil {
			return err
		}
		if stored[e.ID] != string(want) {
			t.Errorf("event %s: stored\n%s\nwant\n%s", e.ID, stored[e.ID], want)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n != 6 || len(stored) != n {
		t.Errorf("%d events, %d stored JSON; want 6 of each", n, len(stored))
	}

	built, err := New(Config{Store: st, LookupState: lookupState(t)})
	if err != nil {
		t.Fatal(err)
	}
	built.db = builtOnly{built.db}
	for _, target := range []string{
		"/api/events", "/api/events?format=geojson", "/api/events?limit=2", "/api/events?limit=2&format=geojson",
		"/api/events?state=14", "/api/events?type=business_attack&format=geojson",
		"/api/events?bbox=-110,15,-100,25&since=2026-02-01T00:00:00Z&until=2026-04-01T00:00:00Z&limit=3",
		"/api/events?type=policy", "/api/events?type=policy&format=geojson",
	} {
		res, got := do(t, s, "GET", target, "", nil)
		wres, want := do(t, built, "GET", target, "", nil)
		if res.StatusCode != 200 || wres.StatusCode != 200 {
			t.Fatalf("%s: %d, built %d", target, res.StatusCode, wres.StatusCode)
		}
		if !bytes.Equal(got, want) || res.Header.Get("Link") != wres.Header.Get("Link") {
			t.Errorf("%s: served from stored JSON\n%s\nLink %s\nbuilt\n%s\nLink %s", target, got, res.Header.Get("Link"), want, wres.Header.Get("Link"))
		}
		if next := res.Header.Get("Link"); next != "" {
			// the next page too
			u := strings.TrimSuffix(strings.TrimPrefix(next, "<"), `>; rel="next"`)
			_, got := do(t, s, "GET", u, "", nil)
			_, want := do(t, built, "GET", u, "", nil)
			if !bytes.Equal(got, want) {
				t.Errorf("%s: served from stored JSON\n%s\nbuilt\n%s", u, got, want)
			}
		}
	}
}

// mergePlan is three reports of one shoot-out in Culiacán, written for
// this test: a clash at 10:00 and a killing 5 km away at 11:00 are too far
// apart in time, place and words to be joined, and make two events; a
// third report, of the clash at 10:30 between them, matches both, so that
// fusion makes the three one event (the clash's) and removes the killing's.
func mergePlan() (plan extracttest.Planned, first, bridge []string) {
	at := func(hm string) *time.Time {
		t, _ := time.Parse(time.RFC3339, "2026-03-02T"+hm+":00-06:00")
		return &t
	}
	loc := func(lat, lon float64) model.Location {
		return model.Location{StateCode: "25", State: "Sinaloa", MunicipalityCode: "25006", Municipality: "Culiacán",
			Lat: fp(lat), Lon: fp(lon), Precision: model.GeoPoint}
	}
	plan = extracttest.Planned{
		"m-clash": {Type: model.ArmedClash, Location: loc(24.80, -107.39), Time: at("10:00"),
			TimePrecision: model.TimeMinute, Severity: 3, Confidence: 0.8},
		"m-killing": {Type: model.Homicide, Location: loc(24.83, -107.42), Time: at("11:00"),
			TimePrecision: model.TimeMinute, Severity: 2, Confidence: 0.8},
		"m-bridge": {Type: model.ArmedClash, Location: loc(24.815, -107.405), Time: at("10:30"),
			TimePrecision: model.TimeMinute, Severity: 3, Confidence: 0.8},
	}
	first = []string{
		`{"id":"m-clash","source":"Diario Uno","published":"2026-03-02T12:00:00-06:00","text":"Culiacán, Sinaloa.- Un enfrentamiento entre civiles armados y militares en la colonia Tierra Blanca."}`,
		`{"id":"m-killing","source":"Radio Dos","published":"2026-03-02T12:30:00-06:00","text":"Hallan sin vida a un hombre junto a un taller mecánico del sector Humaya."}`,
	}
	bridge = []string{
		`{"id":"m-bridge","source":"Noticias Tres","published":"2026-03-02T13:00:00-06:00","text":"Enfrentamiento entre civiles armados y militares en Tierra Blanca; hallan sin vida a un hombre junto a un taller del sector Humaya."}`,
	}
	return plan, first, bridge
}

// TestStreamSendsRemovals checks that an event fusion merges into another
// is sent as removed, after the event that took its incidents, and is no
// longer listed.
func TestStreamSendsRemovals(t *testing.T) {
	plan, first, bridge := mergePlan()
	fcfg := fuse.DefaultConfig()
	s, _ := newServer(t, func(c *Config) {
		c.Extractor, c.Fusion, c.Poll, c.Heartbeat = plan, &fcfg, time.Hour, time.Hour
	})
	srv := httptest.NewServer(s)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	post := func(lines ...string) {
		t.Helper()
		req, _ := http.NewRequest("POST", srv.URL+"/api/reports", jsonl(lines...))
		req.Header.Set("Authorization", "Bearer "+testToken)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Fatalf("POST: %d %s", res.StatusCode, b)
		}
	}
	ids := func() []string {
		var out []string
		for _, e := range getEvents(t, s, "/api/events").Events {
			out = append(out, e["id"].(string))
		}
		return out
	}
	post(first...)
	two := ids()
	if len(two) != 2 {
		t.Fatalf("the first two reports make events %v, want two", two)
	}
	_, events := openStream(t, ctx, srv.URL+"/api/stream", "")
	post(bridge...)
	one := ids()
	if len(one) != 1 || !slices.Contains(two, one[0]) {
		t.Fatalf("after the bridging report: events %v, want one of %v", one, two)
	}
	gone := two[0]
	if gone == one[0] {
		gone = two[1]
	}
	var order []string
	for len(order) == 0 || order[len(order)-1] != "removed" {
		ev, err := events.next()
		if err != nil {
			t.Fatalf("waiting for the removal (got %v): %v", order, err)
		}
		var data map[string]any
		switch ev["event"] {
		case "event":
			json.Unmarshal([]byte(ev["data"]), &data)
			if data["id"] != one[0] || data["reports"] != 3.0 {
				t.Errorf("event message %s; want %s with 3 reports", ev["data"], one[0])
			}
		case "removed":
			if err := json.Unmarshal([]byte(ev["data"]), &data); err != nil || len(data) != 1 || data["id"] != gone {
				t.Errorf("removed message %s, %v; want {\"id\":%q}", ev["data"], err, gone)
			}
		default:
			continue
		}
		order = append(order, ev["event"])
	}
	if !slices.Equal(order, []string{"event", "removed"}) {
		t.Errorf("messages %v, want the surviving event, then the removal", order)
	}
	if res, _ := do(t, s, "GET", "/api/events/"+gone, "", nil); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET the removed event: %d, want 404", res.StatusCode)
	}
}
