package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/atalaya/atalaya/fold"
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
	// Place says where the incident's place was read: its own
	// "sentence", an earlier sentence of its "paragraph", the "title",
	// the "dateline", an item's place "label", the "report"'s main place,
	// the "feed"'s point, an agency's "jurisdiction", the source's home
	// ("outlet prior"), or "none".
	Place string
}

// Explain returns the incidents Extract returns for r and, for each, its
// Trace.
func (e *Extractor) Explain(r model.Report) ([]model.Incident, []Trace) {
	placeText := r.Text
	if words, ok := unslug(r.Text); ok {
		r.Text = words
	}
	c, ds := e.drafts(r, placeText, fold.Text{})
	incs := e.finish(c, ds)
	out := make([]Trace, len(ds))
	for k := range ds {
		out[k] = c.trace(&ds[k])
	}
	return incs, out
}

func (c *reportCtx) trace(d *draft) Trace {
	t := Trace{Type: d.typ, Origin: "sentence", Place: c.placeRead(d)}
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

// placeRead says where the place of draft d was read (Trace.Place).
func (c *reportCtx) placeRead(d *draft) string {
	switch d.placeFrom {
	case fromSentence:
		return "sentence"
	case fromParagraph:
		return "paragraph"
	case fromTitle:
		for _, p := range c.dateline {
			if p.start == d.place.start && p.end == d.place.end {
				return "dateline"
			}
		}
		if p, ok := c.labelPlace(); ok && p.start == d.place.start && p.end == d.place.end {
			return "label"
		}
		return "title"
	case fromReport:
		return "report"
	case fromFeed:
		return "feed"
	}
	return "none"
}

// Account is how the extractor read one report: the incidents Extract
// returns, each with its Trace, and the candidates it let go, each with
// the step that let it go and why. It is for developers reading the
// extractor at work (atalaya explain), not part of an incident.
type Account struct {
	Incidents []model.Incident
	// Traces[k] explains Incidents[k].
	Traces  []Trace
	Dropped []Drop
}

// Steps at which a candidate is let go (Drop.Step).
const (
	// StepClassify: a sentence with a cue that was left untyped (negated,
	// an opinion, history, a question, ...).
	StepClassify = "classify"
	// StepDraft: a typed sentence no incident was drafted from (nothing
	// anchors it to a case: no time, toll or town; or it only placed the
	// act just told).
	StepDraft = "draft"
	// StepSettle: a draft dropped or folded by a pass over the report's
	// drafts (an overview, a total, a state-only lead).
	StepSettle = "settle"
	// StepJudge: a violent incident on weak evidence that the relevance
	// judge found the report unlikely to tell.
	StepJudge = "judge"
)

// Drop is a candidate incident the extractor let go.
type Drop struct {
	// Type is the candidate's type, "" for a sentence never typed.
	Type model.IncidentType
	// Cue is the folded text of a cue of the sentence, "" when unknown.
	Cue string
	// Step is one of the Step constants, Reason what the step read.
	Step, Reason string
	// Evidence is the candidate's sentence.
	Evidence model.Span
}

// Account returns how the extractor reads r: what Extract returns, with
// the trace of each incident and the candidates let go on the way.
func (e *Extractor) Account(r model.Report) Account {
	r.Published = e.localDate(r.Published)
	orig := r.Text
	words, slug := unslug(r.Text)
	if slug {
		r.Text = words
	}
	c, cands := e.candidates(r, orig, fold.Text{})
	var acc Account
	span := func(i int) model.Span {
		s := &c.sents[i]
		return model.Span{ReportID: r.ID, Start: s.start, End: s.end, Text: orig[s.start:s.end]}
	}
	// Sentences with a cue left untyped, and typed ones no draft holds.
	drafted := make(map[int]bool)
	for _, d := range cands {
		for _, i := range d.sents {
			drafted[i] = true
		}
	}
	hits := e.match(c.text)
	for i := range c.sents {
		s := &c.sents[i]
		if s.typ != "" {
			if !drafted[i] {
				acc.Dropped = append(acc.Dropped, Drop{Type: s.typ, Cue: c.cueAt(s), Step: StepDraft, Reason: "typed, no incident drafted: not anchored (no time, toll or town), or it places the act just told", Evidence: span(i)})
			}
			continue
		}
		cue := ""
		for _, h := range hits {
			if h.fStart < s.fStart || h.fStart >= s.fEnd {
				continue
			}
			if slices.ContainsFunc(h.entries, func(en entry) bool { return en.cls == clsCue || en.cls == clsFind || en.cls == clsOpVerb }) {
				cue = strings.TrimSpace(c.text.Folded[h.fStart:h.fEnd])
				break
			}
		}
		if cue == "" || drafted[i] {
			continue
		}
		reason := "cue, sentence untyped"
		if rs := dropReadings(c, s); len(rs) > 0 {
			reason = "cue filtered: " + strings.Join(rs, "+")
		}
		acc.Dropped = append(acc.Dropped, Drop{Cue: cue, Step: StepClassify, Reason: reason, Evidence: span(i)})
	}
	ds := e.settle(c, cands, func(reason string, before, after []draft) {
		for k := range before {
			d := &before[k]
			if slices.ContainsFunc(after, func(o draft) bool { return o.cuePos == d.cuePos && o.denial == d.denial }) {
				continue
			}
			at := d.firstSent
			if len(d.sents) > 0 {
				at = d.sents[0]
			}
			acc.Dropped = append(acc.Dropped, Drop{Type: d.typ, Cue: c.cueAt(&c.sents[at]), Step: StepSettle, Reason: reason, Evidence: span(at)})
		}
	})
	incs := e.finish(c, ds)
	if slug {
		for k := range incs {
			for m := range incs[k].Evidence {
				ev := &incs[k].Evidence[m]
				ev.Text = orig[ev.Start:ev.End]
			}
		}
	}
	setNeighborhoods(incs)
	traces := make([]Trace, len(incs))
	for k, in := range incs {
		// finish numbers an incident by its draft (a twin it merges
		// leaves a gap).
		n, err := strconv.Atoi(in.ID[strings.LastIndexByte(in.ID, '-')+1:])
		if err != nil || n < 1 || n > len(ds) {
			continue
		}
		t := c.trace(&ds[n-1])
		switch {
		case in.Location.Basis == model.BasisOutletPrior:
			t.Place = "outlet prior"
		case in.Location.Basis == model.BasisFeed:
			t.Place = "feed"
		case t.Place == "none" && in.Location.Basis == model.BasisText:
			t.Place = "jurisdiction"
		}
		traces[k] = t
	}
	kept := e.judged(r, slices.Clone(incs))
	for k, in := range incs {
		if slices.ContainsFunc(kept, func(o model.Incident) bool { return o.ID == in.ID }) {
			acc.Incidents = append(acc.Incidents, in)
			acc.Traces = append(acc.Traces, traces[k])
			continue
		}
		d := Drop{Type: in.Type, Cue: traces[k].Cue, Step: StepJudge, Reason: "weak evidence (no toll, no armed perpetrator) in a report the relevance judge finds unlikely to tell of violence"}
		if len(in.Evidence) > 0 {
			d.Evidence = in.Evidence[0]
		}
		acc.Dropped = append(acc.Dropped, d)
	}
	return acc
}

// cueAt returns the folded text of the deciding cue of s, "" when unknown.
func (c *reportCtx) cueAt(s *sentInfo) string {
	for _, h := range s.cues {
		if h.start == s.cuePos && h.fEnd <= len(c.text.Folded) {
			return strings.TrimSpace(c.text.Folded[h.fStart:h.fEnd])
		}
	}
	return ""
}

// dropReadings names the readings of an untyped sentence s that filter
// out a cue, and the report's when it reads as opinion.
func dropReadings(c *reportCtx, s *sentInfo) []string {
	var out []string
	for _, r := range []struct {
		on   bool
		name string
	}{
		{s.suppressed, "suppressed"}, {s.opinion, "opinion"}, {s.boiler, "boilerplate"}, {s.genre, "genre"},
		{s.historic, "historic"}, {s.question, "question"}, {s.reference, "reference"}, {s.mishap, "mishap"},
		{s.negated != "", "negated"}, {s.denied != "", "denied"}, {len(s.future) > 0, "future"},
		{len(s.elapsed) > 0, "elapsed"}, {s.aggregate, "aggregate"}, {s.claim, "claim"},
		{c.opinion, "opinion report"},
	} {
		if r.on {
			out = append(out, r.name)
		}
	}
	return out
}
