package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/model"
)

// typeRow counts, for one pair of predicted types, the pairs of
// incidents of different reports fusion with a config joins or keeps
// apart: same gold event (joined, and apart by the step that refused
// them), and different events of one municipality and one local day
// (near misses: joined wrongly, or kept apart).
type typeRow struct {
	joined, apart    int
	steps            map[string]int
	golds            map[string]int // the gold types of the pairs kept apart
	nearJoined, near int
}

// writeTypes tabulates, by the two predicted types, every pair of
// labelled incidents of different reports whose predicted types differ
// and that are of one state or near (within): same-event pairs joined
// and kept apart (with fuse.WhyApart's step and the gold types), and
// different-event pairs of one municipality and day (near misses).
func writeTypes(w io.Writer, sets []set, cfg fuse.Config) error {
	rows := map[[2]model.IncidentType]*typeRow{}
	row := func(a, b model.IncidentType) *typeRow {
		if b < a {
			a, b = b, a
		}
		r := rows[[2]model.IncidentType{a, b}]
		if r == nil {
			r = &typeRow{steps: map[string]int{}, golds: map[string]int{}}
			rows[[2]model.IncidentType{a, b}] = r
		}
		return r
	}
	for _, s := range sets {
		items := fusionOrder(s.data)
		event, err := eventsOf(cfg, items)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		labels, golds := s.data.Labels(), s.data.GoldTypes()
		var apart [][2]string
		type near struct {
			a, b   *model.Incident
			joined bool
		}
		var nears []near
		for j := range items {
			b := &items[j].Incident
			lb, ok := labels[b.ID]
			if !ok || b.Denial {
				continue
			}
			for i := range j {
				a := &items[i].Incident
				la, ok := labels[a.ID]
				if !ok || a.Denial || a.ReportID == b.ReportID || a.Type == b.Type || !within(&a.Location, &b.Location) {
					continue
				}
				joined := event[a.ID] == event[b.ID]
				switch {
				case la == lb && joined:
					row(a.Type, b.Type).joined++
				case la == lb:
					apart = append(apart, [2]string{a.ID, b.ID})
				case oneTownDay(a, b):
					nears = append(nears, near{a, b, joined})
				}
			}
		}
		why, byID, err := apartWhy(cfg, items, apart)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		for _, p := range apart {
			a, b := byID[p[0]], byID[p[1]]
			r := row(a.Type, b.Type)
			r.apart++
			r.steps[why[p].Step]++
			g := [2]string{golds[a.ID], golds[b.ID]}
			sort.Strings(g[:])
			r.golds[g[0]+"/"+g[1]]++
			fmt.Fprintf(w, "%s apart %s/%s (gold %s/%s) | %s (%s)\n   %s\n   %s\n", s.name, a.Type, b.Type, golds[a.ID], golds[b.ID],
				why[p].Step, why[p].Detail, eval.DescribeIncident(a), eval.DescribeIncident(b))
		}
		for _, n := range nears {
			r := row(n.a.Type, n.b.Type)
			r.near++
			if n.joined {
				r.nearJoined++
			}
			fmt.Fprintf(w, "%s near miss %s/%s joined=%v\n   %s\n   %s\n", s.name, n.a.Type, n.b.Type, n.joined,
				eval.DescribeIncident(n.a), eval.DescribeIncident(n.b))
		}
	}
	keys := make([][2]model.IncidentType, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] < keys[j][1]
	})
	fmt.Fprintf(w, "%-40s %6s %6s %6s %6s  %s\n", "types", "joined", "apart", "near", "nearJ", "steps; gold types of the pairs apart")
	for _, k := range keys {
		r := rows[k]
		fmt.Fprintf(w, "%-40s %6d %6d %6d %6d  %v; %v\n", k[0]+"/"+k[1], r.joined, r.apart, r.near, r.nearJoined, r.steps, r.golds)
	}
	return nil
}

// oneTownDay reports whether a and b are placed in one municipality and
// dated to one local day.
func oneTownDay(a, b *model.Incident) bool {
	return a.Location.MunicipalityCode != "" && a.Location.MunicipalityCode == b.Location.MunicipalityCode &&
		a.Time != nil && b.Time != nil && a.Location.Date(*a.Time) == b.Location.Date(*b.Time)
}
