package api

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // America/Mexico_City on machines without a zone database

	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/internal/clip"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// The query parameters of the filters, of the listings and of the
// counts.
var (
	filterParams      = []string{"since", "until", "bbox", "state", "municipality", "type", "actor", "min_severity", "q"}
	listParams        = append(append([]string(nil), filterParams...), "limit", "cursor", "format")
	eventFilterParams = append(append([]string(nil), filterParams...), "min_sources")
	eventListParams   = append(append([]string(nil), eventFilterParams...), "limit", "cursor", "format")
	statsParams       = append(append([]string(nil), eventFilterParams...), "of")
)

// maxSources bounds min_sources.
const maxSources = 1000

// Bounds of free-text parameters.
const (
	maxQ     = 500
	maxActor = 200
	maxID    = 200
)

// listQuery is a parsed listing request.
type listQuery struct {
	filter store.Filter // Limit unset
	limit  int
	format export.Format
}

// eventQuery is a parsed request of a listing of events.
type eventQuery struct {
	filter store.EventFilter // Limit unset
	limit  int
	format export.Format
}

// errParam is a client mistake in the query; its text is safe to return.
type errParam struct{ msg string }

func (e errParam) Error() string { return e.msg }

func paramErr(format string, args ...any) error { return errParam{fmt.Sprintf(format, args...)} }

// single returns the values of q as one value each, rejecting parameters
// not in allowed and parameters given twice.
func single(q url.Values, allowed []string) (map[string]string, error) {
	out := make(map[string]string, len(q))
	for k, vs := range q {
		ok := false
		for _, a := range allowed {
			if k == a {
				ok = true
				break
			}
		}
		if !ok {
			return nil, paramErr("unknown query parameter %s", clip.Quote(k))
		}
		if len(vs) != 1 {
			return nil, paramErr("query parameter %s given %d times", clip.Quote(k), len(vs))
		}
		out[k] = vs[0]
	}
	return out, nil
}

// parseFilter reads the filter parameters of v.
func parseFilter(v map[string]string, lookupState func(string) (string, bool), loc *time.Location) (store.Filter, error) {
	var (
		f   store.Filter
		err error
	)
	// A date bounds the act's day at its place (store.Filter.SinceDay),
	// until's included; a time is an instant.
	if s, ok := v["since"]; ok {
		var day bool
		if f.Since, day, err = parseTime(s, loc); err != nil {
			return f, paramErr("since: %v", err)
		}
		if day {
			f.Since, f.SinceDay = time.Time{}, s
		}
	}
	if s, ok := v["until"]; ok {
		var day bool
		if f.Until, day, err = parseTime(s, loc); err != nil {
			return f, paramErr("until: %v", err)
		}
		if day {
			f.Until, f.UntilDay = time.Time{}, s
		}
	}
	if s, ok := v["bbox"]; ok {
		if f.BBox, err = parseBBox(s); err != nil {
			return f, err
		}
	}
	if s, ok := v["state"]; ok {
		code, ok := lookupStateCode(s, lookupState)
		if !ok {
			return f, paramErr("state: no Mexican state %s", clip.Quote(s))
		}
		f.StateCode = code
	}
	if s, ok := v["municipality"]; ok {
		if !digits(s, 5) {
			return f, paramErr("municipality: want an INEGI code of five digits, such as 14039")
		}
		f.MunicipalityCode = s
	}
	if s, ok := v["type"]; ok {
		t := model.IncidentType(s)
		if !t.Valid() {
			return f, paramErr("type: want one of %v", model.IncidentTypes())
		}
		f.Type = t
	}
	if s, ok := v["actor"]; ok {
		s = strings.TrimSpace(s)
		if s == "" || len(s) > maxActor {
			return f, paramErr("actor: want an actor's name of 1 to %d bytes", maxActor)
		}
		f.Actor = s
	}
	if s, ok := v["min_severity"]; ok {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 4 {
			return f, paramErr("min_severity: want 1, 2, 3 or 4")
		}
		f.MinSeverity = n
	}
	if s, ok := v["q"]; ok {
		if len(s) > maxQ {
			return f, paramErr("q: longer than %d bytes", maxQ)
		}
		if _, ok := store.TextQuery(s); !ok {
			return f, paramErr("q: no word to search for")
		}
		f.Text = s
	}
	return f, nil
}

// parseList reads the parameters of /api/incidents.
func parseList(q url.Values, lookupState func(string) (string, bool), loc *time.Location) (listQuery, error) {
	v, err := single(q, listParams)
	if err != nil {
		return listQuery{}, err
	}
	lq := listQuery{}
	if lq.filter, err = parseFilter(v, lookupState, loc); err != nil {
		return listQuery{}, err
	}
	if lq.limit, lq.filter.After, lq.format, err = parsePage(v, export.JSON, export.GeoJSON, export.CSV); err != nil {
		return listQuery{}, err
	}
	return lq, nil
}

