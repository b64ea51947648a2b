package dataset

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
)

// words folds s and reduces it to its letters and digits, each word
// surrounded by single spaces (" balean a un hombre "), so that a phrase
// is found as whole words with strings.Contains(words(s), words(p)).
func words(s string) string {
	f := fold.String(s)
	var b strings.Builder
	b.Grow(len(f) + 2)
	b.WriteByte(' ')
	space := true
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// has reports whether the headline's words contain the phrase's words.
func has(headline, phrase string) bool {
	p := words(phrase)
	if len(p) < 4 || ordinary[strings.TrimSpace(p)] { // at least two letters
		return false
	}
	return strings.Contains(headline, p)
}

// ordinary lists place names (and aliases) that are also ordinary words
// and so do not show that a headline names the place.
var ordinary = map[string]bool{
	"baja": true, "centro": true, "capital": true, "la capital": true, "capital del pais": true,
	"capital mexicana": true, "mexican capital": true, "progreso": true, "reforma": true,
	"victoria": true, "libres": true, "general": true, "mexico": true, "estado": true,
	"zona centro": true,
}

// namer knows the names of the gazetteer's states, municipalities and
// localities for the headline tests.
type namer struct {
	g          *gazetteer.Gazetteer
	localities map[string][]string // municipality code -> locality names
}

func newNamer(g *gazetteer.Gazetteer) *namer {
	n := &namer{g: g, localities: make(map[string][]string)}
	if g == nil {
		return n
	}
	for id := range g.Len() {
		p := g.Place(id)
		if p.Kind == gazetteer.Locality && p.MunicipalityCode != "" {
			n.localities[p.MunicipalityCode] = append(n.localities[p.MunicipalityCode], p.Name)
		}
	}
	return n
}

// aliases returns a place's written-out aliases (not the abbreviations,
// which the gazetteer marks with "~").
func (n *namer) aliases(p gazetteer.Place) []string {
	var out []string
	for _, a := range n.g.Aliases(p.ID) {
		if !strings.HasPrefix(a, "~") {
			out = append(out, a)
		}
	}
	return out
}

// stateNamed reports whether the headline words name the state.
func (n *namer) stateNamed(headline, code string) bool {
	if n.g == nil || code == "" {
		return false
	}
	s, ok := n.g.State(code)
	if !ok {
		return false
	}
	for _, name := range append([]string{s.Name}, n.aliases(s)...) {
		if has(headline, name) {
			return true
		}
	}
	return false
}

// municipalityNamed reports whether the headline words name the
// municipality, one of its localities or one of the extra names.
func (n *namer) municipalityNamed(headline, code string, extra ...string) bool {
	for _, e := range extra {
		if has(headline, e) {
			return true
		}
	}
	if n.g == nil || code == "" {
		return false
	}
	m, ok := n.g.Municipality(code)
	if !ok {
		return false
	}
	names := append([]string{m.Name}, n.aliases(m)...)
	if i := strings.Index(m.Name, " de "); i > 0 && strings.Count(m.Name[:i], " ") >= 1 {
		names = append(names, m.Name[:i])
	}
	names = append(names, n.localities[code]...)
	for _, name := range names {
		if has(headline, name) {
			return true
		}
	}
	return false
}

// seat returns the coordinates of a municipality's seat.
func (n *namer) seat(code string) (lat, lon *float64) {
	if n.g == nil || code == "" {
		return nil, nil
	}
	m, ok := n.g.Municipality(code)
	if !ok || (m.Lat == 0 && m.Lon == 0) {
		return nil, nil
	}
	la, lo := m.Lat, m.Lon
	return &la, &lo
}

// placeName cleans a PPD place field into a name a headline could use:
// without a leading generic word and cut at the first comma.
func placeName(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",;(."); i >= 0 {
		s = s[:i]
	}
	w := strings.TrimSpace(words(s))
	for _, g := range []string{"en la ", "en el ", "en ", "colonia ", "col ", "fraccionamiento ", "fracc ",
		"ejido ", "comunidad de ", "comunidad ", "localidad de ", "localidad ", "poblado ", "poblacion de ",
		"poblacion ", "barrio ", "ranchería ", "rancheria ", "zona "} {
		if strings.HasPrefix(w, g) {
			w = w[len(g):]
			break
		}
	}
	if strings.Count(w, " ") > 4 {
		return ""
	}
	return w
}

// Death words, matched as whole words (exact) or as word beginnings
// (prefix), in folded text.
var (
	deathExact = map[string]bool{
		"mata": true, "matan": true, "mato": true, "matar": true, "mataron": true, "matado": true,
		"matados": true, "muere": true, "mueren": true, "murio": true, "murieron": true,
		"dead": true, "die": true, "dies": true, "died": true, "body": true, "bodies": true,
		"slain": true, "restos": true,
	}
	deathPrefix = []string{"muert", "asesin", "ejecut", "cuerpo", "cadaver", "homicid", "feminicid",
		"fallec", "masacr", "ultima", "acribill", "decapit", "osament", "kill", "death", "murder",
		"massacr", "execut", "corpse", "lifeless", "behead"}
	deathPhrase = []string{" sin vida ", " pierde la vida ", " pierden la vida ", " perdio la vida ",
		" perdieron la vida "}
)

