package when

import (
	"testing"
	"time"
)

func TestMonthWords(t *testing.T) {
	for _, tc := range []struct {
		word     string
		named    time.Month // MonthNamed; 0 when no full name
		anyMonth time.Month // Month; 0 when no month at all
	}{
		{"enero", time.January, time.January},
		{"setiembre", time.September, time.September},
		{"septiembre", time.September, time.September},
		{"may", time.May, time.May},
		{"december", time.December, time.December},
		{"ago", 0, time.August},
		{"sept", 0, time.September},
		{"dic", 0, time.December},
		{"lunes", 0, 0},
		{"Enero", 0, 0}, // words are folded by the caller
		{"", 0, 0},
	} {
		m, ok := MonthNamed(tc.word)
		if ok != (tc.named != 0) || m != tc.named {
			t.Errorf("MonthNamed(%q) = %v, %v; want %v", tc.word, m, ok, tc.named)
		}
		m, ok = Month(tc.word)
		if ok != (tc.anyMonth != 0) || m != tc.anyMonth {
			t.Errorf("Month(%q) = %v, %v; want %v", tc.word, m, ok, tc.anyMonth)
		}
	}
	if got := SpanishMonth(time.September); got != "septiembre" {
		t.Errorf("SpanishMonth(September) = %q", got)
	}
	if got := SpanishMonth(13); got != "" {
		t.Errorf("SpanishMonth(13) = %q, want empty", got)
	}
	names := MonthNames()
	if len(names) != 25 || names[0] != "enero" || names[9] != "setiembre" || names[13] != "january" {
		t.Errorf("MonthNames() = %q", names)
	}
	names[0] = "x"
	if MonthNames()[0] != "enero" {
		t.Error("MonthNames shares its slice with the caller")
	}
}
