// Package report reads input files (plain text, subtitles, HTML pages,
// RSS/Atom feeds, JSON and JSONL batches, CSV/TSV exports of alert
// platforms) into model.Report values with normalized text, a detected
// language and a content hash.
//
// The format comes from the extension (.txt, .srt, .vtt, .html, .rss,
// .atom, .xml, .jsonl, .json, .csv, .tsv); other files and standard input
// are sniffed: JSON, HTML and feeds by their first character, WebVTT and
// SRT by their first lines, CSV by a header row of known column names
// (see below), text otherwise.
//
// # Precedence of options
//
// Options hold the defaults the user gave on the command line. The rule is:
// a value the input states for one record wins over a flag, and a flag wins
// over a value guessed from the format or the container.
//
//   - Published: a date stated by the input (JSONL "published", a CSV
//     date column, page metadata, feed item date) wins;
//     Options.Published fills the rest. A stated time of exactly
//     midnight UTC is a date without a time of day, as feeds and pages
//     stamp one: it is taken as that date at midnight in
//     America/Mexico_City, not as 18:00 the day before.
//   - Kind: a JSONL line's "kind" or a CSV row's kind column wins;
//     otherwise Options.Kind wins over the format's default (transcript
//     for .srt/.vtt and for unpunctuated plain text, alert_feed for CSV,
//     news for everything else).
//   - Source: a JSONL line's "source" or a CSV row's source column wins;
//     otherwise Options.Source wins over what the container suggests (an
//     HTML page's og:site_name, a feed's title).
//
// # CSV exports
//
// A CSV file (comma, semicolon or tab separated, told from the header
// line; a UTF-8 BOM is allowed) has a header row naming its columns, one
// report per further row. Header names are matched without regard to case,
// accents, spaces or punctuation, in Spanish and English:
//
//   - id, folio, incident_id: GivenID
//   - source, fuente, platform, plataforma: Source
//   - url, link, enlace, liga: URL
//   - kind, tipo_reporte: Kind, when it is a known model.ReportKind
//     (other values are ignored)
//   - lang, idioma: Lang (es/en; detected from the text otherwise)
//   - title, titulo, asunto, headline: Title
//   - published, date, fecha, datetime, fecha_hora, timestamp: Published,
//     as RFC 3339, YYYY-MM-DD, "YYYY-MM-DD HH:MM[:SS]" or, day first,
//     "DD/MM/YYYY[ HH:MM[:SS]]", in America/Mexico_City when no offset is
//     given; a separate hora/time column (HH:MM[:SS]) adds the time of
//     day to a date without one
//   - text, texto, description, descripcion, detalle, body, reporte (and
//     a few more): the text
//   - lat, latitude, latitud and lon, lng, longitude, longitud: Lat/Lon,
//     both or neither, in range; a decimal comma is accepted and 0,0 (a
//     common placeholder) means none
//   - municipality, municipio and state, estado: see below
//
// Other columns are ignored. The text is made of the text-like cells in
// column order, one paragraph each; a cell without a letter is passed
// over, and so is a cell of a single word (a code, a status) when another
// cell has more, and a cell contained in one already taken, while a cell
// containing one already taken replaces it. The municipality
// and state cells, when the text does not already name them, are put
// before it as a first line "Municipio: X, Estado: Y." ("Municipality:
// X, State: Y." in English text), as a dateline, so that the extractor
// finds the places and reads them as the place of what follows. The language is detected before that sentence is added.
//
// A file without a text column in its header is one problem. A row that
// does not parse (encoding/csv rules, LazyQuotes off; rows may have more
// or fewer cells than the header), has no text, a bad date or bad
// coordinates, invalid UTF-8, or more than Options.MaxBytes bytes is a
// problem for that row, named by its line, and the rest of the file is
// read; a row's Origin is "path:LINE", LINE the line where the row
// starts. A quoted cell left open runs on to the next quote, as in
// encoding/csv, and the problem names the lines it took. Rows of empty
// cells are passed over. The file is read one row at a time, so it may be
// larger than MaxBytes.
package report

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/atalaya/atalaya/model"
)

// DefaultMaxBytes is the size limit of a file (or of a JSONL line or a CSV
// row) when Options.MaxBytes is zero.
const DefaultMaxBytes = 20 << 20

// Options are the defaults the user gave on the command line.
type Options struct {
	// Source is the outlet or feed name; see the package documentation for
	// when it applies.
	Source string
	// Kind is the report kind; "" means decide per format (transcript for
	// .srt/.vtt, alert_feed for CSV, news otherwise; the JSONL "kind"
	// field and a CSV kind column win over it).
	Kind model.ReportKind
	// Published is the publication time of reports that do not state one;
	// zero means unknown.
	Published time.Time
	// MaxBytes limits the size of a file, or of one line of a JSONL file,
	// or of one row of a CSV file; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Now gives the time stored in Report.Fetched; nil means time.Now.
	Now func() time.Time
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) now() time.Time {
	if o.Now == nil {
		return time.Now()
	}
	return o.Now()
}

