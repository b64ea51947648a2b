package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

func fp(f float64) *float64 { return &f }

// hostile is report text an attacker could have written.
const hostile = "=HYPERLINK(\"http://evil.example\",\"clic\")\n\"quoted\", comma; \x1b[31mred\x1b[0m " +
	"\x1b]0;pwned\x07title \u202etxet desrever\u202c bell\a tab\there \xff\xfe ñandú 🙂 \u009b2J end"

// full is an incident with every field known; its evidence is hostile.
func full() store.Listed {
	t := time.Date(2026, 3, 2, 9, 15, 0, 0, time.UTC) // 03:15 in Mexico City
	return store.Listed{
		Incident: model.Incident{
			ID: "inc-1", ReportID: "hash-1", Type: model.Blockade,
			Actors: []model.Actor{{Name: "Cártel Jalisco Nueva Generación", Kind: model.Cartel, Role: model.Perpetrator}},
			Location: model.Location{
				StateCode: "14", State: "Jalisco", MunicipalityCode: "14124", Municipality: "Zapotlanejo",
				Locality: "Zapotlanejo", Place: "carretera federal 15D", Lat: fp(20.6225), Lon: fp(-103.0689),
				Precision: model.GeoMunicipality, Basis: model.BasisText,
			},
			Time: &t, TimePrecision: model.TimeHour,
			Counts: model.Counts{
				Killed:  &model.Count{N: 0},
				Injured: &model.Count{N: 3, AtLeast: true},
			},
			Severity: 2, Confidence: 0.75,
			Evidence: []model.Span{
				{ReportID: "hash-1", Start: 10, End: 10 + len(hostile), Text: hostile},
				{ReportID: "hash-other", Start: 0, End: 4, Text: "Otro"},
			},
		},
		ReportPublicID: "feed-42", Source: "-diario", URL: "https://example.org/nota?id=1&x=\"2\"",
		Title: "@titulo\r\nsegunda línea", Published: time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC),
	}
}

// bare is an incident about which almost nothing is known.
func bare() store.Listed {
	return store.Listed{
		Incident:       model.Incident{ID: "inc-2", ReportID: "hash-2", Type: model.Advisory},
		ReportPublicID: "hash-2",
	}
}

func write(t *testing.T, f Format, ls ...store.Listed) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(&buf, f)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range ls {
		if err := w.Write(l); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
		ok   bool
	}{
		{"table", Table, true},
		{"JSONL", JSONL, true},
		{" csv ", CSV, true},
		{"geojson", GeoJSON, true},
		{"ndjson", JSONL, true},
		{"json", JSON, true},
		{"jsn", "", false},
		{"", "", false},
		{"xml", "", false},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	if _, err := NewWriter(&bytes.Buffer{}, "xml"); err == nil {
		t.Error("NewWriter accepted format xml")
	}
}

// requiredKeys are the keys every JSON record must have (issue 2, point 4).
var requiredKeys = []string{
	"id", "report_id", "type", "state", "state_code", "municipality", "municipality_code",
	"locality", "lat", "lon", "geo_precision", "time", "time_precision", "killed", "injured",
	"detained", "kidnapped", "severity", "actors", "evidence", "confidence",
	"killed_at_least", "place", "source", "url", "geo_basis",
}

func checkRecord(t *testing.T, m map[string]any, want store.Listed) {
	t.Helper()
	for _, k := range requiredKeys {
		if _, ok := m[k]; !ok {
			t.Errorf("%s: key %q missing", want.ID, k)
		}
	}
	if m["id"] != want.ID || m["report_id"] != want.ReportPublicID {
		t.Errorf("id, report_id = %v, %v; want %v, %v", m["id"], m["report_id"], want.ID, want.ReportPublicID)
	}
	if _, ok := m["actors"].([]any); !ok {
		t.Errorf("%s: actors = %#v, want an array", want.ID, m["actors"])
	}
	ev, ok := m["evidence"].([]any)
	if !ok || len(ev) != len(want.Evidence) {
		t.Fatalf("%s: evidence = %#v", want.ID, m["evidence"])
	}
	for i, e := range ev {
		e := e.(map[string]any)
		sp := want.Evidence[i]
		if e["start"] != float64(sp.Start) || e["end"] != float64(sp.End) {
			t.Errorf("evidence %d: %v", i, e)
		}
		if txt := string([]rune(sp.Text)); e["text"] != txt { // JSON replaces each invalid byte
			t.Errorf("evidence %d text = %q, want %q", i, e["text"], txt)
		}
	}
}

