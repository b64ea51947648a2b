package bench

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/internal/tripwire"
	"github.com/atalaya/atalaya/model"
)

// oneIn16 trips the reports whose content hash begins with "0".
func oneIn16(r model.Report) bool { return strings.HasPrefix(r.ID, "0") }

// TestRunFailedExtraction holds that a bench whose extractor panics on
// some reports runs to its end and fails naming the first of them.
func TestRunFailedExtraction(t *testing.T) {
	_, err := Run(context.Background(), Config{Reports: 60, Seed: 5, Extractor: tripwire.Extractor{Real: newExtractor(t), Trips: oneIn16}})
	var xe *ingest.ExtractError
	if err == nil || !strings.Contains(err.Error(), "failed extraction") || !errors.As(err, &xe) || xe.Panic != tripwire.Panic {
		t.Errorf("Run = %v, want the failed extractions counted and the first named", err)
	}
}
