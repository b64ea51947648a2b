package extract

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/atalaya/atalaya/fold"
)

func TestGluedStarts(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // the folded text from each start on, cut to 9 bytes
	}{
		{"three bloody events with fatalitiesHomicides had decreased", []string{"homicides"}},
		{"Balacera en la colonia CentroDejan dos muertos", nil}, // a capitalized word before: a name
		{"“ataque armado”Hallan cuerpo", nil},                   // a quote before, no space: the word opens after none of gluedWordOpens
		{"ataque armadoHallan cuerpo", []string{"hallan cu"}},   // the glued word opens the text
		{"video en YouTube y en McAllen, #JusticiaParaJuan, su iPhone", nil},
		{"la señoraDijo que", []string{"dijo que"}},
		{"sin mayúsculas", nil},
		{"abcDef", []string{"def"}},
		{"abcDe", nil}, // a capital with fewer than two letters after it
		{"camiónLlegó al lugar; el vehículoVolcó", []string{"llego al ", "volco"}},
	} {
		txt := fold.New(tc.in)
		var got []string
		for _, i := range gluedStarts(txt) {
			got = append(got, txt.Folded[i:min(len(txt.Folded), i+9)])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("gluedStarts(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestGluedStartsWalk checks gluedStarts, which reads eight bytes at a
// time, against a walk of every byte, on random text of letters, spaces,
// quotes and accented letters at every length and alignment.
func TestGluedStartsWalk(t *testing.T) {
	parts := []string{"a", "b", "e", "x", "A", "D", "H", "Z", " ", "\"", "(", "é", "Ñ", "ñ", "@", "\n"}
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 2000 {
		var b []byte
		for range n % 70 {
			b = append(b, parts[r.IntN(len(parts))]...)
		}
		txt := fold.New(string(b))
		if got, want := gluedStarts(txt), gluedStartsByByte(txt); !slices.Equal(got, want) {
			t.Fatalf("gluedStarts(%q) = %v, the byte walk %v", b, got, want)
		}
	}
}

// gluedStartsByByte is gluedStarts reading one byte at a time.
func gluedStartsByByte(t fold.Text) []int {
	s := t.Source()
	var out []int
	for p := range len(s) {
		if 'A' <= s[p] && s[p] <= 'Z' {
			out = appendGlued(out, &t, s, p)
		}
	}
	return out
}
