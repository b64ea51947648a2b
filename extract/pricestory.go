package extract

// priceStory reports whether the cue at folded [at, end) of the sentence
// [lo, hi) is the bare noun of extortion in a story of prices or costs
// ("Lime prices soar as extortion squeezes Apatzingán growers", "growers
// cite extortion costs", "sube el precio del limón por la extorsión"):
// extortion as the burden of a trade, no act of it told.
func priceStory(f string, at, end, lo, hi int) bool {
	w := f[at:end]
	if w != "extortion" && w != "extorsion" && w != "extortions" && w != "extorsiones" {
		return false
	}
	return priceWords.in(f[lo:hi])
}

// priceWords name prices or costs (priceStory).
var priceWords = newNeedles("prices", "price of", "precios", "precio del", "precio de", "costs", "costos", "cost of")
