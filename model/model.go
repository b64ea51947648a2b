// Package model holds Atalaya's domain types: reports, the incidents
// extracted from them, and the vocabulary (taxonomy, actor kinds, precisions)
// every other stage speaks. It has no behaviour beyond small helpers, so that
// each stage can depend on it without depending on another stage.
package model

import (
	"slices"
	"time"
)

// ReportKind says what sort of document a report is.
type ReportKind string

// The kinds of report.
const (
	KindNews       ReportKind = "news"
	KindTranscript ReportKind = "transcript"
	KindOfficial   ReportKind = "official"
	KindAlertFeed  ReportKind = "alert_feed"
)

// ValidReportKind reports whether k is one of the known kinds.
func ValidReportKind(k ReportKind) bool {
	switch k {
	case KindNews, KindTranscript, KindOfficial, KindAlertFeed:
		return true
	}
	return false
}

// Report is one document read from a source: a news article, a transcript,
// an official statement or one item of an alert feed. Text is normalized
// (UTF-8, main text only); every evidence span points into it by byte offset.
type Report struct {
	// ID is the content hash of the report (see report.ContentID); storing
	// the same report twice is a no-op because of it.
	ID string
	// GivenID is the identifier the source gave the report, if any.
	GivenID   string
	Source    string
	URL       string
	Kind      ReportKind
	Lang      string // "es", "en" or "" when undetermined
	Title     string
	Published time.Time // zero when unknown
	Fetched   time.Time
	Text      string
	// Lat and Lon are set when the feed itself geolocated the report; they
	// are trusted and reverse-geocoded.
	Lat, Lon *float64
	// Origin says where the report was read from: a file path, with ":LINE"
	// for line-oriented formats, or "-" for standard input.
	Origin string
}

// PublicID is the identifier users see: the source's own id where it gave
// one, the content hash otherwise.
func (r Report) PublicID() string {
	if r.GivenID != "" {
		return r.GivenID
	}
	return r.ID
}

// IncidentType is a category of the incident taxonomy (DESIGN.md).
type IncidentType string

// The incident taxonomy.
const (
	Blockade          IncidentType = "blockade"
	Arson             IncidentType = "arson"
	BusinessAttack    IncidentType = "business_attack"
	ArmedClash        IncidentType = "armed_clash"
	ArmedAttack       IncidentType = "armed_attack"
	Homicide          IncidentType = "homicide"
	Kidnapping        IncidentType = "kidnapping"
	Explosive         IncidentType = "explosive"
	Intimidation      IncidentType = "intimidation"
	SecurityOperation IncidentType = "security_operation"
	Disruption        IncidentType = "disruption"
	Advisory          IncidentType = "advisory"
	Policy            IncidentType = "policy"
)

// IncidentTypes returns the taxonomy in a fixed order. It is an array, a
// copy for each caller: nothing can change the taxonomy, and ranging over
// it allocates nothing.
func IncidentTypes() [13]IncidentType {
	return [...]IncidentType{
		Blockade, Arson, BusinessAttack, ArmedClash, ArmedAttack, Homicide,
		Kidnapping, Explosive, Intimidation, SecurityOperation, Disruption,
		Advisory, Policy,
	}
}

// Valid reports whether t is one of the taxonomy's types.
func (t IncidentType) Valid() bool {
	for _, k := range IncidentTypes() {
		if k == t {
			return true
		}
	}
	return false
}

// Violent reports whether the type is a physical act of violence (as opposed
// to a security operation, a disruption, an advisory or a policy development).
func (t IncidentType) Violent() bool {
	switch t {
	case Blockade, Arson, BusinessAttack, ArmedClash, ArmedAttack, Homicide,
		Kidnapping, Explosive, Intimidation:
		return true
	}
	return false
}

// ActorKind classifies an actor.
type ActorKind string

// The kinds of actor.
const (
	Cartel                 ActorKind = "cartel"
	Faction                ActorKind = "faction"
	StateForce             ActorKind = "state_force"
	ForeignAgency          ActorKind = "foreign_agency"
	Civilians              ActorKind = "civilians"
	UnidentifiedArmedGroup ActorKind = "unidentified_armed_group"
)

// ActorRole is the part an actor plays in an incident.
type ActorRole string

// The roles.
const (
	Perpetrator ActorRole = "perpetrator"
	Target      ActorRole = "target"
	Supporter   ActorRole = "supporter"
)

