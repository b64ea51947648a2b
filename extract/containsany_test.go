package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/fold"
)

// naiveContainsAny is containsAny's meaning, one search a sub.
func naiveContainsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// TestContainsAny checks containsAny, and needles.in of the same list
// made once with newNeedles, against one search a sub, at every length of
// every line of some fixtures, for lists of short and long subs, of more
// subs than containsAny's table of heads holds, of subs that share
// their first three bytes, and of long subs only (which needles.in skips
// along: the texts hold each sub at their start, middle and end too).
func TestContainsAny(t *testing.T) {
	many := make([]string, 0, 150)
	long := make([]string, 0, 150)
	for k := range 150 {
		many = append(many, fmt.Sprintf("zq%03d", k))
		long = append(long, fmt.Sprintf("zq%03d de la", k))
	}
	lists := [][]string{
		{"vestia", "viste ", "al 911", "al 089", "estatura", "cabello", "tez "},
		{"a", "xyz", "qqqq", "zzz", "wwww"},
		{"de la vida", "de la noche", "de las", "del ", "dej"},
		{"", "abcde", "fghij", "klmno"},
		{"ayer", "anoche", "esta manana", "hoy", "madrugada", "el pasado", "la noche"},
		append(many, "la madrugada", "tarde"),
		append(many, "zq149"),
		{"sofocaron el fuego", "put out the", "extinguished the", "apagaron las llamas", "controlaron el incendio"},
		{"en lo que va de", "so far this", "this year", "este ano", "en el mes", "this month", "este mes"},
		{"esta ciudad", "esta capital", "this city", "this capital", "de la noche"},
		{"la madrugada", "el pasado", "zzzzzz", "aaaaaaa", "", "de"},
		long,
	}
	b, err := os.ReadFile("testdata/negacion.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := append(strings.Split(fold.String(string(b)), "\n"), "", "a", "ab", "zq149", "xzq149", "al 0", "esta manana")
	for _, subs := range lists {
		for _, x := range subs {
			texts = append(texts, x, x+" y luego", "y luego "+x, "tras la "+x+" de ellos", x[:len(x)/2]+" "+x[len(x)/2:])
		}
	}
	made := make([]needles, len(lists))
	for k, subs := range lists {
		made[k] = newNeedles(subs...)
	}
	checked, found := 0, 0
	for _, text := range texts {
		for n := 0; n <= len(text); n += max(1, len(text)/7) {
			for k, subs := range lists {
				s := text[n:]
				want := naiveContainsAny(s, subs...)
				if got := containsAny(s, subs...); got != want {
					t.Errorf("containsAny(%q, %q) = %v, want %v", s, subs, got, want)
				}
				if got := made[k].in(s); got != want {
					t.Errorf("newNeedles(%q).in(%q) = %v, want %v", subs, s, got, want)
				}
				checked++
				if want {
					found++
				}
			}
		}
	}
	if found == 0 || found == checked {
		t.Errorf("%d of %d checks found a sub: the test tells nothing", found, checked)
	}
}
