package fuse

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// sortClusters orders clusters by their earliest key, then id.
func sortClusters(cs []*cluster) {
	sort.Slice(cs, func(i, j int) bool {
		if !cs[i].first.Equal(cs[j].first) {
			return cs[i].first.Before(cs[j].first)
		}
		return cs[i].id < cs[j].id
	})
}

// consensus builds the event of a cluster.
func (f *Fuser) consensus(c *cluster) model.Event {
	ms := c.members
	ev := model.Event{ID: c.id, Reports: c.reports.len(),
		IncidentIDs: make([]string, 0, len(ms)), ReportIDs: make([]string, 0, len(ms))}
	for _, m := range ms {
		ev.IncidentIDs = append(ev.IncidentIDs, m.it.Incident.ID)
		ev.ReportIDs = append(ev.ReportIDs, m.it.Incident.ReportID)
	}

	// Type: weighted vote, ties to the taxonomy's order.
	var votes typeVote
	for _, m := range ms {
		votes.add(m)
	}
	if ev.Type = votes.winner(); ev.Type == "" {
		ev.Type = ms[0].it.Incident.Type
	}

	// State: weighted vote; a disagreement is a contradiction.
	stateVotes := map[string]float64{}
	stateReports := map[string][]string{}
	stateNames := map[string]string{}
	var stateOrder []string
	for _, m := range ms {
		l := &m.it.Incident.Location
		if l.StateCode == "" {
			continue
		}
		if _, ok := stateVotes[l.StateCode]; !ok {
			stateOrder = append(stateOrder, l.StateCode)
			stateNames[l.StateCode] = l.State
		}
		w := m.weight * precisionWeight(m.prec)
		if priorOnly(m) {
			// The outlet's home is a hint, not a claim: it decides only
			// when no report states a place, and contradicts nothing.
			stateVotes[l.StateCode] += w * priorWeight
			continue
		}
		stateVotes[l.StateCode] += w
		stateReports[l.StateCode] = append(stateReports[l.StateCode], m.it.Incident.ReportID)
	}
	state := ""
	for _, s := range stateOrder {
		if state == "" || stateVotes[s] > stateVotes[state]+1e-12 {
			state = s
		}
	}
	var claimed []string
	for _, s := range stateOrder {
		if len(stateReports[s]) > 0 {
			claimed = append(claimed, s)
		}
	}
	if len(claimed) > 1 {
		con := model.Contradiction{Field: "state"}
		for _, s := range claimed {
			con.Values = append(con.Values, model.ClaimedValue{Value: stateNames[s], ReportIDs: stateReports[s]})
		}
		ev.Contradictions = append(ev.Contradictions, con)
	}

	// Location: one the text or a feed states before one that only the
	// outlet's home suggests, then the most precise of the winning state,
	// then the heaviest.
	var loc *member
	for _, m := range ms {
		if state != "" && m.it.Incident.Location.StateCode != state || m.prec == model.GeoUnknown {
			continue
		}
		if loc == nil {
			loc = m
			continue
		}
		if a, b := priorOnly(m), priorOnly(loc); a != b {
			if !a {
				loc = m
			}
			continue
		}
		if m.prec < loc.prec || m.prec == loc.prec && m.weight > loc.weight {
			loc = m
		}
	}
	if loc != nil {
		ev.Location = loc.it.Incident.Location
		ev.Location.Precision = loc.prec
	}
	muni := map[string][]string{}
	var muniOrder []string
	for _, m := range ms {
		l := &m.it.Incident.Location
		if l.MunicipalityCode == "" || l.StateCode != state || priorOnly(m) {
			continue
		}
		if _, ok := muni[l.MunicipalityCode]; !ok {
			muniOrder = append(muniOrder, l.MunicipalityCode)
		}
		muni[l.MunicipalityCode] = append(muni[l.MunicipalityCode], m.it.Incident.ReportID+"\x00"+l.Municipality)
	}
	if len(muniOrder) > 1 {
		con := model.Contradiction{Field: "municipality"}
		for _, code := range muniOrder {
			v := model.ClaimedValue{}
			for _, s := range muni[code] {
				rid, name, _ := strings.Cut(s, "\x00")
				v.Value = name
				v.ReportIDs = append(v.ReportIDs, rid)
			}
			con.Values = append(con.Values, v)
		}
		ev.Contradictions = append(ev.Contradictions, con)
	}
	if con, ok := neighborhood(&ev.Location, ms); ok {
		ev.Contradictions = append(ev.Contradictions, con)
	}

	// Time: the finest precision, and the span of the times given with it.
	for _, m := range ms {
		if in := &m.it.Incident; in.Time != nil && timeRank(in.TimePrecision) < timeRank(ev.TimePrecision) {
			ev.TimePrecision = in.TimePrecision
		}
	}
	for _, m := range ms {
		in := &m.it.Incident
		if in.Time == nil || in.TimePrecision != ev.TimePrecision {
			continue
		}
		t := m.key
		if ev.TimeStart == nil || t.Before(*ev.TimeStart) {
			ev.TimeStart = &t
		}
		if ev.TimeEnd == nil || t.After(*ev.TimeEnd) {
			e := t
			ev.TimeEnd = &e
		}
	}

	// Counts: the latest report's, with history and contradictions.
	byPub := slices.Clone(ms)
	sort.SliceStable(byPub, func(i, j int) bool {
		pi, pj := pubTime(byPub[i]), pubTime(byPub[j])
		if !pi.Equal(pj) {
			return pi.Before(pj)
		}
		return byPub[i].weight < byPub[j].weight // the heavier comes later, and wins
	})
	for _, cf := range []struct {
		name string
		get  func(*model.Incident) *model.Count
		set  func(*model.Count)
		hist bool
	}{
		{"killed", func(i *model.Incident) *model.Count { return i.Killed }, func(c *model.Count) { ev.Killed = c }, true},
		{"injured", func(i *model.Incident) *model.Count { return i.Injured }, func(c *model.Count) { ev.Injured = c }, true},
		{"detained", func(i *model.Incident) *model.Count { return i.Detained }, func(c *model.Count) { ev.Detained = c }, false},
		{"kidnapped", func(i *model.Incident) *model.Count { return i.Kidnapped }, func(c *model.Count) { ev.Kidnapped = c }, false},
	} {
		var cur *model.Count
		var seen []*member
		for _, m := range byPub {
			n := cf.get(&m.it.Incident)
			if n == nil {
				continue
			}
			seen = append(seen, m)
			if cur == nil || n.N != cur.N || n.AtLeast != cur.AtLeast {
				if cf.hist && (cur == nil || n.N != cur.N) {
					ev.Tolls = append(ev.Tolls, model.TollChange{Time: pubTime(m), Field: cf.name, N: n.N, ReportID: m.it.Incident.ReportID})
				}
				v := *n
				cur = &v
			}
		}
		if cur != nil {
			cf.set(cur)
		}
		if con, ok := countContradiction(cf.name, seen, cf.get, cf.name == "injured"); ok {
			ev.Contradictions = append(ev.Contradictions, con)
		}
	}
	ev.Tolls = trimHistory(ev.Tolls)

	// Severity, actors.
	seenActor := map[string]bool{}
	for _, m := range ms {
		ev.Severity = max(ev.Severity, m.it.Incident.Severity)
		for _, a := range m.it.Incident.Actors {
			k := a.Name + "\x00" + string(a.Role)
			if !seenActor[k] && len(ev.Actors) < 12 {
				seenActor[k] = true
				ev.Actors = append(ev.Actors, a)
			}
		}
	}

	// Independent sources: same outlet or near-duplicate text.
	parent := make([]int, len(ms))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	outlets := map[string]bool{}
	var buf [16]string
	src := buf[:0] // the outlets folded
	for _, a := range ms {
		src = append(src, fold.String(a.it.Source))
	}
	for i, a := range ms {
		if a.it.Source != "" {
			outlets[a.it.Source] = true
		}
		for j := 0; j < i; j++ {
			b := ms[j]
			same := a.it.Source != "" && src[i] == src[j]
			if same || a.it.Sketch.Copy(&b.it.Sketch, f.cfg.NearDuplicate) {
				parent[find(i)] = find(j)
			}
		}
	}
	best := map[int]float64{}
	for i, m := range ms {
		r := find(i)
		best[r] = math.Max(best[r], m.weight)
	}
	ev.Sources = len(best)
	for o := range outlets {
		ev.Outlets = append(ev.Outlets, o)
	}
	sort.Strings(ev.Outlets)

	// Denials.
	if con, ok := f.denied(c, ev.Type); ok {
		ev.Contradictions = append(ev.Contradictions, con)
	}

	// Confidence: independent corroboration, less for each contradiction.
	miss := 1.0
	for _, w := range best {
		miss *= 1 - w
	}
	conf := (1 - miss) - 0.15*float64(len(ev.Contradictions))
	ev.Confidence = math.Round(math.Max(0.05, math.Min(1, conf))*1000) / 1000
	return ev
}

