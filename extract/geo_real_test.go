package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

// geoRow is one gold headline for the place scores.
type geoRow struct {
	text, source string
	pub          time.Time
	lang         string
	state, muni  string   // INEGI codes, "" unknown
	lat, lon     float64  // gold point, 0 unknown
	names        []string // folded gold names whose presence in the text means "the text names a place"
	muniNames    []string // folded gold names of the municipality or a place inside it
	tune         bool     // in the tuning half
}

// geoTally accumulates the place scores of one half.
type geoTally struct {
	n, stN, stOK, stNamedN, stNamedOK, muN, muOK, coN, coOK, prior, priorOK int
	// among named rows: no incident, an incident without a state
	noInc, noState int
	// the same scores over the rows where an incident was found
	stNamedI, stNamedIOK, muI, muIOK, coI, coIOK int
	// incidents placed in a municipality by the prior, and right
	priorMu, priorMuOK int
	// state over all rows where an incident was found
	stI, stIOK int
}

func (t *geoTally) String() string {
	pc := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%d/%d %.1f%%", a, b, 100*float64(a)/float64(b))
	}
	return fmt.Sprintf("[with incident: state all %s, state named %s, muni %s, 25km %s] [named: no incident %d, no state %d] state all %s | state named %s | muni named %s | 25km named %s | prior-only %s | prior town %s", pc(t.stIOK, t.stI), pc(t.stNamedIOK, t.stNamedI), pc(t.muIOK, t.muI), pc(t.coIOK, t.coI), t.noInc, t.noState, pc(t.stOK, t.stN), pc(t.stNamedOK, t.stNamedN), pc(t.muOK, t.muN), pc(t.coOK, t.coN), pc(t.priorOK, t.prior), pc(t.priorMuOK, t.priorMu))
}

// containsWord reports whether folded name occurs in folded text at word
// boundaries.
func containsWord(text, name string) bool {
	if name == "" {
		return false
	}
	for i := 0; ; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			return false
		}
		s, e := i+k, i+k+len(name)
		if (s == 0 || !isWord(text[s-1])) && (e == len(text) || !isWord(text[e])) {
			return true
		}
		i = s + 1
	}
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

func ppdRows(t *testing.T, g *gazetteer.Gazetteer, path string) []geoRow {
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	var out []geoRow
	for i := 0; sc.Scan(); i++ {
		var j struct {
			Title, Outlet, Place string
			PubDate              string `json:"pub_date"`
			State                string
			StateINEGI           string `json:"state_inegi"`
			Municipality         string
			MunicipalityINEGI    string `json:"municipality_inegi"`
		}
		if json.Unmarshal(sc.Bytes(), &j) != nil || j.Title == "" {
			continue
		}
		pub, _ := time.Parse("2006-01-02", j.PubDate)
		r := geoRow{text: j.Title, source: j.Outlet, pub: pub, lang: "es", state: j.StateINEGI, muni: j.MunicipalityINEGI, tune: i < 8000}
		if m, ok := g.Municipality(j.MunicipalityINEGI); ok && m.Lat != 0 {
			r.lat, r.lon = m.Lat, m.Lon
		}
		for _, n := range []string{j.Municipality} {
			if n != "" {
				r.muniNames = append(r.muniNames, fold.String(n))
			}
		}
		if j.Place != "" {
			p := fold.String(j.Place)
			for _, pre := range []string{"colonia ", "col. ", "fraccionamiento ", "localidad ", "comunidad ", "poblado ", "ejido ", "barrio "} {
				p = strings.TrimPrefix(p, pre)
			}
			if len(p) >= 4 {
				r.muniNames = append(r.muniNames, p)
			}
		}
		r.names = append(r.names, r.muniNames...)
		if j.State != "" {
			r.names = append(r.names, fold.String(j.State))
		}
		out = append(out, r)
	}
	return out
}

