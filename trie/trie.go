// Package trie finds, at the positions of a text, the longest of a fixed
// set of byte strings that starts there: the matches an iteration of
// github.com/petar-dambovaliev/aho-corasick with leftmost-longest semantics
// reports (it resumes one byte after each match's start, so matches may
// overlap). The trie walks from each position instead of running an
// automaton, which is faster for the short names and cue words it holds,
// can skip the positions inside words, and allocates nothing while it
// searches.
//
// A Trie is immutable once built and safe for concurrent use.
package trie

import (
	"slices"
	"strings"
)

// Match is one occurrence: text[Start:End] is pattern number Pattern.
type Match struct {
	Start, End int
	Pattern    int
}

// denseMin is the number of children from which a node gets a row of the
// dense table instead of holding its children's classes (it holds two at
// most).
const denseMin = 3

// Trie is the set of patterns as a byte trie, its nodes numbered breadth
// first so that the levels every search walks share cache lines, and so
// that a node's children are numbered in a row. A node below which the
// trie is a single path to one pattern keeps that path as a tail of bytes
// instead of nodes (most nodes of a set of names are such). Node 0 is the
// root; a child of 0 means there is none (the root is nobody's child).
//
// A walk is a chain of loads, each depending on the one before, from a
// table too large for the nearer caches: a node is 16 bytes, and a node of
// one or two children holds their bytes' classes itself, so that a step
// down reads the node and nothing else unless it has a dense row.
type Trie struct {
	class  [256]uint8 // byte -> class; 0 for the bytes no pattern has
	nclass int
	// inWord marks the word bytes, after which no match starts; all
	// false when matches start anywhere.
	inWord [256]bool
	nodes  []node
	dense  []int32 // child by row and class
	tails  string  // the nodes' tails, end to end
}

// node is a trie node: the pattern that ends there, and where its
// children or its tail are.
type node struct {
	out int32 // the pattern that ends at the node, or -1
	// at is the node's row in dense (the offset of its class 0) when
	// n < 0, its first child when n > 0 (the others follow it), and its
	// tail's offset in tails when n is 0 and aux is not.
	at int32
	// tailOut is the pattern that ends after the tail.
	tailOut int32
	// aux is, when n is 1 or 2, the class of the first child (low byte)
	// and of the second (high byte); when n is 0, the tail's length (0:
	// the node is a leaf).
	aux uint16
	n   int8 // the number of children (1 or 2), -1 for a dense row, or 0
}

// maxTail is the longest tail a node keeps (aux holds its length).
const maxTail = 1<<16 - 1

// edge is a child of a node while the trie is built: its class and its
// number.
type edge struct {
	c  uint8
	to int32
}

