// Package fuse groups incident records from different reports into events:
// one event per real-world incident, with its independent sources counted,
// consensus fields chosen from the most precise and most reliable reports,
// and the contradictions between reports listed.
//
// # Matching
//
// Items (incidents with what fusion needs of their report) are fed to a
// Fuser in a fixed order: by time (the incident's time, else its report's
// publication), then by incident id. Each is compared with the events still
// open near it, found through an index of (place, day) keys — municipality
// code, municipality name, 0.25° grid cell, state — never with all events;
// an event is closed, emitted and dropped from memory once no later item
// can reach its time (49 hours), so memory is bounded by the events of a
// few days. An incident joins the best-scoring event whose score reaches
// Config.Threshold, ties going to the earlier event; otherwise it starts a
// new event. Because the order is fixed and every decision depends only on
// what came before, the events are a function of the set of incidents:
// fusing incrementally (re-sweeping from the earliest new incident, with
// the events open at that point reloaded) gives what a rebuild from scratch
// gives.
//
// An incident may join an event only if its type is compatible with the
// event's (the type most of its members give, weighted by reliability), it
// is compatible in time and place with every member (complete linkage on
// the hard constraints, which stops chaining), it comes from a report not
// yet in the event, and the event stays within Config.MaxSpanHours.
// Compatibility means:
//
//   - types that can describe the same act: equal, or two faces of a wave
//     of arson (blockade, arson, business_attack), or of a shoot-out
//     (armed_clash, armed_attack, security_operation; armed_attack or
//     armed_clash and homicide or explosive; a business attacked by
//     gunmen);
//   - overlapping time intervals: a minute-precision time stands for ±45
//     minutes, an hour ±90 minutes, a day its calendar day in Mexico City,
//     a week ±36 hours, a dated tally its day and the day before (a count
//     "between Sunday night and Monday morning"), and an incident with no
//     time its report's publication day and the day before, up to an hour
//     after publication; a time told from another act's ("about an hour
//     later") ±3 hours, or the hours it counts and one more ("came about
//     ten hours after") up to ±12, not precise; a night told as a day ("anoche",
//     "late Friday") runs until 06:00 the next day, and a small hours'
//     one from 20:00 the evening before, against a time told to the hour
//     or the minute only (a night told by its evening's day, "la noche
//     del jueves", and one told by the small hours of the next,
//     "la madrugada del viernes", are one night as a slip);
//   - compatible places: two points within Config.PointKm (Config.LocalityKm
//     when they name the same locality or municipality) and not in
//     different municipalities; a point and a municipality-precision place
//     when the point lies in that municipality; two municipality-precision
//     places when they are the same municipality. A state- or
//     country-precision incident only matches others of the same precision
//     and state, so that "blockades in Jalisco" does not swallow the
//     blockades of Jalisco's towns; a tally only matches tallies. But
//     a state-precision incident whose evidence names the municipality
//     of a finer one of its state (not as a road's end) matches it. And
//     when an event made only of state-precision incidents closes, it
//     joins the one open event of a compatible type in its state whose
//     members all overlap it in time, if there is exactly one, or of
//     several the one whose evidence tells its act, or else the one
//     whose reports give its toll of a massacre (events
//     that could take it stay open until it closes); first, when its
//     members name the towns of two such events or more, each goes to
//     the one whose town it names. A
//     municipality-precision place with a point and no municipality (a
//     metropolitan area, a region) compares as a point, as near to
//     another point as UnplacedPointKm; a region's (one not named as a
//     metropolitan area: "the Sierra Tarahumara", "la Costa Grande") is
//     one place with a town of its state up to areaKm away when the
//     evidence tells one act, and an event placed only there (and in its
//     state) joins when it closes, as a state-only one does, the one
//     event of its state whose towns lie within its reach. A toll raised
//     since by a wounded victim who died ("after a man wounded in the
//     attack died in hospital") is no toll that differs there.
//     Same-named municipalities of different states (Tonalá, Jalisco and
//     Tonalá, Chiapas: a gazetteer ambiguity) match only when the evidence
//     texts are similar or the reports are near-duplicates; the state is
//     then a contradiction.
//
// Two incidents whose evidence gives different kilometre points, or an
// operation that only arrested people and a shooting that arrested
// nobody, or two times told to the hour or the minute further apart than
// one act's reports put it (75 minutes; 105 when one is told to the
// hour), or two attacks on businesses naming premises of no kind in
// common, or two reports of one town told to the minute or the hour that
// each name one colonia and not the same, are never one act; a dateline's town is the place of an act
// whose town the evidence names nowhere (one place with a report there,
// or the place itself when the dateline abbreviates another state than
// the one read, which the evidence names not), and a municipality named as its state and only as the
// state may be is the state; two incidents of one report are, only when
// they tell one act twice (same municipality, compatible types, the same
// toll), or are one sentence read in two towns, one of which joined by a
// slip where every other report places the act in the other's town.
// Evidence that tells one act (shared numbers and names, and
// similar words, a kilometre point in common, or in texts of two
// languages three details of one act told alike and no tolls that
// differ) overrules one slip of
// extraction: a type of the same family, or a burning read as a shooting;
// two points of a municipality too far apart; a town named by the other
// report's dateline, or read from a road's end; the seat of a
// neighbouring municipality (within 25 km) that a report places the act
// only near ("near the town of Huejotzingo") and the other names
// nowhere, when the evidence of these two tells one act; a tally of "the state"
// that names none; a day-precision report dated the day after the act
// whose day it names ("reopened early Saturday after gunmen set two
// trucks on fire on Friday evening"), or dated its publication day and
// naming neither that day nor its date (last night's act told as
// today's), when the tolls do not differ.
// Two points of one municipality too far apart are one place, with no
// slip, when one report names the other's locality as the place of the
// act ("near La Mira, a few miles from the port"). An incident takes an event that needs a slip only when
// no event agrees in everything and exactly one needs it; when one agrees
// and one needs a slip the incident's evidence overrules, and the two
// events are compatible member by member, they become one. So do two
// events of different types that an incident agrees with in everything,
// when its evidence tells one act with a member of the other, they are
// compatible member by member and neither holds an operation that killed
// nobody: one act whose reports each met their own type first (a tire
// shop shot at and set on fire, told as an attack on a business and as a
// shooting).
//
// Two different types of one act (an ambush one outlet calls a clash, an
// operation that killed three told as a killing, a bar attack told as a
// clash) agree as types by their kinship, raised by each detail both
// reports tell alike — the toll, as many detained or kidnapped, victims
// of one kind, the vehicles or premises, times within half an hour, the
// locality — when the two texts
// have two anchors in common and no two tolls differ. A kidnapping and a
// killing of as many are the kidnapped found dead, one act; two counts
// of a wave (blockades, burnings, attacks on businesses) are one count
// whatever each calls it; an explosion and an attack on a business are
// faces of one act only when both name its bomb or drone, or both the
// premises (a device thrown at a bar); a denial of one of the three contradicts an
// event of another that names a vehicle or premises of a kind it names. An operation that
// killed nobody (a cordon, a patrol) is the response to an act, never one
// of its faces; so is a notice that classes were suspended, read as an
// act with no toll, and a service that an authority or its operator halted
// (customs at a bridge, flights, bus routes), read as a disruption. A minute or hour that tells the finding of an act
// ("localizaron a las 07:00 horas seis cuerpos, tras un enfrentamiento")
// stands for the six hours before it.
//
// The score of a compatible pair weighs type agreement (0.35), geographic
// precision and distance (0.25), time closeness (0.25: precise times
// within a quarter of an hour score highest, an hour apart lowest; an
// incident with no time scores higher the closer its report's
// publication is to the other's time), the
// similarity of the evidence texts (0.15, folded content words), shared or
// rival actors (±0.05), and whether the two reports are near-duplicates
// (+0.2); an incident's score for an event is its best score with a
// member.
//
// # Sources, consensus and contradictions
//
// Reports of an event from the same outlet, or whose texts are
// near-duplicates by MinHash (syndicated or copied text), or translations
// of each other (texts in two languages with the same numbers and mostly
// the same proper names: Sketch.Translation), count as one independent
// source. Each field is voted by the members weighted by their
// report kind's reliability (Config.Reliability) and their confidence; the
// location is the most precise one of the winning state. A count is the
// latest report's, and its history is kept; a lower count reported at the
// same time or later than a higher one (and not "at least") is a
// contradiction, as are members in different states. An incident marked
// Denial ("the roads are clear") never makes an event: it contradicts
// (field "occurred") the events of its type (a shooting told as an attack
// by one report and as a clash by another is one) within its place and a
// day of its time; when it dates the act, those of that calendar day only
// (the mall shooting denied on Wednesday, not Tuesday's clash in the
// city).
package fuse

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/when"
)

// Item is an incident with what fusion needs to know of its report.
type Item struct {
	Incident  model.Incident
	Source    string
	Kind      model.ReportKind
	Published time.Time // zero when unknown
	Sketch    Sketch    // of the report text (NewSketch)
}

