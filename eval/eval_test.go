package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

func readTiny(t *testing.T) []Case {
	t.Helper()
	f, err := os.Open("testdata/tiny.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

func TestReadGold(t *testing.T) {
	cases := readTiny(t)
	if len(cases) != 3 {
		t.Fatalf("got %d cases, want 3", len(cases))
	}
	// The file has a blank second line.
	for i, want := range []int{1, 3, 4} {
		if cases[i].Line != want {
			t.Errorf("case %d: line %d, want %d", i, cases[i].Line, want)
		}
	}
	if n := len(cases[0].Incidents); n != 2 {
		t.Errorf("first case: %d incidents, want 2", n)
	}
	g := cases[1].Incidents[0]
	if g.Type != "armed_clash" || g.MunicipalityCode != "28032" || g.Killed == nil || *g.Killed != 1 ||
		g.Injured != nil || len(g.Actors) != 2 || g.Actors[1].Kind != model.StateForce {
		t.Errorf("second case incident decoded as %+v", g)
	}
	if len(cases[2].Incidents) != 0 {
		t.Errorf("third case has incidents: %+v", cases[2].Incidents)
	}
}

func TestReadGoldErrors(t *testing.T) {
	const ok = `{"report": {"id": "a", "text": "x"}, "incidents": []}`
	tests := []struct {
		name, in, wantLine string
	}{
		{"bad json", ok + "\n{\"report\": {\"id\": \n", "line 2"},
		{"unknown type", ok + "\n" + ok + "\n" + `{"report": {"text": "x"}, "incidents": [{"type": "riot"}]}`, "line 3"},
		{"unknown key", `{"report": {"text": "x"}, "incidents": [], "note": 1}`, "line 1"},
		{"missing report", ok + "\n" + `{"incidents": []}`, "line 2"},
		{"report not object", `{"report": "x", "incidents": []}`, "line 1"},
		{"bad time", `{"report": {"text": "x"}, "incidents": [{"type": "homicide", "time": "22/02/2026"}]}`, "line 1"},
		{"lat alone", `{"report": {"text": "x"}, "incidents": [{"type": "homicide", "lat": 20.5}]}`, "line 1"},
		{"lat out of range", `{"report": {"text": "x"}, "incidents": [{"type": "homicide", "lat": 200, "lon": 1}]}`, "line 1"},
		{"negative count", `{"report": {"text": "x"}, "incidents": [{"type": "homicide", "killed": -1}]}`, "line 1"},
		{"two objects", ok + " " + ok, "line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGold(strings.NewReader(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.wantLine) {
				t.Errorf("error %q does not name %s", err, tt.wantLine)
			}
		})
	}
}

func TestReadGoldEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n", "  \r\n"} {
		cases, err := ReadGold(strings.NewReader(in))
		if err != nil || len(cases) != 0 {
			t.Errorf("ReadGold(%q) = %v, %v; want no cases, no error", in, cases, err)
		}
	}
	s, err := Run(context.Background(), nil, fake(nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	if s.Reports != 0 || s.GoldIncidents != 0 || s.PredictedIncidents != 0 || s.MedianGeoErrorKm != nil {
		t.Errorf("empty run: %+v", s)
	}
	var buf bytes.Buffer
	if err := s.Write(&buf); err != nil {
		t.Fatal(err)
	}
	// With nothing gold and nothing predicted no ratio is printed: a
	// perfect-looking 1.000 would claim what was never measured.
	for _, line := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(line, "incident ") && !strings.Contains(line, "-") {
			t.Errorf("empty run prints %q, want - for its ratios", line)
		}
	}
	if strings.Contains(buf.String(), "1.000") {
		t.Errorf("empty run prints a ratio of 1.000:\n%s", buf.String())
	}
}

