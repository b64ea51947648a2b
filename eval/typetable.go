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

// TypeTable counts the rows of one half of one data set by how they are
// coded (no incident, the first type the coding agrees with, or untyped)
// and what the pipeline's first incident is (none, or its type): how the
// rows of each coding are read. Counts only.
type TypeTable struct {
	Set   string `json:"set"`
	Split string `json:"split"`
	// Counts are keyed "coded -> found".
	Counts map[string]int `json:"counts"`
}

// TypeTables tabulates each set's rows per half, as FalseIncidents
// splits them; extract returns an item's incidents in text order.
func TypeTables(ctx context.Context, sets []dataset.Set, split string, extract func(dataset.Item) ([]model.Incident, error)) ([]TypeTable, error) {
	halves, err := halvesOf(split)
	if err != nil {
		return nil, err
	}
	var out []TypeTable
	for _, s := range sets {
		for _, h := range halves {
			tt := TypeTable{Set: s.Name, Split: h, Counts: make(map[string]int)}
			for _, it := range s.Items {
				if !inSplit(it, h) {
					continue
				}
				if err := ctx.Err(); err != nil {
					return nil, err
				}
				coded := "untyped"
				switch {
				case it.Gold.NoIncident:
					coded = "no incident"
				case len(it.Gold.Types) > 0:
					coded = string(it.Gold.Types[0])
				}
				found := "none"
				if incs, _ := extract(it); len(incs) > 0 {
					found = string(incs[0].Type)
				}
				tt.Counts[coded+" -> "+found]++
			}
			if len(tt.Counts) > 0 {
				out = append(out, tt)
			}
		}
	}
	return out, nil
}

// WriteTypeTables prints each set's tables as one, a column per half,
// rows sorted by coding, then by count.
func WriteTypeTables(w io.Writer, ts []TypeTable) error {
	bw := bufio.NewWriter(w)
	for _, group := range bySet(ts, func(x TypeTable) string { return x.Set }) {
		fmt.Fprintf(bw, "\nRows by coding and first incident found, %s (coded -> found)\n", group[0].Set)
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		halfColumns(tw, "coded -> found", group, func(t TypeTable) string { return t.Split })
		all := make(map[string]int)
		for _, t := range group {
			for k, c := range t.Counts {
				all[k] += c
			}
		}
		keys := slices.Collect(maps.Keys(all))
		slices.SortFunc(keys, func(a, b string) int {
			ca, _, _ := strings.Cut(a, " -> ")
			cb, _, _ := strings.Cut(b, " -> ")
			if c := strings.Compare(ca, cb); c != 0 {
				return c
			}
			if all[a] != all[b] {
				return all[b] - all[a]
			}
			return strings.Compare(a, b)
		})
		for _, k := range keys {
			fmt.Fprint(tw, k)
			for _, t := range group {
				fmt.Fprintf(tw, "\t%d", t.Counts[k])
			}
			fmt.Fprint(tw, "\t\n")
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return bw.Flush()
}
