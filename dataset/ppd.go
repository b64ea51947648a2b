package dataset

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// maxRow is the longest row the readers accept.
const maxRow = 1 << 20

// count is a coder's number, written as a JSON number or a string of
// digits ("0", "1"); null or anything else is unknown.
type count struct {
	n  int
	ok bool
}

func (c *count) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(bytes.TrimSpace(b)), `"`)
	if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && n >= 0 {
		*c = count{n: n, ok: true}
		return nil
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 0 && f < 1e6 && f == float64(int(f)) {
		*c = count{n: int(f), ok: true}
		return nil
	}
	*c = count{}
	return nil
}

func (c count) ptr() *int {
	if !c.ok {
		return nil
	}
	n := c.n
	return &n
}

// ppdRow is one Monitor PPD row (the fields used).
type ppdRow struct {
	ID                 json.RawMessage `json:"id"`
	URL                string          `json:"url"`
	PubDate            string          `json:"pub_date"`
	Title              string          `json:"title"`
	Outlet             string          `json:"outlet"`
	EventDate          string          `json:"event_date"`
	StateINEGI         string          `json:"state_inegi"`
	Municipality       string          `json:"municipality"`
	MunicipalityINEGI  string          `json:"municipality_inegi"`
	Place              string          `json:"place"`
	Killed             count           `json:"killed_total"`
	Injured            count           `json:"injured_total"`
	Detained           count           `json:"detained_total"`
	Bodies             count           `json:"bodies_found"`
	Deprivation        count           `json:"deprivation_of_liberty"`
	Narcomessage       count           `json:"narcomessage"`
	SecurityPolicy     count           `json:"security_policy"`
	DrugPolicy         count           `json:"drug_policy"`
	Attack             string          `json:"attack"`
	MilitaryActivity   string          `json:"military_activity"`
	CivilActivity      string          `json:"civil_activity"`
	AuthorityActivity  string          `json:"authority_activity"`
	CriminalActivities string          `json:"criminal_activities"`
	Trafficking        string          `json:"trafficking"`
	NonviolentPresence string          `json:"nonviolent_presence"`
	NDeprivedOfLiberty count           `json:"n_deprived_of_liberty"`
}

// reportLine is the JSONL report handed to report.DecodeLine.
type reportLine struct {
	ID        string `json:"id,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Kind      string `json:"kind"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
}

// ReadPPD reads the Monitor PPD JSONL file.
func ReadPPD(ctx context.Context, r io.Reader, n *namer) (Set, error) {
	return readItems(ctx, r, func(row ppdRow) (Item, bool) { return ppdItem(row, n) }, nil)
}

// readItems reads a JSONL file of rows of type R, turning each into an
// item (rows it refuses are counted as skipped); an item without an id is
// named by its line. kept, if set, sees each row that gave an item.
func readItems[R any](ctx context.Context, r io.Reader, item func(R) (Item, bool), kept func(R)) (Set, error) {
	var s Set
	err := eachRow(ctx, r, func(line []byte, no int) error {
		s.Rows++
		var row R
		if err := json.Unmarshal(line, &row); err != nil {
			return fmt.Errorf("line %d: %w", no, err)
		}
		it, ok := item(row)
		if !ok {
			s.Skipped++
			return nil
		}
		if it.ID == "" {
			it.ID = "line " + strconv.Itoa(no)
		}
		s.Items = append(s.Items, it)
		if kept != nil {
			kept(row)
		}
		return nil
	})
	return s, err
}

// eachRow calls fn for every non-blank line of r.
func eachRow(ctx context.Context, r io.Reader, fn func(line []byte, no int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxRow)
	no := 1
	for ; sc.Scan(); no++ {
		if no%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := fn(line, no); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("line %d: a row longer than %d bytes: %w", no, maxRow, err)
		}
		return err
	}
	return nil
}

