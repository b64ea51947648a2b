// Package fold folds text for tolerant matching — lower case, accents and
// other combining marks removed, typographic punctuation made plain — while
// keeping a map from every byte of the folded text back to the byte of the
// original it came from, so matches found in folded text can be reported as
// spans of the original.
package fold

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a folded string with its map back to the original.
type Text struct {
	// Folded is the folded text.
	Folded string
	// offsets[i]-base is the byte offset in the original of the rune
	// that produced folded byte i; len(offsets) == len(Folded). A Sub
	// shares its parent's offsets: base is where it starts.
	offsets []int32
	base    int32
	// src is the original.
	src string
}

// New folds s. Invalid UTF-8 bytes become spaces.
func New(s string) Text {
	var b strings.Builder
	b.Grow(len(s))
	offsets := make([]int32, 0, len(s)+1)
	var buf [utf8.UTFMax * 4]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// A run of ASCII bytes other than capitals is its own fold.
			j := i
			for j < len(s) && ownFold[s[j]] {
				j++
			}
			if j > i {
				// its offsets in one stretch, with no append a byte
				n := len(offsets)
				offsets = slices.Grow(offsets, j-i)[:n+j-i]
				run := offsets[n:]
				for k := range run {
					run[k] = int32(i + k)
				}
				b.WriteString(s[i:j])
				i = j
				continue
			}
			b.WriteByte(c + 'a' - 'A')
			offsets = append(offsets, int32(i))
			i++
			continue
		}
		out, size := foldAt(s, i, buf[:0])
		for range out {
			offsets = append(offsets, int32(i))
		}
		b.Write(out)
		i += size
	}
	return Text{Folded: b.String(), offsets: offsets, src: s}
}

// ownFold holds, for each byte, whether it is its own fold: an ASCII
// byte other than a capital. One load where New and String scan runs of
// them.
var ownFold = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !('A' <= c && c <= 'Z')
	}
	return t
}()

// Source returns the original text t folds.
func (t Text) Source() string { return t.src }

// Sub returns the fold of the original's bytes [start, end), as
// New(t.Source()[start:end]) does, without folding them again: its
// Folded is a part of t.Folded and it shares t's map. start and end must
// be rune boundaries of the original; they are clamped to it.
func (t Text) Sub(start, end int) Text {
	start = max(0, min(start, len(t.src)))
	end = max(start, min(end, len(t.src)))
	// The folded bytes of the runes in [start, end): offsets do not
	// decrease.
	// Most text folds byte for byte: the folded index of an original
	// offset is near its distance from the first, and the end's is near
	// the start's plus the length.
	o := t.base + int32(start)
	g := 0
	if len(t.offsets) > 0 {
		g = int(o - t.offsets[0])
	}
	fs := firstAround(t.offsets, o, g)
	fe := fs + firstAround(t.offsets[fs:], t.base+int32(end), end-start)
	return Text{Folded: t.Folded[fs:fe], offsets: t.offsets[fs:fe:fe], base: t.base + int32(start), src: t.src[start:end]}
}

