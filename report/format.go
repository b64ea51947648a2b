package report

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// format is an input format.
type format int

const (
	formatUnknown format = iota
	formatText
	formatSRT
	formatVTT
	formatHTML
	formatFeed
	formatJSONL
	formatJSON
	formatCSV
)

func (f format) String() string {
	switch f {
	case formatText:
		return "text"
	case formatSRT:
		return "SRT subtitles"
	case formatVTT:
		return "WebVTT subtitles"
	case formatHTML:
		return "HTML"
	case formatFeed:
		return "feed"
	case formatJSONL:
		return "JSONL"
	case formatJSON:
		return "JSON"
	case formatCSV:
		return "CSV"
	}
	return "unknown format"
}

// sniffLen is how much of an input is looked at to guess its format.
const sniffLen = 4096

// formatByName returns the format an input's extension says.
func formatByName(name string) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return formatText
	case ".srt":
		return formatSRT
	case ".vtt", ".webvtt":
		return formatVTT
	case ".html", ".htm", ".xhtml":
		return formatHTML
	case ".rss", ".atom", ".xml", ".feed":
		return formatFeed
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".json":
		return formatJSON
	case ".csv", ".tsv":
		return formatCSV
	}
	return formatUnknown
}

// sniff guesses the format of an input from its first bytes.
func sniff(head []byte) format {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	s := bytes.TrimLeft(head, " \t\r\n")
	if len(s) == 0 {
		return formatText
	}
	switch s[0] {
	case '{':
		// One object per line, or a pretty-printed document?
		line := s
		if i := bytes.IndexByte(s, '\n'); i >= 0 {
			line = s[:i]
		}
		if bytes.HasSuffix(bytes.TrimRight(line, " \t\r"), []byte("}")) {
			return formatJSONL
		}
		return formatJSON
	case '[':
		return formatJSON
	case '<':
		low := bytes.ToLower(s[:min(len(s), 1024)])
		if bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<feed")) || bytes.Contains(low, []byte("<rdf:rdf")) {
			return formatFeed
		}
		return formatHTML
	}
	if bytes.HasPrefix(s, []byte("WEBVTT")) {
		return formatVTT
	}
	if looksLikeSRT(s) {
		return formatSRT
	}
	if looksLikeCSV(s) {
		return formatCSV
	}
	return formatText
}

// looksLikeSRT reports whether s starts with a cue number followed by a
// "hh:mm:ss,mmm --> hh:mm:ss,mmm" line.
func looksLikeSRT(s []byte) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	rest := bytes.TrimLeft(s[i:], " \t\r")
	if len(rest) == 0 || rest[0] != '\n' {
		return false
	}
	line := rest[1:]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	return bytes.Contains(line, []byte("-->"))
}

// isBinary reports whether the start of an input is binary data rather than
// text: it holds a NUL byte or many control characters, or starts with the
// signature of a common binary format.
func isBinary(head []byte) bool {
	for _, sig := range [...]string{"%PDF-", "\x89PNG", "\xff\xd8\xff", "GIF8", "PK\x03\x04", "\x1f\x8b", "BZh", "\xfd7zXZ", "SQLite format 3", "\x7fELF"} {
		if bytes.HasPrefix(head, []byte(sig)) {
			return true
		}
	}
	ctrl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b:
			ctrl++
		}
	}
	return ctrl > 8 && ctrl*20 > len(head)
}

// checkHead returns why an input whose first bytes are head cannot be read
// as text, or nil.
func checkHead(head []byte) error {
	if bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")) {
		return fmt.Errorf("%w: UTF-16 text (only UTF-8 is read)", ErrInvalidUTF8)
	}
	if isBinary(head) {
		return ErrBinary
	}
	return nil
}
