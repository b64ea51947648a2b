package main

import (
	"flag"
	"io"
	"testing"
	"time"
)

// TestListFlagsDays checks that a date in --since or --until bounds the
// act's day at its place (store.Filter.SinceDay, UntilDay: 23:30 in
// Tijuana on the 3rd is on the 3rd), while an RFC 3339 time stays an
// instant.
func TestListFlagsDays(t *testing.T) {
	tests := []struct {
		args               []string
		sinceDay, untilDay string
		since, until       string // RFC 3339, "" for none
	}{
		{[]string{"--since", "2023-09-03"}, "2023-09-03", "", "", ""},
		{[]string{"--until", "2023-09-03"}, "", "2023-09-03", "", ""},
		{[]string{"--since", "2023-09-03", "--until", "2023-09-04"}, "2023-09-03", "2023-09-04", "", ""},
		{[]string{"--since", "2023-09-03T23:30:00-07:00"}, "", "", "2023-09-04T06:30:00Z", ""},
		{[]string{"--until", "2023-09-04T00:00:00-06:00"}, "", "", "", "2023-09-04T06:00:00Z"},
	}
	format := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format(time.RFC3339)
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("incidents", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		lf := addListFlags(fs, "incidents")
		if err := fs.Parse(tt.args); err != nil {
			t.Fatal(err)
		}
		f, err := lf.resolve()
		if err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if f.sinceDay != tt.sinceDay || f.untilDay != tt.untilDay || format(f.since) != tt.since || format(f.until) != tt.until {
			t.Errorf("%v: days %q..%q, times %q..%q; want %q..%q, %q..%q", tt.args, f.sinceDay, f.untilDay,
				format(f.since), format(f.until), tt.sinceDay, tt.untilDay, tt.since, tt.until)
		}
	}
}