// toIncident is what a perfect extractor would return for g.
func toIncident(g GoldIncident) model.Incident {
	in := model.Incident{
		Type:   model.IncidentType(g.Type),
		Actors: g.Actors,
		Location: model.Location{
			StateCode: g.StateCode, State: g.State,
			MunicipalityCode: g.MunicipalityCode, Municipality: g.Municipality,
			Lat: g.Lat, Lon: g.Lon,
		},
		TimePrecision: model.TimePrecision(g.TimePrecision),
	}
	if g.Time != "" {
		tm, err := time.Parse(time.RFC3339, g.Time)
		if err != nil { // a date: midnight at the place, as extraction stores it
			tm, _ = time.ParseInLocation(time.DateOnly, g.Time, in.Location.Zone())
		}
		in.Time = &tm
	}
	count := func(n *int) *model.Count {
		if n == nil {
			return nil
		}
		return &model.Count{N: *n}
	}
	in.Killed, in.Injured, in.Detained, in.Kidnapped = count(g.Killed), count(g.Injured), count(g.Detained), count(g.Kidnapped)
	return in
}

// fake builds a pipeline from the cases: each report id maps to the gold
// incidents converted to model incidents, then edited.
func fake(cases []Case, edit func(id string, in []model.Incident) []model.Incident) Pipeline {
	byID := map[string][]GoldIncident{}
	for _, c := range cases {
		var r struct {
			ID string `json:"id"`
		}
		json.Unmarshal(c.Report, &r)
		byID[r.ID] = c.Incidents
	}
	return func(raw []byte) (model.Report, []model.Incident, error) {
		var r struct {
			ID   string `json:"id"`
			Lang string `json:"lang"`
		}
		if err := json.Unmarshal(raw, &r); err != nil {
			return model.Report{}, nil, err
		}
		var out []model.Incident
		for _, g := range byID[r.ID] {
			out = append(out, toIncident(g))
		}
		if edit != nil {
			out = edit(r.ID, out)
		}
		return model.Report{GivenID: r.ID, Lang: r.Lang}, out, nil
	}
}

func ptr[T any](v T) *T { return &v }

// want is an expected precision and recall.
type want struct{ p, r float64 }

