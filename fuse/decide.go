package fuse

import (
	"math"
	"slices"
)

// hardGates are the gates a pair model never overrules: facts that part
// two acts (a tally and an act, times that cannot meet, an arrest beside
// a clash, two kilometre points, ...). The others (places, types, slips)
// are features it weighs.
var hardGates = [...]int{gTally, gTime, gNight, gBack, gArrest, gKm, gSuspend, gHours, gPremises, gColonia, gHomonymText, gDateline, gColoniaOwn}

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

// apart reports whether the pair is one the model weighs (it learns from
// it what tells two acts apart) but never joins: two towns of a state
// that geo keeps apart (gTowns). Out of fold on the development sets,
// one open pair of such towns in nearly a thousand was one act above
// 0.9, and a model fitted without them lost every join it added.
func (v *Features) apart() bool { return v.Refused() || v[gTowns] != 0 }

// decideLogits are the logits of the floor and the threshold decide
// compares with, for the model's threshold (computed once).
type decideLogits struct {
	set        bool
	threshold  float64
	floor, top float64
}

// linkFloor is the share of the threshold every member of an event must
// reach with a newcomer for the model to let it join (decide).
const linkFloor = 0.5

// decide scores m against c with the pair model: the best probability
// over c's members, if no hard fact parts m from any of them and each
// reaches linkFloor of the threshold; two acts of one report stay two.
func (f *Fuser) decide(c *cluster, m *member) (float64, bool) {
	if !c.meets(m) {
		return 0, false
	}
	if f.tooLong(c, m) {
		return 0, false
	}
	if c.otherAct(m, true) {
		return 0, false // another act of m's report
	}
	pm := f.cfg.Pair
	floor := linkFloor * pm.Threshold
	if !f.logits.set || f.logits.threshold != pm.Threshold {
		f.logits = decideLogits{set: true, threshold: pm.Threshold,
			floor: math.Log(floor / (1 - floor)), top: math.Log(pm.Threshold / (1 - pm.Threshold))}
	}
	floorLogit, topLogit := f.logits.floor, f.logits.top
	// Every member must pass every test, so the cheapest are asked of
	// all of them before the features are computed of any: a member that
	// refuses spares the features of those before it.
	for _, x := range c.members {
		a, b := &x.it.Incident, &m.it.Incident
		if a.Tally != b.Tally || !overlaps(x, m) || hoursApart(x, m) {
			return 0, false // the commonest hard facts, asked first
		}
		if !meet(x.tokens, m.tokens) {
			// Evidence that shares no content word gives the model
			// nothing to overrule the rules with.
			return 0, false
		}
	}
	vs := f.scratchV[:0]
	most := math.Inf(-1)
	for _, x := range c.members {
		var v Features
		cheapFeatures(x, m, &v)
		z := pm.logit(&v) + pm.dearMost
		if v.Refused() || z < floorLogit {
			// A hard fact, or too little in common for the rest to
			// reach the floor: spare reading the evidence.
			return 0, false
		}
		most = math.Max(most, z)
		vs = append(vs, v)
	}
	f.scratchV = vs
	if most < topLogit {
		return 0, false // no member can reach the threshold
	}
	best := 0.0
	for i, x := range c.members {
		v := &vs[i]
		var parts pairParts
		s, _, _ := f.pair(x, m, compatible(x.it.Incident.Type, m.it.Incident.Type), &parts)
		f.dearFeatures(x, m, s, &parts, v)
		if v.apart() {
			return 0, false
		}
		p := pm.Prob(*v)
		if p < floor {
			return 0, false
		}
		best = math.Max(best, p)
	}
	return best, true
}

// overrule returns the one event among cands the pair model finds m's
// (decide reaches its threshold); none when two do, as of two slips.
// Events placed only in the state, or nowhere, are left to the rules,
// which place them when they close (absorber), among every event of their
// day.
func (f *Fuser) overrule(cands []*cluster, m *member) *cluster {
	var best *cluster
	for _, c := range cands {
		if c.floating() {
			continue
		}
		if p, ok := f.decide(c, m); !ok || p < f.cfg.Pair.Threshold {
			continue
		}
		if best != nil {
			return nil
		}
		best = c
	}
	return best
}

// eject moves out of c, into an event of its own, a member the pair model
// joined (member.overruled) from the report of m, which the rules have
// just joined to c: two acts of one report stay two, and the rules' join
// wins.
func (f *Fuser) eject(c *cluster, m *member) {
	if f.cfg.Pair == nil {
		return
	}
	i := slices.IndexFunc(c.members, func(x *member) bool {
		return x != m && x.overruled && sameReport(x, m)
	})
	if i < 0 {
		return
	}
	x := c.members[i]
	c.reset(slices.Delete(slices.Clone(c.members), i, i+1))
	f.leave(x, c)
	x.overruled = false
	f.newCluster(x)
}
