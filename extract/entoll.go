package extract

// enStateToll reports whether sentence s, the whole of an English
// headline, counts the dead of one act at a state ("Mexico: 12 killed in
// Guerrero", "Police discover 12 bodies in Jalisco", "Drug war: 8 dead in
// Durango"), not a tally of the state. English headlines tell a state's
// count over a period with the period ("in March"), a verb of counting
// ("records", "tops") or a noun of acts ("87 murders"); a number of people
// before a participle, an adjective of death or their bodies, with none
// of these, is the toll of one act, as wires and US and UK papers tell it
// when they name only the state.
func enStateToll(c *reportCtx, s *sentInfo, places []placeRef) bool {
	if c.r.Lang != "en" || c.feed != nil || len(c.sents) != 1 || len(c.r.Text) > headlineLen {
		return false
	}
	if !s.tally || s.periodTally || s.tallyUnit || s.tallyCountry || s.aggregate || len(places) != 1 || !stateTotal(places) {
		return false
	}
	f := c.text.Folded
	return !countsActs(f, s) && !countVerb(f, s)
}

// waveTally reports whether sentence s, in a headline, tallies a wave of
// acts ("Wave of killings in Monterrey", "Spate of killings in
// Culiacan", waveOf) or sums up a violent period (periodSummary) in a
// place it names: a count of that place over a period, anchored by the
// place as "Ola de homicidios en Celaya" is by its cue's weight.
func waveTally(c *reportCtx, s *sentInfo, places []placeRef) bool {
	if !s.periodTally || c.feed != nil || len(c.r.Text) > headlineLen || len(places) == 0 {
		return false
	}
	for _, h := range s.cues {
		if h.start == s.cuePos && (waveOf(c.text.Folded, h, s.fStart) || periodSummary(c.text.Folded, s)) {
			return true
		}
	}
	return false
}

// stateSummary reports whether sentence s, a headline's, sums up a violent
// period ("Sinaloa reports bloody weekend", "Jornada violenta en
// Guerrero", summaryCue) at one state and gives no toll: the acts of the
// state over that period, a tally of the state, where at a town the same
// words tell the acts there as one (an act of the town).
func stateSummary(c *reportCtx, s *sentInfo, places []placeRef) bool {
	if s.tally || c.feed != nil || len(c.sents) != 1 || len(c.r.Text) > headlineLen || len(s.figures) > 0 || len(places) != 1 || !stateTotal(places) {
		return false
	}
	return periodSummary(c.text.Folded, s)
}

// periodSummary reports whether the cue that decided sentence s sums up a
// period by its name ("bloody weekend", "noche violenta", "violent
// Monday"; summaryCue), not an act ("slaughter", "deadly attack").
func periodSummary(f string, s *sentInfo) bool {
	if !summaryCue(f, s) {
		return false
	}
	for _, h := range s.cues {
		if h.start == s.cuePos {
			return dayWords.in(f[h.fStart:h.fEnd])
		}
	}
	return false
}

// dayWords name a day or a part of one (periodSummary).
var dayWords = newNeedles("weekend", "day", "night", "sunrise", "dawn", "morning", "jornada", "noche", "madrugada", "semana", "tarde", "dia", "manana", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")
