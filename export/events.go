package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// ACLED is the format of `atalaya events --format acled`: CSV with the
// column names of ACLED's data export, one row per event.
//
// Our taxonomy maps to ACLED's event_type / sub_event_type (and
// disorder_type) as follows:
//
//	armed_clash                    Battles / Armed clash                         (Political violence)
//	armed_attack on state forces   Battles / Armed clash                         (Political violence)
//	armed_attack, homicide         Violence against civilians / Attack           (Political violence)
//	kidnapping                     Violence against civilians / Abduction/forced disappearance
//	explosive                      Explosions/Remote violence / Remote explosive/landmine/IED
//	security_operation with deaths Battles / Armed clash                         (Political violence)
//	security_operation             Strategic developments / Arrests              (Strategic developments)
//	blockade, arson,
//	business_attack                Strategic developments / Looting/property destruction
//	intimidation, disruption,
//	advisory, policy               Strategic developments / Other
//
// time_precision is ACLED's 1 (day: our minute, hour and day), 2 (week) or
// 3 (unknown); geo_precision is 1 (point or locality), 2 (municipality) or 3
// (state or country). actor1 is the first perpetrator named, else
// "Unidentified Armed Group (Mexico)" for violent types (the state force
// for a security operation); actor2 the first target ("Civilians
// (Mexico)" for civilians). source lists the outlets; notes is written from
// the event's fields, with its independent sources and contradictions;
// fatalities is the death toll, 0 when unknown (as ACLED writes it).
// Columns beyond ACLED's (atalaya_type, sources, reports, confidence) follow.
const ACLED Format = "acled"

// EventFormats lists the formats of `atalaya events`.
func EventFormats() []Format { return []Format{Table, JSON, JSONL, CSV, GeoJSON, ACLED} }

// ParseEventFormat returns the event listing format named s.
func ParseEventFormat(s string) (Format, error) {
	if f := Format(strings.ToLower(strings.TrimSpace(s))); f == ACLED {
		return f, nil
	}
	f, err := ParseFormat(s)
	if err != nil {
		return "", fmt.Errorf("unknown format %q: want table, json, jsonl, csv, geojson or acled", s)
	}
	return f, nil
}

// EventWriter writes events in one format; Close finishes the document and
// flushes it without closing the underlying io.Writer.
type EventWriter interface {
	Write(model.Event) error
	Close() error
}

// NewEventWriter returns an EventWriter of format f on w.
func NewEventWriter(w io.Writer, f Format) (EventWriter, error) {
	loc := model.MexicoCity()
	switch f {
	case Table:
		return newEventTable(w), nil
	case JSON:
		return &eventJSON{jsonWriter: newJSONWriter(w, loc)}, nil
	case JSONL:
		return &eventJSONL{jsonlWriter: newJSONLWriter(w, loc)}, nil
	case GeoJSON:
		return &eventGeoJSON{geojsonWriter: newGeoJSONWriter(w, loc)}, nil
	case CSV:
		return newEventCSV(w, false), nil
	case ACLED:
		return newEventCSV(w, true), nil
	}
	return nil, fmt.Errorf("export: unknown event format %q", f)
}

// eventRecord is the JSON form of an event.
type eventRecord struct {
	ID               string                `json:"id"`
	Type             string                `json:"type"`
	State            *string               `json:"state"`
	StateCode        *string               `json:"state_code"`
	Municipality     *string               `json:"municipality"`
	MunicipalityCode *string               `json:"municipality_code"`
	Locality         *string               `json:"locality"`
	Place            *string               `json:"place"`
	Neighborhood     *string               `json:"neighborhood"`
	Lat              *float64              `json:"lat"`
	Lon              *float64              `json:"lon"`
	GeoPrecision     *int                  `json:"geo_precision"`
	GeoBasis         *string               `json:"geo_basis"`
	TimeStart        *string               `json:"time_start"`
	TimeEnd          *string               `json:"time_end"`
	TimePrecision    *string               `json:"time_precision"`
	Killed           *int                  `json:"killed"`
	KilledAtLeast    *bool                 `json:"killed_at_least"`
	Injured          *int                  `json:"injured"`
	InjuredAtLeast   *bool                 `json:"injured_at_least"`
	Detained         *int                  `json:"detained"`
	Kidnapped        *int                  `json:"kidnapped"`
	Severity         *int                  `json:"severity"`
	Sources          int                   `json:"sources"`
	Reports          int                   `json:"reports"`
	Outlets          []string              `json:"outlets"`
	IncidentIDs      []string              `json:"incident_ids"`
	ReportIDs        []string              `json:"report_ids"`
	Contradictions   []model.Contradiction `json:"contradictions"`
	TollHistory      []tollRecord          `json:"toll_history"`
	Actors           []actor               `json:"actors"`
	Confidence       float64               `json:"confidence"`
}

