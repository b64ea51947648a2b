package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// record is the JSON form of an incident, shared by jsonl and geojson.
// Pointer fields are null when unknown.
type record struct {
	ID                string     `json:"id"`
	ReportID          string     `json:"report_id"`
	Type              *string    `json:"type"`
	State             *string    `json:"state"`
	StateCode         *string    `json:"state_code"`
	Municipality      *string    `json:"municipality"`
	MunicipalityCode  *string    `json:"municipality_code"`
	Locality          *string    `json:"locality"`
	Place             *string    `json:"place"`
	Neighborhood      *string    `json:"neighborhood"`
	Lat               *float64   `json:"lat"`
	Lon               *float64   `json:"lon"`
	GeoPrecision      *int       `json:"geo_precision"`
	GeoBasis          *string    `json:"geo_basis"`
	Time              *string    `json:"time"`
	TimePrecision     *string    `json:"time_precision"`
	Killed            *int       `json:"killed"`
	KilledAtLeast     *bool      `json:"killed_at_least"`
	Injured           *int       `json:"injured"`
	InjuredAtLeast    *bool      `json:"injured_at_least"`
	Detained          *int       `json:"detained"`
	DetainedAtLeast   *bool      `json:"detained_at_least"`
	Kidnapped         *int       `json:"kidnapped"`
	KidnappedAtLeast  *bool      `json:"kidnapped_at_least"`
	Severity          *int       `json:"severity"`
	Actors            []actor    `json:"actors"`
	Evidence          []evidence `json:"evidence"`
	Confidence        *float64   `json:"confidence"`
	Denial            bool       `json:"denial"`
	Tally             bool       `json:"tally"`
	Source            *string    `json:"source"`
	URL               *string    `json:"url"`
	Title             *string    `json:"title"`
	Published         *string    `json:"published"`
	ReportContentHash string     `json:"report_hash"`
}

type actor struct {
	Name string  `json:"name"`
	Kind *string `json:"kind"`
	Role *string `json:"role"`
}

type evidence struct {
	ReportID string `json:"report_id"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

func str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// finite returns f, or nil when it is nil or not a finite number (which JSON
// cannot carry).
func finite(f *float64) *float64 {
	if f == nil || math.IsNaN(*f) || math.IsInf(*f, 0) {
		return nil
	}
	v := *f
	return &v
}

func timeStr(t time.Time, loc *time.Location) *string {
	if t.IsZero() {
		return nil
	}
	s := t.In(loc).Format(time.RFC3339)
	return &s
}

func count(c *model.Count) (*int, *bool) {
	if c == nil {
		return nil, nil
	}
	n, a := c.N, c.AtLeast
	return &n, &a
}

// publicReportID maps a report's content hash to the id users see: the
// listed report's public id for its own hash, the hash otherwise (evidence
// from another report, which the listing does not describe).
func publicReportID(l *store.Listed, hash string) string {
	if hash == l.ReportID && l.ReportPublicID != "" {
		return l.ReportPublicID
	}
	return hash
}

func newRecord(l *store.Listed, loc *time.Location) *record {
	r := &record{
		ID:                l.ID,
		ReportID:          publicReportID(l, l.ReportID),
		Type:              str(string(l.Type)),
		State:             str(l.Location.State),
		StateCode:         str(l.Location.StateCode),
		Municipality:      str(l.Location.Municipality),
		MunicipalityCode:  str(l.Location.MunicipalityCode),
		Locality:          str(l.Location.Locality),
		Place:             str(l.Location.Place),
		Neighborhood:      str(l.Location.Neighborhood),
		Lat:               finite(l.Location.Lat),
		Lon:               finite(l.Location.Lon),
		GeoBasis:          str(string(l.Location.Basis)),
		TimePrecision:     str(string(l.TimePrecision)),
		Confidence:        finite(&l.Confidence),
		Denial:            l.Denial,
		Tally:             l.Tally,
		Source:            str(l.Source),
		URL:               str(l.URL),
		Title:             str(l.Title),
		Published:         timeStr(l.Published, loc),
		ReportContentHash: l.ReportID,
		Actors:            make([]actor, 0, len(l.Actors)),
		Evidence:          make([]evidence, 0, len(l.Evidence)),
	}
	if p := int(l.Location.Precision); p != 0 {
		r.GeoPrecision = &p
	}
	if l.Time != nil {
		r.Time = timeStr(*l.Time, l.Location.Zone())
	}
	r.Killed, r.KilledAtLeast = count(l.Killed)
	r.Injured, r.InjuredAtLeast = count(l.Injured)
	r.Detained, r.DetainedAtLeast = count(l.Detained)
	r.Kidnapped, r.KidnappedAtLeast = count(l.Kidnapped)
	if l.Severity != 0 {
		s := l.Severity
		r.Severity = &s
	}
	for _, a := range l.Actors {
		r.Actors = append(r.Actors, actor{Name: a.Name, Kind: str(string(a.Kind)), Role: str(string(a.Role))})
	}
	for _, sp := range l.Evidence {
		r.Evidence = append(r.Evidence, evidence{
			ReportID: publicReportID(l, sp.ReportID), Start: sp.Start, End: sp.End, Text: sp.Text,
		})
	}
	return r
}

// jsonlWriter writes one JSON object per line.
type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
	loc *time.Location
}

func newJSONLWriter(w io.Writer, loc *time.Location) *jsonlWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{bw: bw, enc: enc, loc: loc}
}

// Write writes l as one line.
func (j *jsonlWriter) Write(l store.Listed) error {
	if err := j.enc.Encode(newRecord(&l, j.loc)); err != nil {
		return fmt.Errorf("export: writing incident %q as JSON: %w", l.ID, err)
	}
	return nil
}

// Close flushes the output.
func (j *jsonlWriter) Close() error {
	if err := j.bw.Flush(); err != nil {
		return fmt.Errorf("export: writing JSON lines: %w", err)
	}
	return nil
}

// MarshalIncident returns l as the JSON object of the json, jsonl and
// geojson formats, with <, > and & escaped.
func MarshalIncident(l store.Listed) ([]byte, error) {
	b, err := json.Marshal(newRecord(&l, model.MexicoCity()))
	if err != nil {
		return nil, fmt.Errorf("export: writing incident %q as JSON: %w", l.ID, err)
	}
	return b, nil
}

// jsonWriter streams a JSON array, one incident per line.
type jsonWriter struct {
	bw      *bufio.Writer
	loc     *time.Location
	started bool
	closed  bool
}

func newJSONWriter(w io.Writer, loc *time.Location) *jsonWriter {
	return &jsonWriter{bw: bufio.NewWriter(w), loc: loc}
}

// Write writes l as an element of the array.
func (j *jsonWriter) Write(l store.Listed) error {
	return j.writeElement("incident", l.ID, newRecord(&l, j.loc))
}

// writeElement writes v as an element of the array; what ("incident",
// "event") names the thing in errors.
func (j *jsonWriter) writeElement(what, id string, v any) error {
	if j.closed {
		return fmt.Errorf("export: writing %s %q to a closed JSON array", what, id)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("export: writing %s %q as JSON: %w", what, id, err)
	}
	return j.writeRaw(b)
}

// writeRaw writes b, a JSON value, as an element of the array.
func (j *jsonWriter) writeRaw(b []byte) error {
	if !j.started {
		j.bw.WriteString("[\n")
		j.started = true
	} else {
		j.bw.WriteString(",\n")
	}
	if _, err := j.bw.Write(b); err != nil {
		return fmt.Errorf("export: writing JSON: %w", err)
	}
	return nil
}

// Close ends the array and flushes the output.
func (j *jsonWriter) Close() error {
	if j.closed {
		return nil
	}
	j.closed = true
	if !j.started {
		j.bw.WriteString("[")
	}
	j.bw.WriteString("\n]\n")
	if err := j.bw.Flush(); err != nil {
		return fmt.Errorf("export: writing JSON: %w", err)
	}
	return nil
}

// geojsonWriter streams a FeatureCollection, one feature per line.
type geojsonWriter struct {
	bw      *bufio.Writer
	loc     *time.Location
	started bool
	closed  bool
}

// feature is one GeoJSON Feature; Properties is an incident's or an
// event's record.
type feature struct {
	Type       string    `json:"type"`
	ID         string    `json:"id"`
	Geometry   *geometry `json:"geometry"`
	Properties any       `json:"properties"`
}

type geometry struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"` // longitude, latitude
}

