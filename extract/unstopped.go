package extract

import "strings"

// unstoppedViolence returns violence over a place that something did not
// stop ("Pandemic does not stop violence in Tijuana", "Christmas did not
// stop the violence in Tijuana", "La lluvia no frena la violencia en
// Celaya"): violence going on there, as "violence continues in" and "no
// cesa la violencia en" tell it; weak like them (bareSummary anchors it
// with its town, what failed to stop it being no act of its own).
func unstoppedViolence() string {
	var b strings.Builder
	joinPats(&b, []string{"does not", "did not", "doesn't", "didn't", "do not", "don't", "fails to", "failed to", "fail to"}, []string{"stop", "halt", "curb"}, []string{"", "the"}, []string{"violence", "bloodshed", "killings", "killing"})
	joinPats(&b, []string{"no frena", "no frenan", "no freno", "no frenaron", "no detiene", "no detienen", "no detuvo", "no para", "no paro"}, []string{"la violencia", "la ola de violencia", "los asesinatos", "las ejecuciones"})
	return b.String()
}

// unstoppedCue reports whether the folded cue w is violence something did
// not stop (unstoppedViolence): bareSummary leaves out what did not stop
// it, and an accident or illness that did ("Covid-19 does not stop
// violence in Tijuana") is no mishap of the act.
func unstoppedCue(w string) bool {
	return unstoppedNeeds.in(w)
}

// unstoppedNeeds are the stopping verbs of unstoppedViolence's cues.
var unstoppedNeeds = newNeedles(" stop ", " stop the ", " halt ", " halt the ", " curb ", " curb the ", "no frena", "no detiene", "no detuvo", "no para ", "no paro ")

// unstoppedNegation reports whether the English negation at folded [at,
// end) negates a verb of stopping violence ("does not stop violence",
// "did not stop the killings"): the violence goes on, nothing is denied.
func unstoppedNegation(f string, at, end int) bool {
	switch f[at:end] {
	case "not", "no":
	default:
		return false
	}
	next := strings.TrimLeft(f[end:], " ")
	return hasAnyPrefix(next, "stop violence", "stop the violence", "stop bloodshed", "stop the bloodshed", "stop killings", "stop the killings", "halt violence", "halt the violence", "curb violence", "curb the violence",
		"frena la violencia", "frenan la violencia", "freno la violencia", "frenaron la violencia", "detiene la violencia", "detienen la violencia", "detuvo la violencia")
}

// stateWave reports whether sentence s, a whole headline, is only a wave
// of violence and the one state it befell ("Pega a Guanajuato ola de
// narcoviolencia", "Tiene Tabasco racha violenta"; bareHeadline): the acts
// of the state over the wave, a tally of the state, as stateSummary reads
// a violent day there; at a town bareSummary reads the same words as an
// act of the town. Only a wave: a cry of terror or "las muertes violentas
// en Chihuahua" at a state is a topic.
func stateWave(c *reportCtx, s *sentInfo, places []placeRef) bool {
	if c.feed != nil || len(c.sents) != 1 || len(s.figures) > 0 || len(places) != 1 || !stateTotal(places) {
		return false
	}
	for _, h := range s.cues {
		if h.start == s.cuePos {
			return stateWaves.in(c.text.Folded[h.fStart:h.fEnd]) && bareHeadline(c, s, places)
		}
	}
	return false
}

// stateWaves are the waves of violence stateWave reads at a state.
var stateWaves = newNeedles("ola de violencia", "ola de narcoviolencia", "racha violenta", "racha de violencia", "wave of violence", "wave of narco violence", "spate of violence")
