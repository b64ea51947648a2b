// Package eval scores incident extraction against a hand-labelled gold file.
//
// A gold file is JSONL: one object per line, {"report": {...}, "incidents":
// [...]}, read by ReadGold. Run hands each report to a Pipeline, which
// returns the incidents it extracts, and compares them with the gold ones.
//
// # Matching
//
// Within each report, predicted and gold incidents are paired one-to-one by
// the assignment that maximises the total similarity (Hungarian method). The
// similarity of a pair is, in decreasing weight: same type and same state
// (10000), same type (100), same state (50), same municipality (20), same
// calendar day (10), and up to 5 for geographic closeness (5 at 0 km, 0 at
// 100 km or more), counted only when both places are finer than a state: a
// state's centroid says nothing about where in the state an act was. A pair with neither the same type nor the same known
// state is never formed, nor is one whose denial or tally flags differ: a
// predicted denial pairs only with a gold denial, a predicted tally only
// with a gold tally. Unpaired incidents stay unpaired: a predicted one
// is a false positive, a gold one a false negative.
//
// Two states are the same when both INEGI codes are given and equal, or,
// failing codes, when the names are equal after accent and case folding;
// for the incident-level match two unknown states are also the same. The
// same rules hold for municipalities.
//
// # Fields
//
// For each field, "predicted" counts the predicted incidents (paired or not)
// where the field is known, "gold" the gold incidents where it is known, and
// "correct" the pairs where both are known and agree:
//
//   - type: equal types.
//   - state, municipality: as above.
//   - geo<=10km, geo<=25km, geo<=100km: both have coordinates and the
//     great-circle distance is within the bound.
//   - killed, injured, detained, kidnapped: equal numbers (the "at least"
//     flag is ignored).
//   - time: the same calendar day, each on its place's calendar
//     (model.Location.Date: the zone of its municipality or state, Mexico
//     City's when the place is unknown). A gold date (YYYY-MM-DD) is that
//     day at the gold place; a gold instant carries its offset and is read
//     at the gold place; a predicted time at the predicted place.
//   - denial, tally: the incidents flagged so; correct are the pairs (whose
//     flags always agree) of flagged incidents.
//   - actors: counted per actor rather than per incident. Predicted and gold
//     are the numbers of distinct (name, kind) actors of each incident,
//     names folded; correct is the size of their intersection in a pair.
//     The role is not scored.
//
// Precision = correct/predicted, recall = correct/gold, F1 their harmonic
// mean. When a denominator is zero the ratio is 1 if the other side is zero
// too (nothing to find and nothing claimed) and 0 otherwise.
//
// The median geocoding error is the median distance in km over the pairs
// where both sides have coordinates.
//
// # Incidents and reports
//
// Incident-level scores count a pair as correct when it has the same type
// and the same state; precision and recall are over all predicted and all
// gold incidents. They are also broken down by the language of the report
// (the gold report's "lang", else the one the pipeline detected).
//
// The no-incident rate is the share of gold reports with no incident (or
// only denials and tallies, which report no incident of their own) for
// which the pipeline returned no violent incident (model.IncidentType.Violent);
// security operations, disruptions, advisories, policy items, denials and
// tallies do not count against it (whether a denial or a tally was right
// is scored by the matching and the denial and tally fields).
//
// A report on which the pipeline fails is scored as if it had returned no
// incident, and the error is listed in Scores.Errors.
package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"sort"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/model"
)

// Pipeline turns a gold report line into a report and extracts its
// incidents (the CLI wires it to report.DecodeLine and the extractor).
type Pipeline func(reportJSON []byte) (model.Report, []model.Incident, error)

// Field names, in the order Scores lists them.
const (
	FieldType         = "type"
	FieldState        = "state"
	FieldMunicipality = "municipality"
	FieldGeo10        = "geo<=10km"
	FieldGeo25        = "geo<=25km"
	FieldGeo100       = "geo<=100km"
	FieldKilled       = "killed"
	FieldInjured      = "injured"
	FieldDetained     = "detained"
	FieldKidnapped    = "kidnapped"
	FieldTime         = "time"
	FieldActors       = "actors"
	FieldDenial       = "denial"
	FieldTally        = "tally"
)

