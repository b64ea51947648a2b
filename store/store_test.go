package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
	"modernc.org/sqlite"
)

func open(tb testing.TB) (*Store, string) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "t.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s, path
}

func fp(f float64) *float64 { return &f }

func tp(t time.Time) *time.Time { return &t }

// sampleText is a fictional news item; the byte offsets of its sentences
// are computed by sentence().
const sampleText = "Un grupo armado bloqueó la carretera federal 15D a la altura de Zapotlanejo, Jalisco, la madrugada de este lunes. " +
	"Al menos tres personas murieron y dos más resultaron heridas, informó la Fiscalía estatal. " +
	"Elementos de la Guardia Nacional detuvieron a cuatro presuntos integrantes del CJNG — «según testigos» — en Tonalá."

func sentence(text string, n int) (int, int) {
	start := 0
	for i := 0; ; i++ {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text)
		} else {
			end += start + 1
		}
		if i == n {
			return start, end
		}
		start = end + 1
	}
}

// entry builds a report with k incidents; i makes its content unique.
func entry(i, k int) Entry {
	text := fmt.Sprintf("Nota %d. %s", i, sampleText)
	id := fmt.Sprintf("h%08d", i)
	r := model.Report{
		ID: id, Source: "diario-ficticio", URL: fmt.Sprintf("https://example.org/n/%d", i),
		Kind: model.KindNews, Lang: "es", Title: fmt.Sprintf("Bloqueo %d", i),
		Published: time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute),
		Fetched:   time.Date(2026, 3, 2, 16, 0, 0, 0, time.UTC),
		Text:      text, Origin: "corpus.jsonl:" + fmt.Sprint(i+1),
	}
	var ins []model.Incident
	for j := 0; j < k; j++ {
		s, e := sentence(text, 1+j%3)
		ins = append(ins, model.Incident{
			ID: fmt.Sprintf("%s-%d", id, j), ReportID: id, Type: model.Blockade,
			Actors:   []model.Actor{{Name: "Cártel Jalisco Nueva Generación", Kind: model.Cartel, Role: model.Perpetrator}},
			Location: model.Location{StateCode: "14", State: "Jalisco", Precision: model.GeoState},
			Time:     tp(time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)),
			Counts:   model.Counts{Killed: &model.Count{N: 3, AtLeast: true}},
			Severity: 2, Confidence: 0.7,
			Evidence: []model.Span{{ReportID: id, Start: s, End: e, Text: text[s:e]}},
		})
	}
	return Entry{Report: r, Incidents: ins}
}

