package eval

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
	"unicode"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/when"
)

// ItemPipeline decodes a data-set item into reports and extracts their
// incidents (the CLI wires it to dataset.Item.Reports and the extractor).
type ItemPipeline func(dataset.Item) ([]model.Incident, error)

// Keys of the accuracy figures over coded data, in the order they are
// listed. Each is defined in RunSets' documentation.
const (
	KeyNoneFound  = "none_found"
	KeyClean      = "no_incident_clean"
	KeyCleanAll   = "no_incident_clean_with_act_nouns"
	KeyStateAll   = "state_all"
	KeyStateNamed = "state_named"
	KeyMuniNamed  = "municipality_named"
	KeyGeo25Named = "geo25_named"
	KeyGeo25All   = "geo25_all"
	KeyType       = "type"
	KeyKilled     = "killed_exact"
	KeyDate       = "date_exact"
	geoBoundKm    = 25.0
)

// Targets are the goals of issue 3 for the figures that have one.
var targets = map[string]float64{
	KeyClean: 0.95, KeyStateAll: 0.80, KeyStateNamed: 0.95, KeyMuniNamed: 0.85,
	KeyGeo25Named: 0.85, KeyType: 0.90, KeyKilled: 0.90, KeyDate: 0.90,
}

var labels = map[string]string{
	KeyNoneFound:  "reports with no incident found",
	KeyClean:      "no-incident texts clean (no violent incident)",
	KeyCleanAll:   "  the same, act-noun headlines kept in",
	KeyStateAll:   "state, all rows with a gold state",
	KeyStateNamed: "state, headline names a place",
	KeyMuniNamed:  "municipality, headline names it or a place in it",
	KeyGeo25Named: "coordinates <=25 km, headline names municipality/locality",
	KeyGeo25All:   "coordinates <=25 km, all rows with gold coordinates",
	KeyType:       "incident type (unambiguous gold type)",
	KeyKilled:     "deaths exact, headline gives the number",
	KeyDate:       "event date exact, headline dates it",
}

func ratioKeys() []string {
	return []string{KeyNoneFound, KeyClean, KeyCleanAll, KeyStateAll, KeyStateNamed, KeyMuniNamed,
		KeyGeo25Named, KeyGeo25All, KeyType, KeyKilled, KeyDate}
}

// Ratio is one accuracy figure: Correct of Total, Rate = Correct/Total (0
// when Total is 0). NoneFound counts the rows of Total where no incident
// was found (each scored wrong).
type Ratio struct {
	Key       string   `json:"key"`
	Label     string   `json:"label"`
	Correct   int      `json:"correct"`
	Total     int      `json:"total"`
	NoneFound int      `json:"none_found"`
	Rate      float64  `json:"rate"`
	Target    *float64 `json:"target,omitempty"`
	Met       *bool    `json:"met,omitempty"`
	// MedianKm is, for a coordinates figure, the median distance over the
	// rows where an incident with coordinates was found.
	MedianKm *float64 `json:"median_km,omitempty"`
}

// SplitScores are the figures of one split of one data set.
type SplitScores struct {
	Split     string  `json:"split"` // dev, check or all
	Reports   int     `json:"reports"`
	Incidents int     `json:"incidents"`
	PerReport float64 `json:"incidents_per_report"`
	Ratios    []Ratio `json:"ratios"`
	// TypeAmbiguous and TypeUnknown count the rows left out of the type
	// figure: coding that points to several types, or to none.
	TypeAmbiguous int `json:"type_ambiguous"`
	TypeUnknown   int `json:"type_unknown"`
	// LeftOut counts the rows left out of a figure, by the reason
	// (dataset.Gold.LeftOut).
	LeftOut map[string]int `json:"left_out,omitempty"`
	// DateMisses counts the rows the date figure scores wrong, by cause
	// (dateMissCause): counts only, so the check half's can be compared
	// with the dev half's without reading its rows.
	DateMisses map[string]int `json:"date_misses,omitempty"`
	// DateMissTexts counts, per cause, the distinct texts among those
	// rows (coded data repeats a headline for each victim or article).
	DateMissTexts map[string]int `json:"date_miss_texts,omitempty"`
	// StateMisses counts the rows the state_named figure scores wrong,
	// by cause (the Miss constants), and StateMissTexts the distinct
	// texts among them: counts only, as for the dates.
	StateMisses    map[string]int `json:"state_misses,omitempty"`
	StateMissTexts map[string]int `json:"state_miss_texts,omitempty"`
	// StateAll breaks the state_all figure down by what its places rest
	// on: counts only.
	StateAll *StateAllParts `json:"state_all_parts,omitempty"`
	Groups   []GroupCount   `json:"groups,omitempty"`
	Errors   int            `json:"errors"`
}

