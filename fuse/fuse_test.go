package fuse

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// fixture is one line of testdata/events.jsonl: an incident, its report,
// and the label of the real-world event it belongs to ("" for none).
type fixture struct {
	Label            string        `json:"label"`
	ID               string        `json:"id"`
	Report           string        `json:"report"`
	Source           string        `json:"source"`
	Kind             string        `json:"kind"`
	Published        string        `json:"published"`
	Type             string        `json:"type"`
	StateCode        string        `json:"state_code"`
	State            string        `json:"state"`
	MunicipalityCode string        `json:"municipality_code"`
	Municipality     string        `json:"municipality"`
	Locality         string        `json:"locality"`
	Lat              *float64      `json:"lat"`
	Lon              *float64      `json:"lon"`
	Precision        int           `json:"precision"`
	Time             string        `json:"time"`
	TimePrecision    string        `json:"time_precision"`
	Killed           *int          `json:"killed"`
	Injured          *int          `json:"injured"`
	Denial           bool          `json:"denial"`
	Tally            bool          `json:"tally"`
	Text             string        `json:"text"`
	Evidence         string        `json:"evidence"`
	Actors           []model.Actor `json:"actors"`
}

func loadFixtures(t testing.TB, path string) ([]Item, map[string]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var items []Item
	labels := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var x fixture
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		in := model.Incident{
			ID: x.ID, ReportID: x.Report, Type: model.IncidentType(x.Type), Actors: x.Actors,
			Location: model.Location{StateCode: x.StateCode, State: x.State, MunicipalityCode: x.MunicipalityCode,
				Municipality: x.Municipality, Locality: x.Locality, Lat: x.Lat, Lon: x.Lon,
				Precision: model.GeoPrecision(x.Precision)},
			TimePrecision: model.TimePrecision(x.TimePrecision),
			Confidence:    0.8, Severity: 2, Denial: x.Denial, Tally: x.Tally,
			Evidence: []model.Span{{ReportID: x.Report, Text: x.Evidence}},
		}
		if x.Time != "" {
			tm, err := time.Parse(time.RFC3339, x.Time)
			if err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			in.Time = &tm
		}
		if x.Killed != nil {
			in.Killed = &model.Count{N: *x.Killed}
		}
		if x.Injured != nil {
			in.Injured = &model.Count{N: *x.Injured}
		}
		it := Item{Incident: in, Source: x.Source, Kind: model.ReportKind(x.Kind), Sketch: NewSketch(x.Text, "")}
		if x.Published != "" {
			if it.Published, err = time.Parse(time.RFC3339, x.Published); err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
		}
		items = append(items, it)
		labels[x.ID] = x.Label
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return items, labels
}

