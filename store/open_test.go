package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"

	"github.com/atalaya/atalaya/model"
)

func TestOpenWithMmap(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		opts Options
		want int64
	}{
		{"default maps the file", Options{}, mmapSize},
		{"NoMmap reads through the caches", Options{NoMmap: true}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, err := OpenWith(ctx, filepath.Join(t.TempDir(), "m.db"), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var w, r int64
			if err := s.w.QueryRowContext(ctx, "PRAGMA mmap_size").Scan(&w); err != nil {
				t.Fatal(err)
			}
			if err := s.r.QueryRowContext(ctx, "PRAGMA mmap_size").Scan(&r); err != nil {
				t.Fatal(err)
			}
			if w != tt.want || r != tt.want {
				t.Errorf("mmap_size of the writer %d, of a reader %d; want %d", w, r, tt.want)
			}
		})
	}
}

// TestFusionReadsIndexesOnly checks that an incremental fusion finds the
// incidents to re-sweep from indexes that cover what it reads of reports
// and events: their rows (text, JSON) are large.
func TestFusionReadsIndexesOnly(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.r.QueryContext(ctx, "EXPLAIN QUERY PLAN "+sqlFuseIncremental+" SELECT pk FROM sel", 0, 0, 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	// The reports published since the reach, the events open there (the
	// denials, few, look their report up by id).
	for _, step := range []struct{ table, by string }{{"r", "published>?"}, {"e", "closed_key>?"}} {
		table := step.table
		found := false
		for _, d := range plan {
			if strings.HasPrefix(d, "SEARCH "+table+" ") && strings.Contains(d, step.by) {
				found = true
				if !strings.Contains(d, "COVERING INDEX") {
					t.Errorf("the re-sweep reads rows of %s: %q", table, d)
				}
			}
		}
		if !found {
			t.Errorf("no step on %s in the plan:\n%s", table, strings.Join(plan, "\n"))
		}
	}
}

// TestFuseInputOfOwnsItsStrings checks that a fusion input built from
// memory does not share the report's text: an ingest holds tens of
// thousands of them, and a place cut from the text would keep the whole
// text alive.
func TestFuseInputOfOwnsItsStrings(t *testing.T) {
	text := "Bloqueo en la colonia Centro de Zapopan por el CJNG."
	r := model.Report{ID: "r1", Source: "Diario", Text: text}
	in := model.Incident{Type: model.Blockade, Location: model.Location{
		StateCode: "14", State: "Jalisco", Locality: text[22:28], Place: text[22:39]},
		Actors:   []model.Actor{{Name: text[47:51], Kind: model.Cartel}},
		Evidence: []model.Span{{Start: 0, End: len(text)}}}
	got, ok := FuseInputOf(&r, 0, &in)
	if !ok {
		t.Fatal("FuseInputOf: not ok")
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	hi := lo + uintptr(len(text))
	for name, s := range map[string]string{"locality": got.Location.Locality, "place": got.Location.Place,
		"actor": got.Actors[0].Name, "evidence": got.Evidence[0].Text} {
		if s == "" {
			t.Errorf("%s is empty", name)
			continue
		}
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p >= lo && p < hi {
			t.Errorf("%s %q points into the report text", name, s)
		}
	}
	if got.Location.Place != in.Location.Place || got.Actors[0].Name != "CJNG" {
		t.Errorf("place %q, actor %q: want the values cut from the text, %q and CJNG", got.Location.Place, got.Actors[0].Name, in.Location.Place)
	}
}