func ucdpRows(t *testing.T, g *gazetteer.Gazetteer, path string) []geoRow {
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	var out []geoRow
	n := 0
	for sc.Scan() {
		var j struct {
			Headline  string  `json:"source_headline"`
			Office    string  `json:"source_office"`
			Adm1      string  `json:"adm_1"`
			Adm2      string  `json:"adm_2"`
			Where     string  `json:"where_coordinates"`
			WherePrec int     `json:"where_prec"`
			DatePrec  int     `json:"date_prec"`
			Date      string  `json:"source_date"`
			Lat       float64 `json:"latitude"`
			Lon       float64 `json:"longitude"`
		}
		if json.Unmarshal(sc.Bytes(), &j) != nil || j.Headline == "" || j.WherePrec > 2 || j.DatePrec > 1 {
			continue
		}
		pub, _ := time.Parse("2006-01-02", j.Date)
		r := geoRow{text: j.Headline, source: j.Office, pub: pub, lang: "en", lat: j.Lat, lon: j.Lon, tune: n < 4000}
		n++
		st := strings.TrimSuffix(j.Adm1, " state")
		st = strings.TrimSuffix(st, " State")
		if st == "Distrito Federal" || strings.Contains(st, "Mexico City") {
			st = "CDMX"
		}
		if s, ok := g.LookupState(st); ok && st != "" {
			r.state = s.StateCode
			r.names = append(r.names, fold.String(s.Name))
			for _, a := range g.Aliases(s.ID) {
				if len(a) > 3 {
					r.names = append(r.names, fold.String(a))
				}
			}
			if j.Adm2 != "" {
				m2 := fold.String(strings.TrimSuffix(j.Adm2, " municipality"))
				for _, m := range g.Municipalities() {
					if m.StateCode == r.state && fold.String(m.Name) == m2 {
						r.muni = m.MunicipalityCode
					}
				}
				if r.muni != "" {
					r.muniNames = append(r.muniNames, m2)
				}
			}
		}
		if j.Where != "" {
			w := fold.String(j.Where)
			for _, suf := range []string{" town", " city", " village", " municipality", " area", " prison"} {
				w = strings.TrimSuffix(w, suf)
			}
			if len(w) >= 4 && w != fold.String(st) {
				r.muniNames = append(r.muniNames, w)
			}
		}
		r.names = append(r.names, r.muniNames...)
		out = append(out, r)
	}
	return out
}

// TestGeoReal scores state, municipality and coordinates on the real
// headline sets named by $EXTRACT_PPD and $EXTRACT_UCDP over all gold rows
// (a row the extractor finds nothing in counts as wrong), split into the
// tuning half (first 8,000 PPD lines, first 4,000 UCDP rows) and the rest.
// A developer tool; it skips otherwise.
func TestGeoReal(t *testing.T) {
	ppd, ucdp := os.Getenv("EXTRACT_PPD"), os.Getenv("EXTRACT_UCDP")
	if ppd == "" && ucdp == "" {
		t.Skip("EXTRACT_PPD and EXTRACT_UCDP not set")
	}
	deps := realDeps(t)
	miss := os.Getenv("EXTRACT_MISS")
	run := func(name string, rows []geoRow) {
		// Learn the sources' home states from the texts (no gold), as
		// ingest does, then extract with them.
		prior := NewSourcePrior()
		d := deps
		d.Prior = prior
		e := NewWith(d)
		if os.Getenv("EXTRACT_NOPRIOR") == "" {
			for _, r := range rows {
				rep := model.Report{ID: "g", Source: r.source, Kind: model.KindNews, Lang: r.lang, Text: r.text, Published: r.pub}
				prior.Observe(rep, e.Extract(rep))
			}
		}
		if src := os.Getenv("EXTRACT_SOURCE"); src != "" {
			prior.mu.RLock()
			t.Logf("%s: %v", src, prior.counts[fold.Key(src)])
			prior.mu.RUnlock()
		}
		var half [2]geoTally
		for _, r := range rows {
			h := &half[1]
			if r.tune {
				h = &half[0]
			}
			h.n++
			got := e.Extract(model.Report{ID: "g", Source: r.source, Kind: model.KindNews, Lang: r.lang, Text: r.text, Published: r.pub})
			var loc model.Location
			if len(got) > 0 {
				loc = got[0].Location // as eval --shared scores it
			}
			if os.Getenv("EXTRACT_ANYSTATE") != "" {
				for _, in := range got {
					if in.Location.StateCode != "" {
						loc = in.Location
						break
					}
				}
			}
			ft := fold.String(r.text)
			named, muniNamed := false, false
			for _, n := range r.names {
				named = named || containsWord(ft, n)
			}
			for _, n := range r.muniNames {
				muniNamed = muniNamed || containsWord(ft, n)
			}
			tag := "T"
			if !r.tune {
				tag = "G"
			}
			if r.state != "" {
				h.stN++
				ok := loc.StateCode == r.state
				if ok {
					h.stOK++
				}
				if len(got) > 0 {
					h.stI++
					if ok {
						h.stIOK++
					}
				}
				if named && len(got) > 0 {
					h.stNamedI++
					if ok {
						h.stNamedIOK++
					}
				}
				if named {
					h.stNamedN++
					if len(got) == 0 {
						h.noInc++
						if strings.Contains(miss, "noinc") && r.tune {
							t.Logf("%s noinc: %s [%s]", name, r.text, r.source)
						}
					} else if loc.StateCode == "" {
						h.noState++
						if strings.Contains(miss, "why") && r.tune {
							t.Logf("%s why %s: %s [%s]", name, whyNoPlace(deps.Gazetteer, r), r.text, r.source)
						}
					}
					if ok {
						h.stNamedOK++
					} else if strings.Contains(miss, "state") && r.tune {
						t.Logf("%s %s state %s want %s: %s [%s]", name, tag, loc.StateCode, r.state, r.text, r.source)
					}
				}
				if loc.Basis == model.BasisOutletPrior && loc.MunicipalityCode != "" && r.muni != "" {
					h.priorMu++
					if loc.MunicipalityCode == r.muni {
						h.priorMuOK++
					}
				}
				if loc.Basis == model.BasisOutletPrior {
					h.prior++
					if ok {
						h.priorOK++
					}
				}
			}
			if r.muni != "" && muniNamed && len(got) > 0 {
				h.muI++
				if loc.MunicipalityCode == r.muni {
					h.muIOK++
				}
			}
			if r.lat != 0 && muniNamed && len(got) > 0 {
				h.coI++
				if loc.Lat != nil && km(*loc.Lat, *loc.Lon, r.lat, r.lon) <= 25 {
					h.coIOK++
				}
			}
			if r.muni != "" && muniNamed {
				h.muN++
				if loc.MunicipalityCode == r.muni {
					h.muOK++
				} else if strings.Contains(miss, "muni") && r.tune && len(got) > 0 {
					t.Logf("%s %s muni %s want %s: %s [%s]", name, tag, loc.MunicipalityCode, r.muni, r.text, r.source)
				}
			}
			if r.lat != 0 && muniNamed {
				h.coN++
				if loc.Lat != nil && km(*loc.Lat, *loc.Lon, r.lat, r.lon) <= 25 {
					h.coOK++
				} else if strings.Contains(miss, "coord") && r.tune && len(got) > 0 {
					t.Logf("%s %s coord %s/%s want %.3f,%.3f: %s", name, tag, loc.MunicipalityCode, loc.Place, r.lat, r.lon, r.text)
				}
			}
		}
		t.Logf("%s tune: n=%d %s", name, half[0].n, &half[0])
		t.Logf("%s rest: n=%d %s", name, half[1].n, &half[1])
	}
	if ppd != "" {
		run("PPD", ppdRows(t, deps.Gazetteer, ppd))
	}
	if ucdp != "" {
		run("UCDP", ucdpRows(t, deps.Gazetteer, ucdp))
	}
}

