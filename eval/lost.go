package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/model"
)

// Drop is a candidate incident the pipeline let go: the step that let it
// go (extract.Drop.Step: classify, draft, settle, judge) and what the
// step read.
type Drop struct {
	Step   string `json:"step"`
	Reason string `json:"reason"`
}

// Dropper reads an item again and returns the candidates the pipeline
// let go, in the order the steps ran (the CLI wires it to
// extract.Extractor.Account).
type Dropper func(dataset.Item) ([]Drop, error)

// NoCandidate is the step named for a row the pipeline let go without a
// candidate: no cue was read at all.
const NoCandidate = "no candidate: no cue read"

// stepRank orders the steps of extract.Account: a candidate let go at a
// later step came further.
func stepRank(step string) int {
	switch step {
	case "classify":
		return 1
	case "draft":
		return 2
	case "settle":
		return 3
	case "judge":
		return 4
	}
	return 0
}

// LostStep names the step that let a row's act go, from the candidates
// the pipeline dropped: the furthest step any came to, with its first
// reason ("draft: typed, no incident drafted: ..."); NoCandidate when
// none was dropped.
func LostStep(ds []Drop) string {
	best := -1
	for k, d := range ds {
		if best < 0 || stepRank(d.Step) > stepRank(ds[best].Step) {
			best = k
		}
	}
	if best < 0 {
		return NoCandidate
	}
	return ds[best].Step + ": " + ds[best].Reason
}

// LostActs counts, for one half of one data set, the rows coded with an
// act whose headline names a place (and that the place figures keep)
// where the pipeline finds no incident, by the step that let the act go
// (LostStep) and by the coded type ("untyped" when the coding gives
// none). Counts only.
type LostActs struct {
	Set   string `json:"set"`
	Split string `json:"split"`
	// Rows counts the rows coded with an act that name a place, Lost
	// those with no incident found.
	Rows  int            `json:"rows"`
	Lost  int            `json:"lost"`
	Steps map[string]int `json:"steps"`
	Types map[string]int `json:"types"`
}

// RowMiss is a development row read otherwise than coded, as the
// figures of RunSets define it, for a listing.
type RowMiss struct {
	Set string `json:"set"`
	// Half is the row's half of dev (DevHalf).
	Half string `json:"half"`
	// Kind is one of the Row constants.
	Kind string `json:"kind"`
	Got  string `json:"got"`
	Want string `json:"want"`
	// Text and Source are the row's report text and outlet.
	Text   string `json:"text"`
	Source string `json:"source,omitempty"`
	// N counts the rows with the same set, kind, reading and text (the
	// same headline is often coded several times).
	N int `json:"n"`
}

// Kinds of RowMiss, in the order a listing prints them.
const (
	// RowNone: a row coded with an act, no incident found; Got names
	// the step that let the act go (LostStep).
	RowNone = "none"
	// RowClean: a row coded as no incident with a violent incident
	// found that counts as one.
	RowClean = "clean"
	// RowActNoun: a row left out as dataset.OutActNounHeadline (coded
	// as no incident, but the headline tells an act by a noun), with
	// what was found, for reading how such rows are taken.
	RowActNoun = "act noun"
	// RowType: the first incident's type is none the coding agrees
	// with (the type figure's rows).
	RowType = "type"
	// RowKilled: the first incident's deaths differ from those the
	// headline gives.
	RowKilled = "killed"
	// RowDate: the first incident's day differs from the day the
	// headline dates.
	RowDate = "date"
	// RowState, RowMunicipality and RowCoordinates: the first
	// incident's state, municipality, or coordinates (more than 25 km
	// off, or none) where the headline names the place.
	RowState        = "state"
	RowMunicipality = "municipality"
	RowCoordinates  = "coordinates"
)

var rowOrder = []string{RowNone, RowClean, RowActNoun, RowType, RowKilled, RowDate, RowState, RowMunicipality, RowCoordinates}

