package when

import (
	"testing"

	"github.com/atalaya/atalaya/model"
)

// TestCommaParts checks that a day's number and a month's abbreviation
// parted by a comma are no date ("Gunmen kill 4, set houses on fire" is
// no 4 September) and that English "set" is a verb, not September, while
// a day and its month with no comma still date.
func TestCommaParts(t *testing.T) {
	r := resolver(t)
	check(t, r, "Gunmen kill 4, set houses on fire in Nayarit", "en", testPub, nil)
	check(t, r, "Gunmen kill 4 set houses on fire", "en", testPub, nil)
	check(t, r, "Police detain 3, mar protest in Celaya", "en", testPub, nil)
	check(t, r, "killed on 12 August 2022", "en", testPub, []want{{"12 August 2022", "2022-08-12 00:00", model.TimeDay, false, true}})
}
