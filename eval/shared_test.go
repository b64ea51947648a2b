package eval

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/model"
)

func fp(v float64) *float64 { return &v }
func ip(n int) *int         { return &n }

// sharedFixture is six items and what a fake pipeline finds in them; the
// expected figures are worked out in TestRunSets.
func sharedFixture() ([]dataset.Set, ItemPipeline) {
	mx, _ := time.LoadLocation("America/Mexico_City")
	celaya := [2]float64{20.5222, -100.8122}
	leon := [2]float64{21.1221, -101.6860}
	// 0.09 degrees of latitude north of Celaya: about 10 km.
	nearCelaya := [2]float64{celaya[0] + 0.09, celaya[1]}
	items := []dataset.Item{
		{ID: "A", Split: dataset.Dev, Gold: dataset.Gold{StateCode: "11", MunicipalityCode: "11007",
			Lat: fp(celaya[0]), Lon: fp(celaya[1]), Types: []model.IncidentType{model.Homicide, model.ArmedAttack},
			Killed: ip(2), Date: "2022-07-09", NamesPlace: true, NamesMunicipality: true, GivesKilled: true, DatesEvent: true}},
		{ID: "B", Split: dataset.Check, Gold: dataset.Gold{StateCode: "11", MunicipalityCode: "11020",
			Lat: fp(leon[0]), Lon: fp(leon[1]), Types: []model.IncidentType{model.ArmedClash},
			Killed: ip(3), Date: "2022-07-10", NamesPlace: true, NamesMunicipality: true, GivesKilled: true, DatesEvent: true}},
		{ID: "C", Split: dataset.Check, Gold: dataset.Gold{StateCode: "14", TypeAmbiguous: true}},
		{ID: "D", Split: dataset.Dev, Gold: dataset.Gold{StateCode: "11", NoIncident: true}},
		{ID: "E", Split: dataset.Check, Gold: dataset.Gold{NoIncident: true}},
		{ID: "F", Split: dataset.Dev, Group: "g1"},
	}
	dayA := time.Date(2022, 7, 9, 12, 0, 0, 0, mx)
	// 01:00 UTC on the 11th is the evening of the 10th in Mexico City.
	dayB := time.Date(2022, 7, 11, 1, 0, 0, 0, time.UTC)
	found := map[string][]model.Incident{
		"A": {{Type: model.Homicide, Location: model.Location{StateCode: "11", MunicipalityCode: "11007",
			Lat: fp(nearCelaya[0]), Lon: fp(nearCelaya[1])}, Counts: model.Counts{Killed: &model.Count{N: 2}}, Time: &dayA}},
		"B": {{Type: model.ArmedAttack, Location: model.Location{StateCode: "11", MunicipalityCode: "11007",
			Lat: fp(celaya[0]), Lon: fp(celaya[1])}, Counts: model.Counts{Killed: &model.Count{N: 2}}, Time: &dayB}},
		"D": {{Type: model.SecurityOperation}},
		"E": {{Type: model.Homicide}},
		"F": {{Type: model.Blockade}, {Type: model.Arson}},
	}
	p := func(it dataset.Item) ([]model.Incident, error) { return found[it.ID], nil }
	return []dataset.Set{{Name: "fixture", Title: "Fixture", Rows: 7, Skipped: 1, Items: items}}, p
}

