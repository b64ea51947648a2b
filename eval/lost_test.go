package eval

import (
	"bytes"
	"context"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

// lostFixture is the PPD rows of the fake shared folder
// (dataset/testdata/shared, their gold checked by dataset.TestReadPPD),
// all in dev but rows 5 and 8, which are put in check, with row 3 coded
// twice ("3b"), and what a fake pipeline finds and drops in each.
func lostFixture(t *testing.T) (dataset.Set, ItemPipeline, Dropper, map[string]int) {
	t.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	sets, err := dataset.Load(context.Background(), "../dataset/testdata/shared", g)
	if err != nil {
		t.Fatal(err)
	}
	s := sets[0]
	if s.Name != "ppd" {
		t.Fatalf("first set %q, want ppd", s.Name)
	}
	byID := make(map[string]dataset.Item)
	for k := range s.Items {
		it := &s.Items[k]
		it.Split = dataset.Dev
		if it.ID == "5" || it.ID == "8" {
			it.Split = dataset.Check
		}
		byID[it.ID] = *it
	}
	twin := byID["3"]
	twin.ID = "3b"
	s.Items = append(s.Items, twin)

	mx, _ := time.LoadLocation("America/Mexico_City")
	day := time.Date(2022, 7, 10, 12, 0, 0, 0, mx)
	six := byID["6"].Gold
	found := map[string][]model.Incident{
		// Row 1 (homicide or armed attack, two killed in Celaya on the
		// 9th): another type, toll, day and municipality.
		"1": {{Type: model.ArmedClash, Counts: model.Counts{Killed: &model.Count{N: 3}}, Time: &day,
			Location: model.Location{StateCode: "11", State: "Guanajuato", MunicipalityCode: "11020", Municipality: "León", Place: "León", Basis: model.BasisText}}},
		// Rows 3 and 3b, no incident: a homicide.
		"3":  {{Type: model.Homicide}},
		"3b": {{Type: model.Homicide}},
		// Row 6: as coded, at the gold's own coordinates.
		"6": {{Type: model.Intimidation, Location: model.Location{StateCode: "32", MunicipalityCode: "32010", Lat: six.Lat, Lon: six.Lon}}},
		// Row 9: the state it names (type ambiguous, no toll or day given).
		"9": {{Type: model.Homicide, Location: model.Location{StateCode: "25"}}},
	}
	dropped := map[string][]Drop{
		"4": {{Step: "classify", Reason: "cue filtered: historic"}, {Step: "draft", Reason: "not anchored"}, {Step: "classify", Reason: "cue filtered: question"}},
		"7": {{Step: "settle", Reason: "an overview"}},
	}
	asked := make(map[string]int)
	p := func(it dataset.Item) ([]model.Incident, error) { return found[it.ID], nil }
	d := func(it dataset.Item) ([]Drop, error) {
		asked[it.ID]++
		return dropped[it.ID], nil
	}
	return s, p, d, asked
}

// TestLossesCounts checks that the acts lost are counted per half, on the
// rows coded with an act that name a place, by the furthest step that
// dropped a candidate, and that the dropper is asked only about the rows
// coded with an act where nothing was found; with both halves nothing is
// listed.
func TestLossesCounts(t *testing.T) {
	s, p, d, asked := lostFixture(t)
	lost, misses, err := Losses(context.Background(), []dataset.Set{s}, "all", p, d)
	if err != nil {
		t.Fatal(err)
	}
	if len(misses) != 0 {
		t.Errorf("split all listed %d rows, want none (check rows are counted only)", len(misses))
	}
	if len(lost) != 2 || lost[0].Split != "dev" || lost[1].Split != "check" {
		t.Fatalf("lost %+v, want dev and check", lost)
	}
	dev, check := lost[0], lost[1]
	// Dev rows coded with an act that name a place: 1, 4, 6, 9; row 4
	// is lost, at draft (its furthest drop). Check: row 5, nothing dropped.
	if dev.Rows != 4 || dev.Lost != 1 || len(dev.Steps) != 1 || dev.Steps["draft: not anchored"] != 1 || dev.Types["untyped"] != 1 {
		t.Errorf("dev %+v, want 4 rows, 1 lost at draft, untyped", dev)
	}
	if check.Rows != 1 || check.Lost != 1 || check.Steps[NoCandidate] != 1 || check.Types["security_operation"] != 1 {
		t.Errorf("check %+v, want 1 row lost with no candidate, a security operation", check)
	}
	// Rows 4, 5, 7 and 8 are coded with an act (or not as none) and have
	// nothing found; 3 and 3b are coded as no incident.
	if want := map[string]int{"4": 1, "5": 1, "7": 1, "8": 1}; !maps.Equal(asked, want) {
		t.Errorf("dropper asked about %v, want %v", asked, want)
	}

	var buf bytes.Buffer
	if err := WriteLosses(&buf, lost, misses); err != nil {
		t.Fatal(err)
	}
	rows := make(map[string]bool)
	for _, l := range strings.Split(buf.String(), "\n") {
		rows[strings.Join(strings.Fields(l), " ")] = true
	}
	for _, want := range []string{"step / coded type dev check", "rows / lost 4 / 1 1 / 1", "step draft: not anchored 1 0",
		"step " + NoCandidate + " 0 1", "type untyped 1 0", "type security_operation 0 1"} {
		if !rows[want] {
			t.Errorf("no row %q in:\n%s", want, buf.String())
		}
	}
	if _, _, err := Losses(context.Background(), nil, "train", p, d); err == nil {
		t.Error("split train: no error")
	}
}

// TestLossesListing checks the listing of the dev rows read otherwise
// than coded: each way a row departs from its coding once, rows alike
// counted together, the check rows left out, sorted by kind.
func TestLossesListing(t *testing.T) {
	s, p, d, _ := lostFixture(t)
	_, misses, err := Losses(context.Background(), []dataset.Set{s}, "dev", p, d)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		kind, got, want string
		n               int
	}
	want := []row{
		{RowNone, "draft: not anchored", "untyped, place named", 1}, // row 4
		{RowNone, "settle: an overview", "armed_clash", 1},          // row 7 names no place
		{RowClean, "homicide@/", "no incident", 2},                  // rows 3 and 3b
		{RowType, "armed_clash", "homicide or armed_attack", 1},     // row 1 ...
		{RowKilled, "3", "2", 1},
		{RowDate, "2022-07-10", "2022-07-09", 1},
		{RowMunicipality, `11 Guanajuato/11020 León ("León", text)`, "municipality 11007", 1},
	}
	var got []row
	for _, m := range misses {
		got = append(got, row{m.Kind, m.Got, m.Want, m.N})
		if m.Set != "ppd" || (m.Half != "dev-a" && m.Half != "dev-b") {
			t.Errorf("miss %+v: set or half", m)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("listing\n got %+v\nwant %+v", got, want)
	}
	if len(misses) == len(want) {
		if m := misses[3]; m.Text != "Asesinan a dos hombres ayer en Celaya" || m.Source != "Diario de Prueba" {
			t.Errorf("row 1 read as %q from %q", m.Text, m.Source)
		}
	}
	var buf bytes.Buffer
	if err := WriteLosses(&buf, nil, misses); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "clean dev-") || !strings.Contains(buf.String(), ": found homicide@/; coded no incident; x2: ") {
		t.Errorf("listing lacks the clean rows:\n%s", buf.String())
	}
}

// TestLostStep checks that the furthest step of extract.Account names a
// lost act, in the order the extractor runs its steps.
func TestLostStep(t *testing.T) {
	for _, tt := range []struct {
		drops []Drop
		want  string
	}{
		{nil, NoCandidate},
		{[]Drop{{extract.StepClassify, "cue filtered: negated"}}, "classify: cue filtered: negated"},
		{[]Drop{{extract.StepClassify, "a"}, {extract.StepClassify, "b"}}, "classify: a"},
		{[]Drop{{extract.StepJudge, "weak"}, {extract.StepSettle, "total"}, {extract.StepDraft, "not anchored"}}, "judge: weak"},
		{[]Drop{{extract.StepClassify, "a"}, {extract.StepSettle, "total"}, {extract.StepDraft, "not anchored"}}, "settle: total"},
	} {
		if got := LostStep(tt.drops); got != tt.want {
			t.Errorf("LostStep(%v) = %q, want %q", tt.drops, got, tt.want)
		}
	}
}
