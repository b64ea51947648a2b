package extract

import "strings"

// English headline families of branch ucdp19, written after probes in
// the styles of wires, border dailies and machine-translated nota roja
// (extract/testdata/headlines_ucdp19.tsv): violence told as rising over a
// town, a fight told as going on, a war claiming lives or one more victim
// named by what he was, and the translations of "privan de la vida a" and
// "levantan a".

// violenceRising returns violence told as rising or flaring over a place
// ("Violence intensifies in Celaya", "Violence flares up in Nuevo
// Laredo", "Tijuana: violence spirals out of control"), as "violence
// continues" and "se recrudece la violencia" tell it: as weak (bareSummary
// anchors it with its town; at a state or the country it is a trend).
func violenceRising() string {
	var b strings.Builder
	joinPats(&b, []string{"violence", "bloodshed"}, []string{"intensifies", "intensified", "escalates", "escalated", "flares", "flared", "flares up", "flared up", "flares again", "flared again", "rages", "raged", "spirals", "spiralled", "spiraled", "spirals out of control"})
	return b.String()
}

// fightingGoesOn returns a fight told as going on ("Fighting continues
// between Zetas and Gulf Cartel", "Fighting rages in Tierra Caliente"):
// "fighting" with a verb of its lasting, as fightingForms reads it with a
// verb of its outbreak, and its sides or the land it rages across
// ("Legal fighting continues over the stadium" is a dispute's; "Fighting
// continues in <a city abroad>" named no place of Mexico in the probes).
// "Fight against" is no battle's: the verb must follow "fighting" itself.
func fightingGoesOn() string {
	var b strings.Builder
	joinPats(&b, []string{"fighting", "gunfights", "gun battles"}, []string{"continues", "continue", "continued", "rages", "rage", "raged", "resumes", "resume", "resumed"}, []string{"between", "across"})
	return b.String()
}

// claimedVictims returns violence or a war claiming lives, or one more
// victim named by what he was ("Cartel war claims lives in Guerrero",
// "Juarez violence claims another police officer"), as livesClaimed
// reads "claims another life"; as weak (a heat wave or a virus claims
// them too, and the mishap rules read them so).
func claimedVictims() string {
	var b strings.Builder
	joinPats(&b, []string{"claims", "claimed", "claim"}, []string{"lives", "the lives of"})
	joinPats(&b, []string{"claims", "claimed", "claim"}, []string{"another", "one more"}, []string{"police officer", "policeman", "officer", "cop", "soldier", "journalist", "reporter", "activist", "mayor", "man", "woman", "young man", "young woman", "youth", "teenager", "minor", "taxi driver", "driver"})
	return b.String()
}

// translatedVictims are the people after a translated verb of the nota
// roja (translatedKilled, translatedTaken).
func translatedVictims() []string {
	return []string{"a man", "a woman", "a young man", "a young woman", "a youth", "a minor", "a teenager", "a merchant", "a driver", "a taxi driver", "a police officer", "a policeman", "an agent", "two men", "two young men", "two women", "three men", "three young men", "two people", "three people", "a couple", "a family"}
}

// translatedKilled returns the machine translation of "privan de la vida
// a" with its victim ("They deprive a man of life in Chihuahua").
func translatedKilled() string {
	var b strings.Builder
	joinPats(&b, []string{"deprive", "deprives", "deprived"}, translatedVictims(), []string{"of life", "of his life", "of her life", "of their lives"})
	return b.String()
}

// translatedTaken returns the machine translation of "levantan a" with
// its victim ("They lift a merchant in Chilpancingo"): a person after the
// verb, so that a ban or a curfew lifted stays out.
func translatedTaken() string {
	var b strings.Builder
	joinPats(&b, []string{"they lift", "they lifted", "they raise"}, translatedVictims())
	return b.String()
}

// oneMoreKilling returns a killing told as one more of a place's
// ("Guadalajara sees another killing", "One more slaying in Reynosa"):
// the singular noun after "another", one act where "killings" alone
// heads statistics, with the verb of a place that sees it or the
// preposition of its place ("another killing every hour" is a rate).
func oneMoreKilling() string {
	var b strings.Builder
	more, killing := []string{"another", "one more", "yet another"}, []string{"killing", "slaying", "gangland killing", "cartel killing"}
	joinPats(&b, []string{"sees", "saw", "records", "recorded", "reports", "reported", "racks up", "racked up", "suffers", "suffered"}, more, killing)
	joinPats(&b, more, killing, []string{"in", "at", "near", "outside", "on"})
	return b.String()
}

// bodyPassive returns a body told by a passive with its auxiliary
// ("Monterrey: body was dumped in vacant lot", "Woman's body was
// abandoned on Celaya road"), as "body dumped" is read.
func bodyPassive() string {
	var b strings.Builder
	joinPats(&b, []string{"body", "bodies", "corpse", "corpses"}, []string{"was", "is", "were", "are", "has been", "have been"}, []string{"dumped", "abandoned", "thrown", "tossed", "dumped in", "left in", "left on", "left outside", "left at"})
	return b.String()
}

// claimedMishaps are the accident words of a fire that claims lives
// ("Fire claims lives in Guadalajara apartment block"), which
// claimedVictims would read as a killing: they join the accident class.
func claimedMishaps() string {
	var b strings.Builder
	joinPats(&b, []string{"fire", "fires", "blaze", "blazes", "flames"}, []string{"claims", "claim", "claimed"})
	return b.String()
}
