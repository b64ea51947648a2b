package api

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
	"github.com/atalaya/atalaya/when"
)

const testToken = "test-token-0123456789abcdef"

// deps loads the gazetteer and the extractor once for all tests.
var deps = sync.OnceValues(func() (*extract.Extractor, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	w, err := when.New()
	if err != nil {
		return nil, err
	}
	return extract.New(g, w), nil
})

var gaz = sync.OnceValues(gazetteer.Load)

func lookupState(tb testing.TB) func(string) (string, bool) {
	g, err := gaz()
	if err != nil {
		tb.Fatal(err)
	}
	return func(s string) (string, bool) {
		p, ok := g.LookupState(s)
		return p.StateCode, ok
	}
}

func openStore(tb testing.TB) *store.Store {
	tb.Helper()
	st, err := store.Open(context.Background(), filepath.Join(tb.TempDir(), "api.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

// newServer returns a server on a fresh store; change adjusts its config.
func newServer(tb testing.TB, change func(*Config)) (*Server, *store.Store) {
	tb.Helper()
	ex, err := deps()
	if err != nil {
		tb.Fatal(err)
	}
	st := openStore(tb)
	cfg := Config{Store: st, Extractor: ex, LookupState: lookupState(tb), Token: testToken}
	if change != nil {
		change(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return s, st
}

func fp(f float64) *float64 { return &f }

// fixture stores two reports written for these tests, with five incidents
// a–e (see the comments for what each is).
func fixture(t *testing.T, st *store.Store) {
	t.Helper()
	at := func(s string) *time.Time {
		tt, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return &tt
	}
	cjng := []model.Actor{{Name: "Cártel Jalisco Nueva Generación", Kind: model.Cartel, Role: model.Perpetrator}}
	span := func(text, sentence string) []model.Span {
		i := strings.Index(text, sentence)
		if i < 0 {
			t.Fatalf("%q not in text", sentence)
		}
		return []model.Span{{Start: i, End: i + len(sentence)}}
	}
	loc := func(state, stateName, muni, muniName string, lat, lon float64) model.Location {
		return model.Location{StateCode: state, State: stateName, MunicipalityCode: muni, Municipality: muniName,
			Lat: fp(lat), Lon: fp(lon), Precision: model.GeoMunicipality}
	}
	t1 := "Bloqueo con vehículos quemados en Zapopan. Balacera en Culiacán deja tres muertos."
	t2 := "Incendian una gasolinera en Tonalá <script>alert(1)</script>. Operativo en Mérida. Hallan cuerpos en Celaya."
	entries := []store.Entry{
		{Report: model.Report{ID: "hash1", GivenID: "r1", Source: "Diario de Prueba", Kind: model.KindNews, Lang: "es", Text: t1,
			Published: *at("2026-02-22T20:00:00Z")},
			Incidents: []model.Incident{
				// a: a blockade in Zapopan, Jalisco, on 22 February.
				{ID: "a", Type: model.Blockade, Actors: cjng, Location: loc("14", "Jalisco", "14120", "Zapopan", 20.72, -103.39),
					Time: at("2026-02-22T12:00:00Z"), TimePrecision: model.TimeHour, Severity: 2, Confidence: 0.8,
					Evidence: span(t1, "Bloqueo con vehículos quemados en Zapopan.")},
				// b: a clash in Culiacán, Sinaloa, later that day.
				{ID: "b", Type: model.ArmedClash, Actors: []model.Actor{{Name: "Cártel de Sinaloa", Kind: model.Cartel, Role: model.Perpetrator}},
					Location: loc("25", "Sinaloa", "25006", "Culiacán", 24.80, -107.39),
					Time:     at("2026-02-22T18:00:00Z"), Severity: 3, Confidence: 0.7,
					Counts:   model.Counts{Killed: &model.Count{N: 3}},
					Evidence: span(t1, "Balacera en Culiacán deja tres muertos.")},
			}},
		{Report: model.Report{ID: "hash2", GivenID: "r2", Source: "Alerta <b>Vecinal</b>", Kind: model.KindAlertFeed, Text: t2},
			Incidents: []model.Incident{
				// c: arson in Tonalá, Jalisco, at 21:00 on 22 February in
				// Mexico City (03:00 UTC on the 23rd).
				{ID: "c", Type: model.Arson, Actors: cjng, Location: loc("14", "Jalisco", "14101", "Tonalá", 20.62, -103.23),
					Time: at("2026-02-23T03:00:00Z"), Severity: 2, Confidence: 0.6,
					Evidence: span(t2, "Incendian una gasolinera en Tonalá <script>alert(1)</script>.")},
				// d: an operation in Mérida, time unknown.
				{ID: "d", Type: model.SecurityOperation, Location: loc("31", "Yucatán", "31050", "Mérida", 20.97, -89.62),
					Severity: 1, Confidence: 0.5, Evidence: span(t2, "Operativo en Mérida.")},
				// e: bodies found in Celaya, Guanajuato, on 24 February.
				{ID: "e", Type: model.Homicide, Location: loc("11", "Guanajuato", "11007", "Celaya", 20.52, -100.81),
					Time: at("2026-02-24T10:00:00Z"), Severity: 4, Confidence: 0.7,
					Evidence: span(t2, "Hallan cuerpos en Celaya.")},
			}},
	}
	if _, err := st.Save(context.Background(), entries); err != nil {
		t.Fatal(err)
	}
}

// do serves one request and returns the response with its body read.
func do(t *testing.T, h http.Handler, method, target, token string, body io.Reader) (*http.Response, []byte) {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

type page struct {
	Count      int              `json:"count"`
	NextCursor *string          `json:"next_cursor"`
	Incidents  []map[string]any `json:"incidents"`
}

func getPage(t *testing.T, h http.Handler, target string) (page, *http.Response) {
	t.Helper()
	res, b := do(t, h, "GET", target, "", nil)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %s", target, res.StatusCode, b)
	}
	var p page
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatalf("GET %s: %v\n%s", target, err, b)
	}
	if p.Count != len(p.Incidents) {
		t.Errorf("GET %s: count %d, %d incidents", target, p.Count, len(p.Incidents))
	}
	return p, res
}

func idsOf(p page) string {
	var ids []string
	for _, in := range p.Incidents {
		ids = append(ids, in["id"].(string))
	}
	return strings.Join(ids, " ")
}

func TestIncidentsFilters(t *testing.T) {
	s, st := newServer(t, nil)
	fixture(t, st)
	tests := []struct {
		query, want string
	}{
		{"", "a b c e d"},
		{"since=2026-02-23", "e"}, // c is on the 22nd in Mexico City
		{"until=2026-02-22", "a b c"},
		{"since=2026-02-22T13:00:00Z&until=2026-02-24T10:00:00Z", "b c"},
		{"bbox=-105,19,-101,23", "a c"},
		{"bbox=-105,19,-101,23&since=2026-02-22T13:00:00Z", "c"},
		{"state=jalisco", "a c"},
		{"state=14", "a c"},
		{"state=Yucat%C3%A1n", "d"},
		{"municipality=25006", "b"},
		{"type=homicide", "e"},
		{"actor=c%C3%A1rtel+de+sinaloa", "b"},
		{"actor=C%C3%A1rtel+Jalisco+Nueva+Generaci%C3%B3n", "a c"},
		{"min_severity=3", "b e"},
		{"q=gasolinera", "c"},
		{"q=tonala", "c"},
		{"q=VEHICULOS+zapopan", "a"},
		{"q=quem*", "a"},
		{"state=14&type=arson", "c"},
		{"limit=2", "a b"},
		{"type=policy", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			p, _ := getPage(t, s, "/api/incidents?"+tt.query)
			if got := idsOf(p); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIncidentsBadParameters(t *testing.T) {
	s, st := newServer(t, nil)
	fixture(t, st)
	for _, q := range []string{
		"stat=14", "state=14&state=16", "state=Atlantis", "municipality=1412", "type=riot",
		"min_severity=5", "min_severity=x", "bbox=1,2,3", "bbox=-101,19,-105,23", "bbox=NaN,1,2,3",
		"bbox=-200,1,2,3", "since=yesterday", "until=2026-13-01", "limit=0", "limit=1001", "limit=ten",
		"cursor=!!", "cursor=e30", "format=xml", "q=%C2%BF%3F", "q=" + strings.Repeat("a", 501),
		"actor=", "actor=" + strings.Repeat("x", 201),
	} {
		res, b := do(t, s, "GET", "/api/incidents?"+q, "", nil)
		var e errorBody
		if res.StatusCode != http.StatusBadRequest || json.Unmarshal(b, &e) != nil || e.Status != 400 || e.Error == "" {
			t.Errorf("%s: %d %s; want 400 with a JSON error", q, res.StatusCode, b)
		}
	}
}

func TestPagination(t *testing.T) {
	s, st := newServer(t, nil)
	fixture(t, st)
	for _, size := range []int{1, 2, 4} {
		var got []string
		target := "/api/incidents?limit=" + strconv.Itoa(size)
		for n := 0; n < 10; n++ {
			p, res := getPage(t, s, target)
			got = append(got, strings.Fields(idsOf(p))...)
			link := res.Header.Get("Link")
			if p.NextCursor == nil {
				if link != "" {
					t.Errorf("last page has a Link: %s", link)
				}
				break
			}
			if len(p.Incidents) != size {
				t.Errorf("a page before the last has %d incidents, want %d", len(p.Incidents), size)
			}
			next := "/api/incidents?cursor=" + url.QueryEscape(*p.NextCursor) + "&limit=" + strconv.Itoa(size)
			if link != "<"+next+`>; rel="next"` {
				t.Errorf("Link = %s, want <%s>", link, next)
			}
			target = next
		}
		if g := strings.Join(got, " "); g != "a b c e d" {
			t.Errorf("pages of %d: %q, want every incident once, in order", size, g)
		}
	}
}

func TestFormats(t *testing.T) {
	s, st := newServer(t, nil)
	fixture(t, st)

	res, b := do(t, s, "GET", "/api/incidents?format=geojson&state=14", "", nil)
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
	if fc.Type != "FeatureCollection" || len(fc.Features) != 2 || fc.Features[0].ID != "a" ||
		fc.Features[0].Geometry.Coordinates != [2]float64{-103.39, 20.72} || fc.Features[0].Properties["state"] != "Jalisco" {
		t.Errorf("geojson = %+v", fc)
	}

	res, b = do(t, s, "GET", "/api/incidents?format=csv&limit=2", "", nil)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") ||
		!strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") || res.Header.Get("Link") == "" {
		t.Fatalf("csv: %d %v", res.StatusCode, res.Header)
	}
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil || len(rows) != 3 || rows[0][0] != "id" || rows[1][0] != "a" || rows[2][0] != "b" {
		t.Errorf("csv rows = %q, %v", rows, err)
	}
}

func TestReport(t *testing.T) {
	s, st := newServer(t, nil)
	fixture(t, st)
	for _, id := range []string{"r2", "hash2"} {
		res, b := do(t, s, "GET", "/api/reports/"+id, "", nil)
		var got struct {
			Report    map[string]any   `json:"report"`
			Incidents []map[string]any `json:"incidents"`
		}
		if res.StatusCode != 200 || json.Unmarshal(b, &got) != nil {
			t.Fatalf("%s: %d %s", id, res.StatusCode, b)
		}
		if got.Report["id"] != "r2" || got.Report["hash"] != "hash2" || got.Report["lang"] != nil ||
			!strings.HasPrefix(got.Report["text"].(string), "Incendian") || len(got.Incidents) != 3 {
			t.Errorf("%s: %s", id, b)
		}
		ev := got.Incidents[0]["evidence"].([]any)[0].(map[string]any)
		if ev["text"] != "Incendian una gasolinera en Tonalá <script>alert(1)</script>." {
			t.Errorf("%s: evidence %v", id, ev)
		}
	}
	res, b := do(t, s, "GET", "/api/reports/nope", "", nil)
	if res.StatusCode != 404 || !strings.Contains(string(b), `"status":404`) {
		t.Errorf("unknown report: %d %s", res.StatusCode, b)
	}
}

func TestNoMarkupInJSON(t *testing.T) {
	s, st := newServer(t, nil)
	fixture(t, st)
	for _, target := range []string{"/api/incidents", "/api/incidents?format=geojson", "/api/reports/r2", "/api/stats",
		"/api/incidents?state=%3Cscript%3E", "/api/nope%3Cb%3E"} {
		_, b := do(t, s, "GET", target, "", nil)
		if bytes.ContainsAny(b, "<>") {
			t.Errorf("%s: markup characters in the response:\n%s", target, b)
		}
	}
}

func TestStats(t *testing.T) {
	s, st := newServer(t, nil)
	fixture(t, st)
	res, b := do(t, s, "GET", "/api/stats", "", nil)
	var got statsJSON
	if res.StatusCode != 200 || json.Unmarshal(b, &got) != nil {
		t.Fatalf("%d %s", res.StatusCode, b)
	}
	// a, b and c are on the 22nd in Mexico City, e on the 24th, d unknown.
	want := []dayCount{{"2026-02-22", 3}, {"2026-02-24", 1}}
	if got.Total != 5 || got.UnknownTime != 1 || len(got.ByDay) != 2 || got.ByDay[0] != want[0] || got.ByDay[1] != want[1] {
		t.Errorf("stats = %s", b)
	}
	if got.ByState[0].Count != 2 || *got.ByState[0].StateCode != "14" || len(got.ByState) != 4 || len(got.ByType) != 5 {
		t.Errorf("by state and type = %s", b)
	}
	res, b = do(t, s, "GET", "/api/stats?type=arson&limit=1", "", nil)
	if res.StatusCode != 400 {
		t.Errorf("stats takes no limit: %d %s", res.StatusCode, b)
	}
	_, b = do(t, s, "GET", "/api/stats?state=jalisco", "", nil)
	if json.Unmarshal(b, &got) != nil || got.Total != 2 {
		t.Errorf("stats of Jalisco = %s", b)
	}
}

// jsonl builds a request body of report lines.
func jsonl(lines ...string) io.Reader { return strings.NewReader(strings.Join(lines, "\n") + "\n") }

const (
	reportZapopan = `{"id":"p-1","source":"Prueba","published":"2026-02-23","text":"Hombres armados incendiaron dos vehículos y bloquearon la carretera en Zapopan, Jalisco, la noche del lunes."}`
	reportCeleya  = `{"id":"p-2","source":"Prueba","published":"2026-02-23","text":"Un enfrentamiento entre la Guardia Nacional y civiles armados en Celaya, Guanajuato, dejó cuatro muertos."}`
)

func TestPostReports(t *testing.T) {
	s, _ := newServer(t, nil)
	res, b := do(t, s, "POST", "/api/reports", testToken, jsonl(reportZapopan, "not json", "", reportZapopan, reportCeleya))
	var got ingestJSON
	if res.StatusCode != 200 || json.Unmarshal(b, &got) != nil {
		t.Fatalf("%d %s", res.StatusCode, b)
	}
	if got.Read != 3 || got.Stored != 2 || got.Duplicates != 1 || got.Skipped != 1 || got.Incidents < 2 {
		t.Errorf("summary = %s", b)
	}
	if len(got.Reports) != 3 || got.Reports[0] != (reportLine{Line: 1, ID: "p-1", Hash: got.Reports[0].Hash, Status: "stored", Incidents: got.Reports[0].Incidents}) ||
		got.Reports[1].Line != 4 || got.Reports[1].Status != "duplicate" || got.Reports[2].Line != 5 || got.Reports[2].ID != "p-2" {
		t.Errorf("reports = %+v", got.Reports)
	}
	if len(got.Problems) != 1 || got.Problems[0].Line != 2 || !strings.Contains(got.Problems[0].Reason, "malformed JSON") {
		t.Errorf("problems = %+v", got.Problems)
	}
	// The stored incidents are listed, found by their words.
	p, _ := getPage(t, s, "/api/incidents?q=vehiculos&state=jalisco")
	if p.Count == 0 || p.Incidents[0]["report_id"] != "p-1" {
		t.Errorf("the posted blockade is not listed: %+v", p)
	}

	// Nothing readable: 422.
	res, b = do(t, s, "POST", "/api/reports", testToken, jsonl(`{"id":"x"}`, `{"text":""}`))
	if res.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("no report readable: %d %s", res.StatusCode, b)
	}
	// Not JSON Lines: 400.
	res, b = do(t, s, "POST", "/api/reports", testToken, strings.NewReader("<html>Bloqueo en Zapopan</html>"))
	if res.StatusCode != http.StatusBadRequest {
		t.Errorf("HTML body: %d %s", res.StatusCode, b)
	}
}

func TestBodyLimit(t *testing.T) {
	s, _ := newServer(t, func(c *Config) { c.MaxBody = 600 })
	long := `{"id":"big","text":"` + strings.Repeat("Bloqueo en Zapopan. ", 40) + `"}`
	res, b := do(t, s, "POST", "/api/reports", testToken, jsonl(reportZapopan, long))
	if res.StatusCode != http.StatusRequestEntityTooLarge || string(b) != `{"error":"request body larger than 600 bytes","status":413}`+"\n" {
		t.Fatalf("%d %s; want 413", res.StatusCode, b)
	}
	p, _ := getPage(t, s, "/api/incidents")
	if p.Count != 0 {
		t.Errorf("%d incidents stored from a body over the limit", p.Count)
	}
	res, b = do(t, s, "POST", "/api/reports", testToken, jsonl(reportZapopan))
	if res.StatusCode != http.StatusOK {
		t.Errorf("a body under the limit: %d %s", res.StatusCode, b)
	}
}

func TestAuth(t *testing.T) {
	body := func() io.Reader { return jsonl(reportZapopan) }
	tests := []struct {
		name      string
		token     string
		readToken bool
		method    string
		target    string
		send      string
		want      int
	}{
		{"no token configured: writing off", "", false, "POST", "/api/reports", testToken, http.StatusForbidden},
		{"no token configured: reading open", "", false, "GET", "/api/incidents", "", http.StatusOK},
		{"missing token", testToken, false, "POST", "/api/reports", "", http.StatusUnauthorized},
		{"wrong token", testToken, false, "POST", "/api/reports", "test-token-0123456789abcdeX", http.StatusUnauthorized},
		{"wrong length", testToken, false, "POST", "/api/reports", "t", http.StatusUnauthorized},
		{"right token", testToken, false, "POST", "/api/reports", testToken, http.StatusOK},
		{"reading open by default", testToken, false, "GET", "/api/stats", "", http.StatusOK},
		{"read token: missing", testToken, true, "GET", "/api/incidents", "", http.StatusUnauthorized},
		{"read token: wrong", testToken, true, "GET", "/api/reports/x", "nope", http.StatusUnauthorized},
		{"read token: right", testToken, true, "GET", "/api/stats", testToken, http.StatusOK},
		{"read token: stream missing", testToken, true, "GET", "/api/stream", "", http.StatusUnauthorized},
		{"read token: the document stays open", testToken, true, "GET", "/api/openapi.json", "", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newServer(t, func(c *Config) { c.Token, c.ReadToken = tt.token, tt.readToken })
			var b io.Reader
			if tt.method == "POST" {
				b = body()
			}
			res, out := do(t, s, tt.method, tt.target, tt.send, b)
			if res.StatusCode != tt.want {
				t.Errorf("%s %s: %d %s, want %d", tt.method, tt.target, res.StatusCode, out, tt.want)
			}
			if res.StatusCode == http.StatusUnauthorized && res.Header.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}
	if _, err := New(Config{Store: openStore(t), ReadToken: true}); err == nil {
		t.Error("New accepted a read token requirement without a token")
	}
}

func TestHeadersAndJSONErrors(t *testing.T) {
	s, st := newServer(t, nil)
	fixture(t, st)
	for _, tc := range []struct {
		method, target string
		want           int
	}{
		{"GET", "/api/incidents", 200},
		{"GET", "/api/reports/r1", 200},
		{"GET", "/api/stats", 200},
		{"GET", "/api/openapi.json", 200},
		{"GET", "/api/nothing", 404},
		{"GET", "/", 404},
		{"DELETE", "/api/incidents", 405},
		{"PUT", "/api/reports", 405},
	} {
		res, b := do(t, s, tc.method, tc.target, "", nil)
		if res.StatusCode != tc.want {
			t.Errorf("%s %s: %d, want %d", tc.method, tc.target, res.StatusCode, tc.want)
		}
		if !strings.HasPrefix(res.Header.Get("Content-Security-Policy"), "default-src 'self'") ||
			res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s %s: headers %v", tc.method, tc.target, res.Header)
		}
		if !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") || !json.Valid(b) {
			t.Errorf("%s %s: not JSON: %s %s", tc.method, tc.target, res.Header.Get("Content-Type"), b)
		}
	}
}

// failing is a store whose every read fails with the kind of detail that
// must not reach a client.
type failing struct{}

var errDetail = errors.New(`store: listing incidents of /srv/secret/atalaya.db: SQL logic error: near "SELECT": syntax error` +
	strings.Repeat(" and more", 200))

func (failing) Incidents(context.Context, store.Filter, func(store.Listed) error) error {
	return errDetail
}
func (failing) Stats(context.Context, store.Filter) (store.Stats, error) {
	return store.Stats{}, errDetail
}
func (failing) Report(context.Context, string) (model.Report, error) {
	return model.Report{}, errDetail
}
func (failing) Latest(context.Context) (int64, error)                             { return 0, errDetail }
func (failing) Added(context.Context, int64, int, func(store.Listed) error) error { return errDetail }
func (failing) Events(context.Context, store.EventFilter, func(model.Event) error) error {
	return errDetail
}
func (failing) EventsJSON(context.Context, store.EventFilter, func(store.EventJSON) error) error {
	return errDetail
}
func (failing) Event(context.Context, string) (model.Event, error) { return model.Event{}, errDetail }
func (failing) EventStats(context.Context, store.EventFilter) (store.Stats, error) {
	return store.Stats{}, errDetail
}
func (failing) LatestEventChange(context.Context) (int64, error) { return 0, errDetail }
func (failing) ChangedEvents(context.Context, int64, int, func(store.EventChange) error) error {
	return errDetail
}

func TestFailuresDoNotLeak(t *testing.T) {
	var log bytes.Buffer
	s, st := newServer(t, func(c *Config) { c.Log = slog.New(slog.NewTextHandler(&log, nil)) })
	s.db = failing{}
	for _, target := range []string{"/api/incidents", "/api/incidents?format=csv", "/api/reports/r1", "/api/stats",
		"/api/stream", "/api/events", "/api/events?format=acled", "/api/events/x", "/api/stats?of=events"} {
		log.Reset()
		res, b := do(t, s, "GET", target, "", nil)
		if res.StatusCode != 500 || string(b) != `{"error":"internal server error","status":500}`+"\n" {
			t.Errorf("%s: %d %s; want a generic 500", target, res.StatusCode, b)
		}
		if !strings.Contains(log.String(), "SQL logic error") || log.Len() > 2*maxLogged {
			t.Errorf("%s: the detail is not logged, or not bounded (%d bytes): %s", target, log.Len(), log.String())
		}
	}
	// A real store that has gone away.
	s.db = st
	st.Close()
	for _, target := range []string{"/api/incidents", "/api/stats", "/api/reports/r1"} {
		res, b := do(t, s, "GET", target, "", nil)
		if res.StatusCode != 500 || bytes.Contains(b, []byte("sql")) || bytes.Contains(b, []byte(".db")) {
			t.Errorf("%s on a closed store: %d %s", target, res.StatusCode, b)
		}
	}
	res, b := do(t, s, "POST", "/api/reports", testToken, jsonl(reportZapopan))
	if res.StatusCode != 500 || bytes.Contains(b, []byte("sql")) {
		t.Errorf("POST on a closed store: %d %s", res.StatusCode, b)
	}
}

// sse reads server-sent events.
type sse struct {
	sc *bufio.Scanner
}

// next returns the next event's fields, or the comment when the block is
// one.
func (e *sse) next() (map[string]string, error) {
	ev := map[string]string{}
	for e.sc.Scan() {
		line := e.sc.Text()
		if line == "" {
			if len(ev) > 0 {
				return ev, nil
			}
			continue
		}
		k, v, _ := strings.Cut(line, ":")
		ev[k] += strings.TrimPrefix(v, " ")
	}
	if err := e.sc.Err(); err != nil {
		return nil, err
	}
	return nil, io.EOF
}

func openStream(t *testing.T, ctx context.Context, url string, lastID string) (*http.Response, *sse) {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Body.Close() })
	return res, &sse{sc: bufio.NewScanner(res.Body)}
}

func TestStreamReceivesPostedIncident(t *testing.T) {
	s, st := newServer(t, func(c *Config) { c.Poll = time.Hour; c.Heartbeat = 50 * time.Millisecond; c.MaxStreams = 1 })
	fixture(t, st)
	srv := httptest.NewServer(s)
	defer srv.Close()
	// A bound, not a speed test: the POST loads the gazetteer, slow on a
	// loaded machine.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	res, events := openStream(t, ctx, srv.URL+"/api/stream", "")
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("stream: %d %v", res.StatusCode, res.Header)
	}
	if ev, err := events.next(); err != nil || ev["retry"] != "3000" {
		t.Fatalf("first block = %v, %v", ev, err)
	}
	// A second stream is over the bound.
	res2, _ := openStream(t, ctx, srv.URL+"/api/stream", "")
	if res2.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("second stream: %d, want 503", res2.StatusCode)
	}

	// The fixture's incidents were stored before: they are not sent. A
	// posted one is, at once (the poll interval is an hour).
	req, _ := http.NewRequest("POST", srv.URL+"/api/reports", jsonl(reportZapopan))
	req.Header.Set("Authorization", "Bearer "+testToken)
	pres, err := http.DefaultClient.Do(req)
	if err != nil || pres.StatusCode != 200 {
		t.Fatalf("POST: %v %v", pres, err)
	}
	pres.Body.Close()
	heartbeats := 0
	var got map[string]string
	for got == nil {
		ev, err := events.next()
		if err != nil {
			t.Fatalf("waiting for the incident: %v", err)
		}
		switch {
		case ev[""] == "heartbeat":
			heartbeats++
		case ev["event"] == "incident":
			got = ev
		}
	}
	var in map[string]any
	if err := json.Unmarshal([]byte(got["data"]), &in); err != nil || in["report_id"] != "p-1" || in["state"] != "Jalisco" {
		t.Errorf("event = %v (%v)", got, err)
	}
	if got["id"] == "" {
		t.Error("event without id")
	}
	for heartbeats == 0 {
		ev, err := events.next()
		if err != nil {
			t.Fatalf("waiting for a heartbeat: %v", err)
		}
		if ev[""] == "heartbeat" {
			heartbeats++
		}
	}
	cancel() // the client goes away; the stream's slot is freed
	deadline := time.Now().Add(2 * time.Second)
	for len(s.streams) > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if len(s.streams) != 0 {
		t.Error("the stream did not end when its client went away")
	}

	// Resuming with Last-Event-ID sends what came after that event.
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Minute)
	defer cancel2()
	// A bare number (the ids of earlier versions) resumes the incidents.
	_, events = openStream(t, ctx2, srv.URL+"/api/stream", "2")
	for {
		ev, err := events.next()
		if err != nil {
			t.Fatalf("resuming: %v", err)
		}
		if ev["event"] == "incident" {
			if !strings.HasPrefix(ev["id"], "3-") {
				t.Errorf("resumed at id %s, want 3-E", ev["id"])
			}
			break
		}
	}
}

