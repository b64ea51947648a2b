package fuse

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/report"
)

// Sizes of a Sketch's parts.
const (
	sketchSize  = 32 // MinHash values of the word 3-shingles
	numberSlots = 8  // smallest hashes of the numbers
	nameSlots   = 16 // smallest hashes of the proper names
	langSlot    = sketchSize + numberSlots + nameSlots
	sketchLen   = langSlot + 1
)

// Sketch summarizes a report text for telling copies apart from
// independent reports. Its first part is a MinHash signature of the text's
// word 3-shingles (after accent and case folding): the share of equal
// positions of two sketches estimates the Jaccard similarity of the two
// texts' shingle sets, which is high for syndicated and copied text and low
// for independent reports of the same event. Its second part does not
// depend on the language, so that a translation is seen as a copy too: the
// smallest hashes (bottom-k) of the numbers the text gives, in digits or
// words ("12", "doce", "twelve"), and of its proper names (capitalized words
// inside a sentence: places, organisations, people), with the text's
// language.
type Sketch [sketchLen]uint32

// NewSketch computes the sketch of text, written in language lang ("es",
// "en"; detected from the text when empty: the report's stored language
// saves the detection, which costs more than the rest of the sketch). Text
// too short to shingle has a zero shingle part, which is similar to nothing.
func NewSketch(text, lang string) Sketch {
	return SketchOf(fold.New(text), lang)
}

// SketchOf is NewSketch of the text ft folds (ft.Source()), for a caller
// that has folded it already.
func SketchOf(ft fold.Text, lang string) Sketch {
	var s Sketch
	text := ft.Source()
	// The words are read in one pass without collecting them: the
	// shingle is the last three.
	f := ft.Folded
	var w [3]string
	n := 0
	for i := 0; ; {
		j, k := nextWord(f, i)
		if j == k {
			break
		}
		w[0], w[1], w[2] = w[1], w[2], f[j:k]
		i = k
		if n++; n < 3 {
			continue
		}
		if n == 3 {
			for k := range sketchSize {
				s[k] = ^uint32(0)
			}
		}
		h := fnv64(w[0], w[1], w[2])
		for k := range sketchSize {
			// One hash, many permutations: x -> mix(x ^ salt_k).
			v := uint32(mix(h^salts[k]) >> 32)
			if v < s[k] {
				s[k] = v
			}
		}
	}
	numbers, names := anchors(text, ft)
	bottom(s[sketchSize:sketchSize+numberSlots], numbers)
	bottom(s[sketchSize+numberSlots:langSlot], names)
	if lang == "" {
		lang = report.DetectLang(text)
	}
	switch lang {
	case "es":
		s[langSlot] = 1
	case "en":
		s[langSlot] = 2
	}
	return s
}

// anchors returns the hashes of the numbers (2 or more) and of the proper
// names of text (folded as ft): what a translation keeps.
func anchors(text string, ft fold.Text) (numbers, names []uint32) {
	f := ft.Folded
	initial := true // the next word opens a sentence
	for i := 0; i < len(f); {
		c := f[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80) {
			switch c {
			case '.', '!', '?', '\n', ':', ';', '"', '(':
				initial = true
			}
			i++
			continue
		}
		j := i
		for j < len(f) && (f[j] >= 'a' && f[j] <= 'z' || f[j] >= '0' && f[j] <= '9' || f[j] >= 0x80) {
			j++
		}
		w, at := f[i:j], i
		opens := initial
		initial = false
		i = j
		if v, ok := number(w); ok {
			if v >= 2 {
				numbers = append(numbers, uint32(mix(uint64(v)^0x6e756d)>>32)|1)
			}
			continue
		}
		if opens || len(w) < 3 {
			continue
		}
		// Only now the word's place in the original text, to see
		// whether it is capitalized.
		os, _ := ft.Span(at, j)
		if r, _ := utf8.DecodeRuneInString(text[os:]); !unicode.IsUpper(r) || notNames[w] {
			continue
		}
		names = append(names, uint32(mix(fnv64(w))>>32)|1)
	}
	return numbers, names
}

// number reads a folded word as a number: digits, or a number word of
// either language up to a hundred ("doce", "twelve", "veintitres").
func number(w string) (int, bool) {
	if w[0] >= '0' && w[0] <= '9' {
		n := 0
		for i := 0; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' || n > 1e8 {
				return 0, false
			}
			n = n*10 + int(w[i]-'0')
		}
		return n, true
	}
	if !numberLens.may(w) {
		return 0, false // no number word begins so with so many bytes
	}
	n, ok := numberWords[w]
	return n, ok
}

// wordLens holds, for each first byte, the lengths (a bit each) of the
// words of a set that begin with it: one load rules out most words of a
// text before a lookup in the set.
type wordLens [256]uint16

// lensOf returns the wordLens of the keys of words, none empty nor of 16
// bytes or more.
func lensOf[V any](words map[string]V) *wordLens {
	var t wordLens
	for w := range words {
		if w == "" || len(w) >= 16 {
			panic("fuse: a word the length filter cannot hold: " + w)
		}
		t[w[0]] |= 1 << len(w)
	}
	return &t
}

// may reports whether w, not empty, may be a word of the set: one begins
// with its byte and has its length.
func (t *wordLens) may(w string) bool { return len(w) < 16 && t[w[0]]&(1<<len(w)) != 0 }

// numberLens is the wordLens of numberWords.
var numberLens = lensOf(numberWords)

