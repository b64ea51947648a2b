// Package tripwire is a test-only panic seam for extraction: an extractor
// that panics on the reports a test marks, as a bug of extraction would,
// so that tests can hold that one report's panic loses nothing else.
package tripwire

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// Marker in a report's text trips the wire.
const Marker = "TRIPWIRE"

// Panic is the value the wire panics with.
const Panic = "tripwire: test seam"

// Extractor is a real extractor (ingest.Extractor; this package cannot
// name it without an import cycle) that panics on the reports whose text
// holds Marker, or, if Trips is set, those it reports.
type Extractor struct {
	Real interface {
		Extract(r model.Report) []model.Incident
	}
	Trips func(r model.Report) bool
}

// Extract panics on a marked report and extracts any other with Real.
func (w Extractor) Extract(r model.Report) []model.Incident {
	trips := strings.Contains(r.Text, Marker)
	if w.Trips != nil {
		trips = w.Trips(r)
	}
	if trips {
		panic(Panic)
	}
	return w.Real.Extract(r)
}