func TestServeShutsDownWithOpenStream(t *testing.T) {
	s, _ := newServer(t, func(c *Config) { c.Heartbeat = time.Hour })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	_, events := openStream(t, context.Background(), "http://"+ln.Addr().String()+"/api/stream", "")
	if _, err := events.next(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	stop()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return with a stream open")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("shutdown took %v", d)
	}
}

// TestReadingBound checks the listing slots: no more listings read at once
// than there are slots, and a request that ends while it waits for one
// reads nothing and says why; a read gets a context without cancellation.
func TestReadingBound(t *testing.T) {
	s, err := New(Config{Store: openStore(t)})
	if err != nil {
		t.Fatal(err)
	}
	slots := cap(s.lists)
	if slots < 1 {
		t.Fatalf("%d listing slots", slots)
	}
	var (
		mu            sync.Mutex
		inside, most  int
		wg            sync.WaitGroup
		readers, read = 4 * slots, 0
	)
	for range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			err := s.reading(ctx, func(ctx context.Context) error {
				if ctx.Done() != nil {
					t.Error("a read gets a context that can be cancelled")
				}
				mu.Lock()
				inside++
				most = max(most, inside)
				read++
				mu.Unlock()
				time.Sleep(time.Millisecond)
				mu.Lock()
				inside--
				mu.Unlock()
				return nil
			})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if most > slots || read != readers {
		t.Errorf("%d of %d listings read, at most %d at once: want all, at most %d", read, readers, most, slots)
	}

	for range slots { // every slot taken
		s.lists <- struct{}{}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	called := false
	err = s.reading(ctx, func(context.Context) error { called = true; return nil })
	if !errors.Is(err, context.DeadlineExceeded) || called {
		t.Errorf("with every slot taken: error %v, read %v; want the deadline's error and no read", err, called)
	}
	<-s.lists // one slot freed
	if err := s.reading(context.Background(), func(context.Context) error { called = true; return nil }); err != nil || !called {
		t.Errorf("with a slot free: error %v, read %v; want a read", err, called)
	}
}

// TestPageWriter checks that a listing's answer up to maxWhole bytes is sent
// whole with its length, and a longer one streamed without, byte for
// byte either way, by a writer reused from the pool.
func TestPageWriter(t *testing.T) {
	s, err := New(Config{Store: openStore(t)})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		size   int
		length string // the Content-Length header; "" for none
	}{
		{"empty", 0, "0"},
		{"small", 10, "10"},
		{"past the buffer", 40 << 10, strconv.Itoa(40 << 10)},
		{"longest whole", maxWhole, strconv.Itoa(maxWhole)},
		{"streamed", maxWhole + 1, ""},
		{"small again", 3, "3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := bytes.Repeat([]byte("0123456789abcdef"), tt.size/16+1)[:tt.size]
			rec := httptest.NewRecorder()
			pw := s.pageWriter(rec)
			// In pieces of 5000 bytes, as listings write.
			for rest := body; len(rest) > 0; {
				n := min(5000, len(rest))
				pw.bw.Write(rest[:n])
				rest = rest[n:]
			}
			pw.finish()
			s.putPageWriter(pw)
			if got := rec.Header().Get("Content-Length"); got != tt.length {
				t.Errorf("Content-Length %q, want %q", got, tt.length)
			}
			if !bytes.Equal(rec.Body.Bytes(), body) {
				t.Errorf("body of %d bytes, want the %d written", rec.Body.Len(), len(body))
			}
		})
	}
}