// StateAllParts are two parts of the rows of the state_all figure.
// Prior counts those whose first incident is placed by the outlet prior
// alone (model.BasisOutletPrior), PriorRight those of them in the gold
// state. NoHome counts those whose headline names no place of the gold's
// (dataset.Gold.NamesPlace false) and whose source has no home state
// (PlaceReading.Home ""; counted only when places are read), NoHomeRight
// those of them right all the same: Ceiling, the rows right at most when
// no other row is missed, is the figure's total less NoHome plus
// NoHomeRight.
type StateAllParts struct {
	Prior       int `json:"prior"`
	PriorRight  int `json:"prior_right"`
	NoHome      int `json:"no_home"`
	NoHomeRight int `json:"no_home_right"`
	Ceiling     int `json:"ceiling"`
}

// GroupCount is the number of reports and incidents of one item group.
type GroupCount struct {
	Group     string `json:"group"`
	Reports   int    `json:"reports"`
	Incidents int    `json:"incidents"`
	NoneFound int    `json:"none_found"`
}

// Ratio returns the figure with the key.
func (s SplitScores) Ratio(key string) (Ratio, bool) {
	for _, r := range s.Ratios {
		if r.Key == key {
			return r, true
		}
	}
	return Ratio{}, false
}

// SetScores are the figures of one data set.
type SetScores struct {
	Name    string        `json:"name"`
	Title   string        `json:"title"`
	Path    string        `json:"path"`
	Rows    int           `json:"rows"`
	Skipped int           `json:"skipped"`
	Splits  []SplitScores `json:"splits"`
	// FirstErrors lists up to five pipeline failures.
	FirstErrors []string `json:"first_errors,omitempty"`
}

// SharedScores are the results of RunSets.
type SharedScores struct {
	Split   string      `json:"split"`
	Seconds float64     `json:"seconds"`
	Sets    []SetScores `json:"sets"`
}

