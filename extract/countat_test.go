package extract

import (
	"strings"
	"testing"
)

// countAtNaive is countAt as first written: two searches of the sentence
// for each verb. countAt must agree with it.
func countAtNaive(f string, s *sentInfo) (int, int) {
	best, bestEnd := -1, -1
	for _, w := range countVerbs {
		at := strings.Index(f[s.fStart:s.fEnd], ", "+w)
		if at < 0 {
			at = strings.Index(f[s.fStart:s.fEnd], ", ya "+w)
			if at >= 0 {
				at += len("ya ")
			}
		}
		if at < 0 {
			continue
		}
		at += s.fStart + 2
		if best < 0 || at < best || at == best && at+len(w) > bestEnd {
			best, bestEnd = at, at+len(w)
		}
	}
	return best, bestEnd
}

var countAtSeeds = []string{
	"con los de hoy, suman 19 los bloqueos",
	"quemaron dos camiones, ya suman 19 bloqueos, suman ya 20",
	"hubo ataques, ya son 5, son ya 6",
	"mataron a tres, ya son 5 los muertos, ya son ya 7",
	"killed two, bringing the total to 40, bringing to 41",
	"sin coma suman 3",
	", , ya ya suman , van 4",
	"uno, ya van , van 5, ya llegan a 9",
}

func TestCountAtAgrees(t *testing.T) {
	if len(countVerbs) > 64 {
		t.Fatalf("countAt marks the verbs in a uint64: %d verbs", len(countVerbs))
	}
	for _, f := range countAtSeeds {
		for lo := 0; lo <= len(f); lo += 3 {
			s := &sentInfo{sentence: sentence{fStart: lo, fEnd: len(f)}}
			v, e := countAt(f, s)
			nv, ne := countAtNaive(f, s)
			if v != nv || e != ne {
				t.Errorf("countAt(%q[%d:]) = %d, %d; the two searches a verb give %d, %d", f, lo, v, e, nv, ne)
			}
		}
	}
	// "con los de hoy" is 14 bytes: the comma at 14, "suman " from 16 to 22
	s := &sentInfo{sentence: sentence{fStart: 0, fEnd: len(countAtSeeds[0])}}
	if v, e := countAt(countAtSeeds[0], s); v != 16 || e != 22 {
		t.Errorf("countAt(%q) = %d, %d, want 16, 22", countAtSeeds[0], v, e)
	}
}

func FuzzCountAt(f *testing.F) {
	for _, s := range countAtSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := &sentInfo{sentence: sentence{fStart: 0, fEnd: len(text)}}
		v, e := countAt(text, s)
		nv, ne := countAtNaive(text, s)
		if v != nv || e != ne {
			t.Errorf("countAt(%q) = %d, %d; the two searches a verb give %d, %d", text, v, e, nv, ne)
		}
	})
}
