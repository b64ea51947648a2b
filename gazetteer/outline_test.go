package gazetteer

import (
	"encoding/json"
	"testing"
)

func TestStatesGeoJSON(t *testing.T) {
	g := load(t)
	b, err := g.StatesGeoJSON()
	if err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Type     string
		Features []struct {
			Type       string
			ID         string
			Properties struct{ Code, Name string }
			Geometry   struct {
				Type        string
				Coordinates [][][][]float64
			}
		}
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		t.Fatal(err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 32 {
		t.Fatalf("type %q with %d features; want a FeatureCollection of the 32 states", fc.Type, len(fc.Features))
	}
	seen := map[string]bool{}
	for i, f := range fc.Features {
		if f.Type != "Feature" || f.Geometry.Type != "MultiPolygon" || len(f.Geometry.Coordinates) == 0 {
			t.Errorf("feature %d (%s): type %q, geometry %q with %d polygons", i, f.ID, f.Type, f.Geometry.Type, len(f.Geometry.Coordinates))
		}
		if f.ID != f.Properties.Code || seen[f.ID] || f.Properties.Name == "" {
			t.Errorf("feature %d: id %q, properties %+v (duplicate: %v)", i, f.ID, f.Properties, seen[f.ID])
		}
		seen[f.ID] = true
		if i > 0 && fc.Features[i-1].ID >= f.ID {
			t.Errorf("feature %d: %s after %s, want code order", i, f.ID, fc.Features[i-1].ID)
		}
		for _, poly := range f.Geometry.Coordinates {
			for _, ring := range poly {
				first, last := ring[0], ring[len(ring)-1]
				if len(ring) < 4 || first[0] != last[0] || first[1] != last[1] {
					t.Errorf("%s: a ring of %d positions, not closed", f.ID, len(ring))
				}
				for _, p := range ring {
					// Mexico lies within these bounds (lon, lat).
					if p[0] < -119 || p[0] > -86 || p[1] < 14 || p[1] > 33 {
						t.Errorf("%s: position %v outside Mexico", f.ID, p)
						break
					}
				}
			}
		}
	}
	if fc.Features[13].Properties.Code != "14" || fc.Features[13].Properties.Name != "Jalisco" {
		t.Errorf("feature 13 = %+v; want Jalisco, 14", fc.Features[13].Properties)
	}
}
