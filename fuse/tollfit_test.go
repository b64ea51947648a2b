package fuse

import (
	"testing"

	"github.com/atalaya/atalaya/model"
)

// TestTollFit: a round-up that tells two shootings of one town and
// night, three dead at a court and four at a party, and its copies meet
// the events of both acts with one score (the whole text is the same):
// each incident joins the event that gives its toll, in either order of
// the reports.
func TestTollFit(t *testing.T) {
	roundUp := "Dos ataques armados en colonias vecinas dejaron siete personas muertas la noche del domingo en Fresnillo: tres jóvenes en una cancha y cuatro asistentes a una fiesta."
	copyText := "La noche del domingo, dos ataques armados dejaron siete muertos en Fresnillo: tres en una cancha y cuatro en una fiesta familiar."
	day := func(id string, killed int, text string) Item {
		return tol(id, model.ArmedAttack, fresnillo, tolDay, model.TimeDay, killed, text)
	}
	runOrders(t, []slipCase{
		{"a round-up and its copy, tolls of three and four",
			[]Item{day("a-0", 3, roundUp), day("a-1", 4, roundUp), day("b-0", 3, copyText), day("b-1", 4, copyText)},
			[][2]string{{"a-0", "b-0"}, {"a-1", "b-1"}}, [][2]string{{"a-0", "b-1"}, {"a-1", "b-0"}}},
		{"two round-ups and a copy",
			[]Item{day("a-0", 4, roundUp), day("a-1", 3, roundUp), day("b-0", 3, copyText), day("b-1", 4, copyText),
				day("c-0", 3, roundUp), day("c-1", 4, roundUp)},
			[][2]string{{"a-0", "b-1"}, {"a-1", "b-0"}, {"a-0", "c-1"}, {"a-1", "c-0"}}, [][2]string{{"a-0", "b-0"}, {"a-1", "c-1"}}},
	})
}