func TestRun(t *testing.T) {
	cases := readTiny(t)
	tests := []struct {
		name       string
		edit       func(id string, in []model.Incident) []model.Incident
		incident   want
		fields     map[string]want
		langs      map[string]want
		noIncident float64
		medianKm   float64
	}{
		{
			name:     "perfect",
			incident: want{1, 1},
			fields: map[string]want{
				FieldType: {1, 1}, FieldState: {1, 1}, FieldMunicipality: {1, 1},
				FieldGeo10: {1, 1}, FieldGeo25: {1, 1}, FieldGeo100: {1, 1},
				FieldKilled: {1, 1}, FieldInjured: {1, 1}, FieldDetained: {1, 1},
				FieldKidnapped: {1, 1}, FieldTime: {1, 1}, FieldActors: {1, 1},
			},
			langs:      map[string]want{"es": {1, 1}, "en": {1, 1}},
			noIncident: 1,
		},
		{
			// Dropping the Culiacán homicide: 2 of 3 gold incidents found,
			// killed is known on 2 gold incidents and found on 1.
			name: "misses one",
			edit: func(id string, in []model.Incident) []model.Incident {
				if id == "t-1" {
					return in[:1]
				}
				return in
			},
			incident: want{1, 2.0 / 3},
			fields: map[string]want{
				FieldType: {1, 2.0 / 3}, FieldState: {1, 2.0 / 3}, FieldMunicipality: {1, 2.0 / 3},
				FieldGeo10: {1, 2.0 / 3}, FieldKilled: {1, 0.5}, FieldInjured: {1, 1},
				FieldDetained: {1, 1}, FieldTime: {1, 2.0 / 3}, FieldActors: {1, 1},
			},
			langs:      map[string]want{"es": {1, 0.5}, "en": {1, 1}},
			noIncident: 1,
		},
		{
			// A violent arson invented in the roadworks notice: 3 of 4
			// predictions right, and the no-incident report is no longer clean.
			name: "adds a violent one",
			edit: func(id string, in []model.Incident) []model.Incident {
				if id == "t-3" {
					return append(in, model.Incident{Type: model.Arson,
						Location: model.Location{StateCode: "14", State: "Jalisco",
							MunicipalityCode: "14039", Municipality: "Guadalajara"},
						Counts: model.Counts{Killed: &model.Count{N: 0}}})
				}
				return in
			},
			incident: want{0.75, 1},
			fields: map[string]want{
				FieldType: {0.75, 1}, FieldState: {0.75, 1}, FieldMunicipality: {0.75, 1},
				FieldGeo10: {1, 1}, FieldKilled: {2.0 / 3, 1}, FieldTime: {1, 1},
			},
			langs:      map[string]want{"es": {2.0 / 3, 1}, "en": {1, 1}},
			noIncident: 0,
		},
		{
			// An advisory is not violent: precision drops, the no-incident
			// rate does not.
			name: "adds an advisory",
			edit: func(id string, in []model.Incident) []model.Incident {
				if id == "t-3" {
					return append(in, model.Incident{Type: model.Advisory})
				}
				return in
			},
			incident: want{0.75, 1},
			fields: map[string]want{
				FieldType: {0.75, 1}, FieldState: {1, 1}, FieldMunicipality: {1, 1},
			},
			noIncident: 1,
		},
		{
			// Zapopan geocoded as Tlaquepaque, about 12 km away: same state,
			// so the incident still matches, but the municipality and the
			// 10 km geocode are wrong once out of three.
			name: "wrong municipality",
			edit: func(id string, in []model.Incident) []model.Incident {
				if id == "t-1" {
					in[0].Location.Municipality = "San Pedro Tlaquepaque"
					in[0].Location.MunicipalityCode = "14098"
					in[0].Location.Lat, in[0].Location.Lon = ptr(20.64), ptr(-103.31)
				}
				return in
			},
			incident: want{1, 1},
			fields: map[string]want{
				FieldType: {1, 1}, FieldState: {1, 1}, FieldMunicipality: {2.0 / 3, 2.0 / 3},
				FieldGeo10: {2.0 / 3, 2.0 / 3}, FieldGeo25: {1, 1}, FieldGeo100: {1, 1},
			},
			noIncident: 1,
			medianKm:   0, // errors are 0, 0 and ~12 km
		},
		{
			// A wrong type on the Reynosa clash: the pair still forms on the
			// state, so the other fields are scored, but the incident is wrong.
			name: "wrong type",
			edit: func(id string, in []model.Incident) []model.Incident {
				if id == "t-2" {
					in[0].Type = model.ArmedAttack
				}
				return in
			},
			incident: want{2.0 / 3, 2.0 / 3},
			fields: map[string]want{
				FieldType: {2.0 / 3, 2.0 / 3}, FieldState: {1, 1}, FieldKilled: {1, 1},
				FieldActors: {1, 1},
			},
			langs:      map[string]want{"es": {1, 1}, "en": {0, 0}},
			noIncident: 1,
		},
		{
			// Times one day off everywhere.
			name: "time off by a day",
			edit: func(id string, in []model.Incident) []model.Incident {
				for i := range in {
					if in[i].Time != nil {
						tm := in[i].Time.Add(24 * time.Hour)
						in[i].Time = &tm
					}
				}
				return in
			},
			incident:   want{1, 1},
			fields:     map[string]want{FieldTime: {0, 0}, FieldType: {1, 1}},
			noIncident: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Run(context.Background(), cases, fake(cases, tt.edit))
			if err != nil {
				t.Fatal(err)
			}
			checkMetric(t, "incident", s.Incidents, tt.incident)
			for name, w := range tt.fields {
				m, ok := s.Field(name)
				if !ok {
					t.Fatalf("no field %s", name)
				}
				checkMetric(t, name, m, w)
			}
			for _, l := range s.Languages {
				if w, ok := tt.langs[l.Lang]; ok {
					checkMetric(t, "incident["+l.Lang+"]", l.Metric, w)
				}
			}
			if s.NoIncident.Rate != tt.noIncident {
				t.Errorf("no-incident rate %v, want %v", s.NoIncident.Rate, tt.noIncident)
			}
			if s.MedianGeoErrorKm == nil || math.Abs(*s.MedianGeoErrorKm-tt.medianKm) > 1e-9 {
				t.Errorf("median geo error %v, want %v", s.MedianGeoErrorKm, tt.medianKm)
			}
			if s.Reports != 3 || s.GoldIncidents != 3 {
				t.Errorf("counted %d reports, %d gold incidents; want 3, 3", s.Reports, s.GoldIncidents)
			}
			var buf bytes.Buffer
			if err := s.Write(&buf); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), "municipality") {
				t.Errorf("table lacks the municipality row:\n%s", buf.String())
			}
			if _, err := json.Marshal(s); err != nil {
				t.Errorf("marshalling scores: %v", err)
			}
		})
	}
}