func TestJSONL(t *testing.T) {
	out := write(t, JSONL, full(), bare())
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), out)
	}
	var f, b map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &f); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(lines[1]), &b); err != nil {
		t.Fatal(err)
	}
	checkRecord(t, f, full())
	checkRecord(t, b, bare())

	// Known values, zero included.
	for k, want := range map[string]any{
		"type": "blockade", "state": "Jalisco", "state_code": "14", "municipality_code": "14124",
		"lat": 20.6225, "lon": -103.0689, "geo_precision": 2.0, "geo_basis": "text", "time_precision": "hour",
		"killed": 0.0, "killed_at_least": false, "injured": 3.0, "injured_at_least": true,
		"detained": nil, "kidnapped": nil, "severity": 2.0, "confidence": 0.75,
		"time": "2026-03-02T03:15:00-06:00", "published": "2026-03-02T12:00:00-06:00",
		"source": "-diario",
	} {
		if f[k] != want {
			t.Errorf("full[%q] = %#v, want %#v", k, f[k], want)
		}
	}
	ev := f["evidence"].([]any)
	if ev[0].(map[string]any)["report_id"] != "feed-42" || ev[1].(map[string]any)["report_id"] != "hash-other" {
		t.Errorf("evidence report ids: %v", ev)
	}
	a := f["actors"].([]any)[0].(map[string]any)
	if a["name"] != "Cártel Jalisco Nueva Generación" || a["kind"] != "cartel" || a["role"] != "perpetrator" {
		t.Errorf("actor = %v", a)
	}

	// Unknown values are null, never 0 or "".
	for _, k := range []string{
		"state", "state_code", "municipality", "municipality_code", "locality", "place", "lat", "lon",
		"geo_precision", "geo_basis", "time", "time_precision", "killed", "killed_at_least", "injured", "detained",
		"kidnapped", "severity", "source", "url", "published",
	} {
		if v, ok := b[k]; !ok || v != nil {
			t.Errorf("bare[%q] = %#v, want null", k, v)
		}
	}
	if len(b["actors"].([]any)) != 0 || len(b["evidence"].([]any)) != 0 {
		t.Errorf("bare actors/evidence = %v / %v, want []", b["actors"], b["evidence"])
	}
}

func TestJSONArray(t *testing.T) {
	l := full()
	l.Evidence[0].Text = `<script>alert("x")</script> & más`
	out := write(t, JSON, l, bare())
	var arr []map[string]any
	if err := json.Unmarshal([]byte(out), &arr); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	if len(arr) != 2 {
		t.Fatalf("%d elements, want 2", len(arr))
	}
	checkRecord(t, arr[0], l)
	checkRecord(t, arr[1], bare())
	if strings.ContainsAny(out, "<>&") {
		t.Errorf("markup characters not escaped:\n%s", out)
	}
	if got := write(t, JSON); strings.TrimSpace(got) != "[\n]" {
		t.Errorf("empty array = %q", got)
	}
	one, err := MarshalIncident(l)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(one, &m); err != nil || bytes.ContainsAny(one, "<>&\n") {
		t.Errorf("MarshalIncident = %s, %v", one, err)
	}
	checkRecord(t, m, l)
}

func TestJSONLNonFinite(t *testing.T) {
	l := bare()
	l.Location.Lat, l.Location.Lon = fp(math.NaN()), fp(math.Inf(1))
	l.Confidence = math.NaN()
	var m map[string]any
	if err := json.Unmarshal([]byte(write(t, JSONL, l)), &m); err != nil {
		t.Fatal(err)
	}
	if m["lat"] != nil || m["lon"] != nil || m["confidence"] != nil {
		t.Errorf("non-finite numbers: %v %v %v", m["lat"], m["lon"], m["confidence"])
	}
	var g struct {
		Features []struct{ Geometry any }
	}
	if err := json.Unmarshal([]byte(write(t, GeoJSON, l)), &g); err != nil || g.Features[0].Geometry != nil {
		t.Errorf("GeoJSON of non-finite coordinates: %v, %+v", err, g)
	}
}