// File is an input to read: a regular file, or "-" for standard input
// (Size -1).
type File struct {
	Path string
	Size int64
}

// Problem is an input, or one line of it, that was skipped.
type Problem struct {
	Path string
	Line int // 0 when not line-based
	Err  error
}

// Error returns "path:line: reason" or "path: reason".
func (p Problem) Error() string {
	reason := "unknown problem"
	if p.Err != nil {
		reason = p.Err.Error()
	}
	if p.Line > 0 {
		return p.Path + ":" + strconv.Itoa(p.Line) + ": " + reason
	}
	return p.Path + ": " + reason
}

// Unwrap returns the underlying error.
func (p Problem) Unwrap() error { return p.Err }

// Errors a Problem may wrap; test them with errors.Is.
var (
	ErrEmpty       = errors.New("empty input")
	ErrBinary      = errors.New("binary content, not text")
	ErrTooLarge    = errors.New("input too large")
	ErrNoText      = errors.New("no text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrNotRegular  = errors.New("not a regular file")
)

// List expands paths (files, directories recursively, "-") into files in a
// deterministic order: the paths in the order given, the files of a
// directory in lexical order. Inside directories, hidden files and
// directories (name starting with ".", such as .git or .DS_Store) are
// passed over silently, as other tools do, and files of unknown type whose
// content is binary are reported as problems and skipped; a path given
// explicitly is always listed when it is a regular file.
func List(paths []string) ([]File, []Problem) {
	var (
		files    []File
		problems []Problem
		seen     = make(map[string]bool)
	)
	add := func(f File) {
		if f.Path != "-" && seen[f.Path] {
			return
		}
		seen[f.Path] = true
		files = append(files, f)
	}
	for _, p := range paths {
		if p == "-" {
			add(File{Path: "-", Size: -1})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			problems = append(problems, Problem{Path: p, Err: fmt.Errorf("unreadable: %w", unwrapPath(err))})
			continue
		}
		if info.Mode().IsRegular() {
			add(File{Path: p, Size: info.Size()})
			continue
		}
		if !info.IsDir() {
			problems = append(problems, Problem{Path: p, Err: ErrNotRegular})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				problems = append(problems, Problem{Path: path, Err: fmt.Errorf("unreadable: %w", unwrapPath(err))})
				if d != nil && d.IsDir() && path != p {
					return fs.SkipDir
				}
				return nil
			}
			if path == p {
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			info, err := os.Stat(path) // follows symbolic links to files
			if err != nil {
				problems = append(problems, Problem{Path: path, Err: fmt.Errorf("unreadable: %w", unwrapPath(err))})
				return nil
			}
			if !info.Mode().IsRegular() {
				problems = append(problems, Problem{Path: path, Err: ErrNotRegular})
				return nil
			}
			if formatByName(path) == formatUnknown && info.Size() > 0 {
				if bin, err := fileIsBinary(path); err != nil {
					problems = append(problems, Problem{Path: path, Err: fmt.Errorf("unreadable: %w", unwrapPath(err))})
					return nil
				} else if bin {
					problems = append(problems, Problem{Path: path, Err: ErrBinary})
					return nil
				}
			}
			add(File{Path: path, Size: info.Size()})
			return nil
		})
		if err != nil {
			problems = append(problems, Problem{Path: p, Err: err})
		}
	}
	return files, problems
}

// unwrapPath drops the *fs.PathError wrapper, whose path the Problem repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func fileIsBinary(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	buf := make([]byte, sniffLen)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return false, err
	}
	return isBinary(buf[:n]), nil
}

// Read reads one file and calls yield for each report in it, skip for each
// problem. It returns early with yield's error if yield fails, or ctx's
// error. Problems with the input itself (unreadable, binary, empty,
// oversized, malformed) go to skip and Read returns nil.
func Read(ctx context.Context, f File, stdin io.Reader, opts Options, yield func(model.Report) error, skip func(Problem)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	name := f.Path
	var r io.Reader
	if name == "-" {
		if stdin == nil {
			skip(Problem{Path: name, Err: errors.New("unreadable: no standard input")})
			return nil
		}
		r = stdin
	} else {
		fh, err := os.Open(name)
		if err != nil {
			skip(Problem{Path: name, Err: fmt.Errorf("unreadable: %w", unwrapPath(err))})
			return nil
		}
		defer fh.Close()
		r = fh
	}
	max := opts.maxBytes()
	br := bufio.NewReaderSize(r, 64<<10)
	format := formatUnknown
	if name != "-" {
		format = formatByName(name)
	}
	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		skip(Problem{Path: name, Err: fmt.Errorf("unreadable: %w", unwrapPath(err))})
		return nil
	}
	if len(head) == 0 {
		skip(Problem{Path: name, Err: ErrEmpty})
		return nil
	}
	if err := checkHead(head); err != nil {
		skip(Problem{Path: name, Err: err})
		return nil
	}
	if format == formatUnknown {
		format = sniff(head)
	}
	switch format {
	case formatJSONL:
		return readJSONL(ctx, name, br, opts, yield, skip)
	case formatCSV:
		return readCSV(ctx, name, br, opts, yield, skip)
	}
	if f.Size > max {
		skip(Problem{Path: name, Err: fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, f.Size, max)})
		return nil
	}
	data, err := io.ReadAll(io.LimitReader(br, max+1))
	if err != nil {
		skip(Problem{Path: name, Err: fmt.Errorf("unreadable: %w", unwrapPath(err))})
		return nil
	}
	if int64(len(data)) > max {
		skip(Problem{Path: name, Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)})
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return parseFormat(ctx, name, format, data, opts, yield, skip)
}

