package gazetteer

import (
	"slices"
	"testing"
)

// TestStreetList: a name joined by "y" to a street's name told after a
// street word ("las calles Sinaloa y Jalisco", "la esquina de Morelos y
// Guerrero") is a second street, not a place; states listed after a cue
// ("en Sinaloa y Jalisco") and a pair after "entre" keep their reading.
// The sentences are written for the test.
func TestStreetList(t *testing.T) {
	g := load(t)
	tests := []struct {
		text string
		want []want
	}{
		{"Dos hombres fueron asesinados en el cruce de las calles Sinaloa y Jalisco, en Hermosillo.",
			[]want{{"Hermosillo", "Hermosillo", "26030"}}},
		{"Lo atacaron en la esquina de Morelos y Guerrero, en Reynosa.",
			[]want{{"Reynosa", "Reynosa", "28032"}}},
		{"Hubo bloqueos en Sinaloa y Jalisco durante la noche.",
			[]want{{"Sinaloa", "Sinaloa", "25"}, {"Jalisco", "Jalisco", "14"}}},
		{"Se enfrentaron en la sierra, en los límites entre Sinaloa y Durango.",
			[]want{{"Durango", "Durango", "10"}}},
	}
	for _, tt := range tests {
		if got := resolved(g, tt.text, ""); !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}
