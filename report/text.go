package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/atalaya/atalaya/model"
)

// ContentID returns the content hash of a report: the first 16 bytes of
// the SHA-256 of its source, URL, title and text, in hex. The same report
// read twice gets the same ID.
func ContentID(r model.Report) string {
	h := sha256.New()
	for i, s := range [...]string{r.Source, r.URL, r.Title, r.Text} {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(s))
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:16])
}

// checkUTF8 returns an error naming the offset of the first invalid byte.
func checkUTF8(b []byte) error {
	if utf8.Valid(b) {
		return nil
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return fmt.Errorf("%w at byte %d", ErrInvalidUTF8, i)
		}
		i += n
	}
	return ErrInvalidUTF8
}

// normalize returns s as final report text: NFC, without control and
// format characters, with every run of spaces made one space, lines
// trimmed, and runs of blank lines made one paragraph break ("\n\n").
// s must be valid UTF-8 (invalid bytes are dropped).
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	newlines := 0  // newlines pending
	sep := func() {
		if b.Len() > 0 {
			switch {
			case newlines >= 2:
				b.WriteString("\n\n")
			case newlines == 1:
				b.WriteByte('\n')
			case space:
				b.WriteByte(' ')
			}
		}
		newlines, space = 0, false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c > ' ' && c < 0x7f {
			// Fast path: a run of printable ASCII.
			j := i + 1
			for j < len(s) && s[j] > ' ' && s[j] < 0x7f {
				j++
			}
			if space || newlines > 0 {
				sep()
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		switch {
		case r == '\n' || r == '\u2029' || r == '\u2028' || r == '\f' || r == '\v':
			newlines++
			if r == '\u2029' || r == '\f' {
				newlines++
			}
			space = false
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			newlines++
			space = false
		case r == ' ' || r == '\t' || unicode.IsSpace(r):
			if newlines == 0 {
				space = true
			}
		case r == utf8.RuneError && n == 1,
			r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0,
			r >= 0x80 && unicode.Is(unicode.Cf, r):
			// drop
		default:
			sep()
			b.WriteString(s[i-n : i])
		}
	}
	out := b.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// oneLine normalizes s and joins its lines with spaces (for titles).
func oneLine(s string) string {
	s = normalize(s)
	if strings.IndexByte(s, '\n') < 0 {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
