package extract

import (
	"sync"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// Prior gives the home state of a report's source: the state its reports
// are about when they do not say. Implementations must be safe for
// concurrent use.
type Prior interface {
	// HomeState returns the INEGI code of source's home state, or ok
	// false when none is known.
	HomeState(source string) (code string, ok bool)
}

// TownPrior is a Prior that also knows a source's home town: the
// municipality its reports are about when they name no known place,
// often only a neighbourhood ("en la colonia Popular"). *SourcePrior is
// one.
type TownPrior interface {
	Prior
	// HomeMunicipality returns the INEGI code of source's home
	// municipality, or ok false when none is known.
	HomeMunicipality(source string) (code string, ok bool)
}

// FirmPrior is a Prior that tells how firmly it knows a source's home
// state. A national outlet whose reports happen to name one state more
// than others has a home state, but "en Hidalgo" from it means the state
// of Hidalgo, not the town of Hidalgo in that home state. *SourcePrior is
// one.
type FirmPrior interface {
	Prior
	// FirmHome reports whether source's home state is known firmly.
	FirmHome(source string) bool
}

// The thresholds of a learned home state: at least priorMin reports of
// the source name a state, and one state has at least priorShare of them
// (or, with twice as many reports, priorLead times any other state's).
const (
	priorMin   = 5
	priorShare = 0.6
	// priorLead: or, with at least 2*priorMin reports, the state named
	// by priorLead times as many reports as any other.
	priorLead = 3
	// townShare: the share of a home town among the municipalities a
	// source's reports name.
	townShare = 0.4
	// firmMin: the reports naming a state from which a home state with
	// priorShare of them is firm (FirmHome).
	firmMin = 20
)

// SourcePrior learns each source's home state from the states its reports
// name explicitly: a local outlet ("Periódico Correo", "Entrelíneas")
// writes mostly about one state, so a report of it that names no place is
// most likely about that state, and a homonym it names ("Cuauhtémoc",
// "Juárez") most likely lies there. A home state is known once priorMin
// reports of the source have named a state and one state has priorShare
// of them. SourcePrior is safe for concurrent use; the zero value is not,
// use NewSourcePrior.
//
// It learns home towns the same way from the municipalities the reports
// name (codes of five digits are municipalities, of two states).
type SourcePrior struct {
	mu     sync.RWMutex
	counts map[string]map[string]int // source key -> state or municipality code -> reports
}

// NewSourcePrior returns an empty prior.
func NewSourcePrior() *SourcePrior {
	return &SourcePrior{counts: make(map[string]map[string]int)}
}

// Add counts n reports of source that name the state or municipality
// code. Sources are
// counted under fold.Key, so "Periódico Correo" and "periodico correo"
// are one source.
func (p *SourcePrior) Add(source, code string, n int) {
	k := fold.Key(source)
	if k == "" || code == "" || n <= 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	m := p.counts[k]
	if m == nil {
		m = make(map[string]int)
		p.counts[k] = m
	}
	m[code] += n
}

// Observe counts the states and municipalities that r's incidents place
// from its text, each once per report.
func (p *SourcePrior) Observe(r model.Report, incs []model.Incident) {
	for _, code := range model.NamedPlaces(incs) {
		p.Add(r.Source, code, 1)
	}
}

// HomeMunicipality implements TownPrior: a municipality of the home state
// named by townShare of the reports that name a municipality (at least
// priorMin of them) and by half as many again as any other.
func (p *SourcePrior) HomeMunicipality(source string) (string, bool) {
	st, ok := p.HomeState(source)
	if !ok {
		return "", false
	}
	code, ok := p.home(source, 5)
	if !ok || code[:2] != st {
		return "", false
	}
	return code, true
}

// FirmHome implements FirmPrior: a home state named by priorShare of at
// least firmMin reports that name a state.
func (p *SourcePrior) FirmHome(source string) bool {
	k := fold.Key(source)
	p.mu.RLock()
	defer p.mu.RUnlock()
	total, best := 0, 0
	for c, n := range p.counts[k] {
		if len(c) == 2 {
			total += n
			best = max(best, n)
		}
	}
	return total >= firmMin && float64(best) >= priorShare*float64(total)
}

// HomeState implements Prior.
func (p *SourcePrior) HomeState(source string) (string, bool) {
	return p.home(source, 2)
}

// home returns the dominant code of width digits among source's counts.
func (p *SourcePrior) home(source string, width int) (string, bool) {
	k := fold.Key(source)
	if k == "" {
		return "", false
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	m := p.counts[k]
	total, best, second, code := 0, 0, 0, ""
	for c, n := range m {
		if len(c) != width {
			continue
		}
		total += n
		switch {
		case n > best || n == best && c < code:
			second = max(second, best)
			best, code = n, c
		case n > second:
			second = n
		}
	}
	if total < priorMin {
		return "", false
	}
	// A share of 60%, or for a state a clear lead when the rest is
	// scattered: places the extractor misread (a "San Isidro" in another
	// state) spread over many states, the home stays far ahead of each.
	if width == 5 {
		// A town needs its share and a lead: a regional outlet covers
		// several towns about equally.
		if float64(best) < townShare*float64(total) || 2*best < 3*second {
			return "", false
		}
		return code, true
	}
	if float64(best) < priorShare*float64(total) && (best < priorLead*second || best < 2*priorMin) {
		return "", false
	}
	return code, true
}
