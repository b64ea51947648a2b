package extract

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// TestRecallSteps counts, for one half of the PPD dev rows
// ($EXTRACT_HALF: dev-a, the default, or dev-b; eval.DevHalf) in the
// directory $ATALAYA_SHARED, the headlines that name a place and report an
// act (coded with a type, or with none) where the extractor finds no
// incident, by the step that rejects the act: no cue at all, every cue
// filtered out in classify (with the readings it left), a sentence typed
// but never drafted (anchored), a draft dropped on the way out. With
// $EXTRACT_LOG set it logs each headline beside its step. A developer
// tool for finding steps that reject many true acts; it asserts nothing.
func TestRecallSteps(t *testing.T) {
	half := os.Getenv("EXTRACT_HALF")
	if half == "" {
		half = "dev-a"
	}
	if half != "dev-a" && half != "dev-b" {
		t.Fatalf("EXTRACT_HALF %q: want dev-a or dev-b", half)
	}
	sets, e, _ := sharedExtractor(t)
	steps := map[string]int{}
	var lines []string
	for _, s := range sets {
		if s.Name != "ppd" {
			continue
		}
		for _, it := range s.Items {
			gd := it.Gold
			if it.Split != dataset.Dev || eval.DevHalf(it) != half || gd.NoIncident || !gd.NamesPlace || placeLeftOut(gd) {
				continue
			}
			rs, err := it.Reports(report.Options{})
			if err != nil || len(rs) != 1 || len(e.Extract(rs[0])) > 0 {
				continue
			}
			r := rs[0]
			if words, ok := unslug(r.Text); ok {
				r.Text = words
			}
			step := e.rejectStep(r)
			typ := "untyped"
			if len(gd.Types) > 0 {
				typ = string(gd.Types[0])
			}
			coded := "typed"
			if typ == "untyped" {
				coded = "untyped"
			}
			steps[step+" | "+coded]++
			steps["type "+typ]++
			lines = append(lines, fmt.Sprintf("%-45s %-20s %s", step, typ, strings.ReplaceAll(r.Text, "\n", " / ")))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(steps)) {
		t.Logf("%5d %s", steps[k], k)
	}
	if os.Getenv("EXTRACT_LOG") != "" {
		slices.Sort(lines)
		for _, l := range lines {
			t.Log(l)
		}
	}
}

// rejectStep names the step at which the extractor lets go of the act of
// r, a report it finds no incident in.
func (e *Extractor) rejectStep(r model.Report) string {
	c := e.newReportCtx(r, r.Text)
	cues := 0
	for _, h := range e.match(c.text) {
		for _, en := range h.entries {
			if en.cls == clsCue || en.cls == clsFind || en.cls == clsOpVerb {
				cues++
			}
		}
	}
	if cues == 0 {
		return "no cue"
	}
	typed := false
	var readings []string
	for i := range c.sents {
		s := &c.sents[i]
		if s.typ != "" {
			typed = true
			continue
		}
		for _, r := range []struct {
			on   bool
			name string
		}{
			{s.suppressed, "suppressed"}, {s.opinion, "opinion"}, {s.boiler, "boiler"}, {s.genre, "genre"},
			{s.historic, "historic"}, {s.question, "question"}, {s.reference, "reference"}, {s.mishap, "mishap"},
			{s.negated != "", "negated"}, {s.denied != "", "denied"}, {len(s.future) > 0, "future"},
			{len(s.elapsed) > 0, "elapsed"}, {s.aggregate, "aggregate"}, {s.claim, "claim"},
		} {
			if r.on && !slices.Contains(readings, r.name) {
				readings = append(readings, r.name)
			}
		}
	}
	if c.opinion {
		return "report read as opinion"
	}
	if !typed {
		if len(readings) == 0 {
			return "cue, sentence untyped"
		}
		return "cue filtered: " + strings.Join(readings, "+")
	}
	_, ds := e.drafts(r, r.Text)
	if len(ds) == 0 {
		return "typed, not anchored"
	}
	var kinds []string
	for _, d := range ds {
		switch {
		case d.denial:
			kinds = append(kinds, "denial")
		case d.tally:
			kinds = append(kinds, "tally")
		default:
			kinds = append(kinds, "draft "+string(d.typ))
		}
	}
	return "dropped in finish: " + strings.Join(kinds, ",")
}

// TestRecallSurface rewrites the headlines of one half of the PPD dev
// rows ($EXTRACT_HALF, as TestRecallSteps) where the extractor finds the
// gold state, in surface forms headlines take (all capitals, title case,
// lower case, no accents, a "VIDEO |" prefix, a section label and colon,
// quotes, exclamation marks), and counts per form the rewrites that lose
// the incident or its state: a form that loses many is a step that
// reads surface, not words. With $EXTRACT_LOG set it logs the losses. A
// developer tool; it asserts nothing.
func TestRecallSurface(t *testing.T) {
	half := os.Getenv("EXTRACT_HALF")
	if half == "" {
		half = "dev-a"
	}
	sets, e, _ := sharedExtractor(t)
	forms := []struct {
		name string
		f    func(string) string
	}{
		{"upper", strings.ToUpper},
		{"lower", strings.ToLower},
		{"title", titleCase},
		{"no accents", stripAccents},
		{"VIDEO | prefix", func(s string) string { return "VIDEO | " + s }},
		{"[VIDEO] prefix", func(s string) string { return "[VIDEO] " + s }},
		{"label colon", func(s string) string { return "Seguridad: " + s }},
		{"quoted", func(s string) string { return "“" + s + "”" }},
		{"exclaimed", func(s string) string { return "¡" + s + "!" }},
		{"trailing clause", func(s string) string { return s + "; investigan" }},
	}
	lost := map[string]int{}
	rows := 0
	for _, s := range sets {
		if s.Name != "ppd" {
			continue
		}
		for _, it := range s.Items {
			gd := it.Gold
			if it.Split != dataset.Dev || eval.DevHalf(it) != half || gd.NoIncident || !gd.NamesPlace || placeLeftOut(gd) || len(gd.Types) == 0 {
				continue
			}
			rs, err := it.Reports(report.Options{})
			if err != nil || len(rs) != 1 {
				continue
			}
			r := rs[0]
			got := e.Extract(r)
			if len(got) == 0 || got[0].Location.StateCode != gd.StateCode {
				continue
			}
			rows++
			for _, f := range forms {
				v := r
				v.Text = f.f(r.Text)
				if v.Text == r.Text {
					continue
				}
				out := e.Extract(v)
				why := ""
				switch {
				case len(out) == 0:
					why = "none"
				case out[0].Location.StateCode != gd.StateCode:
					why = "state"
				}
				if why == "" {
					continue
				}
				lost[f.name+" "+why]++
				if os.Getenv("EXTRACT_LOG") != "" {
					t.Logf("%s %s: %s", f.name, why, v.Text)
				}
			}
		}
	}
	t.Logf("%d rows right", rows)
	for _, k := range slices.Sorted(maps.Keys(lost)) {
		t.Logf("%5d %s", lost[k], k)
	}
}

// titleCase capitalizes every word of s.
func titleCase(s string) string {
	ws := strings.Fields(s)
	for k, w := range ws {
		r := []rune(strings.ToLower(w))
		if len(r) > 0 {
			r[0] = unicode.ToUpper(r[0])
		}
		ws[k] = string(r)
	}
	return strings.Join(ws, " ")
}

// stripAccents drops the acute accents and the diaeresis of s (ñ stays).
func stripAccents(s string) string {
	return strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ü", "u",
		"Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ú", "U").Replace(s)
}

