// Command atalaya turns public reports about organized-crime violence in
// Mexico into geolocated incident records kept in an embedded database.
//
// Usage:
//
//	atalaya ingest    [--db FILE] [--source NAME] [--kind KIND] [--published TIME] PATH... | -
//	atalaya incidents [--db FILE] [--format table|json|jsonl|csv|geojson] [--since T] [--until T] [--state S] [--type T]
//	atalaya events    [--db FILE] [--format table|json|jsonl|csv|geojson|acled] [--since T] [--until T] [--state S] [--type T] [--min-sources N]
//	atalaya fuse      [--db FILE] [--rebuild] [--fuse-config FILE]
//	atalaya eval      [--json] GOLD.jsonl
//	atalaya eval      --shared [--split dev|check|all] [--json] [DIR]
//	atalaya explain   [--format text|jsonl] [--source NAME] [--kind KIND] [--published TIME] FILE | -
//	atalaya bench     [--reports N] [--workers N]
//	atalaya serve     [--db FILE] [--addr 127.0.0.1:8080] [--token-file FILE] [--read-token]
//
// Exit status: 0 on success, 1 on failure, 2 on a usage error, 3 when
// ingest finished but skipped some input.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
	_ "time/tzdata" // Mexico City time on machines without a zone database
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
	exitSkipped = 3
)

// errSkipped marks a run that completed but skipped some input.
var errSkipped = errors.New("some input was skipped")

type command struct {
	name, args, help string
	run              func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"ingest", "[flags] PATH... | -", "read reports, extract their incidents and store them", runIngest},
		{"incidents", "[flags]", "list stored incidents", runIncidents},
		{"events", "[flags]", "list events: incidents fused across reports", runEvents},
		{"fuse", "[--rebuild] [flags]", "fuse stored incidents into events (ingest does it as it goes)", runFuse},
		{"eval", "[flags] GOLD.jsonl | --shared [DIR]", "score extraction against a gold file or the real coded data", runEval},
		{"explain", "[flags] FILE | -", "show how extraction reads each report: incidents, where their places were read, dropped candidates and why", runExplain},
		{"bench", "[flags]", "time end-to-end ingest of a generated corpus", runBench},
		{"serve", "[flags]", "serve the HTTP API", runServe},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:], stdin, stdout, stderr)
		switch {
		case err == nil:
			return exitOK
		case errors.Is(err, flag.ErrHelp):
			return exitOK
		case errors.As(err, new(usageError)):
			fmt.Fprintf(stderr, "atalaya %s: %v\nusage: atalaya %s %s\n", c.name, err, c.name, c.args)
			return exitUsage
		case errors.Is(err, errSkipped):
			fmt.Fprintf(stderr, "atalaya %s: %v\n", c.name, err)
			return exitSkipped
		default:
			fmt.Fprintf(stderr, "atalaya %s: %v\n", c.name, err)
			return exitFailure
		}
	}
	fmt.Fprintf(stderr, "atalaya: unknown command %q\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: atalaya COMMAND [flags]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.help)
	}
	fmt.Fprintln(w, "\nRun 'atalaya COMMAND -h' for a command's flags.")
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// parse parses flags that may come before, between or after the positional
// arguments, and returns the positional ones.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// newFlagSet makes a flag set whose errors are returned, not printed twice.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("atalaya "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// dbFlag adds --db with its default from $ATALAYA_DB.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("ATALAYA_DB")
	if def == "" {
		def = "atalaya.db"
	}
	return fs.String("db", def, "database `FILE` (default $ATALAYA_DB or ./atalaya.db)")
}

// parseTime reads RFC 3339 or YYYY-MM-DD (that day in loc).
func parseTime(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01-02T15:04", s, loc); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("time %q: want RFC 3339 (2026-02-22T14:05:00-06:00) or a date (2026-02-22)", s)
}
