package fuse

import (
	"testing"

	"github.com/atalaya/atalaya/model"
)

func TestNumberRun(t *testing.T) {
	tests := []struct {
		text string
		v, n int
	}{
		{"184 al norte", 184, 1},
		{"ciento ochenta y cuatro al norte", 184, 4},
		{"one hundred eighty four", 184, 4},
		{"dos mil trescientos", 2300, 3},
		{"doce y media", 12, 1}, // "y" then no number word: the run ends before it
		{"tres", 3, 1},
		{"al norte", 0, 0},
	}
	for _, tc := range tests {
		v, n := numberRun(evidenceWords(tc.text))
		if v != tc.v || n != tc.n {
			t.Errorf("numberRun(%q) = %d, %d words; want %d, %d", tc.text, v, n, tc.v, tc.n)
		}
	}
}

// TestEvidenceAnchors: numbers and names are shared across wording and
// language; words that open a sentence, offices and forces are not names;
// a transcript's words meet the other report's names.
func TestEvidenceAnchors(t *testing.T) {
	ev := func(text string) *model.Incident { return &model.Incident{Evidence: []model.Span{{Text: text}}} }
	tests := []struct {
		a, b string
		want int
	}{
		{"Hombres armados quemaron tres tractocamiones en el puerto de Lázaro Cárdenas.",
			"Gunmen torched three trucks at the port of Lazaro Cardenas.", 3}, // 3, lazaro, cardenas
		{"SABINAS HIDALGO, N.L.— Civiles armados bloquearon la carretera.",
			"Un bloqueo en la entrada de Sabinas Hidalgo.", 2},
		{"La Guardia Nacional y la Fiscalía atendieron el reporte.",
			"Elementos de la Guardia Nacional y de la Fiscalía llegaron.", 0},
		{"Hombres armados atacaron la patrulla.", "Armed men attacked the patrol. Hombres armados.", 0},
		{"nos reportan un bloqueo en el kilometro ciento ochenta y cuatro rumbo a matamoros",
			"Un tractocamión bloquea el km 184 rumbo a Matamoros.", 2},
	}
	for _, tc := range tests {
		if got := shared(evidenceAnchors(ev(tc.a)), evidenceAnchors(ev(tc.b))); got != tc.want {
			t.Errorf("shared anchors of %q and %q = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestDatelineAndRoadEnds(t *testing.T) {
	for text, want := range map[string]string{
		"SABINAS HIDALGO, N.L.— Civiles armados": "sabinas hidalgo",
		"TIJUANA, B.C.— Dos agentes":             "tijuana",
		"Tijuana, B.C.— Dos agentes":             "",
		"BLOQUEO | Vehículos, incendiados":       "",
		"Hombres armados, en Tijuana":            "",
	} {
		if got := dateline(text); got != want {
			t.Errorf("dateline(%q) = %q, want %q", text, got, want)
		}
	}
	mem := func(muni, text string) *member {
		return &member{muniName: muni, it: Item{Incident: model.Incident{Evidence: []model.Span{{Text: text}}}}}
	}
	tests := []struct {
		text string
		want bool
	}{
		{"SABINAS HIDALGO, N.L.— Civiles armados bloquearon la carretera Monterrey–Nuevo Laredo.", true},
		{"Bloquean la carretera Sabinas Hidalgo–Nuevo Laredo.", false},
		{"Bloquean la carretera Monterrey–Sabinas Hidalgo.", false},
		{"Another blockade in Ciénega de Flores, just north of Sabinas Hidalgo.", false},
		{"Armed men blocked the highway between Sabinas Hidalgo and Nuevo Laredo.", false},
		{"Bloqueo a la altura de Sabinas Hidalgos.", false},
		{"Bloqueo en Sabinas Hidalgo, Nuevo León.", true},
	}
	x := mem("sabinas hidalgo", "")
	for _, tc := range tests {
		if got := namesPlaceOf(mem("monterrey", tc.text), x); got != tc.want {
			t.Errorf("namesPlaceOf(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// FuzzEvidence: reading the evidence of an untrusted text never panics,
// and its anchors are sorted and distinct.
func FuzzEvidence(f *testing.F) {
	for _, s := range []string{"SABINAS HIDALGO, N.L.— km 98", "kilometro ciento ochenta y", "y and mil", "Á, —", "\xff\xfeKM 1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		in := model.Incident{Evidence: []model.Span{{Text: text}}}
		a := evidenceAnchors(&in)
		for i := 1; i < len(a); i++ {
			if a[i] <= a[i-1] {
				t.Fatalf("anchors not sorted and distinct: %v", a)
			}
		}
		_ = kmPoints(&in)
		_ = dateline(text)
		m := &member{it: Item{Incident: in}}
		_ = namesPlaceOf(m, &member{muniName: "sabinas hidalgo"})
		_ = m.plainText()
	})
}

func TestPlainText(t *testing.T) {
	for _, c := range []struct {
		spans []string
		want  string
	}{
		{nil, " "},
		{[]string{""}, " "},
		{[]string{"Quemaron un TRÁILER, en la carretera."}, " quemaron un trailer en la carretera "},
		{[]string{"Hola.", "¿Qué pasó?"}, " hola ¿que paso "}, // inverted marks are not ASCII: kept
		{[]string{"a--b  c\n(d)"}, " a b c d "},
		{[]string{"km 23+500, 7:30 p.m."}, " km 23 500 7 30 p m "},
		{[]string{"  ...  "}, " "},
		{[]string{"Niños heridos"}, " ninos heridos "},
	} {
		var in model.Incident
		for _, s := range c.spans {
			in.Evidence = append(in.Evidence, model.Span{Text: s})
		}
		m := &member{it: Item{Incident: in}}
		if got := m.plainText(); got != c.want {
			t.Errorf("plainText(%q) = %q, want %q", c.spans, got, c.want)
		}
	}
}

func TestRoadEnd(t *testing.T) {
	for _, c := range []struct {
		before, after string
		want          bool
	}{
		{"sobre la carretera ", " km 5", true},
		{"balacera en ", ". los", false},
		{"tramo", "", true},
		{"el autotramo ", "", false},
		{"rumbo a ", " por", true},
		{"al norte de ", "", true},
		{"la autopista monterrey -", "", true},
		{"la autopista monterrey ", "- saltillo", true},
		{"de ", "— dijo", false},
		{"a la altura del km 8 direccion a ", ".", true},
		{"con sentido a ", "", true},
		{"traffic in the direction of ", "", true},
		{"a bus bound for ", "", true},
		{"por instrucciones de la direccion ", "", false},
		{"x", "", false},
		{"", "", false},
	} {
		if got := roadEnd(c.before, c.after); got != c.want {
			t.Errorf("roadEnd(%q, %q) = %v, want %v", c.before, c.after, got, c.want)
		}
	}
}

func TestMeet(t *testing.T) {
	for _, tc := range []struct {
		a, b []uint64
		want bool
	}{
		{nil, []uint64{1}, false},
		{[]uint64{1, 3, 5}, []uint64{2, 4, 6}, false},
		{[]uint64{1, 3, 5}, []uint64{0, 5}, true},
		{[]uint64{7}, []uint64{1, 2, 7}, true},
		{[]uint64{1, 2}, []uint64{3, 4}, false},
	} {
		if got := meet(tc.a, tc.b); got != tc.want || got != (shared(tc.a, tc.b) > 0) {
			t.Errorf("meet(%v, %v) = %v, want %v (and shared > 0)", tc.a, tc.b, got, tc.want)
		}
		if got := meet(tc.b, tc.a); got != tc.want {
			t.Errorf("meet(%v, %v) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
}
