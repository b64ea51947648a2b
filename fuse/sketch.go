package fuse

import (
	"encoding/binary"
	"strings"

	"github.com/atalaya/atalaya/fold"
)

// sketchSize is the number of MinHash values in a Sketch.
const sketchSize = 32

// Sketch is a MinHash signature of a text's word 3-shingles (after accent
// and case folding): the share of equal positions of two sketches
// estimates the Jaccard similarity of the two texts' shingle sets, which is
// high for syndicated and copied text and low for independent reports of
// the same event.
type Sketch [sketchSize]uint32

// NewSketch computes the sketch of text. Text too short to shingle has the
// zero sketch, which is similar to nothing.
func NewSketch(text string) Sketch {
	var s Sketch
	words := strings.FieldsFunc(fold.String(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80)
	})
	if len(words) < 3 {
		return s
	}
	for i := range s {
		s[i] = ^uint32(0)
	}
	for i := 0; i+3 <= len(words); i++ {
		h := fnv64(words[i], words[i+1], words[i+2])
		for k := range s {
			// One hash, many permutations: x -> mix(x ^ salt_k).
			v := uint32(mix(h^salts[k]) >> 32)
			if v < s[k] {
				s[k] = v
			}
		}
	}
	return s
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

// Similarity estimates the Jaccard similarity of the texts of two sketches.
func (s *Sketch) Similarity(t *Sketch) float64 {
	if s.zero() || t.zero() {
		return 0
	}
	n := 0
	for i := range s {
		if s[i] == t[i] {
			n++
		}
	}
	return float64(n) / sketchSize
}

func (s *Sketch) zero() bool { return *s == Sketch{} }

// MarshalBinary encodes the sketch in 128 bytes, little-endian.
func (s Sketch) MarshalBinary() ([]byte, error) {
	b := make([]byte, 4*sketchSize)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b, nil
}

// UnmarshalBinary decodes a sketch written by MarshalBinary; other lengths
// give the zero sketch.
func (s *Sketch) UnmarshalBinary(b []byte) error {
	*s = Sketch{}
	if len(b) != 4*sketchSize {
		return nil
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return nil
}
