package extract

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/atalaya/atalaya/model"
)

// Readings of branch clean9 (docs/accuracy.md, clean9) in which a headline
// uses the words of crime news and tells no act, each over the structure
// around the cue rather than the cue word:
//
//   - bigCount: an act counted in thousands ("hay más de 5 mil cuerpos sin
//     identificar", "Zacatecas ends year with 1,200 murders", "registry
//     tops 120,000 names") is a statistic: no single act has such a toll;
//   - scareQuoted: an English cue in scare quotes in a sentence that
//     reports speech ("Senator says opposition 'ambushed' reform", "staff
//     'held hostage' by budget cuts, union says") is a figure of speech;
//   - thingTarget: an English verb of violence whose subject is a price, a
//     currency or a market, or whose object is a bill, a hope or a trade
//     ("Peso shot down by tariff threat", "Senate kills judicial reform",
//     "Tariffs kill exports") is another sense of the verb;
//   - mishapAfter: a death told with its accident after it ("killed in
//     highway crash", "killed by freight train") is the accident's.

// bigCount reports whether folded sentence s counts people or acts in
// thousands: a number of 1,000 or more ("5 mil", "mil 200", "3,000",
// "120,000", "100 mil") that is no year, no money and no quantity of
// things (pesos, dosis, kilos, litros, ...). A sentence of a find
// ("encontraron más de 18 mil restos en fosas") is one act, however many
// it finds.
//
// thousand reports whether s holds "mil" or "thousand" anywhere
// (cueThousands): when it does not, only digits may count a thousand.
func bigCount(s string, thousand bool) bool {
	if !fourDigits(s) && !(thousand && (wordIn(s, "mil") || wordIn(s, "thousand"))) {
		return false // no word below can count a thousand
	}
	if findingWords.in(s) {
		return false
	}
	var wb [60]string
	ws := appendFields(wb[:0], s, 60)
	for i := range ws {
		w := strings.Trim(ws[i], ",.;:!?¡¿\"'()")
		n := 0
		switch {
		case w == "mil" || w == "thousand":
			n = 1000 // "5 mil", "mil 200"; "miles de", "thousands of" count no one
		case strings.ContainsAny(w, "0123456789"):
			d := strings.ReplaceAll(w, ",", "")
			v, ok := atoiDigits(d)
			if !ok {
				continue
			}
			if !strings.Contains(w, ",") && v >= 1900 && v <= 2100 {
				continue // a year
			}
			n = v
		default:
			continue
		}
		if n < 1000 {
			continue
		}
		after := ws[i+1 : min(len(ws), i+5)]
		thing := false
		for k, a := range after {
			a = strings.Trim(a, ",.;:!?\"'()")
			if k == 0 && (a == "mil" || a == "millones" || a == "million" || a == "millon" || a == "de" || a == "of" || isNumber(a)) {
				continue
			}
			if hasAnyPrefix(a, "peso", "dolar", "dollar", "mdp", "usd", "dosis", "dose", "kilo", "kg", "litro", "liter", "litre", "tonelada", "ton", "pastilla", "pill", "cartucho", "round", "metro", "meter", "km", "kilomet", "hectare", "vivienda", "casa", "home", "arma", "gun", "weapon", "vehicul", "vehicle", "auto", "car", "paquete", "package", "envoltorio", "gramo", "gram", "plant", "planta", "galon", "gallon", "barril", "barrel", "elemento", "efectivo", "militar", "soldad", "troop", "agente", "policia", "police", "guardia", "marino", "uniformad", "migrante", "migrant", "infraccion", "multa", "empleo", "job", "negocio", "business", "comercio", "hogar", "alumno", "student", "estudiante", "persona", "people", "habitante", "resident", "familia", "famil", "recompensa", "reward", "rescate", "ransom", "multa", "fine") {
				thing = true // forces, migrants or residents counted are no victims of one act either way, but a count of people also tells an operation ("rescatan a 1,200 migrantes")
			}
			break
		}
		if !thing {
			return true
		}
	}
	return false
}

// findingWords tell a finding (bigCount).
var findingWords = newNeedles("hall", "encontr", "localiz", "found", "exhum", "recuper", "rescat")