func fieldNames() []string {
	return []string{FieldType, FieldState, FieldMunicipality, FieldGeo10, FieldGeo25,
		FieldGeo100, FieldKilled, FieldInjured, FieldDetained, FieldKidnapped, FieldTime, FieldActors, FieldDenial, FieldTally}
}

// Metric is a precision/recall/F1 triple with the counts behind it.
type Metric struct {
	Correct   int     `json:"correct"`
	Predicted int     `json:"predicted"`
	Gold      int     `json:"gold"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// FieldScore is the metric of one field.
type FieldScore struct {
	Field string `json:"field"`
	Metric
}

// LangScore is the incident-level metric of the reports in one language.
type LangScore struct {
	Lang    string `json:"lang"` // "" when unknown
	Reports int    `json:"reports"`
	Metric
}

// NoIncident scores the reports that the gold says mention no incident.
type NoIncident struct {
	Reports int     `json:"reports"` // gold reports with no incident
	Clean   int     `json:"clean"`   // of those, the ones with no violent prediction
	Rate    float64 `json:"rate"`    // Clean/Reports, 1 when Reports is 0
}

// CaseError is a pipeline failure on one gold line.
type CaseError struct {
	Line int    `json:"line"`
	Err  string `json:"error"`
}

// Scores are the results of Run; see the package doc for the definitions.
type Scores struct {
	Reports            int          `json:"reports"`
	GoldIncidents      int          `json:"gold_incidents"`
	PredictedIncidents int          `json:"predicted_incidents"`
	Paired             int          `json:"paired"` // pairs formed by the matching
	Incidents          Metric       `json:"incidents"`
	Fields             []FieldScore `json:"fields"`
	// MedianGeoErrorKm is nil when no pair has coordinates on both sides.
	MedianGeoErrorKm *float64    `json:"median_geo_error_km"`
	NoIncident       NoIncident  `json:"no_incident"`
	Languages        []LangScore `json:"languages"`
	// Fusion is nil when no gold incident carries an event label.
	Fusion *FusionScore `json:"fusion,omitempty"`
	Errors []CaseError  `json:"errors,omitempty"`
	// Misses lists, report by report, the predicted incidents left
	// unpaired, the pairs whose types differ and the gold incidents left
	// unpaired (see Miss).
	Misses []Miss `json:"misses,omitempty"`
}

// Miss kinds.
const (
	MissExtra = "extra" // a predicted incident no gold incident of its report pairs with
	MissFalse = "false" // a predicted incident in a report whose gold has none
	MissType  = "type"  // a pair whose types differ
	MissState = "state" // a pair of one type whose states differ
	// MissMunicipality is a pair of one type and state whose
	// municipalities differ, or whose prediction has none where the gold
	// has one.
	MissMunicipality = "municipality"
	MissMissed       = "missed" // a gold incident no prediction pairs with
	// MissTime is a pair whose calendar days differ, or one of which has
	// no day; Gold and Pred then end with the day ("on 2026-02-14",
	// "on -").
	MissTime = "time"
)

// Miss is one error of the incident-level match: what was predicted and
// what the gold says, with the text the prediction came from.
type Miss struct {
	Line     int    `json:"line"`
	Kind     string `json:"kind"`
	Gold     string `json:"gold,omitempty"`      // gold type and place
	Pred     string `json:"predicted,omitempty"` // predicted type and place
	Evidence string `json:"evidence,omitempty"`  // the prediction's first evidence sentence
}

// FusionScore scores "same event" over pairs of event-labelled gold
// incidents from different reports: a pair is gold-positive when the two
// carry the same label, and predicted-positive when both are paired with
// predicted incidents (by the per-report matching) that fusion put in the
// same event. Precision, recall and F1 are over those pairs.
type FusionScore struct {
	Pairs Metric `json:"pairs"`
	// Labelled gold incidents, those left without a predicted incident,
	// and the number of distinct labels.
	Labelled   int `json:"labelled"`
	Unpaired   int `json:"unpaired"`
	GoldEvents int `json:"gold_events"`
	// Events fusion made of all the predicted incidents, and the largest
	// one's number of incidents (merging everything nearby is a failure
	// too).
	Events       int `json:"events"`
	LargestEvent int `json:"largest_event"`
	// GoldPairs scores fusion alone: the labelled gold incidents themselves
	// are fused (as a perfect extractor would give them: municipality,
	// state or country precision, the report text as evidence), and
	// GoldLargestEvent is the largest event it makes of them.
	GoldPairs        Metric `json:"gold_pairs"`
	GoldLargestEvent int    `json:"gold_largest_event"`
	// Lost counts the gold same-event pairs fusion did not join, by the
	// first difference between their predicted incidents (LostCauses
	// names them in order): aggregates that say where recall goes on a
	// held-out set without reading it.
	Lost map[string]int `json:"lost,omitempty"`
	// LostPairs lists those pairs one by one (for eval --why on a
	// development set), and the pairs of two gold events fusion joined
	// (cause "joined").
	LostPairs []LostPair `json:"lost_pairs,omitempty"`
	// GoldMissed lists the pairs of gold incidents that fusion alone got
	// wrong (for eval --why on a development set): same-event pairs it
	// kept apart, by cause, and pairs of two events it joined ("joined").
	GoldMissed []LostPair `json:"gold_missed,omitempty"`
}

// LostPair is a gold same-event pair that fusion did not join: its label,
// its cause (LostCauses), and each side's gold line and predicted incident
// ("" when none).
type LostPair struct {
	Event string `json:"event"`
	Cause string `json:"cause"`
	LineA int    `json:"line_a"`
	LineB int    `json:"line_b"`
	PredA string `json:"predicted_a,omitempty"`
	PredB string `json:"predicted_b,omitempty"`
}

// LostCauses are the causes of a lost same-event pair, in the order they
// are tried: one of the two gold incidents has no predicted incident; a
// predicted one is a tally or a denial and the other not; their types, their
// states (or one has none), their municipalities (both known), or their
// days in Mexico City (both known) differ; only one has a municipality;
// only one has a time; none of these (fusion's score kept them apart: time
// of day, actors, text).
var LostCauses = [...]string{"no prediction", "tally or denial", "type", "state", "municipality", "day",
	"one without municipality", "one without time", "other"}

// Field returns the metric of the named field (one of the Field constants).
func (s *Scores) Field(name string) (Metric, bool) {
	for _, f := range s.Fields {
		if f.Field == name {
			return f.Metric, true
		}
	}
	return Metric{}, false
}

// Run scores the pipeline on the cases. It stops with ctx's error when ctx
// is done; pipeline errors are recorded in the scores, not returned.
func Run(ctx context.Context, cases []Case, p Pipeline) (*Scores, error) {
	t, fz, err := read(ctx, cases, p)
	if err != nil {
		return nil, err
	}
	s := t.scores()
	if fz.labelled() {
		var err error
		if s.Fusion, err = fz.score(fuse.DefaultConfig()); err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
	}
	return s, nil
}

// read runs the pipeline on the cases and tallies what it read.
func read(ctx context.Context, cases []Case, p Pipeline) (*tally, *fusionTally, error) {
	t := newTally()
	fz := newFusionTally()
	for _, c := range cases {
		if err := ctx.Err(); err != nil {
			return nil, nil, fmt.Errorf("eval: stopped at gold line %d: %w", c.Line, err)
		}
		rep, pred, perr := p(c.Report)
		if perr != nil {
			t.errors = append(t.errors, CaseError{Line: c.Line, Err: perr.Error()})
			pred = nil
		}
		lang := goldLang(c.Report)
		if lang == "" && perr == nil {
			lang = rep.Lang
		}
		pairs := t.add(lang, c.Incidents, pred)
		t.misses = append(t.misses, misses(c.Line, c.Incidents, pred, pairs)...)
		fz.add(rep, perr == nil, c.Line, c.Incidents, pred, pairs)
	}
	return t, fz, nil
}

func goldLang(raw json.RawMessage) string {
	var r struct {
		Lang string `json:"lang"`
	}
	if json.Unmarshal(raw, &r) != nil {
		return ""
	}
	return r.Lang
}

// counts is a correct/predicted/gold triple being accumulated.
type counts struct{ correct, predicted, gold int }

func (c counts) metric() Metric {
	m := Metric{Correct: c.correct, Predicted: c.predicted, Gold: c.gold}
	m.Precision = ratio(c.correct, c.predicted, c.gold)
	m.Recall = ratio(c.correct, c.gold, c.predicted)
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	return m
}

// ratio is num/den, or 1 when both den and other are zero, or 0 when only
// den is.
func ratio(num, den, other int) float64 {
	if den == 0 {
		if other == 0 {
			return 1
		}
		return 0
	}
	return float64(num) / float64(den)
}

type langTally struct {
	reports int
	counts
}

// tally accumulates the scores over the reports.
type tally struct {
	reports          int
	paired           int
	incidents        counts
	fields           map[string]*counts
	geoErrors        []float64
	noIncident       NoIncident
	langs            map[string]*langTally
	errors           []CaseError
	goldN, predictsN int
	misses           []Miss
}

func newTally() *tally {
	t := &tally{fields: map[string]*counts{}, langs: map[string]*langTally{}}
	for _, f := range fieldNames() {
		t.fields[f] = &counts{}
	}
	return t
}

// add scores one report and returns the (gold, predicted) pairs it formed.
func (t *tally) add(lang string, gold []GoldIncident, pred []model.Incident) [][2]int {
	t.reports++
	t.goldN += len(gold)
	t.predictsN += len(pred)
	lt := t.langs[lang]
	if lt == nil {
		lt = &langTally{}
		t.langs[lang] = lt
	}
	lt.reports++
	if noneCounted(gold) {
		t.noIncident.Reports++
		clean := true
		for _, p := range pred {
			if p.Type.Violent() && p.Counted() {
				clean = false
				break
			}
		}
		if clean {
			t.noIncident.Clean++
		}
	}

	g := make([]view, len(gold))
	for i := range gold {
		g[i] = newGoldView(gold[i])
	}
	p := make([]view, len(pred))
	for i := range pred {
		p[i] = newPredView(pred[i])
	}
	for _, x := range g {
		x.countGold(t.fields)
	}
	for _, x := range p {
		x.countPredicted(t.fields)
	}
	t.incidents.gold += len(g)
	t.incidents.predicted += len(p)
	lt.gold += len(g)
	lt.predicted += len(p)

	pairs := match(g, p)
	for _, pr := range pairs {
		gi, pi := &g[pr[0]], &p[pr[1]]
		t.paired++
		if gi.typ == pi.typ && sameState(gi.place, pi.place, true) {
			t.incidents.correct++
			lt.correct++
		}
		t.scorePair(gi, pi)
	}
	return pairs
}

// noneCounted reports whether the gold incidents of a report are none but
// denials and tallies: the report tells of no incident of its own.
func noneCounted(gold []GoldIncident) bool {
	for _, g := range gold {
		if !g.Denial && !g.Tally {
			return false
		}
	}
	return true
}

func (t *tally) scorePair(g *view, p *view) {
	f := t.fields
	if g.denial && p.denial {
		f[FieldDenial].correct++
	}
	if g.tally && p.tally {
		f[FieldTally].correct++
	}
	if g.typ == p.typ {
		f[FieldType].correct++
	}
	if g.place.stateKnown() && p.place.stateKnown() && sameState(g.place, p.place, false) {
		f[FieldState].correct++
	}
	if g.place.muniKnown() && p.place.muniKnown() && sameMuni(g.place, p.place) {
		f[FieldMunicipality].correct++
	}
	if g.hasGeo && p.hasGeo {
		d := model.DistanceKm(g.lat, g.lon, p.lat, p.lon)
		t.geoErrors = append(t.geoErrors, d)
		for _, b := range []struct {
			name string
			km   float64
		}{{FieldGeo10, 10}, {FieldGeo25, 25}, {FieldGeo100, 100}} {
			if d <= b.km {
				f[b.name].correct++
			}
		}
	}
	for i, name := range countFields() {
		if g.counts[i] != nil && p.counts[i] != nil && *g.counts[i] == *p.counts[i] {
			f[name].correct++
		}
	}
	if g.day != "" && g.day == p.day {
		f[FieldTime].correct++
	}
	for a := range g.actors {
		if p.actors[a] {
			f[FieldActors].correct++
		}
	}
}

func (t *tally) scores() *Scores {
	s := &Scores{
		Reports:            t.reports,
		GoldIncidents:      t.goldN,
		PredictedIncidents: t.predictsN,
		Paired:             t.paired,
		Incidents:          t.incidents.metric(),
		NoIncident:         t.noIncident,
		Errors:             t.errors,
		Misses:             t.misses,
	}
	s.NoIncident.Rate = ratio(s.NoIncident.Clean, s.NoIncident.Reports, 0)
	for _, name := range fieldNames() {
		s.Fields = append(s.Fields, FieldScore{Field: name, Metric: t.fields[name].metric()})
	}
	if n := len(t.geoErrors); n > 0 {
		e := append([]float64(nil), t.geoErrors...)
		sort.Float64s(e)
		m := e[n/2]
		if n%2 == 0 {
			m = (e[n/2-1] + e[n/2]) / 2
		}
		s.MedianGeoErrorKm = &m
	}
	langs := make([]string, 0, len(t.langs))
	for l := range t.langs {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		lt := t.langs[l]
		s.Languages = append(s.Languages, LangScore{Lang: l, Reports: lt.reports, Metric: lt.counts.metric()})
	}
	return s
}

// place is the part of a location that matching compares.
type place struct {
	stateCode, state, muniCode, muni string // names folded
}

func newPlace(stateCode, state, muniCode, muni string) place {
	return place{stateCode: stateCode, state: fold.String(state), muniCode: muniCode, muni: fold.String(muni)}
}

func (p place) stateKnown() bool { return p.stateCode != "" || p.state != "" }
func (p place) muniKnown() bool  { return p.muniCode != "" || p.muni != "" }

// sameState compares two states by code, else by folded name; bothUnknown
// is the answer when neither side knows its state.
func sameState(a, b place, bothUnknown bool) bool {
	if !a.stateKnown() && !b.stateKnown() {
		return bothUnknown
	}
	if a.stateCode != "" && b.stateCode != "" {
		return a.stateCode == b.stateCode
	}
	return a.state != "" && a.state == b.state
}

func sameMuni(a, b place) bool {
	if a.muniCode != "" && b.muniCode != "" {
		return a.muniCode == b.muniCode
	}
	return a.muni != "" && a.muni == b.muni && sameState(a, b, true)
}

// actorKey identifies an actor for scoring.
type actorKey struct {
	name string // folded
	kind model.ActorKind
}

func actorSet(as []model.Actor) map[actorKey]bool {
	m := make(map[actorKey]bool, len(as))
	for _, a := range as {
		m[actorKey{fold.String(a.Name), a.Kind}] = true
	}
	return m
}

// countFields returns the names of the four counts, in the order of a
// view's counts array.
func countFields() [4]string {
	return [4]string{FieldKilled, FieldInjured, FieldDetained, FieldKidnapped}
}

// view is an incident, gold or predicted, reduced to what scoring compares.
type view struct {
	typ      model.IncidentType
	place    place
	hasGeo   bool
	coarse   bool // the coordinates are a state's or the country's centroid
	lat, lon float64
	day      string
	counts   [4]*int
	actors   map[actorKey]bool
	denial   bool
	tally    bool
}

func newGoldView(g GoldIncident) view {
	v := view{
		typ:    model.IncidentType(g.Type),
		place:  newPlace(g.StateCode, g.State, g.MunicipalityCode, g.Municipality),
		counts: [4]*int{g.Killed, g.Injured, g.Detained, g.Kidnapped},
		actors: actorSet(g.Actors),
		denial: g.Denial,
		tally:  g.Tally,
	}
	if g.Lat != nil && g.Lon != nil {
		v.hasGeo, v.lat, v.lon = true, *g.Lat, *g.Lon
		v.coarse = g.MunicipalityCode == "" && g.Municipality == ""
	}
	if g.Time != "" {
		v.day, _ = goldDay(g.Time, g.goldPlace()) // checked by ReadGold
	}
	return v
}

func newPredView(p model.Incident) view {
	l := p.Location
	v := view{
		typ:    p.Type,
		place:  newPlace(l.StateCode, l.State, l.MunicipalityCode, l.Municipality),
		actors: actorSet(p.Actors),
		denial: p.Denial,
		tally:  p.Tally,
	}
	if l.Lat != nil && l.Lon != nil {
		v.hasGeo, v.lat, v.lon = true, *l.Lat, *l.Lon
		v.coarse = l.Precision >= model.GeoState
	}
	if p.Time != nil {
		v.day = p.Location.Date(*p.Time)
	}
	for i, c := range []*model.Count{p.Killed, p.Injured, p.Detained, p.Kidnapped} {
		if c != nil {
			n := c.N
			v.counts[i] = &n
		}
	}
	return v
}

func (g *view) countGold(f map[string]*counts) {
	f[FieldType].gold++
	if g.place.stateKnown() {
		f[FieldState].gold++
	}
	if g.place.muniKnown() {
		f[FieldMunicipality].gold++
	}
	if g.hasGeo {
		f[FieldGeo10].gold++
		f[FieldGeo25].gold++
		f[FieldGeo100].gold++
	}
	for i, name := range countFields() {
		if g.counts[i] != nil {
			f[name].gold++
		}
	}
	if g.day != "" {
		f[FieldTime].gold++
	}
	f[FieldActors].gold += len(g.actors)
	if g.denial {
		f[FieldDenial].gold++
	}
	if g.tally {
		f[FieldTally].gold++
	}
}

func (p *view) countPredicted(f map[string]*counts) {
	if p.typ != "" {
		f[FieldType].predicted++
	}
	if p.place.stateKnown() {
		f[FieldState].predicted++
	}
	if p.place.muniKnown() {
		f[FieldMunicipality].predicted++
	}
	if p.hasGeo {
		f[FieldGeo10].predicted++
		f[FieldGeo25].predicted++
		f[FieldGeo100].predicted++
	}
	for i, name := range countFields() {
		if p.counts[i] != nil {
			f[name].predicted++
		}
	}
	if p.day != "" {
		f[FieldTime].predicted++
	}
	f[FieldActors].predicted += len(p.actors)
	if p.denial {
		f[FieldDenial].predicted++
	}
	if p.tally {
		f[FieldTally].predicted++
	}
}

// similarity scores a candidate pair; 0 means the pair may not be formed.
func similarity(g *view, p *view) float64 {
	sameType := g.typ == p.typ
	stateKnown := g.place.stateKnown() && p.place.stateKnown()
	sameSt := stateKnown && sameState(g.place, p.place, false)
	if !sameType && !sameSt || g.denial != p.denial || g.tally != p.tally {
		return 0
	}
	s := 0.0
	if sameType && sameState(g.place, p.place, true) {
		s += 10000
	}
	if sameType {
		s += 100
	}
	if sameSt {
		s += 50
	}
	if g.place.muniKnown() && p.place.muniKnown() && sameMuni(g.place, p.place) {
		s += 20
	}
	if g.day != "" && g.day == p.day {
		s += 10
	}
	if g.hasGeo && p.hasGeo && !g.coarse && !p.coarse {
		d := model.DistanceKm(g.lat, g.lon, p.lat, p.lon)
		s += 5 * math.Max(0, 1-d/100)
	}
	return s
}

// match pairs gold and predicted incidents one-to-one, maximising the total
// similarity; it returns (gold index, predicted index) pairs.
func match(g []view, p []view) [][2]int {
	if len(g) == 0 || len(p) == 0 {
		return nil
	}
	sim := make([][]float64, len(g))
	for i := range g {
		sim[i] = make([]float64, len(p))
		for j := range p {
			sim[i][j] = similarity(&g[i], &p[j])
		}
	}
	var pairs [][2]int
	for i, j := range assign(sim) {
		if j >= 0 && sim[i][j] > 0 {
			pairs = append(pairs, [2]int{i, j})
		}
	}
	return pairs
}

// assign solves the assignment problem on the rows×cols weight matrix w,
// maximising the total weight (Hungarian method with potentials, O(n²m)).
// It returns, for each row, its column or -1.
func assign(w [][]float64) []int {
	rows, cols := len(w), len(w[0])
	n := max(rows, cols)
	// cost of row i (1-based) in column j (1-based) on the square n×n
	// matrix padded with zeros; minimising -w maximises w.
	cost := func(i, j int) float64 {
		if i <= rows && j <= cols {
			return -w[i-1][j-1]
		}
		return 0
	}
	u := make([]float64, n+1)
	v := make([]float64, n+1)
	owner := make([]int, n+1) // owner[j]: the row assigned to column j, 0 = none
	way := make([]int, n+1)
	minv := make([]float64, n+1)
	used := make([]bool, n+1)
	for i := 1; i <= n; i++ {
		owner[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = math.Inf(1)
			used[j] = false
		}
		for {
			used[j0] = true
			i0, delta, j1 := owner[j0], math.Inf(1), 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				if c := cost(i0, j) - u[i0] - v[j]; c < minv[j] {
					minv[j], way[j] = c, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[owner[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if owner[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			owner[j0] = owner[j1]
			j0 = j1
		}
	}
	res := make([]int, rows)
	for i := range res {
		res[i] = -1
	}
	for j := 1; j <= cols; j++ {
		if i := owner[j]; i >= 1 && i <= rows {
			res[i-1] = j - 1
		}
	}
	return res
}

// misses lists the errors of one report's match.
func misses(line int, gold []GoldIncident, pred []model.Incident, pairs [][2]int) []Miss {
	var out []Miss
	gp := make([]int, len(gold))
	for i := range gp {
		gp[i] = -1
	}
	pp := make([]bool, len(pred))
	for _, pr := range pairs {
		gp[pr[0]] = pr[1]
		pp[pr[1]] = true
	}
	gs := func(g GoldIncident) string {
		return describe(g.Type, g.State, g.Municipality)
	}
	ps := func(p model.Incident) string {
		return describe(string(p.Type), p.Location.State, p.Location.Municipality)
	}
	ev := func(p model.Incident) string {
		if len(p.Evidence) == 0 {
			return ""
		}
		return p.Evidence[0].Text
	}
	for i, g := range gold {
		j := gp[i]
		switch {
		case j < 0:
			out = append(out, Miss{Line: line, Kind: MissMissed, Gold: gs(g)})
		case model.IncidentType(g.Type) != pred[j].Type:
			out = append(out, Miss{Line: line, Kind: MissType, Gold: gs(g), Pred: ps(pred[j]), Evidence: ev(pred[j])})
		case !sameState(newPlace(g.StateCode, g.State, g.MunicipalityCode, g.Municipality),
			newPlace(pred[j].Location.StateCode, pred[j].Location.State, pred[j].Location.MunicipalityCode, pred[j].Location.Municipality), true):
			out = append(out, Miss{Line: line, Kind: MissState, Gold: gs(g), Pred: ps(pred[j]), Evidence: ev(pred[j])})
		case g.Municipality != "" || g.MunicipalityCode != "":
			gpl := newPlace(g.StateCode, g.State, g.MunicipalityCode, g.Municipality)
			ppl := newPlace(pred[j].Location.StateCode, pred[j].Location.State, pred[j].Location.MunicipalityCode, pred[j].Location.Municipality)
			if !sameMuni(gpl, ppl) {
				out = append(out, Miss{Line: line, Kind: MissMunicipality, Gold: gs(g), Pred: ps(pred[j]), Evidence: ev(pred[j])})
			}
		}
		if j < 0 {
			continue
		}
		gd, pd := newGoldView(g).day, newPredView(pred[j]).day
		if gd != pd {
			out = append(out, Miss{Line: line, Kind: MissTime, Gold: gs(g) + " on " + orDash(gd), Pred: ps(pred[j]) + " on " + orDash(pd), Evidence: ev(pred[j])})
		}
	}
	extra := MissExtra
	if len(gold) == 0 {
		extra = MissFalse
	}
	for j, p := range pred {
		if !pp[j] {
			out = append(out, Miss{Line: line, Kind: extra, Pred: ps(p), Evidence: ev(p)})
		}
	}
	return out
}

func describe(typ, state, muni string) string {
	s := typ + " @ " + state
	if muni != "" {
		s += "/" + muni
	}
	if state == "" && muni == "" {
		s = typ + " @ -"
	}
	return s
}
