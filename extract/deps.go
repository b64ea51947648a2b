package extract

import (
	"time"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/toll"
	"github.com/atalaya/atalaya/when"
)

// Deps are what an Extractor works with. Every field may be nil.
type Deps struct {
	// Gazetteer finds and resolves places; without it incidents carry no
	// place.
	Gazetteer *gazetteer.Gazetteer
	// When resolves time expressions; without it incidents carry no time
	// from the text.
	When *when.Resolver
	// Prior gives a source's home state (a *SourcePrior learns it from
	// the reports). It decides homonyms and places, at state precision,
	// an incident whose report names no place (Location.Basis
	// "outlet_prior"). Without it, or when it knows nothing of a source,
	// the home state an outlet's name says ("El Diario de Coahuila")
	// serves.
	Prior Prior
	// Judge, when set, drops the violent incidents of a report when none
	// is Firm and it finds the report unlikely to tell of one (a
	// relevance.Model).
	Judge Judge
	// Headline, when set, reads a report that is a headline alone
	// (headlineOnly): it drops the violent incidents the rules read there
	// on weak evidence when it finds an incident unlikely (unless the
	// rules read a concrete result: concreteAct), and where the
	// rules read none it adds the one it finds likely at the place in
	// Mexico the headline names, at low confidence (headmodel.go).
	Headline HeadlineReader
}

// New returns an extractor that finds places with g and times with w.
// Either may be nil: incidents then carry no place or no time expression.
// New builds its lexicons once; the Extractor is immutable afterwards.
func New(g *gazetteer.Gazetteer, w *when.Resolver) *Extractor {
	return NewWith(Deps{Gazetteer: g, When: w})
}

// NewWith returns an extractor working with d.
func NewWith(d Deps) *Extractor {
	g, w := d.Gazetteer, d.When
	var gs geo
	if g != nil {
		gs = gazGeo{g}
	}
	var ts func(fold.Text, [][2]int, string, time.Time) []timeExpr
	if w != nil {
		ts = func(ft fold.Text, ranges [][2]int, lang string, published time.Time) []timeExpr {
			xs := w.FindRanges(ft, ranges, lang, published)
			out := make([]timeExpr, 0, len(xs))
			for _, x := range xs {
				out = append(out, timeExpr{start: x.Start, end: x.End, t: x.Time, prec: x.Precision, historic: x.Historic, upcoming: x.Upcoming, bare: x.Bare, lone: x.Lone, clock: x.Clock})
			}
			return out
		}
	}
	e := newExtractor(gs, ts, tollFigures)
	e.prior = d.Prior
	e.judge = d.Judge
	e.headline = d.Headline
	return e
}

func tollFigures(ft fold.Text, ranges [][2]int) []figure {
	fs := toll.FindRanges(ft, ranges)
	out := make([]figure, 0, len(fs))
	for _, f := range fs {
		out = append(out, figure{kind: string(f.Kind), n: f.N, atLeast: f.AtLeast, tentative: f.Tentative, start: f.Start, end: f.End})
	}
	return out
}

// gazGeo adapts the gazetteer.
type gazGeo struct{ g *gazetteer.Gazetteer }

func (a gazGeo) places(text, prior string) []placeRef {
	return a.resolved(text, prior, true)
}

func (a gazGeo) placesWeak(text, prior string) []placeRef {
	return a.resolved(text, prior, false)
}

func (a gazGeo) placesFolded(ft fold.Text, prior string, firm bool) []placeRef {
	return a.found(ft.Source(), a.g.FindFolded(ft), prior, firm)
}

func (a gazGeo) resolved(text, prior string, firm bool) []placeRef {
	return a.found(text, a.g.Find(text), prior, firm)
}

// found resolves the mentions ms of text.
func (a gazGeo) found(text string, ms []gazetteer.Mention, prior string, firm bool) []placeRef {
	if len(ms) == 0 {
		return nil
	}
	var rs []gazetteer.Resolved
	if firm {
		rs = a.g.Resolve(text, ms, prior)
	} else {
		rs = a.g.ResolveWeak(text, ms, prior)
	}
	out := make([]placeRef, 0, len(rs))
	for _, r := range rs {
		if r.Start < 0 || r.End > len(text) || r.Start >= r.End {
			continue // defensive: a span outside the text is no place
		}
		out = append(out, placeRef{start: r.Start, end: r.End, text: r.Text, place: r.Place, score: r.Score, fuzzy: r.Fuzzy, locative: afterEn(text, r.Start) || inTown(text, r.Start)})
	}
	return out
}

func (a gazGeo) reverse(lat, lon float64) (gazetteer.Place, gazetteer.Place, bool) {
	return a.g.Reverse(lat, lon)
}
func (a gazGeo) state(code string) (gazetteer.Place, bool)    { return a.g.State(code) }
func (a gazGeo) capital(state string) (gazetteer.Place, bool) { return a.g.Capital(state) }

// inTown reports whether the streets or the centre of a place precede
// offset i of text ("calles de Chihuahua", "pleno centro de Colima"):
// only a town has them.
func inTown(text string, i int) bool {
	lo := max(0, i-12)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	before := fold.String(text[lo:i])
	for _, w := range [...]string{"calles de ", "centro de "} {
		if k := len(before) - len(w); k >= 0 && before[k:] == w && (k == 0 || !isWord(before[k-1])) {
			return true
		}
	}
	return false
}

// afterEn reports whether the word "en" (or English "in") ends text right
// before offset i ("en Chihuahua", "en-chihuahua", "in Chihuahua").
func afterEn(text string, i int) bool {
	if i < 3 || i > len(text) {
		return false
	}
	w := text[i-3 : i]
	if w[2] != ' ' && w[2] != '-' || w[0]|0x20 != 'e' && w[0]|0x20 != 'i' || w[1]|0x20 != 'n' {
		return false
	}
	return i == 3 || !isWord(text[i-4])
}
func (a gazGeo) municipality(code string) (gazetteer.Place, bool) {
	return a.g.Municipality(code)
}
