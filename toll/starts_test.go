package toll

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/atalaya/atalaya/fold"
)

// TestFirstWords checks that at skips no pattern that would match: at every
// token of a corpus, each pattern is tried on a copy of the finder, and
// one that matches must be among those starts gives for the token. The
// corpus is every line of this package's tests and fixtures and of package
// extract's fixtures: the test tables hold an example of every pattern.
func TestFirstWords(t *testing.T) {
	all := []struct {
		name string
		p    pattern
		try  func(f *finder, i int) int
	}{
		{"negative", pNegative, func(f *finder, i int) int { return f.negative(i) }},
		{"numberFirst", pNumberFirst, func(f *finder, i int) int { return f.numberFirst(i, f.words) }},
		{"verbFirst", pVerbFirst, func(f *finder, i int) int { return f.verbFirst(i, f.words) }},
		{"enActive", pEnActive, func(f *finder, i int) int { return f.enActive(i) }},
		{"single", pSingle, func(f *finder, i int) int { return f.single(i) }},
		{"eventOf", pEventOf, func(f *finder, i int) int { return f.eventOf(i, f.words) }},
		{"lone", pLone, func(f *finder, i int) int { return f.lone(i) }},
		{"total", pTotal, func(f *finder, i int) int { return f.total(i, f.words) }},
		{"tollRises", pTollRises, func(f *finder, i int) int { return f.tollRises(i, f.words) }},
		{"alongWith", pAlongWith, func(f *finder, i int) int { return f.alongWith(i, f.words) }},
		{"part", pPart, func(f *finder, i int) int { return f.part(i, f.words) }},
		{"enLone", pEnLone, func(f *finder, i int) int { return f.enLone(i) }},
		{"enBody", pEnBody, func(f *finder, i int) int { return f.enBody(i) }},
		{"act", pAct, func(f *finder, i int) int { return f.act(i) }},
	}
	files, _ := filepath.Glob("../extract/testdata/*")
	files = append(files, "toll_test.go", "folded_test.go", "probes_test.go", "testdata/news.txt")
	matched := make(map[string]int)
	lines := 0
	for _, name := range files {
		fh, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			lines++
			line := sc.Text()
			ft := fold.New(line)
			f := finder{t: ft, orig: line}
			f.toks = tokenize(nil, ft.Folded)
			f.caps, f.titleCase = capitals(line)
			for _, tk := range f.toks {
				f.words = append(f.words, tk.s)
			}
			for i := 0; i < len(f.toks); {
				for _, x := range all {
					g := f
					g.out, g.weak = slices.Clone(f.out), slices.Clone(f.weak)
					if j := x.try(&g, i); j > i {
						matched[x.name]++
						if starts(f.words[i])&x.p == 0 {
							t.Errorf("%s matches at %q in %q, but starts(%q) lacks it", x.name, f.words[i], line, f.words[i])
						}
					}
				}
				if next := f.at(i, f.words); next > i {
					i = next
					continue
				}
				i++
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	for _, x := range all {
		if matched[x.name] == 0 {
			t.Errorf("no line of the corpus (%d lines) matches %s: the test cannot check its first words", lines, x.name)
		}
	}
	t.Logf("%d lines; matches per pattern: %v", lines, matched)
}
