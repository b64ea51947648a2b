package eval

import (
	"sort"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/atalaya/atalaya/extract/colonia"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/model"
)

// fusionTally gathers what the fusion score needs: every predicted
// incident as a fusion item, and for each labelled gold incident its label,
// its report and the predicted incident it was paired with.
type fusionTally struct {
	items     []fuse.Item
	gold      []goldMember
	goldItems []fuse.Item // the labelled gold incidents themselves
	goldLabel map[string]string
	goldLine  map[string]int // gold incident id → its gold line
	n         int            // cases added
}

type goldMember struct {
	label  string
	report int    // index of the gold case
	line   int    // its gold line
	pred   string // id of the paired predicted incident, "" when none
	typ    string // its gold type
}

func newFusionTally() *fusionTally {
	return &fusionTally{goldLabel: map[string]string{}, goldLine: map[string]int{}}
}

func (f *fusionTally) labelled() bool { return len(f.gold) > 0 }

// add records one report. Its predicted incidents get ids from the case
// index, the report id and their position.
func (f *fusionTally) add(rep model.Report, ok bool, line int, gold []GoldIncident, pred []model.Incident, pairs [][2]int) {
	cas := f.n
	// Unique per case: two gold lines may hold the same text (a copy).
	rid := "case-" + strconv.Itoa(cas) + ":" + rep.ID
	ids := make([]string, len(pred))
	if ok {
		sk := fuse.NewSketch(rep.Text, rep.Lang)
		for i, in := range pred {
			in.ReportID = rid
			in.ID = rid + "-" + strconv.Itoa(i)
			ids[i] = in.ID
			f.items = append(f.items, fuse.Item{Incident: in, Source: rep.Source, Kind: rep.Kind, Published: rep.Published, Sketch: sk})
		}
	}
	byGold := map[int]int{}
	for _, p := range pairs {
		byGold[p[0]] = p[1]
	}
	for i, g := range gold {
		if g.Event == "" {
			continue
		}
		if ok {
			in := goldIncident(g, rep)
			in.ReportID = rid
			in.ID = rid + "-gold-" + strconv.Itoa(i)
			f.goldLabel[in.ID] = g.Event
			f.goldLine[in.ID] = line
			f.goldItems = append(f.goldItems, fuse.Item{Incident: in, Source: rep.Source, Kind: rep.Kind,
				Published: rep.Published, Sketch: fuse.NewSketch(rep.Text, rep.Lang)})
		}
		m := goldMember{label: g.Event, report: cas, line: line, typ: g.Type}
		if j, ok := byGold[i]; ok && ids[j] != "" {
			m.pred = ids[j]
		}
		f.gold = append(f.gold, m)
	}
	f.n++
}

// fuseItems fuses items and returns each incident's event (a denial: the
// event it contradicts), the number of events and the largest one's size.
func fuseItems(cfg fuse.Config, items []fuse.Item) (map[string]string, int, int, error) {
	items = append([]fuse.Item(nil), items...)
	sort.SliceStable(items, func(i, j int) bool { return fuse.Less(&items[i], &items[j]) })
	event := map[string]string{}
	denials := map[string][]string{} // report → its denial incidents
	for _, it := range items {
		if it.Incident.Denial {
			denials[it.Incident.ReportID] = append(denials[it.Incident.ReportID], it.Incident.ID)
		}
	}
	n, largest := 0, 0
	fz := fuse.New(cfg, func(ev fuse.Fused) error {
		n++
		largest = max(largest, len(ev.IncidentIDs))
		for _, id := range ev.IncidentIDs {
			event[id] = ev.ID
		}
		for _, c := range ev.Contradictions {
			if c.Field != "occurred" {
				continue
			}
			for _, v := range c.Values {
				for _, r := range v.ReportIDs {
					for _, d := range denials[r] {
						if event[d] == "" {
							event[d] = ev.ID
						}
					}
				}
			}
		}
		return nil
	})
	for _, it := range items {
		if err := fz.Add(it); err != nil {
			return nil, 0, 0, err
		}
	}
	if err := fz.Close(); err != nil {
		return nil, 0, 0, err
	}
	return event, n, largest, nil
}