// Losses counts the lost acts of each set per half of split (dev, check,
// all: both side by side, dev-a, dev-b), and, when split is dev or one of
// its halves, lists the rows read otherwise than coded (RowMiss): the
// rows of check are only counted. p is the pipeline the figures score;
// drops is asked only for the rows where p finds no incident.
func Losses(ctx context.Context, sets []dataset.Set, split string, p ItemPipeline, drops Dropper) ([]LostActs, []RowMiss, error) {
	halves, err := halvesOf(split)
	if err != nil {
		return nil, nil, err
	}
	list := split == "dev" || split == "dev-a" || split == "dev-b"
	var lost []LostActs
	var misses []RowMiss
	for _, s := range sets {
		seen := make(map[RowMiss]int) // index+1 in misses
		for _, h := range halves {
			la := LostActs{Set: s.Name, Split: h, Steps: make(map[string]int), Types: make(map[string]int)}
			for _, it := range s.Items {
				if !inSplit(it, h) {
					continue
				}
				if err := ctx.Err(); err != nil {
					return nil, nil, err
				}
				g := it.Gold
				incs, _ := p(it)
				step := ""
				if len(incs) == 0 && !g.NoIncident {
					ds, _ := drops(it)
					step = LostStep(ds)
				}
				if !g.NoIncident && g.NamesPlace && keepsPlace(g) {
					la.Rows++
					if step != "" {
						la.Lost++
						la.Steps[step]++
						la.Types[codedType(g)]++
					}
				}
				if !list || it.Split != dataset.Dev {
					continue
				}
				text, source := lineTextSource(it)
				for _, m := range rowMisses(g, incs, step) {
					m.Set, m.Half, m.Text, m.Source = s.Name, DevHalf(it), text, source
					if k := seen[m]; k > 0 {
						misses[k-1].N++
						continue
					}
					misses = append(misses, m)
					seen[m] = len(misses)
					misses[len(misses)-1].N = 1
				}
			}
			if la.Rows > 0 {
				lost = append(lost, la)
			}
		}
	}
	sets0 := make(map[string]int)
	for k, s := range sets {
		sets0[s.Name] = k
	}
	slices.SortStableFunc(misses, func(a, b RowMiss) int {
		if c := sets0[a.Set] - sets0[b.Set]; c != 0 {
			return c
		}
		if c := slices.Index(rowOrder, a.Kind) - slices.Index(rowOrder, b.Kind); c != 0 {
			return c
		}
		if c := strings.Compare(a.Got, b.Got); c != 0 {
			return c
		}
		if c := strings.Compare(a.Want, b.Want); c != 0 {
			return c
		}
		return strings.Compare(a.Text, b.Text)
	})
	return lost, misses, nil
}

// keepsPlace reports whether the row counts in the place figures.
func keepsPlace(g dataset.Gold) bool {
	return !slices.ContainsFunc(g.LeftOut, func(why string) bool { return strings.HasPrefix(why, "place:") })
}

// codedType is the first type the coding agrees with, "untyped" when it
// gives none.
func codedType(g dataset.Gold) string {
	if len(g.Types) > 0 {
		return string(g.Types[0])
	}
	return "untyped"
}

// rowMisses returns the ways a row is read otherwise than coded, by the
// figures' definitions, with what was found and what the coding wants;
// step is LostStep's for a row coded with an act and no incident found.
func rowMisses(g dataset.Gold, incs []model.Incident, step string) []RowMiss {
	var out []RowMiss
	add := func(kind, got, want string) { out = append(out, RowMiss{Kind: kind, Got: got, Want: want}) }
	if slices.Contains(g.LeftOut, dataset.OutActNounHeadline) {
		add(RowActNoun, foundTypes(incs), "an act (left out)")
	}
	if g.NoIncident {
		if !clean(incs) {
			add(RowClean, foundTypes(incs), "no incident")
		}
		return out
	}
	if len(incs) == 0 {
		want := codedType(g)
		if g.NamesPlace && keepsPlace(g) {
			want += ", place named"
		}
		if g.DatesEvent && g.Date != "" {
			want += ", dated " + g.Date
		}
		add(RowNone, step, want)
		return out
	}
	p := incs[0]
	typeOut := slices.ContainsFunc(g.LeftOut, func(why string) bool { return strings.HasPrefix(why, "type:") })
	if !typeOut && !g.TypeAmbiguous && len(g.Types) > 0 && !slices.Contains(g.Types, p.Type) {
		add(RowType, string(p.Type), strings.Join(typeNames(g.Types), " or "))
	}
	if g.Killed != nil && g.GivesKilled {
		k := 0
		if p.Killed != nil {
			k = p.Killed.N
		}
		if k != *g.Killed {
			add(RowKilled, fmt.Sprint(k), fmt.Sprint(*g.Killed))
		}
	}
	if g.Date != "" && g.DatesEvent {
		d := "no time"
		if p.Time != nil {
			d = p.Location.Date(*p.Time)
		}
		if d != g.Date {
			add(RowDate, d, g.Date)
		}
	}
	if !g.NamesPlace || !keepsPlace(g) {
		return out
	}
	l := p.Location
	got := placeName(l)
	if g.StateCode != "" && l.StateCode != g.StateCode {
		add(RowState, got, "state "+g.StateCode)
		return out
	}
	if g.NamesMunicipality && g.MunicipalityCode != "" && l.MunicipalityCode != g.MunicipalityCode {
		add(RowMunicipality, got, "municipality "+g.MunicipalityCode)
		return out
	}
	if g.NamesMunicipality && g.Lat != nil && g.Lon != nil {
		want := fmt.Sprintf("%.2f,%.2f", *g.Lat, *g.Lon)
		switch {
		case l.Lat == nil || l.Lon == nil:
			add(RowCoordinates, got+" no coordinates", want)
		case model.DistanceKm(*g.Lat, *g.Lon, *l.Lat, *l.Lon) > geoBoundKm:
			add(RowCoordinates, fmt.Sprintf("%s %.2f,%.2f", got, *l.Lat, *l.Lon), want)
		}
	}
	return out
}

