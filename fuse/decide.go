package fuse

import (
	"math"
	"slices"
)

// hardGates are the gates a pair model never overrules: facts that part
// two acts (a tally and an act, times that cannot meet, an arrest beside
// a clash, two kilometre points, ...). The others (places, types, slips)
// are features it weighs.
var hardGates = [...]int{gTally, gTime, gNight, gBack, gArrest, gKm, gSuspend, gHours, gPremises, gColonia, gHomonymText}

// Refused reports whether a hard fact parts the pair (hardGates): no
// model joins it.
func (v *Features) Refused() bool {
	for _, g := range hardGates {
		if v[g] != 0 {
			return true
		}
	}
	return false
}

// linkFloor is the share of the threshold every member of an event must
// reach with a newcomer for the model to let it join (decide).
const linkFloor = 0.5

// decide scores m against c with the pair model: the best probability
// over c's members, if no hard fact parts m from any of them and each
// reaches linkFloor of the threshold; two acts of one report stay two.
func (f *Fuser) decide(c *cluster, m *member) (float64, bool) {
	if !c.start.Before(m.end) || !m.start.Before(c.end) {
		return 0, false
	}
	lo, hi := c.first, c.lastKey
	if m.key.Before(lo) {
		lo = m.key
	}
	if m.key.After(hi) {
		hi = m.key
	}
	if hi.Sub(lo).Hours() > f.cfg.MaxSpanHours {
		return 0, false
	}
	if c.reports[m.it.Incident.ReportID] && slices.ContainsFunc(c.members, func(x *member) bool {
		return x.it.Incident.ReportID == m.it.Incident.ReportID && !oneActTwice(x, m) && !misplacedTwin(c, x, m)
	}) {
		return 0, false // another act of m's report
	}
	best, worst := 0.0, 1.0
	for _, x := range c.members {
		s, _, _ := f.pair(x, m, compatible(x.it.Incident.Type, m.it.Incident.Type))
		v := f.features(x, m, s)
		if v.Refused() {
			return 0, false
		}
		p := f.cfg.Pair.Prob(v)
		best, worst = math.Max(best, p), math.Min(worst, p)
	}
	if worst < linkFloor*f.cfg.Pair.Threshold {
		return 0, false
	}
	return best, true
}

// overrule returns the event among cands the pair model finds most likely
// m's (decide), if any reaches its threshold; ties go to the earlier.
func (f *Fuser) overrule(cands []*cluster, m *member) *cluster {
	var best *cluster
	bestP := f.cfg.Pair.Threshold
	for _, c := range cands {
		p, ok := f.decide(c, m)
		if !ok || p < bestP || best != nil && p == bestP && !c.first.Before(best.first) {
			continue
		}
		best, bestP = c, p
	}
	return best
}