// Key returns the time an item is ordered by, in whole seconds: the
// incident's time, else its report's publication; ok is false when neither
// is known.
func (it *Item) Key() (t time.Time, ok bool) {
	switch {
	case it.Incident.Time != nil:
		return time.Unix(it.Incident.Time.Unix(), 0).UTC(), true
	case !it.Published.IsZero():
		return time.Unix(it.Published.Unix(), 0).UTC(), true
	}
	return time.Time{}, false
}

// Less reports whether a comes before b in fusion order: by key (unknown
// last), then by incident id.
func Less(a, b *Item) bool {
	return a.Order().Compare(b.Order()) < 0
}

// Order is an item's place in fusion order, computed once (see Less): its
// key in Unix seconds, whether it has one, and its incident id.
type Order struct {
	Key   int64
	Known bool
	ID    string
}

// Order returns the item's place in fusion order.
func (it *Item) Order() Order {
	return OrderOf(&it.Incident, it.Published)
}

// OrderOf is the Order of an item of incident in, published at published,
// without building the Item.
func OrderOf(in *model.Incident, published time.Time) Order {
	switch {
	case in.Time != nil:
		return Order{Key: in.Time.Unix(), Known: true, ID: in.ID}
	case !published.IsZero():
		return Order{Key: published.Unix(), Known: true, ID: in.ID}
	}
	return Order{ID: in.ID}
}

// Compare returns -1, 0 or +1 as a comes before, with or after b in
// fusion order.
func (a Order) Compare(b Order) int {
	switch {
	case a.Known != b.Known:
		if a.Known {
			return -1
		}
		return 1
	case a.Key != b.Key:
		return cmp.Compare(a.Key, b.Key)
	}
	return strings.Compare(a.ID, b.ID)
}

// EventID returns the id of the event whose earliest incident has id
// incidentID and fusion key key (zero when none): the key in hexadecimal
// seconds, so that ids sort roughly by time, then a hash of the incident id.
func EventID(key time.Time, incidentID string) string {
	h := sha256.Sum256([]byte(incidentID))
	k := "u"
	if !key.IsZero() {
		k = strconv.FormatInt(key.Unix(), 16)
	}
	return "ev-" + k + "-" + hex.EncodeToString(h[:6])
}

// Fused is an event as the Fuser emits it, with each member's ordering key
// (Keys[i] for Event.IncidentIDs[i]; zero when the incident has none).
type Fused struct {
	model.Event
	Keys []time.Time
	// Trails[i] is the trail of Event.IncidentIDs[i] (see Replay): ""
	// unless it was in another event before, or the pair model joined it.
	Trails []string
	// Closed is the key (Unix seconds) of the item during whose matching
	// the event was emitted, math.MaxInt64 when at Close (see Open).
	Closed int64
	// Holds are the times the event was held open (see Replay), encoded.
	Holds string
}

// Time windows of the matching.
const (
	// maxBefore is the longest an item's interval reaches before its key
	// (an untimed incident: to the start of the day before, under 49
	// hours; a week: 36 hours; a day: less than 24); an event whose
	// interval ends that long before the current key can match nothing
	// more and is closed. maxAfter is the same after the key.
	maxBefore = 49 * time.Hour
	maxAfter  = 36 * time.Hour
	// denialWindow is how far from an event a denial still contradicts it.
	denialWindow = 24 * time.Hour
	// Lookback is how far before the earliest new incident an incremental
	// fusion must reload stored incidents and events: an event whose last
	// incident is older than maxBefore+maxAfter cannot reach a new one.
	Lookback = 4 * 24 * time.Hour
	// DenialLookback is how far before the earliest new incident it must
	// reload denials: Lookback, plus the longest event (Config.MaxSpanHours
	// is at most 168), plus denialWindow, with a margin.
	DenialLookback = 14 * 24 * time.Hour
	// Reload and DenialReload are the reaches an incremental fusion
	// passes the store: it reloads the events open where it resumes (by
	// their closing key: Open), whatever their age, and the denials of
	// DenialReload before that point (DenialLookback and a margin: the
	// window inc19 widened, kept). Reload is only DenialReload's base.
	Reload       = 3 * Lookback
	DenialReload = DenialLookback + 2*Lookback
	bucket       = time.Hour
)

// Fuser groups items into events. Feed it items in Less order with Add
// (or Replay, for assignments already decided), then Close; each event is
// passed to the emit function once it can no longer change. A Fuser is not
// safe for concurrent use.
type Fuser struct {
	cfg      Config
	emit     func(Fused) error
	index    eventIndex
	names    map[string]int32 // the numbers of the names in index keys (nameID)
	byID     map[string]*cluster
	buckets  map[int64][]*cluster
	low      int64 // lowest bucket not yet swept
	started  bool
	denials  []*member
	last     Order // of the last item added
	hasLast  bool
	stamp    int
	err      error
	scratchC []*cluster
	scratchA []*cluster // the events an item agrees with (Add)
	scratchK []indexKey
	scratchV []Features        // the features of an event's members with an item (decide)
	logits   decideLogits      // decide's, for the pair model's threshold
	strs     map[string]string // one copy of each place code, name and type of the items (intern)

	// trigger is the key (Unix seconds) of the item being matched, or
	// closing in Close: what a member's move, a hold or an emission
	// records (see Replay).
	trigger int64
	// holds are the holds of the open events held so far (Hold).
	holds map[*cluster][]Hold
}

// New returns a Fuser with configuration cfg that passes finished events
// to emit. An error from emit stops the Fuser and is returned by the next
// Add, Replay or Close.
func New(cfg Config, emit func(Fused) error) *Fuser {
	return &Fuser{
		cfg: cfg, emit: emit,
		index:   eventIndex{},
		names:   map[string]int32{"": 0},
		byID:    map[string]*cluster{},
		buckets: map[int64][]*cluster{},
	}
}

// member is an item prepared for matching. The fields the pairs of the
// candidate lookup compare first (times, words, place) come first, the
// item last: a member is about 1 KB, and the lookup reads several members
// of dozens of events an incident.
type member struct {
	// lo and hi are start and end in Unix seconds, which the interval
	// tests compare (overlaps): every start and end is a whole second,
	// as keys are (Item.Key), moved by whole minutes, hours and days.
	lo, hi     int64
	start, end time.Time // the interval the item's time stands for
	key        time.Time
	tokens     []uint64 // sorted distinct content words of the evidence
	report     uint64   // fnv64 of the incident's report id (sameReport, reportSet.hasReportOf)
	prec       model.GeoPrecision
	ti         int8 // typeIndex of the incident's type
	lat, lon   float64
	hasKey     bool
	precise    bool // minute or hour precision
	hasGeo     bool
	back       bool  // a day-precision report that names the day before: start reaches back a day (a slip)
	night      int8  // a night told as a day: 1 its end runs into the next day, 2 its start into the evening before
	overruled  bool  // joined by the pair model over the rules: it vetoes no later member (scoreCluster)
	muni       int32 // the Fuser's number of muniName (nameID), set when it is added or replayed (numbers)
	stateID    int32 // the Fuser's numbers of the state code, the municipality code and the dateline, as muni
	codeID     int32
	datelineID int32
	muniName   string // folded
	area       bool   // placed at an area's point with no municipality (a metropolitan area, a region): compared as a point within UnplacedPointKm
	region     bool   // an area not named as a metropolitan one ("Tierra Caliente", "Riviera Maya"): its towns may lie up to areaKm from its point (inArea)
	stateName  string // folded Location.State
	weight     float64
	locality   string   // folded
	forces     uint8    // the classes of forces the act struck (forcesStruck), read once here, not in every pair
	anch       []uint64 // evidenceAnchors, once anchored
	anchored   bool
	burnt      int8     // burnsToo: 0 not yet asked, 1 no, 2 yes
	susp       int8     // suspends, as burnt
	spok       int8     // spoken, as burnt
	nearTown   int8     // nearOwnTown, as burnt
	plain      string   // plainText, once computed
	folded     []string // folds: the evidence texts folded, once computed
	kms        []int    // kmPoints, once kmDone
	kmDone     bool
	objDone    bool
	objs       uint16    // objects: the kinds of vehicles and premises the evidence names, once objDone
	vics       uint8     // the kinds of victims the evidence names (victimWords)
	datelined  bool      // placed by its dateline's town (newMember)
	dateline   string    // the folded town of the evidence's dateline, when not muniName
	colonia    string    // the neighbourhood, folded (fold.Key of Location.Neighborhood)
	metro      string    // gazetteer.MetroZone of its municipality code: its zone's core, "" for none
	towns      []int8    // namesTown's answers by the number of the town's name: 0 not yet asked, 1 no, 2 yes
	past       []Stay    // the events it was in before its own (Replay)
	day        time.Time // the place's calendar day of the incident's time (model.Location.Day); zero when it has none
	it         Item
}