// fuseAll fuses items (sorting them first) and returns the events by id.
func fuseAll(t testing.TB, cfg Config, items []Item) map[string]model.Event {
	t.Helper()
	items = slices.Clone(items)
	sort.Slice(items, func(i, j int) bool { return Less(&items[i], &items[j]) })
	out := map[string]model.Event{}
	f := New(cfg, func(ev Fused) error {
		if _, dup := out[ev.ID]; dup {
			t.Errorf("event %s emitted twice", ev.ID)
		}
		if len(ev.Keys) != len(ev.IncidentIDs) {
			t.Errorf("event %s: %d keys for %d incidents", ev.ID, len(ev.Keys), len(ev.IncidentIDs))
		}
		out[ev.ID] = ev.Event
		return nil
	})
	for _, it := range items {
		if err := f.Add(it); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return out
}

// pairwise scores "same event" over pairs of labelled incidents.
func pairwise(events map[string]model.Event, labels map[string]string) (p, r, f1 float64) {
	event := map[string]string{}
	for id, ev := range events {
		for _, in := range ev.IncidentIDs {
			event[in] = id
		}
	}
	var ids []string
	for id, l := range labels {
		if l != "" {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	tp, fp, fn := 0, 0, 0
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			gold := labels[ids[i]] == labels[ids[j]]
			pred := event[ids[i]] != "" && event[ids[i]] == event[ids[j]]
			switch {
			case gold && pred:
				tp++
			case pred:
				fp++
			case gold:
				fn++
			}
		}
	}
	p, r = 1, 1
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func byLabel(t *testing.T, events map[string]model.Event, labels map[string]string, label string) model.Event {
	t.Helper()
	for _, ev := range events {
		for _, in := range ev.IncidentIDs {
			if labels[in] == label {
				return ev
			}
		}
	}
	t.Fatalf("no event for %q", label)
	return model.Event{}
}

func contradiction(ev model.Event, field string) (model.Contradiction, bool) {
	for _, c := range ev.Contradictions {
		if c.Field == field {
			return c, true
		}
	}
	return model.Contradiction{}, false
}

func TestFixtureEvents(t *testing.T) {
	items, labels := loadFixtures(t, "testdata/events.jsonl")
	events := fuseAll(t, DefaultConfig(), items)
	p, r, f1 := pairwise(events, labels)
	t.Logf("pairwise precision %.3f recall %.3f F1 %.3f, %d events", p, r, f1, len(events))
	for _, ev := range events {
		t.Logf("%s %s %s %v sources=%d reports=%d %v", ev.ID, ev.Type, ev.Location.Municipality, ev.IncidentIDs, ev.Sources, ev.Reports, ev.Contradictions)
	}
	if p != 1 || r != 1 {
		t.Errorf("pairwise precision %.3f recall %.3f, want 1 and 1", p, r)
	}
	// 11 labels; the denial makes no event.
	if len(events) != 11 {
		t.Errorf("%d events, want 11", len(events))
	}
	for _, ev := range events {
		if slices.Contains(ev.IncidentIDs, "o2-0") {
			t.Errorf("the denial is in event %s", ev.ID)
		}
	}

	gdl := byLabel(t, events, labels, "gdl-lopez-mateos")
	if gdl.Reports != 3 || gdl.Sources != 2 {
		t.Errorf("López Mateos: %d reports %d sources, want 3 and 2 (n2 copies n1)", gdl.Reports, gdl.Sources)
	}
	if gdl.Type != model.Blockade || gdl.Location.Precision != model.GeoPoint {
		t.Errorf("López Mateos: %s at precision %d, want blockade at a point", gdl.Type, gdl.Location.Precision)
	}
	if c, ok := contradiction(gdl, "occurred"); !ok || !slices.Contains(c.Values[1].ReportIDs, "o2") {
		t.Errorf("López Mateos: want the official denial as a contradiction, got %+v", gdl.Contradictions)
	}
	want := []string{"Alerta Jalisco", "Diario del Occidente", "Noticias Tapatías"}
	if !slices.Equal(gdl.Outlets, want) {
		t.Errorf("outlets %v, want %v", gdl.Outlets, want)
	}

	oco := byLabel(t, events, labels, "clash-ocotlan")
	if oco.Killed == nil || oco.Killed.N != 3 {
		t.Errorf("Ocotlán killed %+v, want 3 (the follow-up raises it)", oco.Killed)
	}
	if len(oco.Tolls) < 2 || oco.Tolls[0].N != 2 || oco.Tolls[1].N != 3 || oco.Tolls[1].ReportID != "n10" {
		t.Errorf("Ocotlán toll history %+v, want killed 2 (n9) then 3 (n10)", oco.Tolls)
	}
	if _, ok := contradiction(oco, "killed"); ok {
		t.Errorf("Ocotlán: a rising toll is not a contradiction: %+v", oco.Contradictions)
	}
	if _, ok := contradiction(oco, "injured"); ok {
		t.Errorf("Ocotlán: an injured man who died is not a contradiction: %+v", oco.Contradictions)
	}

	cul := byLabel(t, events, labels, "culiacan-bodies")
	if c, ok := contradiction(cul, "killed"); !ok || len(c.Values) != 2 || c.Values[0].Value != "12" || c.Values[1].Value != "16" {
		t.Errorf("Culiacán: want killed 12 vs 16, got %+v", cul.Contradictions)
	}

	ton := byLabel(t, events, labels, "tonala-attack")
	if c, ok := contradiction(ton, "state"); !ok || len(c.Values) != 2 {
		t.Errorf("Tonalá: want the state as a contradiction, got %+v", ton.Contradictions)
	}
	if ton.Sources != 1 {
		t.Errorf("Tonalá: %d sources, want 1 (the same text)", ton.Sources)
	}
	if _, ok := contradiction(ton, "occurred"); ok {
		t.Errorf("Tonalá: a denial of blockades does not contradict a bank arson")
	}
}

func TestOrderDoesNotMatter(t *testing.T) {
	items, _ := loadFixtures(t, "testdata/events.jsonl")
	want := fuseAll(t, DefaultConfig(), items)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		got := fuseAll(t, DefaultConfig(), items)
		if len(got) != len(want) {
			t.Fatalf("%d events after shuffling, want %d", len(got), len(want))
		}
		for id, ev := range want {
			if !slices.Equal(got[id].IncidentIDs, ev.IncidentIDs) {
				t.Errorf("event %s: %v, want %v", id, got[id].IncidentIDs, ev.IncidentIDs)
			}
		}
	}
}

func TestAddOutOfOrderFails(t *testing.T) {
	items, _ := loadFixtures(t, "testdata/events.jsonl")
	sort.Slice(items, func(i, j int) bool { return Less(&items[i], &items[j]) })
	f := New(DefaultConfig(), func(Fused) error { return nil })
	if err := f.Add(items[1]); err != nil {
		t.Fatal(err)
	}
	if err := f.Add(items[0]); err == nil {
		t.Error("an item before the last one was accepted")
	}
}

// TestReplayResumes checks incremental fusion: replaying the events open
// at a point as one pass left them there and matching the rest gives the
// events of one pass.
func TestReplayResumes(t *testing.T) {
	items, _ := loadFixtures(t, "testdata/events.jsonl")
	checkResumes(t, DefaultConfig(), items)
}

func TestSketchNearDuplicates(t *testing.T) {
	a := "Hombres armados atravesaron un autobús de pasajeros y le prendieron fuego en la avenida López Mateos este domingo por la mañana, lo que provocó caos vial en el sur de la ciudad."
	tests := []struct {
		name string
		b    string
		dup  bool
	}{
		{"copy with a byline", "Por Redacción. " + a + " Suscríbete a nuestro boletín.", true},
		{"accents and case", "HOMBRES ARMADOS ATRAVESARON UN AUTOBUS DE PASAJEROS Y LE PRENDIERON FUEGO EN LA AVENIDA LOPEZ MATEOS ESTE DOMINGO POR LA MANANA, LO QUE PROVOCO CAOS VIAL EN EL SUR DE LA CIUDAD.", true},
		{"same event, own words", "Un camión urbano fue incendiado por un comando en López Mateos; el tráfico se colapsó durante horas en el sur de Guadalajara.", false},
		{"too short", "Bloqueo", false},
	}
	cfg := DefaultConfig()
	sa := NewSketch(a, "")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sb := NewSketch(tt.b, "")
			sim := sa.Similarity(&sb)
			if got := sim >= cfg.NearDuplicate; got != tt.dup {
				t.Errorf("similarity %.2f: near-duplicate %v, want %v", sim, got, tt.dup)
			}
			bin, _ := sb.MarshalBinary()
			var back Sketch
			back.UnmarshalBinary(bin)
			if back != sb {
				t.Error("sketch does not survive MarshalBinary")
			}
		})
	}
}

