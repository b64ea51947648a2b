package extract

import (
	"github.com/atalaya/atalaya/fold"
	"strings"
	"testing"
	"unicode/utf8"
)

// hasYearDigitsScan is hasYearDigits as first written: a count of digits
// reset at each other byte.
func hasYearDigitsScan(s string) bool {
	n := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isDigit(s[i]) {
			n++
			continue
		}
		if n == 4 {
			return true
		}
		n = 0
	}
	return false
}

// scoreLineScan is scoreLine's search for hyphens as first written: every
// byte tested; the test at each hyphen is scoreLine's.
func scoreLineScan(s string) bool {
	for k := 1; k+1 < len(s); k++ {
		if s[k] == '-' && scoreAt(s, k) {
			return true
		}
	}
	return false
}

// scoreAt is the body of scoreLine's loop for the hyphen at k.
func scoreAt(s string, k int) bool {
	a, b := k, k+1
	if a > 0 && s[a-1] == ' ' && b < len(s) && s[b] == ' ' {
		a, b = a-1, b+1
	}
	i := a
	for i > 0 && isDigit(s[i-1]) {
		i--
	}
	j := b
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if i == a || j == b || a-i > 2 || j-b > 2 {
		return false
	}
	if i > 0 && (isWord(s[i-1]) || s[i-1] == '-' || s[i-1] == '/' || s[i-1] == '.' || s[i-1] == ',') || j < len(s) && (isWord(s[j]) || s[j] == '-' || s[j] == '/') {
		return false
	}
	x, _ := atoiDigits(s[i:a])
	y, _ := atoiDigits(s[b:j])
	return x <= 20 && y <= 20
}

func TestByteScans(t *testing.T) {
	for _, c := range []struct {
		s           string
		year, score bool
	}{
		{"en 2022 hubo", true, false},
		{"2022", true, false},
		{"12345 y 123", false, false},
		{"ganó 4-0 al local", false, true},
		{"ganó 11 - 2", false, true},
		{"el 2-3 de mayo de 2019", true, true},
		{"carretera 15-D", false, false},
		{"-4-0-", false, false},
		{"", false, false},
		{"1990-2000", true, false},
	} {
		if got := hasYearDigits(c.s); got != c.year || got != hasYearDigitsScan(c.s) {
			t.Errorf("hasYearDigits(%q) = %v, want %v", c.s, got, c.year)
		}
		if got := scoreLine(c.s); got != c.score || got != scoreLineScan(c.s) {
			t.Errorf("scoreLine(%q) = %v, want %v", c.s, got, c.score)
		}
	}
}

// FuzzByteScans compares hasYearDigits and scoreLine with their byte by
// byte forms.
func FuzzByteScans(f *testing.F) {
	for _, s := range []string{"en 2022", "4-0", "11 - 2 y 3-1", "-", "a-b-1-2-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasYearDigits(s), hasYearDigitsScan(s); got != want {
			t.Fatalf("hasYearDigits(%q) = %v, byte by byte %v", s, got, want)
		}
		if got, want := scoreLine(s), scoreLineScan(s); got != want {
			t.Fatalf("scoreLine(%q) = %v, byte by byte %v", s, got, want)
		}
	})
}

func TestWordsJoined(t *testing.T) {
	for _, c := range []struct {
		s           string
		n           int
		first, last string
	}{
		{"la cifra de muertos", 2, "la cifra", "de muertos"},
		{"  la  cifra\tde muertos \n", 3, "la cifra de", "cifra de muertos"},
		{"uno ", 3, "uno", "uno"},
		{" uno dos", 5, "uno dos", "uno dos"},
		{"", 2, "", ""},
		{"   ", 1, "", ""},
		{"a b c", 0, "", ""},
	} {
		if got := firstWords(c.s, c.n); got != c.first {
			t.Errorf("firstWords(%q, %d) = %q, want %q", c.s, c.n, got, c.first)
		}
		if got := lastWords(c.s, c.n); got != c.last {
			t.Errorf("lastWords(%q, %d) = %q, want %q", c.s, c.n, got, c.last)
		}
	}
}

// FuzzWordsJoined compares firstWords and lastWords with joining the
// fields appendFields and tailFields split.
func FuzzWordsJoined(f *testing.F) {
	for _, s := range []string{"la cifra de", "  a\tb  c ", "x", ""} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = min(max(n, 0), 8)
		if got, want := firstWords(s, n), strings.Join(appendFields(nil, s, n), " "); got != want {
			t.Fatalf("firstWords(%q, %d) = %q, joined fields %q", s, n, got, want)
		}
		if got, want := lastWords(s, n), strings.Join(tailFields(nil, s, n), " "); got != want {
			t.Fatalf("lastWords(%q, %d) = %q, joined fields %q", s, n, got, want)
		}
	})
}

