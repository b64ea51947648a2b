package toll

import (
	"strings"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
)

// numberWords maps the number words that stand alone or end a compound to their
// values, in Spanish and English (folded: no accents, lower case).
var numberWords = map[string]int{
	"cero": 0, "zero": 0,
	"un": 1, "uno": 1, "una": 1, "one": 1,
	"dos": 2, "two": 2, "tres": 3, "three": 3, "cuatro": 4, "four": 4,
	"cinco": 5, "five": 5, "seis": 6, "six": 6, "siete": 7, "seven": 7,
	"ocho": 8, "eight": 8, "nueve": 9, "nine": 9, "diez": 10, "ten": 10,
	"once": 11, "eleven": 11, "doce": 12, "twelve": 12, "trece": 13, "thirteen": 13,
	"catorce": 14, "fourteen": 14, "quince": 15, "fifteen": 15,
	"dieciseis": 16, "sixteen": 16, "diecisiete": 17, "seventeen": 17,
	"dieciocho": 18, "eighteen": 18, "diecinueve": 19, "nineteen": 19,
	"veinte": 20, "twenty": 20, "veintiun": 21, "veintiuno": 21, "veintiuna": 21,
	"veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
	"veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
	"treinta": 30, "thirty": 30, "cuarenta": 40, "forty": 40, "cincuenta": 50, "fifty": 50,
	"sesenta": 60, "sixty": 60, "setenta": 70, "seventy": 70, "ochenta": 80, "eighty": 80,
	"noventa": 90, "ninety": 90,
	"cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200,
	"trescientos": 300, "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400,
	"quinientos": 500, "quinientas": 500, "seiscientos": 600, "seiscientas": 600,
	"setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
	"novecientos": 900, "novecientas": 900,
}

// Multipliers and the "dozen" nouns.
const (
	wHundred  = "hundred"
	wThousand = "thousand"
	wMil      = "mil"
)

// parse reads the longest number phrase at the start of words and returns
// its value and how many words it used (0 when there is none).
func parseWords(words []string) (n, used int) {
	if len(words) == 0 {
		return 0, 0
	}
	w := words[0]
	// "una docena", "a dozen", "media docena", "un par de", "a couple of".
	if len(words) >= 2 {
		switch {
		case (w == "una" || w == "a") && (words[1] == "docena" || words[1] == "dozen"):
			return 12, 2
		case w == "media" && words[1] == "docena", w == "half" && words[1] == "dozen":
			return 6, 2
		case (w == "un" && words[1] == "par") || (w == "a" && words[1] == "couple"):
			if len(words) >= 3 && (words[2] == "de" || words[2] == "of") {
				return 2, 3
			}
		}
	}
	if d, ok := digits(w); ok {
		// "1 200"? Not supported; "5 mil" is.
		if len(words) >= 2 && (words[1] == wMil || words[1] == wThousand) {
			return d * 1000, 2
		}
		if len(words) >= 2 && (words[1] == "dozen" || words[1] == "docenas") && d > 1 {
			return d * 12, 2 // "2 dozen"
		}
		return d, 1
	}
	total, cur := 0, 0
	i := 0
	any := false
	for i < len(words) {
		w := words[i]
		if v, ok := numberWords[w]; ok {
			if v >= 100 && cur%1000 != 0 && cur >= 100 {
				break // "cien cien"
			}
			if v < 100 && cur%100 != 0 && any && !lastWasConnector(words, i) {
				break // "dos tres"
			}
			cur += v
			any = true
			i++
			continue
		}
		if strings.IndexByte(w, '-') > 0 { // "twenty-one"
			a, b, _ := strings.Cut(w, "-")
			va, oka := numberWords[a]
			vb, okb := numberWords[b]
			if oka && okb && va >= 20 && va < 100 && va%10 == 0 && vb < 10 && vb > 0 {
				cur += va + vb
				any = true
				i++
				continue
			}
			if oka && b == "dozen" && va > 1 && va < 100 && !any {
				// "two-dozen": twelve each.
				cur, any = va*12, true
				i++
			}
			break
		}
		if !any && w != wMil {
			break
		}
		if (w == "dozen" || w == "docenas") && cur > 1 && cur < 100 && total == 0 {
			// "two dozen", "dos docenas": twelve each.
			cur *= 12
			i++
			break
		}
		switch w {
		case "y", "and":
			// "treinta y dos", "one hundred and five": only between numbers.
			if i+1 < len(words) {
				if v, ok := numberWords[words[i+1]]; ok && v < 10 && (cur%100)%10 == 0 {
					i++
					continue
				}
				if strings.IndexByte(words[i+1], '-') > 0 && w == "and" {
					i++
					continue
				}
			}
		case wHundred:
			if cur%100 > 0 && cur%100 < 100 {
				cur = cur - cur%100 + (cur%100)*100
				i++
				continue
			}
		case wMil, wThousand:
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
			any = true
			i++
			continue
		}
		break
	}
	if !any {
		return 0, 0
	}
	// Do not end on a connector.
	for i > 0 && (words[i-1] == "y" || words[i-1] == "and") {
		i--
	}
	return total + cur, i
}

func lastWasConnector(words []string, i int) bool {
	return i > 0 && (words[i-1] == "y" || words[i-1] == "and")
}

// digits parses "12", "1,200" or "1.200".
func digits(w string) (int, bool) {
	if w == "" || w[0] < '0' || w[0] > '9' || !validGrouping(w) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			if n > 1e8 {
				return 0, false
			}
			n = n*10 + int(c-'0')
		case c == ',' || c == '.':
		default:
			return 0, false
		}
	}
	return n, true
}

// Number parses a number written in digits or words (Spanish or English),
// e.g. "veintitrés", "1,200", "twenty-one".
func Number(s string) (int, bool) {
	f := fold.String(strings.TrimSpace(s))
	var buf [8]string // a number is a few words: no slice to allocate
	words := appendFields(buf[:0], f)
	if len(words) == 0 {
		return 0, false
	}
	if len(words) == 1 && (words[0] == "a" || words[0] == "an") {
		return 0, false
	}
	n, used := parseWords(words)
	if used != len(words) {
		return 0, false
	}
	return n, true
}

// appendFields appends to dst the words of s as strings.Fields splits
// them; an ASCII s without a new slice while dst has room.
func appendFields(dst []string, s string) []string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(dst, strings.Fields(s)...) // Unicode spaces
		}
	}
	for i := 0; i < len(s); {
		for i < len(s) && fieldSpace[s[i]] {
			i++
		}
		j := i
		for j < len(s) && !fieldSpace[s[j]] {
			j++
		}
		if j > i {
			dst = append(dst, s[i:j])
		}
		i = j
	}
	return dst
}

// fieldSpace holds the ASCII bytes strings.Fields splits at.
var fieldSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// validGrouping reports whether a digit string uses separators only as
// thousands separators ("1,200", "12.500").
func validGrouping(w string) bool {
	last := -1
	for i := 0; i < len(w); i++ {
		if w[i] == ',' || w[i] == '.' {
			if last >= 0 && i-last != 4 {
				return false
			}
			if last < 0 && (i == 0 || i > 3) {
				return false
			}
			last = i
		}
	}
	return last < 0 || len(w)-last == 4
}
