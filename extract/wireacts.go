package extract

import "strings"

// Lexicon families of branch ucdp11: the English of wires and US and UK
// papers writing about Mexico, read family by family (verbs of killing,
// nouns of a killing, a fight, an attack that killed) in headline frames
// written before the rules (testdata/headlines_ucdp11.tsv). A word that
// also tells something else is listed only in the phrase that makes it
// the act: "slaughter" with a preposition of place or of its victims
// ("slaughterhouse", "cattle slaughter" stay out), a spree of killing or
// shooting, "fighting" as a battle's noun with what makes it one
// ("fierce fighting", "fighting erupts"; "fighting crime" stays out).

// slaughterForms returns a killing told by "slaughter" and "carnage", and
// by the bloodbath of a headline ("Gunmen slaughter family in Guerrero",
// "Slaughter at Irapuato bar", "Carnage in Monterrey casino", "Juarez
// bloodbath leaves 10 dead"): the verb in its forms and the nouns with the
// preposition of a place or of a victim.
func slaughterForms() string {
	var b strings.Builder
	joinPats(&b, []string{"slaughtered", "slaughters", "slaughtering", "bloodbath", "bloodbaths", "blood bath", "blood baths"})
	joinPats(&b, []string{"slaughter", "carnage"}, []string{"at", "in", "of", "on", "near", "outside", "inside"})
	return b.String()
}

// killingKinds returns a killing told by the kind of killing a wire names
// ("Gangland killing in Nuevo Laredo", "Killing spree in Cajeme",
// "Mob-style slaying of two brothers"): the noun after an adjective of
// the underworld or before "spree", which alone ("killings") heads
// statistics as often as news.
func killingKinds() string {
	var b strings.Builder
	joinPats(&b, []string{"gangland", "gangland-style", "mob-style", "cartel-style", "drug-related", "drug-gang", "revenge"}, []string{"killing", "killings", "slaying", "slayings", "murder", "murders", "hit"})
	joinPats(&b, []string{"killing", "murder"}, []string{"spree", "sprees"})
	return b.String()
}

// deadlyActs returns an attack told with the deaths it caused ("Deadly
// attack in Hermosillo", "Fatal shooting at Guadalajara bar", "Deadly
// ambush on police"): "deadly" or "fatal" before the noun of an attack
// (not "deadliest", a ranking, nor "deadly" before a day: the summaries).
func deadlyActs() string {
	var b strings.Builder
	joinPats(&b, []string{"deadly", "fatal"}, []string{"attack", "attacks", "shooting", "shootings", "ambush", "ambushes", "assault", "grenade attack", "gun attack", "stabbing", "spree", "shooting spree"})
	joinPats(&b, []string{"shooting spree", "shooting sprees", "shooting rampage", "killing rampage"})
	return b.String()
}

// fightingForms returns a clash told by a battle's nouns that the
// lexicon lacked ("Skirmish between troops and cartel in Tamaulipas",
// "Heavy fighting in Guerrero sierra", "Fighting erupts in Reynosa",
// "Battle between rival gangs in Chihuahua", "Troops, gunmen trade
// gunfire"): "skirmish" in its forms, gunfire traded,
// "fighting" with an adjective of its force or a verb of its outbreak, a
// pitched battle, and a battle or fighting between armed sides. "Fighting
// drug trafficking", "cartels battle for control" and "legal battle
// between" stay out.
func fightingForms() string {
	var b strings.Builder
	joinPats(&b, []string{"skirmish", "skirmishes", "skirmished", "pitched battle", "pitched battles"})
	joinPats(&b, []string{"trade", "trades", "traded", "trading"}, []string{"gunfire", "shots"}) // the lexicon's "traded fire" in every tense
	joinPats(&b, []string{"heavy", "fierce", "intense", "deadly"}, []string{"fighting"})
	joinPats(&b, []string{"fighting"}, []string{"erupts", "erupted", "breaks out", "broke out"})
	joinPats(&b, []string{"battle", "battles", "fighting"}, []string{"between"}, []string{"rival", "cartels", "gangs", "gunmen", "soldiers", "troops", "police", "marines", "vigilantes", "self-defense groups", "cartel", "drug gangs", "drug cartels", "armed groups", "hitmen", "sicarios"})
	return b.String()
}

// deathManners returns a killing told by how the victim died, the forms
// the lexicon lacked of verbs it held in part ("Woman bludgeoned to death
// in Ecatepec", "Man strangles woman in Monterrey", "finishing off"); not
// the figure ("Drug war strangles Tijuana economy": thingTarget).
func deathManners() string {
	var b strings.Builder
	joinPats(&b, []string{"bludgeoned", "clubbed", "kicked", "stoned", "tortured", "hacked", "stabbed", "beaten", "burned", "burnt", "shot"}, []string{"to death"})
	joinPats(&b, []string{"strangles", "strangling", "finishing off"})
	return b.String()
}
