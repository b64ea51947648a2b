package extract

import (
	"strings"
	"testing"
)

// TestHoldupCue checks holdupCue, which compares a cue with the phrases
// of its first bytes only, against the whole list read one phrase at a
// time, for cues that begin as a phrase, a phrase's start, and other cues.
func TestHoldupCue(t *testing.T) {
	phrases := []string{"asalt", "atrac", "a mano armada", "a punta de", "roban con", "robo con", "con lujo de", "despojan con", "armed robber", "held up", "robbed at", "at gunpoint", "carjack", "hold-up", "holdup", "violento asalto", "armados ro", "armados se", "armados desp", "armado ro", "armado se", "armado desp"}
	want := func(w string) bool {
		for _, p := range phrases {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
		return false
	}
	cues := []string{"", "a", "as", "asaltan", "asaltando", "atracan", "at gunpoint", "at gun", "a mano armada", "a mano", "a punta de pistola",
		"armed robbery", "armados robaron", "armados secuestraron", "armado despojo", "armas", "roban con violencia", "roban", "robo con violencia",
		"robbed at gunpoint", "con lujo de violencia", "con", "carjacking", "despojan con armas", "despojan", "held up", "hold-up", "holdup",
		"hola", "violento asalto", "violento", "asesinan", "ataque", "disparan", "hieren", "zzz"}
	hits := 0
	for _, w := range cues {
		got := holdupCue(w)
		if got != want(w) {
			t.Errorf("holdupCue(%q) = %v, want %v", w, got, !got)
		}
		if got {
			hits++
		}
	}
	if hits == 0 || hits == len(cues) {
		t.Errorf("%d of %d cues tell a hold-up: the test tells nothing", hits, len(cues))
	}
}

// TestTrimLeftSet checks trimLeftSet against strings.TrimLeft for the
// openers' cutsets, on text that begins with a letter, a space, ASCII and
// other quotes and dashes, and on none.
func TestTrimLeftSet(t *testing.T) {
	cutsets := []string{" \"'«“-—", " \t\n\"'«“"}
	texts := []string{"", "en otro hecho", " en otro", "\"en", "«en»", "“hola”", "—en", "-- en", "\t\nel primer", "’en", "ñandú", "e", "«", "—"}
	changed := 0
	for _, c := range cutsets {
		for _, s := range texts {
			want := strings.TrimLeft(s, c)
			if got := trimLeftSet(s, c); got != want {
				t.Errorf("trimLeftSet(%q, %q) = %q, want %q", s, c, got, want)
			}
			if want != s {
				changed++
			}
		}
	}
	if changed == 0 {
		t.Error("no text was trimmed: the test tells nothing")
	}
}