// swapFamilies are words a headline uses interchangeably for one act, in
// the same person, tense and construction: swapping one for another in
// a headline that tells an act should keep the act.
var swapFamilies = [][]string{
	{"asesinan", "matan", "ejecutan", "ultiman", "acribillan", "balean", "ultimaron", "asesinaron", "mataron", "ejecutaron"},
	{"asesinado", "ejecutado", "ultimado", "acribillado", "baleado", "abatido"},
	{"asesinada", "ejecutada", "ultimada", "acribillada", "baleada"},
	{"asesinados", "ejecutados", "ultimados", "acribillados", "baleados"},
	{"hallan", "localizan", "encuentran", "descubren", "ubican", "reportan", "hallaron", "localizaron", "encontraron"},
	{"cuerpo", "cadáver", "cuerpo sin vida"},
	{"muere", "fallece", "pierde la vida", "murió", "falleció", "perdió la vida"},
	{"mueren", "fallecen", "pierden la vida", "murieron", "fallecieron"},
	{"balean", "atacan", "hieren", "disparan contra", "atacan a balazos", "lesionan", "agreden"},
	{"detienen", "capturan", "arrestan", "aprehenden", "detuvieron", "capturaron", "arrestaron", "aprehendieron"},
	{"detenido", "capturado", "arrestado", "aprehendido"},
	{"aseguran", "decomisan", "incautan", "aseguraron", "decomisaron", "incautaron"},
	{"secuestran", "levantan", "privan de la libertad", "plagian", "raptan", "secuestraron", "levantaron"},
	{"balacera", "tiroteo", "enfrentamiento", "balacera", "ataque armado"},
	{"cae", "capturan a", "detienen a", "arrestan a", "caen"},
}