func TestCSV(t *testing.T) {
	out := write(t, CSV, full(), bare())
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("got %d rows, want header + 2", len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, k := range requiredKeys {
		if _, ok := col[k]; !ok {
			t.Errorf("column %q missing", k)
		}
	}
	f, b := rows[1], rows[2]
	tests := []struct{ col, want string }{
		{"id", "inc-1"},
		{"report_id", "feed-42"},
		{"lon", "-103.0689"}, // numbers are not formula-guarded
		{"geo_basis", "text"},
		{"killed", "0"},
		{"killed_at_least", "false"},
		{"injured", "3"},
		{"injured_at_least", "true"},
		{"detained", ""},
		{"time", "2026-03-02T03:15:00-06:00"},
		{"source", "'-diario"},
		{"title", "'@titulo\nsegunda línea"}, // encoding/csv reads \r\n in a field as \n
		{"actors", "Cártel Jalisco Nueva Generación (cartel, perpetrator)"},
		{"evidence", "feed-42[10:" + itoa(10+len(hostile)) + "]; hash-other[0:4]"},
	}
	for _, tt := range tests {
		if got := f[col[tt.col]]; got != tt.want {
			t.Errorf("full %s = %q, want %q", tt.col, got, tt.want)
		}
	}
	if et := f[col["evidence_text"]]; !strings.HasPrefix(et, "'=HYPERLINK") || strings.Contains(et, "\n") ||
		!utf8.ValidString(et) || !strings.HasSuffix(et, "end | Otro") {
		t.Errorf("evidence_text = %q", et)
	}
	for _, k := range []string{"state", "lat", "lon", "geo_precision", "geo_basis", "time", "killed", "severity", "actors", "evidence"} {
		if b[col[k]] != "" {
			t.Errorf("bare %s = %q, want empty", k, b[col[k]])
		}
	}
	// Only the header for an empty listing.
	if got := write(t, CSV); got != strings.Join(csvHeader, ",")+"\n" {
		t.Errorf("empty CSV = %q", got)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=1+1", "'=1+1"},
		{"+52 33", "'+52 33"},
		{"-2", "'-2"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=x", "'\t=x"},
		{"a=b", "a=b"},
		{"\xffbad", "\uFFFDbad"},
		{"\x1b[31m=red", "[31m=red"},
		{"\x00=cmd", "'=cmd"}, // guarded after the control is dropped
		{"a\x00b\u202ec\u0085", "abc"},
		{"multi\r\nline", "multi\r\nline"},
	}
	for _, tt := range tests {
		if got := cell(tt.in); got != tt.want {
			t.Errorf("cell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

type geoDoc struct {
	Type     string `json:"type"`
	Features []struct {
		Type     string `json:"type"`
		ID       string `json:"id"`
		Geometry *struct {
			Type        string    `json:"type"`
			Coordinates []float64 `json:"coordinates"`
		} `json:"geometry"`
		Properties map[string]any `json:"properties"`
	} `json:"features"`
}

func TestGeoJSON(t *testing.T) {
	out := write(t, GeoJSON, full(), bare(), full())
	var doc geoDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if doc.Type != "FeatureCollection" || len(doc.Features) != 3 {
		t.Fatalf("type %q with %d features", doc.Type, len(doc.Features))
	}
	f0, f1 := doc.Features[0], doc.Features[1]
	if f0.Type != "Feature" || f0.Geometry == nil || f0.Geometry.Type != "Point" ||
		len(f0.Geometry.Coordinates) != 2 || f0.Geometry.Coordinates[0] != -103.0689 || f0.Geometry.Coordinates[1] != 20.6225 {
		t.Errorf("first feature = %+v", f0)
	}
	if f1.Geometry != nil {
		t.Errorf("feature without coordinates has geometry %+v", f1.Geometry)
	}
	checkRecord(t, f0.Properties, full())
	checkRecord(t, f1.Properties, bare())

	var empty geoDoc
	if err := json.Unmarshal([]byte(write(t, GeoJSON)), &empty); err != nil || empty.Type != "FeatureCollection" || empty.Features == nil {
		t.Errorf("empty collection: %v, %+v", err, empty)
	}
}

func TestGeoJSONWriteAfterClose(t *testing.T) {
	var buf bytes.Buffer
	w, _ := NewWriter(&buf, GeoJSON)
	w.Close()
	if err := w.Write(bare()); err == nil {
		t.Error("Write after Close succeeded")
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if !json.Valid(buf.Bytes()) {
		t.Errorf("invalid document %q", buf.String())
	}
}

func checkTerminalSafe(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("invalid UTF-8 in %q", s)
	}
	for _, r := range s {
		if (unicode.IsControl(r) && r != '\n') || isBidiControl(r) {
			t.Errorf("control character %U in %q", r, s)
		}
	}
}

func TestTable(t *testing.T) {
	out := write(t, Table, full(), bare())
	checkTerminalSafe(t, out)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), out)
	}
	for _, want := range []string{"TIME", "TYPE", "PLACE", "EVIDENCE"} {
		if !strings.Contains(lines[0], want) {
			t.Errorf("header %q lacks %s", lines[0], want)
		}
	}
	for _, want := range []string{"2026-03-02 03h", "blockade", "Zapotlanejo, Jalisco", "0/3+", "-diario/feed-42", "red", "…"} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("row %q lacks %q", lines[1], want)
		}
	}
	for _, bad := range []string{"pwned", "[31m", "2J"} {
		if strings.Contains(out, bad) {
			t.Errorf("escape sequence leftover %q in %q", bad, lines[1])
		}
	}
	if !strings.HasPrefix(lines[2], "-") || !strings.Contains(lines[2], "advisory") || !strings.Contains(lines[2], "-/-") {
		t.Errorf("bare row = %q", lines[2])
	}
	// Columns are aligned: TYPE starts at the same offset on every line.
	col := strings.Index(lines[0], "TYPE")
	for _, l := range lines[1:] {
		if r := []rune(l); len(r) <= col || r[col-1] != ' ' || r[col] == ' ' {
			t.Errorf("misaligned row %q (TYPE at %d)", l, col)
		}
	}
	if got := write(t, Table); !strings.HasPrefix(got, "TIME") || strings.Count(got, "\n") != 1 {
		t.Errorf("empty table = %q", got)
	}
}

func TestTableStreamsLongListings(t *testing.T) {
	var buf bytes.Buffer
	w, _ := NewWriter(&buf, Table)
	for i := 0; i < tableBlock; i++ {
		if err := w.Write(full()); err != nil {
			t.Fatal(err)
		}
	}
	if buf.Len() == 0 {
		t.Errorf("nothing written after %d rows", tableBlock)
	}
	w.Close()
}

func TestSanitize(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"plain text", 20, "plain text"},
		{"  many \n\t spaces  ", 20, "many spaces"},
		{"\x1b[1;31mred\x1b[0m", 20, "red"},
		{"a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b", 20, "alinkb"},
		{"osc\x1b]0;title\x07 after", 20, "osc after"},
		{"\x1b(Bcharset", 20, "charset"},
		{"\u009b31mc1", 20, "c1"},
		{"bell\a\x00nul", 20, "bellnul"},
		{"\u202eabc", 20, "abc"},
		{"bad \xff", 20, "bad \uFFFD"},
		{"ñandú", 5, "ñandú"},
		{"abcdefgh", 5, "abcd…"},
		{"abc defgh", 5, "abc…"},
		{"truncated\x1b[", 20, "truncated"},
	}
	for _, tt := range tests {
		if got := sanitize(tt.in, tt.max); got != tt.want {
			t.Errorf("sanitize(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"", hostile, "\x1b[", "\x1b]", "\u009b", "a b", "ñ\xc3"} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max < 0 || max > 1000 {
			return
		}
		got := sanitize(s, max)
		checkTerminalSafe(t, got)
		if n := utf8.RuneCountInString(got); n > max {
			t.Errorf("sanitize(%q, %d) has %d runes", s, max, n)
		}
		if strings.ContainsAny(got, "\n\t") {
			t.Errorf("white space not collapsed in %q", got)
		}
	})
}