func ppdItem(row ppdRow, n *namer) (Item, bool) {
	title := strings.TrimSpace(row.Title)
	if title == "" {
		return Item{}, false
	}
	id := rawString(row.ID)
	key := strings.TrimSpace(row.URL)
	if key == "" {
		key = "ppd:" + id
	}
	published := validDate(row.PubDate)
	line, err := json.Marshal(reportLine{ID: id, Source: strings.TrimSpace(row.Outlet), URL: strings.TrimSpace(row.URL),
		Kind: string(model.KindNews), Published: published, Text: title})
	if err != nil {
		return Item{}, false
	}
	g := Gold{
		StateCode:        digits(row.StateINEGI, 2),
		MunicipalityCode: digits(row.MunicipalityINEGI, 5),
		Killed:           row.Killed.ptr(),
		Date:             validDate(row.EventDate),
	}
	if g.MunicipalityCode != "" && g.StateCode != "" && g.MunicipalityCode[:2] != g.StateCode {
		g.MunicipalityCode = ""
	}
	g.Types, g.TypeAmbiguous = ppdType(row)
	coded := g.Types != nil || g.TypeAmbiguous || row.Injured.n > 0
	h := words(title)
	var court bool
	if g.Types, court = mapType(g.Types, h); court {
		g.LeftOut = append(g.LeftOut, OutCourtStep)
	}
	if ppdNoIncident(row) {
		switch {
		case reportsAct(h):
			g.LeftOut = append(g.LeftOut, OutActHeadline)
		case reportsActNoun(h):
			g.LeftOut = append(g.LeftOut, OutActNounHeadline)
		default:
			g.NoIncident = true
		}
	} else if courtOnly(h) {
		g.LeftOut = append(g.LeftOut, OutCourtStepPlace)
	} else if !coded && offTaxonomy(h) {
		g.LeftOut = append(g.LeftOut, OutOfTaxonomyPlace)
	}
	if n != nil {
		g.Lat, g.Lon = n.seat(g.MunicipalityCode)
		g.NamesMunicipality = n.municipalityNamed(h, g.MunicipalityCode, row.Municipality, placeName(row.Place))
		g.NamesPlace = g.NamesMunicipality || n.stateNamed(h, g.StateCode)
	}
	if g.Killed != nil {
		g.GivesKilled = givesKilled(h, *g.Killed)
	}
	hd := words(withoutDateline(title))
	dated, earlier := dayRefs(hd, published, true)
	g.DatesEvent = datedAgainst(&g, dated, earlier, weekdaysOnly(hd, published, true), published)
	if g.DatesEvent && slices.ContainsFunc(g.LeftOut, func(why string) bool { return why == OutCourtStepPlace || why == OutOfTaxonomyPlace }) {
		// No incident of the taxonomy to date, as there is none to place.
		g.DatesEvent = false
		g.LeftOut = append(g.LeftOut, OutNoTaxonomyDate)
	}
	return Item{ID: id, Split: SplitOf(key), Line: line, Gold: g}, true
}