func checkMetric(t *testing.T, name string, m Metric, w want) {
	t.Helper()
	const eps = 1e-9
	if math.Abs(m.Precision-w.p) > eps || math.Abs(m.Recall-w.r) > eps {
		t.Errorf("%s: P=%v R=%v (%d/%d/%d), want P=%v R=%v", name, m.Precision, m.Recall,
			m.Correct, m.Predicted, m.Gold, w.p, w.r)
	}
	f1 := 0.0
	if w.p+w.r > 0 {
		f1 = 2 * w.p * w.r / (w.p + w.r)
	}
	if math.Abs(m.F1-f1) > eps {
		t.Errorf("%s: F1=%v, want %v", name, m.F1, f1)
	}
}

// Two blockades in the same state, predicted in the reverse order: the
// matching must pair each with its own municipality.
func TestRunMatchesBestAssignment(t *testing.T) {
	gold := `{"report": {"id": "m", "lang": "es", "text": "x"}, "incidents": [` +
		`{"type": "blockade", "state_code": "14", "municipality_code": "14120", "lat": 20.72, "lon": -103.39},` +
		`{"type": "blockade", "state_code": "14", "municipality_code": "14101", "lat": 20.62, "lon": -103.23},` +
		`{"type": "homicide", "state_code": "07", "municipality_code": "07097", "lat": 15.86, "lon": -93.34}]}`
	cases, err := ReadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	p := fake(cases, func(_ string, in []model.Incident) []model.Incident {
		return []model.Incident{in[2], in[1], in[0]}
	})
	s, err := Run(context.Background(), cases, p)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := s.Field(FieldMunicipality)
	checkMetric(t, "municipality", m, want{1, 1})
	checkMetric(t, "incident", s.Incidents, want{1, 1})
}

func TestRunTimeUsesMexicoCity(t *testing.T) {
	gold := `{"report": {"id": "d", "text": "x"}, "incidents": [{"type": "homicide", "time": "2026-02-22"}]}`
	cases, err := ReadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		pred string
		want float64
	}{
		{"2026-02-23T05:30:00Z", 1}, // 23:30 on the 22nd in Mexico City
		{"2026-02-23T06:30:00Z", 0}, // 00:30 on the 23rd
		{"2026-02-22T06:00:00Z", 1}, // midnight starting the 22nd
		{"2026-02-22T05:59:00Z", 0}, // 23:59 on the 21st
	}
	for _, tt := range tests {
		tm, _ := time.Parse(time.RFC3339, tt.pred)
		p := func([]byte) (model.Report, []model.Incident, error) {
			return model.Report{}, []model.Incident{{Type: model.Homicide, Time: &tm}}, nil
		}
		s, err := Run(context.Background(), cases, p)
		if err != nil {
			t.Fatal(err)
		}
		m, _ := s.Field(FieldTime)
		if m.Recall != tt.want {
			t.Errorf("predicted %s: time recall %v, want %v", tt.pred, m.Recall, tt.want)
		}
	}
}

