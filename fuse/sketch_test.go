package fuse

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// A wire story, its translation, and independent reports of the same
// ambush in the other language.
const (
	wireES = "APATZINGÁN, Mich.- Al menos 12 personas murieron la mañana de este sábado en un enfrentamiento entre integrantes del Cártel Jalisco Nueva Generación y la Guardia Nacional en la tenencia de San Juan de los Plátanos. " +
		"A las 06:40 horas un convoy que patrullaba la carretera Apatzingán-Aguililla fue emboscado por hombres armados en seis camionetas. Once agresores y un guardia murieron; otros tres elementos fueron trasladados a un hospital de Uruapan."
	wireEN = "APATZINGAN, Mexico - At least 12 people died on Saturday morning in a clash between members of the Jalisco New Generation Cartel and the National Guard in San Juan de los Platanos. " +
		"At 06:40 a convoy patrolling the Apatzingan-Aguililla road was ambushed by gunmen in six trucks. Eleven attackers and one guardsman died; three other officers were taken to a hospital in Uruapan."
	ownEN = "MEXICO CITY - At least 16 people were killed on Saturday when suspected cartel gunmen ambushed a National Guard convoy near Apatzingan, in the western state of Michoacan, a security official said. " +
		"The official said one guardsman was among the dead. The region has seen fighting between criminal groups over lime and avocado extortion for years."
	ownES = "Vecinos de San Juan de los Plátanos relataron que desde temprano se escucharon ráfagas en las orillas de la tenencia, donde sicarios se enfrentaron con la Guardia Nacional. Según fuentes de seguridad el saldo es de 16 muertos y cuatro heridos. " +
		"Los habitantes pidieron a las autoridades mayor presencia en la zona."
)

func TestTranslation(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"a translation", wireES, wireEN, true},
		{"the translation the other way", wireEN, wireES, true},
		{"an independent report in English", wireES, ownEN, false},
		{"an independent report in Spanish", wireEN, ownES, false},
		{"independent reports in two languages", ownEN, ownES, false},
		{"the same language is the shingles' business", wireES, wireES, false},
	}
	for _, tt := range tests {
		a, b := NewSketch(tt.a, ""), NewSketch(tt.b, "")
		if got := a.Translation(&b); got != tt.want {
			t.Errorf("%s: translation %v, want %v", tt.name, got, tt.want)
		}
	}
	// An older sketch (shingles only) knows no language: never a
	// translation, still a near-duplicate of its copy.
	a := NewSketch(wireES, "")
	bin, _ := a.MarshalBinary()
	var old Sketch
	if err := old.UnmarshalBinary(bin[:4*sketchSize]); err != nil {
		t.Fatal(err)
	}
	en := NewSketch(wireEN, "")
	if old.Translation(&en) || old.Similarity(&a) != 1 {
		t.Errorf("a shingles-only sketch: translation %v, similarity %.2f; want false and 1", old.Translation(&en), old.Similarity(&a))
	}
}

// TestTranslationCountsOnce: an event told by a wire story and its
// translation rests on one source; told by two independent reports in two
// languages, on two.
func TestTranslationCountsOnce(t *testing.T) {
	sat := time.Date(2026, 10, 17, 0, 0, 0, 0, mexicoTZ)
	at := sat.Add(6*time.Hour + 40*time.Minute)
	tests := []struct {
		name    string
		a, b    string
		sources int
	}{
		{"wire and its translation", wireES, wireEN, 1},
		{"independent reports in two languages", wireES, ownEN, 2},
	}
	for _, tt := range tests {
		x := item("x-0", "x", "Agencia Mexicana", model.ArmedClash, apatzingan, at, model.TimeMinute, sat.Add(11*time.Hour), tt.a)
		y := item("y-0", "y", "Meridian Wire", model.ArmedClash, apatzingan, sat, model.TimeDay, sat.Add(12*time.Hour), tt.b)
		events := fuseAll(t, DefaultConfig(), []Item{x, y})
		if len(events) != 1 {
			t.Errorf("%s: %d events, want 1", tt.name, len(events))
			continue
		}
		for _, ev := range events {
			if ev.Sources != tt.sources || ev.Reports != 2 {
				t.Errorf("%s: %d sources of %d reports, want %d of 2", tt.name, ev.Sources, ev.Reports, tt.sources)
			}
		}
	}
}

func BenchmarkNewSketch(b *testing.B) {
	for _, lang := range []string{"", "es"} {
		name := "detected"
		if lang != "" {
			name = "given"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(wireES)))
			b.ReportAllocs()
			for b.Loop() {
				NewSketch(wireES, lang)
			}
		})
	}
}

// FuzzSketchTranslation: any text sketches without panicking, the sketch survives
// MarshalBinary, is a copy of itself and never a translation of itself.
func FuzzSketchTranslation(f *testing.F) {
	for _, s := range []string{wireES, wireEN, "", "12 13", "Á\xff\n. Doce"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := NewSketch(text, "")
		b, _ := s.MarshalBinary()
		var back Sketch
		if err := back.UnmarshalBinary(b); err != nil || back != s {
			t.Fatalf("sketch of %q does not survive MarshalBinary", text)
		}
		if s.Translation(&s) {
			t.Errorf("%q is a translation of itself", text)
		}
		o := NewSketch(wireEN, "")
		if s.Translation(&o) != o.Translation(&s) {
			t.Errorf("translation of %q is not symmetric", text)
		}
	})
}

