package fuse

import (
	"fmt"
	"slices"
)

// Apart names the step of fusion that kept two incidents apart when the
// later of them was added (WhyApart), and what it read.
type Apart struct {
	Step   string // one of ApartSteps
	Detail string // the rules' score, the model's probability, a hard fact's name
}

// ApartSteps are the steps WhyApart names, in the order fusion takes
// them: the earlier's event already closed or never a candidate (the
// window); the rules agreed with the earlier's event and another and
// chose the other; the rules refused the earlier's and joined the later
// elsewhere (the model is asked only when they join it nowhere); the
// earlier's event is placed only in a state or nowhere (left to the
// absorber); then the pair model's steps (decide, overrule): a hard fact
// or an event's times, another act of the later's report, no content word
// shared, a member under the floor, the threshold, two events reached;
// "parted" when the later joined the earlier's event and left it after.
var ApartSteps = [...]string{"window: closed", "window: not a candidate", "rules: chose another event",
	"rules: joined elsewhere", "absorber: floating", "model: hard fact", "model: other act of the report",
	"model: no shared word", "model: member floor", "model: threshold", "model: two events reach", "parted", "no model"}

// WhyApart fuses items (in Less order) with cfg and, for each pair of
// incident ids (the earlier in that order first) that ends in two
// events, names the step that kept them apart when the later was added.
// It is a diagnostic of the development sets (go run
// ./fuse/internal/pairs -apart), not a path of fusion.
func WhyApart(cfg Config, items []Item, pairs [][2]string) (map[[2]string]Apart, error) {
	out := map[[2]string]Apart{}
	later := map[string][][2]string{}
	for _, p := range pairs {
		later[p[1]] = append(later[p[1]], p)
	}
	f := New(cfg, func(Fused) error { return nil })
	for _, it := range items {
		m := f.newMember(it)
		ps := later[it.Incident.ID]
		if len(ps) > 0 && m.hasKey && !it.Incident.Denial {
			f.numbers(m) // the names the index files it under, as add numbers them
			f.advance(m.key)
			for _, p := range ps {
				out[p] = f.whyApart(p[0], m)
			}
		}
		if err := f.add(m); err != nil {
			return nil, fmt.Errorf("fuse: why apart: %w", err)
		}
		for _, p := range ps {
			if c := f.eventOf(p[0]); c != nil && slices.Contains(c.members, m) {
				out[p] = Apart{Step: ApartSteps[11]}
			}
		}
	}
	return out, f.Close()
}

// eventOf returns the open event holding the incident id, or nil.
func (f *Fuser) eventOf(id string) *cluster {
	for _, c := range f.byID {
		if !c.closed && slices.ContainsFunc(c.members, func(x *member) bool { return x.it.Incident.ID == id }) {
			return c
		}
	}
	return nil
}

// whyApart names the step that keeps the incident id's event from m.
func (f *Fuser) whyApart(id string, m *member) Apart {
	c := f.eventOf(id)
	if c == nil {
		return Apart{Step: ApartSteps[0]}
	}
	cands := slices.Clone(f.candidates(m))
	if !slices.Contains(cands, c) {
		return Apart{Step: ApartSteps[1]}
	}
	s, ok, slip := f.scoreCluster(c, m)
	rules := "refused"
	if ok {
		rules = fmt.Sprintf("%.2f", s)
	}
	for _, d := range cands {
		if d == c {
			continue
		}
		if s2, ok2, _ := f.scoreCluster(d, m); ok2 && s2 >= f.cfg.Threshold {
			if ok && !slip && s >= f.cfg.Threshold {
				return Apart{ApartSteps[2], fmt.Sprintf("rules %s, the other %.2f", rules, s2)}
			}
			return Apart{ApartSteps[3], "rules " + rules}
		}
	}
	if f.cfg.Pair == nil {
		return Apart{ApartSteps[12], "rules " + rules}
	}
	if c.floating() {
		return Apart{ApartSteps[4], "rules " + rules}
	}
	return f.whyDecide(c, m, cands)
}

// whyDecide names the step of decide, then of overrule, that keeps c
// from m.
func (f *Fuser) whyDecide(c *cluster, m *member, cands []*cluster) Apart {
	if !c.meets(m) || f.tooLong(c, m) {
		return Apart{ApartSteps[5], "the event's times"}
	}
	if c.otherAct(m, true) {
		return Apart{Step: ApartSteps[6]}
	}
	pm := f.cfg.Pair
	floor := linkFloor * pm.Threshold
	for _, x := range c.members {
		if shared(x.tokens, m.tokens) == 0 {
			return Apart{ApartSteps[7], "with " + string(x.it.Incident.Type)}
		}
		var v Features
		cheapFeatures(x, m, &v)
		var parts pairParts
		s, _, _ := f.pair(x, m, compatible(x.it.Incident.Type, m.it.Incident.Type), &parts)
		f.dearFeatures(x, m, s, &parts, &v)
		for _, g := range append(hardGates[:], gTowns) {
			if v[g] != 0 {
				return Apart{ApartSteps[5], FeatureNames[g] + " with " + string(x.it.Incident.Type)}
			}
		}
		if p := pm.Prob(v); p < floor {
			return Apart{ApartSteps[8], fmt.Sprintf("%.3f with %s", p, x.it.Incident.Type)}
		}
	}
	p, ok := f.decide(c, m)
	if !ok || p < pm.Threshold {
		return Apart{ApartSteps[9], fmt.Sprintf("%.4f", p)}
	}
	return Apart{ApartSteps[10], fmt.Sprintf("%.4f", p)}
}
