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

import "slices"

// Match is one occurrence: text[Start:End] is pattern number Pattern.
type Match struct {
	Start, End int
	Pattern    int
}

// denseMin is the number of children from which a node gets a row of the
// dense table instead of a list of edges.
const denseMin = 6

// Trie is the set of patterns as a byte trie. Node 0 is the root; a child
// index of 0 means there is none (the root is nobody's child).
type Trie struct {
	class  [256]uint8 // byte -> class; 0 for the bytes no pattern has
	nclass int
	// inWord marks the word bytes, after which no match starts; all
	// false when matches start anywhere.
	inWord [256]bool
	// out[k] is the pattern that ends at node k, or -1.
	out []int32
	// row[k] is the node's row in dense (offset of its first class), or
	// -1: then its children are edges first[k] to first[k+1].
	row   []int32
	first []int32
	dense []int32 // child by row and class
	label []uint8 // edges: the class and the child
	child []int32
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
	for b := range t.class {
		if t.class[b] != 0 {
			t.nclass++
			t.class[b] = uint8(t.nclass)
		}
	}
	t.nclass++ // class 0
	// Build with a list of children a node, then lay the nodes out flat.
	type edge struct {
		c  uint8
		to int32
	}
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
	t.out = out
	t.row = make([]int32, len(kids))
	t.first = make([]int32, len(kids)+1)
	for k, es := range kids {
		t.first[k] = int32(len(t.label))
		if len(es) >= denseMin || k == 0 {
			t.row[k] = int32(len(t.dense))
			t.dense = append(t.dense, make([]int32, t.nclass)...)
			for _, e := range es {
				t.dense[int(t.row[k])+int(e.c)] = e.to
			}
			continue
		}
		t.row[k] = -1
		for _, e := range es {
			t.label = append(t.label, e.c)
			t.child = append(t.child, e.to)
		}
	}
	t.first[len(kids)] = int32(len(t.label))
	return t
}

// next returns the child of node k by class c, or 0.
func (t *Trie) next(k int32, c uint8) int32 {
	if r := t.row[k]; r >= 0 {
		return t.dense[int(r)+int(c)]
	}
	for e := t.first[k]; e < t.first[k+1]; e++ {
		if t.label[e] == c {
			return t.child[e]
		}
	}
	return 0
}

// Next returns the longest match at the first position at or after
// offset at where a pattern starts. Next(text, m.Start+1) goes on to the
// next position; Next(text, m.End), to the next match that does not
// overlap m.
func (t *Trie) Next(text string, at int) (Match, bool) {
	root := t.dense[:t.nclass]
	for i := at; i < len(text); i++ {
		c := t.class[text[i]]
		if c == 0 || i > 0 && t.inWord[text[i-1]] {
			continue
		}
		k := root[c]
		best, end := int32(-1), 0
		for j := i + 1; k != 0; j++ {
			if o := t.out[k]; o >= 0 {
				best, end = o, j
			}
			if j == len(text) {
				break
			}
			c := t.class[text[j]]
			if c == 0 {
				break
			}
			k = t.next(k, c)
		}
		if best >= 0 {
			return Match{Start: i, End: end, Pattern: int(best)}, true
		}
	}
	return Match{}, false
}
