package extract

import (
	"sort"
	"strings"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

// fakeGeo is a tiny gazetteer for unit tests, so that extraction logic is
// tested independently of the real gazetteer's coverage.
type fakeGeo struct {
	table []gazetteer.Place
	names map[string][]int // folded name -> place ids
	fuzzy map[string]bool
}

func newFakeGeo() *fakeGeo {
	g := &fakeGeo{names: map[string][]int{}, fuzzy: map[string]bool{}}
	add := func(kind gazetteer.Kind, name, st, mu string, lat, lon float64, aliases ...string) {
		id := len(g.table)
		g.table = append(g.table, gazetteer.Place{ID: id, Name: name, Kind: kind, StateCode: st, MunicipalityCode: mu, Lat: lat, Lon: lon})
		for _, n := range append([]string{name}, aliases...) {
			k := fold.String(n)
			g.names[k] = append(g.names[k], id)
		}
	}
	add(gazetteer.State, "Jalisco", "14", "", 20.6, -103.6, "yalisco")
	add(gazetteer.State, "Michoacán", "16", "", 19.2, -101.9)
	add(gazetteer.State, "Sinaloa", "25", "", 25.0, -107.5)
	add(gazetteer.State, "Guanajuato", "11", "", 21.0, -101.3)
	add(gazetteer.State, "Chiapas", "07", "", 16.5, -92.5)
	add(gazetteer.Municipality, "Zapopan", "14", "14120", 20.72, -103.39)
	add(gazetteer.Municipality, "San Pedro Tlaquepaque", "14", "14098", 20.64, -103.31, "Tlaquepaque")
	add(gazetteer.Municipality, "Tonalá", "14", "14101", 20.62, -103.24)
	add(gazetteer.Municipality, "Tonalá", "07", "07097", 16.09, -93.75)
	add(gazetteer.Municipality, "Tapalpa", "14", "14086", 19.94, -103.76)
	add(gazetteer.Municipality, "Uruapan", "16", "16102", 19.42, -102.06)
	add(gazetteer.Municipality, "Culiacán", "25", "25006", 24.80, -107.39)
	add(gazetteer.Municipality, "Celaya", "11", "11007", 20.52, -100.81)
	add(gazetteer.Municipality, "Guanajuato", "11", "11015", 21.02, -101.26)
	g.fuzzy["yalisco"] = true
	return g
}

func (g *fakeGeo) placesWeak(text, prior string) []placeRef { return g.places(text, prior) }

func (g *fakeGeo) places(text, prior string) []placeRef {
	t := fold.New(text)
	f := t.Folded
	var out []placeRef
	for name, ids := range g.names {
		for k := 0; ; {
			j := strings.Index(f[k:], name)
			if j < 0 {
				break
			}
			j += k
			k = j + len(name)
			if j > 0 && isWord(f[j-1]) || k < len(f) && isWord(f[k]) {
				continue
			}
			p := g.table[ids[0]]
			// homonyms: follow the prior, else the state named in the text
			for _, id := range ids {
				c := g.table[id]
				if c.StateCode == prior || strings.Contains(f, "jalisco") && c.StateCode == "14" {
					p = c
					break
				}
			}
			// "Guanajuato" alone is the state
			if len(ids) > 1 && p.Kind == gazetteer.Municipality {
				for _, id := range ids {
					if g.table[id].Kind == gazetteer.State {
						p = g.table[id]
					}
				}
			}
			s, e := t.Span(j, k)
			out = append(out, placeRef{start: s, end: e, text: text[s:e], place: p, score: 0.9, fuzzy: g.fuzzy[name]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

func (g *fakeGeo) reverse(lat, lon float64) (gazetteer.Place, gazetteer.Place, bool) {
	if lat > 24 && lat < 26 && lon < -106 && lon > -108.5 {
		st, _ := g.state("25")
		mu, _ := g.municipality("25006")
		return st, mu, true
	}
	return gazetteer.Place{}, gazetteer.Place{}, false
}

func (g *fakeGeo) state(code string) (gazetteer.Place, bool) {
	for _, p := range g.table {
		if p.Kind == gazetteer.State && p.StateCode == code {
			return p, true
		}
	}
	return gazetteer.Place{}, false
}

func (g *fakeGeo) capital(string) (gazetteer.Place, bool) { return gazetteer.Place{}, false }

func (g *fakeGeo) municipality(code string) (gazetteer.Place, bool) {
	for _, p := range g.table {
		if p.Kind == gazetteer.Municipality && p.MunicipalityCode == code {
			return p, true
		}
	}
	return gazetteer.Place{}, false
}

// fakeTimes knows weekday names and years.
func fakeTimes(t fold.Text, lang string, published time.Time) []timeExpr {
	f := t.Folded
	var out []timeExpr
	for _, w := range []string{"domingo", "sunday"} {
		if j := strings.Index(f, w); j >= 0 {
			d := published
			for d.Weekday() != time.Sunday {
				d = d.AddDate(0, 0, -1)
			}
			d = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, d.Location())
			s, e := t.Span(j, j+len(w))
			out = append(out, timeExpr{start: s, end: e, t: d, prec: model.TimeDay})
		}
	}
	for _, w := range []string{"in 2019", "en 2011"} {
		if j := strings.Index(f, w); j >= 0 {
			s, e := t.Span(j, j+len(w))
			out = append(out, timeExpr{start: s, end: e, t: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC), historic: true})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// perRange reads each range with tolls as a text of its own.
func perRange(tolls func(fold.Text) []figure) func(fold.Text, [][2]int) []figure {
	return func(ft fold.Text, ranges [][2]int) []figure {
		var out []figure
		for _, rg := range ranges {
			for _, f := range tolls(ft.Sub(rg[0], rg[1])) {
				f.start += rg[0]
				f.end += rg[0]
				out = append(out, f)
			}
		}
		return out
	}
}

// timesPerRange reads each range with times as a text of its own.
func timesPerRange(times func(fold.Text, string, time.Time) []timeExpr) func(fold.Text, [][2]int, string, time.Time) []timeExpr {
	return func(ft fold.Text, ranges [][2]int, lang string, published time.Time) []timeExpr {
		var out []timeExpr
		for _, rg := range ranges {
			for _, x := range times(ft.Sub(rg[0], rg[1]), lang, published) {
				x.start += rg[0]
				x.end += rg[0]
				out = append(out, x)
			}
		}
		return out
	}
}

// fakeTolls knows a few number words and nouns.
func fakeTolls(t fold.Text) []figure {
	nums := map[string]int{"dos": 2, "two": 2, "tres": 3, "three": 3, "cuatro": 4, "four": 4, "cinco": 5, "five": 5, "12": 12}
	kinds := map[string]string{"muertos": "killed", "killed": "killed", "detenidas": "detained", "detenidos": "detained", "heridos": "injured"}
	words := strings.Fields(t.Folded)
	var out []figure
	pos := 0
	offs := make([]int, len(words))
	for i, w := range words {
		pos = strings.Index(t.Folded[pos:], w) + pos
		offs[i] = pos
		pos += len(w)
	}
	for i, w := range words {
		n, ok := nums[strings.Trim(w, ",.")]
		if !ok {
			continue
		}
		kind := ""
		for j := i + 1; j < len(words) && j <= i+4; j++ {
			if k, ok := kinds[strings.Trim(words[j], ",.")]; ok {
				kind = k
				break
			}
		}
		if kind == "" && i > 1 && words[i-2] == "detuvieron" {
			kind = "detained"
		}
		if kind == "" {
			continue
		}
		least := i >= 2 && (words[i-2] == "al" && words[i-1] == "menos" || words[i-2] == "at" && words[i-1] == "least")
		s, e := t.Span(offs[i], offs[i]+len(w))
		out = append(out, figure{kind: kind, n: n, atLeast: least, start: s, end: e})
	}
	return out
}

func newFakeExtractor() *Extractor {
	return newExtractor(newFakeGeo(), timesPerRange(fakeTimes), perRange(fakeTolls))
}
