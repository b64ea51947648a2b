package ingest

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/internal/clip"
	"github.com/atalaya/atalaya/model"
)

// maxPanic bounds the panic message an ExtractError keeps: a panic's
// value may hold report text, which is untrusted and must not flood a log.
const maxPanic = 300

// ExtractError is a panic recovered while one report was read: a bug of
// the extractor, turned into an error that names the report so that the
// run goes on with the next one.
type ExtractError struct {
	ID     string // the report's public id (model.Report.PublicID)
	Hash   string // its content hash, when not its public id
	Source string // the report's source, if any
	Origin string // where it was read ("file.jsonl:12"), if known
	// Panic is the panic's value, printed and cut to maxPanic bytes; At
	// is the function and line that panicked ("extract.placeFirst
	// incident.go:1339"), when known.
	Panic string
	At    string
}

// Error returns "extracting report ID (hash H, source S, from O): panic:
// P at F".
func (e *ExtractError) Error() string {
	var b strings.Builder
	b.WriteString("extracting report ")
	b.WriteString(clip.String(e.ID, 200))
	var about []string
	if e.Hash != "" {
		about = append(about, "hash "+e.Hash)
	}
	if e.Source != "" {
		about = append(about, fmt.Sprintf("source %q", clip.String(e.Source, 80)))
	}
	if e.Origin != "" {
		about = append(about, "from "+clip.String(e.Origin, 200))
	}
	if len(about) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(about, ", "))
	}
	b.WriteString(": panic: ")
	b.WriteString(e.Panic)
	if e.At != "" {
		b.WriteString(" at ")
		b.WriteString(e.At)
	}
	return b.String()
}

// Extract runs ex on r, recovering a panic into an *ExtractError.
func Extract(ex Extractor, r model.Report) (incidents []model.Incident, err error) {
	return extractFolded(ex, r, fold.Text{})
}

// foldedExtractor is an Extractor that can be given the fold of a
// report's text (*extract.Extractor is one).
type foldedExtractor interface {
	ExtractFolded(r model.Report, plain fold.Text) []model.Incident
}

// extractFolded is Extract given plain, the fold of r.Text, which an ex
// that takes it does not compute again (the zero Text when the caller has
// none).
func extractFolded(ex Extractor, r model.Report, plain fold.Text) (incidents []model.Incident, err error) {
	fx, ok := ex.(foldedExtractor)
	if ok && plain.Source() == r.Text && r.Text != "" {
		err = Guard(r, func() { incidents = fx.ExtractFolded(r, plain) })
	} else {
		err = Guard(r, func() { incidents = ex.Extract(r) })
	}
	if err != nil {
		incidents = nil
	}
	return incidents, err
}

// Guard runs read, which reads report r (extracts it, explains it),
// recovering a panic in it into an *ExtractError naming r.
func Guard(r model.Report, read func()) (err error) {
	defer func() {
		x := recover()
		if x == nil {
			return
		}
		xe := &ExtractError{ID: r.PublicID(), Source: r.Source, Origin: r.Origin, Panic: clip.String(fmt.Sprint(x), maxPanic), At: panicked()}
		if xe.ID != r.ID {
			xe.Hash = r.ID
		}
		err = xe
	}()
	read()
	return nil
}

// panicked names the function and line that panicked, called from the
// deferred function that recovered it: the first frame outside the
// runtime.
func panicked() string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if f.Function != "" && !strings.HasPrefix(f.Function, "runtime.") {
			fn := f.Function[strings.LastIndexByte(f.Function, '/')+1:]
			file := f.File[strings.LastIndexByte(f.File, '/')+1:]
			return fmt.Sprintf("%s %s:%d", fn, file, f.Line)
		}
		if !more {
			return ""
		}
	}
}