// TestRecallSwap swaps, in the headlines of one half of the PPD dev rows
// ($EXTRACT_HALF) where the extractor finds the gold state, each word of
// a swap family for the others of its family, and counts per pair the
// rewrites that lose the incident or its state: a pair that loses many
// is a word a step treats unlike its synonyms. With $EXTRACT_LOG set it
// logs the losses. A developer tool; it asserts nothing.
func TestRecallSwap(t *testing.T) {
	half := os.Getenv("EXTRACT_HALF")
	if half == "" {
		half = "dev-a"
	}
	sets, e, _ := sharedExtractor(t)
	lost, tried := map[string]int{}, map[string]int{}
	for _, s := range sets {
		if s.Name != "ppd" {
			continue
		}
		for _, it := range s.Items {
			gd := it.Gold
			if it.Split != dataset.Dev || eval.DevHalf(it) != half || gd.NoIncident || !gd.NamesPlace || placeLeftOut(gd) || len(gd.Types) == 0 {
				continue
			}
			rs, err := it.Reports(report.Options{})
			if err != nil || len(rs) != 1 {
				continue
			}
			r := rs[0]
			got := e.Extract(r)
			if len(got) == 0 || got[0].Location.StateCode != gd.StateCode {
				continue
			}
			low := strings.ToLower(r.Text)
			for _, fam := range swapFamilies {
				for _, from := range fam {
					k := wordIndex(low, from)
					if k < 0 {
						continue
					}
					for _, to := range fam {
						if to == from {
							continue
						}
						rep := to
						if k == 0 || strings.TrimLeft(r.Text[:k], "¡¿\"'“ ") == "" {
							rep = capital(to)
						}
						v := r
						v.Text = r.Text[:k] + rep + r.Text[k+len(from):]
						key := from + " -> " + to
						tried[key]++
						out := e.Extract(v)
						if len(out) == 0 || out[0].Location.StateCode != gd.StateCode {
							lost[key]++
							if os.Getenv("EXTRACT_LOG") != "" {
								t.Logf("%s: %s", key, v.Text)
							}
						}
					}
					break
				}
			}
		}
	}
	keys := slices.Sorted(maps.Keys(lost))
	slices.SortStableFunc(keys, func(a, b string) int { return lost[b] - lost[a] })
	for _, k := range keys {
		t.Logf("%4d/%-4d %s", lost[k], tried[k], k)
	}
}

