package extract

import "testing"

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
