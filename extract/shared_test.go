package extract

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/dataset"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// TestSharedMisses logs, for the dev half of the shared data sets in the
// directory $ATALAYA_SHARED (as `atalaya eval --shared` reads them), the
// headlines whose incident type, death toll or day the extractor gets
// wrong, by the definitions of package dataset. $EXTRACT_MISS lists the
// kinds to log (type, killed, date, none, clean). A developer tool: the
// scores themselves are `atalaya eval --shared`'s.
func TestSharedMisses(t *testing.T) {
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
	e := realExtractor(t)
	loc, _ := time.LoadLocation("America/Mexico_City")
	miss := os.Getenv("EXTRACT_MISS")
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
			if it.Split != dataset.Dev {
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
			if len(got) == 0 {
				if !gd.NoIncident {
					log("none", text, "no incident (want %v)", gd.Types)
				}
				continue
			}
			inc := got[0]
			if gd.NoIncident && violentIn(got) {
				log("clean", text, "%s", inc.Type)
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

// violentIn reports whether incs has a violent incident that counts as one.
func violentIn(incs []model.Incident) bool {
	for _, g := range incs {
		if !g.Counted() { // a tally or a denial is no incident
			continue
		}
		switch g.Type {
		case model.Homicide, model.ArmedAttack, model.ArmedClash, model.Kidnapping, model.Explosive, model.Arson, model.BusinessAttack, model.Blockade:
			return true
		}
	}
	return false
}