func list(tb testing.TB, s *Store, f Filter) []Listed {
	tb.Helper()
	var out []Listed
	if err := s.Incidents(context.Background(), f, func(l Listed) error {
		out = append(out, l)
		return nil
	}); err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestOpenReopenAndVersion(t *testing.T) {
	ctx := context.Background()
	s, path := open(t)
	if _, err := s.Save(ctx, []Entry{entry(1, 2)}); err != nil {
		t.Fatal(err)
	}
	var mode string
	if err := s.r.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	var fk int
	if err := s.w.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	nr, ni, err := s2.Counts(ctx)
	if err != nil || nr != 1 || ni != 2 {
		t.Errorf("after reopen Counts = %d, %d, %v; want 1, 2", nr, ni, err)
	}
	if _, err := s2.w.ExecContext(ctx, "PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s2.Close()
	if _, err := Open(ctx, path); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("Open of a newer schema: err = %v, want ErrNewerSchema", err)
	}
}

func TestOpenOddPath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a dir?#%")
	path := filepath.Join(dir, "x.db")
	if err := mkdir(dir); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Save(context.Background(), []Entry{entry(1, 1)}); err != nil {
		t.Fatal(err)
	}
	if !fileExists(path) {
		t.Errorf("database not created at %q", path)
	}
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	text := "Hostile «text» with \"quotes\", ñ, 🙂 and\nnewlines; =cmd()."
	full := model.Incident{
		ID: "inc-full", ReportID: "rep-1", Type: model.ArmedClash,
		Actors: []model.Actor{
			{Name: "Cártel de Sinaloa", Kind: model.Cartel, Role: model.Perpetrator},
			{Name: "Guardia Nacional", Kind: model.StateForce, Role: model.Target},
		},
		Location: model.Location{
			StateCode: "25", State: "Sinaloa", MunicipalityCode: "25006", Municipality: "Culiacán",
			Locality: "Culiacán Rosales", Place: "colonia Centro", Neighborhood: "Las Quintas", Lat: fp(24.8091), Lon: fp(-107.394),
			Precision: model.GeoPoint, Basis: model.BasisText,
		},
		Time: tp(time.Date(2026, 1, 5, 6, 30, 0, 0, time.UTC)), TimePrecision: model.TimeMinute,
		Counts: model.Counts{
			Killed:    &model.Count{N: 0},
			Injured:   &model.Count{N: 4, AtLeast: true},
			Detained:  &model.Count{N: 2},
			Kidnapped: &model.Count{N: 1, AtLeast: true},
		},
		Severity: 3, Confidence: 0.85,
		Evidence: []model.Span{
			{ReportID: "rep-1", Start: 0, End: 7, Text: text[0:7]},
			{ReportID: "rep-1", Start: 8, End: 23, Text: text[8:23]},        // «text» is multibyte
			{ReportID: "rep-1", Start: 45, End: len(text), Text: text[45:]}, // ends the text
			{ReportID: "rep-1", Start: 3, End: 3, Text: ""},
		},
	}
	bare := model.Incident{ID: "inc-bare", ReportID: "rep-1", Type: model.Advisory}
	denial := model.Incident{ID: "inc-denial", ReportID: "rep-1", Type: model.Arson, Denial: true}
	tally := model.Incident{ID: "inc-tally", ReportID: "rep-1", Type: model.Blockade, Tally: true,
		Location: model.Location{Place: "México", Precision: model.GeoCountry}}
	e := Entry{
		Report: model.Report{ID: "rep-1", GivenID: "feed-77", Source: "src", URL: "https://e.org/1",
			Title: "T", Published: time.Date(2026, 1, 5, 12, 0, 0, 0, time.UTC), Text: text},
		Incidents: []model.Incident{full, bare, denial, tally},
	}
	if n, err := s.Save(ctx, []Entry{e}); err != nil || n != 1 {
		t.Fatalf("Save = %d, %v", n, err)
	}
	got := list(t, s, Filter{})
	if len(got) != 4 {
		t.Fatalf("listed %d incidents, want 4", len(got))
	}
	// Unknown times are listed by id: bare, denial, tally.
	if !reflect.DeepEqual(got[2].Incident, denial) || !reflect.DeepEqual(got[3].Incident, tally) {
		t.Errorf("denial and tally:\n got %+v\n     %+v", got[2].Incident, got[3].Incident)
	}
	// Known time first, unknown last.
	if !reflect.DeepEqual(got[0].Incident, full) {
		t.Errorf("full incident:\n got %+v\nwant %+v", got[0].Incident, full)
	}
	if !reflect.DeepEqual(got[1].Incident, bare) {
		t.Errorf("bare incident:\n got %+v\nwant %+v", got[1].Incident, bare)
	}
	for _, l := range got {
		if l.ReportPublicID != "feed-77" || l.Source != "src" || l.URL != "https://e.org/1" || l.Title != "T" ||
			!l.Published.Equal(e.Report.Published) {
			t.Errorf("listing fields of %s: %+v", l.ID, l)
		}
	}
	for _, sp := range got[0].Evidence {
		if sp.Text != text[sp.Start:sp.End] {
			t.Errorf("evidence %d:%d = %q, want %q", sp.Start, sp.End, sp.Text, text[sp.Start:sp.End])
		}
	}
}