// RunSets runs the pipeline over the items of the sets (concurrently,
// workers at a time; 0 means GOMAXPROCS) and scores them per split: split
// is "dev", "check" or "all" (both halves, then the whole), or "dev-a"
// or "dev-b", the two halves of dev (DevHalf) for telling whether a rule
// tuned on one half's rows carries over to the other.
//
// The incident compared with the gold is the first one found in the
// report (text order); a report with none is wrong on every figure it
// counts in. The figures, each counted over the rows whose gold has what
// it needs (rows coded as no-incident texts only count in the first three):
//
//   - none_found: reports where the pipeline found no incident.
//   - no_incident_clean: of the texts coded as no incident, those where it
//     found no violent incident (model.IncidentType.Violent) that counts
//     as one (model.Incident.Counted: a tally or a denial is a statement
//     about incidents, not one).
//   - no_incident_clean_with_act_nouns: the same, counting also the rows
//     coded as no incident whose headline tells an act by a noun
//     (dataset.OutActNounHeadline), which the first figure leaves out:
//     the figure both ways.
//   - state_all, state_named: same INEGI state; the second only over the
//     headlines that name a place of the gold's (dataset.Gold.NamesPlace).
//   - municipality_named: same INEGI municipality, over the headlines that
//     name it or a place in it.
//   - geo25_named, geo25_all: the incident's coordinates within 25 km of
//     the gold's, over the headlines that name the municipality or a
//     locality, and over all rows with gold coordinates; with the median
//     error.
//   - type: the type is one the gold accepts, over the rows whose coding
//     gives exactly one kind of incident.
//   - killed_exact: the same number killed, over the headlines that give
//     the gold number with a word of death.
//   - date_exact: the same calendar day, the incident's on its place's
//     calendar (model.Location.Date), over the
//     headlines that date the event. Its misses are counted by cause
//     (SplitScores.DateMisses: no incident found, no time found, the day
//     off by so many days, another incident of the report has the day),
//     each with the kind of day word its text has and the number of
//     distinct texts, so that the halves can be compared without reading
//     the check half's rows.
//
// The misses of state_named are counted by cause likewise
// (SplitScores.StateMisses, the causes Miss*); RunSetsReading also tells
// the causes that need the text's place names.
//
// Rows the data set leaves out of a figure (dataset.Gold.LeftOut) are
// counted by reason and listed under the table; a reason beginning
// "place:" leaves the row out of every place figure (state_all,
// state_named, municipality_named, geo25_named, geo25_all).
func RunSets(ctx context.Context, sets []dataset.Set, split string, workers int, p ItemPipeline) (*SharedScores, error) {
	return RunSetsReading(ctx, sets, split, workers, p, nil)
}

// RunSetsReading is RunSets that also reads each item's place names with
// places (nil: not read) to tell the causes of the state misses.
func RunSetsReading(ctx context.Context, sets []dataset.Set, split string, workers int, p ItemPipeline, places PlaceReader) (*SharedScores, error) {
	if !validSplit(split) {
		return nil, fmt.Errorf("eval: split %q: want dev, check, all, dev-a or dev-b", split)
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	start := time.Now()
	out := &SharedScores{Split: split}
	for _, s := range sets {
		var items []dataset.Item
		for _, it := range s.Items {
			if inSplit(it, split) {
				items = append(items, it)
			}
		}
		results, err := runItems(ctx, items, workers, p, places)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", s.Name, err)
		}
		ss := SetScores{Name: s.Name, Title: s.Title, Path: s.Path, Rows: s.Rows, Skipped: s.Skipped}
		for i, r := range results {
			if r.err != nil && len(ss.FirstErrors) < 5 {
				ss.FirstErrors = append(ss.FirstErrors, fmt.Sprintf("%s: %v", items[i].ID, r.err))
			}
		}
		halves := []string{split}
		if split == "all" {
			halves = []string{"dev", "check", "all"}
		}
		for _, h := range halves {
			t := newSetTally()
			for i, it := range items {
				if inSplit(it, h) {
					t.add(it, results[i])
				}
			}
			ss.Splits = append(ss.Splits, t.scores(h))
		}
		out.Sets = append(out.Sets, ss)
	}
	out.Seconds = time.Since(start).Seconds()
	return out, nil
}

type itemResult struct {
	incidents []model.Incident
	err       error
	places    *PlaceReading // nil when not read
}

func runItems(ctx context.Context, items []dataset.Item, workers int, p ItemPipeline, places PlaceReader) ([]itemResult, error) {
	results := make([]itemResult, len(items))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				inc, err := p(items[i])
				results[i] = itemResult{incidents: inc, err: err}
				if places != nil {
					r := places(items[i])
					results[i].places = &r
				}
			}
		}()
	}
	var err error
	for i := range items {
		if err = ctx.Err(); err != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return results, err
}

type setTally struct {
	loc                      *time.Location
	reports, incidents, errs int
	ambiguous, unknown       int
	ratios                   map[string]*Ratio
	dists                    map[string][]float64
	groups                   map[string]*GroupCount
	leftOut                  map[string]int
	dateMisses               map[string]int
	// missTexts holds, per date miss cause, the hashes of the texts
	// missed: rows sharing a headline are told apart from distinct ones.
	missTexts map[string]map[uint64]bool
	// stateMisses and stateTexts are the same for state_named.
	stateMisses map[string]int
	stateTexts  map[string]map[uint64]bool
	stateAll    StateAllParts
}