// TestSketchGivenLanguage: a report's stored language stands for the
// detection (the same sketch as detecting it), and it is what the sketch
// records.
func TestSketchGivenLanguage(t *testing.T) {
	if NewSketch(wireES, "es") != NewSketch(wireES, "") {
		t.Error("the Spanish wire's sketch with its language given differs from the detected one")
	}
	if NewSketch(wireEN, "en") != NewSketch(wireEN, "") {
		t.Error("the English wire's sketch with its language given differs from the detected one")
	}
	if NewSketch(wireES, "en") == NewSketch(wireES, "es") {
		t.Error("the language given is not recorded in the sketch")
	}
}

// shinglesByFields is the shingle part of a sketch as NewSketch computed
// it before it read the words in one pass: strings.FieldsFunc with a rune
// predicate, then each three words in a row.
func shinglesByFields(text string) [sketchSize]uint32 {
	var s [sketchSize]uint32
	words := strings.FieldsFunc(fold.New(text).Folded, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80)
	})
	if len(words) >= 3 {
		for i := range sketchSize {
			s[i] = ^uint32(0)
		}
		for i := 0; i+3 <= len(words); i++ {
			h := fnv64(words[i], words[i+1], words[i+2])
			for k := range sketchSize {
				if v := uint32(mix(h^salts[k]) >> 32); v < s[k] {
					s[k] = v
				}
			}
		}
	}
	return s
}

var shingleTexts = []string{
	wireES, wireEN, ownEN, ownES, "", "uno", "uno dos", "uno dos tres", "  uno,dos;tres  ",
	"Á\xff\n. Doce", "\xff\xfe\xfd a b", "niño—año–ñandú 12,5 km", "a\u00a0b\u2003c d", "ABC-def_ghi 0x1F",
}

// TestShingles: the one-pass words give the shingles FieldsFunc gave.
func TestShingles(t *testing.T) {
	for _, text := range shingleTexts {
		s := NewSketch(text, "es")
		if got, want := [sketchSize]uint32(s[:sketchSize]), shinglesByFields(text); got != want {
			t.Errorf("shingles of %q differ from FieldsFunc's", text)
		}
	}
}

// FuzzShingles: the same for any text.
func FuzzShingles(f *testing.F) {
	for _, s := range shingleTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := NewSketch(text, "es")
		if got, want := [sketchSize]uint32(s[:sketchSize]), shinglesByFields(text); got != want {
			t.Errorf("shingles of %q differ from FieldsFunc's", text)
		}
	})
}

// TestNumberWords: number reads every number word (numberLens's filter
// lets each through to the lookup) and no other word.
func TestNumberWords(t *testing.T) {
	for w, want := range numberWords {
		if n, ok := number(w); !ok || n != want {
			t.Errorf("number(%q) = %d, %v; want %d, true", w, n, ok, want)
		}
	}
	for _, w := range []string{"de", "dosis", "tresillo", "once_", "veintitresmil", "seis1", "onze", "hundreds", "z", "cientos"} {
		if n, ok := number(w); ok {
			t.Errorf("number(%q) = %d, true; want false", w, n)
		}
	}
	// numberWord reads the hundreds too (hundredLens's filter lets each
	// through), and the words of number.
	for w, want := range hundreds {
		if n, ok := numberWord(w); !ok || n != want {
			t.Errorf("numberWord(%q) = %d, %v; want %d, true", w, n, ok, want)
		}
	}
	for _, w := range []string{"doce", "twenty", "cientos", "mile", "thousands", "quinient", "c"} {
		n, ok := numberWord(w)
		if want, wok := numberWords[w]; ok != wok || n != want {
			t.Errorf("numberWord(%q) = %d, %v; want %d, %v", w, n, ok, want, wok)
		}
	}
}

// TestWordFilters: isStopword and roleOf answer what their maps do, for
// every word of the maps (the length filters let each through) and for
// words of their first bytes and lengths that are not in them.
func TestWordFilters(t *testing.T) {
	for w := range stopwords {
		if !isStopword(w) {
			t.Errorf("isStopword(%q) = false", w)
		}
	}
	for w, r := range wordRoles {
		if got := roleOf(w); got != r {
			t.Errorf("roleOf(%q) = %d, want %d", w, got, r)
		}
	}
	for _, w := range []string{"parade", "paras", "comos", "balacera", "heridos_", "herid", "murieron", "2026", "x", "sobrevivientes"} {
		if isStopword(w) != stopwords[w] || roleOf(w) != wordRoles[w] {
			t.Errorf("%q: isStopword %v, roleOf %d; the maps say %v, %d", w, isStopword(w), roleOf(w), stopwords[w], wordRoles[w])
		}
	}
}