// wordIndex returns the byte offset of word w in lower-cased s as a
// whole word, or -1.
func wordIndex(s, w string) int {
	for off := 0; ; {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return -1
		}
		k += off
		end := k + len(w)
		before := k == 0 || !isWordByte(s[k-1])
		after := end == len(s) || !isWordByte(s[end])
		if before && after {
			return k
		}
		off = k + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// TestArrestOfOldCrime checks that an arrest now of a crime an old year
// dates is an arrest, whatever the arrest verb's form ("detienen" was
// not read as one), and that an old arrest or an old crime alone stays
// history.
func TestArrestOfOldCrime(t *testing.T) {
	checkActTypes(t, []actCase{
		{"Detienen con drogas a un joven que asesinó a dos mujeres en León en 2021", model.SecurityOperation},
		{"Detienen a presunto homicida de un comerciante, crimen ocurrido en 2020 en Celaya", model.SecurityOperation},
		{"Cae en Salamanca sujeto acusado de un homicidio cometido en 2018", model.SecurityOperation},
		{"Detienen en Irapuato a sujeto buscado desde 2020 por secuestro", model.SecurityOperation},
		{"Capturan en Celaya a hombre que mató a su vecino en 2019", model.SecurityOperation},
		{"Fue detenido en marzo de 2019 el líder de una banda de Celaya", ""},
		{"Recuerdan a las víctimas del ataque en un bar de Irapuato en 2019", ""},
		{"Familias buscan desde 2019 a sus hijos desaparecidos en Celaya", ""},
	})
}

// TestForceFinds checks that what a state force finds is an operation,
// and that the same verbs with no force, or a force finding a pet, are
// none.
func TestForceFinds(t *testing.T) {
	checkActTypes(t, []actCase{
		{"Marina descubre lanchas de traficantes de personas en Salina Cruz", model.SecurityOperation},
		{"Guardia Nacional ubica una toma clandestina en Salamanca", model.SecurityOperation},
		{"Policías de Ecatepec localizan a dos menores y los entregan a su familia", model.SecurityOperation},
		{"Ejército localiza plantío en Badiraguato", model.SecurityOperation},
		{"Localizan a un hombre en Celaya", ""},
		{"Policía encuentra a perro perdido en Celaya", ""},
	})
}

// TestMisspeltCues checks that a headline verb misspelt by a letter left
// out, doubled, changed or swapped is read as the verb, and that words
// near a cue that are words of their own ("tortura", "obtienen",
// "mantienen") are not.
func TestMisspeltCues(t *testing.T) {
	checkActTypes(t, []actCase{
		{"Diisparan contra un masculino en Santiago, Nuevo León", model.ArmedAttack},
		{"Etienen a dos sujetos en Ixtepec, Oaxaca", model.SecurityOperation},
		{"Asesinaan a comerciante en Celaya", model.Homicide},
		{"Ejecutaon a dos en Celaya", model.Homicide},
		{"Denuncian tortura en penal de Celaya", ""},
		{"Obtienen permiso para feria en Celaya", ""},
		{"Mantienen vigilancia en el centro de Celaya", ""},
	})
}

// actCase is a Spanish headline and the type of the act it tells, "" for
// none.
type actCase struct {
	text string
	want model.IncidentType
}

// checkActTypes extracts each case's headline, published on a Wednesday
// of 2024, and checks the type of its first act (actOf).
func checkActTypes(t *testing.T, cases []actCase) {
	t.Helper()
	e := realExtractor(t)
	pub := time.Date(2024, 8, 14, 12, 0, 0, 0, time.UTC)
	for _, tt := range cases {
		r := model.Report{ID: "h", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		got := model.IncidentType("")
		if g, ok := actOf(e.Extract(r)); ok {
			got = g.Type
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// capital upper-cases the first byte of s (an ASCII letter in the swap
// families).
func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
