package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestNamesTownKept: a member asked again of a town gets the answer names
// gives, whatever it was asked before (namesTown keeps its answers by the
// town's number); a town not numbered yet is answered too.
func TestNamesTownKept(t *testing.T) {
	nl := place{state: "19", stateName: "Nuevo León"}
	text := "Hombres armados balearon una gasolinera en Allende; en la carretera a Montemorelos quemaron un tráiler."
	asks := []struct {
		town string
		want bool
	}{
		{"allende", true},       // not numbered yet
		{"montemorelos", false}, // a road's end
		{"cadereyta jimenez", false},
		{"allende", true},
		{"montemorelos", false},
		{"cadereyta jimenez", false},
		{"allende", true},
	}
	f := New(DefaultConfig(), func(Fused) error { return nil })
	it := item("a-0", "a", "Diario", model.BusinessAttack, nl, joinDay, model.TimeDay, joinDay.Add(time.Hour), text)
	m := f.newMember(it)
	for i, a := range asks {
		town := &member{muniName: a.town}
		if i > 0 {
			town.muni = f.nameID(a.town)
		}
		if got := m.namesTown(town); got != a.want || got != names(m, a.town) {
			t.Errorf("ask %d: of %q = %v, want %v (names: %v)", i, a.town, got, a.want, names(m, a.town))
		}
	}
	kept := 0
	for _, a := range m.towns {
		if a != 0 {
			kept++
		}
	}
	if kept != 3 {
		t.Errorf("kept answers of %d towns, want 3", kept)
	}
}

// TestNamesTownOfState: a report placed only in a state whose name is
// also its capital's ("clash in the Zacatecas sierra") names the state,
// not the capital: it does not join the capital's event as one naming its
// town, and waits for the event of its state it tells.
func TestNamesTownOfState(t *testing.T) {
	state := place{state: "32", stateName: "Zacatecas"}
	f := New(DefaultConfig(), func(Fused) error { return nil })
	town := func(p place) *member {
		return f.newMember(item("a-0", "a", "Diario", model.ArmedClash, p, joinDay, model.TimeDay, joinDay.Add(time.Hour),
			"Militares y civiles armados se enfrentaron en "+p.name+"."))
	}
	for _, c := range []struct {
		text string
		t    place
		want bool
	}{
		{"Army, gunmen clash in Zacatecas sierra.", zacatecas, false},
		{"Army, gunmen clash near Fresnillo, Zacatecas.", fresnillo, true},
	} {
		s := f.newMember(item("b-0", "b", "Wire", model.ArmedClash, state, joinDay, model.TimeDay, joinDay.Add(time.Hour), c.text))
		if got := namesTownOf(s, town(c.t)); got != c.want {
			t.Errorf("%q names %s's town: %v, want %v", c.text, c.t.name, got, c.want)
		}
	}
}
