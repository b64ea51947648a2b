package model

import "math"

// DistanceKm is the great-circle distance in kilometres between two points
// given in degrees (haversine, on a sphere of the Earth's mean radius).
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	sl, so := math.Sin(dlat/2), math.Sin(dlon/2) // each sine once
	a := sl*sl + math.Cos(lat1*rad)*math.Cos(lat2*rad)*so*so
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