type tollRecord struct {
	Time     string `json:"time"`
	Field    string `json:"field"`
	N        int    `json:"n"`
	ReportID string `json:"report_id"`
}

func newEventRecord(e *model.Event, loc *time.Location) *eventRecord {
	l := &e.Location
	r := &eventRecord{
		ID: e.ID, Type: string(e.Type),
		State: str(l.State), StateCode: str(l.StateCode),
		Municipality: str(l.Municipality), MunicipalityCode: str(l.MunicipalityCode),
		Locality: str(l.Locality), Place: str(l.Place), Neighborhood: str(l.Neighborhood),
		Lat: finite(l.Lat), Lon: finite(l.Lon),
		TimePrecision: str(string(e.TimePrecision)),
		Sources:       e.Sources, Reports: e.Reports,
		Outlets:        validUTF8s(orEmpty(e.Outlets)),
		IncidentIDs:    orEmpty(e.IncidentIDs),
		ReportIDs:      orEmpty(e.ReportIDs),
		Contradictions: orEmpty(e.Contradictions),
		TollHistory:    []tollRecord{},
		Actors:         []actor{},
		Confidence:     e.Confidence,
	}
	if p := int(l.Precision); p != 0 {
		r.GeoPrecision = &p
	}
	r.GeoBasis = str(string(l.Basis))
	if e.TimeStart != nil {
		r.TimeStart = timeStr(*e.TimeStart, e.Location.Zone())
	}
	if e.TimeEnd != nil {
		r.TimeEnd = timeStr(*e.TimeEnd, e.Location.Zone())
	}
	r.Killed, r.KilledAtLeast = count(e.Killed)
	r.Injured, r.InjuredAtLeast = count(e.Injured)
	r.Detained, _ = count(e.Detained)
	r.Kidnapped, _ = count(e.Kidnapped)
	if e.Severity != 0 {
		s := e.Severity
		r.Severity = &s
	}
	for _, t := range e.Tolls {
		r.TollHistory = append(r.TollHistory, tollRecord{Time: *timeStr(t.Time, loc), Field: t.Field, N: t.N, ReportID: t.ReportID})
	}
	for _, a := range e.Actors {
		r.Actors = append(r.Actors, actor{Name: validUTF8(a.Name), Kind: str(validUTF8(string(a.Kind))), Role: str(validUTF8(string(a.Role)))})
	}
	for i := range r.Contradictions {
		for j := range r.Contradictions[i].Values {
			r.Contradictions[i].Values[j].ReportIDs = orEmpty(r.Contradictions[i].Values[j].ReportIDs)
		}
	}
	return r
}

// validUTF8 returns s with each byte that is not part of valid UTF-8
// replaced by U+FFFD, as encoding/json does when it encodes s. The store
// keeps an event's outlets and actors as JSON, so they come back so
// replaced: done here as well, an event encodes the same before it is
// stored and after (see store.FusedEvent.JSON).
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(r) // utf8.RuneError for an invalid byte
		i += w
	}
	return b.String()
}

