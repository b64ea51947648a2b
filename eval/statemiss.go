package eval

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/model"
)

// PlaceReading is how an item's text reads as places, for telling why a
// state was missed: each place name found, what it may denote and what it
// was taken for.
type PlaceReading struct {
	// Home is the outlet's home state the reading used ("" when none).
	Home  string
	Names []PlaceName
}

// PlaceName is one place name found in a text.
type PlaceName struct {
	// States are the state codes of the name's candidates.
	States []string
	// Resolved is the state code of the place chosen for it, "" when the
	// name was judged no place.
	Resolved string
	// IsState tells that the chosen place is a state itself (the text
	// writes the state's name).
	IsState bool
}

// PlaceReader reads an item's place names (the CLI wires it to the
// gazetteer and the outlet prior the pipeline uses).
type PlaceReader func(dataset.Item) PlaceReading

// The causes of a miss of the state figure where the headline names a
// place (SplitScores.StateMisses), in the order they are tried.
const (
	MissNoneTyped     = "no incident found, coded with a type"
	MissNoneUntyped   = "no incident found, coded with no type"
	MissNoState       = "incident with no state"
	MissOtherIncident = "another incident of the report has the state"
	MissPrior         = "outlet prior only, the text's place not read"
	MissPinned        = "two places: a name read in the gold state, the incident pinned to another"
	MissHomonymHome   = "homonym read in another state, the outlet's home"
	MissHomonym       = "homonym read in another state, not the outlet's home"
	MissDropped       = "a name of the gold state judged no place"
	MissNamesOther    = "no name of the gold state found, the headline writes another state's name"
	MissNotFound      = "no name of the gold state found (gazetteer coverage or coding)"
	MissWrong         = "another state (no place reading)"
)

// stateMissCause names why the first incident of incs is not in the gold
// state g.StateCode. r is nil when no PlaceReader was given.
func stateMissCause(g dataset.Gold, incs []model.Incident, r *PlaceReading) string {
	if len(incs) == 0 {
		switch {
		case g.TypeAmbiguous:
			return MissNoneTyped + " (several)"
		case len(g.Types) > 0:
			return MissNoneTyped + " (" + string(g.Types[0]) + ")"
		}
		return MissNoneUntyped
	}
	p := incs[0]
	if p.Location.StateCode == "" {
		return MissNoState + readingNote(g, r)
	}
	for _, in := range incs[1:] {
		if in.Location.StateCode == g.StateCode {
			return MissOtherIncident
		}
	}
	if p.Location.Basis == model.BasisOutletPrior {
		return MissPrior + readingNote(g, r)
	}
	if r == nil {
		return MissWrong
	}
	switch readGold(g, r) {
	case goldRead:
		return MissPinned
	case goldHomonymHome:
		return MissHomonymHome
	case goldDropped:
		return MissDropped
	case goldHomonym:
		return MissHomonym
	}
	for _, n := range r.Names {
		if n.IsState && n.Resolved == p.Location.StateCode {
			return MissNamesOther
		}
	}
	return MissNotFound
}

// How the names of a text that may denote a place of the gold state were
// read, the first that applies: one read there, one read in another
// state that is the outlet's home, one judged no place, one read in
// another state; or none found.
const (
	goldNone = iota
	goldRead
	goldHomonymHome
	goldDropped
	goldHomonym
)

func readGold(g dataset.Gold, r *PlaceReading) int {
	var read, dropped, home, candidate bool
	for _, n := range r.Names {
		if !slices.Contains(n.States, g.StateCode) {
			continue
		}
		candidate = true
		switch n.Resolved {
		case g.StateCode:
			read = true
		case "":
			dropped = true
		case r.Home:
			home = true
		}
	}
	switch {
	case read:
		return goldRead
	case home:
		return goldHomonymHome
	case dropped:
		return goldDropped
	case candidate:
		return goldHomonym
	}
	return goldNone
}

// readingNote tells, for the causes before the reading's own, how the
// gold state's names were read: "" when r is nil.
func readingNote(g dataset.Gold, r *PlaceReading) string {
	if r == nil {
		return ""
	}
	switch readGold(g, r) {
	case goldRead:
		return " (a name of the gold state read there)"
	case goldHomonymHome, goldHomonym:
		return " (a name of the gold state read in another state)"
	case goldDropped:
		return " (a name of the gold state judged no place)"
	}
	return " (no name of the gold state found)"
}

// missOrder lists the causes in the order they are tried.
var missOrder = []string{MissNoneTyped, MissNoneUntyped, MissNoState, MissOtherIncident, MissPrior,
	MissPinned, MissHomonymHome, MissHomonym, MissDropped, MissNamesOther, MissNotFound, MissWrong}

// writeStateMisses prints the state misses of the splits as a table, a
// row per cause and a column per split: rows missed (distinct texts).
func writeStateMisses(w io.Writer, splits []SplitScores) {
	any := false
	for _, sp := range splits {
		any = any || len(sp.StateMisses) > 0
	}
	if !any {
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "state misses, headline names a place: cause")
	for _, sp := range splits {
		fmt.Fprintf(tw, "\t%s rows (texts)", sp.Split)
	}
	fmt.Fprintf(tw, "\t\n")
	var order []string
	for _, why := range missOrder {
		var keys []string
		for _, sp := range splits {
			for k := range sp.StateMisses {
				if (k == why || strings.HasPrefix(k, why+" (")) && !slices.Contains(keys, k) {
					keys = append(keys, k)
				}
			}
		}
		slices.Sort(keys)
		order = append(order, keys...)
	}
	for _, why := range order {
		n := 0
		for _, sp := range splits {
			n += sp.StateMisses[why]
		}
		if n == 0 {
			continue
		}
		fmt.Fprintf(tw, "  %s", why)
		for _, sp := range splits {
			fmt.Fprintf(tw, "\t%d (%d)", sp.StateMisses[why], sp.StateMissTexts[why])
		}
		fmt.Fprintf(tw, "\t\n")
	}
	tw.Flush()
}
