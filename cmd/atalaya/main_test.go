package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/corpus"
)

// atalaya runs the command in-process and returns its exit code and output.
func atalaya(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// listed runs "incidents --format jsonl" and decodes every line.
func listed(t *testing.T, args ...string) []map[string]any {
	t.Helper()
	code, out, errs := atalaya(t, "", append([]string{"incidents", "--format", "jsonl"}, args...)...)
	if code != 0 {
		t.Fatalf("incidents exited %d: %s", code, errs)
	}
	var rows []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("incidents printed a line that is not JSON: %v: %q", err, sc.Text())
		}
		rows = append(rows, m)
	}
	return rows
}

var requiredKeys = []string{
	"id", "report_id", "type", "state", "state_code", "municipality", "municipality_code", "locality",
	"lat", "lon", "geo_precision", "time", "time_precision", "killed", "injured", "detained",
	"kidnapped", "severity", "actors", "evidence", "confidence",
}

func TestExamplesEndToEnd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	code, out, errs := atalaya(t, "", "ingest", "--db", db, "--published", "2026-02-22T21:00:00-06:00", "../../examples")
	if code != 0 {
		t.Fatalf("ingest exited %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	rows := listed(t, "--db", db)
	if len(rows) < 10 {
		t.Fatalf("got %d incidents from the examples, want at least 10", len(rows))
	}
	for i, r := range rows {
		for _, k := range requiredKeys {
			if _, ok := r[k]; !ok {
				t.Fatalf("incident %d lacks key %q: %v", i, k, r)
			}
		}
		ev, _ := r["evidence"].([]any)
		if len(ev) == 0 {
			t.Errorf("incident %d has no evidence", i)
		}
	}

	// What the examples state (written by us; see examples/).
	want := []struct {
		typ, muni string
	}{
		{"blockade", "14120"},           // Zapopan
		{"blockade", "14098"},           // Tlaquepaque
		{"blockade", "14101"},           // Tonalá, Jalisco
		{"armed_clash", "14063"},        // Ocotlán
		{"armed_clash", "11007"},        // Celaya
		{"business_attack", "14067"},    // Puerto Vallarta
		{"business_attack", "16102"},    // Uruapan (alert feed)
		{"security_operation", "25006"}, // Culiacán (transcript)
		{"security_operation", "14086"}, // Tapalpa, where the leader was killed
		{"disruption", "14039"},         // Guadalajara: classes and transport suspended
		{"blockade", "14053"},           // Lagos de Moreno (unpunctuated transcript)
		{"armed_attack", "16102"},       // Uruapan: state police attacked (transcript)
		{"business_attack", "11017"},    // Irapuato (CSV export, place from its columns)
	}
	for _, w := range want {
		found := false
		for _, r := range rows {
			if r["type"] == w.typ && r["municipality_code"] == w.muni {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s incident in municipality %s", w.typ, w.muni)
		}
	}
	// Tolls as the examples state them.
	for _, r := range rows {
		if r["type"] == "armed_clash" && r["municipality_code"] == "14063" {
			if k, _ := r["killed"].(float64); k != 4 || r["killed_at_least"] != true {
				t.Errorf("Ocotlán clash killed = %v (at least %v), want at least 4", r["killed"], r["killed_at_least"])
			}
		}
		if r["type"] == "armed_attack" && r["municipality_code"] == "16102" {
			if k, _ := r["killed"].(float64); k != 2 {
				t.Errorf("Uruapan attack killed = %v, want 2", r["killed"])
			}
			if i, _ := r["injured"].(float64); i != 3 {
				t.Errorf("Uruapan attack injured = %v, want 3", r["injured"])
			}
		}
		if r["type"] == "blockade" && r["municipality_code"] == "14086" {
			t.Errorf("Tapalpa is where the operation took place, not a blockade: %v", r["evidence"])
		}
	}
	// The opinion column yields no violent incident.
	for _, r := range rows {
		for _, e := range r["evidence"].([]any) {
			if txt, _ := e.(map[string]any)["text"].(string); strings.Contains(txt, "fragmentación") {
				t.Errorf("the opinion column produced an incident: %v", r)
			}
		}
	}

	// Ingesting again stores nothing new.
	code, out, errs = atalaya(t, "", "ingest", "--db", db, "--published", "2026-02-22T21:00:00-06:00", "../../examples")
	if code != 0 || !strings.Contains(out, " 0 stored") {
		t.Fatalf("second ingest: exit %d, stdout %q, stderr %q; want exit 0 and 0 stored", code, out, errs)
	}
	if again := listed(t, "--db", db); len(again) != len(rows) {
		t.Fatalf("second ingest changed the incident count from %d to %d", len(rows), len(again))
	}

	// Filters.
	for _, r := range listed(t, "--db", db, "--type", "blockade") {
		if r["type"] != "blockade" {
			t.Errorf("--type blockade listed a %v", r["type"])
		}
	}
	jal := listed(t, "--db", db, "--state", "jalisco")
	if len(jal) == 0 {
		t.Error("--state jalisco listed nothing")
	}
	for _, r := range jal {
		if r["state_code"] != "14" {
			t.Errorf("--state jalisco listed state %v", r["state_code"])
		}
	}
	if n := len(listed(t, "--db", db, "--since", "2030-01-01")); n != 0 {
		t.Errorf("--since 2030-01-01 listed %d incidents, want 0", n)
	}

	// Other formats parse.
	code, out, _ = atalaya(t, "", "incidents", "--db", db, "--format", "csv")
	if code != 0 {
		t.Fatalf("csv exited %d", code)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != len(rows)+1 {
		t.Errorf("csv: %d records (err %v), want header + %d", len(recs), err, len(rows))
	}
	code, out, _ = atalaya(t, "", "incidents", "--db", db, "--format", "geojson")
	var fc struct {
		Type     string            `json:"type"`
		Features []json.RawMessage `json:"features"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &fc) != nil || fc.Type != "FeatureCollection" || len(fc.Features) != len(rows) {
		t.Errorf("geojson: exit %d, type %q, %d features, want FeatureCollection with %d", code, fc.Type, len(fc.Features), len(rows))
	}
	code, out, _ = atalaya(t, "", "incidents", "--db", db)
	if code != 0 || !strings.Contains(out, "Zapopan") {
		t.Errorf("table: exit %d, no Zapopan in %q", code, out)
	}
}

func TestBadInputIsSkippedAndReported(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "b.db")
	// A good report first, stored before the bad batch.
	code, _, errs := atalaya(t, "Hombres armados incendiaron un autobús en Zapopan, Jalisco, este lunes.", "ingest", "--db", db, "--published", "2026-02-23", "-")
	if code != 0 {
		t.Fatalf("ingest from stdin exited %d: %s", code, errs)
	}
	before := listed(t, "--db", db)
	if len(before) == 0 {
		t.Fatal("the stdin report gave no incident")
	}

	files := map[string]string{
		"good.txt":    "Sujetos armados atacaron una gasolinera en Celaya, Guanajuato, la noche del sábado.",
		"empty.txt":   "",
		"binary.txt":  "\x00\x01\x02\x03ELF\x00\x00\x00\xff\xfe",
		"badutf8.txt": "Bloqueo en Tijuana \xff\xfe\xfd con vehículos incendiados.",
		"batch.jsonl": `{"id":"ok-1","text":"Hallan dos cuerpos en Culiacán, Sinaloa."}` + "\n" + `{"id":"broken", "text": ` + "\n" + `{"id":"ok-2","text":"Incendian una tienda en Uruapan, Michoacán."}` + "\n",
		"broken.html": "<html><body><div><p></div></span>",
		"huge.txt":    "",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Oversized: just over 20 MB.
	big := bytes.Repeat([]byte("bloqueo en Zapopan. "), 21<<20/20+10)
	if err := os.WriteFile(filepath.Join(dir, "huge.txt"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := atalaya(t, "", "ingest", "--db", db, "--published", "2026-02-23", dir)
	if code != exitSkipped {
		t.Fatalf("ingest of a batch with bad files exited %d, want %d\nstdout: %s\nstderr: %s", code, exitSkipped, out, errs)
	}
	for _, want := range []string{"empty.txt", "binary.txt", "badutf8.txt", "batch.jsonl:2", "huge.txt"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr does not name %q:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, "3 stored") {
		t.Errorf("stdout %q: want the 3 good reports stored (good.txt, ok-1, ok-2)", out)
	}
	after := listed(t, "--db", db)
	if len(after) <= len(before) {
		t.Errorf("incidents went from %d to %d; the good reports of the bad batch were not stored", len(before), len(after))
	}
	ids := map[string]bool{}
	for _, r := range after {
		ids[r["id"].(string)] = true
	}
	for _, r := range before {
		if !ids[r["id"].(string)] {
			t.Errorf("incident %v stored before the bad batch is gone", r["id"])
		}
	}
}

func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	for _, args := range [][]string{
		{},
		{"nosuch"},
		{"ingest", "--db", db},
		{"ingest", "--db", db, "--kind", "gossip", "x.txt"},
		{"ingest", "--db", db, "--published", "yesterday-ish", "x.txt"},
		{"incidents", "--db", db, "--format", "xml"},
		{"incidents", "--db", db, "--type", "riot"},
		{"incidents", "--db", db, "--state", "Atlantis"},
		{"eval", "--shared", "--split", "train"},
		{"eval", "--shared", "a", "b"},
	} {
		if code, _, _ := atalaya(t, "", args...); code != exitUsage {
			t.Errorf("atalaya %q exited %d, want %d", args, code, exitUsage)
		}
	}
}

// TestKilledIngestResumes kills an ingest midway (a child process running
// this test binary) and checks that a rerun completes it with no report
// stored twice.
func TestKilledIngestResumes(t *testing.T) {
	if os.Getenv("ATALAYA_CHILD_INGEST") != "" {
		args := strings.Split(os.Getenv("ATALAYA_CHILD_INGEST"), "\x1f")
		os.Exit(run(context.Background(), args, nil, os.Stdout, os.Stderr))
	}
	dir := t.TempDir()
	corpusPath := filepath.Join(dir, "c.jsonl")
	f, err := os.Create(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	const n = 3000
	if err := corpus.Generate(f, n, 3, time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	f.Close()
	db := filepath.Join(dir, "k.db")
	args := []string{"ingest", "--db", db, corpusPath}

	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledIngestResumes$")
	cmd.Env = append(os.Environ(), "ATALAYA_CHILD_INGEST="+strings.Join(args, "\x1f"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once the database has some data in it, or after a while.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if fi, err := os.Stat(db + "-wal"); err == nil && fi.Size() > 256<<10 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Kill()
	cmd.Wait()

	code, out, errs := atalaya(t, "", args...)
	if code != 0 {
		t.Fatalf("rerun exited %d: %s %s", code, out, errs)
	}
	code, out, errs = atalaya(t, "", args...)
	if code != 0 || !strings.Contains(out, "0 stored, 3000 already stored") {
		t.Fatalf("third run: exit %d, %q %q; want every report already stored", code, out, errs)
	}
	seen := map[string]int{}
	for _, r := range listed(t, "--db", db) {
		seen[r["report_id"].(string)]++
		id := "incident:" + r["id"].(string)
		seen[id]++
		if seen[id] > 1 {
			t.Fatalf("%s listed twice", id)
		}
	}
	reports := 0
	for k := range seen {
		if !strings.HasPrefix(k, "incident:") {
			reports++
		}
	}
	if reports == 0 || reports > n {
		t.Fatalf("%d reports with incidents after resuming, want 1..%d", reports, n)
	}
}

func TestProgressOnlyOnATerminal(t *testing.T) {
	var buf bytes.Buffer
	if newProgress(&buf) != nil {
		t.Error("progress shown on a buffer")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if newProgress(f) != nil {
		t.Error("progress shown on a regular file")
	}
}

// TestEvalShared scores the fixture copy of the shared folder (rows written
// for the tests) and checks that an absent folder is a message, not a failure.
func TestEvalShared(t *testing.T) {
	code, out, errs := atalaya(t, "", "eval", "--shared", "../../dataset/testdata/shared")
	if code != exitOK {
		t.Fatalf("eval --shared exited %d: %s", code, errs)
	}
	for _, want := range []string{"Monitor PPD 2022", "UCDP GED Mexico", "news_dev", "seeds", "dev", "check", "target"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	code, out, errs = atalaya(t, "", "eval", "--shared", "--json", "--split", "dev", "../../dataset/testdata/shared")
	if code != exitOK {
		t.Fatalf("eval --shared --json exited %d: %s", code, errs)
	}
	var s struct {
		Split string
		Sets  []struct {
			Name   string
			Rows   int
			Splits []struct{ Split string }
		}
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if s.Split != "dev" || len(s.Sets) != 4 || s.Sets[0].Name != "ppd" || s.Sets[0].Rows != 9 ||
		len(s.Sets[0].Splits) != 1 || s.Sets[0].Splits[0].Split != "dev" {
		t.Errorf("JSON scores %+v", s)
	}

	code, out, errs = atalaya(t, "", "eval", "--shared", "--why", "--split", "dev", "../../dataset/testdata/shared")
	if code != exitOK || !strings.Contains(out, "Rows by coding and first incident found, ppd (coded -> found)") {
		t.Errorf("eval --shared --why: exit %d (%s), no table of rows by coding:\n%s", code, errs, out)
	}
	if !strings.Contains(out, "Acts lost, ppd: rows coded with an act that name a place") || !strings.Contains(out, "Dev rows read otherwise than coded, ") {
		t.Errorf("eval --shared --why --split dev: no table of acts lost or no listing of dev rows:\n%s", out)
	}
	_, out, _ = atalaya(t, "", "eval", "--shared", "--why", "../../dataset/testdata/shared")
	if strings.Contains(out, "Dev rows read otherwise than coded") {
		t.Errorf("eval --shared --why (all): dev rows listed; want counts only:\n%s", out)
	}

	code, out, _ = atalaya(t, "", "eval", "--shared", filepath.Join(t.TempDir(), "none"))
	if code != exitOK || !strings.Contains(out, "data directory absent") {
		t.Errorf("absent folder: exit %d, output %q; want 0 and a message", code, out)
	}
}

// TestEvalFusionOwn scores end-to-end fusion on the small fusion sets of
// our own (fuse/testdata/fusion_own.jsonl and fusion_own2.jsonl, README;
// fusion_own4.jsonl, acts placed in two neighbouring towns beside the
// same toll in a third that afternoon or that night):
// their same-event pairs must keep precision and F1 at 0.9 or more, with
// no event larger than its largest true event and one more incident.
func TestEvalFusionOwn(t *testing.T) {
	for _, tt := range []struct {
		path           string
		events, larger int
	}{
		{"../../fuse/testdata/fusion_own.jsonl", 9, 5},
		{"../../fuse/testdata/fusion_own2.jsonl", 8, 5},
		{"../../fuse/testdata/fusion_own4.jsonl", 5, 3},
	} {
		code, out, errs := atalaya(t, "", "eval", "--json", tt.path)
		if code != exitOK {
			t.Fatalf("%s: eval exited %d: %s", tt.path, code, errs)
		}
		var s struct {
			Fusion *struct {
				Pairs        struct{ Precision, F1 float64 }
				LargestEvent int `json:"largest_event"`
				GoldEvents   int `json:"gold_events"`
			}
		}
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatalf("%s: not JSON: %v\n%s", tt.path, err, out)
		}
		if s.Fusion == nil {
			t.Fatalf("%s: no fusion score", tt.path)
		}
		if f := s.Fusion; f.Pairs.Precision < 0.9 || f.Pairs.F1 < 0.9 || f.LargestEvent > tt.larger || f.GoldEvents != tt.events {
			t.Errorf("%s: fusion %+v, want precision and F1 >= 0.9, the largest event <= %d, %d gold events", tt.path, *f, tt.larger, tt.events)
		}
	}
}

// TestEvalHeadlineSets scores the headline sets written blind
// (testdata/headlines/README.md, which gives each set's first-seen
// figures): the acts found, the no-act headlines left clean, the exact
// tolls and the states and municipalities right must not fall below what
// the branches that last raised them measured (ucdp5 for the English
// acts, toll5 for the tolls, geo7 for the places, all merged in the sixth
// session), the sealed sets included, whose lines the test never prints.
// sealed2 (written blind in the seventh session) was first seen at 144
// found, 82 clean, 58 tolls, 141 states and 123 municipalities; its
// floors are two rows below that. en3 (English, development, written
// blind in the eighth session) was first seen at 79 found, 105 clean, 32
// tolls, 75 states and 71 municipalities: its floors. sealed3 (eighth
// session, sealed) was first seen at 126 found, 105 clean, 44 tolls, 122
// states and 111 municipalities; its floors are two rows below that.
// es3 (Spanish, development, written blind in the ninth session to
// measure act recall) was first seen at 168 found, 63 clean, 55 tolls,
// 164 states and 158 municipalities: its floors. es4 (Spanish,
// development, written blind in the tenth session, weighted to no-act
// headlines) was first seen at 75 found, 141 clean, 22 tolls, 69 states
// and 68 municipalities: its floors. sealed4 (tenth session, sealed,
// Spanish, weighted to no-act) was first seen at 74 found, 134 clean, 21
// tolls, 71 states and 71 municipalities; its floors are two rows below.
// sealed5 (eleventh session, sealed, Spanish, weighted to acts and the
// ways a headline tells their place) was first seen at 139 found, 75
// clean, 28 tolls, 128 states and 110 municipalities; its floors are two
// rows below. sealed6 (twelfth session, sealed, English, wires and
// border papers) was first seen at 124 found, 69 clean, 30 tolls, 118
// states and 100 municipalities; its floors are two rows below. sealed7
// (thirteenth session, sealed, Spanish, regional nota roja and how it
// tells an act's place) was first seen at 121 found, 82 clean, 35 tolls,
// 109 states and 97 municipalities; its floors are two rows below. es5
// and es6 (fifteenth session, development, Spanish, trained into the
// headline model) were first seen at 179 and 174 found, 113 and 112
// clean, 75 and 66 tolls, 176 and 166 states, 162 and 155
// municipalities: their floors. en4 (sixteenth session, development,
// English, kept out of the headline model's training) was first seen at
// 163 found, 80 clean, 44 tolls, 159 states and 144 municipalities: its
// floors. es7 and en5 (twenty-second session, development, Spanish and
// English, written blind to probe act recall, with a date column) were
// first seen at 363 and 64 found, 36 and 12 clean, 191 and 26 tolls, 361
// and 64 states, 339 and 61 municipalities: their floors. en6
// (twenty-third session, development, English, the place and day forms of
// UCDP's headlines, written before the rules it probes were read) was
// first seen at 104 found, 8 clean, 91 tolls, 99 states and 79
// municipalities: its floors.
func TestEvalHeadlineSets(t *testing.T) {
	for _, tt := range []struct {
		name                 string
		found, clean, killed int
		state, municipality  int
	}{
		// Floors at first seen. en1 and en3 clean one under: a bulletin read
		// as a disappearance was clean at first seen and is an act since the
		// ninth session's relabelling (testdata/headlines/README.md).
		{"es1", 158, 107, 60, 127, 115},
		{"es2", 166, 116, 60, 135, 126},
		{"en1", 138, 91, 64, 121, 116},
		{"en2", 145, 82, 69, 135, 116},
		{"sealed1", 143, 87, 52, 139, 131},
		{"sealed2", 142, 80, 56, 139, 121},
		{"en3", 79, 104, 32, 75, 71},
		{"sealed3", 124, 103, 42, 120, 109},
		{"es3", 168, 63, 55, 164, 158},
		{"es4", 75, 141, 22, 69, 68},
		{"sealed4", 72, 132, 19, 69, 69},
		{"sealed5", 137, 73, 26, 126, 108},
		{"sealed6", 122, 67, 28, 116, 98},
		{"sealed7", 119, 80, 33, 107, 95},
		{"es5", 179, 113, 75, 176, 162},
		{"es6", 174, 112, 66, 166, 155},
		{"en4", 163, 80, 44, 159, 144},
		{"es7", 363, 36, 191, 361, 339},
		{"en5", 64, 12, 26, 64, 61},
		{"en6", 104, 8, 91, 99, 79},
	} {
		code, out, errs := atalaya(t, "", "eval", "--json", "../../testdata/headlines/"+tt.name+".tsv")
		if code != exitOK {
			t.Fatalf("%s: eval exited %d: %s", tt.name, code, errs)
		}
		var s struct {
			All struct {
				Acts, Found, None, Clean, KilledGold, Killed     int
				StateGold, State, MunicipalityGold, Municipality int
			}
		}
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatalf("%s: not JSON: %v", tt.name, err)
		}
		a := s.All
		if a.Acts == 0 || a.None == 0 || a.KilledGold == 0 {
			t.Fatalf("%s: %+v: no acts, no-act headlines or tolls read", tt.name, a)
		}
		if a.Found < tt.found || a.Clean < tt.clean || a.Killed < tt.killed {
			t.Errorf("%s: acts found %d/%d, no-act clean %d/%d, tolls exact %d/%d; want at least %d, %d and %d", tt.name,
				a.Found, a.Acts, a.Clean, a.None, a.Killed, a.KilledGold, tt.found, tt.clean, tt.killed)
		}
		if a.State < tt.state || a.Municipality < tt.municipality {
			t.Errorf("%s: state %d/%d, municipality %d/%d; want at least %d and %d", tt.name,
				a.State, a.StateGold, a.Municipality, a.MunicipalityGold, tt.state, tt.municipality)
		}
	}
}