// TestRunTimeOnPlaceCalendar: the time field compares the act's day on
// its place's calendar (model.Location.Date): a gold instant carries its
// offset and is read at the gold place, a gold date is that date there,
// a predicted instant is read at the predicted place.
func TestRunTimeOnPlaceCalendar(t *testing.T) {
	const (
		culiacan = `"state_code": "25", "municipality_code": "25006"`
		tijuana  = `"state_code": "02", "municipality_code": "02004"`
		cancun   = `"state_code": "23", "municipality_code": "23005"`
	)
	tests := []struct {
		name       string
		gold       string // the gold incident's place and time fields
		place      model.Location
		pred       string // RFC 3339
		wantRecall float64
	}{
		{"Culiacán 23:30, gold instant in local time", culiacan + `, "time": "2027-03-08T23:30:00-07:00"`,
			model.Location{StateCode: "25", MunicipalityCode: "25006"}, "2027-03-09T00:30:00-06:00", 1},
		{"Culiacán 23:30, gold date", culiacan + `, "time": "2027-03-08"`,
			model.Location{StateCode: "25", MunicipalityCode: "25006"}, "2027-03-09T00:30:00-06:00", 1},
		{"Culiacán, a day report stored at local midnight", culiacan + `, "time": "2027-03-08"`,
			model.Location{StateCode: "25", MunicipalityCode: "25006"}, "2027-03-08T00:00:00-07:00", 1},
		{"Culiacán, the next local day", culiacan + `, "time": "2027-03-08"`,
			model.Location{StateCode: "25", MunicipalityCode: "25006"}, "2027-03-09T01:00:00-06:00", 0},
		{"Tijuana 22:00 on the 9th", tijuana + `, "time": "2027-03-09T22:00:00-08:00"`,
			model.Location{StateCode: "02", MunicipalityCode: "02004"}, "2027-03-10T00:00:00-06:00", 1},
		{"Cancún 00:30 on the 10th", cancun + `, "time": "2027-03-10"`,
			model.Location{StateCode: "23", MunicipalityCode: "23005"}, "2027-03-09T23:30:00-06:00", 1},
		{"no place: Mexico City's day", `"time": "2027-03-08"`,
			model.Location{}, "2027-03-09T00:30:00-06:00", 0},
	}
	for _, tt := range tests {
		cases, err := ReadGold(strings.NewReader(`{"report": {"id": "d", "text": "x"}, "incidents": [{"type": "homicide", ` + tt.gold + `}]}`))
		if err != nil {
			t.Fatal(err)
		}
		tm, err := time.Parse(time.RFC3339, tt.pred)
		if err != nil {
			t.Fatal(err)
		}
		p := func([]byte) (model.Report, []model.Incident, error) {
			return model.Report{}, []model.Incident{{Type: model.Homicide, Location: tt.place, Time: &tm}}, nil
		}
		s, err := Run(context.Background(), cases, p)
		if err != nil {
			t.Fatal(err)
		}
		if m, _ := s.Field(FieldTime); m.Recall != tt.wantRecall {
			t.Errorf("%s: time recall %v, want %v", tt.name, m.Recall, tt.wantRecall)
		}
	}
}

func TestRunPipelineErrorAndCancel(t *testing.T) {
	cases := readTiny(t)
	failing := func(raw []byte) (model.Report, []model.Incident, error) {
		if bytes.Contains(raw, []byte(`"t-2"`)) {
			return model.Report{}, nil, errors.New("boom")
		}
		return fake(cases, nil)(raw)
	}
	s, err := Run(context.Background(), cases, failing)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Errors) != 1 || s.Errors[0].Line != 3 {
		t.Errorf("errors %+v, want one on line 3", s.Errors)
	}
	checkMetric(t, "incident", s.Incidents, want{1, 2.0 / 3})

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, cases, fake(cases, nil)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: err %v, want context.Canceled", err)
	}
}

func TestHaversine(t *testing.T) {
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		lo, hi                 float64
	}{
		{"same point", 20.67, -103.35, 20.67, -103.35, 0, 1e-9},
		// One degree of latitude is about 111.2 km anywhere.
		{"one degree north", 20, -103, 21, -103, 110.5, 112},
		// Zapopan to Tlaquepaque centres, about 12 km.
		{"zapopan-tlaquepaque", 20.72, -103.39, 20.64, -103.31, 11, 13},
	}
	for _, tt := range tests {
		d := model.DistanceKm(tt.lat1, tt.lon1, tt.lat2, tt.lon2)
		if d < tt.lo || d > tt.hi {
			t.Errorf("%s: %v km, want in [%v, %v]", tt.name, d, tt.lo, tt.hi)
		}
	}
}

func TestAssign(t *testing.T) {
	tests := []struct {
		name string
		w    [][]float64
		want []int
	}{
		{"diagonal", [][]float64{{5, 1}, {1, 5}}, []int{0, 1}},
		{"greedy is wrong", [][]float64{{10, 9}, {9, 0}}, []int{1, 0}},
		{"more rows", [][]float64{{1}, {3}, {2}}, []int{-1, 0, -1}},
		{"more cols", [][]float64{{1, 3, 2}}, []int{1}},
	}
	for _, tt := range tests {
		got := assign(tt.w)
		if len(got) != len(tt.want) {
			t.Fatalf("%s: got %v, want %v", tt.name, got, tt.want)
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
				break
			}
		}
	}
}

