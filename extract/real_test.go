package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/when"
)

func realExtractor(t testing.TB) *Extractor {
	t.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	w, err := when.New()
	if err != nil {
		t.Fatal(err)
	}
	return New(g, w)
}

// TestDumpMaterial prints what the extractor finds in the files named by
// $EXTRACT_DUMP (a glob of .txt or news_dev .json files); it is a tool for
// developers and skips otherwise.
func TestDumpMaterial(t *testing.T) {
	glob := os.Getenv("EXTRACT_DUMP")
	if glob == "" {
		t.Skip("EXTRACT_DUMP not set")
	}
	e := realExtractor(t)
	files, _ := filepath.Glob(glob)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := model.Report{ID: filepath.Base(f), Kind: model.KindNews, Text: string(b), Published: time.Date(2026, 2, 23, 12, 0, 0, 0, mexico)}
		if strings.HasSuffix(f, ".json") {
			var j struct {
				Title, Date, Text, Lang string
			}
			if err := json.Unmarshal(b, &j); err != nil {
				t.Fatal(err)
			}
			r.Title, r.Text, r.Lang = j.Title, j.Text, j.Lang
			if d, err := time.Parse("2006-01-02", j.Date); err == nil {
				r.Published = d
			}
		}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		fmt.Printf("== %s: %d incidents\n", f, len(got))
		for _, g := range got {
			l := g.Location
			tm := ""
			if g.Time != nil {
				tm = g.Time.Format("2006-01-02T15:04") + "/" + string(g.TimePrecision)
			}
			k := ""
			if g.Killed != nil {
				k = fmt.Sprint(" killed=", g.Killed.N)
			}
			ev := g.Evidence
			txt := ""
			if len(ev) > 0 {
				txt = ev[0].Text
				if len(txt) > 110 {
					txt = txt[:110]
				}
			}
			fmt.Printf("  %-18s %s %s|%s|%s p%d %s%s sev%d c%.2f a=%v\n     %q\n", g.Type, l.StateCode, l.MunicipalityCode, l.Municipality, l.Place, l.Precision, tm, k, g.Severity, g.Confidence, g.Actors, txt)
		}
	}
}

// TestHeadlineSample scores titles of the Monitor PPD file named by
// $EXTRACT_PPD (first 3000 rows): share with an incident, state and
// municipality agreement where the headline yields a place, killed exact.
// A developer tool; it skips otherwise.
func TestHeadlineSample(t *testing.T) {
	path := os.Getenv("EXTRACT_PPD")
	if path == "" {
		t.Skip("EXTRACT_PPD not set")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skip(err)
	}
	e := realExtractor(t)
	var n, found, stN, stOK, muN, muOK, kN, kOK int
	for _, line := range strings.Split(string(b), "\n") {
		if n >= 3000 || line == "" {
			continue
		}
		var j struct {
			Title, PubDate, StateINEGI, MunicipalityINEGI string
			Killed                                        *int
		}
		var raw map[string]any
		if json.Unmarshal([]byte(line), &raw) != nil {
			continue
		}
		j.Title, _ = raw["title"].(string)
		j.StateINEGI, _ = raw["state_inegi"].(string)
		j.MunicipalityINEGI, _ = raw["municipality_inegi"].(string)
		if k, ok := raw["killed_total"].(float64); ok {
			ki := int(k)
			j.Killed = &ki
		}
		n++
		pub, _ := time.Parse("2006-01-02", fmt.Sprint(raw["pub_date"]))
		got := e.Extract(model.Report{ID: "p", Kind: model.KindNews, Lang: "es", Text: j.Title, Published: pub})
		if len(got) == 0 {
			if os.Getenv("EXTRACT_MISS") != "" && n%40 == 0 {
				t.Logf("miss: %s", j.Title)
			}
			continue
		}
		found++
		g := got[0]
		if g.Location.StateCode != "" && j.StateINEGI != "" {
			stN++
			if g.Location.StateCode == j.StateINEGI {
				stOK++
			} else if os.Getenv("EXTRACT_MISS") != "" {
				t.Logf("state %s want %s: %s", g.Location.StateCode, j.StateINEGI, j.Title)
			}
		}
		if g.Location.MunicipalityCode != "" && j.MunicipalityINEGI != "" {
			muN++
			if g.Location.MunicipalityCode == j.MunicipalityINEGI {
				muOK++
			}
		}
		if g.Killed != nil && j.Killed != nil {
			kN++
			if g.Killed.N == *j.Killed {
				kOK++
			} else if os.Getenv("EXTRACT_MISS") != "" {
				t.Logf("killed %d want %d: %s", g.Killed.N, *j.Killed, j.Title)
			}
		}
	}
	t.Logf("rows %d, with incident %d (%.0f%%); state %d/%d; municipality %d/%d; killed exact %d/%d", n, found, 100*float64(found)/float64(n), stOK, stN, muOK, muN, kOK, kN)
}