// precisionWeight favours precise places in the state vote.
// priorWeight scales the state vote of a place that came only from the
// outlet's home.
const priorWeight = 0.1

// priorOnly reports whether m's place came only from its outlet's home.
func priorOnly(m *member) bool {
	return m.it.Incident.Location.Basis == model.BasisOutletPrior
}

func precisionWeight(p model.GeoPrecision) float64 {
	switch p {
	case model.GeoPoint:
		return 1.2
	case model.GeoMunicipality:
		return 1.1
	}
	return 1
}

func timeRank(p model.TimePrecision) int {
	switch p {
	case model.TimeMinute:
		return 0
	case model.TimeHour:
		return 1
	case model.TimeDay:
		return 2
	case model.TimeWeek:
		return 3
	}
	return 4
}

// pubTime is when a member's report said what it said: its publication,
// else the incident's time.
func pubTime(m *member) time.Time {
	if !m.it.Published.IsZero() {
		return time.Unix(m.it.Published.Unix(), 0).UTC()
	}
	return m.key
}

// countContradiction finds reports that disagree on a count: a lower value
// (not "at least") reported at the same time as, or later than, a higher
// one. A count that only rises over time is a follow-up, not a
// contradiction, and so is a fall of the injured matched by a rise of the
// dead (injured counts). ms are in publication order.
func countContradiction(field string, ms []*member, get func(*model.Incident) *model.Count, injured bool) (model.Contradiction, bool) {
	found := false
	for i, a := range ms {
		for _, b := range ms[:i] { // b published no later than a
			va, vb := get(&a.it.Incident), get(&b.it.Incident)
			later := pubTime(a).After(pubTime(b))
			if injured && later && va.N < vb.N && died(a, b, vb.N-va.N) {
				continue // the injured who died moved to the death toll
			}
			if va.N < vb.N && !va.AtLeast || va.N > vb.N && !vb.AtLeast && !later {
				found = true
			}
		}
	}
	if !found {
		return model.Contradiction{}, false
	}
	con := model.Contradiction{Field: field}
	idx := map[int]int{}
	for _, m := range ms {
		n := get(&m.it.Incident)
		k, ok := idx[n.N]
		if !ok {
			k = len(con.Values)
			idx[n.N] = k
			v := strconv.Itoa(n.N)
			con.Values = append(con.Values, model.ClaimedValue{Value: v})
		}
		con.Values[k].ReportIDs = append(con.Values[k].ReportIDs, m.it.Incident.ReportID)
	}
	return con, true
}

