package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestProbePlaces extracts each line of the file $EXTRACT_PLACES (" / "
// separates a report's headlines) and logs every incident's type, place,
// state, municipality, point, precision and basis. A developer tool; it
// asserts nothing.
func TestProbePlaces(t *testing.T) {
	path := os.Getenv("EXTRACT_PLACES")
	if path == "" {
		t.Skip("EXTRACT_PLACES not set (a file of headlines, one a line)")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	e := realExtractor(t)
	pub := time.Date(2014, 8, 14, 12, 0, 0, 0, time.UTC)
	for _, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		text := strings.ReplaceAll(line, " / ", "\n")
		r := model.Report{ID: "p", Kind: model.KindNews, Text: text, Published: pub}
		got := e.Extract(r)
		t.Logf("== %s", line)
		if os.Getenv("EXTRACT_SENTS") != "" {
			c, _ := e.drafts(r, r.Text)
			for k, si := range c.sents {
				var ps []string
				for _, p := range si.places {
					ps = append(ps, p.text+"="+p.place.Name)
				}
				t.Logf("   sent %d para %d %q places %v typ %s", k, si.para, c.r.Text[si.start:si.end], ps, si.typ)
			}
			var rs []string
			for _, p := range c.refs {
				rs = append(rs, p.text+"="+p.place.Name)
			}
			t.Logf("   refs %v", rs)
		}
		if len(got) == 0 {
			t.Logf("   NONE %s", e.rejectStep(r))
		}
		for _, g := range got {
			l := g.Location
			pt := ""
			if l.Lat != nil {
				pt = fmt.Sprintf("%.2f,%.2f", *l.Lat, *l.Lon)
			}
			k := -1
			if g.Killed != nil {
				k = g.Killed.N
			}
			t.Logf("   %-18s k=%d %q st=%s mu=%s %s prec=%d basis=%s counted=%v", g.Type, k, l.Place, l.StateCode, l.MunicipalityCode, pt, l.Precision, l.Basis, g.Counted())
		}
	}
}
