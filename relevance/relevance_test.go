package relevance

import (
	"math"
	"os"
	"testing"
)

func featureSet(title, text string) map[uint32]float64 {
	m := map[uint32]float64{}
	Features(title, text, func(h uint32, v float64) { m[h] += v })
	return m
}

func TestFeatures(t *testing.T) {
	tests := []struct {
		name string
		a, b [2]string // title, text
		same bool
	}{
		{"accents and case fold", [2]string{"", "Asesinó a DOS"}, [2]string{"", "asesino a dos"}, true},
		{"numbers are one word", [2]string{"", "murieron 3 personas"}, [2]string{"", "murieron 14 personas"}, true},
		{"a year is not a number", [2]string{"", "en 2019 hubo"}, [2]string{"", "en 14 hubo"}, false},
		{"the headline is apart from the body", [2]string{"Bloqueo en Celaya", "texto"}, [2]string{"texto", "Bloqueo en Celaya"}, false},
		{"no title: the first sentence is the headline", [2]string{"", "Bloqueo en Celaya. Otra cosa."}, [2]string{"Bloqueo en Celaya", "Bloqueo en Celaya. Otra cosa."}, true},
		{"word order makes pairs", [2]string{"", "hombres armados"}, [2]string{"", "armados hombres"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := featureSet(tt.a[0], tt.a[1]), featureSet(tt.b[0], tt.b[1])
			same := len(a) == len(b)
			for h, v := range a {
				if math.Abs(b[h]-v) > 1e-12 {
					same = false
				}
			}
			if same != tt.same {
				t.Errorf("same features = %v, want %v (%d vs %d features)", same, tt.same, len(a), len(b))
			}
		})
	}
}

func TestFeaturesScale(t *testing.T) {
	// One namespace's values square-sum to one: 1/√n each, n times.
	var sum float64
	Features("", "", func(uint32, float64) { t.Error("an empty report has features") })
	Features("Hombres armados", "", func(_ uint32, v float64) { sum += v * v })
	// The head ("hombres", "armados", the pair) and, with no body, nothing else.
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("square sum %v, want 1", sum)
	}
}

func TestPieces(t *testing.T) {
	// A misspelling shares most four-letter pieces with the word.
	a, b := featureSet("x", "asesinaron"), featureSet("x", "asecinaron")
	var shared int
	for h := range a {
		if _, ok := b[h]; ok {
			shared++
		}
	}
	// "asesinaron" and "asecinaron": the head, the word and the pieces
	// "inar", "nard", "aron", "ron$" are shared (the head's "x" too).
	if shared < 4 {
		t.Errorf("%d features shared, want at least 4", shared)
	}
}

func TestEncodeDecode(t *testing.T) {
	m := NewModel(-0.5, map[uint32]float32{7: 2, 3: -1, 1 << 31: 0.25, 9: 1e-9})
	got, err := Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if got.bias != m.bias {
		t.Errorf("bias %v, want %v", got.bias, m.bias)
	}
	// 1e-9 rounds to no step of 2/32767 and is left out.
	if len(got.weights) != 3 {
		t.Errorf("%d weights, want 3", len(got.weights))
	}
	for h, w := range m.weights {
		if d := math.Abs(float64(got.weights[h] - w)); d > 2.0/32767 {
			t.Errorf("weight %d: %v, want %v", h, got.weights[h], w)
		}
	}
	for _, bad := range [][]byte{nil, []byte("atalaya relevance 1\n"), append([]byte(magic), make([]byte, 17)...)} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode(%q) gave no error", bad)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(NewModel(1, map[uint32]float32{1: 1, 5: -2}).Encode())
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			return
		}
		// What decodes encodes to a file that decodes to the same model.
		m2, err := Decode(m.Encode())
		if err != nil {
			t.Fatalf("re-encoded model: %v", err)
		}
		if len(m2.weights) > len(m.weights) {
			t.Fatalf("%d weights, then %d", len(m.weights), len(m2.weights))
		}
		_ = m.Prob("a", "b c")
	})
}

func FuzzFeatures(f *testing.F) {
	f.Add("Ataque en Celaya", "Hombres armados dispararon. Dos muertos.")
	f.Add("", "\xff\xfe 2019 ñandú")
	f.Fuzz(func(t *testing.T, title, text string) {
		var n int
		Features(title, text, func(_ uint32, v float64) {
			if !(v > 0 && v <= 1) {
				t.Fatalf("value %v", v)
			}
			n++
		})
		if n > 4*(maxBody*7+maxHead) {
			t.Fatalf("%d features", n)
		}
	})
}

func TestEmbedded(t *testing.T) {
	m, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if m.Features() < 1000 {
		t.Fatalf("%d features, want a trained model", m.Features())
	}
	tests := []struct {
		title, text string
		violent     bool
	}{
		// Written for this test, in the genres of the training texts.
		{"Asesinan a balazos a dos hombres en Celaya", "Hombres armados dispararon contra dos hombres que se encontraban afuera de un domicilio de la colonia Centro; murieron en el lugar.", true},
		{"Gunmen kill three at a bar in Cancún", "Armed men opened fire inside a bar late Saturday, killing three people and wounding two, police said.", true},
		{"Receta: pozole rojo para las fiestas patrias", "El pozole se prepara con maíz cacahuazintle, carne de cerdo y chile guajillo. Sirva con rábano y lechuga.", false},
		{"Tigres golea y fusila al portero rival", "Los felinos dispararon a gol en doce ocasiones y masacraron a la defensa en el segundo tiempo.", false},
	}
	for _, tt := range tests {
		p := m.Prob(tt.title, tt.text)
		if (p >= 0.5) != tt.violent {
			t.Errorf("%q: probability %.2f, want violent %v", tt.title, p, tt.violent)
		}
	}
}