// fourDigits reports whether s holds a number of four digits or more in
// one run of digits, commas and points ("1,200", "1.200", "5000") that is
// not a year (four digits alone, 1900 to 2100): the least a count of a
// thousand is written with.
func fourDigits(s string) bool {
	for i := 0; ; {
		// The next digit: eight bytes at a time while none is a digit.
		for i+8 <= len(s) {
			if m := bytesIn(load8(s, i), '0', '9'); m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		for i < len(s) && !isDigit(s[i]) {
			i++
		}
		if i == len(s) {
			return false
		}
		// The run from it of digits, commas and points.
		digits, v, sep := 0, 0, false
		for ; i < len(s); i++ {
			c := s[i]
			if isDigit(c) {
				if digits > 0 && (s[i-1] == ',' || s[i-1] == '.') {
					sep = true
				}
				digits++
				v = min(v*10+int(c-'0'), 1e7)
			} else if c != ',' && c != '.' {
				break
			}
		}
		if digits >= 4 && (digits > 4 || sep || v < 1900 || v > 2100) {
			return true
		}
	}
}

// speechWords are folded words that report speech or a claim.
var speechWords = []string{"says", "say", "said", "claims", "claim", "vows", "vow", "accuses", "accuse", "warns", "charges", "calls", "argues", "insists", "complains", "complain", "union", "party", "critics", "opposition"}

// scareQuoted reports whether the English cue at folded [at, end) of the
// sentence [lo, hi) stands alone, with at most one word beside it, in
// quotation marks, and the sentence reports speech (speechWords): a
// figure of speech put in the speaker's mouth ("Senator says opposition
// 'ambushed' security reform", "Governor's rivals plotting his 'political
// execution,' party says"). Quoted slang of an act with no speech around
// it ("Another 'executed' appears on the highway") stays an act.
func scareQuoted(f string, at, end, lo, hi int) bool {
	open := strings.LastIndexAny(f[max(lo, at-24):at], "'\"")
	if open < 0 {
		return false
	}
	open += max(lo, at-24)
	if open > lo && f[open-1] != ' ' {
		return false // an apostrophe: "Governor's"
	}
	q := f[open]
	rest := f[end:min(hi, end+24)]
	cl := strings.IndexByte(rest, q)
	if cl < 0 {
		return false
	}
	inner := f[open+1 : end+cl]
	if strings.Count(strings.TrimSpace(inner), " ") > 2 {
		return false
	}
	var buf [40]string
	for _, w := range appendFields(buf[:0], f[lo:hi], 40) {
		if slices.Contains(speechWords, strings.Trim(w, ",.;:!?\"'")) {
			return true
		}
	}
	return false
}

// tradeSubjects are folded English nouns of prices, currencies, markets and
// trade: what a verb of violence with one as its subject does not hurt
// anyone.
var tradeSubjects = []string{"peso", "pesos", "price", "prices", "tariff", "tariffs", "inflation", "market", "markets", "stocks", "shares", "exports", "imports", "economy", "sales", "rates", "bonds", "currency"}

// targetNouns are folded English nouns of bills, plans, hopes and trade:
// what a verb of violence takes as its object in another sense ("kills
// bill", "kill off playoff hopes", "kill exports").
var targetNouns = []string{"bill", "bills", "reform", "reforms", "proposal", "initiative", "hopes", "hope", "chances", "exports", "imports", "turnout", "reputation", "debate", "budget", "deal", "momentum", "rumors", "rumours", "jobs", "sales", "tourism", "plan", "plans", "law", "measure", "amendment", "talks", "economy", "economies", "commerce", "growth"}

// abstractCauses are folded English nouns of no one that a person is
// held or taken by in a figure of speech ("Hostage to inflation",
// "Kidnapped by beauty", "held hostage by budget cuts").
var abstractCauses = []string{"inflation", "beauty", "budget", "debt", "bureaucracy", "prices", "costs", "tariffs", "traffic", "paperwork", "fear", "nostalgia", "love", "charm", "weather"}

// thingTarget reports whether the English cue at folded [at, end) of the
// sentence [lo, hi) has a price, a currency or a market as its subject
// (the word before it, past "gets", "is", "again"), or a bill, a hope or
// a trade among the four words after it before any person is named: the
// verb's other sense ("Peso shot down", "Fuel prices held hostage",
// "Senate kills judicial reform", "Pumas kill off Chivas' playoff hopes").
func thingTarget(f string, at, end, lo, hi int) bool {
	var bb [4]string
	before := tailFields(bb[:0], f[lo:at], 4)
	for k := len(before) - 1; k >= 0; k-- {
		w := strings.Trim(before[k], ",.;:!?\"'")
		switch w {
		case "gets", "got", "is", "are", "was", "were", "been", "again", "being":
			continue
		}
		if slices.Contains(tradeSubjects, w) {
			return true
		}
		break
	}
	var ab [5]string
	after := appendFields(ab[:0], f[end:hi], 5)
	if len(after) >= 2 && (after[0] == "to" || after[0] == "by") && slices.Contains(abstractCauses, strings.Trim(after[1], ",.;:!?\"'")) {
		return true // "Hostage to inflation", "Kidnapped by beauty", "held hostage by budget cuts"
	}
	figure := hasAnyPrefix(f[at:end], "bloodbath", "blood bath", "carnage", "slaughter")
	for _, w := range after {
		w = strings.Trim(w, ",.;:!?\"'")
		if victimWords[w] || doerWords[w] {
			return false
		}
		if slices.Contains(targetNouns, w) || figure && slices.Contains(tradeSubjects, w) {
			return true // "Bloodbath in the markets as peso tumbles"
		}
	}
	return false
}

// mishapAfter reports whether an accident word at one of accAt (folded
// starts) follows the death cue ending at folded end within three words,
// after "in", "by", "en", "por" ("killed in highway crash", "killed by
// freight train", "muere en choque"): the death is the accident's.
func mishapAfter(f string, accAt []int, end int) bool {
	for _, a := range accAt {
		if a < end || a-end > 30 {
			continue
		}
		gap := appendFields(nil, f[end:a], 4)
		if len(gap) > 3 {
			continue
		}
		if hasAnySuffix(f[:end], " in", " by", " en", " por") {
			// the cue holds the preposition: "killed in"
		} else if len(gap) == 0 {
			continue
		} else {
			switch gap[0] {
			case "in", "by", "en", "por":
			default:
				continue
			}
		}
		if clauseBreaks.in(f[end:a]) {
			continue
		}
		return true
	}
	return false
}

// clauseBreaks put another act between a death and an accident word (mishapAfter).
var clauseBreaks = newNeedles(",", ";", "after", "tras", "gunmen", "armad")

// accidentDeathCue reports whether cue c is a death told by a participle
// or verb of killing or dying ("killed", "dies", "muere"), the reading
// mishapAfter applies to.
func accidentDeathCue(f string, c cueHit) bool {
	if c.typ != model.Homicide {
		return false
	}
	return hasAnyPrefix(f[c.fStart:c.fEnd], "kill", "die", "dead", "muer", "muri", "mata")
}
