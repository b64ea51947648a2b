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
	trip(r, w.Trips)
	return w.Real.Extract(r)
}

// Accounter is Extractor for a reader that accounts for its reading
// (explain.Reader, whose account is an extract.Account): it panics on the
// marked reports and reads any other with Real.
type Accounter[A any] struct {
	Real interface {
		Account(r model.Report) A
	}
	Trips func(r model.Report) bool
}

// Account panics on a marked report and reads any other with Real.
func (w Accounter[A]) Account(r model.Report) A {
	trip(r, w.Trips)
	return w.Real.Account(r)
}

// trip panics if r is marked: its text holds Marker, or, if trips is
// set, trips reports it.
func trip(r model.Report, trips func(model.Report) bool) {
	tripped := strings.Contains(r.Text, Marker)
	if trips != nil {
		tripped = trips(r)
	}
	if tripped {
		panic(Panic)
	}
}