func newSetTally() *setTally {
	t := &setTally{ratios: make(map[string]*Ratio), dists: make(map[string][]float64), groups: make(map[string]*GroupCount), leftOut: make(map[string]int), dateMisses: make(map[string]int), missTexts: make(map[string]map[uint64]bool), stateMisses: make(map[string]int), stateTexts: make(map[string]map[uint64]bool)}
	for _, k := range ratioKeys() {
		t.ratios[k] = &Ratio{Key: k, Label: labels[k]}
	}
	return t
}

func (t *setTally) count(key string, ok, none bool) {
	r := t.ratios[key]
	r.Total++
	if ok {
		r.Correct++
	}
	if none {
		r.NoneFound++
	}
}

func (t *setTally) add(it dataset.Item, res itemResult) {
	g := it.Gold
	t.reports++
	for _, why := range g.LeftOut {
		t.leftOut[why]++
	}
	t.incidents += len(res.incidents)
	if res.err != nil {
		t.errs++
	}
	var p *model.Incident
	if len(res.incidents) > 0 {
		p = &res.incidents[0]
	}
	none := p == nil
	t.count(KeyNoneFound, none, none)
	if it.Group != "" {
		gc := t.groups[it.Group]
		if gc == nil {
			gc = &GroupCount{Group: it.Group}
			t.groups[it.Group] = gc
		}
		gc.Reports++
		gc.Incidents += len(res.incidents)
		if none {
			gc.NoneFound++
		}
	}
	if g.NoIncident || slices.Contains(g.LeftOut, dataset.OutActNounHeadline) {
		clean := true
		for _, in := range res.incidents {
			if in.Type.Violent() && in.Counted() {
				clean = false
			}
		}
		t.count(KeyCleanAll, clean, none)
		if g.NoIncident {
			t.count(KeyClean, clean, none)
			return
		}
	}
	// Rows the data set leaves out of the place figures (a court step:
	// no incident in the taxonomy) skip state, municipality and
	// coordinates.
	place := !slices.ContainsFunc(g.LeftOut, func(why string) bool { return strings.HasPrefix(why, "place:") })
	if g.StateCode != "" && place {
		ok := p != nil && p.Location.StateCode == g.StateCode
		t.count(KeyStateAll, ok, none)
		if p != nil && p.Location.Basis == model.BasisOutletPrior {
			t.stateAll.Prior++
			if ok {
				t.stateAll.PriorRight++
			}
		}
		if !g.NamesPlace && res.places != nil && res.places.Home == "" {
			t.stateAll.NoHome++
			if ok {
				t.stateAll.NoHomeRight++
			}
		}
		if g.NamesPlace {
			t.count(KeyStateNamed, ok, none)
			if !ok {
				why := stateMissCause(g, res.incidents, res.places)
				t.stateMisses[why]++
				if t.stateTexts[why] == nil {
					t.stateTexts[why] = make(map[uint64]bool)
				}
				t.stateTexts[why][textHash(it)] = true
			}
		}
	}
	if g.MunicipalityCode != "" && g.NamesMunicipality && place {
		t.count(KeyMuniNamed, p != nil && p.Location.MunicipalityCode == g.MunicipalityCode, none)
	}
	if g.Lat != nil && g.Lon != nil && place {
		d := -1.0
		if p != nil && p.Location.Lat != nil && p.Location.Lon != nil {
			d = model.DistanceKm(*g.Lat, *g.Lon, *p.Location.Lat, *p.Location.Lon)
		}
		keys := []string{KeyGeo25All}
		if g.NamesMunicipality {
			keys = append(keys, KeyGeo25Named)
		}
		for _, k := range keys {
			t.count(k, d >= 0 && d <= geoBoundKm, none)
			if d >= 0 {
				t.dists[k] = append(t.dists[k], d)
			}
		}
	}
	switch {
	case slices.ContainsFunc(g.LeftOut, func(why string) bool { return strings.HasPrefix(why, "type:") }):
		// left out of the type figure, counted by its reason above
	case g.TypeAmbiguous:
		t.ambiguous++
	case len(g.Types) == 0:
		t.unknown++
	default:
		ok := false
		for _, ty := range g.Types {
			ok = ok || (p != nil && p.Type == ty)
		}
		t.count(KeyType, ok, none)
	}
	if g.Killed != nil && g.GivesKilled {
		t.count(KeyKilled, p != nil && p.Killed != nil && p.Killed.N == *g.Killed, none)
	}
	if g.Date != "" && g.DatesEvent {
		ok := p != nil && p.Time != nil && p.Location.Date(*p.Time) == g.Date
		t.count(KeyDate, ok, none)
		if !ok {
			why := dateMissCause(g.Date, res.incidents)
			if text, ok := lineText(it); ok {
				why += " [" + dayWordKind(text) + "]"
			}
			t.dateMisses[why]++
			if t.missTexts[why] == nil {
				t.missTexts[why] = make(map[uint64]bool)
			}
			t.missTexts[why][textHash(it)] = true
		}
	}
}

