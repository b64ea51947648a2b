package bench

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/when"
)

// tripwire is the real extractor with a test-only panic seam: the reports
// whose content hash begins with "0" (about one in sixteen) panic, as a
// bug of extraction would.
type tripwire struct{ ingest.Extractor }

func (w tripwire) Extract(r model.Report) []model.Incident {
	if strings.HasPrefix(r.ID, "0") {
		panic("test seam")
	}
	return w.Extractor.Extract(r)
}

// TestRunFailedExtraction holds that a bench whose extractor panics on
// some reports runs to its end and fails naming the first of them.
func TestRunFailedExtraction(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	w, err := when.New()
	if err != nil {
		t.Fatal(err)
	}
	_, err = Run(context.Background(), Config{Reports: 60, Seed: 5, Extractor: tripwire{extract.New(g, w)}})
	var xe *ingest.ExtractError
	if err == nil || !strings.Contains(err.Error(), "failed extraction") || !errors.As(err, &xe) || xe.Panic != "test seam" {
		t.Errorf("Run = %v, want the failed extractions counted and the first named", err)
	}
}