func TestReportPublicIDFallsBackToHash(t *testing.T) {
	s, _ := open(t)
	e := entry(3, 1)
	if _, err := s.Save(context.Background(), []Entry{e}); err != nil {
		t.Fatal(err)
	}
	got := list(t, s, Filter{})
	if len(got) != 1 || got[0].ReportPublicID != e.Report.ID {
		t.Errorf("ReportPublicID = %+v, want %q", got, e.Report.ID)
	}
}

func TestSaveSkipsDuplicates(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	a, b, c := entry(1, 3), entry(2, 2), entry(3, 1)
	tests := []struct {
		batch          []Entry
		added          int
		reports, incis int
	}{
		{[]Entry{a, b}, 2, 2, 5},
		{[]Entry{a, b}, 0, 2, 5},    // the same batch again
		{[]Entry{b, c, c}, 1, 3, 6}, // one new, repeated within the batch
		{nil, 0, 3, 6},
	}
	for i, tt := range tests {
		n, err := s.Save(ctx, tt.batch)
		if err != nil || n != tt.added {
			t.Errorf("%d: Save = %d, %v; want %d", i, n, err, tt.added)
		}
		nr, ni, err := s.Counts(ctx)
		if err != nil || nr != tt.reports || ni != tt.incis {
			t.Errorf("%d: Counts = %d, %d, %v; want %d, %d", i, nr, ni, err, tt.reports, tt.incis)
		}
	}
	for _, id := range []string{a.Report.ID, c.Report.ID} {
		if ok, err := s.Has(ctx, id); !ok || err != nil {
			t.Errorf("Has(%q) = %v, %v", id, ok, err)
		}
	}
	if ok, err := s.Has(ctx, "nope"); ok || err != nil {
		t.Errorf("Has(nope) = %v, %v", ok, err)
	}
}

func TestSaveIsAtomic(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	good := entry(1, 2)
	bad := entry(2, 2)
	bad.Incidents[1].Evidence[0].End = len(bad.Report.Text) + 1
	_, err := s.Save(ctx, []Entry{good, bad})
	if !errors.Is(err, ErrInvalidSpan) {
		t.Fatalf("Save with a bad span: err = %v, want ErrInvalidSpan", err)
	}
	if nr, ni, _ := s.Counts(ctx); nr != 0 || ni != 0 {
		t.Errorf("after a failed Save Counts = %d, %d; want 0, 0", nr, ni)
	}
	for _, sp := range []model.Span{{Start: -1, End: 2}, {Start: 5, End: 4}, {ReportID: "absent", Start: 0, End: 1}} {
		e := entry(3, 1)
		e.Incidents[0].Evidence = []model.Span{sp}
		if _, err := s.Save(ctx, []Entry{e}); err == nil {
			t.Errorf("Save with span %+v succeeded", sp)
		}
	}
	if _, err := s.Save(ctx, []Entry{{Report: model.Report{Text: "no id"}}}); err == nil {
		t.Error("Save of a report without ID succeeded")
	}
	if n, err := s.Save(ctx, []Entry{good}); n != 1 || err != nil {
		t.Errorf("Save after failures = %d, %v", n, err)
	}
}

func TestEvidenceInAnotherReport(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	a, b := entry(1, 1), entry(2, 1)
	b.Incidents[0].Evidence = append(b.Incidents[0].Evidence, model.Span{ReportID: a.Report.ID, Start: 0, End: 6})
	if _, err := s.Save(ctx, []Entry{a, b}); err != nil {
		t.Fatal(err)
	}
	got := list(t, s, Filter{})
	ev := got[1].Evidence
	if len(ev) != 2 || ev[1].ReportID != a.Report.ID || ev[1].Text != a.Report.Text[:6] {
		t.Errorf("evidence = %+v", ev)
	}
}

