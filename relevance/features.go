package relevance

import (
	"math"

	"github.com/atalaya/atalaya/fold"
)

// The namespaces of the features: the headline's words and pairs, the
// body's, and the four-letter pieces of the body's longer words.
const (
	nsHead  = 'h'
	nsBody  = 'b'
	nsChars = 'c'
)

// maxBody is the number of the body's words read: the lead and the first
// paragraphs tell whether an article reports an act, and a long article
// costs no more than this.
const maxBody = 400

// maxHead is the most bytes of the text's first sentence taken as the
// headline of a report without a title.
const maxHead = 300

// minPiece is the length from which a word gives its four-letter pieces.
const minPiece = 6

// Features calls emit with every feature of a report and its value: its
// hash and 1/√n, n being the features of its namespace. A feature
// produced twice is emitted twice.
func Features(title, text string, emit func(h uint32, v float64)) {
	head := fold.String(title)
	body := fold.String(text)
	if head == "" {
		head = firstSentence(body)
	}
	var buf, pbuf [2048]uint32
	hs := appendWords(buf[:0], nsHead, head, math.MaxInt, nil)
	emitAll(hs, emit)
	ps := pbuf[:0]
	hs = appendWords(hs[:0], nsBody, body, maxBody, &ps)
	emitAll(hs, emit)
	emitAll(ps, emit)
}

func emitAll(hs []uint32, emit func(uint32, float64)) {
	if len(hs) == 0 {
		return
	}
	v := 1 / math.Sqrt(float64(len(hs)))
	for _, h := range hs {
		emit(h, v)
	}
}

// firstSentence returns s up to the end of its first sentence (a full
// stop, question or exclamation mark before a space, or a line break),
// at most maxHead bytes.
func firstSentence(s string) string {
	for i := 0; i < len(s) && i < maxHead; i++ {
		switch s[i] {
		case '\n':
			return s[:i]
		case '.', '?', '!':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' {
				return s[:i]
			}
		}
	}
	return s[:min(len(s), maxHead)]
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * fnvPrime }

func hashString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = hashByte(h, s[i])
	}
	return h
}

func hashBytes(h uint32, s []byte) uint32 {
	for _, c := range s {
		h = hashByte(h, c)
	}
	return h
}

// word is the form a word takes in a feature: a number of four digits
// that may be a year is "#y", another number "#n".
func word(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return w
		}
	}
	if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
		return "#y"
	}
	return "#n"
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
}

// words calls f with the first limit words of folded text s: runs of
// ASCII letters and digits.
func words(s string, limit int, f func(w string)) {
	n := 0
	for i := 0; i < len(s) && n < limit; {
		if !isWordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		f(s[i:j])
		n++
		i = j
	}
}

// appendWords appends the hashes of the words of s and of its pairs of
// consecutive words, in namespace ns; with pieces, it appends to
// *pieces the hashes of the four-byte pieces of the words of minPiece
// letters or more, the word's start and end marked ("^ase", "ron$").
func appendWords(hs []uint32, ns byte, s string, limit int, pieces *[]uint32) []uint32 {
	start := hashByte(fnvOffset, ns)
	pstart := hashByte(fnvOffset, nsChars)
	var b [64]byte
	prev := ""
	words(s, limit, func(w string) {
		if pieces != nil && len(w) >= minPiece && len(w)+2 <= len(b) && w[0] > '9' {
			m := copy(b[1:], w) + 2
			b[0], b[m-1] = '^', '$'
			for k := 0; k+4 <= m; k++ {
				*pieces = append(*pieces, hashBytes(pstart, b[k:k+4]))
			}
		}
		w = word(w)
		h := hashString(start, w)
		hs = append(hs, h)
		if prev != "" {
			hs = append(hs, hashString(hashByte(hashString(start, prev), ' '), w))
		}
		prev = w
	})
	return hs
}

// maxHeadline is the number of a headline's words HeadlineFeatures reads.
const maxHeadline = 60

// HeadlineFeatures calls emit with every feature of a headline read
// alone (the Headline model's): its folded words and word pairs, and the
// four-letter pieces of its longer words ("asesinan", "asesinado" and
// "asesinados" share most), each namespace weighing 1/√n a feature as in
// Features. headline may be folded already.
func HeadlineFeatures(headline string, emit func(h uint32, v float64)) {
	var buf, pbuf [512]uint32
	ps := pbuf[:0]
	hs := appendWords(buf[:0], nsHead, fold.String(headline), maxHeadline, &ps)
	emitAll(hs, emit)
	emitAll(ps, emit)
}
