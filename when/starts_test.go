package when

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
)

// TestFirstWords checks that match skips no rule that would match: at
// every token of a corpus, each rule is tried alone, and one that matches
// must be among those startsAt gives for the token. The corpus is this
// package's fixtures and tests and package extract's dated fixtures, each
// line read with its own publication time where it has one, else with
// several (and none).
func TestFirstWords(t *testing.T) {
	r := resolver(t)
	all := []struct {
		name string
		bit  rules
		try  func(s *scan, i int) (item, bool)
	}{
		{"clock", rClock, (*scan).clock},
		{"relDay", rRelDay, (*scan).relDay},
		{"partOf", rPartOf, (*scan).partOf},
		{"ago", rAgo, (*scan).ago},
		{"period", rPeriod, (*scan).period},
		{"weekday", rWeekday, (*scan).weekday},
		{"absolute", rAbsolute, (*scan).absolute},
		{"yearOnly", rYearOnly, (*scan).yearOnly},
		{"barePart", rBarePart, (*scan).barePart},
	}
	if got := len(all); rules(1)<<got-1 != allRules {
		t.Fatalf("the test tries %d rules; allRules has other bits", got)
	}
	type line struct {
		text string
		pubs []time.Time
	}
	many := []time.Time{testPub, {}, time.Date(2025, 1, 1, 6, 0, 0, 0, time.UTC), time.Date(2024, 8, 12, 7, 0, 0, 0, time.UTC)}
	var lines []line
	files, _ := filepath.Glob("../extract/testdata/dates*.tsv")
	files = append(files, "testdata/noticias.txt", "when_test.go", "folded_test.go", "local_test.go")
	for _, name := range files {
		fh, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) == 3 && strings.HasSuffix(name, ".tsv") {
				if pub, err := time.Parse(time.RFC3339, cols[0]); err == nil {
					lines = append(lines, line{strings.ReplaceAll(cols[2], `\n`, "\n"), []time.Time{pub, {}}})
					continue
				}
			}
			lines = append(lines, line{sc.Text(), many})
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	matched := make(map[string]int)
	for _, l := range lines {
		toks := tokenize(nil, fold.New(l.text).Folded)
		for _, pub := range l.pubs {
			for _, lang := range []string{"", "es", "en"} {
				s := r.newScan(toks, lang, pub)
				for i := range toks {
					rs := r.startsAt(toks[i].s)
					for _, x := range all {
						if it, ok := x.try(&s, i); ok && it.to > i {
							matched[x.name]++
							if rs&x.bit == 0 {
								t.Errorf("%s matches at %q in %q, but startsAt(%q) lacks it", x.name, toks[i].s, l.text, toks[i].s)
							}
						}
					}
				}
			}
		}
	}
	for _, x := range all {
		if matched[x.name] == 0 {
			t.Errorf("no line of the corpus (%d lines) matches %s: the test cannot check its first words", len(lines), x.name)
		}
	}
	t.Logf("%d lines; matches per rule: %v", len(lines), matched)
}
