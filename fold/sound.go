package fold

import "strings"

// Sound returns folded Spanish text as it sounds, so that the spellings
// a speech transcript gives a name meet its written form ("ayende" for
// Allende, "apatsingan" for Apatzingán, "caheme" for Cajeme, "via de
// reyes" for Villa de Reyes, "mujica" for Múgica):
//
//   - h is silent but in "ch"; so is j, breathed like an h in the north,
//     and a g before e or i, which sounds as j;
//   - "ll" and y are one sound, silent between i and a vowel ("villa"
//     heard as "via");
//   - b and v are one sound; so are s, z and a c before e or i; and k,
//     "qu" and a c before anything else;
//   - "au" before a consonant sounds as "ao" ("cuaotla" for Cuautla);
//     before a vowel, the u is the glide of "hu" ("sauayo", Sahuayo);
//   - a doubled letter is one ("tierra blanca booxter"), but "rr", a
//     sound of its own ("carillo" is not Carrillo).
//
// Other bytes, spaces and digits among them, are kept: a name of several
// words keeps its words.
func Sound(f string) string {
	var b strings.Builder
	b.Grow(len(f))
	var last byte // the last byte written
	for i := 0; i < len(f); i++ {
		c := f[i]
		var next byte
		if i+1 < len(f) {
			next = f[i+1]
		}
		switch {
		case c == 'h' && last == 'c':
			// "ch"
		case c == 'h', c == 'j', c == 'g' && (next == 'e' || next == 'i'):
			continue
		case c == 'y' || c == 'l' && next == 'l':
			if c == 'l' {
				i++
			}
			if last == 'i' && i+1 < len(f) && strings.IndexByte("aeiou", f[i+1]) >= 0 {
				continue
			}
			c = 'y'
		case c == 'v':
			c = 'b'
		case c == 'z' && i > 0 && f[i-1] == 'z':
			continue // a doubled z ("mazzatlan"), mapped to s before the check below
		case c == 'z', c == 'c' && (next == 'e' || next == 'i'):
			c = 's'
		case c == 'c' && next == 'h':
		case c == 'c':
			c = 'k'
		case c == 'q' && next == 'u':
			c = 'k'
			i++
		case c == 'u' && last == 'a' && strings.IndexByte("aeiou", next) < 0:
			c = 'o'
		case c == last && c == f[i-1] && c >= 'a' && c <= 'z' && c != 'r':
			continue // a doubled letter
		}
		b.WriteByte(c)
		last = c
	}
	return b.String()
}