func TestMissingIDsAreFilled(t *testing.T) {
	s, _ := open(t)
	e := entry(1, 2)
	e.Incidents[0].ID, e.Incidents[1].ID = "", ""
	e.Incidents[0].ReportID = "" // taken from the entry
	e.Incidents[0].Evidence[0].ReportID = ""
	if _, err := s.Save(context.Background(), []Entry{e}); err != nil {
		t.Fatal(err)
	}
	got := list(t, s, Filter{})
	ids := map[string]bool{}
	for _, l := range got {
		ids[l.ID] = true
		if l.ReportID != e.Report.ID || l.Evidence[0].ReportID != e.Report.ID {
			t.Errorf("incident %s: report ids %q, %q", l.ID, l.ReportID, l.Evidence[0].ReportID)
		}
	}
	if !ids[e.Report.ID+"-0"] || !ids[e.Report.ID+"-1"] {
		t.Errorf("ids = %v", ids)
	}
}

func TestFilter(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	base := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	mk := func(id string, typ model.IncidentType, state string, day int) model.Incident {
		in := model.Incident{ID: id, Type: typ, Location: model.Location{StateCode: state}}
		if day >= 0 {
			in.Time = tp(base.AddDate(0, 0, day))
		}
		return in
	}
	e := Entry{Report: model.Report{ID: "r", Text: "x"}, Incidents: []model.Incident{
		mk("e", model.Homicide, "14", 2),
		mk("a", model.Blockade, "14", 0),
		mk("d", model.Blockade, "16", 1),
		mk("c", model.Blockade, "14", 1),
		mk("z", model.Blockade, "14", -1), // unknown time
		mk("b", model.Arson, "", -1),
	}}
	if _, err := s.Save(ctx, []Entry{e}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    Filter
		want string
	}{
		{"all ordered by time then id, unknown last", Filter{}, "a c d e b z"},
		{"since", Filter{Since: base.AddDate(0, 0, 1)}, "c d e"},
		{"until exclusive", Filter{Until: base.AddDate(0, 0, 1)}, "a"},
		{"window", Filter{Since: base.AddDate(0, 0, 1), Until: base.AddDate(0, 0, 2)}, "c d"},
		{"state", Filter{StateCode: "14"}, "a c e z"},
		{"type", Filter{Type: model.Blockade}, "a c d z"},
		{"state and type", Filter{StateCode: "14", Type: model.Blockade}, "a c z"},
		{"limit", Filter{Limit: 2}, "a c"},
		{"nothing", Filter{Type: model.Policy}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids []string
			for _, l := range list(t, s, tt.f) {
				ids = append(ids, l.ID)
			}
			if got := strings.Join(ids, " "); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIncidentsStopsOnCallbackError(t *testing.T) {
	s, _ := open(t)
	if _, err := s.Save(context.Background(), []Entry{entry(1, 3)}); err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop")
	n := 0
	err := s.Incidents(context.Background(), Filter{}, func(Listed) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("Incidents = %v after %d calls; want stop after 1", err, n)
	}
}

func TestConcurrentReadsDuringSave(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	done := make(chan error)
	go func() {
		for i := 0; i < 20; i++ {
			batch := make([]Entry, 50)
			for j := range batch {
				batch[j] = entry(i*50+j, 3)
			}
			if _, err := s.Save(ctx, batch); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			nr, ni, _ := s.Counts(ctx)
			if nr != 1000 || ni != 3000 {
				t.Errorf("Counts = %d, %d; want 1000, 3000", nr, ni)
			}
			return
		default:
		}
		if _, err := s.Has(ctx, "h00000001"); err != nil {
			t.Fatal(err)
		}
		nr, ni, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if ni != 3*nr {
			t.Fatalf("a reader saw a half-saved batch: %d reports, %d incidents", nr, ni)
		}
	}
}

// BenchmarkSave stores batches of 250 news-size reports of three
// incidents each, with ids as ingest makes them (content hashes, in no
// order: the indexes keyed by them are written at random places), and
// reports the pages the writer wrote a report.
func BenchmarkSave(b *testing.B) {
	const batchSize = 250
	ctx := context.Background()
	s, _ := open(b)
	// News-size reports: pad the sample to about 4 KB.
	pad := strings.Repeat(" Las autoridades no reportaron más detalles sobre el hecho.", 64)
	var size int64
	mkBatch := func(n int) []Entry {
		batch := make([]Entry, batchSize)
		for j := range batch {
			e := entry(n*batchSize+j, 3)
			e.Report.Text += pad
			h := sha256.Sum256([]byte(e.Report.ID))
			rid := hex.EncodeToString(h[:16])
			e.Report.ID = rid
			for k := range e.Incidents {
				e.Incidents[k].ID, e.Incidents[k].ReportID = fmt.Sprintf("%s-%d", rid, k+1), rid
				e.Incidents[k].Evidence[0].ReportID = rid
			}
			batch[j] = e
		}
		return batch
	}
	pages := func() int {
		conn, err := s.w.Conn(ctx)
		if err != nil {
			b.Fatal(err)
		}
		defer conn.Close()
		var n int
		if err := conn.Raw(func(dc any) error {
			n, _, err = dc.(sqlite.DBStatus).Status(sqlite.DBStatusCacheWrite, false)
			return err
		}); err != nil {
			b.Fatal(err)
		}
		return n
	}
	pages0 := pages()
	for _, e := range mkBatch(0) {
		size += int64(len(e.Report.Text))
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		batch := mkBatch(i)
		b.StartTimer()
		if n, err := s.Save(ctx, batch); err != nil || n != batchSize {
			b.Fatalf("Save = %d, %v", n, err)
		}
	}
	b.ReportMetric(float64(b.N*batchSize)/b.Elapsed().Seconds(), "reports/s")
	b.ReportMetric(float64(pages()-pages0)/float64(b.N*batchSize), "pages/report")
}

func mkdir(dir string) error { return os.MkdirAll(dir, 0o755) }

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func BenchmarkIncidents(b *testing.B) {
	ctx := context.Background()
	s, _ := open(b)
	const reports = 2000
	for i := 0; i < reports; i += 250 {
		batch := make([]Entry, 250)
		for j := range batch {
			batch[j] = entry(i+j, 3)
		}
		if _, err := s.Save(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		if err := s.Incidents(ctx, Filter{}, func(Listed) error { n++; return nil }); err != nil || n != 3*reports {
			b.Fatalf("listed %d, %v", n, err)
		}
	}
	b.ReportMetric(float64(b.N*3*reports)/b.Elapsed().Seconds(), "incidents/s")
}

// TestListingMergesChildren checks that actors and evidence go to their own
// incident whatever their numbers and the order of the listing.
func TestListingMergesChildren(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	text := "0123456789abcdefghij"
	var want []model.Incident
	e := Entry{Report: model.Report{ID: "r", Text: text}}
	for i, n := range []int{0, 2, 1, 0, 3, 1, 0} {
		in := model.Incident{ID: fmt.Sprintf("i%d", 9-i), ReportID: "r", Type: model.Homicide}
		if i%3 != 2 {
			in.Time = tp(time.Date(2026, 1, 1+(i*5)%7, 0, 0, 0, 0, time.UTC))
		}
		for j := 0; j < n; j++ {
			in.Actors = append(in.Actors, model.Actor{Name: fmt.Sprintf("actor %d.%d", i, j), Kind: model.Cartel})
		}
		for j := 0; j < (n+1)%3; j++ {
			in.Evidence = append(in.Evidence, model.Span{ReportID: "r", Start: i, End: i + j + 1, Text: text[i : i+j+1]})
		}
		want = append(want, in)
		e.Incidents = append(e.Incidents, in)
	}
	if _, err := s.Save(ctx, []Entry{e}); err != nil {
		t.Fatal(err)
	}
	byID := map[string]model.Incident{}
	for _, in := range want {
		byID[in.ID] = in
	}
	for _, limit := range []int{0, 3} {
		got := list(t, s, Filter{Limit: limit})
		if limit > 0 && len(got) != limit || limit == 0 && len(got) != len(want) {
			t.Fatalf("limit %d: listed %d", limit, len(got))
		}
		for k, l := range got {
			if !reflect.DeepEqual(l.Incident, byID[l.ID]) {
				t.Errorf("limit %d: %s:\n got %+v\nwant %+v", limit, l.ID, l.Incident, byID[l.ID])
			}
			if k > 0 && less(l.Incident, got[k-1].Incident) {
				t.Errorf("limit %d: %s listed after %s", limit, l.ID, got[k-1].ID)
			}
		}
	}
}

// less is the listing order: time, unknown last, then id.
func less(a, b model.Incident) bool {
	switch {
	case a.Time == nil && b.Time == nil:
		return a.ID < b.ID
	case a.Time == nil:
		return false
	case b.Time == nil:
		return true
	case !a.Time.Equal(*b.Time):
		return a.Time.Before(*b.Time)
	}
	return a.ID < b.ID
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	junk := filepath.Join(t.TempDir(), "junk.db")
	if err := os.WriteFile(junk, []byte(strings.Repeat("not a database ", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"", filepath.Join(t.TempDir(), "no", "such", "dir", "x.db"), junk} {
		s, err := Open(ctx, path)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded", path)
		} else if path != "" && !strings.Contains(err.Error(), path) {
			t.Errorf("Open(%q) error %q does not name the file", path, err)
		}
	}
}

// TestMigrateFromVersion1 opens a database written at schema version 1,
// before denials and tallies: it is migrated, its incidents read back as
// neither, and new ones keep their flags.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	s := openOld(t, migrations[0], "PRAGMA user_version = 1",
		`INSERT INTO reports (id, text) VALUES ('r1', 'Bloqueo en Zapopan.')`,
		`INSERT INTO incidents (id, report_id, ordinal, type) VALUES ('r1-1', 'r1', 0, 'blockade')`)
	var v int
	if err := s.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil || v != len(migrations) {
		t.Fatalf("user_version = %d, %v; want %d", v, err, len(migrations))
	}
	// Migration 13 drops the index of evidence by report.
	var n int
	if err := s.w.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'evidence_report'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("evidence_report: %d, %v; want it dropped", n, err)
	}
	e := Entry{Report: model.Report{ID: "r2", Text: "Desmienten bloqueo."},
		Incidents: []model.Incident{{ID: "r2-1", Type: model.Blockade, Denial: true}}}
	if _, err := s.Save(ctx, []Entry{e}); err != nil {
		t.Fatal(err)
	}
	got := list(t, s, Filter{})
	if len(got) != 2 || got[0].ID != "r1-1" || got[0].Denial || got[0].Tally || got[1].ID != "r2-1" || !got[1].Denial {
		t.Errorf("after migration: %+v", got)
	}
}

// TestSourcePlaces checks the per-source counts of the states reports
// name: once per report and state, only for places taken from the text,
// under the folded source name, not again for a report already stored.
func TestSourcePlaces(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	inc := func(code string, basis model.GeoBasis) model.Incident {
		return model.Incident{Type: model.Homicide, Location: model.Location{StateCode: code, Precision: model.GeoState, Basis: basis}}
	}
	town := inc("11", model.BasisText)
	town.Location.MunicipalityCode = "11020"
	entries := []Entry{
		{Report: model.Report{ID: "a", Source: "Periódico Correo", Text: "uno"},
			Incidents: []model.Incident{inc("11", model.BasisText), inc("11", model.BasisText), inc("14", model.BasisText)}},
		{Report: model.Report{ID: "b", Source: "periodico  correo", Text: "dos"},
			Incidents: []model.Incident{town, town, inc("16", model.BasisOutletPrior)}},
		{Report: model.Report{ID: "c", Source: "", Text: "tres"}, Incidents: []model.Incident{inc("11", model.BasisText)}},
		{Report: model.Report{ID: "d", Source: "Alerta", Text: "cuatro"}, Incidents: []model.Incident{inc("09", model.BasisFeed)}},
	}
	if _, err := s.Save(ctx, entries); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(ctx, entries[:1]); err != nil { // already stored: not counted again
		t.Fatal(err)
	}
	// A later batch adds to the counts stored.
	later := Entry{Report: model.Report{ID: "e", Source: "PERIODICO CORREO", Text: "cinco"},
		Incidents: []model.Incident{inc("14", model.BasisText)}}
	if _, err := s.Save(ctx, []Entry{entries[0], later}); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	if err := s.SourcePlaces(ctx, func(src, code string, n int) { got[src+"/"+code] = n }); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"periodico correo/11": 2, "periodico correo/14": 2, "periodico correo/11020": 1}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SourcePlaces = %v, want %v", got, want)
	}
	l := list(t, s, Filter{})
	bases := map[model.GeoBasis]int{}
	for _, x := range l {
		bases[x.Location.Basis]++
	}
	if bases[model.BasisText] != 7 || bases[model.BasisOutletPrior] != 1 || bases[model.BasisFeed] != 1 {
		t.Errorf("stored bases = %v, want 7 text, 1 outlet_prior, 1 feed", bases)
	}
}