// Actor is an organisation or group taking part in an incident. Name is the
// canonical name (e.g. "Cártel Jalisco Nueva Generación"), not the alias the
// text used.
type Actor struct {
	Name string    `json:"name"`
	Kind ActorKind `json:"kind"`
	Role ActorRole `json:"role"`
}

// GeoPrecision says how precise a location is.
type GeoPrecision int

// The precisions, finest first. Zero means no location.
const (
	GeoUnknown      GeoPrecision = 0
	GeoPoint        GeoPrecision = 1 // a point or a locality
	GeoMunicipality GeoPrecision = 2
	GeoState        GeoPrecision = 3
	GeoCountry      GeoPrecision = 4
)

// Location is where an incident happened. Empty strings and nil pointers
// mean unknown.
type Location struct {
	StateCode        string // INEGI, two digits ("14")
	State            string
	MunicipalityCode string // INEGI, five digits ("14039")
	Municipality     string
	Locality         string
	Place            string // the place as the text wrote it
	// Neighborhood is the colonia, fraccionamiento or barrio of the town
	// where the act happened, as the sentence telling the act names it
	// ("Las Quintas" in "en la colonia Las Quintas"); empty when the
	// sentence names none, or more than one.
	Neighborhood string
	Lat, Lon     *float64
	Precision    GeoPrecision
	// Basis says what the location rests on; empty when there is none.
	Basis GeoBasis
}

// NamedPlaces returns the distinct state codes, then the distinct
// municipality codes, of the incidents placed from their report's text
// (BasisText), each in order of first appearance: what a report says
// about where its source reports from.
func NamedPlaces(incs []Incident) []string {
	var out, munis []string
	for i := range incs {
		l := &incs[i].Location
		if l.Basis != BasisText || l.StateCode == "" {
			continue
		}
		if !slices.Contains(out, l.StateCode) {
			out = append(out, l.StateCode)
		}
		if l.MunicipalityCode != "" && !slices.Contains(munis, l.MunicipalityCode) {
			munis = append(munis, l.MunicipalityCode)
		}
	}
	return append(out, munis...)
}

// GeoBasis says what an incident's location rests on.
type GeoBasis string

// The bases of a location.
const (
	// BasisText: a place the report's text names (its own sentence, its
	// paragraph, title, dateline or place label).
	BasisText GeoBasis = "text"
	// BasisFeed: the geolocation an alert feed gave the item.
	BasisFeed GeoBasis = "feed"
	// BasisOutletPrior: only the home state of the report's source; the
	// text names no place. Always at state precision.
	BasisOutletPrior GeoBasis = "outlet_prior"
)

// TimePrecision says how precise an incident time is. Empty means unknown.
type TimePrecision string

// The time precisions.
const (
	TimeMinute TimePrecision = "minute"
	TimeHour   TimePrecision = "hour"
	TimeDay    TimePrecision = "day"
	TimeWeek   TimePrecision = "week"
)

// Count is a number of people, with whether the text said "at least".
type Count struct {
	N       int
	AtLeast bool
}

// Counts are the human toll of an incident; nil means the report does not say.
type Counts struct {
	Killed, Injured, Detained, Kidnapped *Count
}

// Span is a piece of evidence: a byte range [Start, End) of a report's Text.
type Span struct {
	ReportID string `json:"report_id"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Incident is one incident mentioned in one report.
type Incident struct {
	// ID is stable for a report's content and the incident's position in it.
	ID string
	// ReportID is the content hash of the report (Report.ID).
	ReportID      string
	Type          IncidentType
	Actors        []Actor
	Location      Location
	Time          *time.Time
	TimePrecision TimePrecision
	Counts
	Severity   int     // 1 (minor) to 4 (mass-casualty or wave-scale)
	Confidence float64 // 0 to 1
	Evidence   []Span
	// Denial is set when the report denies the incident ("autoridades
	// desmienten la quema de vehículos en Apatzingán"): the record carries
	// the denied type and place, contradicts a claim made elsewhere, and is
	// no incident of its own.
	Denial bool
	// Tally is set for an aggregate statement ("252 bloqueos en 20
	// estados"): one record at state or country precision carrying the
	// counts, not a point incident.
	Tally bool
}

// Counted reports whether the incident counts as something that happened:
// neither a denial nor a tally.
func (in Incident) Counted() bool { return !in.Denial && !in.Tally }
