package extract

import (
	"testing"
	"time"
)

// TestHeadlinesPPD21 reads testdata/headlines_ppd21.tsv, Spanish headlines
// written for branch ppd21: people taken by armed men or by force, and
// "asegura" with a force of the state for subject after an article, each
// with near misses (a team's signing or win, a saying, a hold-up's loot).
// `atalaya eval` with main 324ce6d: acts 15 of 19 found, state 15, type
// 10; 10 of 11 clean. With takenForms' and assuredByForce's new forms:
// 19, 19, 19 and 10 (the team that "se lleva a la fuerza el triunfo" was
// read as a kidnapping before). The test keeps that floor.
func TestHeadlinesPPD21(t *testing.T) {
	checkHeadlineFloors(t, "headlines_ppd21.tsv", time.Date(2022, 8, 12, 12, 0, 0, 0, mexico), 19, 19, 10)
}
