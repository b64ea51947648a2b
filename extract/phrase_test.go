package extract

import "testing"

func TestPhraseEnds(t *testing.T) {
	p := newPhraseEnds("tras el ", "por ", "in the wake of the ")
	tests := []struct {
		w    string
		want bool
	}{
		{"ocurrio tras el ", true},
		{"tras el ", true},         // the phrase is all of w
		{"xtras el ", false},       // "tras" inside a word
		{"detenido por ", true},    // one word
		{"compor ", false},         // "por" ends a longer word
		{"-por ", true},            // after a byte that is no word's
		{"ocurrio tras el", false}, // no space after the word
		{"tras la ", false},        // another last word
		{"el ", false},             // only the last word of a phrase
		{"in the wake of the ", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := p.end(tt.w); got != tt.want {
			t.Errorf("end(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
