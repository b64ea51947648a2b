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

func TestHeadlineSets(t *testing.T) {
	fsys := fstest.MapFS{
		"testdata/headlines/es1.tsv":     {},
		"testdata/headlines/sealed1.tsv": {},
		"testdata/headlines/sealed2.tsv": {},
		"testdata/headlines/en3.tsv":     {},
		"testdata/headlines/es3.tsv":     {},
		"testdata/headlines/es4.tsv":     {},
		"testdata/headlines/README.md":   {},
	}
	got, err := HeadlineSets(fsys)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"extract/testdata/headlines_recall7.tsv", "testdata/headlines/es1.tsv"}
	if !slices.Equal(got, want) {
		t.Errorf("HeadlineSets = %v, want %v", got, want)
	}
	// The repository's: never a sealed set, nor en3, es3 or es4.
	sets, err := HeadlineSets(os.DirFS(root))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		if strings.Contains(s, "sealed") || strings.HasSuffix(s, "/en3.tsv") || strings.HasSuffix(s, "/es3.tsv") || strings.HasSuffix(s, "/es4.tsv") {
			t.Errorf("HeadlineSets has %s", s)
		}
	}
}

func TestHeadlineCorpusTitles(t *testing.T) {
	xs, err := HeadlineCorpus(os.DirFS(root), true)
	if err != nil {
		t.Fatal(err)
	}
	titles, typedTitles := 0, 0
	for _, x := range xs {
		if strings.HasSuffix(x.Set, ".jsonl") {
			titles++
			if x.Violent != (len(x.Types) > 0) {
				t.Errorf("%s:%d: violent %v with types %v", x.Set, x.Line, x.Violent, x.Types)
			}
			if x.Violent {
				typedTitles++
			}
		}
	}
	if titles == 0 || typedTitles == 0 || typedTitles == titles {
		t.Errorf("%d titles, %d with an incident: want both labels", titles, typedTitles)
	}
}

func TestTrainHeadlineTypes(t *testing.T) {
	var xs []Example
	add := func(typ string, texts ...string) {
		for _, s := range texts {
			x := Example{Set: "a", Text: s}
			if typ != "" {
				x.Violent, x.Types = true, []string{typ}
			}
			xs = append(xs, x)
		}
	}
	add("homicide", "matan a un hombre", "matan a dos mujeres", "matan a taxista", "matan a joven", "matan a comerciante", "matan a policia")
	add("blockade", "bloquean carretera", "bloquean autopista", "bloquean calles", "bloquean accesos", "bloquean caseta", "bloquean puente")
	add("", "receta de pozole", "gana el equipo", "clima templado", "venta de autos", "feria del libro", "pozole y tamales")
	o := Options{Lambda: 1e-4, MinDocs: 1, Iterations: 200}
	h, err := TrainHeadline(xs, o, o)
	if err != nil {
		t.Fatal(err)
	}
	if got := h.Types(); !slices.Equal(got, []string{"blockade", "homicide"}) {
		t.Fatalf("types %v, want blockade and homicide (the taxonomy's order)", got)
	}
	if p, typ, _ := h.Read("matan a un vecino"); p < 0.5 || typ != "homicide" {
		t.Errorf("a killing: %.2f %s", p, typ)
	}
	if p, typ, _ := h.Read("bloquean la carretera federal"); p < 0.5 || typ != "blockade" {
		t.Errorf("a blockade: %.2f %s", p, typ)
	}
	if p, _, _ := h.Read("receta del pozole"); p >= 0.5 {
		t.Errorf("a recipe: %.2f", p)
	}
}

// TestCommittedHeadline checks that relevance/headline.bin is what
// training on the repository's headlines and titles gives now: run `go
// generate ./relevance` after changing a set, the features or the options.
func TestCommittedHeadline(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the model")
	}
	if runtime.GOARCH != "amd64" {
		t.Skip("the model file is made on amd64")
	}
	xs, err := HeadlineCorpus(os.DirFS(root), true)
	if err != nil {
		t.Fatal(err)
	}
	o, ot := HeadlineOptions()
	m, err := TrainHeadline(xs, o, ot)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(root + "/relevance/headline.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m.Encode(), committed) {
		t.Errorf("relevance/headline.bin is not what training on %d headlines gives: run go generate ./relevance", len(xs))
	}
}