// died reports whether a's death toll is at least n more than b's.
func died(a, b *member, n int) bool {
	ka, kb := a.it.Incident.Killed, b.it.Incident.Killed
	if ka == nil {
		return false
	}
	k := 0
	if kb != nil {
		k = kb.N
	}
	return ka.N-k >= n
}

// trimHistory drops the toll history of a field that never changed.
func trimHistory(h []model.TollChange) []model.TollChange {
	n := map[string]int{}
	for _, t := range h {
		n[t.Field]++
	}
	var out []model.TollChange
	for _, t := range h {
		if n[t.Field] > 1 {
			out = append(out, t)
		}
	}
	return out
}

// deniedType reports whether a denial of type d contradicts an event of
// type t: the same type, or a shooting told as an attack by one report and
// as a clash by another (a denied "balacera"). A denied blockade does not
// deny a shop burnt, nor a denied killing a shooting.
func deniedType(d, t model.IncidentType) bool {
	if d == t {
		return true
	}
	return d == model.ArmedAttack && t == model.ArmedClash || d == model.ArmedClash && t == model.ArmedAttack
}

// deniedBurning reports whether the denial d, of a burning, blockade or
// attack on a business, contradicts the event c of another of the three
// types (typ): when d names a kind of vehicle or premises that a member
// of c names ("es falso el bloqueo con tráileres quemados" and "queman
// dos tráileres", told as arson). A denied blockade of trucks does not
// deny a store set on fire.
func deniedBurning(d *member, c *cluster, typ model.IncidentType) bool {
	if !premises(d.it.Incident.Type) || !premises(typ) || d.objects() == 0 {
		return false
	}
	return slices.ContainsFunc(c.members, func(x *member) bool { return x.objects()&d.objects() != 0 })
}

