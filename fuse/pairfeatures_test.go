package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

func TestFeatureNames(t *testing.T) {
	seen := map[string]bool{}
	for i, n := range FeatureNames {
		if n == "" || seen[n] {
			t.Errorf("feature %d: name %q empty or repeated", i, n)
		}
		seen[n] = true
	}
}

// TestPairFeatures: each row asserts the features a pair of sentences of
// our own sets, and the gate that refuses it.
func TestPairFeatures(t *testing.T) {
	at := time.Date(2026, 3, 14, 22, 10, 0, 0, mexicoTZ)
	pub := at.Add(3 * time.Hour)
	shooting := "Hombres armados atacaron a balazos a dos agentes en la colonia Centro."
	base := item("a", "r1", "uno", model.ArmedAttack, apatzingan, at, model.TimeMinute, pub, shooting)
	tally := base
	tally.Incident.Tally = true
	for _, c := range []struct {
		name string
		b    Item
		want map[int]float64
	}{
		{"copy", item("b", "r2", "dos", model.ArmedAttack, apatzingan, at.Add(10*time.Minute), model.TimeMinute, pub, shooting),
			map[int]float64{fSameType: 1, fSameMuni: 1, fSameDay: 1, fBothPrecise: 1, fNearDup: 1, fText: 1, gGeo: 0, gType: 0, gHours: 0, gTowns: 0}},
		{"another town", item("b", "r2", "dos", model.ArmedAttack, tlajomulco, at, model.TimeMinute, pub, shooting),
			map[int]float64{fDiffMuni: 1, fSameState: 0, gGeo: 1, gTowns: 1, fRules: 0}},
		{"a town and its state", item("b", "r2", "dos", model.ArmedAttack, place{state: "16", stateName: "Michoacán"}, at, model.TimeDay, pub, shooting),
			map[int]float64{fDiffMuni: 0, fStateOnly: 0.5, gGeo: 1, gTowns: 0}},
		{"hours apart", item("b", "r2", "dos", model.ArmedAttack, apatzingan, at.Add(-4*time.Hour), model.TimeMinute, pub, shooting),
			map[int]float64{gHours: 1, gGeo: 0, fRules: 0}},
		{"two families", item("b", "r2", "uno", model.Blockade, apatzingan, at, model.TimeMinute, pub, "Bloquean la carretera con camiones."),
			map[int]float64{gType: 1, fSameType: 0, fSameSource: 1, fCompatible: 0}},
		{"a tally", tally, map[int]float64{gTally: 1, fSameReport: 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := PairFeatures(DefaultConfig(), base, c.b)
			for i, w := range c.want {
				if v[i] != w {
					t.Errorf("%s = %v, want %v", FeatureNames[i], v[i], w)
				}
			}
		})
	}
}

// nearDupModel returns a time, a text and a configuration whose pair
// model weighs nothing but a near-duplicate.
func nearDupModel() (time.Time, string, Config) {
	var w Features
	w[fNearDup] = 10
	cfg := DefaultConfig()
	cfg.Pair = NewPairModel(-5, 0.5, w)
	return time.Date(2026, 3, 14, 12, 0, 0, 0, mexicoTZ),
		"Atacan a balazos a dos policías municipales en Apatzingán y se llevan a uno.", cfg
}

// TestPairModelDecides: the model may join what the rules keep apart (a
// shooting and a kidnapping told by two copies of one text), one that
// joins nothing leaves them apart, and a hard fact (a tally, two towns
// that geo keeps apart) stays hard.
func TestPairModelDecides(t *testing.T) {
	at, text, cfg := nearDupModel()
	tally := item("c", "r3", "tres", model.ArmedAttack, apatzingan, at, model.TimeDay, at, text)
	tally.Incident.Tally = true
	items := []Item{
		item("a", "r1", "uno", model.ArmedAttack, apatzingan, at, model.TimeDay, at, text),
		item("b", "r2", "dos", model.Kidnapping, apatzingan, at, model.TimeDay, at, text),
		tally,
	}
	if sameEvent(fuseAll(t, DefaultConfig(), items), "a", "b") {
		t.Error("the rules joined a shooting and a kidnapping")
	}
	never := cfg
	never.Pair = NewPairModel(-5, 0.5, Features{})
	if sameEvent(fuseAll(t, never, items), "a", "b") {
		t.Error("a model that joins nothing joined two copies")
	}
	events := fuseAll(t, cfg, items)
	if !sameEvent(events, "a", "b") {
		t.Error("the model did not join two copies")
	}
	if sameEvent(events, "a", "c") {
		t.Error("the model joined a tally to an act")
	}
	// Two copies that name no town, placed in two towns of a state.
	plain := "Atacan a balazos a dos policías municipales y se llevan a uno."
	towns := []Item{
		item("d", "r4", "cuatro", model.ArmedAttack, apatzingan, at, model.TimeDay, at, plain),
		item("e", "r5", "cinco", model.ArmedAttack, mugica, at, model.TimeDay, at, plain),
	}
	if sameEvent(fuseAll(t, cfg, towns), "d", "e") {
		t.Error("the model joined two towns that geo keeps apart")
	}
	b, err := cfg.Pair.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParsePairModel(b)
	if err != nil {
		t.Fatal(err)
	}
	if p.w != cfg.Pair.w || p.Threshold != 0.5 || p.Bias != -5 {
		t.Errorf("parsed %+v, want %+v", p, cfg.Pair)
	}
}

// TestEjectOverruled: an incident the model joined leaves its event when
// the rules join another incident of its report there (two acts of one
// report stay two, and the rules' join wins).
func TestEjectOverruled(t *testing.T) {
	at, text, cfg := nearDupModel()
	items := []Item{
		item("a", "r1", "uno", model.ArmedAttack, apatzingan, at, model.TimeMinute, at, text),
		item("b", "r2", "dos", model.Kidnapping, apatzingan, at.Add(time.Minute), model.TimeMinute, at, text),
	}
	if !sameEvent(fuseAll(t, cfg, items), "a", "b") {
		t.Fatal("the model did not join the kidnapping")
	}
	items = append(items, item("c", "r2", "dos", model.ArmedAttack, apatzingan, at.Add(2*time.Minute), model.TimeMinute, at, text))
	events := fuseAll(t, cfg, items)
	if !sameEvent(events, "a", "c") {
		t.Error("the rules did not join the shooting of b's report")
	}
	if sameEvent(events, "a", "b") {
		t.Error("two incidents of one report in one event")
	}
}
