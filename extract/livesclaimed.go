package extract

import "strings"

// livesClaimed returns a killing told, in English, as violence or a war
// claiming another life or more lives ("Cartel war claims more lives in
// Culiacan", "Violence claims another victim in Celaya"), as
// violenceVictim reads "cobra otra vida". Weak, as "cobra la vida": an
// illness or an accident claims lives too, and the mishap rules read them
// so; a count of lives ("claims 7 lives") is the toll's.
func livesClaimed() string {
	var b strings.Builder
	joinPats(&b, []string{"claims", "claimed", "claim"}, []string{"another life", "more lives", "another victim", "more victims", "new victims", "a new victim"})
	return b.String()
}