// textHash hashes the text of an item's report line (the whole item when
// it has none).
func textHash(it dataset.Item) uint64 {
	h := fnv.New64a()
	if text, ok := lineText(it); ok {
		h.Write([]byte(text))
	} else {
		h.Write([]byte(it.ID))
	}
	return h.Sum64()
}

// lineText returns the text of an item's report line.
func lineText(it dataset.Item) (string, bool) {
	var l struct {
		Text string `json:"text"`
	}
	if it.Line == nil || json.Unmarshal(it.Line, &l) != nil {
		return "", false
	}
	return l.Text, true
}

// dayWordKind names the coarsest kind of day expression a text has, for
// counting date misses: "absolute date" (a month name), "weekday",
// "relative day" (ayer, hoy, anoche, yesterday, today, last night, hace…
// días), "part of day" (madrugada, mañana, tarde, noche, morning…) or
// "other". A text with several counts under the first of these.
func dayWordKind(text string) string {
	ws := strings.FieldsFunc(fold.String(text), func(r rune) bool { return !unicode.IsLetter(r) })
	has := func(set ...string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return slices.Contains(set, w) })
	}
	month := func(w string) bool {
		_, ok := when.Month(w)
		return ok && w != "may" && w != "mar" && w != "set" // also a verb, the sea, a set
	}
	switch {
	case slices.ContainsFunc(ws, month):
		return "absolute date"
	case has("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday"):
		return "weekday"
	case has("ayer", "hoy", "anoche", "anteayer", "antier", "hace", "yesterday", "today", "tonight", "ago") ||
		strings.Contains(strings.Join(ws, " "), "last night"):
		return "relative day"
	case has("madrugada", "manana", "tarde", "noche", "morning", "afternoon", "evening", "night"):
		return "part of day"
	}
	return "other"
}

// dateMissCause names why a row's date was scored wrong: no incident
// found, no time on the first incident, or the first incident's day
// off by so many days (negative: too early); "another incident has the
// day" when a later incident of the report carries the coded day.
func dateMissCause(gold string, incs []model.Incident) string {
	if len(incs) == 0 {
		return "no incident found"
	}
	for _, in := range incs[1:] {
		if in.Time != nil && in.Location.Date(*in.Time) == gold {
			return "another incident has the day"
		}
	}
	p := incs[0]
	if p.Time == nil {
		return "no time found"
	}
	want, err := time.Parse(time.DateOnly, gold)
	if err != nil {
		return "bad gold date"
	}
	got, _ := time.Parse(time.DateOnly, p.Location.Date(*p.Time))
	n := int(got.Sub(want).Hours() / 24)
	switch {
	case n > 7:
		return "day off by more than a week (late)"
	case n < -7:
		return "day off by more than a week (early)"
	}
	return fmt.Sprintf("day off by %+d", n)
}

