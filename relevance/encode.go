package relevance

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// The model file: the magic, the bias and the scale of the weights as
// float64 (little-endian), the number of features as a uvarint, then per
// feature in increasing hash order the difference from the previous hash
// (the first from zero) as a uvarint and the weight as an int16 step of
// the scale (little-endian, after all the hashes).
const magic = "atalaya relevance 1\n"

// maxFeatures bounds a model file's features.
const maxFeatures = 1 << 22

// Encode returns the model file of m. Weights are rounded to one of 65535
// steps of the largest weight's magnitude.
func (m *Model) Encode() []byte {
	keys := make([]uint32, 0, len(m.weights))
	var top float64
	for h, w := range m.weights {
		keys = append(keys, h)
		top = max(top, math.Abs(float64(w)))
	}
	slices.Sort(keys)
	scale := top / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	// A weight that rounds to zero is left out.
	qs := make([]int16, 0, len(keys))
	kept := keys[:0]
	for _, h := range keys {
		if q := int16(math.Round(float64(m.weights[h]) / scale)); q != 0 {
			kept = append(kept, h)
			qs = append(qs, q)
		}
	}
	keys = kept
	var b []byte
	b = append(b, magic...)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(m.bias))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(scale))
	b = binary.AppendUvarint(b, uint64(len(keys)))
	prev := uint32(0)
	for _, h := range keys {
		b = binary.AppendUvarint(b, uint64(h-prev))
		prev = h
	}
	for _, q := range qs {
		b = binary.LittleEndian.AppendUint16(b, uint16(q))
	}
	return b
}

// Decode reads a model file written by Encode.
func Decode(b []byte) (*Model, error) {
	rest, ok := bytes.CutPrefix(b, []byte(magic))
	if !ok {
		return nil, errors.New("not a relevance model file")
	}
	if len(rest) < 16 {
		return nil, errors.New("model file cut short in its header")
	}
	bias := math.Float64frombits(binary.LittleEndian.Uint64(rest))
	scale := math.Float64frombits(binary.LittleEndian.Uint64(rest[8:]))
	// Every weight, a step of at most 32767 scales, must be a finite
	// float32.
	if math.IsNaN(bias) || math.IsInf(bias, 0) || math.IsNaN(scale) || !(scale > 0 && scale <= math.MaxFloat32/math.MaxInt16) {
		return nil, fmt.Errorf("model file's bias %v or scale %v not a finite number", bias, scale)
	}
	rest = rest[16:]
	n, k := binary.Uvarint(rest)
	if k <= 0 || n > maxFeatures || n > uint64(len(rest)) {
		return nil, errors.New("model file's feature count unreadable or too large")
	}
	rest = rest[k:]
	keys := make([]uint32, n)
	var h uint64
	for i := range keys {
		d, k := binary.Uvarint(rest)
		if k <= 0 || (i > 0 && d == 0) || h+d > math.MaxUint32 {
			return nil, fmt.Errorf("model file's hash %d unreadable or out of order", i)
		}
		h += d
		keys[i] = uint32(h)
		rest = rest[k:]
	}
	if uint64(len(rest)) != 2*n {
		return nil, fmt.Errorf("model file has %d bytes of weights, want %d", len(rest), 2*n)
	}
	ws := make(map[uint32]float32, n)
	for i, h := range keys {
		q := int16(binary.LittleEndian.Uint16(rest[2*i:]))
		ws[h] = float32(float64(q) * scale)
	}
	return NewModel(bias, ws), nil
}
