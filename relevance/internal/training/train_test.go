package training

import (
	"bytes"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// root is the repository's root, from this package's directory.
const root = "../../.."

func TestSetsLeaveOutHeldOut(t *testing.T) {
	heldOut := []string{"testdata/gold/test.jsonl", "testdata/gold/dev7.jsonl", "testdata/gold/fusion7.jsonl",
		"testdata/gold/fusion9.jsonl", "testdata/notinc/unseen12.jsonl", "testdata/notinc/unseen14.jsonl",
		"testdata/gold/fusion12.jsonl", "testdata/gold/fusion14.jsonl", "testdata/gold/fusion16.jsonl", "testdata/gold/fusion18.jsonl", "testdata/gold/fusion20.jsonl", "testdata/gold/fusion22.jsonl", "testdata/gold/fusion24.jsonl", "testdata/gold/fusion26.jsonl", "testdata/gold/fusion28.jsonl", "testdata/gold/fusion30.jsonl", "testdata/gold/fusion32.jsonl", "testdata/gold/fusion34.jsonl", "testdata/gold/fusion36.jsonl", "testdata/gold/fusion38.jsonl", "testdata/gold/fusion40.jsonl", "testdata/gold/fusion42.jsonl", "testdata/gold/fusion44.jsonl", "testdata/gold/fusion46.jsonl", "testdata/gold/fusion48.jsonl", "testdata/gold/fusion50.jsonl", "testdata/gold/fusion52.jsonl", "testdata/gold/fusion54.jsonl", "testdata/gold/fusion56.jsonl", "testdata/gold/fusion58.jsonl", "testdata/gold/fusion60.jsonl", "testdata/gold/fusion62.jsonl", "testdata/gold/fusion64.jsonl", "testdata/gold/fusion66.jsonl",
		"testdata/notinc/unseen16.jsonl", "testdata/notinc/unseen17.jsonl", "testdata/notinc/unseen18.jsonl", "testdata/notinc/unseen19.jsonl", "testdata/notinc/unseen20.jsonl", "testdata/notinc/unseen21.jsonl", "testdata/headlines/sealed1.tsv",
		"testdata/headlines/sealed2.tsv", "testdata/headlines/sealed3.tsv", "testdata/headlines/sealed4.tsv",
		"testdata/headlines/sealed5.tsv", "testdata/headlines/sealed6.tsv", "testdata/headlines/sealed7.tsv", "testdata/headlines/sealed8.tsv"}
	for _, s := range Sets() {
		if slices.Contains(heldOut, s) || strings.Contains(s, "shared") {
			t.Errorf("Sets has %s", s)
		}
	}
}

func TestCorpus(t *testing.T) {
	fsys := fstest.MapFS{
		"a.jsonl": {Data: []byte(`{"report": {"id": "a1", "title": "T", "text": "uno"}, "incidents": []}
{"report": {"id": "a2", "text": "dos"}, "incidents": [{"type": "blockade", "tally": true}]}

{"report": {"id": "a3", "text": "tres"}, "incidents": [{"type": "blockade", "denial": true}, {"type": "homicide"}]}
`)},
		"h.tsv":  {Data: []byte("# comment\nhomicide\t11\tMatan a uno\n-\t-\tCae granizo\n")},
		"h5.tsv": {Data: []byte("homicide|armed_attack\t14\t14039\t2\tMatan a dos en Guadalajara\n")},
	}
	xs, err := Corpus(fsys, []string{"a.jsonl", "h.tsv"})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id      string
		violent bool
	}{{"a1", false}, {"a2", false}, {"a3", true}, {"h.tsv:2", true}, {"h.tsv:3", false}}
	if len(xs) != len(want) {
		t.Fatalf("%d examples, want %d", len(xs), len(want))
	}
	for i, w := range want {
		if xs[i].ID != w.id || xs[i].Violent != w.violent {
			t.Errorf("example %d: %s %v, want %s %v", i, xs[i].ID, xs[i].Violent, w.id, w.violent)
		}
	}
	if xs[0].Title != "T" || xs[3].Text != "Matan a uno" {
		t.Errorf("texts %q %q", xs[0].Title, xs[3].Text)
	}
	h5, err := Corpus(fsys, []string{"h5.tsv"})
	if err != nil {
		t.Fatal(err)
	}
	if len(h5) != 1 || h5[0].Text != "Matan a dos en Guadalajara" || h5[0].State != "14" || !h5[0].Violent || len(h5[0].Types) != 2 || h5[0].Types[1] != "armed_attack" || h5[0].Lang != "" {
		t.Errorf("five columns: %+v", h5)
	}
	if xs[3].State != "11" || xs[4].State != "" || xs[4].Types != nil {
		t.Errorf("three columns: state %q %q, types %v", xs[3].State, xs[4].State, xs[4].Types)
	}
	if _, err := Corpus(fsys, []string{"missing.jsonl"}); err == nil {
		t.Error("a missing file gave no error")
	}
}

func TestTrainSeparates(t *testing.T) {
	var xs []Example
	for i, s := range []string{"matan a balazos a un hombre", "asesinan a dos hombres", "hombres armados matan a un taxista", "balacera deja dos muertos"} {
		xs = append(xs, Example{Set: "a", Line: i, Text: s, Violent: true})
	}
	for i, s := range []string{"receta de pozole rojo", "el equipo gana el partido", "pozole y tamales para la fiesta", "gana el equipo local"} {
		xs = append(xs, Example{Set: "b", Line: i, Text: s})
	}
	o := DefaultOptions()
	o.MinDocs = 1
	m, err := Train(xs, o)
	if err != nil {
		t.Fatal(err)
	}
	if p := m.Prob("", "matan a un hombre"); p < 0.5 {
		t.Errorf("a killing: %.2f", p)
	}
	if p := m.Prob("", "receta para la fiesta"); p >= 0.5 {
		t.Errorf("a recipe: %.2f", p)
	}
	if _, err := Train(xs[:4], o); err == nil {
		t.Error("one label only gave no error")
	}
}

// TestCommittedModel checks that relevance/model.bin is what training on
// the repository's texts gives now: run `go generate ./relevance` after
// changing a set, the features or the options.
func TestCommittedModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the model")
	}
	if runtime.GOARCH != "amd64" {
		// Other architectures fuse multiplications and additions, which
		// may move a weight by one step of its rounding.
		t.Skip("the model file is made on amd64")
	}
	xs, err := Corpus(os.DirFS(root), Sets())
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(xs, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(root + "/relevance/model.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m.Encode(), committed) {
		t.Errorf("relevance/model.bin is not what training on %d texts gives: run go generate ./relevance", len(xs))
	}
}