// parseEventList reads the parameters of /api/events.
func parseEventList(q url.Values, lookupState func(string) (string, bool), loc *time.Location) (eventQuery, error) {
	v, err := single(q, eventListParams)
	if err != nil {
		return eventQuery{}, err
	}
	eq := eventQuery{}
	if eq.filter, err = parseEventFilter(v, lookupState, loc); err != nil {
		return eventQuery{}, err
	}
	if eq.limit, eq.filter.After, eq.format, err = parsePage(v, export.JSON, export.GeoJSON, export.CSV, export.ACLED); err != nil {
		return eventQuery{}, err
	}
	return eq, nil
}

// parseEventFilter reads the filter parameters of v for events: those of
// incidents and min_sources.
func parseEventFilter(v map[string]string, lookupState func(string) (string, bool), loc *time.Location) (store.EventFilter, error) {
	f, err := parseFilter(v, lookupState, loc)
	if err != nil {
		return store.EventFilter{}, err
	}
	ef := store.EventFilter{
		Since: f.Since, Until: f.Until, SinceDay: f.SinceDay, UntilDay: f.UntilDay, StateCode: f.StateCode, MunicipalityCode: f.MunicipalityCode,
		Type: f.Type, Actor: f.Actor, MinSeverity: f.MinSeverity, BBox: f.BBox, Text: f.Text,
	}
	if s, ok := v["min_sources"]; ok {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > maxSources {
			return store.EventFilter{}, paramErr("min_sources: want a number from 1 to %d", maxSources)
		}
		ef.MinSources = n
	}
	return ef, nil
}

// parsePage reads limit, cursor and format, the last one of formats (the
// first is the default).
func parsePage(v map[string]string, formats ...export.Format) (limit int, after *store.Cursor, format export.Format, err error) {
	limit, format = DefaultLimit, formats[0]
	if s, ok := v["limit"]; ok {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > MaxLimit {
			return 0, nil, "", paramErr("limit: want a number from 1 to %d", MaxLimit)
		}
		limit = n
	}
	if s, ok := v["cursor"]; ok {
		if after, err = decodeCursor(s); err != nil {
			return 0, nil, "", err
		}
	}
	if s, ok := v["format"]; ok {
		if !slices.Contains(formats, export.Format(s)) {
			names := make([]string, len(formats))
			for i, f := range formats {
				names[i] = string(f)
			}
			return 0, nil, "", paramErr("format: want one of %s", strings.Join(names, ", "))
		}
		format = export.Format(s)
	}
	return limit, after, format, nil
}

// parseTime reads RFC 3339 or YYYY-MM-DD (the start of that day in loc,
// day true).
func parseTime(s string, loc *time.Location) (t time.Time, day bool, err error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, false, nil
	}
	if t, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
		return t, true, nil
	}
	return time.Time{}, false, errors.New("want RFC 3339 (2026-02-22T14:05:00-06:00) or a date (2026-02-22)")
}

func parseBBox(s string) (*store.BBox, error) {
	bad := paramErr("bbox: want minLon,minLat,maxLon,maxLat in degrees, such as -105,19,-101,23")
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return nil, bad
	}
	var v [4]float64
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, bad
		}
		v[i] = f
	}
	b := &store.BBox{MinLon: v[0], MinLat: v[1], MaxLon: v[2], MaxLat: v[3]}
	if b.MinLon < -180 || b.MaxLon > 180 || b.MinLat < -90 || b.MaxLat > 90 ||
		b.MinLon > b.MaxLon || b.MinLat > b.MaxLat {
		return nil, bad
	}
	return b, nil
}

func lookupStateCode(s string, lookup func(string) (string, bool)) (string, bool) {
	if lookup != nil {
		return lookup(s)
	}
	if digits(s, 2) && s >= "01" && s <= "32" {
		return s, true
	}
	return "", false
}

func digits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// cursor is the JSON inside an opaque page cursor: the Unix time (absent
// when unknown) and the id of the last incident of the page.
type cursor struct {
	T  *int64 `json:"t,omitempty"`
	ID string `json:"id"`
}

// encodeCursor returns the cursor after the thing (incident or event)
// with this time and id.
func encodeCursor(at *time.Time, id string) string {
	c := cursor{ID: id}
	if at != nil {
		t := at.Unix()
		c.T = &t
	}
	b, _ := json.Marshal(c) // a struct of an int and a string cannot fail
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (*store.Cursor, error) {
	bad := paramErr("cursor: not a cursor this server gave")
	if len(s) > 4*maxID {
		return nil, bad
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, bad
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil || c.ID == "" || len(c.ID) > maxID {
		return nil, bad
	}
	out := &store.Cursor{ID: c.ID}
	if c.T != nil {
		t := time.Unix(*c.T, 0).UTC()
		out.Time = &t
	}
	return out, nil
}
