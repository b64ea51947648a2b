package gazetteer

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// stateShape is the outline of one state: rings of lon/lat points, read
// with the even-odd rule so that holes are holes.
type stateShape struct {
	code                   string
	rings                  [][]float64 // x0, y0, x1, y1, ...
	minX, minY, maxX, maxY float64
	area                   float64
}

// readShapes parses the state outlines: one ring a line, the state code,
// a tab and space-separated "lon,lat" points.
func readShapes(gz []byte) ([]stateShape, error) {
	raw, err := gunzip(gz)
	if err != nil {
		return nil, err
	}
	idx := map[string]int{}
	var out []stateShape
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		code, pts, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		var ring []float64
		for _, pt := range strings.Fields(pts) {
			xs, ys, ok := strings.Cut(pt, ",")
			x, err1 := strconv.ParseFloat(xs, 64)
			y, err2 := strconv.ParseFloat(ys, 64)
			if !ok || err1 != nil || err2 != nil {
				return nil, fmt.Errorf("line %d: bad point %q", line, pt)
			}
			ring = append(ring, x, y)
		}
		i, ok := idx[code]
		if !ok {
			i = len(out)
			idx[code] = i
			out = append(out, stateShape{code: code, minX: math.Inf(1), minY: math.Inf(1), maxX: math.Inf(-1), maxY: math.Inf(-1)})
		}
		s := &out[i]
		s.rings = append(s.rings, ring)
		var a float64
		for j := 0; j+1 < len(ring); j += 2 {
			x, y := ring[j], ring[j+1]
			s.minX, s.maxX = math.Min(s.minX, x), math.Max(s.maxX, x)
			s.minY, s.maxY = math.Min(s.minY, y), math.Max(s.maxY, y)
			k := (j + 2) % len(ring)
			a += x*ring[k+1] - ring[k]*y
		}
		s.area += math.Abs(a / 2)
	}
	return out, sc.Err()
}

// contains reports whether (x, y) = (lon, lat) is inside the shape.
func (s *stateShape) contains(x, y float64) bool {
	if x < s.minX || x > s.maxX || y < s.minY || y > s.maxY {
		return false
	}
	in := false
	for _, r := range s.rings {
		n := len(r)
		for i, j := 0, n-2; i < n; j, i = i, i+2 {
			xi, yi, xj, yj := r[i], r[i+1], r[j], r[j+1]
			if (yi > y) != (yj > y) && x < (xj-xi)*(y-yi)/(yj-yi)+xi {
				in = !in
			}
		}
	}
	return in
}

// maxCoastKm is how far outside the (simplified) state outlines a point
// may lie and still be placed in the nearest municipality's state.
const maxCoastKm = 30

// Reverse returns the state containing (lat, lon), by point in polygon over
// the Natural Earth state outlines (the smallest state wins where outlines
// overlap), and the municipality of the nearest municipality point or
// locality of that state. A point just off the simplified outlines (a
// coast, an island) takes the state of the nearest place within 30 km.
// ok is false outside Mexico.
func (g *Gazetteer) Reverse(lat, lon float64) (state, municipality Place, ok bool) {
	if math.IsNaN(lat) || math.IsNaN(lon) {
		return Place{}, Place{}, false
	}
	code := ""
	best := math.Inf(1)
	for i := range g.shapes {
		s := &g.shapes[i]
		if s.area < best && s.contains(lon, lat) {
			code, best = s.code, s.area
		}
	}
	near, d := g.nearest(lat, lon, code)
	if code == "" {
		if near < 0 || d > maxCoastKm {
			return Place{}, Place{}, false
		}
		code = g.places[near].StateCode
	}
	state, ok = g.State(code)
	if !ok {
		return Place{}, Place{}, false
	}
	if near >= 0 {
		municipality, _ = g.Municipality(g.places[near].MunicipalityCode)
	}
	return state, municipality, true
}

// nearest returns the municipality or locality nearest (lat, lon), within
// state code when it is not empty, and its distance in km.
func (g *Gazetteer) nearest(lat, lon float64, code string) (int, float64) {
	best, bd := -1, math.Inf(1)
	c := math.Cos(lat * math.Pi / 180)
	scan := func(ids []int) {
		for _, id := range ids {
			p := &g.places[id]
			dx := (p.Lon - lon) * c
			dy := p.Lat - lat
			if d := dx*dx + dy*dy; d < bd {
				best, bd = id, d
			}
		}
	}
	if code != "" {
		scan(g.points[code])
	} else {
		for _, ids := range g.points {
			scan(ids)
		}
	}
	return best, math.Sqrt(bd) * 111.2
}

// indexPoints groups by state the municipalities and localities that have
// a point and a municipality code.
func (g *Gazetteer) indexPoints() {
	g.points = make(map[string][]int, 32)
	for _, p := range g.places {
		if p.Kind != Municipality && p.Kind != Locality || p.MunicipalityCode == "" || p.Lat == 0 && p.Lon == 0 {
			continue
		}
		g.points[p.StateCode] = append(g.points[p.StateCode], p.ID)
	}
}
