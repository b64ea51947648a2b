package extract

import "testing"

// TestIsWord checks isWord's table: ASCII letters and digits and the
// bytes of other letters belong to words; spaces, punctuation and the
// bytes of ¡ ¿ « » do not.
func TestIsWord(t *testing.T) {
	for _, s := range []string{"abcxyz", "ABCXYZ", "0123456789", "ñ", "ü", "ç", "\u00e9"} {
		for k := 0; k < len(s); k++ {
			if !isWord(s[k]) {
				t.Errorf("isWord(%#x) of %q = false", s[k], s)
			}
		}
	}
	for _, s := range []string{" \t\n\r", ".,;:!?'\"()-/", "@#$%&*+=[]{}_`~^|\\<>", "\x00\x7f", "¡¿«»"} {
		for k := 0; k < len(s); k++ {
			if isWord(s[k]) {
				t.Errorf("isWord(%#x) of %q = true", s[k], s)
			}
		}
	}
}
