package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/fold"
)

// checkCueHits compares h.any with one search a phrase for every list of
// lists, over windows of h's text: every window of the short texts; of the
// long ones the windows that begin or end at an occurrence's edges (one
// byte either side) and random ones. It returns the windows checked and
// the ones that held a phrase.
func checkCueHits(t *testing.T, lists [numCueLists][]string, h *cueHits, rng *rand.Rand) (checked, held int) {
	t.Helper()
	f := h.text
	try := func(lo, hi int) {
		lo, hi = min(max(lo, 0), len(f)), min(max(hi, 0), len(f))
		if lo > hi {
			lo, hi = hi, lo
		}
		for l := range numCueLists {
			want := naiveContainsAny(f[lo:hi], lists[l]...)
			if got := h.any(l, f, lo, hi); got != want {
				t.Fatalf("list %d in %q: any = %v, want %v", l, f[lo:hi], got, want)
			}
			checked++
			if want {
				held++
			}
		}
	}
	if len(f) <= 40 {
		for lo := 0; lo <= len(f); lo++ {
			for hi := lo; hi <= len(f); hi++ {
				try(lo, hi)
			}
		}
		return checked, held
	}
	for _, sp := range h.spans {
		s, e := int(sp.start), int(sp.end)
		for _, d := range []int{-1, 0, 1} {
			try(s+d, e)
			try(s, e+d)
			try(s+d, e+d)
			try(s+d, e+40)
			try(s-40, e+d)
		}
	}
	for range 300 {
		lo := rng.IntN(len(f) + 1)
		try(lo, lo+rng.IntN(200))
	}
	try(0, len(f))
	return checked, held
}

// TestCueMatcher checks the automaton with lists whose phrases overlap,
// begin and end one another and are shared by lists, on texts that hold
// them in every arrangement.
func TestCueMatcher(t *testing.T) {
	var lists [numCueLists][]string
	lists[0] = []string{"he", "she", "hers"}
	lists[1] = []string{"his", "s", "hershey"}
	lists[2] = []string{"she", "e h"}
	lists[3] = []string{"ushers", "usher s"}
	lists[4] = []string{"aaa", "aa"}
	lists[numCueLists-1] = []string{"rs", "y"}
	m := newCueMatcher(lists)
	rng := rand.New(rand.NewPCG(1, 2))
	texts := []string{"", "a", "aaaa", "ushers", "usher she his hers", "hershey's", "she hishers", "the hershey ushers", "¿ushé rs?"}
	for range 200 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteByte("ahersyu é"[rng.IntN(10)])
		}
		texts = append(texts, b.String())
	}
	checked, held := 0, 0
	for _, text := range texts {
		var h cueHits
		m.scan(&h, text)
		c, n := checkCueHits(t, lists, &h, rng)
		checked, held = checked+c, held+n
	}
	if held == 0 || held == checked {
		t.Fatalf("%d of %d windows held a phrase: the texts test nothing", held, checked)
	}
}

// TestCueHits checks cueHits.any against containsAny for every cue list
// over the folded fixtures, and the search it falls back to for another
// text.
func TestCueHits(t *testing.T) {
	e := newExtractor(nil, nil, nil)
	paths, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	checked, held := 0, 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f := despace(fold.New(string(b))).Folded
		h := &cueHits{}
		e.cues.scan(h, f)
		c, n := checkCueHits(t, cueWords, h, rng)
		checked, held = checked+c, held+n
		// Another string, even one equal to a part of f, is searched.
		if len(f) > 10 {
			other := strings.Clone(f[:len(f)/2])
			for l := range numCueLists {
				if got, want := h.any(l, other, 0, len(other)), containsAny(other, cueWords[l]...); got != want {
					t.Errorf("%s: list %d in another text: any = %v, want %v", p, l, got, want)
				}
			}
		}
	}
	if held == 0 || held == checked {
		t.Fatalf("%d of %d windows held a phrase: the fixtures test nothing", held, checked)
	}
	t.Logf("%d windows, %d with a phrase", checked, held)
	var none *cueHits
	if !none.any(cueDied, "el herido murio", 0, 15) || none.any(cueDied, "el herido murio", 0, 14) {
		t.Error("nil hits do not search")
	}
	// A matcher that is nil leaves the hits empty: they search too.
	var unread cueHits
	(*cueMatcher)(nil).scan(&unread, "murio")
	if !unread.any(cueDied, "murio", 0, 5) {
		t.Error("unread hits do not search")
	}
}
