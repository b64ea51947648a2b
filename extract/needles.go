package extract

import "strings"

// needles is a list of phrases searched for together (in), with the filter
// of the three bytes that begin each built once, when the list is: a
// package-level list of a rule is made with newNeedles at package
// initialization and never changed, so its searches skip the set-up that
// containsAny does at each call.
type needles struct {
	subs []string
	// heads[k] is the first three bytes of subs[k], or noHead.
	heads []uint32
	// filter has bit headHash(h) set for each head h of heads (4,096 bits).
	filter [64]uint64
	// short is whether a sub is shorter than three bytes (a noHead one).
	short bool
	// skip, for a list whose subs of three bytes or more are all at
	// least skipMin long, is the Wu–Manber shift table: how far the end
	// of a window of span bytes may move on past the three bytes that end
	// it (hashed with headHash) without passing the end of the first span
	// bytes of a sub. nil for other lists (and those containsAny makes).
	skip *[4096]uint8
	// span is the shortest length of the subs of three bytes or more.
	span int
}

// skipMin is the shortest sub for which needles.in skips: with
// three-byte ones the window moves on by a byte at most, as the filter's
// search does, with a table eight times its size.
const skipMin = 4

// noHead is the head of a sub shorter than three bytes: no three bytes are it.
const noHead = 1 << 31

// fewNeedles is the most subs searched for one at a time: with more,
// reading s once for all of them is cheaper.
const fewNeedles = 3

// newNeedles prepares subs to be searched for together. It keeps subs.
func newNeedles(subs ...string) needles {
	n := needles{subs: subs, heads: make([]uint32, len(subs))}
	n.prepare()
	n.prepareSkip()
	return n
}

// prepareSkip sets n's span and, when it is at least skipMin, its skip
// table: each three bytes within the first span bytes of a sub let the
// window's end move on only to where they would end those span bytes.
func (n *needles) prepareSkip() {
	n.span = 0
	for k, x := range n.subs {
		if n.heads[k] != noHead && (n.span == 0 || len(x) < n.span) {
			n.span = len(x)
		}
	}
	if n.span < skipMin || len(n.subs) <= fewNeedles {
		return // (few subs: in searches for each in turn)
	}
	n.skip = new([4096]uint8)
	for h := range n.skip {
		n.skip[h] = uint8(min(n.span-2, 255))
	}
	for k, x := range n.subs {
		if n.heads[k] == noHead {
			continue
		}
		for q := 0; q+3 <= n.span; q++ {
			h := headHash(uint32(x[q])<<16 | uint32(x[q+1])<<8 | uint32(x[q+2]))
			if d := n.span - 3 - q; d < int(n.skip[h]) {
				n.skip[h] = uint8(d)
			}
		}
	}
}

// prepare sets n's heads, filter and short from its subs.
func (n *needles) prepare() {
	for k, x := range n.subs {
		if len(x) < 3 {
			n.heads[k] = noHead
			n.short = true
			continue
		}
		n.heads[k] = uint32(x[0])<<16 | uint32(x[1])<<8 | uint32(x[2])
		h := headHash(n.heads[k])
		n.filter[h>>6] |= 1 << (h & 63)
	}
}

// in reports whether s contains one of n's subs.
//
// With more than a few subs it reads s once for all of them instead of
// once for each: the filter lets only the positions where one may begin
// be compared, and there only the subs that begin with those three bytes.
func (n *needles) in(s string) bool {
	if len(n.subs) <= fewNeedles {
		return containsFew(s, n.subs)
	}
	if n.short {
		for k, x := range n.subs {
			if n.heads[k] == noHead && strings.Contains(s, x) {
				return true
			}
		}
	}
	if len(s) < 3 {
		return false
	}
	if n.skip != nil {
		return n.inSkipping(s)
	}
	// k is the position of the third byte of the head at k-2; w holds
	// the bytes before it, the last in its lowest byte.
	w := uint32(s[0])<<8 | uint32(s[1])
	for k := 2; k < len(s); k++ {
		w = w<<8 | uint32(s[k])
		if h := headHash(w); n.filter[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		head := w & 0xFFFFFF
		for j, x := range n.subs {
			if n.heads[j] == head && strings.HasPrefix(s[k-2:], x) {
				return true
			}
		}
	}
	return false
}

// inSkipping is in's search of a list with a skip table (Wu–Manber): a
// window of span bytes moves along s by what its last three bytes allow,
// and where they allow nothing, the subs that begin as the window does
// are compared there.
func (n *needles) inSkipping(s string) bool {
	for e := n.span - 1; e < len(s); {
		w := uint32(s[e-2])<<16 | uint32(s[e-1])<<8 | uint32(s[e])
		if d := n.skip[headHash(w)]; d > 0 {
			e += int(d)
			continue
		}
		at := e - n.span + 1
		head := uint32(s[at])<<16 | uint32(s[at+1])<<8 | uint32(s[at+2])
		for j, x := range n.subs {
			if n.heads[j] == head && strings.HasPrefix(s[at:], x) {
				return true
			}
		}
		e++
	}
	return false
}

// containsFew reports whether s contains one of subs, searching for each
// in turn.
func containsFew(s string, subs []string) bool {
	for _, x := range subs {
		if spaced := len(x) >= 2 && x[0] == ' '; spaced && indexSpaced(s, x) >= 0 || !spaced && strings.Contains(s, x) {
			return true // (indexSpaced: a space is too frequent to search)
		}
	}
	return false
}

// containsAny reports whether s contains one of subs: the search of
// needles.in, with the list prepared at each call. A list a rule keeps
// is better made once with newNeedles.
func containsAny(s string, subs ...string) bool {
	if len(subs) <= fewNeedles {
		return containsFew(s, subs)
	}
	var heads [64]uint32
	if len(subs) > len(heads) {
		return containsAny(s, subs[:len(heads)]...) || containsAny(s, subs[len(heads):]...)
	}
	n := needles{subs: subs, heads: heads[:len(subs)]}
	n.prepare()
	return n.in(s)
}

// firstIndex returns the offset in s of the earliest of subs found there,
// or -1 when none is.
func firstIndex(s string, subs []string) int {
	at := -1
	for _, w := range subs {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// headHash hashes the three lowest bytes of w to 12 bits (a multiplicative
// hash: the highest bits of their product by an odd constant).
func headHash(w uint32) uint {
	return uint((w << 8) * 0x9E3779B1 >> 20)
}
