package when

import (
	_ "embed"
	"fmt"
	"strings"
	"time"
)

// zoneTable is zones.tsv: the IANA time zone of each state and of the
// municipalities that keep another clock than their state's, with the
// sources of the table.
//
//go:embed zones.tsv
var zoneTable string

// readZones parses a zone table: lines of a state (2 digits) or
// municipality (5 digits) code, a tab and an IANA zone name, then
// anything; '#' starts a comment line.
func readZones(table string) (map[string]*time.Location, error) {
	zones := map[string]*time.Location{}
	byName := map[string]*time.Location{}
	for n, line := range strings.Split(table, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || (len(f[0]) != 2 && len(f[0]) != 5) {
			return nil, fmt.Errorf("when: zones.tsv line %d: want a state or municipality code and a zone", n+1)
		}
		loc, ok := byName[f[1]]
		if !ok {
			var err error
			if loc, err = time.LoadLocation(f[1]); err != nil {
				return nil, fmt.Errorf("when: zones.tsv line %d: %w", n+1, err)
			}
			byName[f[1]] = loc
		}
		zones[f[0]] = loc
	}
	return zones, nil
}

// Zone returns the time zone of a place given by its INEGI codes: the
// municipality's when it keeps another clock than its state (the northern
// border strip, Bahía de Banderas), else the state's; nil when the state
// is unknown.
func (r *Resolver) Zone(state, municipality string) *time.Location {
	if loc, ok := r.zones[municipality]; ok && municipality != "" {
		return loc
	}
	return r.zones[state]
}

// OnClock returns the instant that t's wall-clock time in zone from reads
// in zone to, in the resolver's zone: 22:30 read in Mexico City is 23:30
// there when the clock was Culiacán's. It returns t when either zone is nil.
func (r *Resolver) OnClock(t time.Time, from, to *time.Location) time.Time {
	if from == nil || to == nil || from == to {
		return t
	}
	l := t.In(from)
	return time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), l.Nanosecond(), to).In(r.loc)
}