// validUTF8s applies validUTF8 to the strings of ss, in a copy when one
// changes.
func validUTF8s(ss []string) []string {
	for i, s := range ss {
		if v := validUTF8(s); v != s {
			out := slices.Clone(ss)
			out[i] = v
			for j := i + 1; j < len(out); j++ {
				out[j] = validUTF8(out[j])
			}
			return out
		}
	}
	return ss
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

type eventJSONL struct{ *jsonlWriter }

// Write writes e as one line.
func (j *eventJSONL) Write(e model.Event) error {
	if err := j.enc.Encode(newEventRecord(&e, j.loc)); err != nil {
		return fmt.Errorf("export: writing event %q as JSON: %w", e.ID, err)
	}
	return nil
}

// MarshalEvent returns e as the JSON object of the jsonl, json and geojson
// formats (one line of jsonl), with <, > and & escaped.
func MarshalEvent(e model.Event) ([]byte, error) {
	b, err := json.Marshal(newEventRecord(&e, model.MexicoCity()))
	if err != nil {
		return nil, fmt.Errorf("export: writing event %q as JSON: %w", e.ID, err)
	}
	return b, nil
}

// eventJSON writes events as a JSON array, one per line, with <, > and &
// escaped.
type eventJSON struct{ *jsonWriter }

// Write writes e as an element of the array.
func (j *eventJSON) Write(e model.Event) error {
	return j.writeElement("event", e.ID, newEventRecord(&e, j.loc))
}

// StoredEventWriter writes events as fusion stored their JSON (see
// store.EventJSON), in the json or geojson format: byte for byte what an
// EventWriter of that format writes of the events themselves, when that
// JSON is what MarshalEvent returned for the event.
type StoredEventWriter struct {
	json *jsonWriter
	geo  *geojsonWriter
}

// NewStoredEventWriter returns a StoredEventWriter of format f (JSON or
// GeoJSON) on w.
func NewStoredEventWriter(w io.Writer, f Format) (*StoredEventWriter, error) {
	switch f {
	case JSON:
		return &StoredEventWriter{json: newJSONWriter(w, nil)}, nil
	case GeoJSON:
		return &StoredEventWriter{geo: newGeoJSONWriter(w, nil)}, nil
	}
	return nil, fmt.Errorf("export: no stored form of events in format %q", f)
}

// Write writes e, whose JSON must be set.
func (s *StoredEventWriter) Write(e store.EventJSON) error {
	if e.JSON == nil {
		return fmt.Errorf("export: event %q has no stored JSON", e.ID)
	}
	if s.json != nil {
		if s.json.closed {
			return fmt.Errorf("export: writing event %q to a closed JSON array", e.ID)
		}
		return s.json.writeRaw(e.JSON)
	}
	return s.geo.writeRawFeature("event", e.ID, e.Lat, e.Lon, e.JSON)
}

// Close finishes the document and flushes it.
func (s *StoredEventWriter) Close() error {
	if s.json != nil {
		return s.json.Close()
	}
	return s.geo.Close()
}

type eventGeoJSON struct{ *geojsonWriter }

// Write writes e as a Point feature, or one with a null geometry.
func (g *eventGeoJSON) Write(e model.Event) error {
	return g.writeFeature("event", e.ID, newEventRecord(&e, g.loc), e.Location)
}

// eventTable writes events as a table.
type eventTable struct{ table }

func newEventTable(w io.Writer) *eventTable {
	return &eventTable{table{w: w,
		header: "TIME\tTYPE\tPLACE\tKILLED/INJURED\tSOURCES/REPORTS\tCONF\tOUTLETS\tDISPUTED\n"}}
}

// Write writes e as one row.
func (t *eventTable) Write(e model.Event) error {
	var fields []string
	for _, c := range e.Contradictions {
		fields = append(fields, c.Field)
	}
	return t.row("event", e.ID, "%s\t%s\t%s\t%s/%s\t%d/%d\t%.2f\t%s\t%s\n",
		when(e.TimeStart, e.TimePrecision, &e.Location),
		orDash(sanitize(string(e.Type), 24)),
		orDash(sanitize(placeOf(&e.Location), placeWidth)),
		countCell(e.Killed), countCell(e.Injured),
		e.Sources, e.Reports, e.Confidence,
		orDash(sanitize(strings.Join(e.Outlets, ", "), reportWidth)),
		orDash(sanitize(strings.Join(fields, ","), 32)))
}

var eventCSVHeader = []string{
	"id", "type", "state", "state_code", "municipality", "municipality_code", "locality", "neighborhood",
	"lat", "lon", "geo_precision", "geo_basis", "time_start", "time_end", "time_precision", "killed", "injured", "detained",
	"kidnapped", "severity", "sources", "reports", "outlets", "incident_ids", "report_ids",
	"contradictions", "confidence",
}

var acledHeader = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
	"sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting",
	"iso", "region", "country", "admin1", "admin2", "location", "latitude", "longitude",
	"geo_precision", "source", "notes", "fatalities",
	"atalaya_type", "sources", "reports", "confidence",
}

// eventCSV writes events as CSV, in Atalaya's columns or ACLED's.
type eventCSV struct {
	bw      *bufio.Writer
	cw      *csv.Writer
	acled   bool
	started bool
}