// TestSaveRowsAcrossReports saves batches whose incident, actor and
// evidence rows fill several multi-row statements, each statement holding
// rows of several reports (and a report's rows split across statements):
// every incident must come back with its own actors and evidence.
func TestSaveRowsAcrossReports(t *testing.T) {
	for _, tc := range []struct {
		name               string
		reports, incidents int
	}{
		{"one report, rows past a statement", 1, 70},
		{"many reports of three", 25, 3},
		{"reports of one, rows past two statements", 70, 1},
		{"reports of eleven", 7, 11},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := open(t)
			ctx := context.Background()
			var batch []Entry
			want := map[string]model.Incident{}
			for i := range tc.reports {
				e := entry(i, tc.incidents)
				for j := range e.Incidents {
					in := &e.Incidents[j]
					// Actors vary in number, so that the actor
					// statements cut elsewhere than the incident ones.
					in.Actors = nil
					for a := range 1 + j%3 {
						in.Actors = append(in.Actors, model.Actor{Name: fmt.Sprintf("Grupo %s/%d", in.ID, a), Kind: model.Cartel})
					}
					want[in.ID] = *in
				}
				batch = append(batch, e)
			}
			if n, err := s.Save(ctx, batch); err != nil || n != tc.reports {
				t.Fatalf("Save = %d, %v; want %d, nil", n, err, tc.reports)
			}
			got := list(t, s, Filter{})
			if len(got) != len(want) {
				t.Fatalf("%d incidents stored, want %d", len(got), len(want))
			}
			for _, l := range got {
				w, ok := want[l.ID]
				if !ok {
					t.Fatalf("incident %q stored, not saved", l.ID)
				}
				if len(l.Actors) != len(w.Actors) {
					t.Fatalf("incident %q: %d actors, want %d", l.ID, len(l.Actors), len(w.Actors))
				}
				for a := range w.Actors {
					if l.Actors[a].Name != w.Actors[a].Name {
						t.Errorf("incident %q actor %d = %q, want %q", l.ID, a, l.Actors[a].Name, w.Actors[a].Name)
					}
				}
				if len(l.Evidence) != 1 || l.Evidence[0].Start != w.Evidence[0].Start || l.Evidence[0].End != w.Evidence[0].End ||
					l.Evidence[0].ReportID != w.ReportID {
					t.Errorf("incident %q evidence = %+v, want %+v", l.ID, l.Evidence, w.Evidence)
				}
			}
		})
	}
}
