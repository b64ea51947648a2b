package store

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// searchStore holds one report whose sentences are the evidence of five
// incidents with distinct places, severities, actors and times.
func searchStore(t *testing.T) *Store {
	t.Helper()
	s, _ := open(t)
	text := "Bloqueo en Zapopan con vehículos quemados. " + // 0
		"Balacera en la Ciudad de México deja heridos. " + // 1
		"Hallan cuerpos en Culiacán, Sinaloa. " + // 2
		"Incendian una gasolinera en Tonalá. " + // 3
		"Operativo en Mérida sin detenidos."
	sents := strings.SplitAfter(text, ". ")
	base := time.Date(2026, 2, 22, 12, 0, 0, 0, time.UTC)
	mk := func(k int, id string, typ model.IncidentType, state, muni string, lat, lon float64, sev, hours int, actor string) model.Incident {
		start := len(strings.Join(sents[:k], ""))
		in := model.Incident{
			ID: id, Type: typ, Severity: sev,
			Location: model.Location{StateCode: state, MunicipalityCode: muni, Lat: fp(lat), Lon: fp(lon), Precision: model.GeoMunicipality},
			Evidence: []model.Span{{Start: start, End: start + len(strings.TrimSpace(sents[k]))}},
		}
		if hours >= 0 {
			in.Time = tp(base.Add(time.Duration(hours) * time.Hour))
		}
		if actor != "" {
			in.Actors = []model.Actor{{Name: actor, Kind: model.Cartel, Role: model.Perpetrator}}
		}
		return in
	}
	e := Entry{Report: model.Report{ID: "rep", GivenID: "given-1", Text: text, Title: "Resumen"}, Incidents: []model.Incident{
		mk(0, "a", model.Blockade, "14", "14120", 20.72, -103.39, 2, 0, "Cártel Jalisco Nueva Generación"),
		mk(1, "b", model.ArmedClash, "09", "09015", 19.43, -99.13, 3, 1, ""),
		mk(2, "c", model.Homicide, "25", "25006", 24.80, -107.39, 3, 25, "Cártel de Sinaloa"),
		mk(3, "d", model.Arson, "14", "14101", 20.62, -103.23, 2, 26, "Cártel Jalisco Nueva Generación"),
		mk(4, "e", model.SecurityOperation, "31", "31050", 20.97, -89.62, 1, -1, ""),
	}}
	if _, err := s.Save(context.Background(), []Entry{e}); err != nil {
		t.Fatal(err)
	}
	return s
}

func ids(t *testing.T, s *Store, f Filter) string {
	t.Helper()
	var out []string
	for _, l := range list(t, s, f) {
		out = append(out, l.ID)
	}
	return strings.Join(out, " ")
}