// Parse reads reports from data already in memory; name is used for the
// format (extension; the content is sniffed when the extension says
// nothing) and in messages and Report.Origin.
func Parse(name string, data []byte, opts Options, yield func(model.Report) error, skip func(Problem)) error {
	if len(data) == 0 {
		skip(Problem{Path: name, Err: ErrEmpty})
		return nil
	}
	if err := checkHead(data[:min(len(data), sniffLen)]); err != nil {
		skip(Problem{Path: name, Err: err})
		return nil
	}
	format := formatByName(name)
	if format == formatUnknown || name == "-" {
		format = sniff(data[:min(len(data), sniffLen)])
	}
	switch format {
	case formatJSONL:
		return readJSONL(context.Background(), name, bufio.NewReader(bytes.NewReader(data)), opts, yield, skip)
	case formatCSV:
		return readCSV(context.Background(), name, bufio.NewReaderSize(bytes.NewReader(data), 64<<10), opts, yield, skip)
	}
	if max := opts.maxBytes(); int64(len(data)) > max {
		skip(Problem{Path: name, Err: fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), max)})
		return nil
	}
	return parseFormat(context.Background(), name, format, data, opts, yield, skip)
}

// parseFormat parses a whole in-memory document of a known format. A panic
// in a third-party parser becomes a Problem.
func parseFormat(ctx context.Context, name string, format format, data []byte, opts Options, yield func(model.Report) error, skip func(Problem)) (err error) {
	var reports []model.Report
	var perr error
	func() {
		defer func() {
			if v := recover(); v != nil {
				perr = fmt.Errorf("malformed %s: parser failed: %v", format, v)
			}
		}()
		reports, perr = parseDoc(name, format, data, opts, skip)
	}()
	if perr != nil {
		skip(Problem{Path: name, Err: perr})
		return nil
	}
	for _, r := range reports {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := yield(r); err != nil {
			return err
		}
	}
	return nil
}

// parseDoc turns a whole document into reports. Errors that concern the
// whole document are returned; those concerning one item go to skip.
func parseDoc(name string, format format, data []byte, opts Options, skip func(Problem)) ([]model.Report, error) {
	switch format {
	case formatHTML:
		r, err := parseHTML(data, opts)
		if err != nil {
			return nil, err
		}
		return []model.Report{finish(r, name, opts.now())}, nil
	case formatFeed:
		return parseFeed(name, data, opts, skip)
	case formatSRT, formatVTT:
		r, err := parseSubtitles(format, data, opts)
		if err != nil {
			return nil, err
		}
		return []model.Report{finish(r, name, opts.now())}, nil
	case formatJSON:
		return parseJSON(name, data, opts, skip)
	default:
		r, err := parseText(data, opts)
		if err != nil {
			return nil, err
		}
		return []model.Report{finish(r, name, opts.now())}, nil
	}
}

// finish sets the fields every report has: Origin, Fetched, Lang, ID.
func finish(r model.Report, origin string, now time.Time) model.Report {
	r.Origin = origin
	r.Fetched = now
	if r.Lang == "" {
		r.Lang = DetectLang(r.Text)
	}
	r.ID = ContentID(r)
	return r
}

// localDate returns a publication time of exactly midnight UTC as that
// calendar date at midnight in America/Mexico_City, and any other time as
// it is. Feeds and pages that know only the date stamp it at midnight UTC
// ("2020-03-02", "Mon, 02 Mar 2020 00:00:00 GMT"), which is 18:00 the day
// before in Mexico: read so, a Monday report's "este lunes" would be the
// Monday before and its "hoy" a Sunday. The time resolver reads a local
// midnight as a date without a time of day (see package when).
func localDate(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	if _, off := t.Zone(); off != 0 {
		return t
	}
	y, m, d := t.Date()
	if t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 || t.Nanosecond() != 0 {
		return t
	}
	return time.Date(y, m, d, 0, 0, 0, 0, model.MexicoCity())
}

// defaultKind returns the kind of a report of the given format.
func defaultKind(opts Options, formatDefault model.ReportKind) model.ReportKind {
	if opts.Kind != "" {
		return opts.Kind
	}
	return formatDefault
}
