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
