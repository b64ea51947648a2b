package extract

import "testing"

// TestTimeRead checks that a time expression's reading is made once and
// its answer, true or false, kept; each reading on its own.
func TestTimeRead(t *testing.T) {
	var te timeExpr
	calls := 0
	answer := func(v bool) func() bool {
		return func() bool { calls++; return v }
	}
	for _, tt := range []struct {
		r     timeRead
		f     func() bool
		want  bool
		calls int
	}{
		{readSaid, answer(true), true, 1},
		{readSaid, answer(false), true, 1}, // kept: not asked again
		{readTaken, answer(false), false, 2},
		{readTaken, answer(true), false, 2},
		{readOtherDay, answer(true), true, 3},
		{readOtherDayOp, answer(false), false, 4},
		{readOtherDay, answer(false), true, 4},
	} {
		if got := te.read(tt.r, tt.f); got != tt.want || calls != tt.calls {
			t.Errorf("read(%b) = %v after %d calls, want %v after %d", tt.r, got, calls, tt.want, tt.calls)
		}
	}
}