// New builds the trie of patterns; Match.Pattern indexes patterns. Empty
// patterns never match; of identical patterns the first is reported. When
// word is not nil, matches start only at the start of a text and after a
// byte that is not a word byte by word.
func New(patterns []string, word func(c byte) bool) *Trie {
	t := &Trie{}
	if word != nil {
		for b := range t.inWord {
			t.inWord[b] = word(byte(b))
		}
	}
	for _, p := range patterns {
		for i := 0; i < len(p); i++ {
			t.class[p[i]] = 1
		}
	}
	var byteOf [256]byte // class -> byte
	for b := range t.class {
		if t.class[b] != 0 {
			t.nclass++
			t.class[b] = uint8(t.nclass)
			byteOf[t.nclass] = byte(b)
		}
	}
	t.nclass++ // class 0
	// Build with a list of children a node, then lay the nodes out
	// breadth first.
	kids := [][]edge{nil}
	out := []int32{-1}
	for id, p := range patterns {
		if p == "" {
			continue
		}
		k := int32(0)
		for i := 0; i < len(p); i++ {
			c := t.class[p[i]]
			j, found := slices.BinarySearchFunc(kids[k], c, func(e edge, c uint8) int { return int(e.c) - int(c) })
			if found {
				k = kids[k][j].to
				continue
			}
			n := int32(len(kids))
			kids = append(kids, nil)
			out = append(out, -1)
			kids[k] = slices.Insert(kids[k], j, edge{c, n})
			k = n
		}
		if out[k] < 0 {
			out[k] = int32(id)
		}
	}
	// chain[k]: below node k (a child has a greater number than its
	// parent) is one path, with a pattern only at its end.
	// chainLen[k] is the length of that path, at most maxTail.
	chain := make([]bool, len(kids))
	chainLen := make([]int, len(kids))
	for k := len(kids) - 1; k > 0; k-- {
		if len(kids[k]) != 1 {
			continue
		}
		c := kids[k][0].to
		switch {
		case len(kids[c]) == 0:
			chain[k], chainLen[k] = true, 1
		case out[c] < 0 && chain[c] && chainLen[c] < maxTail:
			chain[k], chainLen[k] = true, chainLen[c]+1
		}
	}
	var tails []byte
	order := make([]int32, 0, len(kids)) // breadth-first order
	num := make([]int32, len(kids))      // old number -> new
	order = append(order, 0)
	for q := 0; q < len(order); q++ {
		if k := order[q]; k == 0 || !chain[k] {
			for _, e := range kids[k] {
				num[e.to] = int32(len(order))
				order = append(order, e.to)
			}
		}
	}
	t.nodes = make([]node, len(order))
	for k, old := range order {
		es := kids[old]
		nd := node{out: out[old]}
		switch {
		case old != 0 && chain[old]:
			nd.at = int32(len(tails))
			c := old
			for len(kids[c]) > 0 {
				e := kids[c][0]
				tails = append(tails, byteOf[e.c])
				c = e.to
			}
			nd.aux, nd.tailOut = uint16(int32(len(tails))-nd.at), out[c]
		case len(es) >= denseMin || old == 0:
			nd.at, nd.n = int32(len(t.dense)), -1
			t.dense = append(t.dense, make([]int32, t.nclass)...)
			for _, e := range es {
				t.dense[int(nd.at)+int(e.c)] = num[e.to]
			}
		case len(es) > 0: // one or two children, numbered in a row
			nd.at, nd.n = num[es[0].to], int8(len(es))
			for i, e := range es {
				nd.aux |= uint16(e.c) << (8 * i)
			}
		}
		t.nodes[k] = nd
	}
	t.tails = string(tails)
	return t
}

// pastWord returns the first position after text[i:]'s leading run of
// word bytes and the byte that ends it: the first position at or after i
// that follows a byte that is not a word byte.
func (t *Trie) pastWord(text string, i int) int {
	for i < len(text) && t.inWord[text[i]] {
		i++
	}
	return i + 1
}

// Next returns the longest match at the first position at or after
// offset at where a pattern starts. Next(text, m.Start+1) goes on to the
// next position; Next(text, m.End), to the next match that does not
// overlap m.
func (t *Trie) Next(text string, at int) (Match, bool) {
	i := at
	if at > 0 && at <= len(text) && t.inWord[text[at-1]] {
		i = t.pastWord(text, at)
	}
	for i < len(text) {
		b := text[i]
		// The root's row is dense's first; class 0 has no child.
		if k := t.dense[t.class[b]]; k != 0 {
			if best, end := t.walk(text, i+1, k); best >= 0 {
				return Match{Start: i, End: end, Pattern: int(best)}, true
			}
		}
		i++
		if t.inWord[b] {
			i = t.pastWord(text, i)
		}
	}
	return Match{}, false
}

// walk follows text from offset j down from node k, the child of the
// root at the byte before j: the last pattern it passes and where that
// pattern ends, or -1.
func (t *Trie) walk(text string, j int, k int32) (best int32, end int) {
	nodes, dense := t.nodes, t.dense
	best = -1
	for ; ; j++ {
		nd := &nodes[k]
		if nd.out >= 0 {
			best, end = nd.out, j
		}
		if j >= len(text) {
			return best, end // (nor does a tail's first byte follow)
		}
		// A byte of class 0 has no child: no node holds it as a
		// child's class and its cell of a dense row is 0.
		c := t.class[text[j]]
		switch {
		case nd.n < 0:
			k = dense[int(nd.at)+int(c)]
		case nd.n > 0:
			switch {
			case c == uint8(nd.aux):
				k = nd.at
			case c == uint8(nd.aux>>8) && c != 0: // (0 there: one child)
				k = nd.at + 1
			default:
				k = 0
			}
		default: // a node with a tail, or a leaf
			if nd.aux > 0 && strings.HasPrefix(text[j:], t.tails[nd.at:nd.at+int32(nd.aux)]) {
				return nd.tailOut, j + int(nd.aux)
			}
			return best, end
		}
		if k == 0 {
			return best, end
		}
	}
}
