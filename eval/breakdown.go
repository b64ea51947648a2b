package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/model"
)

// Explainer extracts an item's incidents again and gives, for each, the
// labels that say why it was found, each "kind: value" ("cue: asesinato",
// "form: plural noun", "reading: generic").
type Explainer func(dataset.Item) ([]model.Incident, [][]string, error)

// Breakdown counts the causes of the false incidents on the texts coded as
// no incident (dataset.Gold.NoIncident) of one half of one data set: the
// labels of every violent incident that counts as one (the incidents that
// make a text not clean), by label.
type Breakdown struct {
	Set   string `json:"set"`
	Split string `json:"split"`
	// Texts counts the no-incident texts, Dirty those with a false
	// incident, Incidents the false incidents.
	Texts int `json:"texts"`
	Dirty int `json:"dirty"`
	// Distinct counts the different sentences among the false incidents'
	// evidence (the same headline is often coded several times, from
	// several outlets or URLs).
	Distinct  int            `json:"distinct"`
	Incidents int            `json:"incidents"`
	Labels    map[string]int `json:"labels"`
}

// FalseIncidents explains the false incidents of the no-incident texts of
// each set, per half: split is "dev", "check" or "all" (both halves, side
// by side). It reads no text to the caller: only counts come out.
func FalseIncidents(ctx context.Context, sets []dataset.Set, split string, explain Explainer) ([]Breakdown, error) {
	halves, err := halvesOf(split)
	if err != nil {
		return nil, err
	}
	var out []Breakdown
	for _, s := range sets {
		for _, h := range halves {
			b := Breakdown{Set: s.Name, Split: h, Labels: make(map[string]int)}
			seen := make(map[string]bool)
			for _, it := range s.Items {
				if !inSplit(it, h) || !it.Gold.NoIncident {
					continue
				}
				if err := ctx.Err(); err != nil {
					return nil, err
				}
				b.Texts++
				incs, why, _ := explain(it)
				dirty := false
				for k, in := range incs {
					if !in.Type.Violent() || !in.Counted() {
						continue
					}
					dirty = true
					b.Incidents++
					for _, ev := range in.Evidence {
						if k := strings.ToLower(strings.TrimSpace(ev.Text)); !seen[k] {
							seen[k] = true
							b.Distinct++
						}
					}
					if k < len(why) {
						for _, l := range why[k] {
							b.Labels[l]++
						}
					}
				}
				if dirty {
					b.Dirty++
				}
			}
			if b.Texts > 0 {
				out = append(out, b)
			}
		}
	}
	return out, nil
}

// WriteBreakdowns prints the breakdowns of each set as one table, a column
// per half, labels grouped by kind and sorted by count; labels seen
// fewer than min times in every half are summed into one line per kind.
func WriteBreakdowns(w io.Writer, bs []Breakdown, min int) error {
	bw := bufio.NewWriter(w)
	for _, group := range bySet(bs, func(b Breakdown) string { return b.Set }) {
		fmt.Fprintf(bw, "\nFalse incidents on no-incident texts, %s: by label (kind: value)\n", group[0].Set)
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		halfColumns(tw, "label", group, func(b Breakdown) string { return b.Split })
		fmt.Fprintf(tw, "texts / with a false incident / false incidents / distinct sentences")
		for _, b := range group {
			fmt.Fprintf(tw, "\t%d / %d / %d / %d", b.Texts, b.Dirty, b.Incidents, b.Distinct)
		}
		fmt.Fprintf(tw, "\t\n")
		all := make(map[string]int)
		for _, b := range group {
			for l, c := range b.Labels {
				all[l] += c
			}
		}
		kinds := make(map[string][]string)
		for l := range all {
			k, _, _ := strings.Cut(l, ":")
			kinds[k] = append(kinds[k], l)
		}
		for _, k := range slices.Sorted(maps.Keys(kinds)) {
			ls := kinds[k]
			slices.SortFunc(ls, func(a, b string) int {
				if all[a] != all[b] {
					return all[b] - all[a]
				}
				return strings.Compare(a, b)
			})
			rest := make([]int, len(group))
			restN := 0
			for _, l := range ls {
				small := true
				for _, b := range group {
					small = small && b.Labels[l] < min
				}
				if small {
					for i, b := range group {
						rest[i] += b.Labels[l]
					}
					restN++
					continue
				}
				fmt.Fprintf(tw, "%s", l)
				for _, b := range group {
					fmt.Fprintf(tw, "\t%d", b.Labels[l])
				}
				fmt.Fprintf(tw, "\t\n")
			}
			if restN > 0 {
				fmt.Fprintf(tw, "%s: %d others", k, restN)
				for i := range group {
					fmt.Fprintf(tw, "\t%d", rest[i])
				}
				fmt.Fprintf(tw, "\t\n")
			}
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// halvesOf returns the halves a per-half listing of split covers: both
// for "all", else split itself.
func halvesOf(split string) ([]string, error) {
	switch split {
	case "all":
		return []string{"dev", "check"}, nil
	case "dev", "check", "dev-a", "dev-b":
		return []string{split}, nil
	}
	return nil, fmt.Errorf("eval: split %q: want dev, check, all, dev-a or dev-b", split)
}

// halfColumns writes the header row of a per-half table: first, then
// the half of each of group's members.
func halfColumns[T any](tw io.Writer, first string, group []T, half func(T) string) {
	fmt.Fprint(tw, first)
	for _, x := range group {
		fmt.Fprintf(tw, "\t%s", half(x))
	}
	fmt.Fprint(tw, "\t\n")
}

// bySet cuts xs, sorted by set, into the runs of one set each.
func bySet[T any](xs []T, set func(T) string) [][]T {
	var out [][]T
	for len(xs) > 0 {
		n := 1
		for n < len(xs) && set(xs[n]) == set(xs[0]) {
			n++
		}
		out = append(out, xs[:n])
		xs = xs[n:]
	}
	return out
}
