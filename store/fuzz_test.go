package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/atalaya/atalaya/model"
)

// FuzzEvidence checks that evidence text comes back byte for byte as
// Text[Start:End] whatever the text holds (NUL, invalid UTF-8, spans cutting
// runes), and that out-of-range spans are refused.
func FuzzEvidence(f *testing.F) {
	f.Add("Balacera en Culiacán, Sinaloa.", 3, 12)
	f.Add("a\x00b\xffc", 1, 4)
	f.Add("ñ", 1, 2)
	f.Add("", 0, 0)
	s, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	n := 0
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		n++
		ctx := context.Background()
		id := fmt.Sprintf("fuzz-%d", n)
		e := Entry{Report: model.Report{ID: id, Text: text}, Incidents: []model.Incident{{
			ID: id + "-0", Type: model.Homicide, Evidence: []model.Span{{Start: start, End: end}},
		}}}
		_, err := s.Save(ctx, []Entry{e})
		valid := 0 <= start && start <= end && end <= len(text)
		if !valid {
			if err == nil {
				t.Fatalf("span [%d,%d) of a %d-byte text accepted", start, end, len(text))
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		found := false
		err = s.Incidents(ctx, Filter{}, func(l Listed) error {
			if l.ID != id+"-0" {
				return nil
			}
			found = true
			if len(l.Evidence) != 1 || l.Evidence[0].Text != text[start:end] {
				t.Errorf("evidence = %+v, want %q", l.Evidence, text[start:end])
			}
			return nil
		})
		if err != nil || !found {
			t.Fatalf("listing: %v, found %v", err, found)
		}
	})
}