func (t *setTally) scores(split string) SplitScores {
	s := SplitScores{Split: split, Reports: t.reports, Incidents: t.incidents,
		TypeAmbiguous: t.ambiguous, TypeUnknown: t.unknown, Errors: t.errs}
	if len(t.leftOut) > 0 {
		s.LeftOut = maps.Clone(t.leftOut)
	}
	if len(t.dateMisses) > 0 {
		s.DateMisses = maps.Clone(t.dateMisses)
		s.DateMissTexts = make(map[string]int)
		for why, hs := range t.missTexts {
			s.DateMissTexts[why] = len(hs)
		}
	}
	if len(t.stateMisses) > 0 {
		s.StateMisses = maps.Clone(t.stateMisses)
		s.StateMissTexts = make(map[string]int)
		for why, hs := range t.stateTexts {
			s.StateMissTexts[why] = len(hs)
		}
	}
	if t.reports > 0 {
		s.PerReport = float64(t.incidents) / float64(t.reports)
	}
	if r := t.ratios[KeyStateAll]; r.Total > 0 {
		a := t.stateAll
		a.Ceiling = r.Total - a.NoHome + a.NoHomeRight
		s.StateAll = &a
	}
	for _, k := range ratioKeys() {
		r := *t.ratios[k]
		if r.Total == 0 {
			continue
		}
		r.Rate = float64(r.Correct) / float64(r.Total)
		if v, ok := targets[k]; ok {
			met := r.Rate >= v
			r.Target, r.Met = &v, &met
		}
		if d := t.dists[k]; len(d) > 0 {
			m := median(d)
			r.MedianKm = &m
		}
		s.Ratios = append(s.Ratios, r)
	}
	for _, g := range t.groups {
		s.Groups = append(s.Groups, *g)
	}
	sort.Slice(s.Groups, func(i, j int) bool { return s.Groups[i].Group < s.Groups[j].Group })
	return s
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// Write prints the scores as tables, one per data set, with a column per
// split and the target of issue 3 beside each figure, marked met or unmet
// by the last column (the whole set when both halves are shown).
func (s *SharedScores) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for i, set := range s.Sets {
		if i > 0 {
			fmt.Fprintf(bw, "\n")
		}
		fmt.Fprintf(bw, "%s\n%s: %d rows, %d left out", set.Title, set.Path, set.Rows, set.Skipped)
		for _, sp := range set.Splits {
			fmt.Fprintf(bw, "; %s %d reports", sp.Split, sp.Reports)
		}
		fmt.Fprintf(bw, "\n")
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "figure")
		for _, sp := range set.Splits {
			fmt.Fprintf(tw, "\t%s", sp.Split)
		}
		fmt.Fprintf(tw, "\ttarget\t\n")
		fmt.Fprintf(tw, "incidents per report")
		for _, sp := range set.Splits {
			fmt.Fprintf(tw, "\t%.2f (%d)", sp.PerReport, sp.Incidents)
		}
		fmt.Fprintf(tw, "\t\t\n")
		for _, k := range ratioKeys() {
			if _, ok := set.Splits[len(set.Splits)-1].Ratio(k); !ok {
				continue
			}
			fmt.Fprintf(tw, "%s", labels[k])
			for _, sp := range set.Splits {
				r, _ := sp.Ratio(k)
				fmt.Fprintf(tw, "\t%s", formatRatio(r))
			}
			last, _ := set.Splits[len(set.Splits)-1].Ratio(k)
			switch {
			case last.Target == nil:
				fmt.Fprintf(tw, "\t\t\n")
			case *last.Met:
				fmt.Fprintf(tw, "\t>=%.0f%% met\t\n", 100**last.Target)
			default:
				fmt.Fprintf(tw, "\t>=%.0f%% UNMET\t\n", 100**last.Target)
			}
			if last.MedianKm != nil {
				fmt.Fprintf(tw, "  median error km")
				for _, sp := range set.Splits {
					r, _ := sp.Ratio(k)
					if r.MedianKm != nil {
						fmt.Fprintf(tw, "\t%.1f", *r.MedianKm)
					} else {
						fmt.Fprintf(tw, "\t-")
					}
				}
				fmt.Fprintf(tw, "\t\t\n")
			}
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		last := set.Splits[len(set.Splits)-1]
		if _, ok := last.Ratio(KeyType); ok {
			fmt.Fprintf(bw, "type: %d rows with an ambiguous coding and %d with no type left out (%s)\n", last.TypeAmbiguous, last.TypeUnknown, last.Split)
		}
		for _, why := range slices.Sorted(maps.Keys(last.LeftOut)) {
			fmt.Fprintf(bw, "left out of %s: %d (%s)\n", why, last.LeftOut[why], last.Split)
		}
		for _, sp := range set.Splits {
			if len(sp.DateMisses) == 0 {
				continue
			}
			var parts []string
			for _, why := range slices.Sorted(maps.Keys(sp.DateMisses)) {
				parts = append(parts, fmt.Sprintf("%s %d (%d texts)", why, sp.DateMisses[why], sp.DateMissTexts[why]))
			}
			fmt.Fprintf(bw, "date misses (%s): %s\n", sp.Split, strings.Join(parts, ", "))
		}
		for _, sp := range set.Splits {
			r, ok := sp.Ratio(KeyStateAll)
			if !ok || sp.StateAll == nil {
				continue
			}
			a := sp.StateAll
			fmt.Fprintf(bw, "state, all rows (%s): %d placed by the outlet prior only (%d right)", sp.Split, a.Prior, a.PriorRight)
			if a.NoHome > 0 {
				fmt.Fprintf(bw, "; %d name no place of the gold's and their source has no home (%d right): at most %d/%d (%.1f%%)",
					a.NoHome, a.NoHomeRight, a.Ceiling, r.Total, 100*float64(a.Ceiling)/float64(r.Total))
			}
			fmt.Fprintf(bw, "\n")
		}
		writeStateMisses(bw, set.Splits)
		for _, g := range last.Groups {
			fmt.Fprintf(bw, "group %s: %d reports, %d incidents, %d with none\n", g.Group, g.Reports, g.Incidents, g.NoneFound)
		}
		if last.Errors > 0 {
			fmt.Fprintf(bw, "pipeline errors: %d (first: %s)\n", last.Errors, strings.Join(set.FirstErrors, "; "))
		}
	}
	fmt.Fprintf(bw, "\nx/n = correct of counted rows; a report with no incident found counts as wrong; met/UNMET judges the last column. %.1f s.\n", s.Seconds)
	return bw.Flush()
}

