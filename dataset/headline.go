package dataset

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/when"
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
// which the gazetteer marks with "~", nor the other names of localities
// from GeoNames, marked "+", so that what a headline names stays as the
// coders' names had it).
func (n *namer) aliases(p gazetteer.Place) []string {
	var out []string
	for _, a := range n.g.Aliases(p.ID) {
		if !strings.HasPrefix(a, "~") && !strings.HasPrefix(a, "+") {
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
	// earlierWords name a day before the publication day, sameWords the
	// publication day itself.
	earlierWords = map[string]bool{"ayer": true, "anoche": true, "anteayer": true, "antier": true, "yesterday": true}
	sameWords    = map[string]bool{"hoy": true, "today": true, "tonight": true}
	weekdayNames = map[string]time.Weekday{
		"domingo": time.Sunday, "lunes": time.Monday, "martes": time.Tuesday, "miercoles": time.Wednesday,
		"jueves": time.Thursday, "viernes": time.Friday, "sabado": time.Saturday,
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
		"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	}
	samePhrases    = []string{" esta manana ", " esta tarde ", " esta noche ", " this morning ", " this afternoon "}
	earlierPhrases = []string{" last night "}
	weekdays       = `(lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`
	months         = `(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)`
	absDate        = regexp.MustCompile(`( [a-z]+)? ([1-9]|[12][0-9]|3[01]) (de )?` + months + ` ([a-z]+ )?|( [a-z]+)? ` + months + ` ([1-9]|[12][0-9]|3[01]) ([a-z]+ )?`)
)

// nameBefore lists words after which a weekday or a date is part of a
// name, not a dating expression: "Tianguis de los Lunes", "Santo Domingo",
// "colonia 20 de Noviembre", "la 2 de Octubre" (a date takes "el", a
// colonia "la"), "calle 5 de Mayo".
var nameBefore = map[string]bool{
	"los": true, "santo": true, "santa": true, "colonia": true, "col": true, "calle": true, "avenida": true,
	"av": true, "boulevard": true, "blvd": true, "bulevar": true, "fraccionamiento": true, "fracc": true,
	"barrio": true, "unidad": true, "ejido": true, "comunidad": true, "localidad": true, "poblado": true,
	"calzada": true, "privada": true, "mercado": true, "escuela": true, "plaza": true, "parque": true,
	"la": true, "las": true, "the": true, "street": true, "avenue": true, "colony": true,
	"amp": true, "ampliacion": true,
}

// nameAfter lists words after which a date names a place: "the 1 de Mayo
// neighborhood".
var nameAfter = map[string]bool{"neighborhood": true, "neighbourhood": true, "colony": true, "street": true, "avenue": true}

// periodBefore lists words that make a day the start or end of a period,
// not the day of an event: "desde el viernes", "since Sunday", "entre el
// viernes y el sábado", "del 8 al 14 de octubre"; and digest titles
// whose date is the ("Security update 16 February 2018").
var periodBefore = map[string]bool{
	"desde": true, "since": true, "entre": true, "between": true, "al": true, "hasta": true, "until": true,
	"update": true, "review": true, "memo": true, "briefing": true, "roundup": true, "digest": true,
	"bulletin": true, "watch": true, "resumen": true, "boletin": true, "informe": true,
}

// dayRefs reads the headline words' dating expressions. dated: the
// headline has a relative day word (ayer, hoy, anoche, madrugada, a
// weekday, "hace tres días"; yesterday, today, tonight, a weekday, "two
// days ago") or an absolute date
// ("5 de agosto", "Aug. 5", "August 5") other than the publication day
// (published, YYYY-MM-DD), which would date the article ("Security Memo:
// June 18, 2007"). Names (see nameBefore, nameAfter) and the ends of
// periods (see periodBefore) are no dating expressions. earlier: every
// relative expression names a day before the publication day (ayer,
// anoche, last night, a weekday other than the publication's, a date
// other than its). Without
// deictic, the words that depend on the day of reading (ayer, hoy, anoche,
// esta mañana; yesterday, today, last night) are not read.
func dayRefs(headline, published string, deictic bool) (dated, earlier bool) {
	pub, perr := parseDay(published)
	for p := range periodBefore { // "desde el 12 de agosto" reads as "desde 12 de agosto"
		headline = strings.ReplaceAll(headline, " "+p+" el ", " "+p+" ")
		headline = strings.ReplaceAll(headline, " "+p+" the ", " "+p+" ")
	}
	ws := strings.Fields(headline)
	same := false
	skip := func(i int) bool {
		prev, prev2 := "", ""
		if i > 0 {
			prev = ws[i-1]
		}
		if i > 1 {
			prev2 = ws[i-2]
		}
		if nameBefore[prev] || periodBefore[prev] || periodBefore[prev2] && (prev == "el" || prev == "the") {
			return true
		}
		for _, w := range ws[max(0, i-5):i] { // "entre el viernes y el sábado"
			if w == "entre" || w == "between" {
				return true
			}
		}
		return false
	}
	for i, w := range ws {
		switch {
		case !deictic && (earlierWords[w] || sameWords[w]):
		case earlierWords[w]:
			dated, earlier = true, true
		case sameWords[w]:
			dated, same = true, true
		case w == "madrugada":
			dated = true
		case daysAgo(ws, i) && !skip(i):
			dated, earlier = true, true
		default:
			wd, ok := weekdayNames[w]
			if !ok || skip(i) {
				continue
			}
			dated = true
			if perr != nil || wd == pub.Weekday() {
				same = true
			} else {
				earlier = true
			}
		}
	}
	for _, p := range samePhrases {
		if deictic && samePart(headline, p) {
			dated, same = true, true
		}
	}
	for _, p := range earlierPhrases {
		if deictic && strings.Contains(headline, p) {
			dated, earlier = true, true
		}
	}
	for _, m := range absDate.FindAllStringSubmatch(headline, -1) {
		before, day, month, after := m[1], m[2], m[4], m[5]
		monthFirst := day == ""
		if monthFirst {
			before, month, day, after = m[6], m[7], m[8], m[9]
		}
		before, after = strings.TrimSpace(before), strings.TrimSpace(after)
		if nameBefore[before] || periodBefore[before] || nameAfter[after] || monthNumber(after) != 0 ||
			monthFirst && (before == "de" || before == "del") { // "en 8 días de noviembre 29 homicidios"
			continue
		}
		d, _ := strconv.Atoi(day)
		if perr != nil || d != pub.Day() || monthNumber(month) != int(pub.Month()) {
			dated = true
			// A date other than the publication day's is an earlier day:
			// a year-less date after it is last year's.
			earlier = earlier || perr == nil
		}
	}
	return dated, earlier && !same
}

// dateline matches a full date with its year opening a headline and
// closed by a colon, a bar or a dash ("April 21, 2020: AMLO asks…", "21
// de abril de 2020 | …"), or led by its weekday ("Wednesday, January 17,
// 2018 The bloody battle…").
var dateline = regexp.MustCompile(`^[^a-z0-9]*(` + weekdays + `,? ` + fullDate + ` *[:|–—-]?|` + fullDate + ` *[:|–—-])`)

// fullDate is a day, month and year, in either order.
var fullDate = `(` + months + `\.? ([1-9]|[12][0-9]|3[01]),? (19|20)[0-9][0-9]|([1-9]|[12][0-9]|3[01]) (de )?` + months + `,? (de |del )?(19|20)[0-9][0-9])`

// withoutDateline returns the headline without a dateline (see dateline):
// such a date is the post's, as a digest's date is the issue's ("Security
// Memo: June 18, 2007"), and it dates no event. A headline that opens
// with a date and no year ("March 15: gunmen kill five") keeps it.
func withoutDateline(headline string) string {
	f := fold.String(headline)
	if loc := dateline.FindStringIndex(f); loc != nil {
		return f[loc[1]:]
	}
	return headline
}

// weekdaysOnly reports whether the headline words date the event by
// weekdays alone (dayRefs finds a day with them and none without them):
// such a headline names a day of the week before publication.
func weekdaysOnly(headline, published string, deictic bool) bool {
	if d, _ := dayRefs(headline, published, deictic); !d {
		return false
	}
	for w := range weekdayNames {
		headline = strings.ReplaceAll(headline, " "+w+" ", " ")
	}
	d, _ := dayRefs(headline, published, deictic)
	return !d
}

// samePart reports whether the headline has the phrase of the
// publication day p (" esta manana ") other than before a weekday that
// names its day: "esta mañana de martes", "esta noche del viernes" tell
// that weekday's part, which the weekday rule reads.
func samePart(headline, p string) bool {
	for rest := headline; ; {
		i := strings.Index(rest, p)
		if i < 0 {
			return false
		}
		rest = rest[i+len(p)-1:] // keep the space before the next word
		ws := strings.Fields(rest)
		if len(ws) > 0 && (ws[0] == "de" || ws[0] == "del" || ws[0] == "on") {
			ws = ws[1:]
			if len(ws) > 0 && (ws[0] == "este" || ws[0] == "this") {
				ws = ws[1:]
			}
			if len(ws) > 0 {
				if _, ok := weekdayNames[ws[0]]; ok {
					continue
				}
			}
		}
		return true
	}
}

// daysAgo reports whether the words at i tell a number of days ago:
// "hace tres días", "hace 11 días", "two days ago".
func daysAgo(ws []string, i int) bool {
	day := func(w string) bool { return w == "dia" || w == "dias" || w == "days" || w == "day" }
	num := func(w string) bool {
		if _, err := strconv.Atoi(w); err == nil {
			return true
		}
		return w == "un" || w == "una" || w == "a" || slices.Contains(esUnits[1:], w) || slices.Contains(enUnits[1:], w)
	}
	if ws[i] == "hace" {
		return i+2 < len(ws) && num(ws[i+1]) && day(ws[i+2])
	}
	return ws[i] == "ago" && i >= 2 && day(ws[i-1]) && num(ws[i-2])
}

// datesEvent reports whether the headline words date the event (dayRefs).
func datesEvent(headline, published string) bool {
	d, _ := dayRefs(headline, published, true)
	return d
}

// monthNumber returns 1 to 12 for a folded Spanish or English month name
// or abbreviation, else 0.
func monthNumber(s string) int {
	m, _ := when.Month(s)
	return int(m)
}

// Words and phrases of a violent act reported as done, in folded
// headline words (see reportsAct).
var (
	actVerbs = map[string]bool{
		"mata": true, "matan": true, "mato": true, "mataron": true, "asesinan": true, "asesinaron": true,
		"ejecutan": true, "ejecutaron": true, "balean": true, "balearon": true, "acribillan": true,
		"acribillaron": true, "hieren": true, "hirieron": true, "secuestran": true, "secuestraron": true,
		"levantan": true, "levantaron": true, "queman": true, "quemaron": true, "incendian": true,
		"incendiaron": true, "atacan": true, "atacaron": true, "emboscan": true, "emboscaron": true,
		"decapitan": true, "kill": true, "kills": true, "killed": true, "slain": true,
		"murdered": true, "gunned": true, "ambushed": true, "kidnapped": true, "abducted": true,
	}
	// deathVerbs tell a death, violent or not.
	deathVerbs = map[string]bool{"muere": true, "mueren": true, "murio": true, "murieron": true,
		"fallece": true, "fallecen": true, "fallecio": true, "die": true, "dies": true, "died": true}
	// calmCauses name a death by no one's hand ("muere por sobredosis").
	calmCauses = []string{"sobredosis", "overdose", "infarto", "intoxica", "accidente", "accident",
		"ahoga", "drown", "enfermedad", "covid", "natural"}
	// tallyPhrase marks a count over a period ("matan a 10 en lo que va
	// del año", "asesinan a 7 en cuatro días"): a tally, not an act.
	tallyPhrase  = regexp.MustCompile(` (en|durante) (lo que va|el ano|el mes|el fin de semana|(los |las )?(ultimos |ultimas |primeros )?[a-z0-9]+ (dias|semanas|meses|anos)|` + months + `) `)
	actAux       = map[string]bool{"fue": true, "fueron": true, "es": true, "son": true, "resulta": true, "resultan": true, "was": true, "were": true}
	actPartStems = []string{"asesinad", "ejecutad", "balead", "atacad", "secuestrad", "levantad", "acribillad",
		"herid", "lesionad", "quemad", "shot", "stabbed"}
	findVerbs = map[string]bool{
		"localizan": true, "localiza": true, "hallan": true, "halla": true, "encuentran": true, "encuentra": true,
		"descubren": true, "reportan": true, "reporta": true, "abandonan": true, "dejan": true, "arrojan": true,
		"tiran": true, "found": true, "left": true, "dumped": true, "discovered": true, "find": true, "finds": true,
	}
	bodyPrefixes = []string{"cuerpo", "cadaver", "restos", "osament", "fosa", "body", "bodies", "corpse", "remains"}
)

// reportsAct reports whether the headline words tell a violent act as
// done: a finite verb of killing, wounding, kidnapping, burning or
// attacking ("matan", "asesinaron", "mueren", "killed"), a passive one
// ("fueron asesinados"), or a finding verb within four words of a body
// ("localizan tres cuerpos", "hallan cadáver", "body found") or of "sin
// vida". Nouns of crime alone ("van 30 homicidios", "bajan los
// asesinatos") are statistics or policy, not an act; nor is a count over a
// period ("matan a 10 en lo que va del año": a tally), nor a death or a
// body with a cause by no one's hand ("muere por sobredosis").
func reportsAct(headline string) bool {
	if tallyPhrase.MatchString(headline) {
		return false
	}
	calm := false
	for _, c := range calmCauses {
		calm = calm || strings.Contains(headline, c)
	}
	ws := strings.Fields(headline)
	for i, w := range ws {
		if actVerbs[w] || deathVerbs[w] && !calm {
			return true
		}
		if actAux[w] && i+1 < len(ws) {
			for _, p := range actPartStems {
				if strings.HasPrefix(ws[i+1], p) {
					return true
				}
			}
		}
		if !findVerbs[w] {
			continue
		}
		for j := max(0, i-4); j < min(len(ws), i+5) && !calm; j++ {
			if ws[j] == "sin" && j+1 < len(ws) && ws[j+1] == "vida" {
				return true
			}
			for _, p := range bodyPrefixes {
				if strings.HasPrefix(ws[j], p) {
					return true
				}
			}
		}
	}
	return false
}

// Words of the widened act test (see reportsActNoun).
var (
	// countVerbs tell what was found or reported, or what an act left:
	// the count after them is of acts or of dead.
	countVerbs = map[string]bool{
		"descubren": true, "reportan": true, "reporta": true, "confirman": true, "confirma": true,
		"deja": true, "dejan": true, "dejo": true, "dejaron": true,
	}
	// killNouns are the plural nouns of killings and of the dead.
	killNouns = map[string]bool{
		"asesinatos": true, "homicidios": true, "ejecuciones": true, "ejecutados": true, "asesinados": true,
		"muertos": true, "muertas": true, "cadaveres": true, "cuerpos": true,
	}
	// dayWords date an act to the day of the news.
	dayWords = map[string]bool{"ayer": true, "anoche": true, "hoy": true, "madrugada": true}
	// statWords mark a count as a statistic: over a period, a running
	// total, a rate or a record.
	statWords = map[string]bool{
		"horas": true, "dias": true, "semana": true, "semanas": true, "mes": true, "meses": true, "ano": true,
		"anos": true, "sexenio": true, "van": true, "suman": true, "suma": true, "acumula": true, "acumulan": true,
		"cifra": true, "cifras": true, "promedio": true, "diario": true, "diarios": true, "cada": true,
		"racha": true, "total": true, "mensual": true, "anual": true, "registro": true, "estadisticas": true,
		"hasta": true, "cerrar": true, "cierra": true, "cerrara": true, "cierre": true,
	}
	// shootNouns are the singular nouns of one shooting.
	shootNouns = map[string]bool{"balacera": true, "balaceo": true, "tiroteo": true}
	// notOneShooting are words before a shooting noun that make it no
	// shooting that happened: none, each, a drill.
	notOneShooting = map[string]bool{"sin": true, "ninguna": true, "ningun": true, "cada": true, "simulacro": true, "de": true}
)

// reportsActNoun reports whether the headline words, which reportsAct
// finds no act in, tell one by a noun: a finding verb within four words of
// "muerto" ("Encuentran a hombre muerto en baños"), as of "sin vida"; a
// finite verb phrase of burning or a preterite with its object
// ("prenden fuego a", "asesinó a 9 civiles", folded "asesino a" but not "asesino a sueldo"); a count
// of killings or dead after a verb of finding, reporting or leaving
// ("Descubren cinco asesinatos", "Violencia deja cuatro muertos",
// "dejan decenas de muertos") or with a day word ("Dos homicidios ...
// esta mañana", "ayer", "anoche"), unless a word marks the count as a
// statistic (a period, a month, a year, a running total, a rate: see
// statWords and tallyPhrase); or a singular shooting noun ("Balacera cerca de
// Juzgados", "Traumó balacera a niños") not after "sin", "cada", "de"
// ("simulacro de balacera"). Plural nouns alone ("balaceras",
// "asesinatos en Puebla") stay in: they may be generic.
func reportsActNoun(headline string) bool {
	calm := false
	for _, c := range calmCauses {
		calm = calm || strings.Contains(headline, c)
	}
	ws := strings.Fields(headline)
	stat := tallyPhrase.MatchString(headline)
	for _, w := range ws {
		stat = stat || statWords[w] || len(w) == 4 && strings.HasPrefix(w, "20") && isDigits(w) ||
			len(w) > 3 && monthNumber(w) != 0 // a month's name, not "mar"
	}
	day := strings.Contains(headline, " esta manana ") || strings.Contains(headline, " esta tarde ") || strings.Contains(headline, " esta noche ")
	for _, w := range ws {
		day = day || dayWords[w]
	}
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		if findVerbs[w] && !calm {
			for j := max(0, i-4); j < min(len(ws), i+5); j++ {
				if ws[j] == "muerto" || ws[j] == "muerta" || ws[j] == "muertos" || ws[j] == "muertas" {
					return true
				}
			}
		}
		if (w == "prenden" || w == "prendieron" || w == "prende" || w == "prendio") && next == "fuego" {
			return true
		}
		if (w == "asesino" || w == "ejecuto") && next == "a" && i+2 < len(ws) && ws[i+2] != "sueldo" {
			return true
		}
		if shootNouns[w] && (i == 0 || !notOneShooting[ws[i-1]]) {
			return true
		}
		if !killNouns[w] || stat || i == 0 {
			continue
		}
		// the count before the noun: a number or "decenas de"
		k := i - 1
		counted := numberWord(ws[k])
		if !counted && k >= 1 && ws[k] == "de" && (ws[k-1] == "decenas" || ws[k-1] == "cientos") {
			counted, k = true, k-1
		}
		if !counted {
			continue
		}
		if day || k >= 1 && countVerbs[ws[k-1]] {
			return true
		}
	}
	return false
}

// numberWord reports whether folded w is a count: digits or a Spanish
// number word from two to twenty-nine.
func numberWord(w string) bool {
	if isDigits(w) {
		return true
	}
	return slices.Contains(esUnits[2:], w)
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := range len(w) {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