// otherAct reports whether c holds another act of m's report: a member
// of it that is neither m's act told twice (oneActTwice) nor its
// misplaced twin. A member the pair model joined (member.overruled)
// counts only when overruled says so: the rules' join lets it leave
// (eject), the model's does not.
func (c *cluster) otherAct(m *member, overruled bool) bool {
	return c.reports.hasReportOf(m) && slices.ContainsFunc(c.members, func(x *member) bool {
		return sameReport(x, m) && (overruled || !x.overruled) && !oneActTwice(x, m) && !misplacedTwin(c, x, m)
	})
}

// cluster is an open event.
//
// Its fields are laid out for the candidate lookup (candidates,
// scoreCluster), which reads dozens of events an incident and refuses
// most of them on their first fields: stamp, closed, the interval and
// what townsMeet reads in the object's first cache line, what tooLong
// and compatible read in the second, the members and reports in the
// third. (The struct is 256 bytes, a size class whose objects are 64-byte
// aligned: keep it so.)
type cluster struct {
	stamp   int
	closed  bool
	ti      int8    // typeIndex of typ
	lo, hi  int64   // union of the members' own intervals (ownStart to end), in Unix seconds (member.lo)
	fine    int32   // members that are not state-only (placed finer, or tallies)
	vague   int32   // members placed nowhere, or only in the country (not tallies)
	areas   int32   // members placed at a region's or a metropolitan area's point (member.area; not tallies)
	finer   *member // the first member placed finer than its state (townsMeet), nil when none
	hold    int64   // bucket before which it stays open for a state-only event (0: none)
	votes   *typeVote
	first   time.Time // earliest member key
	lastKey time.Time
	typ     model.IncidentType // the type with most votes
	members []*member
	id      string
	reports reportSet
	keys    []indexKey // the index keys it is filed under
	_       [24]byte   // to 256 bytes
}

// overlaps reports whether the intervals of x and m overlap.
func overlaps(x, m *member) bool { return x.lo < m.hi && m.lo < x.hi }

// meets reports whether the interval of c overlaps m's: whether any
// member's own interval can.
func (c *cluster) meets(m *member) bool { return c.lo < m.hi && m.lo < c.hi }

// span sets m.lo and m.hi from m.start and m.end.
func (m *member) span() { m.lo, m.hi = m.start.Unix(), m.end.Unix() }

// vote adds m's type to c's vote and updates c's type (ties go to the
// taxonomy's order).
func (c *cluster) vote(m *member) {
	if m.prec != model.GeoState || m.it.Incident.Tally {
		c.fine++
	}
	if c.finer == nil && m.prec != model.GeoState {
		c.finer = m
	}
	if (m.prec == model.GeoUnknown || m.prec == model.GeoCountry) && !m.it.Incident.Tally {
		c.vague++
	}
	if m.area && !m.it.Incident.Tally {
		c.areas++
	}
	if c.votes == nil {
		c.votes = new(typeVote)
	}
	c.votes.add(m)
	c.typ = c.votes.winner()
	if c.typ == "" {
		c.typ = m.it.Incident.Type
	}
	c.ti = int8(typeIndex(c.typ))
}

// typeVote is a vote of the members' types weighted by member.weight
// (winner). Only the taxonomy's types can win, so it keeps their weights
// by their place (member.ti).
type typeVote struct {
	w   [nTypes]float64
	has uint16 // the types voted for, a bit each by place
}

// add adds m's vote.
func (v *typeVote) add(m *member) {
	if m.ti >= 0 {
		v.w[m.ti] += m.weight
		v.has |= 1 << m.ti
	}
}

