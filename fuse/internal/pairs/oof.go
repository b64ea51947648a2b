package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/atalaya/atalaya/model"
)

// writeOOF writes the open pairs of every set with the probability a
// model fitted on the other sets gives them: set, label, ids, types,
// probability, rules score.
func writeOOF(path string, sets []set, o settings) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	threshold := rulesOnly().Threshold
	for _, s := range sets {
		pm, err := fit(sets, o, s.name)
		if err != nil {
			return err
		}
		types := map[string]model.IncidentType{}
		for _, it := range s.data.Items() {
			types[it.Incident.ID] = it.Incident.Type
		}
		for i := range s.pairs {
			p := &s.pairs[i]
			if !open(p, threshold) {
				continue
			}
			fmt.Fprintf(w, "%s\t%v\t%s\t%s\t%s\t%s\t%.5f\t%.3f\t%.3f\n", s.name, p.same, p.a, p.b, types[p.a], types[p.b], pm.Prob(p.v), p.v[feature("rules")], p.v[feature("same_act")])
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