// clean reports whether incs hold no violent incident that counts as one.
func clean(incs []model.Incident) bool {
	return !slices.ContainsFunc(incs, func(in model.Incident) bool { return in.Type.Violent() && in.Counted() })
}

// foundTypes names the incidents found, each "type@place/basis", "none"
// for none.
func foundTypes(incs []model.Incident) string {
	if len(incs) == 0 {
		return "none"
	}
	var ts []string
	for _, in := range incs {
		ts = append(ts, string(in.Type)+"@"+in.Location.Place+"/"+string(in.Location.Basis))
	}
	return strings.Join(ts, ", ")
}

func typeNames(ts []model.IncidentType) []string {
	out := make([]string, len(ts))
	for k, t := range ts {
		out[k] = string(t)
	}
	return out
}

// placeName is a location as "code state/code municipality (place as
// written, basis)".
func placeName(l model.Location) string {
	if l.StateCode == "" {
		return "no state"
	}
	s := l.StateCode + " " + l.State
	if l.MunicipalityCode != "" {
		s += "/" + l.MunicipalityCode + " " + l.Municipality
	}
	return fmt.Sprintf("%s (%q, %s)", s, l.Place, l.Basis)
}

// lineTextSource returns the text and source of an item's report line
// (its id when it has none).
func lineTextSource(it dataset.Item) (text, source string) {
	var l struct {
		Text   string `json:"text"`
		Source string `json:"source"`
	}
	if it.Line == nil || json.Unmarshal(it.Line, &l) != nil {
		return it.ID, ""
	}
	return strings.ReplaceAll(l.Text, "\n", " / "), l.Source
}

// WriteLosses prints each set's lost acts as one table, a column per
// half, steps then coded types sorted by count; then the listing, one row
// a line: kind, half, what was found, what the coding wants, the text and
// its outlet.
func WriteLosses(w io.Writer, lost []LostActs, misses []RowMiss) error {
	bw := bufio.NewWriter(w)
	for _, group := range bySet(lost, func(x LostActs) string { return x.Set }) {
		fmt.Fprintf(bw, "\nActs lost, %s: rows coded with an act that name a place, no incident found, by the step that let the act go and by coded type\n", group[0].Set)
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		fmt.Fprint(tw, "step / coded type")
		for _, la := range group {
			fmt.Fprintf(tw, "\t%s", la.Split)
		}
		fmt.Fprint(tw, "\t\nrows / lost")
		for _, la := range group {
			fmt.Fprintf(tw, "\t%d / %d", la.Rows, la.Lost)
		}
		fmt.Fprint(tw, "\t\n")
		for _, part := range []struct {
			prefix string
			counts func(LostActs) map[string]int
		}{
			{"step ", func(la LostActs) map[string]int { return la.Steps }},
			{"type ", func(la LostActs) map[string]int { return la.Types }},
		} {
			all := make(map[string]int)
			for _, la := range group {
				for k, c := range part.counts(la) {
					all[k] += c
				}
			}
			keys := slices.Sorted(maps.Keys(all))
			slices.SortStableFunc(keys, func(a, b string) int { return all[b] - all[a] })
			for _, k := range keys {
				fmt.Fprint(tw, part.prefix+k)
				for _, la := range group {
					fmt.Fprintf(tw, "\t%d", part.counts(la)[k])
				}
				fmt.Fprint(tw, "\t\n")
			}
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	for _, group := range bySet(misses, func(x RowMiss) string { return x.Set }) {
		fmt.Fprintf(bw, "\nDev rows read otherwise than coded, %s (kind half: found; coded; rows alike: text [outlet])\n", group[0].Set)
		for _, m := range group {
			src := ""
			if m.Source != "" {
				src = " [" + m.Source + "]"
			}
			fmt.Fprintf(bw, "%s %s: found %s; coded %s; x%d: %s%s\n", m.Kind, m.Half, m.Got, m.Want, m.N, m.Text, src)
		}
	}
	return bw.Flush()
}