// winner returns the type of the taxonomy with the most weight (ties go
// to the taxonomy's order), or "" when none has a vote.
func (v *typeVote) winner() model.IncidentType {
	best := -1
	for i := range nTypes {
		if v.has&(1<<i) != 0 && (best < 0 || v.w[i] > v.w[best]+1e-12) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return taxonomy[best]
}

// newMember prepares it for matching. It reads nothing of f but its
// configuration (Prepare calls it on a Fuser of its own, on another goroutine than the matching's).
func (f *Fuser) newMember(it Item) *member {
	m := &member{it: it}
	defer m.span() // last, once the interval is final
	in := &m.it.Incident
	in.Type = model.IncidentType(f.intern(string(in.Type)))
	m.ti = int8(typeIndex(in.Type))
	l := &in.Location
	l.StateCode, l.State, l.MunicipalityCode = f.intern(l.StateCode), f.intern(l.State), f.intern(l.MunicipalityCode)
	m.metro = gazetteer.MetroZone(l.MunicipalityCode)
	m.it.Source = f.intern(m.it.Source)
	m.key, m.hasKey = m.it.Key()
	m.report = fnv64(in.ReportID)
	if in.Time != nil {
		m.day = in.Location.Day(*in.Time)
	}
	m.weight = f.cfg.reliability(it.Kind) * (0.5 + 0.5*clamp01(in.Confidence))
	m.prec = in.Location.Precision
	if in.Location.Lat != nil && in.Location.Lon != nil && !math.IsNaN(*in.Location.Lat) && !math.IsNaN(*in.Location.Lon) {
		m.lat, m.lon, m.hasGeo = *in.Location.Lat, *in.Location.Lon, true
	}
	if m.prec == model.GeoPoint && !m.hasGeo {
		m.prec = model.GeoMunicipality
	}
	if (m.prec == model.GeoPoint || m.prec == model.GeoMunicipality) && in.Location.MunicipalityCode == "" && !m.hasGeo {
		m.prec = model.GeoState
	}
	if m.prec == model.GeoState && in.Location.StateCode == "" {
		m.prec = model.GeoUnknown
	}
	m.muniName = fold.String(in.Location.Municipality)
	m.stateName = f.intern(fold.String(in.Location.State))
	m.locality = fold.String(in.Location.Locality)
	m.forces = forcesStruck(in.Actors)
	if n := in.Location.Neighborhood; n != "" {
		m.colonia = fold.Key(n)
	}
	if m.prec == model.GeoMunicipality && m.muniName != "" && m.muniName == m.stateName && stateNamed(m) {
		// "Burning trucks block road to Valparaíso in Zacatecas":
		// the state, read as its capital.
		m.prec = model.GeoState
	}
	if m.prec == model.GeoMunicipality && in.Location.MunicipalityCode == "" && m.muniName == "" && m.hasGeo {
		// An area with a point and no municipality ("the Monterrey
		// metropolitan area"): its point is all there is to compare.
		m.prec, m.area = model.GeoPoint, true
		m.region = in.Location.Place != "" && !metroWords.any(" "+fold.String(in.Location.Place)+" ")
	}
	var followUp bool
	m.tokens, followUp, m.vics = evidenceTokens(m.folds())
	if len(in.Evidence) > 0 {
		if d := dateline(in.Evidence[0].Text); d != m.muniName {
			m.dateline = d
		}
	}
	// A dateline of another state than the place read, over an act
	// whose town the evidence names nowhere ("CULIACÁN, Sin.- ... en la
	// colonia Tierra Blanca", read as Tierra Blanca, Veracruz), or
	// names without that state ("NAVOLATO, Sin.- ... en Villa Juárez,
	// la sindicatura más poblada del municipio", read as Villa Juárez,
	// San Luis Potosí): the dateline's town is the act's.
	if m.dateline != "" && m.muniName != "" && !in.Tally && (m.prec == model.GeoPoint || m.prec == model.GeoMunicipality) {
		st := datelineState(in.Evidence[0].Text)
		m.datelined = st != "" && st != in.Location.StateCode &&
			(!namesOwnTown(m) || !names(m, m.stateName))
	}
	if !m.hasKey {
		return m
	}
	// Days are the place's calendar days (model.Location.Day): a day
	// report means that day there, from its midnight to the next.
	zone := in.Location.Zone()
	defer func() {
		if followUp && !in.Tally && in.Time != nil {
			// A wounded victim who died is the toll of an act of the
			// day before as well: the follow-up reaches back a day.
			m.start, m.precise = in.Location.Day(m.start).AddDate(0, 0, -1), false
		}
	}()
	var rel time.Duration
	spread := func() time.Duration { rel = m.relative(); return rel }
	switch {
	case in.Tally && in.Time != nil && in.TimePrecision != model.TimeWeek:
		// A tally counts over a night and a morning ("between Sunday
		// night and early Monday"): its day and the day before, as one
		// report dates it by the night and another by the morning.
		d := in.Location.Day(m.key)
		m.start, m.end = d.AddDate(0, 0, -1), d.AddDate(0, 0, 1)
	case in.Time == nil:
		// A report that dates nothing tells of today or yesterday.
		m.start, m.end = in.Location.Day(m.key).AddDate(0, 0, -1), m.key.Add(time.Hour)
	case (in.TimePrecision == model.TimeMinute || in.TimePrecision == model.TimeHour) && m.foundAfter():
		// "localizaron a las 07:00 horas seis cuerpos, tras un
		// enfrentamiento": the time of the finding, the act hours
		// before it.
		m.start, m.end = m.key.Add(-foundBefore), m.key.Add(45*time.Minute)
	case (in.TimePrecision == model.TimeMinute || in.TimePrecision == model.TimeHour) && spread() > 0:
		// "About an hour later armed men parked burning trailers":
		// a time told from another act's, which extraction may have
		// given; hours either way, and not precise.
		m.start, m.end = m.key.Add(-rel), m.key.Add(rel)
	case (in.TimePrecision == model.TimeMinute || in.TimePrecision == model.TimeHour) && it.Kind != model.KindAlertFeed && m.boundClock():
		// "By 7 a.m., burning trailers blocked access roads",
		// "permanecía bloqueada desde las 08:30": the clock bounds an
		// act under way, which runs hours either way; not precise.
		m.start, m.end = m.key.Add(-relativeSpread), m.key.Add(relativeSpread)
	case in.TimePrecision == model.TimeMinute:
		m.start, m.end, m.precise = m.key.Add(-45*time.Minute), m.key.Add(45*time.Minute), true
	case in.TimePrecision == model.TimeHour:
		m.start, m.end, m.precise = m.key.Add(-90*time.Minute), m.key.Add(90*time.Minute), true
	case in.TimePrecision == model.TimeWeek:
		m.start, m.end = m.key.Add(-maxBefore), m.key.Add(maxAfter)
	default: // day, or unknown precision: the calendar day
		d := m.key.In(zone)
		s := in.Location.Day(m.key)
		m.start, m.end = s, s.AddDate(0, 0, 1)
		if in.Time != nil && !in.Tally && (m.prec == model.GeoPoint || m.prec == model.GeoMunicipality) {
			// A night told as a day ("anoche", "la noche del viernes",
			// "late Friday": a day whose hour is the night's) runs
			// past midnight, where another outlet's clock time falls
			// on the next day; a small hours' one ("la madrugada",
			// "overnight") began the evening before. (A report that
			// names only the state keeps its day: it is placed by
			// the one act of that day it tells.)
			switch h := d.Hour(); {
			case h >= nightFrom:
				m.end, m.night = s.AddDate(0, 0, 1).Add(nightUntil), 1
			case h >= 1 && h <= 4:
				m.start, m.night = s.Add(-nightBefore), 2
			}
		}
		if in.Time != nil && !in.Tally && !followUp && (namesDay(in.Evidence, d.AddDate(0, 0, -1).Weekday()) || f.publicationDay(m, s)) {
			// "Road access reopened early Saturday after gunmen set
			// two trucks on fire on Friday evening", dated Saturday;
			// or a report dated its publication day, which may tell
			// last night's act as today's: the act may be of the day
			// before, if the evidence tells it (a slip).
			m.start, m.back = s.AddDate(0, 0, -1), true
		}
	}
	return m
}

// intern returns the Fuser's copy of s, which it keeps from the first
// time it sees it. Items read from a store carry copies of their own of
// the same few place codes, names and types; one copy makes comparing two
// items' strings compare two pointers, in memory that stays cached.
func (f *Fuser) intern(s string) string {
	if s == "" {
		return ""
	}
	if v, ok := f.strs[s]; ok {
		return v
	}
	if f.strs == nil {
		f.strs = map[string]string{}
	}
	f.strs[s] = s
	return s
}

// publicationDay reports whether m, told to the day, is dated the
// calendar day (starting at day) of its report's publication, and its
// evidence names neither that day's weekday nor its date ("este
// domingo", "el 18 de abril"): a date an outlet, or extraction, may give
// an act of the night before (newMember).
func (f *Fuser) publicationDay(m *member, day time.Time) bool {
	if m.it.Published.IsZero() || len(m.tokens) == 0 {
		// no evidence could overrule the slip
		return false
	}
	p := m.it.Published
	if p.Before(day) || !p.Before(day.AddDate(0, 0, 1)) || namesDay(m.it.Incident.Evidence, day.Weekday()) {
		return false
	}
	pt, d, mo := m.plainText(), strconv.Itoa(day.Day()), day.Month()-1
	return !phraseAfter(pt, monthPhrases.es[mo], d) && !phraseBefore(pt, monthPhrases.en[mo], d)
}

// monthPhrases are the phrases of the months in a plain text
// (member.plainText) after and before a day's number: " de abril " ("18
// de abril"), " april " ("april 18"); made once from when's names.
var monthPhrases = func() (p struct{ es, en [12]string }) {
	for m := range 12 {
		mo := time.Month(m + 1)
		p.es[m] = " de " + when.SpanishMonth(mo) + " "
		p.en[m] = " " + strings.ToLower(mo.String()) + " "
	}
	return p
}()

// A night told as a day (newMember): from nightFrom o'clock it runs until
// nightUntil after the next midnight; a time of the small hours begins
// nightBefore before its own midnight.
const (
	nightFrom   = 21
	nightUntil  = 6 * time.Hour
	nightBefore = 4 * time.Hour
)

// namesDay reports whether the evidence names weekday as the day of an
// act ("on Friday", "late Friday", "el viernes", "la noche del viernes").
func namesDay(ev []model.Span, weekday time.Weekday) bool {
	names := weekdayNames[weekday]
	for _, sp := range ev {
		for _, n := range names {
			for from := 0; ; {
				i := strings.Index(sp.Text[from:], n)
				if i < 0 {
					break
				}
				i += from
				from = i + len(n)
				before := strings.Fields(sp.Text[max(0, i-8):i])
				if len(before) > 0 && i > 0 && sp.Text[i-1] == ' ' && dayOf[strings.ToLower(before[len(before)-1])] {
					return true
				}
			}
		}
	}
	return false
}

// dayOf are the words before a weekday that make it the day of an act.
var dayOf = map[string]bool{"on": true, "late": true, "early": true, "last": true, "el": true, "del": true, "mismo": true, "este": true, "ayer": true, "pasado": true}

// weekdayNames are the names of each weekday as a text writes them.
var weekdayNames = [7][]string{
	{"Sunday", "domingo"}, {"Monday", "lunes"}, {"Tuesday", "martes"}, {"Wednesday", "miércoles", "miercoles"},
	{"Thursday", "jueves"}, {"Friday", "viernes"}, {"Saturday", "sábado", "sabado"},
}

func clamp01(x float64) float64 { return math.Max(0, math.Min(1, x)) }

// order checks that items come in Less order.
func (f *Fuser) order(it *Item) error {
	o := it.Order()
	if f.hasLast && o.Compare(f.last) < 0 {
		return fmt.Errorf("fuse: incident %q comes before %q: items must be in fusion order", it.Incident.ID, f.last.ID)
	}
	f.last, f.hasLast = o, true
	return nil
}

// Add matches an item with the open events and adds it to the best one, or
// starts an event with it.
func (f *Fuser) Add(it Item) error {
	if f.err != nil {
		return f.err
	}
	return f.add(f.newMember(it))
}

// add is Add of an item already prepared (newMember).
func (f *Fuser) add(m *member) error {
	if f.err != nil {
		return f.err
	}
	it := &m.it
	if err := f.order(it); err != nil {
		return err
	}
	f.numbers(m)
	if !m.hasKey {
		if !it.Incident.Denial {
			f.trigger = math.MinInt64 // an incremental run never replays it
			f.fail(f.emitCluster(f.newCluster(m)))
		}
		return f.err
	}
	f.trigger = m.key.Unix()
	f.advance(m.key)
	if it.Incident.Denial {
		f.denials = append(f.denials, m)
		return f.err
	}
	var best, slipped *cluster
	bestScore, slips, bestFit := 0.0, 0, false
	agreed := f.scratchA[:0]
	cands := f.candidates(m)
	for _, c := range cands {
		s, ok, slip := f.scoreCluster(c, m)
		if !ok || s < f.cfg.Threshold {
			continue
		}
		if slip {
			slipped = c
			slips++
			continue
		}
		agreed = append(agreed, c)
		fit := tollFit(c, m)
		if best == nil || fit && !bestFit || fit == bestFit && (s > bestScore || s == bestScore && (c.first.Before(best.first) || c.first.Equal(best.first) && c.id < best.id)) {
			best, bestScore, bestFit = c, s, fit
		}
	}
	if best == nil && slips == 1 {
		// No event agrees in everything, and one does but for a slip
		// that its evidence overrules: that one.
		best, slipped = slipped, nil
	}
	if best == nil && slips == 0 && f.cfg.Pair != nil {
		// The rules join m nowhere: the pair model may overrule them.
		if best = f.overrule(cands, m); best != nil {
			m.overruled = true
		}
	}
	if best == nil {
		best = f.newCluster(m)
		return f.err
	}
	f.join(best, m)
	f.eject(best, m)
	f.scratchA = agreed
	for _, c := range agreed {
		if c != best && !c.closed && c.typ != best.typ && !c.responds() && !best.responds() &&
			slices.ContainsFunc(c.members, func(x *member) bool { return tellsOneAct(x, m) }) && f.mergeable(best, c) {
			// m agrees in everything with two events that are one
			// act told under two types (a tire shop shot at and set
			// on fire, told as an attack on a business by the press
			// and as a shooting by the police), and its evidence
			// tells the other's act: one event.
			best = f.merge(best, c)
		}
	}
	if slips == 1 && slipped != nil && f.mergeable(best, slipped) {
		// m agrees in everything with one event and tells the act of
		// another but for a slip (a town read from a road's end, a
		// misread locality) that no member of the first contradicts:
		// the two are one act, which the event the slip started early
		// kept apart.
		f.merge(best, slipped)
	}
	return f.err
}

// tollFit reports whether a member of c gives m's toll of dead, two
// or more, for choosing among the events m agrees with in everything
// (add): a round-up of two acts of one town and night ("three dead at a
// court, four at a party") and its copies meet both acts' events with one
// score, and the toll tells which is each incident's. One dead is too
// common a toll to tell acts apart, and a member giving another toll
// parts nothing (a round-up's total, a toll raised later).
func tollFit(c *cluster, m *member) bool {
	k := m.it.Incident.Killed
	return k != nil && k.N >= 2 && slices.ContainsFunc(c.members, func(x *member) bool {
		return x.it.Incident.Killed != nil && x.it.Incident.Killed.N == k.N
	})
}

// responds reports whether a member of c is an operation that killed
// nobody (response): the authorities' answer to an act, never one of its
// faces.
func (c *cluster) responds() bool {
	return slices.ContainsFunc(c.members, func(x *member) bool { return response(&x.it.Incident) })
}

// mergeable reports whether the events a and b can be one: neither waits
// to be placed, their types are compatible or of one family, their
// reports differ, their span is within MaxSpanHours, and every member of
// one is compatible in time and place with every member of the other (a
// slip allowed: the evidence of the newcomer that joined a overrules it).
func (f *Fuser) mergeable(a, b *cluster) bool {
	if a.floating() || b.floating() {
		return false
	}
	if !f.withinSpan(a, b) {
		return false
	}
	for _, x := range b.members {
		if a.reports.hasReportOf(x) {
			return false
		}
		for _, y := range a.members {
			if !typesMeet(y, x) {
				return false
			}
			if _, ok, _ := f.pair(y, x, compatible(y.it.Incident.Type, x.it.Incident.Type), nil); !ok {
				return false
			}
		}
	}
	return true
}

// typesMeet reports whether the types of x and y may tell one act:
// compatible, of one family, or a burning and a shooting or an operation
// that tells it (a slip).
func typesMeet(x, y *member) bool {
	a, b := x.it.Incident.Type, y.it.Incident.Type
	return compatible(a, b) > 0 || family(a) != 0 && family(a) == family(b) ||
		family(a) == 2 && y.burnsToo() || family(b) == 2 && x.burnsToo()
}

// merge moves the members of s into t (the event of the earlier first
// member keeps its id) and drops the other.
func (f *Fuser) merge(t, s *cluster) *cluster {
	if s.first.Before(t.first) || s.first.Equal(t.first) && s.id < t.id {
		t, s = s, t
	}
	f.absorb(t, s)
	return t
}

// absorb closes s and moves its members into t, which keeps its id.
func (f *Fuser) absorb(t, s *cluster) {
	f.retire(s)
	for _, m := range s.members {
		if s.id != "" { // not scatter's one-member stand-in
			f.leave(m, s)
		}
		f.join(t, m)
	}
	// Members in fusion order, as a rebuild adds them.
	slices.SortStableFunc(t.members, func(a, b *member) int {
		if c := a.key.Compare(b.key); c != 0 {
			return c
		}
		return strings.Compare(a.it.Incident.ID, b.it.Incident.ID)
	})
	if i := slices.IndexFunc(t.members, func(x *member) bool { return x.prec != model.GeoState }); i >= 0 {
		t.finer = t.members[i]
	}
}

// leave records that m leaves c (for another event) now (see Replay).
func (f *Fuser) leave(m *member, c *cluster) {
	m.past = append(m.past, Stay{Event: c.id, Until: f.trigger, Overruled: m.overruled})
}

// Close emits the events still open.
func (f *Fuser) Close() error {
	if f.err != nil {
		return f.err
	}
	f.trigger = closing
	if f.started {
		var rest []*cluster
		for _, c := range f.byID {
			rest = append(rest, c)
		}
		sortClusters(rest)
		slices.SortStableFunc(rest, floatFirst)
		for _, c := range rest {
			if c.closed {
				continue // a state-only event absorbed by another
			}
			if f.fail(f.finish(c)) != nil {
				break
			}
		}
	}
	f.byID = map[string]*cluster{}
	f.index = eventIndex{}
	f.buckets = map[int64][]*cluster{}
	return f.err
}

func (f *Fuser) fail(err error) error {
	if err != nil && f.err == nil {
		f.err = err
	}
	return f.err
}

func (f *Fuser) newCluster(m *member) *cluster {
	c := &cluster{
		id:      EventID(m.key, m.it.Incident.ID),
		members: []*member{m},
		reports: reportsOf(m.it.Incident.ReportID),
		lo:      ownStart(m).Unix(), hi: m.hi, first: m.key, lastKey: m.key,
	}
	c.vote(m)
	if !m.hasKey {
		return c
	}
	f.byID[c.id] = c
	f.register(c, m)
	f.schedule(c)
	return c
}

func (f *Fuser) join(c *cluster, m *member) {
	c.members = append(c.members, m)
	c.vote(m)
	c.reports.add(m.it.Incident.ReportID)
	if s := ownStart(m).Unix(); s < c.lo {
		// An event's interval is its members' own: a reach back to the
		// day before (member.back) is for the member's matching only.
		c.lo = s
	}
	grew := m.hi > c.hi
	if grew {
		c.hi = m.hi
	}
	if m.key.After(c.lastKey) {
		c.lastKey = m.key
	}
	f.register(c, m)
	if grew {
		f.schedule(c)
	}
}

func bucketOf(t time.Time) int64 { return bucketAt(t.Unix()) }

// bucketAt is bucketOf of a time in Unix seconds.
func bucketAt(sec int64) int64 { return sec / int64(bucket/time.Second) }

// schedule files c under the bucket of its interval's end, after which
// (plus maxBefore) it is closed.
func (f *Fuser) schedule(c *cluster) {
	b := c.due()
	f.buckets[b] = append(f.buckets[b], c)
}

// due is the bucket c is closed at: that of its interval's end, or later
// while it waits for a state-only event (hold).
func (c *cluster) due() int64 { return max(bucketAt(c.hi), c.hold) }

// advance closes the events that can match nothing at or after key.
func (f *Fuser) advance(key time.Time) {
	limit := bucketOf(key.Add(-maxBefore)) // buckets below limit end before key-maxBefore (to the hour)
	if !f.started {
		f.started = true
		f.low = limit
		return
	}
	for ; f.low < limit && f.err == nil; f.low++ {
		cs := f.buckets[f.low]
		delete(f.buckets, f.low)
		// State-only, unplaced and regional events first: they may
		// join an event due now.
		slices.SortStableFunc(cs, floatFirst)
		for _, c := range cs {
			if c.closed || c.due() != f.low {
				continue // closed already, or rescheduled later
			}
			if h := f.holdFor(c); h > f.low {
				f.hold(c, Hold{At: f.trigger, Bucket: h})
				f.schedule(c)
				continue
			}
			f.fail(f.finish(c))
		}
	}
	// Denials older than any event they could still contradict.
	cut := key.Add(-DenialLookback)
	k := 0
	for k < len(f.denials) && f.denials[k].key.Before(cut) {
		k++
	}
	if k > 0 {
		f.denials = append(f.denials[:0], f.denials[k:]...)
	}
}

// finish closes c and emits it; a state-only event is absorbed instead by
// the one event it can join, if there is exactly one.
func (f *Fuser) finish(c *cluster) error {
	if c.floating() || c.regional() {
		if c.stateOnly() && len(c.members) > 1 {
			if c = f.scatter(c); c == nil {
				return nil
			}
		}
		if t := f.absorber(c); t != nil {
			f.absorb(t, c)
			return nil
		}
	}
	if c == nil {
		return nil
	}
	f.retire(c)
	return f.emitCluster(c)
}

// retire closes c and takes it out of the open events and their index.
func (f *Fuser) retire(c *cluster) {
	c.closed = true
	delete(f.byID, c.id)
	f.unregister(c)
}

// keepOnly makes rest the members of c and returns c, or retires c and
// returns nil when rest is empty.
func (f *Fuser) keepOnly(c *cluster, rest []*member) *cluster {
	if len(rest) == 0 {
		f.retire(c)
		return nil
	}
	c.reset(rest)
	return c
}

// scatter moves each member of the state-only event c into the one open
// event of its state that could take it alone (canAbsorb) and whose town
// its evidence names (namesTownOf), when its members name the towns of
// two events or more: reports of a state's night that name two towns
// ("bloqueo en Acatlán", "bloqueo en Tlajomulco") met as one state's
// event before either town's report came. It returns c with the members
// left, or nil when none is.
func (f *Fuser) scatter(c *cluster) *cluster {
	targets := make([]*cluster, len(c.members))
	ones := make([]*cluster, len(c.members))
	var first *cluster
	two := false
	for i, m := range c.members {
		one := &cluster{members: []*member{m}, reports: reportsOf(m.it.Incident.ReportID),
			lo: ownStart(m).Unix(), hi: m.hi, first: m.key, lastKey: m.key}
		one.vote(m)
		ones[i] = one
		n := 0
		for _, t := range f.placed(m.lo, m.hi, m.it.Incident.Location.StateCode) {
			if t != c && slices.ContainsFunc(t.members, func(x *member) bool { return namesTownOf(m, x) }) && f.canAbsorb(t, one) {
				targets[i] = t
				n++
			}
		}
		if n != 1 {
			targets[i] = nil
			continue
		}
		if first == nil {
			first = targets[i]
		}
		two = two || targets[i] != first
	}
	if !two {
		return c
	}
	var rest []*member
	for i, m := range c.members {
		if targets[i] != nil {
			f.leave(m, c)
			f.absorb(targets[i], ones[i])
			continue
		}
		rest = append(rest, m)
	}
	return f.keepOnly(c, rest)
}

// reset makes ms, not empty, the members of c: their votes, reports and
// times. (c stays filed under the index keys it had.)
func (c *cluster) reset(ms []*member) {
	c.members, c.votes, c.fine, c.vague, c.areas, c.reports, c.finer = nil, nil, 0, 0, 0, reportSet{}, nil
	for i, m := range ms {
		if i == 0 {
			c.lo, c.hi, c.first, c.lastKey = ownStart(m).Unix(), m.hi, m.key, m.key
		}
		c.members = append(c.members, m)
		c.vote(m)
		c.reports.add(m.it.Incident.ReportID)
		c.lo, c.hi = min(c.lo, ownStart(m).Unix()), max(c.hi, m.hi)
		c.first, c.lastKey = minTime(c.first, m.key), maxTime(c.lastKey, m.key)
	}
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func (f *Fuser) emitCluster(c *cluster) error {
	ev := f.consensus(c)
	keys := make([]time.Time, len(c.members))
	trails := make([]string, len(c.members))
	for i, m := range c.members {
		keys[i] = m.key
		trails[i] = m.trail()
	}
	hs := holdsText(f.holds[c])
	delete(f.holds, c)
	return f.emit(Fused{Event: ev, Keys: keys, Trails: trails, Closed: f.trigger, Holds: hs})
}

// indexKey files an open event under a place and a day (UTC) its time
// covers: a municipality code, a municipality name (for homonyms), a grid
// cell, a state (state-precision incidents), a tally's state, the country,
// or "no place". Its fields are numbers only (a name is numbered by
// nameID), so that the index hashes and compares keys as plain memory:
// looking candidates up there was a tenth of the matcher's time.
type indexKey struct {
	kind int32 // 'm', 'h', 'c', 's', 'p' (state of a finer place), 't', 'n', 'u'
	name int32 // nameID of a code or a folded name; 0 is none
	x, y int32
	day  int32
}

// nameID returns the number of name in index keys (0 for ""), numbering
// it on first sight.
func (f *Fuser) nameID(name string) int32 {
	id, ok := f.names[name]
	if !ok {
		id = int32(len(f.names))
		f.names[name] = id
	}
	return id
}

// numbers numbers the names m is filed and compared under (nameID): its
// town's, its state's and municipality's codes and its dateline's, once
// it is added or replayed, rather than at every lookup.
func (f *Fuser) numbers(m *member) {
	l := &m.it.Incident.Location
	m.muni, m.stateID, m.codeID, m.datelineID = f.nameID(m.muniName), f.nameID(l.StateCode), f.nameID(l.MunicipalityCode), f.nameID(m.dateline)
}

// places returns the place keys (day unset) of m; for a lookup, the cells
// around m's too.
func (f *Fuser) places(m *member, lookup bool, ks []indexKey) []indexKey {
	in := &m.it.Incident
	state := m.stateID
	switch {
	case in.Tally:
		ks = append(ks, indexKey{kind: 't', name: state})
		switch {
		case in.Location.StateCode == "" && lookup:
			ks = append(ks, indexKey{kind: 't', name: f.nameID("*")}) // a tally placed nowhere meets any state's
		case in.Location.StateCode != "" && lookup:
			ks = append(ks, indexKey{kind: 't'})
		case in.Location.StateCode != "":
			ks = append(ks, indexKey{kind: 't', name: f.nameID("*")})
		}
	case m.prec == model.GeoUnknown:
		ks = append(ks, indexKey{kind: 'u'})
	case m.prec == model.GeoCountry:
		ks = append(ks, indexKey{kind: 'n'})
	case m.prec == model.GeoState:
		ks = append(ks, indexKey{kind: 's', name: state})
		if lookup {
			// the events placed finer in the state, whose town its
			// evidence may name (namesTownOf)
			ks = append(ks, indexKey{kind: 'p', name: state})
		}
	default:
		if in.Location.StateCode != "" {
			// for the state-only events that may join it (absorber),
			// or whose evidence names its town (namesTownOf)
			k := int32('p')
			if lookup {
				k = 's'
			}
			ks = append(ks, indexKey{kind: k, name: state})
			switch {
			case m.area && !lookup:
				// Filed as a state-only event is: for the events of
				// its state that may take it when it closes
				// (holdFor), or whose towns lie in its region (inArea).
				ks = append(ks, indexKey{kind: 's', name: state})
			case m.region && lookup:
				// A region's towns may lie beyond the cells around its
				// point (inArea).
				ks = append(ks, indexKey{kind: 'p', name: state})
			}
		}
		if in.Location.MunicipalityCode != "" {
			ks = append(ks, indexKey{kind: 'm', name: m.codeID})
		}
		if m.muniName != "" {
			ks = append(ks, indexKey{kind: 'h', name: m.muni})
		}
		if m.dateline != "" {
			// the town of the dateline, which a misread place may hide
			ks = append(ks, indexKey{kind: 'h', name: m.datelineID})
		}
		if m.hasGeo {
			x, y := cell(m.lat, m.lon)
			if !lookup {
				ks = append(ks, indexKey{kind: 'c', x: x, y: y})
			} else {
				for dx := int32(-1); dx <= 1; dx++ {
					for dy := int32(-1); dy <= 1; dy++ {
						ks = append(ks, indexKey{kind: 'c', x: x + dx, y: y + dy})
					}
				}
			}
		}
	}
	return ks
}

// days returns the UTC day numbers m's interval covers.
func days(m *member) (first, last int32) {
	return int32(m.lo / 86400), int32((m.hi - 1) / 86400)
}

const cellDeg = 0.25

func cell(lat, lon float64) (int32, int32) {
	return int32(math.Floor(lat / cellDeg)), int32(math.Floor(lon / cellDeg))
}

func (f *Fuser) register(c *cluster, m *member) {
	d0, d1 := days(m)
	f.scratchK = f.places(m, false, f.scratchK[:0])
	for _, k := range f.scratchK {
		for d := d0; d <= d1; d++ {
			k.day = d
			if slices.Contains(c.keys, k) {
				continue
			}
			c.keys = append(c.keys, k)
			f.index.add(k, c)
		}
	}
}

// unregister removes a closed cluster from the index.
func (f *Fuser) unregister(c *cluster) {
	for _, k := range c.keys {
		f.index.remove(k, c)
	}
	c.keys = nil
}

// candidates returns the open events indexed near m, each once, dropping
// closed ones from the index as it goes.
func (f *Fuser) candidates(m *member) []*cluster {
	f.stamp++
	out := f.scratchC[:0]
	d0, d1 := days(m)
	f.scratchK = f.places(m, true, f.scratchK[:0])
	for _, k := range f.scratchK {
		for _, list := range f.index.span(k.place(), d0, d1) {
			for _, c := range list {
				if !c.closed && c.stamp != f.stamp {
					c.stamp = f.stamp
					out = append(out, c)
				}
			}
		}
	}
	f.scratchC = out
	return out
}

// scoreCluster scores m against c: the best pair score, if m is compatible
// with every member. slip says that the match rests on a slip (a type of
// the same family, a point misplaced within the municipality) that the
// evidence of m and a member overrules (tellsOneAct).
func (f *Fuser) scoreCluster(c *cluster, m *member) (score float64, ok, slip bool) {
	if !c.meets(m) {
		return 0, false, false // no member's time can overlap m's
	}
	// Every test below refuses alike, so the cheap ones come first.
	if f.tooLong(c, m) {
		return 0, false, false
	}
	if !townsMeet(c, m) {
		return 0, false, false
	}
	tp := typesOf(c.typ, c.ti, m.it.Incident.Type, m.ti)
	tc := tp.compatible
	if tc == 0 {
		if tp.kin && !response(&m.it.Incident) && slices.ContainsFunc(c.members, func(x *member) bool {
			return typesOf(x.it.Incident.Type, x.ti, m.it.Incident.Type, m.ti).kinship > 0 && !response(&x.it.Incident) && faces(x, m) >= kinFaces
		}) {
			// Two types of one act that a member's evidence shows to
			// be its faces (the toll, the victims, the town): no
			// slip; sameAct weighs the faces.
			tc = kinFamily
		} else if fa := family(c.typ); (fa == 0 || fa != family(m.it.Incident.Type)) && !burnSlip(c, m) {
			return 0, false, false
		} else {
			tc, slip = slipType, true
		}
	}
	if c.otherAct(m, false) {
		// Another act of m's report. (One the pair model joined
		// leaves for m: eject.)
		return 0, false, false
	}
	best := 0.0
	var needs, agrees bool
	for _, x := range c.members {
		s, ok, n := f.pair(x, m, tc, nil)
		if !ok && x.overruled {
			continue
		}
		if !ok {
			return 0, false, false
		}
		needs = needs || n
		agrees = agrees || !n
		best = math.Max(best, s)
	}
	// A slip of the types only if the evidence overrules it: asked after
	// the pairs, which refuse alike, and nearly always at the first
	// member, where the evidence is read of every member.
	told := slip && slices.ContainsFunc(c.members, func(x *member) bool { return tellsOneAct(x, m) })
	if slip && !told {
		return 0, false, false
	}
	if needs && !agrees {
		// A slip with every member: only if the evidence overrules it.
		// (A slip with some members only was overruled when they
		// joined the members m agrees with.)
		if !told && !slices.ContainsFunc(c.members, func(x *member) bool { return tellsOneAct(x, m) }) {
			return 0, false, false
		}
		slip = true
	}
	return best, true, slip
}

// tooLong reports whether c would span more than MaxSpanHours, first key
// to last, with m.
//
// It is asked of most candidate events, so it compares nanoseconds since
// the epoch rather than times (keys carry no monotonic reading, and fall
// well within int64's nanoseconds).
func (f *Fuser) tooLong(c *cluster, m *member) bool {
	k := m.key.UnixNano()
	lo, hi := min(c.first.UnixNano(), k), max(c.lastKey.UnixNano(), k)
	return time.Duration(hi-lo).Hours() > f.cfg.MaxSpanHours
}

// townsMeet is a quick test of what geo asks of m and each member of c
// when one is placed only in the state and the other finer (namesTownOf),
// on the first member of c: most such pairs are parted here, before the
// types and the rest are compared.
//
// It is asked of every candidate event, so it reads c's own fields and
// m's before it reaches into c's members (each one more pointer to
// follow, in memory the other candidates have not touched).
func townsMeet(c *cluster, m *member) bool {
	switch {
	case m.prec == model.GeoState && !m.it.Incident.Tally && !c.stateOnly():
		return c.finer == nil || namesTownOf(m, c.finer)
	case c.stateOnly() && m.prec != model.GeoState && !m.it.Incident.Tally &&
		m.prec <= model.GeoMunicipality && m.prec != model.GeoUnknown:
		if x := c.members[0]; x.prec == model.GeoState && !x.it.Incident.Tally {
			return namesTownOf(x, m)
		}
	}
	return true
}

// tokens returns the sorted distinct hashes of the content words of the
// evidence texts.
func tokens(ev []model.Span) []uint64 {
	out, _, _ := evidenceTokens(foldSpans(ev))
	return out
}

// foldSpans returns the texts of ev folded (fold.String).
func foldSpans(ev []model.Span) []string {
	out := make([]string, len(ev))
	for i, sp := range ev {
		out[i] = fold.String(sp.Text)
	}
	return out
}

// folds returns m's evidence texts folded, computed once.
func (m *member) folds() []string {
	if m.folded == nil {
		m.folded = foldSpans(m.it.Incident.Evidence)
	}
	return m.folded
}

// evidenceTokens returns the tokens of the folded evidence texts (see
// tokens), and whether the evidence tells that someone wounded died (a
// follow-up: "el agente que resultó herido en el ataque falleció este
// miércoles", "a third officer wounded in the ambush died on Wednesday").
func evidenceTokens(folded []string) (out []uint64, followUp bool, victims uint8) {
	var wounded, died bool
	for _, f := range folded {
		for i := 0; ; {
			j, k := nextWord(f, i)
			if j == k {
				break
			}
			w := f[j:k]
			i = k
			if len(w) < 4 && !(w[0] >= '0' && w[0] <= '9') || isStopword(w) {
				continue
			}
			if r := roleOf(w); r != 0 {
				switch r & 3 {
				case 1:
					wounded = true
				case 2:
					died = true
				}
				victims |= uint8(r >> 2)
			}
			out = append(out, fnv64(w))
		}
	}
	slices.Sort(out)
	return slices.Compact(out), wounded && died, victims
}

// wordRoles are the roles of a word in a folded evidence text: 1 for a
// wounded victim and 2 for a later death (the words of a follow-up), and
// above these two bits the kinds of victims it names (victimWords).
var wordRoles = func() map[string]uint16 {
	m := map[string]uint16{}
	for _, w := range strings.Fields(`herido herida heridos heridas lesionado lesionada lesionados lesionadas wounded injured`) {
		m[w] = 1
	}
	for _, w := range strings.Fields(`murio fallecio falleciera muriera died dies succumbed`) {
		m[w] = 2
	}
	for _, v := range victimWords {
		for _, w := range strings.Fields(v.words) {
			m[w] |= uint16(v.kind) << 2
		}
	}
	return m
}()

// roleOf is wordRoles[w], looked up only when the first byte and length
// of w are a role word's (roleLens).
func roleOf(w string) uint16 {
	if !roleLens.may(w) {
		return 0
	}
	return wordRoles[w]
}

// isStopword is stopwords[w], looked up only when the first byte and
// length of w are a stopword's (stopLens).
func isStopword(w string) bool { return stopLens.may(w) && stopwords[w] }

// roleLens is the wordLens of wordRoles, stopLens of stopwords
// (evidenceTokens asks them of every word).
var roleLens, stopLens = lensOf(wordRoles), lensOf(stopwords)

// stopwords are frequent words of 4 letters or more that say nothing about
// which incident a text is about.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`para como pero esta este estos estas donde cuando desde entre sobre
	tras hasta tambien segun sido sera fueron habia hubo han hace mientras luego ante todo toda todos todas
	otro otra otros otras cual cuales porque aunque tiene tienen dijo informo informaron senalo reporto
	mismo misma dicho dicha that this with from were have been their they there which after about into
	over said also when where while would could than then them these those`) {
		m[w] = true
	}
	return m
}()

// jaccard of two sorted distinct slices.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := shared(a, b)
	return float64(n) / float64(len(a)+len(b)-n)
}

// stateOnly reports whether every member of c is placed only in a state
// (not a tally): "a Marina operation in Nuevo León" told by a headline or
// a wire that names no town.
func (c *cluster) stateOnly() bool { return c.fine == 0 }

// floatFirst orders the floating and the regional events before the
// others: closed first, they may join one of those.
func floatFirst(a, b *cluster) int {
	return cmpBool(!a.floating() && !a.regional(), !b.floating() && !b.regional())
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

// placed returns the open events with a finer place in one of states
// whose time may overlap the interval [lo, hi) (Unix seconds), each once.
func (f *Fuser) placed(lo, hi int64, states ...string) []*cluster {
	f.stamp++
	out := f.scratchC[:0]
	d0, d1 := int32(lo/86400), int32((hi-1)/86400)
	for _, state := range states {
		sid := f.nameID(state)
		for d := d0; d <= d1; d++ {
			for _, c := range f.index.day(indexKey{kind: 'p', name: sid, day: d}) {
				if !c.closed && c.stamp != f.stamp {
					c.stamp = f.stamp
					out = append(out, c)
				}
			}
		}
	}
	f.scratchC = out
	return out
}

// absorber returns the one open event that the state-only or unplaced
// event s can join, or nil when none or several can: an event of a
// compatible type placed in s's state (any state, for an unplaced s),
// from other reports, whose every member overlaps every member of s in
// time. Of several candidates (two homicides in two towns of the state
// that day), the one whose evidence alone tells s's act (tellOneAct) is
// taken; when none does, the one whose reports give s's toll of a
// massacre, if only one does (tollOf); else, for a state-only s, the one
// of s's own type, if only one is (a clash near the border with
// Guatemala, the one clash of Chiapas that night beside an attack and a
// killing) and whose tolls do not differ from s's (tollsDiffer); else s
// stays on its own.
func (f *Fuser) absorber(s *cluster) *cluster {
	var cands []*cluster
	placedIn := s.stateOnly() || s.regional() // of one state, or one region of it
	switch st := s.members[0].it.Incident.Location.StateCode; {
	case s.regional():
		cands = f.placed(s.lo, s.hi, st)
	case !s.stateOnly():
		cands = f.anyPlaced()
	case gazetteer.MetroReach(st) != nil:
		// Mexico City as a whole, or Coahuila, Tamaulipas, Jalisco: the
		// state of a zone's core whose zone reaches into other states
		// (canAbsorb): the events of the zones' states; absorber's
		// choice does not depend on their order.
		cands = f.placed(s.lo, s.hi, gazetteer.MetroReach(st)...)
	default:
		cands = f.placed(s.lo, s.hi, st)
	}
	var found, told, tolled, typed *cluster
	n, nt, nk, ny := 0, 0, 0, 0
	for _, t := range cands {
		if t == s || !f.canAbsorb(t, s) {
			continue
		}
		found = t
		n++
		if t.typ == s.typ && !tollsDiffer(t, s) {
			typed = t
			ny++
		}
		if tellOneAct(t, s) {
			told = t
			nt++
		}
		if placedIn && tollOf(t, s) {
			tolled = t
			nk++
		}
	}
	switch {
	case n == 1 && (placedIn || nt == 1):
		return found
	case nt == 1:
		return told
	case nt == 0 && nk == 1:
		// "The Zacatecas state government said 12 people were
		// killed": the one event of the state whose reports give
		// that toll.
		return tolled
	case nt == 0 && nk == 0 && ny == 1 && placedIn:
		return typed
	}
	return nil
}

// tollsDiffer reports whether a member of t and one of s give two tolls
// of killed, other than a toll raised since by wounded who died
// (woundedDied).
func tollsDiffer(t, s *cluster) bool {
	for _, y := range s.members {
		b := &y.it.Incident
		if b.Killed != nil && slices.ContainsFunc(t.members, func(x *member) bool {
			return x.it.Incident.Killed != nil && x.it.Incident.Killed.N != b.Killed.N && !woundedDied(x, y) && !woundedDied(y, x)
		}) {
			return true
		}
	}
	return false
}

// woundedDied reports whether y gives more killed than x, no more than
// x's wounded could add (one, when x counts none), and y's evidence tells
// that a wounded victim died or that the toll was raised: "Gunmen killed
// four people at a car wash ... after a man wounded in the attack died
// in hospital overnight" against "tres hombres fueron ejecutados".
func woundedDied(x, y *member) bool {
	a, b := &x.it.Incident, &y.it.Incident
	if a.Killed == nil || b.Killed == nil || b.Killed.N <= a.Killed.N {
		return false
	}
	wounded := 1
	if a.Injured != nil && a.Injured.N > 0 {
		wounded = a.Injured.N
	}
	if b.Killed.N-a.Killed.N > wounded {
		return false
	}
	_, followUp, _ := evidenceTokens(y.folds())
	return followUp || raiseWords.any(y.plainText())
}

// tollOf reports whether a member of t and one of s give the same toll
// of a massacre (sameDead, massacre dead or more): rare enough in a
// state and a window to tell which of its events a state-only report
// tells, where a toll of two, which several acts share, does not.
func tollOf(t, s *cluster) bool {
	for _, y := range s.members {
		b := &y.it.Incident
		if b.Killed == nil || b.Killed.N < massacre {
			continue
		}
		if slices.ContainsFunc(t.members, func(x *member) bool { return sameDead(&x.it.Incident, b) }) {
			return true
		}
	}
	return false
}

// anyPlaced returns the open events, in id order, with a member placed
// finer than a state.
func (f *Fuser) anyPlaced() []*cluster {
	out := f.scratchC[:0]
	for _, c := range f.byID {
		if !c.closed && !c.floating() {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b *cluster) int { return strings.Compare(a.id, b.id) })
	f.scratchC = out
	return out
}

// unplaced reports whether every member of c is placed nowhere, or only
// in the country (not a tally): "a bus was set on fire on the highway"
// told by a transcript that names no state.
func (c *cluster) unplaced() bool { return int(c.vague) == len(c.members) }

// floating reports whether c waits to join an event when it closes: it is
// state-only or unplaced.
func (c *cluster) floating() bool { return c.stateOnly() || c.unplaced() }

// regional reports whether every member of c is placed only at a region's
// or a metropolitan area's point, or only in its state, and one at least
// at such a point: "in the Sierra Tarahumara mountains of northern
// Chihuahua state", "en la Costa Grande de Guerrero". When no event met
// it member by member, it joins, as a state-only event does (absorber),
// the one event of its state whose towns lie within the area's reach of
// its point.
func (c *cluster) regional() bool { return c.areas > 0 && c.areas == c.fine }

// withinSpan reports whether the events a and b together span no more
// than MaxSpanHours, from the earlier first time to the later last one.
func (f *Fuser) withinSpan(a, b *cluster) bool {
	lo, hi := a.first, a.lastKey
	if b.first.Before(lo) {
		lo = b.first
	}
	if b.lastKey.After(hi) {
		hi = b.lastKey
	}
	return hi.Sub(lo).Hours() <= f.cfg.MaxSpanHours
}

// canAbsorb reports whether the event t can take the state-only or
// unplaced event s; an unplaced one only when the evidence of one of its
// members and one of t's tells one act. A state-only s of the state of a
// metropolitan zone's core (Mexico City, gazetteer.MetroZone; Torreón's
// Coahuila, Tampico's Tamaulipas) may take an event of the zone's towns in
// the next states (Ecatepec, Naucalpan; Gómez Palacio, Pueblo Viejo) on
// that evidence too.
func (f *Fuser) canAbsorb(t, s *cluster) bool {
	if t.floating() || t.regional() && s.regional() || compatible(t.typ, s.typ) == 0 || t.lo >= s.hi || s.lo >= t.hi {
		return false
	}
	if !f.withinSpan(t, s) {
		return false
	}
	state, anyState := s.members[0].it.Incident.Location.StateCode, s.unplaced()
	var area *member // s's member at an area's point, whose towns lie within its reach
	if s.regional() {
		area = s.members[slices.IndexFunc(s.members, func(m *member) bool { return m.area })]
	}
	zone := false // a member in another state of a zone whose core is in s's state
	core := !anyState && gazetteer.MetroReach(state) != nil
	for _, x := range t.members {
		a := &x.it.Incident
		if a.Tally || x.prec == model.GeoState || x.prec >= model.GeoCountry || x.prec == model.GeoUnknown {
			return false
		}
		if area != nil && (!x.hasGeo || model.DistanceKm(x.lat, x.lon, area.lat, area.lon) > f.reach(area)) {
			return false
		}
		if core && a.Location.StateCode != state && metroState(x) == state {
			// "on the northern outskirts of Mexico City", an act in
			// Ecatepec, State of Mexico; "en Tamaulipas", one in
			// Pueblo Viejo, Veracruz: if the evidence tells it.
			zone = true
			continue
		}
		if !anyState && a.Location.StateCode != state && !slices.ContainsFunc(t.members, func(y *member) bool {
			return y.it.Incident.Location.StateCode == state && x.datelined && x.dateline == y.muniName
		}) {
			// Another state's, unless its dateline names the town of
			// a member of s's state ("CULIACÁN, Sin.- ... en la
			// colonia Tierra Blanca" read as Tierra Blanca, Veracruz).
			return false
		}
	}
	for _, m := range s.members {
		if t.reports.hasReportOf(m) || m.it.Incident.Type != s.typ && compatible(t.typ, m.it.Incident.Type) == 0 {
			return false
		}
		for _, x := range t.members {
			if !ownStart(x).Before(m.end) || !ownStart(m).Before(x.end) {
				return false // a reach back to the day before is for matching one by one only
			}
		}
	}
	return !anyState && !zone || tellOneAct(t, s) || zone && zoneTold(t, s)
}

// zoneTold reports whether t, an event with a member in a town of a
// metropolitan zone across the state line of the state-only s, is of s's
// type and a member of each gives the same toll of one dead or more
// (sameDead) and names the same kind of victim or premises ("cuatro
// hombres asesinados en un bar en Tamaulipas" against the bar of Pueblo
// Viejo, Veracruz): two details of one act that a wire and a local paper
// tell in words too unlike for tellOneAct.
func zoneTold(t, s *cluster) bool {
	if t.typ != s.typ {
		return false
	}
	for _, x := range t.members {
		for _, m := range s.members {
			if sameDead(&x.it.Incident, &m.it.Incident) && (x.victims()&m.victims() != 0 || x.objects()&m.objects() != 0) {
				return true
			}
		}
	}
	return false
}

// metroState returns the state of the core of m's metropolitan zone ("28"
// for Pueblo Viejo's, Tampico's; "09" for Ecatepec's), "" for none: a
// core's INEGI code begins with its state's.
func metroState(m *member) string {
	if len(m.metro) < 2 {
		return ""
	}
	return m.metro[:2]
}

// holdFor returns the bucket until which c must stay open because a
// state-only or unplaced event that c could absorb is still open (0:
// none).
func (f *Fuser) holdFor(c *cluster) int64 {
	if c.floating() || len(c.members) == 0 {
		return 0
	}
	state := c.members[0].it.Incident.Location.StateCode
	d0, d1 := int32(c.lo/86400), int32((c.hi-1)/86400)
	var h int64
	sid := f.nameID(state)
	for d := d0; d <= d1; d++ {
		for _, k := range [...]indexKey{{kind: 's', name: sid, day: d}, {kind: 'u', day: d}, {kind: 'n', day: d}} {
			if k.kind == 's' && state == "" {
				continue
			}
			for _, s := range f.index.day(k) {
				if due := s.due(); due > h && due > f.low && !s.closed && (s.floating() || s.regional()) && f.canAbsorb(c, s) {
					h = due
				}
			}
		}
	}
	return h
}