// ppdType maps the coder fields to the taxonomy; see the package doc.
func ppdType(r ppdRow) (types []model.IncidentType, ambiguous bool) {
	attack := fold.String(r.Attack)
	act := fold.String(r.MilitaryActivity + "; " + r.CivilActivity + "; " + r.AuthorityActivity)
	clash := strings.Contains(attack, "enfrentamiento") || strings.Contains(act, "enfrentamiento")
	armed := attack != "" && !containsAny(attack, "robo", "rina", "golpe", "asalto")
	var violent []model.IncidentType
	switch {
	case clash:
		violent = []model.IncidentType{model.ArmedClash}
	case r.Killed.n > 0 && (armed || r.Bodies.n == 0):
		violent = []model.IncidentType{model.Homicide, model.ArmedAttack}
	case r.Killed.n > 0 || r.Bodies.n > 0:
		violent = []model.IncidentType{model.Homicide}
	case armed:
		violent = []model.IncidentType{model.ArmedAttack}
	}
	if violent != nil && armed {
		// The coders' attack field names how: fire and explosives are
		// types of their own in the taxonomy (a vehicle or a shop set on
		// fire, on a road or not; a bomb thrown).
		if containsAny(attack, "incendi", "quema", "calcin", "fuego a", "molotov") {
			violent = append(violent, model.Arson, model.BusinessAttack, model.Blockade)
		}
		if containsAny(attack, "bomba", "explos", "granada") && !strings.Contains(attack, "amenaza") {
			violent = append(violent, model.Explosive)
		}
	}
	kidnap := r.Deprivation.n > 0
	op := r.Detained.n > 0 || containsAny(act, "detencion", "detenc", "decomis", "operativo", "patrullaje",
		"cateo", "destruccion", "aseguramiento", "rescate")
	groups := 0
	for _, b := range []bool{violent != nil, kidnap, op} {
		if b {
			groups++
		}
	}
	switch {
	case groups > 1, r.Narcomessage.n > 0 && op:
		return nil, true
	case violent != nil:
		return violent, false
	case kidnap:
		return []model.IncidentType{model.Kidnapping}, false
	case op:
		return []model.IncidentType{model.SecurityOperation}, false
	case r.Narcomessage.n > 0:
		return []model.IncidentType{model.Intimidation}, false
	}
	return nil, false
}

// ppdNoIncident reports a policy piece with nothing of an incident coded.
func ppdNoIncident(r ppdRow) bool {
	if r.SecurityPolicy.n == 0 && r.DrugPolicy.n == 0 {
		return false
	}
	for _, c := range []count{r.Killed, r.Injured, r.Detained, r.Bodies, r.Deprivation, r.Narcomessage, r.NDeprivedOfLiberty} {
		if c.n > 0 {
			return false
		}
	}
	for _, s := range []string{r.Attack, r.MilitaryActivity, r.CivilActivity, r.AuthorityActivity,
		r.CriminalActivities, r.Trafficking, r.NonviolentPresence} {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// datedAgainst reports whether a headline that dates the event or not
// (dated; earlier: every day it names is before the publication day, see
// dayRefs; weekdays: it dates it by weekdays alone, see weekdaysOnly)
// counts in the date figure: not when the coders gave the publication
// day against the headline's earlier day, a convention, nor when they
// gave a day after the publication, or more than a week before it against
// a weekday, which no headline can tell; it records why on g instead.
func datedAgainst(g *Gold, dated, earlier, weekdays bool, published string) bool {
	if !dated || g.Date == "" || published == "" {
		return dated
	}
	switch {
	case earlier && g.Date == published:
		g.LeftOut = append(g.LeftOut, OutDatedByPublication)
		return false
	case g.Date > published: // both YYYY-MM-DD
		g.LeftOut = append(g.LeftOut, OutAfterPublication)
		return false
	case weekdays && beforeWeek(g.Date, published):
		g.LeftOut = append(g.LeftOut, OutBeforeWeekday)
		return false
	}
	return true
}

// beforeWeek reports whether the day d (YYYY-MM-DD) is more than seven
// days before the day pub: no weekday read on pub can name it ("el lunes
// pasado" read on a Monday is seven days before).
func beforeWeek(d, pub string) bool {
	t, err1 := parseDay(d)
	p, err2 := parseDay(pub)
	return err1 == nil && err2 == nil && p.Sub(t) > 7*24*time.Hour
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// rawString returns a JSON string or number as text.
func rawString(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	return string(raw)
}

// digits returns s when it is n ASCII digits, "" otherwise.
func digits(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) != n {
		return ""
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return ""
		}
	}
	return s
}

// validDate returns s when it is a YYYY-MM-DD date, "" otherwise.
func validDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) != 10 {
		return ""
	}
	if _, err := parseDay(s); err != nil {
		return ""
	}
	return s
}
