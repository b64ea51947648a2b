package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/model"
)

// parseText reads plain text (articles, raw speech transcripts). When the
// first line looks like a headline it becomes the title and is left out of
// the text. Text of many words with almost no sentence punctuation (raw
// speech recognition output) is of kind transcript, other text news.
func parseText(data []byte, opts Options) (model.Report, error) {
	if err := checkUTF8(data); err != nil {
		return model.Report{}, err
	}
	text := normalize(string(data))
	if text == "" {
		return model.Report{}, ErrNoText
	}
	kind := model.KindNews
	if unpunctuated(text) {
		kind = model.KindTranscript
	}
	r := model.Report{
		Kind:      defaultKind(opts, kind),
		Source:    opts.Source,
		Published: opts.Published,
		Text:      text,
	}
	if i := strings.IndexByte(text, '\n'); i > 0 {
		first, rest := text[:i], strings.TrimLeft(text[i:], "\n")
		if rest != "" && looksLikeHeadline(first) {
			r.Title, r.Text = first, rest
		}
	}
	return r, nil
}

// looksLikeHeadline reports whether a line reads as a title: short, of a
// few words, starting with a capital letter, a digit or an opening
// quotation mark, and not ending like a sentence in the middle of prose.
func looksLikeHeadline(line string) bool {
	if len(line) > 200 {
		return false
	}
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > 30 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'«“¡¿", r) {
		return false
	}
	switch line[len(line)-1] {
	case ',', ';', ':', '.':
		// A headline rarely ends with a period, a sentence does.
		return false
	}
	return true
}

// unpunctuated reports whether text has at least 40 words and fewer than
// one sentence mark (. ? ! …) per 40 words.
func unpunctuated(text string) bool {
	words, marks := 0, 0
	inWord := false
	for _, r := range text {
		switch {
		case r == '.' || r == '?' || r == '!' || r == '…':
			marks++
			inWord = false
		case unicode.IsSpace(r):
			inWord = false
		default:
			if !inWord {
				words++
			}
			inWord = true
		}
	}
	return words >= 40 && marks*40 < words
}
