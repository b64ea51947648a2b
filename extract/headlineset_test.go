package extract

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// killedRow is one line of a headline set (testdata/headlines/README.md):
// the coded type, state, municipality and killed, and the headline.
type killedRow struct {
	line     int
	types    []string // nil: no incident
	killed   int      // -1: the headline gives no number of dead
	headline string
}

// readKilledRows reads a headline set's rows, skipping comments.
func readKilledRows(t *testing.T, path string) []killedRow {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatalf("headline set: %v", err)
	}
	defer fh.Close()
	var rows []killedRow
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			t.Fatalf("%s:%d: %d columns, want 5", path, n, len(cols))
		}
		r := killedRow{line: n, killed: -1, headline: cols[4]}
		if cols[0] != "-" {
			r.types = strings.Split(cols[0], "|")
		}
		if cols[3] != "-" {
			k, err := strconv.Atoi(cols[3])
			if err != nil {
				t.Fatalf("%s:%d: killed %q: %v", path, n, cols[3], err)
			}
			r.killed = k
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// TestHeadlineSetKilled scores the number of dead read from the headline
// sets' headlines alone: of the rows that tell an incident and give a
// number of dead, those where an incident is found ("acts found") and
// the first incident's killed count is the coded one. It logs each miss
// among the acts found (with -v) and fails when a development set falls
// below the floor measured when the scorer was written (branch toll5), so
// that a change that loses tolls shows. The sealed set is read only when
// HEADLINES_SEALED is set, and then only its aggregate is printed.
func TestHeadlineSetKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the headline sets through the real extractor")
	}
	// floor is the share of exact counts among the acts found, per
	// development set, that a change must keep (toll5's figures less one
	// row of slack).
	floor := map[string]int{"es1.tsv": 60, "es2.tsv": 60, "en1.tsv": 64, "en2.tsv": 69}
	files, err := filepath.Glob("../testdata/headlines/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no headline sets: %v", err)
	}
	sealed := os.Getenv("HEADLINES_SEALED") != ""
	e := realExtractor(t)
	pub := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	for _, path := range files {
		name := filepath.Base(path)
		isSealed := name == "sealed1.tsv"
		if isSealed != sealed {
			continue
		}
		var given, found, exact int
		for _, r := range readKilledRows(t, path) {
			if r.types == nil || r.killed < 0 {
				continue
			}
			given++
			rep := model.Report{ID: "h", Kind: model.KindNews, Text: r.headline, Published: pub}
			got := e.Extract(rep)
			if len(got) == 0 {
				continue
			}
			found++
			k := -1
			if got[0].Killed != nil {
				k = got[0].Killed.N
			}
			if k == r.killed {
				exact++
				continue
			}
			if !isSealed {
				t.Logf("%s:%d\tgot %d want %d\t%s\t%s", name, r.line, k, r.killed, got[0].Type, r.headline)
			}
		}
		t.Logf("%s: killed exact %d/%d acts found (%.1f%%); %d of %d rows with a number found no act",
			name, exact, found, pct(exact, found), given-found, given)
		if min, ok := floor[name]; ok && exact < min {
			t.Errorf("%s: killed exact %d, want at least %d", name, exact, min)
		}
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
