package dataset

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
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
	var s Set
	err := eachRow(ctx, r, func(line []byte, no int) error {
		s.Rows++
		var row ucdpRow
		if err := json.Unmarshal(line, &row); err != nil {
			return fmt.Errorf("line %d: %w", no, err)
		}
		it, ok := ucdpItem(row, n)
		if !ok {
			s.Skipped++
			return nil
		}
		if it.ID == "" {
			it.ID = "line " + strconv.Itoa(no)
		}
		s.Items = append(s.Items, it)
		return nil
	})
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
	if offices := strings.Split(office, ";"); len(heads) > 1 && len(offices) == len(heads) {
		for i := range heads {
			heads[i] = strings.TrimSpace(heads[i])
		}
		headline = strings.Join(heads, "\n")
		office = strings.TrimSpace(offices[0])
	}
	date, _, _ = strings.Cut(date, ";")
	date = validDate(date)
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
		g.GivesKilled = givesKilled(h, *g.Killed)
	}
	g.DatesEvent = datesEvent(h, published)
	return Item{ID: id, Split: SplitOf("ucdp:" + id), Line: line, Gold: g}, true
}

func validCoord(lat, lon float64) bool {
	return !math.IsNaN(lat) && !math.IsNaN(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
}

func parseDay(s string) (time.Time, error) {
	return time.Parse(time.DateOnly, s)
}
