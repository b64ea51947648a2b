package gazetteer

// officeNouns are the folded English nouns of a person's office or trade
// that a headline's place qualifies with no preposition, the way wires
// name a victim by the town or state served ("Guerrero mayor shot dead",
// "Hidalgo police commander fatally shot", "Veracruz journalist found
// dead"). A person's name stands after the title in English ("Mayor
// Guerrero"), so a name that is also a surname opening the headline
// before one of these is the place (actBefore).
var officeNouns = map[string]bool{
	"mayor": true, "police": true, "policeman": true, "policemen": true, "cop": true, "cops": true,
	"journalist": true, "reporter": true, "photographer": true, "governor": true, "councilman": true,
	"councilwoman": true, "councilor": true, "official": true, "officials": true, "prosecutor": true,
	"judge": true, "activist": true, "priest": true, "candidate": true, "lawmaker": true,
	"congressman": true, "congresswoman": true, "businessman": true, "lawyer": true, "soldier": true,
	"soldiers": true, "marine": true, "marines": true, "officer": true, "officers": true,
}
