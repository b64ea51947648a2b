package dataset

import (
	"context"
	"encoding/json"
	"io"
	"math"
	"strings"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// ucdpStates maps UCDP's adm_1 spellings, folded and without a trailing
// " state", to INEGI state codes.
var ucdpStates = map[string]string{
	"aguascalientes": "01", "baja california": "02", "baja california norte": "02",
	"baja california sur": "03", "campeche": "04", "coahuila": "05", "coahuila de zaragoza": "05",
	"colima": "06", "chiapas": "07", "chihuahua": "08", "ciudad de mexico": "09",
	"distrito federal": "09", "mexico city": "09", "federal district": "09", "durango": "10",
	"guanajuato": "11", "guerrero": "12", "hidalgo": "13", "jalisco": "14", "mexico": "15",
	"estado de mexico": "15", "state of mexico": "15", "michoacan": "16",
	"michoacan de ocampo": "16", "morelos": "17", "nayarit": "18", "nuevo leon": "19",
	"oaxaca": "20", "puebla": "21", "queretaro": "22", "queretaro de arteaga": "22",
	"quintana roo": "23", "san luis potosi": "24", "sinaloa": "25", "sonora": "26",
	"tabasco": "27", "tamaulipas": "28", "tlaxcala": "29", "veracruz": "30",
	"veracruz de ignacio de la llave": "30", "veracruz llave": "30", "yucatan": "31", "zacatecas": "32",
}

// UCDPState returns the INEGI code of a UCDP adm_1 value ("Nuevo León
// state", "Distrito Federal"), or "".
func UCDPState(adm1 string) string {
	s := strings.TrimSpace(fold.String(adm1))
	s = strings.TrimSuffix(s, " state")
	return ucdpStates[strings.TrimSpace(s)]
}

// ucdpRow is one UCDP GED row (the fields used).
type ucdpRow struct {
	ID               json.RawMessage `json:"id"`
	SourceOffice     string          `json:"source_office"`
	SourceDate       string          `json:"source_date"`
	SourceHeadline   string          `json:"source_headline"`
	WherePrec        count           `json:"where_prec"`
	WhereCoordinates string          `json:"where_coordinates"`
	Adm1             string          `json:"adm_1"`
	Adm2             string          `json:"adm_2"`
	Latitude         *float64        `json:"latitude"`
	Longitude        *float64        `json:"longitude"`
	DatePrec         count           `json:"date_prec"`
	DateStart        string          `json:"date_start"`
	Best             count           `json:"best"`
}

// ReadUCDP reads the UCDP GED JSONL file, keeping single-incident rows.
func ReadUCDP(ctx context.Context, r io.Reader, n *namer) (Set, error) {
	var heads, days []string
	s, err := readItems(ctx, r, func(row ucdpRow) (Item, bool) { return ucdpItem(row, n) }, func(row ucdpRow) {
		heads = append(heads, strings.TrimSpace(row.SourceHeadline))
		days = append(days, strings.TrimSpace(row.DateStart))
	})
	markShared(s.Items, heads, days)
	return s, err
}

// placeSuffixes are the kinds UCDP appends to where_coordinates and adm_2.
var placeSuffixes = []string{" municipality", " town", " village", " city", " suburb", " area",
	" neighbourhood", " neighborhood", " district", " state"}

func trimKind(s string) string {
	s = strings.TrimSpace(s)
	for _, k := range placeSuffixes {
		if len(s) > len(k) && strings.EqualFold(s[len(s)-len(k):], k) {
			return strings.TrimSpace(s[:len(s)-len(k)])
		}
	}
	return s
}

func ucdpItem(row ucdpRow, n *namer) (Item, bool) {
	if !row.WherePrec.ok || !row.DatePrec.ok || row.WherePrec.n > 2 || row.DatePrec.n > 1 {
		return Item{}, false
	}
	headline := strings.TrimSpace(row.SourceHeadline)
	if headline == "" {
		return Item{}, false
	}
	office := strings.TrimSpace(row.SourceOffice)
	date := strings.TrimSpace(row.SourceDate)
	heads := strings.Split(headline, ";")
	lines, lineDates := []string{headline}, []string{""}
	if offices := strings.Split(office, ";"); len(heads) > 1 && len(offices) == len(heads) {
		for i := range heads {
			heads[i] = strings.TrimSpace(heads[i])
		}
		headline = strings.Join(heads, "\n")
		office = strings.TrimSpace(offices[0])
		lines, lineDates = heads, make([]string, len(heads))
		if dates := strings.Split(date, ";"); len(dates) == len(heads) {
			for i, d := range dates {
				lineDates[i] = validDate(d)
			}
		}
	}
	date, _, _ = strings.Cut(date, ";")
	date = validDate(date)
	lineDates[0] = date
	published := date
	if published == "" {
		published = validDate(row.DateStart)
	}
	id := rawString(row.ID)
	line, err := json.Marshal(reportLine{ID: id, Source: office, Kind: string(model.KindNews), Published: published, Text: headline})
	if err != nil {
		return Item{}, false
	}
	g := Gold{StateCode: UCDPState(row.Adm1), Killed: row.Best.ptr()}
	if row.Latitude != nil && row.Longitude != nil && validCoord(*row.Latitude, *row.Longitude) {
		la, lo := *row.Latitude, *row.Longitude
		g.Lat, g.Lon = &la, &lo
	}
	if date != "" { // a day the headline can be read against
		g.Date = validDate(row.DateStart)
	}
	h := words(headline)
	if n != nil {
		g.NamesMunicipality = n.municipalityNamed(h, "", trimKind(row.WhereCoordinates), trimKind(row.Adm2))
		g.NamesPlace = g.NamesMunicipality || n.stateNamed(h, g.StateCode)
	}
	if g.Killed != nil {
		g.GivesKilled = givesKilled(words(lines[0]), *g.Killed)
		if !g.GivesKilled && givesKilled(h, *g.Killed) {
			g.LeftOut = append(g.LeftOut, OutLaterSource)
		}
	}
	// A line published on the report's day dates the event with any
	// expression; a later source's line, up to six days later, only with a
	// weekday or a date before its own day: its "yesterday" is relative to
	// a day the report does not carry, and its own day ("Wednesday, January
	// 17, 2018 The bloody battle…") is its dateline.
	var own []string
	dated := false
	for i, l := range lines {
		l = withoutDateline(l)
		if lineDates[i] == published {
			own = append(own, l)
		} else if laterWithinWeek(lineDates[i], published) {
			d, earlier := dayRefs(words(l), lineDates[i], false)
			dated = dated || d && earlier
		}
	}
	hd := words(strings.Join(own, "\n"))
	d, earlier := dayRefs(hd, published, true)
	g.DatesEvent = datedAgainst(&g, dated || d, earlier, !dated && weekdaysOnly(hd, published, true), published)
	return Item{ID: id, Split: SplitOf("ucdp:" + id), Line: line, Gold: g}, true
}

// markShared leaves out of the deaths figure the rows whose headline
// (heads[i]) is shared by other rows, which UCDP coded as several events
// (a tally split by day or place, or one massacre split by the sides):
// the headline's number is their total, no one row's. Of those, rows
// coded on different days (days[i]) are left out of the date figure too.
func markShared(items []Item, heads, days []string) {
	byHead := make(map[string][]int)
	for i, h := range heads {
		byHead[h] = append(byHead[h], i)
	}
	for _, idx := range byHead {
		if len(idx) < 2 {
			continue
		}
		differ := false
		for _, i := range idx {
			differ = differ || days[i] != days[idx[0]]
		}
		for _, i := range idx {
			g := &items[i].Gold
			if g.GivesKilled {
				g.GivesKilled = false
				g.LeftOut = append(g.LeftOut, OutSharedToll)
			}
			if differ && g.DatesEvent {
				g.DatesEvent = false
				g.LeftOut = append(g.LeftOut, OutSharedDays)
			}
		}
	}
}

// laterWithinWeek reports whether the day d (YYYY-MM-DD) is zero to six
// days after the day pub.
func laterWithinWeek(d, pub string) bool {
	t, err1 := parseDay(d)
	p, err2 := parseDay(pub)
	if err1 != nil || err2 != nil {
		return false
	}
	days := t.Sub(p).Hours() / 24
	return days >= 0 && days <= 6
}

func validCoord(lat, lon float64) bool {
	return !math.IsNaN(lat) && !math.IsNaN(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
}

func parseDay(s string) (time.Time, error) {
	return time.Parse(time.DateOnly, s)
}