// score fuses the predicted incidents, and the gold ones, and scores the
// pairs.
func (f *fusionTally) score(cfg fuse.Config) (*FusionScore, error) {
	event, n, largest, err := fuseItems(cfg, f.items)
	if err != nil {
		return nil, err
	}
	s := &FusionScore{Labelled: len(f.gold), Events: n, LargestEvent: largest}
	gevent, _, glargest, err := fuseItems(cfg, f.goldItems)
	if err != nil {
		return nil, err
	}
	s.GoldLargestEvent = glargest
	var gc counts
	for i, a := range f.goldItems {
		for _, b := range f.goldItems[:i] {
			if a.Incident.ReportID == b.Incident.ReportID {
				continue
			}
			gold := f.goldLabel[a.Incident.ID] == f.goldLabel[b.Incident.ID]
			pred := gevent[a.Incident.ID] != "" && gevent[a.Incident.ID] == gevent[b.Incident.ID]
			if gold {
				gc.gold++
			}
			if pred {
				gc.predicted++
			}
			if gold && pred {
				gc.correct++
			}
			if gold != pred {
				s.GoldMissed = append(s.GoldMissed, f.goldMiss(&b.Incident, &a.Incident, pred))
			}
		}
	}
	s.GoldPairs = gc.metric()
	labels := map[string]bool{}
	var c counts
	for i, a := range f.gold {
		labels[a.label] = true
		if a.pred == "" {
			s.Unpaired++
		}
		for _, b := range f.gold[:i] {
			if a.report == b.report {
				continue
			}
			gold := a.label == b.label
			pred := a.pred != "" && b.pred != "" && event[a.pred] != "" && event[a.pred] == event[b.pred]
			if gold {
				c.gold++
			}
			if pred {
				c.predicted++
			}
			if gold && pred {
				c.correct++
			}
		}
	}
	s.GoldEvents = len(labels)
	s.Pairs = c.metric()
	s.Lost, s.LostPairs = f.lost(event)
	return s, nil
}

// lost counts the gold same-event pairs across reports that event (the
// predicted incidents' events) does not join, by cause (LostCauses), and
// lists them, with the pairs of two gold events it joins (cause
// "joined").
func (f *fusionTally) lost(event map[string]string) (map[string]int, []LostPair) {
	byID := make(map[string]*model.Incident, len(f.items))
	for i := range f.items {
		byID[f.items[i].Incident.ID] = &f.items[i].Incident
	}
	out := map[string]int{}
	var list []LostPair
	for i, a := range f.gold {
		for _, b := range f.gold[:i] {
			if a.report == b.report {
				continue
			}
			joined := a.pred != "" && b.pred != "" && event[a.pred] != "" && event[a.pred] == event[b.pred]
			if a.label != b.label {
				if joined {
					list = append(list, LostPair{Event: b.label + "/" + a.label, Cause: "joined", LineA: b.line, LineB: a.line,
						PredA: describeIncident(byID[b.pred]), PredB: describeIncident(byID[a.pred])})
				}
				continue
			}
			if joined {
				continue
			}
			cause := lostCause(byID[b.pred], byID[a.pred])
			out[cause]++
			list = append(list, LostPair{Event: a.label, Cause: cause, LineA: b.line, LineB: a.line,
				PredA: describeIncident(byID[b.pred]), PredB: describeIncident(byID[a.pred])})
		}
	}
	return out, list
}

// goldMiss describes a pair of gold incidents that fusion alone got
// wrong: a same-event pair it kept apart (its cause, LostCauses) or a pair
// of two events it joined ("joined").
func (f *fusionTally) goldMiss(a, b *model.Incident, joined bool) LostPair {
	p := LostPair{Event: f.goldLabel[a.ID], LineA: f.goldLine[a.ID], LineB: f.goldLine[b.ID],
		PredA: describeGold(a), PredB: describeGold(b)}
	if joined {
		p.Event += "/" + f.goldLabel[b.ID]
		p.Cause = "joined"
	} else {
		p.Cause = lostCause(a, b)
	}
	return p
}

