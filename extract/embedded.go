package extract

import (
	"fmt"

	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/relevance"
	"github.com/atalaya/atalaya/when"
)

// EmbeddedDeps returns what extraction works with as atalaya wires it:
// the embedded gazetteer, the time resolver, the embedded relevance model
// as judge and the embedded headline reader, with prior (which may be
// nil).
func EmbeddedDeps(prior Prior) (Deps, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return Deps{}, fmt.Errorf("loading the gazetteer: %w", err)
	}
	w, err := when.New()
	if err != nil {
		return Deps{}, fmt.Errorf("loading the time resolver: %w", err)
	}
	m, err := relevance.Embedded()
	if err != nil {
		return Deps{}, err
	}
	h, err := relevance.EmbeddedHeadline()
	if err != nil {
		return Deps{}, err
	}
	return Deps{Gazetteer: g, When: w, Prior: prior, Judge: m, Headline: h}, nil
}
