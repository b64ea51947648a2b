package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// awayScan is awayBefore as notHere wrote it: every phrase tried.
func awayScan(before string) bool {
	for _, m := range awayPhrases {
		if n := len(before) - len(m); n >= 0 && strings.EqualFold(before[n:], m) && (n == 0 || !isWord(before[n-1])) {
			return true
		}
	}
	return false
}

func TestAwayBefore(t *testing.T) {
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"sobre la carretera a ", true},
		{"sobre la CARRETERA A ", true},
		{"en los Límites con ", true},
		{"en los LÍMITES con ", true},
		{"fue llevado en helicóptero a ", true},
		{"three men from ", true},
		{"bordering ", true},
		{"(hacia ", true},
		{"la avenida hacia ", true},
		{"marchaba hacia", false},   // no space after the phrase
		{"la ruta rehacia ", false}, // the phrase inside a word
		{"a native of ", true},
		{"road to  ", false},
		{"tomaron la ruta a ", false},
		{"el municipio de ", false},
		{"\u212Aen ", false},
		{"border with ", true},
		{"personal que se dirigía a ", true},
		{"personal que se dirigia a ", true},
		{"y si van para ", true},
		{"asi que si van pa ", true}, // a transcript writes "para" as said
		{"la papa ", false},
		{"troops heading to ", true},
		{"se dirigía al ", false}, // "al" is no phrase of these
		{"border wit\u212A ", false},
		{"se dirigía hacia\u00a0", false},
		{"", false},
		{" ", false},
		{"a", false},
		{"ſtudents from ", false}, // the long s folds to "s", but takes two bytes
		{"xxsupercalifragilistic ", false},
	} {
		if got := awayBefore(c.before); got != c.want || got != awayScan(c.before) {
			t.Errorf("awayBefore(%q) = %v, want %v (every phrase tried: %v)", c.before, got, c.want, awayScan(c.before))
		}
	}
}

// FuzzAwayBefore compares awayBefore with every phrase tried.
func FuzzAwayBefore(f *testing.F) {
	for _, s := range []string{"camino a ", "Men From ", "ſtudents from ", "límites con ", "xhacia ", "\xffhacia "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := awayBefore(s), awayScan(s); got != want {
			t.Fatalf("awayBefore(%q) = %v, every phrase tried %v", s, got, want)
		}
	})
}

// despaceScan is despace as it was written first: every byte tested.
func despaceScan(f string) string {
	var b []byte
	for i := 1; i+1 < len(f); i++ {
		if (f[i] == '-' || f[i] == '_') && isLetter(f[i-1]) && isLetter(f[i+1]) {
			if b == nil {
				b = []byte(f)
			}
			b[i] = ' '
		}
	}
	if b == nil {
		return f
	}
	return string(b)
}

// FuzzDespace compares despace with every byte tested.
func FuzzDespace(f *testing.F) {
	for _, s := range []string{"hallan-restos_humanos", "-a-", "a--b", "x_", "_", "", "a-\xc3\xa1", "2-3 a-b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := despace(fold.Text{Folded: s}).Folded, despaceScan(s); got != want {
			t.Fatalf("despace(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestDestinationPlace: the town those attacked were heading to is not
// where they were attacked ("personal que se dirigía a Jerez fue agredido
// en ... Tepetongo"); the texts are written for the test.
func TestDestinationPlace(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 5, 12, 10, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text string
		want             []act
	}{
		{"se dirigía a", "es",
			"ZACATECAS, Zac.- Personal de la Guardia Nacional que se dirigía a Fresnillo fue agredido a balazos la noche del domingo en la comunidad de Ojo de Agua, municipio de Calera.",
			[]act{{model.ArmedAttack, "Calera"}}},
		{"heading to", "en",
			"National Guard troops heading to Tepalcatepec were attacked by gunmen on Sunday night near Buenavista, in the state of Michoacán, officials said.",
			[]act{{model.ArmedAttack, "Buenavista"}}},
		// A transcript says "para" as "pa": a warning to those driving
		// there, not a second place of the act.
		{"van pa", "es",
			"y nos reportan que hace rato quemaron un trailer en la carretera a la altura de tepalcatepec asi que si van pa apatzingan mejor esperense",
			[]act{{model.Blockade, "Tepalcatepec"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind := model.KindNews
			if strings.ToLower(tt.text) == tt.text {
				kind = model.KindTranscript
			}
			r := model.Report{ID: "d", Lang: tt.lang, Kind: kind, Text: tt.text, Published: pub}
			got := e.Extract(r)
			if acts := pointActs(got); !sameActs(acts, tt.want) {
				t.Errorf("acts %v, want %v", acts, tt.want)
			}
		})
	}
}