// describeGold is describeIncident with the evidence (a gold incident's
// whole report) cut to its first 160 bytes.
func describeGold(in *model.Incident) string {
	c := *in
	if len(c.Evidence) > 0 && len(c.Evidence[0].Text) > 160 {
		t := c.Evidence[0].Text[:160]
		for len(t) > 0 && !utf8.ValidString(t) {
			t = t[:len(t)-1]
		}
		c.Evidence = []model.Span{{Text: t + "…"}}
	}
	return describeIncident(&c)
}

// describeIncident tells a predicted incident's type, place, time and
// first evidence sentence in one line ("" for nil).
func describeIncident(in *model.Incident) string {
	if in == nil {
		return ""
	}
	s := describe(string(in.Type), in.Location.State, in.Location.Municipality)
	if in.Time != nil {
		s += " " + in.Time.In(in.Location.Zone()).Format("2006-01-02T15:04") + "/" + string(in.TimePrecision)
	} else {
		s += " untimed"
	}
	if len(in.Evidence) > 0 {
		s += " " + strconv.Quote(in.Evidence[0].Text)
	}
	return s
}

// lostCause names the first difference between two predicted incidents
// that fusion kept apart (nil: no prediction).
func lostCause(a, b *model.Incident) string {
	switch {
	case a == nil || b == nil:
		return LostCauses[0]
	case a.Tally != b.Tally || a.Denial != b.Denial:
		return LostCauses[1]
	case a.Type != b.Type:
		return LostCauses[2]
	case a.Location.StateCode != b.Location.StateCode || a.Location.StateCode == "":
		return LostCauses[3]
	case a.Location.MunicipalityCode != "" && b.Location.MunicipalityCode != "" &&
		a.Location.MunicipalityCode != b.Location.MunicipalityCode:
		return LostCauses[4]
	case a.Time != nil && b.Time != nil &&
		a.Location.Date(*a.Time) != b.Location.Date(*b.Time):
		return LostCauses[5]
	case (a.Location.MunicipalityCode == "") != (b.Location.MunicipalityCode == ""):
		return LostCauses[6]
	case (a.Time == nil) != (b.Time == nil):
		return LostCauses[7]
	}
	return LostCauses[8]
}

// goldIncident turns a gold incident into what the extractor would give if
// it were perfect: municipality precision when a municipality is named,
// state precision when only a state is, country otherwise; the report text
// as evidence, and the neighbourhood extraction reads in it.
func goldIncident(g GoldIncident, rep model.Report) model.Incident {
	in := model.Incident{
		Type:   model.IncidentType(g.Type),
		Actors: g.Actors,
		Location: model.Location{StateCode: g.StateCode, State: g.State,
			MunicipalityCode: g.MunicipalityCode, Municipality: g.Municipality, Lat: g.Lat, Lon: g.Lon},
		TimePrecision: model.TimePrecision(g.TimePrecision),
		Confidence:    1,
		Denial:        g.Denial,
		Tally:         g.Tally,
		Evidence:      []model.Span{{Text: rep.Text}},
	}
	in.Location.Neighborhood = colonia.Of(in.Evidence)
	switch {
	case g.MunicipalityCode != "" || g.Municipality != "":
		in.Location.Precision = model.GeoMunicipality
	case g.StateCode != "" || g.State != "":
		in.Location.Precision = model.GeoState
	default:
		in.Location.Precision = model.GeoCountry
	}
	if g.Time != "" {
		if t, err := time.Parse(time.RFC3339, g.Time); err == nil {
			in.Time = &t
		} else if t, err := time.ParseInLocation(time.DateOnly, g.Time, in.Location.Zone()); err == nil {
			// a gold date is that date at the place (model.Location.Day)
			in.Time = &t
			if in.TimePrecision == "" {
				in.TimePrecision = model.TimeDay
			}
		}
	}
	for _, c := range []struct {
		n   *int
		dst **model.Count
	}{{g.Killed, &in.Killed}, {g.Injured, &in.Injured}, {g.Detained, &in.Detained}, {g.Kidnapped, &in.Kidnapped}} {
		if c.n != nil {
			*c.dst = &model.Count{N: *c.n}
		}
	}
	return in
}
