package store

import (
	"database/sql/driver"
	"time"

	"github.com/atalaya/atalaya/model"
	"modernc.org/sqlite"
)

// Day bounds (Filter.SinceDay, UntilDay and EventFilter's) select acts by
// their day at their place (model.Location.Date): 23:30 in Tijuana on
// the 3rd is on the 3rd, though it is the 4th in Mexico City. SQL reads
// that day with the function place_date(time, state_code,
// municipality_code), registered on the store's driver; the instants of a day
// anywhere in Mexico bound the time column first, so that its index
// still narrows the scan.

// sqlPlaceDate is the name of the SQL function placeDate, registered on
// the store's driver (sqlDriver).
const sqlPlaceDate = "place_date"

// placeDate is SQL's place_date(time, state_code, municipality_code): the
// day (YYYY-MM-DD) of Unix time at the place with those codes, NULL when
// the time is NULL.
func placeDate(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
	sec, ok := args[0].(int64)
	if !ok {
		return nil, nil
	}
	loc := model.Location{StateCode: sqlText(args[1]), MunicipalityCode: sqlText(args[2])}
	return loc.Date(time.Unix(sec, 0)), nil
}

// placeDay returns the day of Unix time sec at the place with those codes
// (model.Location.Day) as a number of days since 1970-01-01 (unixDay).
func placeDay(sec int64, state, muni string) int32 {
	loc := model.Location{StateCode: state, MunicipalityCode: muni}
	_, off := time.Unix(sec, 0).In(loc.Zone()).Zone()
	return unixDay(sec + int64(off))
}

// unixDay returns the number of the day of Unix time sec, read in UTC:
// days since 1970-01-01, negative before.
func unixDay(sec int64) int32 {
	const day = 24 * 3600
	d := sec / day
	if sec%day < 0 {
		d--
	}
	return int32(d)
}

// sqlText returns a TEXT argument of an SQL function, "" for NULL.
func sqlText(v driver.Value) string {
	switch s := v.(type) {
	case string:
		return s
	case []byte:
		return string(s)
	}
	return ""
}

// Every Mexican clock reads a day D from no earlier than D 00:00 UTC (the
// east, UTC-5 or UTC-4 in its summers, starts it hours later) to before
// D+1 12:00 UTC (Baja California's UTC-8 ends it at 08:00): the instants
// that may belong to a place's day, with a margin.
const (
	dayFirstUTC = 0
	dayLastUTC  = 36 * time.Hour
)

// dayRange bounds column col (Unix seconds) by the place's day of its
// value, read with place_date over the place's columns state and muni:
// since and until are days (YYYY-MM-DD), both inclusive, "" for no bound;
// a bound that is no date matches nothing. It reports whether a bound was
// set, which excludes unknown times.
func (w *sqlWhere) dayRange(col, state, muni, since, until string) bool {
	day := sqlPlaceDate + "(" + col + ", " + state + ", " + muni + ")"
	for _, b := range []struct {
		d, instant, date string
		at               time.Duration
	}{{since, " >= ?", " >= ?", dayFirstUTC}, {until, " < ?", " <= ?", dayLastUTC}} {
		if b.d == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, b.d)
		if err != nil {
			w.add("0")
			continue
		}
		w.add(col+b.instant+" AND "+day+b.date, t.Add(b.at).Unix(), b.d)
	}
	return since != "" || until != ""
}
