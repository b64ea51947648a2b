package eval

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/model"
)

// TestTypeTables checks that each row is counted once in its half by its
// coding (no incident, its first type, untyped) and its first incident
// found, and that the table puts the halves side by side.
func TestTypeTables(t *testing.T) {
	items := []dataset.Item{
		{ID: "a", Split: dataset.Dev, Gold: dataset.Gold{NoIncident: true}},                                               // a false homicide
		{ID: "b", Split: dataset.Dev, Gold: dataset.Gold{Types: []model.IncidentType{model.Homicide, model.ArmedAttack}}}, // found second
		{ID: "c", Split: dataset.Dev, Gold: dataset.Gold{StateCode: "11"}},                                                // untyped, none found
		{ID: "d", Split: dataset.Check, Gold: dataset.Gold{Types: []model.IncidentType{model.Kidnapping}}},                // none found
		{ID: "e", Split: dataset.Check, Gold: dataset.Gold{NoIncident: true}},                                             // clean
	}
	found := map[string][]model.Incident{
		"a": {{Type: model.Homicide}},
		"b": {{Type: model.ArmedAttack}, {Type: model.Homicide}},
	}
	extract := func(it dataset.Item) ([]model.Incident, error) { return found[it.ID], nil }
	ts, err := TypeTables(context.Background(), []dataset.Set{{Name: "x", Items: items}}, "all", extract)
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 2 || ts[0].Split != "dev" || ts[1].Split != "check" {
		t.Fatalf("tables %+v, want dev and check", ts)
	}
	dev, check := ts[0].Counts, ts[1].Counts
	if len(dev) != 3 || dev["no incident -> homicide"] != 1 || dev["homicide -> armed_attack"] != 1 || dev["untyped -> none"] != 1 {
		t.Errorf("dev %v, want one row each of no incident -> homicide, homicide -> armed_attack, untyped -> none", dev)
	}
	if len(check) != 2 || check["kidnapping -> none"] != 1 || check["no incident -> none"] != 1 {
		t.Errorf("check %v, want kidnapping -> none and no incident -> none", check)
	}
	var buf bytes.Buffer
	if err := WriteTypeTables(&buf, ts); err != nil {
		t.Fatal(err)
	}
	rows := map[string]bool{}
	for _, l := range strings.Split(buf.String(), "\n") {
		rows[strings.Join(strings.Fields(l), " ")] = true
	}
	for _, want := range []string{"coded -> found dev check", "kidnapping -> none 0 1", "homicide -> armed_attack 1 0"} {
		if !rows[want] {
			t.Errorf("no row %q in the table:\n%s", want, buf.String())
		}
	}
	if _, err := TypeTables(context.Background(), nil, "train", extract); err == nil {
		t.Error("split train: no error")
	}
}
