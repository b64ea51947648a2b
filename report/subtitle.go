package report

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/asticode/go-astisub"

	"github.com/atalaya/atalaya/model"
)

// pauseBreak is the silence between cues that starts a new paragraph.
const pauseBreak = 4 * time.Second

// maxOverlap is the longest run of words a caption may repeat from the
// previous one (rolling captions).
const maxOverlap = 40

// parseSubtitles reads SRT or WebVTT cues and joins their text into prose:
// cue numbers, timestamps and styling are dropped, and the words a rolling
// caption repeats from the previous cue are written once. A pause of
// pauseBreak or more between cues starts a new paragraph.
func parseSubtitles(f format, data []byte, opts Options) (model.Report, error) {
	if err := checkUTF8(data); err != nil {
		return model.Report{}, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var (
		subs *astisub.Subtitles
		err  error
	)
	if f == formatVTT {
		subs, err = astisub.ReadFromWebVTT(bytes.NewReader(data))
	} else {
		subs, err = astisub.ReadFromSRT(bytes.NewReader(data))
	}
	if err != nil {
		return model.Report{}, fmt.Errorf("malformed %s: %w", f, err)
	}
	var j joiner
	var prevEnd time.Duration
	for i, it := range subs.Items {
		if it == nil {
			continue
		}
		if i > 0 && it.StartAt-prevEnd >= pauseBreak {
			j.paragraph()
		}
		prevEnd = it.EndAt
		var cue strings.Builder
		for _, l := range it.Lines {
			for _, li := range l.Items {
				cue.WriteString(li.Text)
			}
			cue.WriteByte(' ')
		}
		j.add(strings.Fields(stripOverrides(cue.String())))
	}
	text := normalize(j.String())
	if text == "" {
		return model.Report{}, fmt.Errorf("malformed %s: %w", f, ErrNoText)
	}
	return model.Report{
		Kind:      defaultKind(opts, model.KindTranscript),
		Source:    opts.Source,
		Published: opts.Published,
		Text:      text,
	}, nil
}

// joiner accumulates caption words, dropping the words a cue repeats from
// the end of the text so far.
type joiner struct {
	words        []string
	keys         []string // words compared case- and punctuation-insensitively
	breaks       []int    // indexes of words that start a paragraph
	pendingBreak bool
}

func (j *joiner) paragraph() { j.pendingBreak = len(j.words) > 0 }

func (j *joiner) add(cue []string) {
	if len(cue) == 0 {
		return
	}
	keys := make([]string, len(cue))
	for i, w := range cue {
		keys[i] = wordKey(w)
	}
	// Longest k such that the last k words so far equal the first k of cue.
	best := 0
	for k := min(len(cue), len(j.keys), maxOverlap); k > 0; k-- {
		if equalKeys(j.keys[len(j.keys)-k:], keys[:k]) {
			best = k
			break
		}
	}
	// A cue wholly contained in the recent text (a repeated line) adds
	// nothing.
	if best == 0 && len(cue) >= 3 && len(cue) <= maxOverlap && containsRun(j.keys[max(0, len(j.keys)-2*maxOverlap):], keys) {
		return
	}
	if best < len(cue) && j.pendingBreak {
		j.breaks = append(j.breaks, len(j.words))
	}
	j.pendingBreak = false
	j.words = append(j.words, cue[best:]...)
	j.keys = append(j.keys, keys[best:]...)
}

func (j *joiner) String() string {
	var b strings.Builder
	next := 0
	for i, w := range j.words {
		if i > 0 {
			if next < len(j.breaks) && j.breaks[next] == i {
				b.WriteString("\n\n")
				next++
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
	}
	return b.String()
}

// wordKey folds case and trims punctuation so that "Jalisco," and "jalisco"
// compare equal.
func wordKey(w string) string {
	w = strings.ToLower(w)
	return strings.TrimFunc(w, func(r rune) bool {
		return strings.ContainsRune(".,;:!?¡¿\"'«»()[]-–—…", r)
	})
}

func equalKeys(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// containsRun reports whether run occurs contiguously in s.
func containsRun(s, run []string) bool {
	for i := 0; i+len(run) <= len(s); i++ {
		if equalKeys(s[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// stripOverrides removes SSA-style override tags ("{\an8}") that some SRT
// files carry.
func stripOverrides(s string) string {
	for {
		i := strings.Index(s, "{\\")
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return s
		}
		s = s[:i] + " " + s[i+j+1:]
	}
}
