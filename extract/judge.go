package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// Judge tells from a report's words alone whether it is unlikely to tell
// of a violent incident (relevance.Model is one, trained on the
// project's own labelled texts).
type Judge interface {
	Unlikely(title, text string) bool
}

// minJudged is the number of words from which a report's text is put to
// the judge, if it is more than a headline: a headline alone is the rules' to
// read (the model, trained on few, drops a tenth of the acts of the
// headline fixture when left out of its training, and on Monitor PPD's
// headline-only reports it cost a point of incident type).
const minJudged = 15

// Firm reports whether the rules' evidence for an incident is strong
// whatever a Judge says: the incident gives a toll (people killed,
// injured or kidnapped) or a criminal perpetrator (a cartel, a faction or
// an armed group).
func Firm(in model.Incident) bool {
	for _, c := range []*model.Count{in.Killed, in.Injured, in.Kidnapped} {
		if c != nil && c.N > 0 {
			return true
		}
	}
	for _, a := range in.Actors {
		if a.Role == model.Perpetrator && (a.Kind == model.Cartel || a.Kind == model.Faction || a.Kind == model.UnidentifiedArmedGroup) {
			return true
		}
	}
	return false
}

// Doubtful reports whether the violent incidents the rules found in r
// (incs) rest on weak evidence, so that a Judge is asked about r: there
// is a counted violent incident, none of the counted violent incidents
// and tallies is Firm, r is no alert-feed item (an alert tells of an act
// by its nature) and its text has minJudged words or more and is more
// than a headline (article).
func Doubtful(r model.Report, incs []model.Incident) bool {
	if r.Kind == model.KindAlertFeed {
		return false
	}
	violent := false
	for _, in := range incs {
		if in.Tally && Firm(in) {
			return false // "60 blockades ..., three dead"
		}
		if !in.Counted() || !in.Type.Violent() {
			continue
		}
		if Firm(in) {
			return false
		}
		violent = true
	}
	return violent && hasWords(r.Text, minJudged) && article(r)
}

// article reports whether r is more than a headline: it has a title of
// its own, or its text two sentences.
func article(r model.Report) bool {
	title := strings.TrimSpace(r.Title)
	return title != "" && title != strings.TrimSpace(r.Text) || twoSentences(r.Text)
}

// twoSentences reports whether s has a sentence after its first: a full
// stop, question or exclamation mark or a line break followed, after
// spaces, by a letter or a digit. A headline, however long, is one
// sentence ("Piden ayuda para localizar a joven desaparecida en ...").
func twoSentences(s string) bool {
	s = strings.TrimSpace(s)
	for i := 0; i < len(s)-1; i++ {
		switch s[i] {
		case '.', '?', '!', '\n':
		default:
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t' || s[j] == '"' || s[j] == '\'') {
			j++
		}
		if j > i+1 || s[i] == '\n' {
			if j < len(s) && (s[j] >= 0x80 || isWord(s[j])) {
				return true
			}
		}
	}
	return false
}

// hasWords reports whether s has n words (runs of bytes other than
// spaces) or more.
func hasWords(s string, n int) bool {
	in := false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'
		if !space && !in {
			if n--; n == 0 {
				return true
			}
		}
		in = !space
	}
	return false
}

// judged drops the violent incidents of incs when they are Doubtful and
// the judge finds the report unlikely to tell of one: the rules read an
// act on weak evidence ("ataque", "ejecutó", "bloqueo" in other senses)
// where the report's words as a whole read as something else. Tallies,
// denials and incidents of other types stay. Without a judge incs is
// returned as it is.
func (e *Extractor) judged(r model.Report, incs []model.Incident) []model.Incident {
	if e.judge == nil || !Doubtful(r, incs) || !e.judge.Unlikely(r.Title, r.Text) {
		return incs
	}
	out := incs[:0]
	for _, in := range incs {
		if in.Counted() && in.Type.Violent() {
			continue
		}
		out = append(out, in)
	}
	return out
}