// FuzzWriters feeds arbitrary text through every format and checks each
// document still parses and carries the text faithfully where it should.
func FuzzWriters(f *testing.F) {
	f.Add(hostile, "=cmd|' /C calc'!A0", "Tonalá")
	f.Add("", "", "")
	f.Add("\"\n\r,", "\x00", "\xff")
	f.Fuzz(func(t *testing.T, ev, title, place string) {
		l := full()
		l.Evidence[0].Text = ev
		l.Title = title
		l.Location.Place = place
		for _, format := range Formats() {
			var buf bytes.Buffer
			w, err := NewWriter(&buf, format)
			if err != nil {
				t.Fatal(err)
			}
			if err := errors.Join(w.Write(l), w.Write(bare()), w.Close()); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			switch format {
			case JSONL:
				for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					var m map[string]any
					if err := json.Unmarshal([]byte(line), &m); err != nil {
						t.Fatalf("JSONL line %q: %v", line, err)
					}
				}
			case GeoJSON:
				var doc geoDoc
				if err := json.Unmarshal(buf.Bytes(), &doc); err != nil || len(doc.Features) != 2 {
					t.Fatalf("GeoJSON: %v, %d features", err, len(doc.Features))
				}
				if got, want := doc.Features[0].Properties["place"], string([]rune(place)); place != "" && got != want {
					t.Errorf("place = %q, want %q", got, want)
				}
			case CSV:
				rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
				if err != nil || len(rows) != 3 {
					t.Fatalf("CSV: %v, %d rows", err, len(rows))
				}
				for _, c := range rows[1] {
					if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) && !isNumber(c) {
						t.Errorf("unguarded cell %q", c)
					}
					if strings.IndexFunc(c, dropInCell) >= 0 {
						t.Errorf("control character in cell %q", c)
					}
				}
			case Table:
				checkTerminalSafe(t, out)
				if n := strings.Count(out, "\n"); n != 3 {
					t.Errorf("table has %d lines, want 3", n)
				}
			}
		}
	})
}