func TestSearchFilters(t *testing.T) {
	s := searchStore(t)
	jalisco := &BBox{MinLon: -105, MinLat: 19, MaxLon: -101, MaxLat: 23}
	day := time.Date(2026, 2, 22, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		f    Filter
		want string
	}{
		{"all", Filter{}, "a b c d e"},
		{"municipality", Filter{MunicipalityCode: "14101"}, "d"},
		{"actor, any ASCII case", Filter{Actor: "cártel jalisco nueva generación"}, "a d"},
		{"min severity", Filter{MinSeverity: 3}, "b c"},
		{"bbox", Filter{BBox: jalisco}, "a d"},
		{"bbox and time", Filter{BBox: jalisco, Since: day, Until: day.AddDate(0, 0, 1)}, "a"},
		{"text without accents finds accented", Filter{Text: "culiacan"}, "c"},
		{"text with accents finds plain", Filter{Text: "Gásolinéra"}, "d"},
		{"text all words", Filter{Text: "bloqueo zapopan"}, "a"},
		{"text prefix", Filter{Text: "quem*"}, "a"},
		{"text is words only, no syntax", Filter{Text: `zapopan" OR "mérida`}, ""},
		{"text without words matches nothing", Filter{Text: "¡¿?!"}, ""},
		{"text of the title does not count", Filter{Text: "resumen"}, ""},
		{"report", Filter{ReportID: "rep", Limit: 2}, "a b"},
		{"after a known time", Filter{After: &Cursor{Time: tp(time.Date(2026, 2, 22, 13, 0, 0, 0, time.UTC)), ID: "b"}}, "c d e"},
		{"after an unknown time", Filter{After: &Cursor{ID: "d"}}, "e"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(t, s, tt.f); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPagesCoverTheListing(t *testing.T) {
	s := searchStore(t)
	for _, size := range []int{1, 2, 3} {
		var got []string
		var after *Cursor
		for page := 0; page < 10; page++ {
			ls := list(t, s, Filter{Limit: size, After: after})
			if len(ls) == 0 {
				break
			}
			for _, l := range ls {
				got = append(got, l.ID)
			}
			last := ls[len(ls)-1]
			after = &Cursor{Time: last.Time, ID: last.ID}
		}
		if g := strings.Join(got, " "); g != "a b c d e" {
			t.Errorf("pages of %d: %q", size, g)
		}
	}
}

func TestStats(t *testing.T) {
	s := searchStore(t)
	st, err := s.Stats(context.Background(), Filter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if st.Total != 5 || st.UnknownTime != 1 || fmt.Sprint(st.Days) != "[{2026-02-22 2} {2026-02-23 2}]" {
		t.Errorf("total %d, unknown %d, days %v", st.Total, st.UnknownTime, st.Days)
	}
	if st.States[0] != (StateCount{Code: "14", Count: 2}) || len(st.States) != 4 {
		t.Errorf("states %v", st.States)
	}
	if len(st.Types) != 5 || st.Types[0].Count != 1 {
		t.Errorf("types %v", st.Types)
	}
	st, err = s.Stats(context.Background(), Filter{StateCode: "14"})
	if err != nil || st.Total != 2 || len(st.Types) != 2 {
		t.Errorf("Jalisco: %+v, %v", st, err)
	}
}

func TestReportLookup(t *testing.T) {
	s := searchStore(t)
	ctx := context.Background()
	for _, id := range []string{"rep", "given-1"} {
		r, err := s.Report(ctx, id)
		if err != nil || r.ID != "rep" || r.GivenID != "given-1" || !strings.HasPrefix(r.Text, "Bloqueo") {
			t.Errorf("Report(%q) = %+v, %v", id, r, err)
		}
	}
	if _, err := s.Report(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Report(nope) err = %v, want ErrNotFound", err)
	}
}

func TestAdded(t *testing.T) {
	s := searchStore(t)
	ctx := context.Background()
	last, err := s.Latest(ctx)
	if err != nil || last == 0 {
		t.Fatalf("Latest = %d, %v", last, err)
	}
	var got []string
	if err := s.Added(ctx, last-2, 10, func(l Listed) error { got = append(got, l.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, " ") != "d e" {
		t.Errorf("Added after %d: %v, want the last two stored", last-2, got)
	}
}

// FuzzText checks that no search text makes the full-text query fail.
func FuzzText(f *testing.F) {
	for _, s := range []string{"zapopan", `"`, "a OR b", "NEAR(a b)", "*", "a*", "-a", "^a", "a:b", "(", "ñandú", "\x00", "é́"} {
		f.Add(s)
	}
	s, _ := open(f)
	if _, err := s.Save(context.Background(), []Entry{entry(1, 2)}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if err := s.Incidents(context.Background(), Filter{Text: q}, func(Listed) error { return nil }); err != nil {
			t.Errorf("Text %q: %v", q, err)
		}
	})
}

// TestBBoxAgreesWithBruteForce checks the listing of boxes and time ranges,
// sparse (through the spatial index) and dense (through the time index),
// against a plain scan, with points on the boxes' edges.
func TestBBoxAgreesWithBruteForce(t *testing.T) {
	s, _ := open(t)
	rng := rand.New(rand.NewPCG(7, 8))
	base := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	type point struct {
		id       string
		lon, lat float64
		t        *time.Time
	}
	var pts []point
	var entries []Entry
	for r := 0; r < 400; r++ {
		e := Entry{Report: model.Report{ID: fmt.Sprintf("r%03d", r), Text: "x"}}
		for k := 0; k < 10; k++ {
			// On a grid of 0.5 degrees half the time, so that boxes with
			// edges on the grid have points on their edges.
			lon, lat := -117+rng.Float64()*30, 14+rng.Float64()*18
			if rng.IntN(2) == 0 {
				lon, lat = math.Round(lon*2)/2, math.Round(lat*2)/2
			}
			p := point{id: fmt.Sprintf("r%03d-%d", r, k), lon: lon, lat: lat}
			if rng.IntN(10) > 0 {
				tt := base.Add(time.Duration(rng.IntN(30*24)) * time.Hour)
				p.t = &tt
			}
			pts = append(pts, p)
			e.Incidents = append(e.Incidents, model.Incident{ID: p.id, Type: model.Blockade, Time: p.t,
				Location: model.Location{Lon: fp(lon), Lat: fp(lat)}})
		}
		entries = append(entries, e)
	}
	if _, err := s.Save(context.Background(), entries); err != nil {
		t.Fatal(err)
	}
	for q := 0; q < 200; q++ {
		w, h := 0.5+float64(rng.IntN(4))*0.5, 0.5+float64(rng.IntN(4))*0.5
		if q%4 == 0 {
			w, h = 20, 15 // dense: more than denseBox incidents
		}
		b := BBox{MinLon: -117 + float64(rng.IntN(50))*0.5, MinLat: 14 + float64(rng.IntN(30))*0.5}
		if q%2 == 1 {
			// A corner on a point, whose coordinates 32 bits round.
			p := pts[rng.IntN(len(pts))]
			b.MinLon, b.MinLat = p.lon, p.lat
		}
		b.MaxLon, b.MaxLat = b.MinLon+w, b.MinLat+h
		f := Filter{BBox: &b}
		if q%3 > 0 {
			f.Since = base.Add(time.Duration(rng.IntN(20*24)) * time.Hour)
			f.Until = f.Since.Add(time.Duration(1+rng.IntN(10*24)) * time.Hour)
		}
		var want []string
		for _, p := range pts {
			in := p.lon >= b.MinLon && p.lon <= b.MaxLon && p.lat >= b.MinLat && p.lat <= b.MaxLat
			if !f.Since.IsZero() {
				in = in && p.t != nil && !p.t.Before(f.Since) && p.t.Before(f.Until)
			}
			if in {
				want = append(want, p.id)
			}
		}
		var got []string
		for _, l := range list(t, s, f) {
			got = append(got, l.ID)
		}
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("box %+v, %v–%v: got %d incidents, want %d", b, f.Since, f.Until, len(got), len(want))
		}
	}
}

// TestMigrationIndexesExistingIncidents opens a database of schema version
// 1 with an incident in it: after the migration, the incident is found by
// its words and by a box.
func TestMigrationIndexesExistingIncidents(t *testing.T) {
	s := openOld(t,
		migrations[0],
		`PRAGMA user_version = 1`,
		`INSERT INTO reports (id, text) VALUES ('r', 'Queman un camión en Tepatitlán.')`,
		`INSERT INTO incidents (pk, id, report_id, ordinal, type, lat, lon, time) VALUES (7, 'r-0', 'r', 0, 'arson', 20.8, -102.76, 1771750000)`,
		`INSERT INTO evidence (incident, ordinal, report_id, start, "end") VALUES (7, 0, 'r', 0, 34)`,
	)
	box := &BBox{MinLon: -103, MinLat: 20, MaxLon: -102, MaxLat: 21}
	for _, f := range []Filter{{Text: "camion tepatitlan"}, {BBox: box}, {BBox: box, Since: time.Unix(1771740000, 0)}} {
		if got := ids(t, s, f); got != "r-0" {
			t.Errorf("%+v: got %q, want r-0", f, got)
		}
	}
}

// TestConcurrentPagesDoNotDeadlock lists pages of many filter shapes at
// once, more than the read connections: preparing their statements must
// not wait for connections that listings hold. The deadlock it guards
// against (found by the api benchmark) depends on timing, so this test can
// miss it; it fails by its timeout when it does not.
func TestConcurrentPagesDoNotDeadlock(t *testing.T) {
	s := searchStore(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	day := time.Date(2026, 2, 22, 0, 0, 0, 0, time.UTC)
	errc := make(chan error, 64)
	for g := 0; g < 64; g++ {
		go func() {
			f := Filter{Limit: 1 + g%3, BBox: &BBox{MinLon: -110, MinLat: 15, MaxLon: -90, MaxLat: 30}}
			if g&1 != 0 {
				f.Since = day
			}
			if g&2 != 0 {
				f.StateCode = "14"
			}
			if g&4 != 0 {
				f.MinSeverity = 2
			}
			if g&8 != 0 {
				f.Type = model.Blockade
			}
			if g&16 != 0 {
				f.Text = "zapopan"
			}
			errc <- s.Incidents(ctx, f, func(Listed) error { return nil })
		}()
	}
	for g := 0; g < 64; g++ {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
}

// TestBBoxAcrossBatches checks that every batch adds its own incidents
// with coordinates to the spatial index, once: a batch repeating a stored
// report adds nothing for it, and an incident without coordinates is left
// out.
func TestBBoxAcrossBatches(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	at := func(id string, lat, lon float64) model.Incident {
		return model.Incident{ID: id, Type: model.Blockade,
			Location: model.Location{StateCode: "14", Lat: fp(lat), Lon: fp(lon), Precision: model.GeoMunicipality}}
	}
	first := Entry{Report: model.Report{ID: "r1", Text: "uno"}, Incidents: []model.Incident{at("a", 20.7, -103.4)}}
	second := Entry{Report: model.Report{ID: "r2", Text: "dos"},
		Incidents: []model.Incident{at("b", 20.6, -103.3), {ID: "c", Type: model.Arson}, at("d", 25.0, -107.0)}}
	for _, batch := range [][]Entry{{first}, {first, second}} {
		if _, err := s.Save(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM incident_geo`).Scan(&n); err != nil || n != 3 {
		t.Errorf("incident_geo has %d rows (%v), want 3 (a, b, d)", n, err)
	}
	var ids []string
	for _, x := range list(t, s, Filter{BBox: &BBox{MinLon: -104, MinLat: 20, MaxLon: -103, MaxLat: 21}}) {
		ids = append(ids, x.ID)
	}
	if strings.Join(ids, " ") != "a b" {
		t.Errorf("box around Guadalajara lists %v, want [a b]", ids)
	}
}

// TestMigrationTextIndexKeepsNoCopy opens a database of schema version 10
// whose full-text index holds a copy of each evidence span: after the
// migration, the index holds none (no content table), finds the incidents
// by their words as before, and deleting an incident takes its words out.
func TestMigrationTextIndexKeepsNoCopy(t *testing.T) {
	ctx := context.Background()
	s := openOld(t, append(slices.Clone(migrations[:10]), `PRAGMA user_version = 10`,
		`INSERT INTO reports (id, text) VALUES ('r', 'Queman un camión en Tepatitlán. Balacera en Zapopan.')`,
		`INSERT INTO incidents (pk, id, report_id, ordinal, type) VALUES (7, 'r-0', 'r', 0, 'arson'), (8, 'r-1', 'r', 1, 'armed_clash')`,
		`INSERT INTO evidence (incident, ordinal, report_id, start, "end") VALUES (7, 0, 'r', 0, 33), (8, 0, 'r', 34, 54)`,
		`INSERT INTO incident_text(rowid, text) VALUES (7 * 1024, 'Queman un camión en Tepatitlán.'), (8 * 1024, 'Balacera en Zapopan.')`)...)
	var n int
	if err := s.w.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = 'incident_text_content'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("content tables of the text index: %d, %v; want none", n, err)
	}
	for _, c := range []struct{ text, want string }{
		{"camion tepatitlan", "r-0"}, {"balacera", "r-1"}, {"en", "r-0 r-1"}, {"zapo*", "r-1"}, {"camion zapopan", ""},
	} {
		if got := ids(t, s, Filter{Text: c.text}); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
	if _, err := s.w.ExecContext(ctx, `DELETE FROM incidents WHERE pk = 8`); err != nil {
		t.Fatal(err)
	}
	if got := ids(t, s, Filter{Text: "balacera"}); got != "" {
		t.Errorf("balacera after its incident was deleted: got %q, want none", got)
	}
}

// openOld makes a database with the statements qs (an older schema and its
// rows), as an older program left it, and opens it with Open.
func openOld(t *testing.T, qs ...string) *Store {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := openDB(dsn(path, ""))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%.40s: %v", q, err)
		}
	}
	db.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
