package extract

import (
	"github.com/atalaya/atalaya/fold"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// colonyEndFields is colonyEnd as first written: the words split before
// the last two are read.
func colonyEndFields(head string) bool {
	ws := strings.Fields(head)
	n := len(ws)
	if n < 3 || ws[n-1] != "de" && ws[n-1] != "del" {
		return false
	}
	k := n - 2
	for k >= 0 && n-2-k < 3 {
		if r, _ := utf8.DecodeRuneInString(ws[k]); !unicode.IsUpper(r) {
			break
		}
		k--
	}
	if k < 0 || k == n-2 {
		return false
	}
	switch fold.String(ws[k]) {
	case "colonia", "col.", "fraccionamiento", "fracc.", "barrio", "unidad", "residencial":
		return true
	}
	return false
}

func TestColonyEnd(t *testing.T) {
	for _, tt := range []struct {
		head string
		want bool
	}{
		{"un bar de la colonia Jardines de ", true},
		{"en el fraccionamiento Villas del", true},
		{"en la colonia\u00a0Las Pintas\u00a0de\u00a0", true},
		{"en la colonia Las Pintas de El", false},
		{"en el municipio de ", false},
		{"la tarde verde", false},
		{"Jardines de", false},
		{"de", false},
		{"", false},
		{"en la colonia Centro del", true},
		{"barrio Uno Dos Tres Cuatro de", false}, // four capitalized words
	} {
		if got := colonyEnd(tt.head); got != tt.want {
			t.Errorf("colonyEnd(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}

// FuzzColonyEnd compares colonyEnd, which reads its last two words before
// it splits the rest, with colonyEndFields.
func FuzzColonyEnd(f *testing.F) {
	for _, s := range []string{"colonia Jardines de", "col. Centro\u2003del ", "\xa0de", "Ñ de", "x\u0085Las de"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := colonyEnd(s), colonyEndFields(s); got != want {
			t.Fatalf("colonyEnd(%q) = %v, want %v", s, got, want)
		}
	})
}
