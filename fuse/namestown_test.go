package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestNamesTownKept: a member asked again of a town gets the answer names
// gives, whatever it was asked before (namesTown keeps its answers by
// town).
func TestNamesTownKept(t *testing.T) {
	nl := place{state: "19", stateName: "Nuevo León"}
	text := "Hombres armados balearon una gasolinera en Allende; en la carretera a Montemorelos quemaron un tráiler."
	asks := []struct {
		town string
		want bool
	}{
		{"allende", true},
		{"montemorelos", false}, // a road's end
		{"cadereyta jimenez", false},
		{"allende", true},
		{"montemorelos", false},
		{"cadereyta jimenez", false},
	}
	it := item("a-0", "a", "Diario", model.BusinessAttack, nl, joinDay, model.TimeDay, joinDay.Add(time.Hour), text)
	m := New(DefaultConfig(), func(Fused) error { return nil }).newMember(it)
	for i, a := range asks {
		if got := m.namesTown(a.town); got != a.want || got != names(m, a.town) {
			t.Errorf("ask %d: namesTown(%q) = %v, want %v (names: %v)", i, a.town, got, a.want, names(m, a.town))
		}
	}
	if len(m.towns) != 3 {
		t.Errorf("kept %d answers, want 3", len(m.towns))
	}
}
