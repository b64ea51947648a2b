package model

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // the zones must load on machines without a zoneinfo database
)

// An act's day is the calendar day of its instant on the clock of its
// place: 23:30 in Culiacán is that day there, though it is 00:30 the next
// day in Mexico City. Every stage that compares days (fusion's windows,
// evaluation, exports) reads them with Location.Day; a time told to the
// day (TimeDay) is stored as an instant of that day in the place's zone
// (midnight, or the representative hour of a part of the day), so that
// Day gives back the date the report told.

// zoneTable is zones.tsv: the IANA time zone of each state and of the
// municipalities that keep another clock than their state's, with the
// sources of the table.
//
//go:embed zones.tsv
var zoneTable string

// zoneSet is the parsed zone table and Mexico City's zone.
type zoneSet struct {
	byCode     map[string]*time.Location // by INEGI state or municipality code
	mexicoCity *time.Location
}

// zones returns the zone table, parsed once. The table is embedded and
// checked by the tests, so an error here is a build defect: it panics.
var zones = sync.OnceValue(func() zoneSet {
	z, err := readZones(zoneTable)
	if err != nil {
		panic(err)
	}
	return z
})

// readZones parses a zone table: lines of a state (2 digits) or
// municipality (5 digits) code, a tab and an IANA zone name, then
// anything; '#' starts a comment line.
func readZones(table string) (zoneSet, error) {
	mx, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		return zoneSet{}, fmt.Errorf("model: loading America/Mexico_City: %w", err)
	}
	z := zoneSet{byCode: map[string]*time.Location{}, mexicoCity: mx}
	byName := map[string]*time.Location{mx.String(): mx}
	for n, line := range strings.Split(table, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || (len(f[0]) != 2 && len(f[0]) != 5) {
			return zoneSet{}, fmt.Errorf("model: zones.tsv line %d: want a state or municipality code and a zone", n+1)
		}
		loc, ok := byName[f[1]]
		if !ok {
			if loc, err = time.LoadLocation(f[1]); err != nil {
				return zoneSet{}, fmt.Errorf("model: zones.tsv line %d: %w", n+1, err)
			}
			byName[f[1]] = loc
		}
		z.byCode[f[0]] = loc
	}
	return z, nil
}

// MexicoCity returns the America/Mexico_City zone: the clock of a report
// or an act whose place is unknown.
func MexicoCity() *time.Location { return zones().mexicoCity }

// Zone returns the time zone of the place: its municipality's when it
// keeps another clock than its state (the northern border strip, Bahía de
// Banderas), else its state's; Mexico City's when the state is unknown.
func (l *Location) Zone() *time.Location {
	z := zones()
	if l.MunicipalityCode != "" {
		if loc, ok := z.byCode[l.MunicipalityCode]; ok {
			return loc
		}
	}
	if loc, ok := z.byCode[l.StateCode]; ok {
		return loc
	}
	return z.mexicoCity
}

// Day returns the calendar day of instant t at the place, as midnight of
// that day in the place's zone (Zone): the day of an act at t there.
func (l *Location) Day(t time.Time) time.Time {
	loc := l.Zone()
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// Date returns Day(t) as YYYY-MM-DD.
func (l *Location) Date(t time.Time) string {
	return t.In(l.Zone()).Format(time.DateOnly)
}

// OnClock returns the instant at which the place's wall clock reads what
// t's wall clock reads in zone from: 22:30 read on Mexico City's clock is
// 22:30 in Culiacán, an hour later. It returns t, in the place's zone,
// when from is nil or the place's own zone.
func (l *Location) OnClock(t time.Time, from *time.Location) time.Time {
	to := l.Zone()
	if from == nil || from == to {
		return t.In(to)
	}
	w := t.In(from)
	return time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), w.Nanosecond(), to)
}