// numberWords are the Spanish and English number words up to a hundred
// (compounds such as "twenty-one" are two words).
var numberWords = func() map[string]int {
	m := map[string]int{}
	for i, w := range strings.Fields(`cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece
	catorce quince dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres
	veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve`) {
		m[w] = i
	}
	for i, w := range strings.Fields(`zero one two three four five six seven eight nine ten eleven twelve
	thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty`) {
		m[w] = i
	}
	for i, w := range strings.Fields(`treinta cuarenta cincuenta sesenta setenta ochenta noventa cien`) {
		m[w] = 30 + 10*i
	}
	for i, w := range strings.Fields(`thirty forty fifty sixty seventy eighty ninety hundred`) {
		m[w] = 30 + 10*i
	}
	m["un"], m["una"] = 1, 1
	return m
}()

// notNames are capitalized words that are no names, or that one language
// capitalizes and the other does not.
var notNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december
	the and for but with from this that his her its their our you mr mrs ms
	mexican mexicans american americans spanish english`) {
		m[w] = true
	}
	return m
}()

// bottom fills slots with the smallest distinct values of hs, ascending;
// unused slots stay zero.
func bottom(slots []uint32, hs []uint32) {
	slices.Sort(hs)
	hs = slices.Compact(hs)
	if len(hs) > len(slots) {
		hs = hs[:len(slots)]
	}
	copy(slots, hs)
}

// bottomJaccard estimates the Jaccard similarity of two sets from their
// bottom-k sketches (exact when both sets fit); n is the size of the
// smaller sketch.
func bottomJaccard(a, b []uint32) (j float64, n int) {
	na, nb := filled(a), filled(b)
	k := len(a)
	i, l, both, seen := 0, 0, 0, 0
	for seen < k && (i < na || l < nb) {
		switch {
		case l >= nb || i < na && a[i] < b[l]:
			i++
		case i >= na || b[l] < a[i]:
			l++
		default:
			both++
			i++
			l++
		}
		seen++
	}
	if seen == 0 {
		return 0, 0
	}
	return float64(both) / float64(seen), min(na, nb)
}

func filled(s []uint32) int {
	n := 0
	for n < len(s) && s[n] != 0 {
		n++
	}
	return n
}

// Translation reports whether two texts in different languages tell the
// same numbers and the same names: one is a translation of the other (or
// both of a third), and they are one source. Texts of the same or an
// unknown language never are: copies in one language share their wording.
func (s *Sketch) Translation(t *Sketch) bool {
	if s[langSlot] == 0 || t[langSlot] == 0 || s[langSlot] == t[langSlot] {
		return false
	}
	nj, nn := bottomJaccard(s[sketchSize:sketchSize+numberSlots], t[sketchSize:sketchSize+numberSlots])
	mj, mn := bottomJaccard(s[sketchSize+numberSlots:langSlot], t[sketchSize+numberSlots:langSlot])
	return nn >= minNumbers && nj >= translationNumbers && mn >= minNames && mj >= translationNames
}

// Translation thresholds: how many numbers and names each text must give,
// and the share of them the two must have in common.
const (
	minNumbers         = 2
	minNames           = 3
	translationNumbers = 0.6
	translationNames   = 0.35
)

// Copy reports whether two report texts count as one source: near-duplicate
// wording (shingle similarity at least nearDup) or a translation.
func (s *Sketch) Copy(t *Sketch, nearDup float64) bool {
	return s.Similarity(t) >= nearDup || s.Translation(t)
}

// salts derive the sketch's hash functions from one.
var salts = func() [sketchSize]uint64 {
	var s [sketchSize]uint64
	x := uint64(0x9E3779B97F4A7C15)
	for i := range s {
		x = mix(x + uint64(i))
		s[i] = x
	}
	return s
}()

// nextWord returns the span [j, k) of the first word of folded f at or
// after offset i, a run of word bytes (wordByte); j == k == len(f) when
// none is left.
func nextWord(f string, i int) (j, k int) {
	for i < len(f) && !wordByte(f[i]) {
		i++
	}
	k = i
	for k < len(f) && wordByte(f[k]) {
		k++
	}
	return i, k
}

// wordByte reports whether c is a byte of a word of a folded text: a
// letter, a digit, or a byte of a rune above ASCII (every byte of such a
// rune is 0x80 or more, and an invalid byte, read as U+FFFD, is too).
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// fnv64 is FNV-1a over the parts, each followed by a space.
func fnv64(parts ...string) uint64 {
	h := uint64(14695981039346656037)
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= 1099511628211
		}
		h ^= ' '
		h *= 1099511628211
	}
	return h
}

// mix is SplitMix64's finalizer.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// Similarity estimates the Jaccard similarity of the word shingles of the
// texts of two sketches.
func (s *Sketch) Similarity(t *Sketch) float64 {
	if s.zero() || t.zero() {
		return 0
	}
	n := 0
	for i := range sketchSize {
		if s[i] == t[i] {
			n++
		}
	}
	return float64(n) / sketchSize
}

func (s *Sketch) zero() bool { return [sketchSize]uint32(s[:sketchSize]) == [sketchSize]uint32{} }

// MarshalBinary encodes the sketch in 4 bytes a value, little-endian.
func (s Sketch) MarshalBinary() ([]byte, error) {
	b := make([]byte, 4*sketchLen)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b, nil
}

// UnmarshalBinary decodes a sketch written by MarshalBinary. The shingle
// part alone (an older sketch's 128 bytes) gives a sketch with no numbers,
// names or language; other lengths give the zero sketch.
func (s *Sketch) UnmarshalBinary(b []byte) error {
	*s = Sketch{}
	if len(b) != 4*sketchLen && len(b) != 4*sketchSize {
		return nil
	}
	for i := range len(b) / 4 {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return nil
}
