package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/atalaya/atalaya/model"
)

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
