package extract

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
	"github.com/atalaya/atalaya/when"
)

// TestSharedMisses logs, for the dev half of the shared data sets in the
// directory $ATALAYA_SHARED (as `atalaya eval --shared` reads them), the
// headlines whose incident type, death toll or day the extractor gets
// wrong, by the definitions of package dataset, and (kind "place") those
// that name a place where the first incident's state, municipality or
// coordinates disagree with the gold, with the outlet. $EXTRACT_MISS
// lists the kinds to log (type, killed, date, none, quietdated: none
// among the headlines that date the event, clean, place,
// actnoun: the rows left out as OutActNounHeadline); $EXTRACT_HALF
// (dev-a, dev-b) keeps one half of dev (eval.DevHalf). The
// outlet prior is learned first, as `atalaya eval --shared` learns it. A
// developer tool: the scores themselves are `atalaya eval --shared`'s.
func TestSharedMisses(t *testing.T) {
	sets, e, g := sharedExtractor(t)
	loc, _ := time.LoadLocation("America/Mexico_City")
	miss := os.Getenv("EXTRACT_MISS")
	half := os.Getenv("EXTRACT_HALF") // dev-a or dev-b (eval.DevHalf); "": all of dev
	for _, s := range sets {
		if s.Name != "ppd" && s.Name != "ucdp" {
			continue
		}
		logged := map[string]int{}
		log := func(kind, text, format string, args ...any) {
			if !strings.Contains(miss, kind) || logged[kind] >= 2000 {
				return
			}
			logged[kind]++
			t.Logf("%s %s: "+format+" | %s", append([]any{s.Name, kind}, append(args, text)...)...)
		}
		for _, it := range s.Items {
			if it.Split != dataset.Dev || half != "" && eval.DevHalf(it) != half {
				continue
			}
			rs, err := it.Reports(report.Options{})
			if err != nil || len(rs) == 0 {
				continue
			}
			r := rs[0]
			got := e.Extract(r)
			text := strings.ReplaceAll(r.Text, "\n", " / ")
			gd := it.Gold
			if slices.Contains(gd.LeftOut, dataset.OutActNounHeadline) {
				log("actnoun", text, "violent %v", violentIn(got))
			}
			if len(got) == 0 {
				if !gd.NoIncident {
					named := ""
					if gd.NamesPlace && !placeLeftOut(gd) {
						named = " named"
					}
					log("none", text, "no incident%s (want %v)", named, gd.Types)
					if datedRow(gd) {
						log("quietdated", text, "no incident (want %v, date %s, pub %s)", gd.Types, gd.Date, r.Published.In(loc).Format("2006-01-02 Mon"))
					}
				}
				continue
			}
			inc := got[0]
			if gd.NoIncident && violentIn(got) {
				var types []string
				for _, g := range got {
					types = append(types, string(g.Type)+"@"+g.Location.Place+"/"+string(g.Location.Basis))
				}
				log("clean", text, "%s", strings.Join(types, ","))
			}
			if !gd.NoIncident && gd.NamesPlace {
				logPlace(log, g, "["+r.Source+"] "+text, gd, inc)
			}
			if len(gd.Types) > 0 && !slices.Contains(gd.Types, inc.Type) {
				log("type", text, "%s want %v", inc.Type, gd.Types)
			}
			if gd.GivesKilled && gd.Killed != nil {
				k := 0
				if inc.Killed != nil {
					k = inc.Killed.N
				}
				if k != *gd.Killed {
					log("killed", text, "%d want %d", k, *gd.Killed)
				}
			}
			if gd.DatesEvent && gd.Date != "" {
				d := ""
				if inc.Time != nil {
					d = inc.Time.In(loc).Format(time.DateOnly)
				}
				if d != gd.Date {
					log("date", text, "%s want %s (pub %s)", d, gd.Date, r.Published.In(loc).Format("2006-01-02 Mon"))
				}
			}
		}
	}
}

// datedRow reports whether the row's headline dates the event, counted in
// the date figure or left out of it for the coding's sake.
func datedRow(gd dataset.Gold) bool {
	return gd.DatesEvent || slices.ContainsFunc(gd.LeftOut, func(why string) bool { return strings.HasPrefix(why, "date:") })
}

// placeLeftOut reports whether the gold row is left out of the place figures.
func placeLeftOut(gd dataset.Gold) bool {
	for _, r := range gd.LeftOut {
		if strings.HasPrefix(r, "place:") {
			return true
		}
	}
	return false
}

// violentIn reports whether incs has a violent incident that counts as one.
func violentIn(incs []model.Incident) bool {
	for _, g := range incs {
		if !g.Counted() { // a tally or a denial is no incident
			continue
		}
		if g.Type.Violent() { // as eval counts it
			return true
		}
	}
	return false
}

// logPlace logs, as kind "place", an incident whose state, municipality
// or coordinates disagree with the gold where the headline names the place.
func logPlace(log func(kind, text, format string, args ...any), g *gazetteer.Gazetteer, text string, gd dataset.Gold, inc model.Incident) {
	l := inc.Location
	why := ""
	switch {
	case gd.StateCode != "" && l.StateCode != gd.StateCode:
		why = "state"
	case gd.NamesMunicipality && gd.MunicipalityCode != "" && l.MunicipalityCode != gd.MunicipalityCode:
		why = "muni"
	case gd.NamesMunicipality && gd.Lat != nil && gd.Lon != nil:
		if l.Lat == nil || l.Lon == nil {
			why = "nocoord"
		} else if d := math.Hypot((*l.Lat-*gd.Lat)*111, (*l.Lon-*gd.Lon)*105); d > 25 {
			why = "coord"
		}
	}
	if why == "" {
		return
	}
	name := func(code string) string {
		if m, ok := g.Municipality(code); ok {
			return m.Name
		}
		if s, ok := g.State(code); ok {
			return s.Name
		}
		return code
	}
	gl := ""
	if gd.Lat != nil {
		gl = fmt.Sprintf("%.2f,%.2f", *gd.Lat, *gd.Lon)
	}
	ll := ""
	if l.Lat != nil {
		ll = fmt.Sprintf("%.2f,%.2f", *l.Lat, *l.Lon)
	}
	log("place", text, "%s got %s/%s %q %s basis=%s want %s/%s %s", why, name(l.StateCode), name(l.MunicipalityCode), l.Place, ll, l.Basis, name(gd.StateCode), name(gd.MunicipalityCode), gl)
}

// sharedExtractor loads the third-party sets of $ATALAYA_SHARED (the test
// is skipped when it is unset or absent) and returns them with an
// extractor whose outlet prior is learned as `atalaya eval --shared`
// learns it: a first pass over both halves of every set; and the
// gazetteer they were loaded with.
func sharedExtractor(t *testing.T) ([]dataset.Set, *Extractor, *gazetteer.Gazetteer) {
	t.Helper()
	dir := os.Getenv("ATALAYA_SHARED")
	if dir == "" {
		t.Skip("ATALAYA_SHARED not set (the shared directory, e.g. ../../shared)")
	}
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	sets, err := dataset.Load(context.Background(), dir, g)
	if errors.Is(err, dataset.ErrAbsent) {
		t.Skipf("shared data absent: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	w, err := when.New()
	if err != nil {
		t.Fatal(err)
	}
	prior := NewSourcePrior()
	e := NewWith(Deps{Gazetteer: g, When: w, Prior: prior})
	for _, s := range sets {
		for _, it := range s.Items {
			rs, _ := it.Reports(report.Options{})
			for _, r := range rs {
				prior.Observe(r, e.Extract(r))
			}
		}
	}
	return sets, e, g
}