// fourDigitsScan is fourDigits as first written: every byte read in turn.
func fourDigitsScan(s string) bool {
	digits, v, sep := 0, 0, false
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			c := s[i]
			if c >= '0' && c <= '9' {
				if digits > 0 && i > 0 && (s[i-1] == ',' || s[i-1] == '.') {
					sep = true
				}
				digits++
				v = min(v*10+int(c-'0'), 1e7)
				continue
			}
			if (c == ',' || c == '.') && digits > 0 {
				continue
			}
		}
		if digits >= 4 && (digits > 4 || sep || v < 1900 || v > 2100) {
			return true
		}
		digits, v, sep = 0, 0, false
	}
	return false
}

// FuzzFourDigits compares fourDigits with its byte by byte form.
func FuzzFourDigits(f *testing.F) {
	for _, s := range []string{"hay 5,000 muertos", "en 2019 y 2020", "los 12345678 del registro de 1.200", "1,9.9,9", "abcdefgh1234"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fourDigits(s), fourDigitsScan(s); got != want {
			t.Fatalf("fourDigits(%q) = %v, byte by byte %v", s, got, want)
		}
	})
}

func TestBytesIn(t *testing.T) {
	for _, r := range [][2]byte{{'A', 'Z'}, {'0', '9'}, {1, 127}, {'a', 'a'}, {127, 127}} {
		for c := range 256 {
			for k := range 8 {
				x := uint64(c) << (8 * k)
				for j := range 8 { // other bytes around it of every kind
					if j != k {
						x |= uint64((c*7+j*37)%256) << (8 * j)
					}
				}
				want := r[0] <= byte(c) && byte(c) <= r[1]
				if got := bytesIn(x, r[0], r[1])&(0x80<<(8*k)) != 0; got != want {
					t.Fatalf("bytesIn(%#x, %d, %d) byte %d (%d) = %v, want %v", x, r[0], r[1], k, c, got, want)
				}
			}
		}
	}
}

func TestLastWordBefore(t *testing.T) {
	for _, c := range []struct {
		text  string
		start int
		want  string
	}{
		{"cerrada HASTA las 5", 14, "hasta"},
		{"cerrada hasta las 5", 14, "hasta"},
		{"closed until 5 a.m.", 13, "until"},
		{"cerrada hasta, las", 15, "hasta"},
		{"árbol", 6, "arbol"},
		{"ábc HÁSTA las", 11, "hasta"},
		{"", 0, ""},
		{"...", 3, ""},
	} {
		if got := lastWordBefore(c.text, c.start, 12); got != c.want {
			t.Errorf("lastWordBefore(%q, %d) = %q, want %q", c.text, c.start, got, c.want)
		}
	}
}

// FuzzLastWordBefore compares lastWordBefore with the last letter word of
// the fold before start.
func FuzzLastWordBefore(f *testing.F) {
	for _, s := range []string{"hasta las 5", "Until 5", "ÁRBOL y más", "a.b,c"} {
		f.Add(s, 5, 12)
	}
	f.Fuzz(func(t *testing.T, s string, start, n int) {
		start, n = min(max(start, 0), len(s)), min(max(n, 0), 100)
		for start > 0 && start < len(s) && !utf8.RuneStart(s[start]) {
			start-- // a time starts at a rune
		}
		want := ""
		if ws := fieldsLetters(foldedBefore(fold.New(s), start, n)); len(ws) > 0 {
			want = ws[len(ws)-1]
		}
		if got := lastWordBefore(s, start, n); got != want {
			t.Fatalf("lastWordBefore(%q, %d, %d) = %q, the fold's last word %q", s, start, n, got, want)
		}
	})
}

func TestWordsEndWith(t *testing.T) {
	for _, c := range []struct {
		ws   []string
		want bool
	}{
		{[]string{"hasta", "ahora", "no", "hay", "personas"}, true},
		{[]string{"ninguno", "ha", "sido"}, true},
		{[]string{"ha", "sido", "detenido"}, false},
		{[]string{"sido"}, false},
		{[]string{"personas"}, false},
		{[]string{"sin"}, true},
		{nil, false},
	} {
		if got := wordsEndWith(c.ws, "hay", "ha sido", "sin", "no hay personas"); got != c.want {
			t.Errorf("wordsEndWith(%q) = %v, want %v", c.ws, got, c.want)
		}
	}
}