// TestGeoProbe prints the places and incidents of each line of the file
// named by $EXTRACT_PROBE. A developer tool; it skips otherwise.
func TestGeoProbe(t *testing.T) {
	path := os.Getenv("EXTRACT_PROBE")
	if path == "" {
		t.Skip("EXTRACT_PROBE not set")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skip(err)
	}
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	e := realExtractor(t)
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		src := ""
		if k := strings.Index(line, " ["); k > 0 && strings.HasSuffix(line, "]") {
			line, src = line[:k], line[k+2:len(line)-1]
		}
		fmt.Printf("== %s [%s]\n", line, src)
		ms := g.Find(line)
		for _, m := range ms {
			var cs []string
			for i, c := range m.Candidates {
				if i < 4 {
					cs = append(cs, c.Name+"/"+c.Kind.String()+"/"+c.StateCode)
				}
			}
			fmt.Printf("   find %q %v\n", m.Text, cs)
		}
		for _, r := range g.Resolve(line, ms, "") {
			fmt.Printf("   resolve %q -> %s/%s/%s %.2f\n", r.Text, r.Place.Name, r.Place.Kind, r.Place.MunicipalityCode, r.Score)
		}
		for _, in := range e.Extract(model.Report{ID: "p", Source: src, Kind: model.KindNews, Lang: "es", Text: line, Published: time.Date(2022, 7, 1, 12, 0, 0, 0, mexico)}) {
			l := in.Location
			fmt.Printf("   inc %s %s|%s|%s|%s p%d\n", in.Type, l.StateCode, l.MunicipalityCode, l.Municipality, l.Place, l.Precision)
		}
	}
}

// whyNoPlace says at which step the gold place of r was lost.
func whyNoPlace(g *gazetteer.Gazetteer, r geoRow) string {
	ms := g.Find(r.text)
	found := -1
	for i, m := range ms {
		for _, c := range m.Candidates {
			if c.StateCode == r.state && (r.muni == "" || c.MunicipalityCode == r.muni || c.Kind == gazetteer.State) {
				found = i
			}
		}
	}
	if found < 0 {
		return "notfound"
	}
	for _, x := range g.Resolve(r.text, ms, "") {
		if x.Start == ms[found].Start {
			if x.Place.StateCode != r.state {
				return "resolved-wrong"
			}
			return "extract-dropped"
		}
	}
	return "resolve-dropped"
}