// firstAt returns the index of the first of the nondecreasing offs that is
// o or more, len(offs) if none is.
func firstAt(offs []int32, o int32) int {
	lo, hi := 0, len(offs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if offs[m] < o {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// firstAround is firstAt for an o whose index is likely g: it gallops
// from g, forward or back, before it halves.
func firstAround(offs []int32, o int32, g int) int {
	g = max(0, min(g, len(offs)))
	if g < len(offs) && offs[g] < o {
		return g + 1 + firstNear(offs[g+1:], o)
	}
	// Every offset from hi on is o or more.
	hi := g
	for step := 1; hi > 0; step *= 4 {
		lo := max(0, hi-step)
		if offs[lo] < o {
			return lo + 1 + firstAt(offs[lo+1:hi], o)
		}
		hi = lo
	}
	return 0
}

// firstNear is firstAt for an o that is likely near the start of offs, as
// a Sub's end is a few bytes after its start: it gallops from the start
// before it halves.
func firstNear(offs []int32, o int32) int {
	lo := 0
	for step := 8; lo < len(offs); step *= 2 {
		k := min(len(offs), lo+step)
		if offs[k-1] >= o {
			return lo + firstAt(offs[lo:k], o)
		}
		lo = k
	}
	return len(offs)
}

// foldAt returns the folded form of the (non-ASCII) rune at s[i:] and its
// size in s.
func foldAt(s string, i int, buf []byte) ([]byte, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	if r < latinEnd && r != utf8.RuneError {
		return latin[r], size
	}
	return foldRune(r, buf), size
}

// String folds s and returns only the folded text, as New(s).Folded does
// but without the map back to s (s itself when it is folded already).
func String(s string) string {
	i := 0
	for i < len(s) && ownFold[s[i]] {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	var buf [utf8.UTFMax * 4]byte
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b.WriteByte(c + 'a' - 'A')
				i++
				continue
			}
			// A run of ASCII bytes other than capitals is its own fold.
			j := i + 1
			for j < len(s) && ownFold[s[j]] {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		out, size := foldAt(s, i, buf[:0])
		b.Write(out)
		i += size
	}
	return b.String()
}

// Is reports whether s folds to t (String(s) == t) without building the
// fold.
func Is(s, t string) bool {
	var buf [utf8.UTFMax * 4]byte
	j := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if j >= len(t) || t[j] != c {
				return false
			}
			i++
			j++
			continue
		}
		out, size := foldAt(s, i, buf[:0])
		if len(t)-j < len(out) || t[j:j+len(out)] != string(out) {
			return false
		}
		i += size
		j += len(out)
	}
	return j == len(t)
}

// HasSuffix reports whether s's fold ends with t
// (strings.HasSuffix(String(s), t)) without building the fold: it folds
// s rune by rune from its end only as far as t reaches.
func HasSuffix(s, t string) bool {
	var buf [utf8.UTFMax * 4]byte
	j := len(t)
	for i := len(s); j > 0 && i > 0; {
		c := s[i-1]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if t[j-1] != c {
				return false
			}
			i--
			j--
			continue
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		out, _ := foldAt(s, i-size, buf[:0])
		n := min(len(out), j)
		if t[j-n:j] != string(out[len(out)-n:]) {
			return false
		}
		i -= size
		j -= n
	}
	return j == 0
}

// Key folds s into a key for names written in several ways: its words
// (runs of letters and digits) folded and joined by one space, so that
// "Periódico  Correo", "periodico correo" and "PERIÓDICO-CORREO" are one
// key.
func Key(s string) string {
	return strings.Join(strings.FieldsFunc(String(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// Orig maps a byte offset of the folded text to the original. An offset at
// the end maps to the end of the original.
func (t Text) Orig(i int) int {
	if i < 0 {
		return 0
	}
	if i >= len(t.offsets) {
		return len(t.src)
	}
	return int(t.offsets[i] - t.base)
}

// Span maps the folded range [start, end) to the original range covering
// the same runes.
func (t Text) Span(start, end int) (int, int) {
	if end <= start {
		o := t.Orig(start)
		return o, o
	}
	s := t.Orig(start)
	// The end is the original position just after the rune that produced
	// folded byte end-1.
	last := t.Orig(end - 1)
	next := t.Orig(end)
	if next == last { // end falls inside the expansion of one rune
		next = nextRuneStart(t, end)
	}
	return s, next
}

func nextRuneStart(t Text, i int) int {
	if i >= len(t.offsets) {
		return len(t.src)
	}
	o := t.offsets[i]
	for j := i; j < len(t.offsets); j++ {
		if t.offsets[j] != o {
			return int(t.offsets[j] - t.base)
		}
	}
	return len(t.src)
}

// latinEnd bounds the runes whose folded forms are precomputed: Latin-1
// and Latin Extended-A and -B, which cover Spanish and English text.
const latinEnd = 0x250

// latin holds the folded form of every rune below latinEnd. It is computed
// once and never written afterwards.
var latin = func() [latinEnd][]byte {
	var t [latinEnd][]byte
	for r := rune(0); r < latinEnd; r++ {
		t[r] = foldRune(r, nil)
	}
	return t
}()

// foldRune appends the folded form of r to dst.
func foldRune(r rune, dst []byte) []byte {
	switch r {
	case utf8.RuneError:
		return append(dst, ' ')
	case '\u2018', '\u2019', '\u201a', '\u2032', '\u00b4':
		return append(dst, '\'')
	case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
		return append(dst, '"')
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return append(dst, '-')
	case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u2002', '\u2003':
		return append(dst, ' ')
	case 'ß':
		return append(dst, 's', 's')
	case 'ø', 'Ø':
		return append(dst, 'o')
	case 'æ', 'Æ':
		return append(dst, 'a', 'e')
	}
	var tmp [utf8.UTFMax]byte
	n := utf8.EncodeRune(tmp[:], r)
	d := norm.NFD.Bytes(tmp[:n])
	for len(d) > 0 {
		dr, ds := utf8.DecodeRune(d)
		d = d[ds:]
		if unicode.Is(unicode.Mn, dr) {
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(dr))
	}
	return dst
}
