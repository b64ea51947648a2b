package eval

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/model"
)

// TestFalseIncidents checks that only the violent, counted incidents of
// the no-incident texts of each half are counted, by label, and that the
// table puts the halves side by side.
func TestFalseIncidents(t *testing.T) {
	items := []dataset.Item{
		{ID: "a", Split: dataset.Dev, Gold: dataset.Gold{NoIncident: true}},   // one false homicide
		{ID: "b", Split: dataset.Dev, Gold: dataset.Gold{NoIncident: true}},   // a tally: clean
		{ID: "c", Split: dataset.Dev, Gold: dataset.Gold{StateCode: "11"}},    // an incident row: not counted
		{ID: "d", Split: dataset.Check, Gold: dataset.Gold{NoIncident: true}}, // two false incidents, one policy item
		{ID: "e", Split: dataset.Check, Gold: dataset.Gold{NoIncident: true}}, // clean
	}
	found := map[string][]model.Incident{
		"a": {{Type: model.Homicide, Evidence: []model.Span{{Text: "Homicidios, el reto"}}}},
		"b": {{Type: model.Homicide, Tally: true}},
		"c": {{Type: model.Homicide}},
		"d": {{Type: model.Kidnapping, Evidence: []model.Span{{Text: "x"}}}, {Type: model.Policy}, {Type: model.Homicide, Evidence: []model.Span{{Text: "X"}}}},
	}
	explain := func(it dataset.Item) ([]model.Incident, [][]string, error) {
		incs := found[it.ID]
		why := make([][]string, len(incs))
		for k, in := range incs {
			why[k] = []string{"type: " + string(in.Type), "form: plural noun"}
		}
		return incs, why, nil
	}
	bs, err := FalseIncidents(context.Background(), []dataset.Set{{Name: "x", Items: items}}, "all", explain)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 2 {
		t.Fatalf("%d breakdowns, want 2 (dev, check)", len(bs))
	}
	dev, check := bs[0], bs[1]
	if dev.Split != "dev" || dev.Texts != 2 || dev.Dirty != 1 || dev.Incidents != 1 || dev.Labels["type: homicide"] != 1 {
		t.Errorf("dev %+v, want 2 texts, 1 dirty, 1 false homicide", dev)
	}
	if check.Texts != 2 || check.Dirty != 1 || check.Incidents != 2 || check.Distinct != 1 || check.Labels["form: plural noun"] != 2 || check.Labels["type: policy"] != 0 {
		t.Errorf("check %+v, want 2 texts, 1 dirty, 2 false incidents of 1 distinct sentence, no policy", check)
	}
	var buf bytes.Buffer
	if err := WriteBreakdowns(&buf, bs, 1); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "form: plural noun") || !strings.Contains(buf.String(), "2 / 1 / 2 / 1") {
		t.Errorf("table misses a label or the check counts:\n%s", buf.String())
	}
	if _, err := FalseIncidents(context.Background(), nil, "train", explain); err == nil {
		t.Error("split train: no error")
	}
}