func isNumber(s string) bool {
	var v float64
	return json.Unmarshal([]byte(s), &v) == nil
}

func TestPlaceOf(t *testing.T) {
	tests := []struct {
		loc  model.Location
		want string
	}{
		{model.Location{Municipality: "Tonalá", Locality: "x", State: "Chiapas"}, "Tonalá, Chiapas"},
		{model.Location{Locality: "El Salto", State: "Jalisco"}, "El Salto, Jalisco"},
		{model.Location{Municipality: "Culiacán", Neighborhood: "Las Quintas", State: "Sinaloa"}, "Las Quintas, Culiacán, Sinaloa"},
		{model.Location{Municipality: "durango", Neighborhood: "Los Remedios", State: "Durango"}, "Los Remedios, Durango"},
		{model.Location{Neighborhood: "Las Quintas", State: "Sinaloa"}, "Sinaloa"}, // no town: a colonia of where?
		{model.Location{Place: "jalisco", State: "Jalisco"}, "Jalisco"},
		{model.Location{Place: "Arco Norte"}, "Arco Norte"},
		{model.Location{State: "Sonora"}, "Sonora"},
		{model.Location{StateCode: "11", State: "Guanajuato", Precision: model.GeoState, Basis: model.BasisOutletPrior}, "Guanajuato (outlet prior)"},
		{model.Location{}, ""},
	}
	for _, tt := range tests {
		if got := placeOf(&tt.loc); got != tt.want {
			t.Errorf("placeOf(%+v) = %q, want %q", tt.loc, got, tt.want)
		}
	}
}

// TestDenialAndTally checks that a denial and a tally are marked as such
// in every format, and an ordinary incident is marked as neither.
func TestDenialAndTally(t *testing.T) {
	tally := full()
	tally.ID, tally.Tally = "inc-tally", true
	denial := bare()
	denial.ID, denial.Type, denial.Denial = "inc-denial", model.Arson, true
	ls := []store.Listed{full(), tally, denial}
	want := []struct{ denial, tally bool }{{false, false}, {false, true}, {true, false}}

	lines := strings.Split(strings.TrimSuffix(write(t, JSONL, ls...), "\n"), "\n")
	for i, line := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		if m["denial"] != want[i].denial || m["tally"] != want[i].tally {
			t.Errorf("jsonl %d: denial=%v tally=%v, want %v %v", i, m["denial"], m["tally"], want[i].denial, want[i].tally)
		}
	}

	var g struct {
		Features []struct{ Properties map[string]any }
	}
	if err := json.Unmarshal([]byte(write(t, GeoJSON, ls...)), &g); err != nil || len(g.Features) != 3 {
		t.Fatalf("geojson: %v, %d features", err, len(g.Features))
	}
	for i, f := range g.Features {
		if f.Properties["denial"] != want[i].denial || f.Properties["tally"] != want[i].tally {
			t.Errorf("geojson %d: %v", i, f.Properties)
		}
	}

	rows, err := csv.NewReader(strings.NewReader(write(t, CSV, ls...))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, r := range rows[1:] {
		if r[col["denial"]] != strconv.FormatBool(want[i].denial) || r[col["tally"]] != strconv.FormatBool(want[i].tally) {
			t.Errorf("csv %d: denial=%q tally=%q", i, r[col["denial"]], r[col["tally"]])
		}
	}

	tbl := strings.Split(write(t, Table, ls...), "\n")
	if strings.Contains(tbl[1], "(tally)") || strings.Contains(tbl[1], "(denied)") ||
		!strings.Contains(tbl[2], "blockade (tally)") || !strings.Contains(tbl[3], "arson (denied)") {
		t.Errorf("table rows:\n%s", strings.Join(tbl, "\n"))
	}
}
