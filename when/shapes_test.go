package when

import "testing"

// TestStartsAtShapes checks that the shape filters in startsAt let every
// word of begins through, and that startsAt answers for any token as a
// plain lookup would.
func TestStartsAtShapes(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	lookup := func(w string) rules {
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			return allRules
		}
		return r.begins[w]
	}
	words := []string{"", "x", "de", "balacera", "domingo", "ayer", "12", "abcdefghijklmnopqrstuvwxyz0123456789", "ñ", "\xff"}
	for w := range r.begins {
		words = append(words, w, w+"s", "x"+w[1:], w[:len(w)-1]+"o")
	}
	for _, w := range words {
		if got, want := r.startsAt(w), lookup(w); got != want {
			t.Errorf("startsAt(%q) = %b, a lookup gives %b", w, got, want)
		}
	}
	if r.startsAt("ayer") == 0 {
		t.Error("startsAt(ayer) = 0: yesterday begins a relative day")
	}
}
