package extract

// weekSummaries sum up a week as violent: the acts counted beside them
// are the week's ("Bloody week in Sonora leaves 22 dead").
var weekSummaries = newNeedles("deadly week", "bloody week", "violent week", "week of violence", "semana violenta", "semana sangrienta", "semana de violencia", "semana roja")

// warToll reports whether sentence s, a headline's, gives the death toll
// of a war or of a place's violence over a period, not of one act:
// "Mexico drug war death toll reaches 60,000" (a running total),
// "Tamaulipas violence claims 25 lives in three days" (a period),
// "Deadly week in Sonora: 22 killed", "Bloody week in Sonora leaves 22
// dead" (a week summed up; read here, for headlines, not in periodStat,
// which every article's sentence with a period asks). The count
// is a tally; "Violence in Guerrero claims five lives", with none of
// these, stays the news of its acts.
func warToll(c *reportCtx, s *sentInfo) bool {
	if s.periodTally || c.feed != nil || len(c.r.Text) > headlineLen || !killedFigure(s.figures) {
		return false
	}
	f := c.text.Folded
	cl := f[s.fStart:s.fEnd]
	if weekSummaries.in(cl) {
		return true
	}
	if !wordIn(cl, "war") && !wordIn(cl, "violence") && !wordIn(cl, "guerra") && !wordIn(cl, "violencia") {
		return false
	}
	for _, v := range []string{"reaches", "tops", "surpasses", "passes", "rebasa", "supera", "alcanza"} {
		if wordIn(cl, v) {
			return true
		}
	}
	return spanPeriod(&c.cues, f, s.fStart, s.fEnd)
}

// killedFigure reports whether figs give a number killed.
func killedFigure(figs []figure) bool {
	for _, g := range figs {
		if g.kind == "killed" && g.n > 0 {
			return true
		}
	}
	return false
}