func formatRatio(r Ratio) string {
	if r.Total == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d %.1f%%", r.Correct, r.Total, 100*r.Rate)
}

// validSplit reports whether split names a half RunSets scores.
func validSplit(split string) bool {
	switch split {
	case "dev", "check", "all", "dev-a", "dev-b":
		return true
	}
	return false
}

// inSplit reports whether the item falls in split.
func inSplit(it dataset.Item, split string) bool {
	switch split {
	case "all":
		return true
	case "dev-a", "dev-b":
		return it.Split == dataset.Dev && DevHalf(it) == split
	}
	return string(it.Split) == split
}

// DevHalf returns the half of the dev split an item falls in, "dev-a" or
// "dev-b", by the SHA-256 of its URL (its id when it has none): the
// FNV-1a that split dev from check keeps in its low bit only the parity
// of the key's odd bytes, which another hash linear in the bits (a CRC)
// could repeat. A rule tuned on
// dev-a's rows that does not move dev-b is fitted to those rows.
func DevHalf(it dataset.Item) string {
	key := it.ID
	if it.Line != nil {
		var l struct {
			URL string `json:"url"`
		}
		if json.Unmarshal(it.Line, &l) == nil && l.URL != "" {
			key = l.URL
		}
	}
	if sha256.Sum256([]byte(key))[0]%2 == 0 {
		return "dev-a"
	}
	return "dev-b"
}
