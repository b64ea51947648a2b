package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestRoadEndsWithoutDateline: with no dateline town (a national desk's
// "MEXICO CITY", an alert, no dateline), a town named only as where a road
// leads or as one of the two places it links is still not where the act
// was: the act keeps the state the report names. Near misses name the
// town as the act's. The sentences are written for the test.
func TestRoadEndsWithoutDateline(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2039, 1, 13, 12, 0, 0, 0, mexico)
	tests := []struct {
		name, text  string
		state, muni string // the first incident's state and municipality codes ("" for none)
		not         string // a municipality code no incident may have
	}{
		{name: "a highway which links two towns, under a national desk's dateline",
			text:  "MEXICO CITY, Jan 13 (Wire) - Gunmen set a passenger bus on fire on Wednesday evening in the western state of Michoacán, state police said. The burning bus cut traffic on the highway which links the farming hub of Apatzingán with the port of Lázaro Cárdenas.",
			state: "16", not: "16006"},
		{name: "near miss: the highway in a town",
			text:  "MEXICO CITY, Jan 13 (Wire) - Gunmen set a passenger bus on fire on Wednesday evening in the western state of Michoacán, state police said. The burning bus cut traffic on the highway in Apatzingán.",
			state: "16", muni: "16006"},
		{name: "a highway linking the state capital with the coast",
			text:  "MEXICO CITY, Jan 13 (Wire) - Soldiers shot dead two suspected fuel thieves before dawn on Thursday in the central state of Puebla, the army said. The soldiers came under fire while patrolling a highway that links the state capital with the Gulf coast.",
			state: "21", not: "21114"},
		{name: "the road out to a town, no dateline",
			text:  "Gunmen set a truck on fire on Monday evening and blocked the road out to Reynosa, Tamaulipas police said.",
			state: "28", not: "28032"},
		{name: "near miss: the road out to a town, in a report that names no state",
			text:  "and then around eight burning trucks and cars blocked the highway out to reynosa on the west side of town the bridges are open",
			state: "28", muni: "28032"},
		{name: "near miss: a road in the town, no dateline",
			text:  "Gunmen set a truck on fire on Monday evening and blocked a road in Reynosa, Tamaulipas police said.",
			state: "28", muni: "28032"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: "en", Kind: model.KindNews, Published: pub, Text: tt.text}
			ins := e.Extract(r)
			if len(ins) == 0 {
				t.Fatal("no incident")
			}
			in := ins[0]
			if in.Location.StateCode != tt.state {
				t.Errorf("state %q (%s), want %s", in.Location.StateCode, in.Location.State, tt.state)
			}
			if tt.muni != "" && in.Location.MunicipalityCode != tt.muni {
				t.Errorf("municipality %q (%s), want %q", in.Location.MunicipalityCode, in.Location.Municipality, tt.muni)
			}
			for _, in := range ins {
				if tt.not != "" && in.Location.MunicipalityCode == tt.not {
					t.Errorf("%s at %s (%s)", in.Type, in.Location.Municipality, in.Location.MunicipalityCode)
				}
			}
		})
	}
}
