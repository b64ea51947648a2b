package eval

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// fusionGold: three reports of one blockade (A), a fourth of another
// blockade in the next municipality the same day (B), and a report whose
// incidents carry no event label.
const fusionGold = `{"report": {"id": "f1", "source": "Uno", "published": "2026-02-22T12:00:00-06:00", "text": "Bloqueo en Zapotlanejo."}, "incidents": [{"type": "blockade", "state_code": "14", "municipality_code": "14124", "municipality": "Zapotlanejo", "time": "2026-02-22", "event": "A"}]}
{"report": {"id": "f2", "source": "Dos", "published": "2026-02-22T13:00:00-06:00", "text": "Arde un tráiler en Zapotlanejo."}, "incidents": [{"type": "blockade", "state_code": "14", "municipality_code": "14124", "municipality": "Zapotlanejo", "time": "2026-02-22", "event": "A"}]}
{"report": {"id": "f3", "source": "Tres", "published": "2026-02-22T14:00:00-06:00", "text": "Cierran la autopista en Zapotlanejo."}, "incidents": [{"type": "blockade", "state_code": "14", "municipality_code": "14124", "municipality": "Zapotlanejo", "time": "2026-02-22", "event": "A"}]}
{"report": {"id": "f4", "source": "Cuatro", "published": "2026-02-22T14:00:00-06:00", "text": "Bloqueo en Tonalá."}, "incidents": [{"type": "blockade", "state_code": "14", "municipality_code": "14101", "municipality": "Tonalá", "time": "2026-02-22", "event": "B"}]}
{"report": {"id": "f5", "text": "Sin etiqueta."}, "incidents": [{"type": "homicide", "state_code": "14"}]}
`

func TestFusionScore(t *testing.T) {
	cases, err := ReadGold(strings.NewReader(fusionGold))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		edit       func(id string, in []model.Incident) []model.Incident
		p, r       float64
		unpaired   int
		largestMin int
	}{
		// Perfect extraction: the three A reports fuse (3 pairs), B alone.
		{"perfect", nil, 1, 1, 0, 3},
		// f3's incident is missed: its two pairs are lost.
		{"missed", func(id string, in []model.Incident) []model.Incident {
			if id == "f3" {
				return nil
			}
			return in
		}, 1, 1.0 / 3, 1, 2},
		// f4 is put in Zapotlanejo too: it fuses with A, three wrong pairs.
		{"misplaced", func(id string, in []model.Incident) []model.Incident {
			if id == "f4" {
				in[0].Location.MunicipalityCode, in[0].Location.Municipality = "14124", "Zapotlanejo"
			}
			return in
		}, 0.5, 1, 0, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The extractor places a municipality at municipality precision,
			// a day at day precision.
			edit := func(id string, in []model.Incident) []model.Incident {
				for i := range in {
					in[i].Location.Precision, in[i].TimePrecision = model.GeoMunicipality, model.TimeDay
				}
				if tt.edit != nil {
					in = tt.edit(id, in)
				}
				return in
			}
			s, err := Run(context.Background(), cases, fake(cases, edit))
			if err != nil {
				t.Fatal(err)
			}
			f := s.Fusion
			if f == nil {
				t.Fatal("no fusion score")
			}
			if m := f.Pairs; abs(m.Precision-tt.p) > 1e-9 || abs(m.Recall-tt.r) > 1e-9 {
				t.Errorf("pairs %+v, want precision %v recall %v", f.Pairs, tt.p, tt.r)
			}
			if f.Labelled != 4 || f.GoldEvents != 2 || f.Unpaired != tt.unpaired || f.LargestEvent < tt.largestMin {
				t.Errorf("fusion score %+v", f)
			}
			if f.GoldPairs.F1 != 1 {
				t.Errorf("fusing the gold incidents themselves: %+v", f.GoldPairs)
			}
			// Each lost pair is listed once, with the cause it is counted by.
			lost := 0
			for _, n := range f.Lost {
				lost += n
			}
			listed, joined := 0, 0
			for _, p := range f.LostPairs {
				if p.Cause == "joined" {
					// A pair of two events joined: A's and B's.
					joined++
					if p.Event != "A/B" && p.Event != "B/A" || p.PredA == "" || p.PredB == "" {
						t.Errorf("joined pair %+v", p)
					}
					continue
				}
				listed++
				if p.Event != "A" || f.Lost[p.Cause] == 0 || p.LineA == p.LineB || p.PredA == "" && p.PredB == "" && p.Cause != "no prediction" {
					t.Errorf("lost pair %+v", p)
				}
			}
			if lost != listed || lost != int(math.Round((1-tt.r)*3)) {
				t.Errorf("lost %v, listed %d, want %v", f.Lost, listed, (1-tt.r)*3)
			}
			// Wrong pairs: precision p of the pairs fusion predicted.
			if wrong := int(math.Round(3 / tt.p * (1 - tt.p) * tt.r)); joined != wrong {
				t.Errorf("joined pairs listed %d, want %d", joined, wrong)
			}
			if len(f.GoldMissed) != 0 {
				t.Errorf("the gold incidents themselves fuse right, yet listed %+v", f.GoldMissed)
			}
		})
	}
	// No labels, no fusion score.
	s, err := Run(context.Background(), cases[4:], fake(cases, nil))
	if err != nil || s.Fusion != nil {
		t.Errorf("fusion score %+v without labels (err %v)", s.Fusion, err)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestLostCause(t *testing.T) {
	day := func(d int) *time.Time { t := time.Date(2026, 2, d, 18, 0, 0, 0, time.UTC); return &t }
	base := model.Incident{Type: model.Blockade, Time: day(22),
		Location: model.Location{StateCode: "14", MunicipalityCode: "14124"}}
	with := func(edit func(*model.Incident)) *model.Incident { in := base; edit(&in); return &in }
	tests := []struct {
		name string
		b    *model.Incident
		want string
	}{
		{"no prediction", nil, "no prediction"},
		{"a tally", with(func(in *model.Incident) { in.Tally = true }), "tally or denial"},
		{"another type", with(func(in *model.Incident) { in.Type = model.Arson }), "type"},
		{"another state", with(func(in *model.Incident) { in.Location = model.Location{StateCode: "16"} }), "state"},
		{"another municipality", with(func(in *model.Incident) { in.Location.MunicipalityCode = "14101" }), "municipality"},
		// 18:00 UTC on the 23rd is the 23rd in Mexico City; 03:00 UTC on
		// the 23rd would still be the 22nd there.
		{"another day", with(func(in *model.Incident) { in.Time = day(23) }), "day"},
		{"same day in Mexico City", with(func(in *model.Incident) {
			t := time.Date(2026, 2, 23, 3, 0, 0, 0, time.UTC)
			in.Time = &t
		}), "other"},
		{"state precision only", with(func(in *model.Incident) { in.Location.MunicipalityCode = "" }), "one without municipality"},
		{"no time", with(func(in *model.Incident) { in.Time = nil }), "one without time"},
		{"nothing differs", with(func(*model.Incident) {}), "other"},
	}
	for _, tt := range tests {
		if got := lostCause(&base, tt.b); got != tt.want {
			t.Errorf("%s: cause %q, want %q", tt.name, got, tt.want)
		}
	}
}
