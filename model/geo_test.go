package model

import (
	"math"
	"testing"
)

func TestDistanceKm(t *testing.T) {
	for _, c := range []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want, tol              float64
	}{
		{"same point", 20.67, -103.35, 20.67, -103.35, 0, 1e-9},
		// One degree of latitude is 2πR/360 ≈ 111.19 km.
		{"one degree north", 20, -100, 21, -100, 111.19, 0.01},
		// Along the equator one degree of longitude is the same.
		{"one degree east on the equator", 0, -100, 0, -99, 111.19, 0.01},
		// Antipodes: half the circumference, πR ≈ 20015 km.
		{"antipodes", 0, 0, 0, 180, 20015.09, 0.1},
	} {
		if got := DistanceKm(c.lat1, c.lon1, c.lat2, c.lon2); math.Abs(got-c.want) > c.tol {
			t.Errorf("%s: %.3f km, want %.3f", c.name, got, c.want)
		}
	}
}