const (
	geojsonHead = `{"type":"FeatureCollection","features":[`
	geojsonTail = "\n]}\n"
)

func newGeoJSONWriter(w io.Writer, loc *time.Location) *geojsonWriter {
	return &geojsonWriter{bw: bufio.NewWriter(w), loc: loc}
}

// Write writes l as a Point feature, or one with a null geometry when it has
// no coordinates.
func (g *geojsonWriter) Write(l store.Listed) error {
	return g.writeFeature("incident", l.ID, newRecord(&l, g.loc), l.Location)
}

// writeFeature writes one feature with the given properties, a Point at
// loc's coordinates or a null geometry; what ("incident", "event") names
// the thing in errors.
func (g *geojsonWriter) writeFeature(what, id string, props any, loc model.Location) error {
	if g.closed {
		return fmt.Errorf("export: writing %s %q to a closed GeoJSON document", what, id)
	}
	f := feature{Type: "Feature", ID: id, Properties: props}
	if lat, lon := finite(loc.Lat), finite(loc.Lon); lat != nil && lon != nil {
		f.Geometry = &geometry{Type: "Point", Coordinates: [2]float64{*lon, *lat}}
	}
	b, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("export: writing %s %q as GeoJSON: %w", what, id, err)
	}
	return g.writeRaw(b)
}

// writeRawFeature writes a feature whose properties are props, a JSON
// object, byte for byte as writeFeature writes it.
func (g *geojsonWriter) writeRawFeature(what, id string, lat, lon *float64, props []byte) error {
	if g.closed {
		return fmt.Errorf("export: writing %s %q to a closed GeoJSON document", what, id)
	}
	// The members in the order of feature's fields, encoded as
	// json.Marshal encodes them there.
	f := feature{Type: "Feature", ID: id}
	if lat, lon := finite(lat), finite(lon); lat != nil && lon != nil {
		f.Geometry = &geometry{Type: "Point", Coordinates: [2]float64{*lon, *lat}}
	}
	b, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("export: writing %s %q as GeoJSON: %w", what, id, err)
	}
	// b ends with "null}", the properties' place.
	b = append(b[:len(b)-len("null}")], props...)
	return g.writeRaw(append(b, '}'))
}

// writeRaw writes b, an encoded feature, as an element of the collection.
func (g *geojsonWriter) writeRaw(b []byte) error {
	if !g.started {
		g.bw.WriteString(geojsonHead + "\n")
		g.started = true
	} else {
		g.bw.WriteString(",\n")
	}
	if _, err := g.bw.Write(b); err != nil {
		return fmt.Errorf("export: writing GeoJSON: %w", err)
	}
	return nil
}

func (g *geojsonWriter) Close() error {
	if g.closed {
		return nil
	}
	g.closed = true
	if !g.started {
		g.bw.WriteString(geojsonHead)
	}
	g.bw.WriteString(geojsonTail)
	if err := g.bw.Flush(); err != nil {
		return fmt.Errorf("export: writing GeoJSON: %w", err)
	}
	return nil
}
