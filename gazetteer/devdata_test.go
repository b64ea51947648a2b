package gazetteer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// devData returns the path of a file of the team's shared development
// data (../shared/data from the project root), skipping the test when it
// is absent.
func devData(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", "data", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("development data %s not found; skipping", p)
	}
	return p
}

// code reads a JSON field that holds an INEGI code as a string or a number.
func code(v any, width int) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return fmt.Sprintf("%0*d", width, int(x))
	}
	return ""
}

// TestHeadlines measures Find+Resolve on hand-coded Spanish headlines: of
// the headlines where a municipality is resolved, how many name the coded
// one. Headlines often name no place, so only precision is checked.
func TestHeadlines(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	g := load(t)
	f, err := os.Open(devData(t, "monitor_ppd_2022.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	var right, wrong, stRight, stWrong int
	for sc.Scan() {
		var r map[string]any
		if json.Unmarshal(sc.Bytes(), &r) != nil {
			continue
		}
		title, _ := r["title"].(string)
		mc, sc2 := code(r["municipality_inegi"], 5), code(r["state_inegi"], 2)
		rs := g.Resolve(title, g.Find(title), "")
		muni, hit, st := "", false, ""
		for _, x := range rs {
			if x.Place.MunicipalityCode != "" && muni == "" {
				muni = x.Place.MunicipalityCode
			}
			hit = hit || mc != "" && x.Place.MunicipalityCode == mc
			if st == "" {
				st = x.Place.StateCode
			}
		}
		if muni != "" && mc != "" {
			if hit {
				right++
			} else {
				wrong++
			}
		}
		if st != "" && sc2 != "" {
			if st == sc2 {
				stRight++
			} else {
				stWrong++
			}
		}
	}
	mp := float64(right) / float64(max(1, right+wrong))
	sp := float64(stRight) / float64(max(1, stRight+stWrong))
	t.Logf("municipality precision %.3f (%d/%d), state precision %.3f (%d/%d)", mp, right, right+wrong, sp, stRight, stRight+stWrong)
	if mp < 0.85 || sp < 0.88 {
		t.Errorf("precision fell: municipality %.3f, state %.3f", mp, sp)
	}
}

// TestReverseEvents checks Reverse against geocoded events whose first-order
// division is known.
func TestReverseEvents(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	g := load(t)
	f, err := os.Open(devData(t, "ucdp_ged_mexico_1989_2020.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	var n, right int
	for sc.Scan() {
		var r struct {
			Lat  float64 `json:"latitude"`
			Lon  float64 `json:"longitude"`
			Adm1 string  `json:"adm_1"`
		}
		if json.Unmarshal(sc.Bytes(), &r) != nil || r.Adm1 == "" {
			continue
		}
		want, ok := g.LookupState(strings.TrimSuffix(strings.TrimSuffix(r.Adm1, " state"), " State"))
		if !ok {
			continue
		}
		n++
		if s, _, ok := g.Reverse(r.Lat, r.Lon); ok && s.StateCode == want.StateCode {
			right++
		}
	}
	acc := float64(right) / float64(max(1, n))
	t.Logf("Reverse: state right for %d of %d events (%.4f)", right, n, acc)
	if acc < 0.99 {
		t.Errorf("Reverse state accuracy %.4f", acc)
	}
}