func TestConfig(t *testing.T) {
	c := DefaultConfig()
	if c.reliability(model.KindOfficial) <= c.reliability(model.KindTranscript) {
		t.Errorf("official %v should be more reliable than transcript %v", c.reliability(model.KindOfficial), c.reliability(model.KindTranscript))
	}
	c2, err := ParseConfig([]byte(`{"reliability": {"transcript": 0.9}, "threshold": 0.7}`))
	if err != nil {
		t.Fatal(err)
	}
	if c2.reliability(model.KindTranscript) != 0.9 || c2.Threshold != 0.7 || c2.reliability(model.KindNews) != c.reliability(model.KindNews) {
		t.Errorf("override: %+v", c2)
	}
	for _, bad := range []string{`{"reliability": {"news": 2}}`, `{"threshold": -1}`, `{"nope": 1}`, `{`} {
		if _, err := ParseConfig([]byte(bad)); err == nil {
			t.Errorf("ParseConfig(%s) accepted", bad)
		}
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(`{"threshold": 0.6}`))
	f.Add(defaultConfig)
	f.Add([]byte(`{"reliability": {"news": 0.3, "x": 1}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseConfig(b)
		if err != nil {
			if len(err.Error()) > 400 {
				t.Fatalf("error of %d bytes: %.300q", len(err.Error()), err)
			}
			return
		}
		if c.check() != nil {
			t.Errorf("accepted an invalid config %+v", c)
		}
		for _, v := range c.Reliability {
			if v < 0 || v > 1 {
				t.Errorf("reliability %v", v)
			}
		}
	})
}

func FuzzSketch(f *testing.F) {
	f.Add("Bloquean la carretera a Colima con tráileres incendiados", "bloquean la carretera a colima")
	f.Fuzz(func(t *testing.T, a, b string) {
		sa, sb := NewSketch(a, ""), NewSketch(b, "")
		if s := sa.Similarity(&sb); s < 0 || s > 1 || s != sb.Similarity(&sa) {
			t.Errorf("similarity %v", s)
		}
	})
}
