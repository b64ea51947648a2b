package extract

import (
	"strings"
	"unicode"

	"github.com/atalaya/atalaya/model"
)

// Trace says why the extractor found one incident: the word that decided
// its type and what it read in the sentence around it. It is for
// measuring the extractor (counting the causes of false incidents), not
// part of an incident.
type Trace struct {
	Type model.IncidentType
	// Cue is the folded text of the deciding cue ("asesinato", "balacera
	// en"), empty when no cue of the sentence is known.
	Cue string
	// Form is the cue's grammatical form, guessed from its ending: verb,
	// participle, infinitive, singular noun, plural noun or phrase.
	Form string
	// Origin is where the incident came from: sentence, title, denial,
	// tally.
	Origin string
	// Anchors are what tie the act to a case: time, toll, town (a place
	// finer than a state) or, weaker, "state only"; empty when nothing
	// does.
	Anchors []string
	// Shape names the deciding sentence's surface features (a colon,
	// quotes, a question, a digit, all capitals, where the cue stands).
	Shape []string
	// Readings are the readings of the deciding sentence that were made
	// and did not suppress the cue (generic, anaphoric, aggregate, ...).
	Readings []string
}

// Explain returns the incidents Extract returns for r and, for each, its
// Trace.
func (e *Extractor) Explain(r model.Report) ([]model.Incident, []Trace) {
	placeText := r.Text
	if words, ok := unslug(r.Text); ok {
		r.Text = words
	}
	c, ds := e.drafts(r, placeText)
	incs := e.finish(c, ds)
	out := make([]Trace, len(ds))
	for k := range ds {
		out[k] = c.trace(&ds[k])
	}
	return incs, out
}

func (c *reportCtx) trace(d *draft) Trace {
	t := Trace{Type: d.typ, Origin: "sentence"}
	switch {
	case d.denial:
		t.Origin = "denial"
	case d.tally:
		t.Origin = "tally"
	case d.fromTitle:
		t.Origin = "title"
	}
	var si *sentInfo
	for _, i := range d.sents {
		s := &c.sents[i]
		if d.cuePos >= s.start && d.cuePos < s.end {
			si = s
			break
		}
	}
	if si == nil && len(d.sents) > 0 {
		si = &c.sents[d.sents[0]]
	}
	if si == nil {
		return t
	}
	for _, h := range si.cues {
		if h.start == d.cuePos && h.fEnd <= len(c.text.Folded) {
			t.Cue = strings.TrimSpace(c.text.Folded[h.fStart:h.fEnd])
			break
		}
	}
	t.Form = cueForm(t.Cue)
	t.Shape = shapeOf(c.r.Text[si.start:si.end], c.text.Folded[si.fStart:si.fEnd], t.Cue)
	if len(si.times) > 0 {
		t.Anchors = append(t.Anchors, "time")
	}
	if len(si.figures) > 0 {
		t.Anchors = append(t.Anchors, "toll")
	}
	if finer(si.places) {
		t.Anchors = append(t.Anchors, "town")
	} else if len(si.places) > 0 {
		t.Anchors = append(t.Anchors, "state only")
	}
	for _, r := range []struct {
		on   bool
		name string
	}{
		{si.generic, "generic"}, {si.anaphoric, "anaphoric"}, {si.aggregate, "aggregate"},
		{si.reference, "reference"}, {si.policy > 0, "policy words"}, {si.genre, "genre"},
		{si.mishap, "mishap"}, {si.accident, "accident"}, {si.listed, "listed"},
		{si.examples, "examples"}, {si.historic, "historic"}, {si.we, "first person"},
		{si.opinion, "opinion"}, {len(si.future) > 0, "future"}, {len(si.elapsed) > 0, "elapsed"},
		{si.question, "question"}, {si.holdup, "holdup"}, {si.kinds >= 2, "several kinds"},
		{c.opinion, "opinion report"}, {c.titleGenre, "genre title"}, {c.titleMishap, "mishap title"},
	} {
		if r.on {
			t.Readings = append(t.Readings, r.name)
		}
	}
	return t
}

// shapeOf names the surface features of a sentence, orig as written and
// f folded, whose deciding cue is cue: a colon, quotes, a question, a
// digit, the cue first, all capitals, and the cue's position among the
// words (first third, middle, last third).
func shapeOf(orig, f, cue string) []string {
	var out []string
	if strings.Contains(orig, ":") {
		out = append(out, "colon")
	}
	if strings.ContainsAny(orig, "\"“”«»'‘’") {
		out = append(out, "quote")
	}
	if strings.ContainsAny(orig, "¿?") {
		out = append(out, "question")
	}
	if strings.IndexFunc(orig, unicode.IsDigit) >= 0 {
		out = append(out, "digit")
	}
	if strings.IndexFunc(orig, unicode.IsLower) < 0 {
		out = append(out, "all caps")
	}
	if cue != "" {
		if k := strings.Index(f, cue); k >= 0 {
			switch n := len(strings.Fields(f[:k])); {
			case n == 0:
				out = append(out, "cue first")
			case n*3 < len(strings.Fields(f)):
				out = append(out, "cue early")
			case n*3 < 2*len(strings.Fields(f)):
				out = append(out, "cue middle")
			default:
				out = append(out, "cue late")
			}
		}
	}
	if len(out) == 0 {
		out = append(out, "plain")
	}
	return out
}

// cueForm guesses the grammatical form of a folded cue from its ending.
func cueForm(cue string) string {
	if cue == "" {
		return ""
	}
	if strings.IndexFunc(cue, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return "phrase"
	}
	switch {
	case hasAnySuffix(cue, "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"):
		return "participle"
	case hasAnySuffix(cue, "ar", "er", "ir"):
		return "infinitive"
	case hasAnySuffix(cue, "aron", "ieron", "an", "en", "ed", "o") && !hasAnySuffix(cue, "eo", "io", "ento", "ato", "icidio", "cion"):
		return "verb"
	case strings.HasSuffix(cue, "s"):
		return "plural noun"
	}
	return "singular noun"
}

// Labels returns the trace as "kind: value" labels, the keys by which an
// evaluation counts the causes of false incidents.
func (t Trace) Labels() []string {
	out := []string{"type: " + string(t.Type), "origin: " + t.Origin}
	if t.Cue != "" {
		out = append(out, "cue: "+t.Cue, "form: "+t.Form, "type+form: "+string(t.Type)+" "+t.Form)
	} else {
		out = append(out, "form: (no cue)")
	}
	anchors := strings.Join(t.Anchors, "+")
	if anchors == "" {
		anchors = "none"
	}
	out = append(out, "anchors: "+anchors)
	if t.Cue != "" {
		out = append(out, "form+anchors: "+t.Form+" "+anchors)
		out = append(out, "cue+anchors: "+t.Cue+" "+anchors)
	}
	for _, s := range t.Shape {
		out = append(out, "shape: "+s)
	}
	for _, r := range t.Readings {
		out = append(out, "reading: "+r)
	}
	if len(t.Readings) == 0 {
		out = append(out, "reading: none")
	}
	return out
}