func newEventCSV(w io.Writer, acled bool) *eventCSV {
	bw := bufio.NewWriter(w)
	return &eventCSV{bw: bw, cw: csv.NewWriter(bw), acled: acled}
}

func (c *eventCSV) header() error {
	if c.started {
		return nil
	}
	c.started = true
	h := eventCSVHeader
	if c.acled {
		h = acledHeader
	}
	if err := c.cw.Write(h); err != nil {
		return fmt.Errorf("export: writing CSV header: %w", err)
	}
	return nil
}

// Write writes e as one row.
func (c *eventCSV) Write(e model.Event) error {
	if err := c.header(); err != nil {
		return err
	}
	var row []string
	if c.acled {
		row = acledRow(&e)
	} else {
		row = c.row(&e)
	}
	if err := c.cw.Write(row); err != nil {
		return fmt.Errorf("export: writing event %q as CSV: %w", e.ID, err)
	}
	return nil
}

func (c *eventCSV) row(e *model.Event) []string {
	l := &e.Location
	ts, te := "", ""
	if e.TimeStart != nil {
		ts = e.TimeStart.In(e.Location.Zone()).Format(time.RFC3339)
	}
	if e.TimeEnd != nil {
		te = e.TimeEnd.In(e.Location.Zone()).Format(time.RFC3339)
	}
	prec := ""
	if l.Precision != 0 {
		prec = strconv.Itoa(int(l.Precision))
	}
	sev := ""
	if e.Severity != 0 {
		sev = strconv.Itoa(e.Severity)
	}
	// Numbers are formatted here; text cells go through cell.
	return []string{
		cell(e.ID), cell(string(e.Type)), cell(l.State), cell(l.StateCode), cell(l.Municipality),
		cell(l.MunicipalityCode), cell(l.Locality), cell(l.Neighborhood),
		floatCell(l.Lat), floatCell(l.Lon), prec, cell(string(l.Basis)), ts, te, cell(string(e.TimePrecision)),
		countNum(e.Killed), countNum(e.Injured), countNum(e.Detained), countNum(e.Kidnapped), sev,
		strconv.Itoa(e.Sources), strconv.Itoa(e.Reports), cell(strings.Join(e.Outlets, "; ")),
		cell(strings.Join(e.IncidentIDs, " ")), cell(strings.Join(e.ReportIDs, " ")),
		cell(contradictionText(e.Contradictions)), strconv.FormatFloat(e.Confidence, 'f', -1, 64),
	}
}

func countNum(c *model.Count) string {
	if c == nil {
		return ""
	}
	return strconv.Itoa(c.N)
}

// contradictionText is "field: value (report, ...) vs value (...)", joined
// by " | ".
func contradictionText(cs []model.Contradiction) string {
	var parts []string
	for _, c := range cs {
		var vs []string
		for _, v := range c.Values {
			vs = append(vs, fmt.Sprintf("%s (%s)", v.Value, strings.Join(v.ReportIDs, ", ")))
		}
		parts = append(parts, c.Field+": "+strings.Join(vs, " vs "))
	}
	return strings.Join(parts, " | ")
}

// ACLEDType returns the ACLED disorder_type, event_type and sub_event_type
// of an event (see ACLED).
func ACLEDType(e *model.Event) (disorder, event, sub string) {
	const (
		pv = "Political violence"
		sd = "Strategic developments"
	)
	switch e.Type {
	case model.ArmedClash:
		return pv, "Battles", "Armed clash"
	case model.ArmedAttack:
		for _, a := range e.Actors {
			if a.Role == model.Target && a.Kind == model.StateForce {
				return pv, "Battles", "Armed clash"
			}
		}
		return pv, "Violence against civilians", "Attack"
	case model.Homicide:
		return pv, "Violence against civilians", "Attack"
	case model.Kidnapping:
		return pv, "Violence against civilians", "Abduction/forced disappearance"
	case model.Explosive:
		return pv, "Explosions/Remote violence", "Remote explosive/landmine/IED"
	case model.SecurityOperation:
		if e.Killed != nil && e.Killed.N > 0 {
			return pv, "Battles", "Armed clash"
		}
		return sd, sd, "Arrests"
	case model.Blockade, model.Arson, model.BusinessAttack:
		return sd, sd, "Looting/property destruction"
	}
	return sd, sd, "Other"
}

