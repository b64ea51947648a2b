package fold

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNew(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Michoacán", "michoacan"},
		{"CÁRTEL Jalisco Nueva Generación", "cartel jalisco nueva generacion"},
		{"Peñón", "penon"},
		{"Guadalajara–Colima", "guadalajara-colima"},
		{"“hola”", `"hola"`},
		{"Straße", "strasse"},
		{"a\xffb", "a b"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpan(t *testing.T) {
	orig := "En Tlaquepaque, Jalisco; y en Michoacán."
	ft := New(orig)
	for _, word := range []string{"tlaquepaque", "jalisco", "michoacan"} {
		i := indexOf(ft.Folded, word)
		if i < 0 {
			t.Fatalf("%q not in folded text %q", word, ft.Folded)
		}
		s, e := ft.Span(i, i+len(word))
		got := String(orig[s:e])
		if got != word {
			t.Errorf("span of %q maps to %q (orig %q)", word, got, orig[s:e])
		}
	}
	// "ß" expands to two bytes; a span ending inside it covers the whole rune.
	ft = New("aßb")
	if s, e := ft.Span(1, 2); s != 1 || e != 3 {
		t.Errorf("Span inside expansion = %d,%d, want 1,3", s, e)
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func FuzzNew(f *testing.F) {
	f.Add("Michoacán, Peñón — “x”")
	f.Add("a\xffß")
	f.Fuzz(func(t *testing.T, s string) {
		ft := New(s)
		if got := String(s); got != ft.Folded {
			t.Fatalf("String(%q) = %q, New gives %q", s, got, ft.Folded)
		}
		if ft.Orig(len(ft.Folded)) != len(s) {
			t.Fatalf("end maps to %d, want %d", ft.Orig(len(ft.Folded)), len(s))
		}
		prev := 0
		for i := 0; i <= len(ft.Folded); i++ {
			o := ft.Orig(i)
			if o < prev || o > len(s) {
				t.Fatalf("offset %d -> %d not monotonic within [0,%d]", i, o, len(s))
			}
			prev = o
		}
		// A Sub between two rune boundaries folds as New of that part.
		if !utf8.ValidString(s) {
			return
		}
		a, b := len(s)/3, 2*len(s)/3
		for a > 0 && !utf8.RuneStart(s[a]) {
			a--
		}
		for b > a && b < len(s) && !utf8.RuneStart(s[b]) {
			b--
		}
		sub, want := ft.Sub(a, b), New(s[a:b])
		if sub.Folded != want.Folded || sub.Source() != want.Source() {
			t.Fatalf("Sub(%d, %d) of %q folds %q, want %q", a, b, s, sub.Folded, want.Folded)
		}
		for i := 0; i <= len(want.Folded); i++ {
			if sub.Orig(i) != want.Orig(i) {
				t.Fatalf("Sub(%d, %d) of %q: Orig(%d) = %d, want %d", a, b, s, i, sub.Orig(i), want.Orig(i))
			}
		}
	})
}

func BenchmarkNew(b *testing.B) {
	text := strings.Repeat("Hombres armados incendiaron vehículos en Tlaquepaque, Jalisco; la Guardia Nacional informó que en Michoacán hubo enfrentamientos durante la madrugada. ", 30)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		New(text)
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Periódico Correo", "periodico correo"},
		{"  periodico   CORREO ", "periodico correo"},
		{"El Sol de Tijuana - Noticias", "el sol de tijuana noticias"},
		{"yucatan.com.mx", "yucatan com mx"},
		{"Ñandú 24/7", "nandu 24 7"},
		{"", ""},
		{"—", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestString(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"ya plegado, sin nada que hacer", "ya plegado, sin nada que hacer"},
		{"CJNG en Tlaquepaque", "cjng en tlaquepaque"},
		{"bloqueo en Michoacán", "bloqueo en michoacan"},
		{"Peñón — «x»", "penon - \"x\""},
		{"a\xffb", "a b"},
	} {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := New(tt.in).Folded; got != tt.want {
			t.Errorf("New(%q).Folded = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSub(t *testing.T) {
	// "é" written as "e" and a combining acute folds to one byte; "ß" to
	// two; "Á" (two bytes) to one.
	orig := "CÁRTEL en Peñón: 3 muertos. Straße e\u0301 fin"
	ft := New(orig)
	tests := []struct {
		start, end int
		want       string
	}{
		{0, len(orig), "cartel en penon: 3 muertos. strasse e fin"},
		{0, 7, "cartel"},  // "CÁRTEL" is 7 bytes
		{11, 18, "penon"}, // "Peñón" is 7 bytes
		{len("CÁRTEL en Peñón: "), len("CÁRTEL en Peñón: 3 muertos"), "3 muertos"},
		{len(orig) - len("e\u0301 fin"), len(orig) - len(" fin"), "e"},
		{5, 5, ""},
	}
	for _, tt := range tests {
		sub := ft.Sub(tt.start, tt.end)
		if sub.Folded != tt.want {
			t.Errorf("Sub(%d, %d).Folded = %q, want %q", tt.start, tt.end, sub.Folded, tt.want)
		}
		if sub.Source() != orig[tt.start:tt.end] {
			t.Errorf("Sub(%d, %d).Source() = %q, want %q", tt.start, tt.end, sub.Source(), orig[tt.start:tt.end])
		}
		assertSameMap(t, sub, New(orig[tt.start:tt.end]))
		// A Sub of a Sub is the Sub of the whole.
		if n := len(sub.Source()); n > 2 {
			assertSameMap(t, sub.Sub(1, n), ft.Sub(tt.start+1, tt.end))
		}
	}
}

// assertSameMap fails unless got and want fold the same text alike: the
// same folded text and the same offsets and spans for every folded byte.
func assertSameMap(t *testing.T, got, want Text) {
	t.Helper()
	if got.Folded != want.Folded || got.Source() != want.Source() {
		t.Errorf("folded %q of %q, want %q of %q", got.Folded, got.Source(), want.Folded, want.Source())
		return
	}
	for i := -1; i <= len(want.Folded)+1; i++ {
		if g, w := got.Orig(i), want.Orig(i); g != w {
			t.Errorf("%q: Orig(%d) = %d, want %d", want.Source(), i, g, w)
		}
		for j := i; j <= len(want.Folded); j++ {
			if i < 0 {
				break
			}
			gs, ge := got.Span(i, j)
			ws, we := want.Span(i, j)
			if gs != ws || ge != we {
				t.Errorf("%q: Span(%d, %d) = %d, %d, want %d, %d", want.Source(), i, j, gs, ge, ws, we)
			}
		}
	}
}

// TestFirstAround checks the gallop from a guess against the plain search
// for every target and every guess, in and out of range, over offsets
// with repeats (a rune folded to several bytes) and gaps (one folded to
// fewer), and none.
func TestFirstAround(t *testing.T) {
	for _, offs := range [][]int32{nil, {4}, {0, 1, 2, 3}, {0, 0, 2, 4, 4, 4, 5, 9, 10, 11, 11, 30}, {3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41}} {
		for o := int32(-1); o <= 45; o++ {
			want := firstAt(offs, o)
			for g := -3; g <= len(offs)+3; g++ {
				if got := firstAround(offs, o, g); got != want {
					t.Errorf("firstAround(%v, %d, %d) = %d, want %d", offs, o, g, got, want)
				}
			}
		}
	}
}

// FuzzSub compares Sub's folded range with that of a linear search of the
// offsets: the first folded byte of a rune at or after start, and of one
// at or after end.
func FuzzSub(f *testing.F) {
	f.Add("CÁRTEL en Peñón: Straße e\u0301 fin", 3, 20)
	f.Add("a\xffb", 0, 2)
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		ft := New(s)
		start = max(0, min(start, len(s)))
		end = max(start, min(end, len(s)))
		first := func(at int) int {
			i := 0
			for i < len(ft.offsets) && int(ft.offsets[i]-ft.base) < at {
				i++
			}
			return i
		}
		fs, fe := first(start), first(end)
		if got := ft.Sub(start, end); got.Folded != ft.Folded[fs:fe] || len(got.offsets) != fe-fs {
			t.Fatalf("Sub(%d, %d) of %q = %q, want %q", start, end, s, got.Folded, ft.Folded[fs:fe])
		}
	})
}

// TestIs: Is(s, t) is String(s) == t.
func TestIs(t *testing.T) {
	for _, tc := range []struct {
		s, t string
		want bool
	}{
		{"Colonia", "colonia", true},
		{"COLONÍA", "colonia", true},
		{"colonia", "colonias", false},
		{"colonias", "colonia", false},
		{"Él", "el", true},
		{"Del", "de", false},
		{"", "", true},
		{"Culiacán", "culiacan", true},
		{"Culiacán", "culiacán", false},
		{"ß", String("ß"), true},
	} {
		if got := Is(tc.s, tc.t); got != tc.want || got != (String(tc.s) == tc.t) {
			t.Errorf("Is(%q, %q) = %v, want %v (String %q)", tc.s, tc.t, got, tc.want, String(tc.s))
		}
	}
}

func TestHasSuffix(t *testing.T) {
	for _, tc := range []struct {
		s, t string
		want bool
	}{
		{"el Grupo de Coordinación ", "grupo de coordinacion ", true},
		{"GRUPO DE COORDINACIÓN ", "grupo de coordinacion ", true},
		{"Coordinación ", "grupo de coordinacion ", false},
		{"el Grupo de Coordinación Sonora", "grupo de coordinacion ", false},
		{"Straße", "sse", strings.HasSuffix(String("Straße"), "sse")},
		{"\xa9ón", "on", true},
		{"", "", true},
		{"abc", "", true},
	} {
		if got := HasSuffix(tc.s, tc.t); got != tc.want || got != strings.HasSuffix(String(tc.s), tc.t) {
			t.Errorf("HasSuffix(%q, %q) = %v, want %v (String %q)", tc.s, tc.t, got, tc.want, String(tc.s))
		}
	}
}

// FuzzHasSuffix compares HasSuffix with String.
func FuzzHasSuffix(f *testing.F) {
	f.Add("el Grupo de Coordinación ", "coordinacion ")
	f.Fuzz(func(t *testing.T, s, u string) {
		if got, want := HasSuffix(s, u), strings.HasSuffix(String(s), u); got != want {
			t.Fatalf("HasSuffix(%q, %q) = %v, String(s) = %q", s, u, got, String(s))
		}
	})
}

// FuzzIs compares Is with String.
func FuzzIs(f *testing.F) {
	f.Add("Colonia Las Quintas", "colonia las quintas")
	f.Fuzz(func(t *testing.T, s, u string) {
		if got, want := Is(s, u), String(s) == u; got != want {
			t.Fatalf("Is(%q, %q) = %v, String(s) = %q", s, u, got, String(s))
		}
		if !Is(s, String(s)) {
			t.Fatalf("Is(%q, String(s) = %q) = false", s, String(s))
		}
	})
}
