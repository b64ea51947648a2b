// Package export writes listings of stored incidents in the formats of
// `atalaya incidents --format`: an aligned table for people, a JSON array,
// JSON Lines, CSV and a GeoJSON FeatureCollection.
//
// Every format treats report text as untrusted: JSON and GeoJSON escape it
// (the JSON array and GeoJSON also escape <, > and & so that no markup from
// a report appears in them),
// CSV neutralizes cells that a spreadsheet would run as a formula, and the
// table strips control characters and terminal escape sequences.
//
// Unknown values are JSON null (empty cells in CSV, "-" in the table), never
// 0 or "": an unknown death toll is null, a known toll of zero is 0.
//
// Times are written in RFC 3339 with an offset. The time of an act (an
// incident's time, an event's time_start and time_end, the table's date,
// ACLED's event_date and notes) carries the offset of its place's zone
// (model.Location.Zone: its municipality's or state's, Mexico City's when
// the place is unknown), so that the date written is the act's day there
// (model.Location.Day): 23:30 in Culiacán is written
// 2027-03-08T23:30:00-07:00, not 2027-03-09T00:30:00-06:00. A time told to
// the day is midnight at the place. Publication times and toll histories,
// which are the outlets' and not the act's, carry Mexico City's offset.
package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// Format names a listing format.
type Format string

// The listing formats.
const (
	Table   Format = "table"
	JSON    Format = "json"
	JSONL   Format = "jsonl"
	CSV     Format = "csv"
	GeoJSON Format = "geojson"
)

// Formats lists the formats in the order a usage message shows them.
func Formats() []Format { return []Format{Table, JSON, JSONL, CSV, GeoJSON} }

// ParseFormat returns the format named s (case-insensitive).
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case Table, JSON, JSONL, CSV, GeoJSON:
		return f, nil
	case "ndjson":
		return JSONL, nil
	}
	return "", fmt.Errorf("unknown format %q: want table, json, jsonl, csv or geojson", s)
}

// Writer writes incidents in one format; Close finishes the document (e.g.
// GeoJSON's closing bracket) and flushes it. Close does not close the
// underlying io.Writer. A Writer is not safe for concurrent use.
type Writer interface {
	Write(store.Listed) error
	Close() error
}

// NewWriter returns a Writer of format f on w.
func NewWriter(w io.Writer, f Format) (Writer, error) {
	loc := model.MexicoCity()
	switch f {
	case Table:
		return newTableWriter(w), nil
	case JSON:
		return newJSONWriter(w, loc), nil
	case JSONL:
		return newJSONLWriter(w, loc), nil
	case CSV:
		return newCSVWriter(w, loc), nil
	case GeoJSON:
		return newGeoJSONWriter(w, loc), nil
	}
	return nil, fmt.Errorf("export: unknown format %q", f)
}