func acledRow(e *model.Event) []string {
	disorder, typ, sub := ACLEDType(e)
	l := &e.Location
	date, year, tprec := "", "", "3"
	if e.TimeStart != nil {
		t := e.TimeStart.In(l.Zone())
		date, year = t.Format(time.DateOnly), strconv.Itoa(t.Year())
		switch e.TimePrecision {
		case model.TimeMinute, model.TimeHour, model.TimeDay:
			tprec = "1"
		case model.TimeWeek:
			tprec = "2"
		}
	}
	gprec := ""
	switch l.Precision {
	case model.GeoPoint:
		gprec = "1"
	case model.GeoMunicipality:
		gprec = "2"
	case model.GeoState, model.GeoCountry:
		gprec = "3"
	}
	actor1, assoc1, actor2, assoc2 := acledActors(e)
	civ := ""
	if actor2 == "Civilians (Mexico)" {
		civ = "Civilian targeting"
	}
	location := l.Locality
	if location == "" {
		location = l.Municipality
	}
	if location == "" {
		location = l.State
	}
	fatalities := "0"
	if e.Killed != nil {
		fatalities = strconv.Itoa(e.Killed.N)
	}
	// Numbers are formatted here; text cells go through cell.
	return []string{
		cell(e.ID), date, year, tprec, disorder, typ, sub, cell(actor1), cell(assoc1), cell(actor2),
		cell(assoc2), civ, "484", "Central America", "Mexico", cell(l.State),
		cell(l.Municipality), cell(location), floatCell(l.Lat), floatCell(l.Lon), gprec,
		cell(strings.Join(e.Outlets, "; ")), cell(acledNotes(e)),
		fatalities, string(e.Type), strconv.Itoa(e.Sources), strconv.Itoa(e.Reports),
		strconv.FormatFloat(e.Confidence, 'f', -1, 64),
	}
}

func acledActors(e *model.Event) (actor1, assoc1, actor2, assoc2 string) {
	var perps, targets []string
	for _, a := range e.Actors {
		name := a.Name
		if a.Kind == model.Civilians {
			name = "Civilians (Mexico)"
		}
		switch a.Role {
		case model.Perpetrator:
			perps = append(perps, name)
		case model.Target:
			targets = append(targets, name)
		}
	}
	if len(perps) > 0 {
		actor1, assoc1 = perps[0], strings.Join(perps[1:], "; ")
	} else if e.Type.Violent() {
		actor1 = "Unidentified Armed Group (Mexico)"
	}
	if e.Type == model.SecurityOperation && len(perps) == 0 {
		for _, a := range e.Actors {
			if a.Kind == model.StateForce {
				actor1 = a.Name
				break
			}
		}
	}
	if len(targets) > 0 {
		actor2, assoc2 = targets[0], strings.Join(targets[1:], "; ")
	} else if e.Type == model.Homicide || e.Type == model.Kidnapping {
		actor2 = "Civilians (Mexico)"
	}
	return actor1, assoc1, actor2, assoc2
}

func acledNotes(e *model.Event) string {
	var b strings.Builder
	if e.TimeStart != nil {
		fmt.Fprintf(&b, "On %s, ", e.TimeStart.In(e.Location.Zone()).Format("2 January 2006"))
	}
	fmt.Fprintf(&b, "%s", strings.ReplaceAll(string(e.Type), "_", " "))
	if p := placeOf(&e.Location); p != "" {
		fmt.Fprintf(&b, " in %s", p)
	}
	if e.Killed != nil {
		fmt.Fprintf(&b, "; %d killed", e.Killed.N)
	}
	if e.Injured != nil {
		fmt.Fprintf(&b, "; %d injured", e.Injured.N)
	}
	fmt.Fprintf(&b, ". %s, %s.", plural(e.Reports, "report"), plural(e.Sources, "independent source"))
	if len(e.Contradictions) > 0 {
		b.WriteString(" Disputed: " + contradictionText(e.Contradictions) + ".")
	}
	return b.String()
}

// Close writes the header if no row was written and flushes the output.
func (c *eventCSV) Close() error {
	if err := c.header(); err != nil {
		return err
	}
	c.cw.Flush()
	if err := c.cw.Error(); err != nil {
		return fmt.Errorf("export: writing CSV: %w", err)
	}
	if err := c.bw.Flush(); err != nil {
		return fmt.Errorf("export: writing CSV: %w", err)
	}
	return nil
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
