package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/model"
)

// writeApart lists, set by set, every same-event pair of predicted
// incidents that fusion with cfg keeps apart, with the first difference
// of the two (eval.LostCauses) and the step of fusion that refused the
// pair when the later came (fuse.WhyApart), then the pairs counted by
// cause and step.
func writeApart(w io.Writer, sets []set, cfg fuse.Config) error {
	n := map[[2]string]int{}
	for _, s := range sets {
		items := fusionOrder(s.data)
		event, err := eventsOf(cfg, items)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		labels := s.data.Labels()
		var ps [][2]string
		for j := range items {
			b := &items[j].Incident
			lb, ok := labels[b.ID]
			if !ok {
				continue
			}
			for i := range j {
				a := &items[i].Incident
				if la, ok := labels[a.ID]; ok && la == lb && a.ReportID != b.ReportID && event[a.ID] != event[b.ID] {
					ps = append(ps, [2]string{a.ID, b.ID})
				}
			}
		}
		why, byID, err := apartWhy(cfg, items, ps)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		for _, p := range ps {
			a, b := byID[p[0]], byID[p[1]]
			cause := eval.LostCause(a, b)
			n[[2]string{cause, why[p].Step}]++
			fmt.Fprintf(w, "%s %s | %s (%s)\n   %s\n   %s\n", s.name, cause, why[p].Step, why[p].Detail, eval.DescribeIncident(a), eval.DescribeIncident(b))
		}
	}
	keys := make([][2]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		fmt.Fprintf(w, "%4d %-26s %s\n", n[k], k[0], k[1])
	}
	return nil
}

// fusionOrder returns the predicted incidents of d in the order fusion
// takes them.
func fusionOrder(d *eval.FusionData) []fuse.Item {
	items := append([]fuse.Item(nil), d.Items()...)
	sort.SliceStable(items, func(i, j int) bool { return fuse.Less(&items[i], &items[j]) })
	return items
}

// apartWhy asks fuse.WhyApart why each pair of ps (incident ids of items)
// was kept apart, and returns with the answers each incident of items by
// its id.
func apartWhy(cfg fuse.Config, items []fuse.Item, ps [][2]string) (map[[2]string]fuse.Apart, map[string]*model.Incident, error) {
	why, err := fuse.WhyApart(cfg, items, ps)
	if err != nil {
		return nil, nil, err
	}
	byID := make(map[string]*model.Incident, len(items))
	for i := range items {
		byID[items[i].Incident.ID] = &items[i].Incident
	}
	return why, byID, nil
}

// eventsOf fuses items (in fusion order) with cfg and returns each
// incident's event id.
func eventsOf(cfg fuse.Config, items []fuse.Item) (map[string]string, error) {
	event := map[string]string{}
	fz := fuse.New(cfg, func(ev fuse.Fused) error {
		for _, id := range ev.IncidentIDs {
			event[id] = ev.ID
		}
		return nil
	})
	for _, it := range items {
		if err := fz.Add(it); err != nil {
			return nil, err
		}
	}
	return event, fz.Close()
}