// denied returns the "occurred" contradiction of a cluster: the denials
// of its type (deniedType, deniedBurning), within its place and a day of
// its time, and of the day they date the act, if they do.
func (f *Fuser) denied(c *cluster, typ model.IncidentType) (model.Contradiction, bool) {
	var no []string
	for _, d := range f.denials {
		din := &d.it.Incident
		if c.reports.has(din.ReportID) || !deniedType(din.Type, typ) && !deniedBurning(d, c, typ) {
			continue
		}
		if d.key.Before(c.first.Add(-denialWindow)) || d.key.After(c.lastKey.Add(denialWindow)) {
			continue
		}
		if din.Time != nil && din.TimePrecision != model.TimeWeek && !onDay(c, din.Location.Day(d.key)) {
			// A denial that dates the act denies an act of that day,
			// not one of the day before (its minute may be the
			// denial's own).
			continue
		}
		if !f.covers(d, c) {
			continue
		}
		if !slices.Contains(no, din.ReportID) {
			no = append(no, din.ReportID)
		}
	}
	if len(no) == 0 {
		return model.Contradiction{}, false
	}
	var yes []string
	for _, m := range c.members {
		yes = append(yes, m.it.Incident.ReportID)
	}
	return model.Contradiction{Field: "occurred", Values: []model.ClaimedValue{
		{Value: "yes", ReportIDs: yes},
		{Value: "no", ReportIDs: no},
	}}, true
}

// onDay reports whether c's time overlaps the calendar day starting at
// day (model.Location.Day).
func onDay(c *cluster, day time.Time) bool {
	return c.lo < day.AddDate(0, 0, 1).Unix() && day.Unix() < c.hi
}

// covers reports whether a denial's place includes one of the cluster's.
func (f *Fuser) covers(d *member, c *cluster) bool {
	dl := &d.it.Incident.Location
	for _, m := range c.members {
		l := &m.it.Incident.Location
		switch d.prec {
		case model.GeoCountry:
			return true
		case model.GeoState:
			if dl.StateCode == l.StateCode {
				return true
			}
		case model.GeoMunicipality:
			if dl.MunicipalityCode != "" && dl.MunicipalityCode == l.MunicipalityCode {
				return true
			}
		case model.GeoPoint:
			if dl.MunicipalityCode != "" && dl.MunicipalityCode == l.MunicipalityCode ||
				m.hasGeo && model.DistanceKm(d.lat, d.lon, m.lat, m.lon) <= f.cfg.LocalityKm {
				return true
			}
		}
	}
	return false
}