func TestRunSets(t *testing.T) {
	sets, p := sharedFixture()
	s, err := RunSets(context.Background(), sets, "all", 3, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Sets) != 1 || len(s.Sets[0].Splits) != 3 {
		t.Fatalf("got %d sets, want 1 with dev, check and all", len(s.Sets))
	}
	all := s.Sets[0].Splits[2]
	if all.Split != "all" || all.Reports != 6 || all.Incidents != 6 || all.PerReport != 1 {
		t.Errorf("all: split %q, reports %d, incidents %d, per report %v; want all, 6, 6, 1", all.Split, all.Reports, all.Incidents, all.PerReport)
	}
	if all.TypeAmbiguous != 1 || all.TypeUnknown != 1 {
		t.Errorf("type left out: ambiguous %d, unknown %d; want 1 (C), 1 (F)", all.TypeAmbiguous, all.TypeUnknown)
	}
	want := []struct {
		key                  string
		correct, total, none int
		met                  *bool
	}{
		{KeyNoneFound, 1, 6, 1, nil},        // C
		{KeyClean, 1, 2, 0, bp(false)},      // D clean (a security operation), E not
		{KeyStateAll, 2, 3, 1, bp(false)},   // A, B right; C none found; D and E are no-incident texts
		{KeyStateNamed, 2, 2, 0, bp(true)},  // A, B
		{KeyMuniNamed, 1, 2, 0, bp(false)},  // B is in Celaya, not León
		{KeyGeo25Named, 1, 2, 0, bp(false)}, // A 10 km off, B about 100 km
		{KeyGeo25All, 1, 2, 0, nil},
		{KeyType, 1, 2, 0, bp(false)},   // A homicide accepted, B armed attack for a clash
		{KeyKilled, 1, 2, 0, bp(false)}, // B 2 for 3
		{KeyDate, 2, 2, 0, bp(true)},    // B's instant is the 10th in Mexico City
	}
	for _, w := range want {
		r, ok := all.Ratio(w.key)
		if !ok {
			t.Errorf("%s missing", w.key)
			continue
		}
		if r.Correct != w.correct || r.Total != w.total || r.NoneFound != w.none ||
			math.Abs(r.Rate-float64(w.correct)/float64(w.total)) > 1e-12 {
			t.Errorf("%s: %d/%d none %d rate %v; want %d/%d none %d", w.key, r.Correct, r.Total, r.NoneFound, r.Rate, w.correct, w.total, w.none)
		}
		if (r.Met == nil) != (w.met == nil) || r.Met != nil && *r.Met != *w.met {
			t.Errorf("%s: met %v, want %v", w.key, r.Met, w.met)
		}
	}
	geo, _ := all.Ratio(KeyGeo25All)
	dA := model.DistanceKm(20.5222, -100.8122, 20.5222+0.09, -100.8122)
	dB := model.DistanceKm(21.1221, -101.6860, 20.5222, -100.8122)
	if dA < 9 || dA > 11 || dB < 80 || dB > 130 {
		t.Fatalf("fixture distances %.1f and %.1f km are not what the test assumes", dA, dB)
	}
	if geo.MedianKm == nil || math.Abs(*geo.MedianKm-(dA+dB)/2) > 1e-9 {
		t.Errorf("median %v, want %.3f (mean of the two)", geo.MedianKm, (dA+dB)/2)
	}

	dev := s.Sets[0].Splits[0]
	if dev.Split != "dev" || dev.Reports != 3 || dev.Incidents != 4 {
		t.Errorf("dev: %q %d reports %d incidents, want dev, 3 (A, D, F), 4", dev.Split, dev.Reports, dev.Incidents)
	}
	if len(dev.Groups) != 1 || dev.Groups[0] != (GroupCount{Group: "g1", Reports: 1, Incidents: 2}) {
		t.Errorf("dev groups %+v", dev.Groups)
	}
	check := s.Sets[0].Splits[1]
	if r, _ := check.Ratio(KeyStateAll); r.Correct != 1 || r.Total != 2 {
		t.Errorf("check state_all %d/%d, want 1/2 (B right, C none)", r.Correct, r.Total)
	}
	if _, ok := check.Ratio(KeyStateNamed); !ok {
		t.Error("check has no state_named figure")
	}

	var buf bytes.Buffer
	if err := s.Write(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, w := range []string{"Fixture", "2/3 66.7%", ">=80% UNMET", ">=95% met", "1 rows with an ambiguous coding", "group g1: 1 reports, 2 incidents"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

func bp(b bool) *bool { return &b }

func TestRunSetsOneSplit(t *testing.T) {
	sets, p := sharedFixture()
	s, err := RunSets(context.Background(), sets, "check", 0, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Sets[0].Splits) != 1 || s.Sets[0].Splits[0].Split != "check" || s.Sets[0].Splits[0].Reports != 3 {
		t.Errorf("splits %+v, want check only with 3 reports", s.Sets[0].Splits)
	}
	if _, err := RunSets(context.Background(), sets, "train", 0, p); err == nil {
		t.Error("split train: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := RunSets(ctx, sets, "all", 1, p); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v, want context.Canceled", err)
	}
}

func TestRunSetsErrors(t *testing.T) {
	sets, _ := sharedFixture()
	p := func(it dataset.Item) ([]model.Incident, error) { return nil, errors.New("broken " + it.ID) }
	s, err := RunSets(context.Background(), sets, "all", 2, p)
	if err != nil {
		t.Fatal(err)
	}
	all := s.Sets[0].Splits[2]
	if all.Errors != 6 || len(s.Sets[0].FirstErrors) != 5 {
		t.Errorf("errors %d, first %v; want 6 and 5 listed", all.Errors, s.Sets[0].FirstErrors)
	}
	if r, _ := all.Ratio(KeyNoneFound); r.Correct != 6 {
		t.Errorf("none found %d, want 6: a failed report counts as finding nothing", r.Correct)
	}
}

// TestCleanCountsIncidents checks that a tally or a denial found in a
// no-incident text leaves it clean, and that rows left out of figures are
// counted by reason.
func TestCleanCountsIncidents(t *testing.T) {
	items := []dataset.Item{
		{ID: "T", Split: dataset.Dev, Gold: dataset.Gold{NoIncident: true}},
		{ID: "N", Split: dataset.Dev, Gold: dataset.Gold{NoIncident: true}},
		{ID: "H", Split: dataset.Dev, Gold: dataset.Gold{NoIncident: true}},
		{ID: "L", Split: dataset.Dev, Gold: dataset.Gold{Date: "2022-07-09", LeftOut: []string{dataset.OutDatedByPublication}}},
	}
	found := map[string][]model.Incident{
		"T": {{Type: model.Homicide, Tally: true}},
		"N": {{Type: model.Arson, Denial: true}},
		"H": {{Type: model.Homicide}},
		"L": {{Type: model.Homicide}},
	}
	p := func(it dataset.Item) ([]model.Incident, error) { return found[it.ID], nil }
	s, err := RunSets(context.Background(), []dataset.Set{{Name: "x", Items: items}}, "dev", 1, p)
	if err != nil {
		t.Fatal(err)
	}
	dev := s.Sets[0].Splits[0]
	if r, _ := dev.Ratio(KeyClean); r.Correct != 2 || r.Total != 3 {
		t.Errorf("clean %d/%d, want 2/3 (T and N clean, H not)", r.Correct, r.Total)
	}
	if _, ok := dev.Ratio(KeyDate); ok {
		t.Error("a row left out of the date figure was counted in it")
	}
	if n := dev.LeftOut[dataset.OutDatedByPublication]; n != 1 {
		t.Errorf("left out %v, want 1 for the publication-day convention", dev.LeftOut)
	}
	var b bytes.Buffer
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "left out of "+dataset.OutDatedByPublication+": 1") {
		t.Errorf("output lacks the left-out line:\n%s", b.String())
	}
}

// TestPlaceLeftOut checks that a row the data set leaves out of the place
// figures counts in none of them, but still in the others.
func TestPlaceLeftOut(t *testing.T) {
	court := dataset.Item{ID: "court", Split: dataset.Dev, Gold: dataset.Gold{StateCode: "11", MunicipalityCode: "11007",
		Lat: fp(20.5222), Lon: fp(-100.8122), Types: []model.IncidentType{model.Homicide},
		NamesPlace: true, NamesMunicipality: true, LeftOut: []string{dataset.OutCourtStepPlace}}}
	kept := court
	kept.ID, kept.Gold.LeftOut = "kept", nil
	sets := []dataset.Set{{Name: "fixture", Items: []dataset.Item{court, kept}}}
	none := func(dataset.Item) ([]model.Incident, error) { return nil, nil }
	s, err := RunSets(context.Background(), sets, "dev", 1, none)
	if err != nil {
		t.Fatal(err)
	}
	sp := s.Sets[0].Splits[0]
	for _, k := range []string{KeyStateAll, KeyStateNamed, KeyMuniNamed, KeyGeo25Named, KeyGeo25All} {
		if r, ok := sp.Ratio(k); !ok || r.Total != 1 {
			t.Errorf("%s: total %d; want 1 (the court step left out)", k, r.Total)
		}
	}
	for _, k := range []string{KeyNoneFound, KeyType} {
		if r, ok := sp.Ratio(k); !ok || r.Total != 2 {
			t.Errorf("%s: total %d; want 2 (both rows)", k, r.Total)
		}
	}
	if sp.LeftOut[dataset.OutCourtStepPlace] != 1 {
		t.Errorf("left out %v; want the court step counted once", sp.LeftOut)
	}
}

// TestCleanWithActNouns checks that the rows coded as no incident whose
// headline tells an act by a noun are left out of the clean figure and
// counted in its companion.
func TestCleanWithActNouns(t *testing.T) {
	items := []dataset.Item{
		{ID: "clean", Split: dataset.Dev, Gold: dataset.Gold{NoIncident: true}},
		{ID: "dirty", Split: dataset.Dev, Gold: dataset.Gold{NoIncident: true}},
		{ID: "noun", Split: dataset.Dev, Gold: dataset.Gold{LeftOut: []string{dataset.OutActNounHeadline}}},
	}
	found := map[string][]model.Incident{
		"dirty": {{Type: model.Homicide}},
		"noun":  {{Type: model.ArmedAttack}},
	}
	p := func(it dataset.Item) ([]model.Incident, error) { return found[it.ID], nil }
	s, err := RunSets(context.Background(), []dataset.Set{{Name: "f", Items: items}}, "dev", 1, p)
	if err != nil {
		t.Fatal(err)
	}
	dev := s.Sets[0].Splits[0]
	if r, _ := dev.Ratio(KeyClean); r.Correct != 1 || r.Total != 2 {
		t.Errorf("clean %d/%d, want 1/2 (the act-noun row left out)", r.Correct, r.Total)
	}
	if r, _ := dev.Ratio(KeyCleanAll); r.Correct != 1 || r.Total != 3 {
		t.Errorf("clean with act nouns %d/%d, want 1/3", r.Correct, r.Total)
	}
}

// TestDateMisses checks the date misses counted by cause: no incident,
// no time, a day off either way, another incident with the day, each with
// the kind of day word of its text and the number of distinct texts
// (two rows share one headline here).
func TestDateMisses(t *testing.T) {
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) *time.Time {
		d, err := time.ParseInLocation(time.DateOnly, s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return &d
	}
	line := func(text string) []byte { return []byte(`{"text":"` + text + `"}`) }
	g := dataset.Gold{Date: "2022-07-10", DatesEvent: true}
	items := []dataset.Item{
		{ID: "none1", Split: dataset.Dev, Line: line("Asesinan a dos este domingo"), Gold: g},
		{ID: "none2", Split: dataset.Dev, Line: line("Asesinan a dos este domingo"), Gold: g},
		{ID: "notime", Split: dataset.Dev, Line: line("Asesinan a un hombre ayer"), Gold: g},
		{ID: "late", Split: dataset.Dev, Line: line("Madrugada violenta en Celaya"), Gold: g},
		{ID: "early", Split: dataset.Dev, Line: line("Ataque armado el 8 de julio"), Gold: g},
		{ID: "other", Split: dataset.Dev, Line: line("Balean a uno; matan a otro el domingo"), Gold: g},
		{ID: "ok", Split: dataset.Dev, Line: line("Matan a uno el domingo"), Gold: g},
	}
	found := map[string][]model.Incident{
		"notime": {{Type: model.Homicide}},
		"late":   {{Type: model.ArmedAttack, Time: day("2022-07-11")}},
		"early":  {{Type: model.ArmedAttack, Time: day("2022-07-08")}},
		"other":  {{Type: model.ArmedAttack, Time: day("2022-07-09")}, {Type: model.Homicide, Time: day("2022-07-10")}},
		"ok":     {{Type: model.Homicide, Time: day("2022-07-10")}},
	}
	p := func(it dataset.Item) ([]model.Incident, error) { return found[it.ID], nil }
	s, err := RunSets(context.Background(), []dataset.Set{{Name: "x", Items: items}}, "dev", 1, p)
	if err != nil {
		t.Fatal(err)
	}
	dev := s.Sets[0].Splits[0]
	if r, _ := dev.Ratio(KeyDate); r.Correct != 1 || r.Total != 7 {
		t.Errorf("date %d/%d, want 1/7", r.Correct, r.Total)
	}
	want := map[string][2]int{ // rows, texts
		"no incident found [weekday]":            {2, 1},
		"no time found [relative day]":           {1, 1},
		"day off by +1 [part of day]":            {1, 1},
		"day off by -2 [absolute date]":          {1, 1},
		"another incident has the day [weekday]": {1, 1},
	}
	if len(dev.DateMisses) != len(want) {
		t.Errorf("date misses %v, want %v", dev.DateMisses, want)
	}
	for why, n := range want {
		if dev.DateMisses[why] != n[0] || dev.DateMissTexts[why] != n[1] {
			t.Errorf("%s: %d rows, %d texts; want %d, %d", why, dev.DateMisses[why], dev.DateMissTexts[why], n[0], n[1])
		}
	}
	var b bytes.Buffer
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "date misses (dev): ") || !strings.Contains(b.String(), "no incident found [weekday] 2 (1 texts)") {
		t.Errorf("output lacks the date misses line:\n%s", b.String())
	}
}

// TestDevHalves checks that dev-a and dev-b divide the dev items between
// them, by URL when the line has one, and leave the check items out.
func TestDevHalves(t *testing.T) {
	var items []dataset.Item
	for k := range 200 {
		line := fmt.Sprintf(`{"id":"r%d","url":"https://example.org/nota/%d","text":"x"}`, k, k)
		split := dataset.Dev
		if k%4 == 3 {
			split = dataset.Check
		}
		items = append(items, dataset.Item{ID: fmt.Sprintf("r%d", k), Split: split, Line: []byte(line)})
	}
	n := map[string]int{}
	for _, it := range items {
		a, b := inSplit(it, "dev-a"), inSplit(it, "dev-b")
		if it.Split == dataset.Check && (a || b) {
			t.Errorf("%s: check item in a dev half", it.ID)
		}
		if it.Split == dataset.Dev && a == b {
			t.Errorf("%s: dev item in dev-a %v and dev-b %v", it.ID, a, b)
		}
		if a {
			n["a"]++
		}
		if b {
			n["b"]++
		}
	}
	// About 75 each of the 150 dev items; a hash that put every dev item in one
	// half would leave the other empty.
	if n["a"] < 20 || n["b"] < 20 {
		t.Errorf("halves of dev: %v, want both about 75", n)
	}
	// The URL decides, not the id: the same URL under another id stays.
	it := items[0]
	other := dataset.Item{ID: "another", Split: it.Split, Line: []byte(strings.Replace(string(it.Line), `"r0"`, `"zz"`, 1))}
	if DevHalf(it) != DevHalf(other) {
		t.Errorf("DevHalf depends on the id, not the URL")
	}
	if _, err := RunSets(context.Background(), nil, "dev-c", 1, nil); err == nil {
		t.Errorf("RunSets accepted split dev-c")
	}
}