// BenchmarkProb scores the extractor's benchmark article
// (extract/testdata/bench_nota.txt): the most a judged report costs
// beside its extraction (BenchmarkExtract).
func BenchmarkProb(b *testing.B) {
	text, err := os.ReadFile("../extract/testdata/bench_nota.txt")
	if err != nil {
		b.Fatal(err)
	}
	m, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		m.Prob("Jornada violenta en Guadalajara", string(text))
	}
}

func TestWeight(t *testing.T) {
	ws := map[uint32]float32{0: 0.5, 1: 1, 17: 2, 33: 3, 1<<32 - 1: 4}
	m := NewModel(0, ws)
	for h, w := range ws {
		if got := m.weight(h); got != w {
			t.Errorf("weight(%d) = %v, want %v", h, got, w)
		}
	}
	for _, h := range []uint32{2, 49, 1 << 31} {
		if got := m.weight(h); got != 0 {
			t.Errorf("weight(%d) = %v, want 0", h, got)
		}
	}
	if got := NewModel(0, nil).weight(5); got != 0 {
		t.Errorf("an empty model's weight: %v", got)
	}
}

func TestHeadlineFeatures(t *testing.T) {
	a, b := map[uint32]float64{}, map[uint32]float64{}
	HeadlineFeatures("Asesinan a DOS en Celaya", func(h uint32, v float64) { a[h] += v })
	HeadlineFeatures("asesinan a dos en celaya", func(h uint32, v float64) { b[h] += v })
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("%d and %d features, want the same, more than none", len(a), len(b))
	}
	var sum float64
	for h, v := range a {
		if math.Abs(b[h]-v) > 1e-12 {
			t.Errorf("feature %x: %v and %v", h, v, b[h])
		}
		sum += v * v
	}
	// Two namespaces, words and pairs, and pieces: each square-sums to one.
	if math.Abs(sum-2) > 1e-9 {
		t.Errorf("square sum %v, want 2", sum)
	}
}

func TestHeadlineEncodeDecode(t *testing.T) {
	inc := NewModel(-1, map[uint32]float32{5: 1.5, 9: -2})
	h := NewHeadline(inc, []string{"homicide", "blockade"}, []*Model{
		NewModel(0.5, map[uint32]float32{5: 1}),
		NewModel(-0.5, map[uint32]float32{9: 3}),
	})
	got, err := DecodeHeadline(h.Encode())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"", "uno dos", "asesinan a dos en celaya"} {
		p, typ, pt := h.Read(s)
		gp, gtyp, gpt := got.Read(s)
		if math.Abs(p-gp) > 1e-3 || typ != gtyp || math.Abs(pt-gpt) > 1e-3 {
			t.Errorf("%q: decoded reads %.4f %s %.4f, want %.4f %s %.4f", s, gp, gtyp, gpt, p, typ, pt)
		}
	}
	if ts := got.Types(); len(ts) != 2 || ts[0] != "homicide" || ts[1] != "blockade" {
		t.Errorf("types %v", ts)
	}
	b := h.Encode()
	for _, bad := range [][]byte{nil, []byte("atalaya headline 1\n"), b[:len(b)-1], append(append([]byte(nil), b...), 0)} {
		if _, err := DecodeHeadline(bad); err == nil {
			t.Errorf("%d bytes decoded with no error", len(bad))
		}
	}
}

func TestHeadlineThresholds(t *testing.T) {
	// A bias alone: every headline reads p = 0.73 of an incident, of the
	// one type.
	h := NewHeadline(NewModel(1, nil), []string{"homicide"}, []*Model{NewModel(0, nil)})
	tests := []struct {
		low, high    float64
		unlikely, ok bool
	}{{0, 0.9, false, false}, {0.8, 0.9, true, false}, {0, 0.5, false, true}}
	for _, tt := range tests {
		m := h.WithThresholds(tt.low, tt.high)
		typ, ok := m.LikelyHeadline("x")
		if m.UnlikelyHeadline("x") != tt.unlikely || ok != tt.ok || ok && typ != "homicide" {
			t.Errorf("thresholds %v/%v: unlikely %v, likely %v %q", tt.low, tt.high, m.UnlikelyHeadline("x"), ok, typ)
		}
	}
}

func TestEmbeddedHeadline(t *testing.T) {
	h, err := EmbeddedHeadline()
	if err != nil {
		t.Fatal(err)
	}
	if inc, typed := h.Features(); inc < 1000 || typed < 1000 || len(h.Types()) < 5 {
		t.Errorf("%d incident features, %d type features, %d types: too few for a trained model", inc, typed, len(h.Types()))
	}
	if len(embeddedHeadline) >= 300<<10 {
		t.Errorf("headline.bin is %d bytes, want under 300 KB", len(embeddedHeadline))
	}
}

func FuzzDecodeHeadline(f *testing.F) {
	f.Add(embeddedHeadline[:min(len(embeddedHeadline), 200)])
	f.Add(NewHeadline(NewModel(0, map[uint32]float32{1: 1}), []string{"x"}, []*Model{NewModel(0, nil)}).Encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := DecodeHeadline(b)
		if err != nil {
			return
		}
		// A file that decodes encodes to one that decodes to the same
		// types.
		again, err := DecodeHeadline(h.Encode())
		if err != nil {
			t.Fatalf("re-encoding: %v", err)
		}
		if len(again.Types()) != len(h.Types()) {
			t.Errorf("%d types, then %d", len(h.Types()), len(again.Types()))
		}
		h.Read("asesinan a dos en celaya")
	})
}

func BenchmarkHeadlineRead(b *testing.B) {
	h, err := EmbeddedHeadline()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		h.Read("Hombres armados asesinan a dos en la colonia Centro de Celaya")
	}
}
