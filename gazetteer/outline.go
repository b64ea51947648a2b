package gazetteer

import (
	"encoding/json"
	"fmt"
	"sort"
)

// StatesGeoJSON returns the state outlines as a GeoJSON FeatureCollection:
// one Feature per state, ordered by INEGI code, whose properties are the
// state's "code" and "name" and whose geometry is a MultiPolygon with one
// polygon per outline ring. A state with a hole (another state inside it)
// has that hole as a ring of its own: drawn with the even-odd fill rule, as
// the outlines are read, holes stay holes. The outlines are Natural Earth's,
// simplified (see NOTICE); they are for drawing, not for measuring.
func (g *Gazetteer) StatesGeoJSON() ([]byte, error) {
	type props struct {
		Code string `json:"code"`
		Name string `json:"name"`
	}
	type geometry struct {
		Type        string          `json:"type"`
		Coordinates [][][][]float64 `json:"coordinates"`
	}
	type feature struct {
		Type       string   `json:"type"`
		ID         string   `json:"id"`
		Properties props    `json:"properties"`
		Geometry   geometry `json:"geometry"`
	}
	shapes := make([]*stateShape, len(g.shapes))
	for i := range g.shapes {
		shapes[i] = &g.shapes[i]
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].code < shapes[j].code })
	features := make([]feature, 0, len(shapes))
	for _, s := range shapes {
		st, ok := g.State(s.code)
		if !ok {
			return nil, fmt.Errorf("gazetteer: outline of unknown state %q", s.code)
		}
		f := feature{Type: "Feature", ID: s.code, Properties: props{Code: s.code, Name: st.Name},
			Geometry: geometry{Type: "MultiPolygon"}}
		for _, r := range s.rings {
			ring := make([][]float64, 0, len(r)/2+1)
			for k := 0; k+1 < len(r); k += 2 {
				ring = append(ring, []float64{r[k], r[k+1]})
			}
			// GeoJSON rings are closed: the last position repeats the first.
			if n := len(ring); n > 0 && (ring[0][0] != ring[n-1][0] || ring[0][1] != ring[n-1][1]) {
				ring = append(ring, ring[0])
			}
			if len(ring) < 4 {
				continue
			}
			f.Geometry.Coordinates = append(f.Geometry.Coordinates, [][][]float64{ring})
		}
		features = append(features, f)
	}
	b, err := json.Marshal(struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{"FeatureCollection", features})
	if err != nil {
		return nil, fmt.Errorf("gazetteer: state outlines as GeoJSON: %w", err)
	}
	return b, nil
}
