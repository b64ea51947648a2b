package extract

import (
	"strings"

	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

// HeadlineReader reads a headline alone, from its words (relevance.Headline
// with its thresholds is one, trained on the project's own headlines).
type HeadlineReader interface {
	// UnlikelyHeadline reports whether the headline is unlikely to tell
	// of an incident.
	UnlikelyHeadline(headline string) bool
	// LikelyHeadline returns the type of the incident the headline
	// likely tells; ok is false when it likely tells none.
	LikelyHeadline(headline string) (typ model.IncidentType, ok bool)
}

// maxHeadlineWords is the most words of a text read as a headline alone.
const maxHeadlineWords = 40

// headlineConfidence is the confidence of an incident only the headline
// model read: below any the rules give a placed act.
const headlineConfidence = 0.2

// headlineOnly returns the headline of a report that is one and nothing
// more: its title when its text is empty or no longer than it, else a
// text of one sentence of fewer than maxHeadlineWords words with no
// title of its own (the real coded data sets' reports). An alert-feed
// item is no headline.
func headlineOnly(r model.Report) (string, bool) {
	if r.Kind == model.KindAlertFeed {
		return "", false
	}
	title, text := strings.TrimSpace(r.Title), strings.TrimSpace(r.Text)
	if text == "" || title != "" && len(text) <= len(title) {
		return title, title != ""
	}
	if title != "" || twoSentences(text) || hasWords(text, maxHeadlineWords) {
		return "", false
	}
	return text, true
}

// headlineVetoed drops the violent incidents of incs when r is a
// headline alone, the rules read them on weak evidence (weakEvidence) and
// the headline reader finds it unlikely to tell of an incident. Tallies,
// denials and incidents of other types stay.
func (e *Extractor) headlineVetoed(r model.Report, incs []model.Incident) []model.Incident {
	if e.headline == nil || !weakEvidence(incs) {
		return incs
	}
	h, ok := headlineOnly(r)
	if !ok || !e.headline.UnlikelyHeadline(h) {
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

// headlineRescue returns the incident the headline reader reads in a
// headline alone where the rules found none: of the reader's type, at the
// first place in Mexico the headline names, dated as the rules date a
// headline, with the headline as its evidence and headlineConfidence. It
// returns nil when the report is no headline alone, names no place, the
// reader finds no incident likely, or the rules read in it a tally, a
// denial, a word of negation or of a hypothetical or future frame
// (hedged), a question, an accident (mishap), an act of past years or
// cues they set aside
// (suppressed), or saw no candidate act in it (actSeen). Armed men named
// and no force make the reader's security operation an armed attack.
func (e *Extractor) headlineRescue(c *reportCtx) []model.Incident {
	if e.headline == nil || c.opinion {
		return nil
	}
	if h, ok := headlineOnly(c.r); !ok || strings.TrimSpace(c.r.Text) != h {
		return nil // (evidence points into Text: a title alone has none)
	}
	at := -1
	var place placeRef
	for i := range c.sents {
		s := &c.sents[i]
		if s.tally || s.denied != "" || s.negated != "" || s.denies || s.claim || s.question || s.hedged || s.historic || s.mishap || len(s.future) > 0 || len(s.elapsed) > 0 || s.suppressed {
			return nil
		}
		if at >= 0 {
			continue
		}
		for _, p := range selectPlaces(s.places) {
			if p.place.Kind != gazetteer.Country && p.place.StateCode != "" {
				at, place = i, p
				break
			}
		}
	}
	if at < 0 || !e.actSeen(c) {
		return nil
	}
	typ, ok := e.headline.LikelyHeadline(c.r.Text)
	if !ok {
		return nil
	}
	if typ == model.SecurityOperation && armedDoers(c) {
		// "Hombres armados allanan vivienda": armed men and no force
		// acting are an attack, as the rules read "abaten" by no force.
		typ = model.ArmedAttack
	}
	s := &c.sents[at]
	if len(s.times) == 0 && e.times != nil {
		// Times are looked for only in sentences with a cue.
		s.times = withoutWireDate(c.r.Text, e.times(c.plain, [][2]int{{s.start, s.end}}, c.r.Lang, c.r.Published))
	}
	d := draft{typ: typ, weight: headlineConfidence, sents: []int{at}, firstSent: at, lastSent: at, cuePos: s.start, place: place, placeFrom: fromSentence}
	d.figures = append(d.figures, s.figures...)
	d.addActors(s.actors)
	incs := e.finish(c, []draft{d})
	for k := range incs {
		incs[k].Confidence = min(incs[k].Confidence, headlineConfidence)
	}
	return incs
}

// actSeen reports whether the rules saw a candidate act in c's sentences
// and let it go: a sentence they typed but drafted no incident from, a
// word of an act family of the lexicon (a cue, an operation verb) they
// did not set aside as another sense (otherSense: an animal or a thing
// as its object, a cry of terror that heads no sentence, a drill, a
// place's name, ...), or armed men named as doers whose verb agentActs
// did not dismiss ("Gunmen capture a man" tells nothing). A finding verb
// alone is no candidate: the rules read a find as an act only of a body
// or a cache, so one they left untyped found someone alive or something
// ("localizan a un hombre"); nor is a headline with none of these, one of
// a state of people ("cowering in their homes").
func (e *Extractor) actSeen(c *reportCtx) bool {
	f := c.text.Folded
	hits := e.match(c.text)
	for i := range c.sents {
		s := &c.sents[i]
		if s.typ != "" {
			return true
		}
		_, _, dismissed := e.agentActs(f, hits, nil, s.fStart, s.fEnd)
		for _, h := range hits {
			if h.fStart < s.fStart || h.fStart >= s.fEnd {
				continue
			}
			for _, en := range h.entries {
				switch {
				case en.cls == clsCue && !otherSense(f, c.r.Text, &s.sentence, h, en),
					en.cls == clsOpVerb && !thingObject(f, h.fEnd),
					en.cls == clsDoer && !dismissed:
					return true
				case en.cls == clsActor && !dismissed:
					switch e.actors[en.actor].kind {
					case model.Cartel, model.Faction, model.UnidentifiedArmedGroup:
						return true
					}
				}
			}
		}
	}
	return false
}

// armedDoers reports whether c's sentences name a cartel, a faction or an
// armed group and no force of the state.
func armedDoers(c *reportCtx) bool {
	armed := false
	for i := range c.sents {
		for _, a := range c.sents[i].actors {
			switch a.Kind {
			case model.StateForce:
				return false
			case model.Cartel, model.Faction, model.UnidentifiedArmedGroup:
				armed = true
			}
		}
	}
	return armed
}
