// Package extracttest provides an extractor for testing the stages after
// extraction (fusion, the store, the API, the map): it returns the
// incidents a test planned for each report, so the test controls exactly
// what is extracted.
package extracttest

import "github.com/atalaya/atalaya/model"

// Planned is an extractor that returns the incident planned for each
// report, keyed by the report's given id, with the report's whole text as
// its evidence.
type Planned map[string]model.Incident

// Extract returns the incident planned for r, or none.
func (p Planned) Extract(r model.Report) []model.Incident {
	in, ok := p[r.GivenID]
	if !ok {
		return nil
	}
	in.ReportID = r.ID
	in.Evidence = []model.Span{{ReportID: r.ID, Start: 0, End: len(r.Text), Text: r.Text}}
	return []model.Incident{in}
}