// TestRunDenialsAndTallies checks that a denial or a tally pairs only with
// one of its kind, and that a report with only denials or tallies counts as
// a report with no incident, which a predicted denial or tally leaves clean.
func TestRunDenialsAndTallies(t *testing.T) {
	const gold = `{"report": {"id": "d", "lang": "es", "text": "x"}, "incidents": [{"type": "arson", "state_code": "16", "denial": true}]}
{"report": {"id": "y", "lang": "es", "text": "x"}, "incidents": [{"type": "blockade", "killed": 3, "tally": true}]}
`
	cases, err := ReadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	if !cases[0].Incidents[0].Denial || !cases[1].Incidents[0].Tally || cases[0].Incidents[0].Tally {
		t.Fatalf("flags not decoded: %+v", cases)
	}
	tests := []struct {
		name              string
		edit              func(id string, in []model.Incident) []model.Incident
		incident          want
		denial, tallyW    want
		noIncidentReports int
		noIncident        float64
	}{
		{
			name: "flags kept",
			edit: func(id string, in []model.Incident) []model.Incident {
				in[0].Denial, in[0].Tally = id == "d", id == "y"
				return in
			},
			incident: want{1, 1}, denial: want{1, 1}, tallyW: want{1, 1},
			noIncidentReports: 2, noIncident: 1,
		},
		{
			// The same type and state, but reported as having happened:
			// no pair, and the no-incident report is no longer clean.
			name:     "flags lost",
			edit:     func(id string, in []model.Incident) []model.Incident { return in },
			incident: want{0, 0}, denial: want{0, 0}, tallyW: want{0, 0},
			noIncidentReports: 2, noIncident: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Run(context.Background(), cases, fake(cases, tt.edit))
			if err != nil {
				t.Fatal(err)
			}
			checkMetric(t, "incident", s.Incidents, tt.incident)
			d, _ := s.Field(FieldDenial)
			checkMetric(t, "denial", d, tt.denial)
			y, _ := s.Field(FieldTally)
			checkMetric(t, "tally", y, tt.tallyW)
			if s.NoIncident.Reports != tt.noIncidentReports || s.NoIncident.Rate != tt.noIncident {
				t.Errorf("no-incident %+v, want %d reports at rate %v", s.NoIncident, tt.noIncidentReports, tt.noIncident)
			}
		})
	}
}

// TestSimilarityStateCentroid: geographic closeness orders pairs only when
// both places are finer than a state. A prediction placed at a state's
// centroid is no nearer one town of the state than another, so it must not
// be paired by that distance with the gold act that happens to lie nearer
// the centroid.
func TestSimilarityStateCentroid(t *testing.T) {
	ptr := func(f float64) *float64 { return &f }
	culiacan := GoldIncident{Type: "homicide", StateCode: "25", MunicipalityCode: "25006", Lat: ptr(24.80), Lon: ptr(-107.39)}
	navolato := GoldIncident{Type: "homicide", StateCode: "25", MunicipalityCode: "25018", Lat: ptr(24.77), Lon: ptr(-107.70)}
	ga, gb := newGoldView(culiacan), newGoldView(navolato)
	pred := func(muni string, lat, lon float64, prec model.GeoPrecision) view {
		return newPredView(model.Incident{Type: model.Homicide, Location: model.Location{
			StateCode: "25", MunicipalityCode: muni, Lat: ptr(lat), Lon: ptr(lon), Precision: prec}})
	}
	tests := []struct {
		name     string
		p        view
		wantTies bool // the prediction scores the same against both acts
	}{
		{"state centroid nearer Navolato", pred("", 24.78, -107.60, model.GeoState), true},
		{"point in Culiacán's municipality read without it", pred("", 24.80, -107.40, model.GeoPoint), false},
	}
	for _, tt := range tests {
		sa, sb := similarity(&ga, &tt.p), similarity(&gb, &tt.p)
		if (sa == sb) != tt.wantTies {
			t.Errorf("%s: similarity to Culiacán %v, to Navolato %v; want tie %v", tt.name, sa, sb, tt.wantTies)
		}
	}
}