// deathAt reports whether a word of death (or a phrase of them) starts
// at the i-th word.
func deathAt(ws []string, i int) bool {
	if deathExact[ws[i]] {
		return true
	}
	for _, p := range deathPrefix {
		if strings.HasPrefix(ws[i], p) {
			return true
		}
	}
	rest := " " + strings.Join(ws[i:min(i+3, len(ws))], " ") + " "
	for _, p := range deathPhrase {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

var (
	esUnits = []string{"", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
		"diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho",
		"diecinueve", "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco",
		"veintiseis", "veintisiete", "veintiocho", "veintinueve"}
	esTens  = []string{"", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"}
	enUnits = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	enTens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// numberWords returns the ways a headline may write n (1 to 100): digits
// and Spanish and English words, folded.
func numberWords(n int) []string {
	if n <= 0 || n > 100 {
		if n > 100 {
			return []string{strconv.Itoa(n)}
		}
		return nil
	}
	out := []string{strconv.Itoa(n)}
	switch {
	case n == 1:
		out = append(out, "un", "una", "uno", "one")
	case n < 30:
		out = append(out, esUnits[n])
	case n == 100:
		out = append(out, "cien")
	case n%10 == 0:
		out = append(out, esTens[n/10])
	default:
		out = append(out, esTens[n/10]+" y "+esUnits[n%10])
	}
	switch {
	case n == 1:
	case n < 20:
		out = append(out, enUnits[n])
	case n == 100:
		out = append(out, "one hundred", "a hundred")
	case n%10 == 0:
		out = append(out, enTens[n/10])
	default:
		out = append(out, enTens[n/10]+" "+enUnits[n%10])
	}
	return out
}

// givesKilled reports whether the headline words state killed as the
// number of dead: the number, written as digits or a word, within four
// words of a word of death ("asesinan a dos", "seven headless bodies").
func givesKilled(headline string, killed int) bool {
	ws := strings.Fields(headline)
	var deaths []int
	for i := range ws {
		if deathAt(ws, i) {
			deaths = append(deaths, i)
		}
	}
	if len(deaths) == 0 {
		return false
	}
	for _, w := range numberWords(killed) {
		n := strings.Count(w, " ") + 1
		for i := 0; i+n <= len(ws); i++ {
			if strings.Join(ws[i:i+n], " ") != w {
				continue
			}
			for _, d := range deaths {
				if d-(i+n-1) <= 4 && i-d <= 4 {
					return true
				}
			}
		}
	}
	return false
}

var (
	dayWords = map[string]bool{
		"ayer": true, "hoy": true, "anoche": true, "anteayer": true, "antier": true, "madrugada": true,
		"lunes": true, "martes": true, "miercoles": true, "jueves": true, "viernes": true, "sabado": true,
		"domingo": true, "yesterday": true, "today": true, "tonight": true, "monday": true, "tuesday": true,
		"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	}
	dayPhrases = []string{" esta manana ", " esta tarde ", " esta noche ", " last night ", " this morning "}
	months     = `(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)`
	absDate    = regexp.MustCompile(` ([1-9]|[12][0-9]|3[01]) (de )?` + months + ` | ` + months + ` ([1-9]|[12][0-9]|3[01]) `)
)

// datesEvent reports whether the headline words date the event: a
// relative day word, or an absolute date other than the publication day
// (published, YYYY-MM-DD), which would date the article ("Security Memo:
// June 18, 2007").
func datesEvent(headline, published string) bool {
	for _, w := range strings.Fields(headline) {
		if dayWords[w] {
			return true
		}
	}
	for _, p := range dayPhrases {
		if strings.Contains(headline, p) {
			return true
		}
	}
	pub, err := parseDay(published)
	for _, m := range absDate.FindAllStringSubmatch(headline, -1) {
		day, month := m[1], m[3]
		if day == "" {
			day, month = m[5], m[4]
		}
		d, _ := strconv.Atoi(day)
		if err != nil || d != pub.Day() || monthNumber(month) != int(pub.Month()) {
			return true
		}
	}
	return false
}

// monthNumber returns 1 to 12 for a folded Spanish or English month name
// or abbreviation.
func monthNumber(s string) int {
	for i, names := range [][]string{
		{"enero", "january", "jan"}, {"febrero", "february", "feb"}, {"marzo", "march", "mar"},
		{"abril", "april", "apr"}, {"mayo", "may"}, {"junio", "june", "jun"}, {"julio", "july", "jul"},
		{"agosto", "august", "aug"}, {"septiembre", "setiembre", "september", "sep", "sept"},
		{"octubre", "october", "oct"}, {"noviembre", "november", "nov"}, {"diciembre", "december", "dec"},
	} {
		for _, n := range names {
			if s == n {
				return i + 1
			}
		}
	}
	return 0
}
