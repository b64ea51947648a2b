package toll

// tollActs are the nouns of a deadly act whose toll a headline's bare
// "Toll" counts: "Toll in Tepic bar attack rises to 9".
var tollActs = set("attack", "attacks", "ambush", "shooting", "shootings", "massacre", "riot", "blast",
	"explosion", "bombing", "clash", "clashes", "shootout", "gunfight", "violence", "killings", "fire", "raid", "assault")

// tollOfAct reports whether the bare "toll" at word i opens the act it
// counts ("Toll in Tepic bar attack rises to 9", "Toll from Durango bus
// ambush climbs to 12"): "in", "from" or "of" after it and a noun of a
// deadly act before a verb of rising, all in one clause. A fee's toll
// ("Toll for trucks on the Tepic road rises to 120") names no act.
func (f *finder) tollOfAct(i int) bool {
	switch f.word(i + 1) {
	case "in", "from", "of":
	default:
		return false
	}
	for k := i + 2; k < i+10 && f.joined(k); k++ {
		if rise[f.word(k)] {
			return false
		}
		if tollActs[f.word(k)] {
			return true
		}
	}
	return false
}
