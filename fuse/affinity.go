package fuse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// evidenceAnchors returns the sorted distinct hashes of what two reports
// of one act tell alike whatever their wording or language: the numbers
// of the evidence (2 or more, in digits or words: "ciento ochenta y
// cuatro" is 184) and its proper names (capitalized words inside a
// sentence). A text with no capital letter (a transcript) may write any
// longer word as a name: all its words of five letters or more count.
func evidenceAnchors(in *model.Incident) []uint64 {
	var out []uint64
	for _, sp := range in.Evidence {
		ws := evidenceWords(sp.Text)
		lower := !hasUpper(sp.Text)
		for i := 0; i < len(ws); i++ {
			w := ws[i]
			if v, n := numberRun(ws[i:]); n > 0 {
				if v >= 2 && v < 1900 {
					out = append(out, mix(uint64(v)^0x6e756d))
				}
				i += n - 1
				continue
			}
			switch {
			case lower:
				if len(w.folded) >= 5 && !isStopword(w.folded) {
					out = append(out, fnv64(w.folded))
				}
			case (!w.opens || w.caps) && w.upper && len(w.folded) >= 3 && !notNames[w.folded] && !anchorStop[w.folded]:
				out = append(out, fnv64(w.folded))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// word is a word of an evidence text: folded, whether it opens a
// sentence, whether it is written with a capital.
type word struct {
	folded             string
	opens, upper, caps bool // caps: every letter a capital (a dateline)
}

func evidenceWords(text string) []word {
	var out []word
	ft := fold.New(text)
	f := ft.Folded
	initial := true
	for i := 0; i < len(f); {
		c := f[i]
		if !isWordByte(c) {
			switch c {
			case '.', '!', '?', '\n', ':', ';', '"', '(', '|', '#':
				initial = true
			}
			i++
			continue
		}
		j := i
		for j < len(f) && isWordByte(f[j]) {
			j++
		}
		os, oe := ft.Span(i, j)
		r, _ := utf8.DecodeRuneInString(text[os:])
		caps := true
		for _, c := range text[os:oe] {
			caps = caps && !unicode.IsLower(c)
		}
		out = append(out, word{folded: f[i:j], opens: initial, upper: unicode.IsUpper(r), caps: caps && unicode.IsUpper(r)})
		initial = false
		i = j
	}
	return out
}

// numberRun reads a number at the start of ws: digits, or a run of number
// words in either language ("ciento ochenta y cuatro", "one hundred
// eighty four"); n is the number of words read (0: none).
func numberRun(ws []word) (v, n int) {
	if len(ws) == 0 {
		return 0, 0
	}
	if x, ok := number(ws[0].folded); ok && ws[0].folded[0] >= '0' && ws[0].folded[0] <= '9' {
		return x, 1
	}
	total, cur := 0, 0
	for n < len(ws) {
		w := ws[n].folded
		if (w == "y" || w == "and") && n > 0 && n+1 < len(ws) {
			if _, ok := numberWord(ws[n+1].folded); ok {
				n++
				continue
			}
		}
		x, ok := numberWord(w)
		if !ok {
			break
		}
		switch {
		case x == 1000:
			total += max(cur, 1) * 1000
			cur = 0
		case x == 100 && w == "hundred":
			cur = max(cur, 1) * 100
		default:
			cur += x
		}
		n++
	}
	if n > 0 && (ws[n-1].folded == "y" || ws[n-1].folded == "and") {
		n--
	}
	return total + cur, n
}

// numberWord reads a folded number word: those of number, the Spanish
// hundreds and the words for a thousand.
func numberWord(w string) (int, bool) {
	if hundredLens.may(w) {
		if v, ok := hundreds[w]; ok {
			return v, true
		}
	}
	if w[0] >= '0' && w[0] <= '9' {
		return 0, false
	}
	return number(w)
}

var hundreds = map[string]int{"ciento": 100, "cien": 100, "doscientos": 200, "doscientas": 200,
	"trescientos": 300, "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500,
	"quinientas": 500, "seiscientos": 600, "seiscientas": 600, "setecientos": 700, "setecientas": 700,
	"ochocientos": 800, "ochocientas": 800, "novecientos": 900, "novecientas": 900, "hundred": 100,
	"mil": 1000, "thousand": 1000}

// hundredLens is the wordLens of hundreds (numberWord asks it of every
// word of the evidence).
var hundredLens = lensOf(hundreds)

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }

// anchorStop are capitalized words that name no particular act: forces,
// offices and generic titles every report of the kind names.
var anchorStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"guardia", "nacional", "secretaria", "seguridad", "fiscalia", "general",
		"estado", "policia", "municipal", "estatal", "marina", "defensa", "ejercito", "gabinete", "ciudadana",
		"proteccion", "publica", "national", "guard", "state", "police", "army", "navy", "security",
		"mexico", "city", "ciudad", "alerta", "blockade", "bloqueo", "shooting", "urgente", "breaking",
		"del", "los", "las", "por", "con", "sin"} {
		m[w] = true
	}
	return m
}()

// meet reports whether two sorted distinct slices have a value in common
// (shared > 0, stopping at the first).
func meet(a, b []uint64) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// shared counts the values two sorted distinct slices have in common.
func shared(a, b []uint64) int {
	i, j, n := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Slips: what extraction noise makes two reports of one act disagree on,
// and the evidence that may overrule the disagreement.
const (
	// slipAnchors and slipText make the evidence of two incidents tell
	// one act: at least slipAnchors numbers and names in common, and a
	// Jaccard similarity of their content words of at least slipText.
	slipAnchors = 3
	slipText    = 0.12
	// slipType is the type compatibility of two types of one family that
	// compatible keeps apart (a finding of bodies read as an explosive or
	// an operation), when the evidence tells one act.
	slipType = 0.5
	// slipKm is how far apart two points in one municipality may be when
	// the evidence tells one act (a locality misread in one of them).
	slipKm = 40
	// slipFaces is how many details of one act (faces) tell it in
	// texts too unlike in words (two languages) for slipText.
	slipFaces = 3
)

// family returns the family of acts a type belongs to: 1 for shootings
// and their outcomes (clash, attack, killing, operation, explosive), 2 for
// the burnings of a wave (blockade, arson, attack on a business), 0 for
// the rest (kidnappings and their rescues, closures and advisories, which
// are acts of their own beside the shooting that caused them).
func family(t model.IncidentType) int { return int(families[typeIndex(t)+1]) }

// families is family by typeIndex plus one.
var families = func() (f [nTypes + 1]int8) {
	for _, t := range [...]model.IncidentType{model.ArmedClash, model.ArmedAttack, model.Homicide, model.SecurityOperation, model.Explosive} {
		f[typeIndex(t)+1] = 1
	}
	for _, t := range [...]model.IncidentType{model.Blockade, model.Arson, model.BusinessAttack} {
		f[typeIndex(t)+1] = 2
	}
	return f
}()

// burnSlip reports whether m and the event c are of two families only
// because extraction read a burning as a shooting or as an operation ("an
// arson attack" read as an armed attack; "patrullajes tras la quema de tres
// tractocamiones" as an operation): one is a burning (blockade, arson,
// attack on a business) and the event's type, or m's, is an armed attack
// or an operation without result whose evidence tells a burning.
func burnSlip(c *cluster, m *member) bool {
	switch {
	case family(m.it.Incident.Type) == 2:
		return family(c.typ) == 1 && slices.ContainsFunc(c.members, func(x *member) bool { return x.it.Incident.Type == c.typ && x.burnsToo() })
	case family(c.typ) == 2:
		return m.burnsToo()
	}
	return false
}

// burnsToo reports whether m is an armed attack, or an operation with no
// one killed or arrested, whose evidence tells a burning (computed once).
func (m *member) burnsToo() bool {
	in := &m.it.Incident
	switch in.Type {
	case model.ArmedAttack:
	case model.SecurityOperation:
		if in.Killed != nil && in.Killed.N > 0 || in.Detained != nil && in.Detained.N > 0 {
			return false
		}
	default:
		return false
	}
	if m.burnt == 0 {
		m.burnt = 1
		if burnWords.any(m.plainText()) {
			m.burnt = 2
		}
	}
	return m.burnt == 2
}

// burnWords tell a burning in a folded plain text (plainText: words
// between single spaces); "abrieron fuego", "opened fire" do not.
var burnWords = wordPhrases(" incendi", " quema", " prendieron fuego", " prendio fuego", " prenden fuego", " prender fuego",
	" calcinad", " en llamas", " arson", " set fire", " on fire", " ablaze", " torched", " burned", " burnt", " burning", " alight")

// anchors returns m's evidence anchors, computed once (only slips need
// them).
func (m *member) anchors() []uint64 {
	if !m.anchored {
		m.anch, m.anchored = evidenceAnchors(&m.it.Incident), true
	}
	return m.anch
}

// tellsOneAct reports whether the evidence of x and m tells one act: no
// different kilometre points, and at least slipAnchors anchors in common
// with a content-word similarity of at least slipText or a kilometre
// point in common, or (texts in two languages) slipFaces details of one
// act told alike (two anchors among them) and no two tolls that differ.
func tellsOneAct(x, m *member) bool {
	if len(x.tokens) == 0 || len(m.tokens) == 0 {
		return false
	}
	need := slipAnchors
	if x.it.Incident.Tally && m.it.Incident.Tally {
		need = 2 // a tally's anchors are its counts: "nueve bloqueos en seis municipios"
	}
	if kmApart(x, m) {
		return false
	}
	if shared(x.anchors(), m.anchors()) >= need && (jaccard(x.tokens, m.tokens) >= slipText || sameKm(x, m)) {
		return true
	}
	a, b := &x.it.Incident, &m.it.Incident
	return (a.Killed == nil || b.Killed == nil || a.Killed.N == b.Killed.N) && faces(x, m) >= slipFaces
}

// sameKm reports whether the evidence of x and m give a kilometre point in
// common: one act on one road, whatever the language of the texts.
func sameKm(x, m *member) bool {
	for _, k := range x.kmPoints() {
		if slices.Contains(m.kmPoints(), k) {
			return true
		}
	}
	return false
}

// tellOneAct reports whether some member of a and some member of b tell
// one act.
func tellOneAct(a, b *cluster) bool {
	for _, x := range a.members {
		for _, m := range b.members {
			if tellsOneAct(x, m) {
				return true
			}
		}
	}
	return false
}

// plainText returns m's evidence folded, its words separated by single
// spaces and the whole enclosed in spaces (computed once).
func (m *member) plainText() string {
	if m.plain == "" {
		n := 1
		for _, sp := range m.it.Incident.Evidence {
			n += len(sp.Text) + 1 // a fold is seldom longer
		}
		var b strings.Builder
		b.Grow(n)
		b.WriteByte(' ')
		for _, f := range m.folds() {
			for i := 0; ; {
				j, k := nextWord(f, i)
				if j == k {
					break
				}
				b.WriteString(f[j:k])
				b.WriteByte(' ')
				i = k
			}
		}
		m.plain = b.String()
	}
	return m.plain
}

// namesPlaceOf reports whether the evidence of m names x's municipality
// other than as the end of a road (a dateline or a town that one report
// gives and the other misreads: "SABINAS HIDALGO, N.L.— ... sobre la
// carretera Monterrey–Nuevo Laredo" read as Monterrey). "La carretera
// Monterrey–Nuevo Laredo" names no place of an act, so it never counts.
func namesPlaceOf(m, x *member) bool {
	return names(m, x.muniName)
}

// namesLocalityOf reports whether the evidence of m names x's locality
// as the place of an act ("near La Mira, a few miles from the port of
// Lázaro Cárdenas" placed at the port; "en el ejido Paso Hondo"): m's
// point, away from that locality, is a landmark of the text. A name
// after no word of place ("el Cártel de Sinaloa", "la carretera a La
// Mira") does not count.
func namesLocalityOf(m, x *member) bool {
	name := x.locality
	if len(name) < 4 || name == x.muniName {
		return false
	}
	return mentions(m, name, func(before, _ string) bool {
		b := strings.TrimRight(before, " ")
		for _, w := range [...]string{" near", " cerca de", " en", " in", " at", " tenencia de", " comunidad de",
			" localidad de", " poblado de", " ejido", " poblado", " altura de"} {
			if strings.HasSuffix(b, w) {
				return true
			}
		}
		return false
	})
}

// names reports whether the evidence of m names the folded place name
// other than as the end of a road.
// A transcript names it as it sounds too (mentionsSpoken).
func names(m *member, name string) bool {
	if name == "" {
		return false
	}
	ok := func(before, after string) bool { return !roadEnd(before, after) && !carriedTo(before) }
	return mentions(m, name, ok) || m.spoken() && mentionsSpoken(m, name, ok)
}

// mentions reports whether the evidence of m holds the folded name as a
// whole word where ok holds of the folded text before and after it.
func mentions(m *member, name string, ok func(before, after string) bool) bool {
	for _, f := range m.folds() {
		for from := 0; ; {
			i := strings.Index(f[from:], name)
			if i < 0 {
				break
			}
			i += from
			end := i + len(name)
			from = end
			if i > 0 && isWordByte(f[i-1]) || end < len(f) && isWordByte(f[end]) {
				continue // inside another word
			}
			if ok(f[:i], f[end:]) {
				return true
			}
		}
	}
	return false
}

// datelineOf reports whether m's dateline names x's municipality, of
// m's state, and m's evidence names its own municipality nowhere as a
// town (namesOwnTown): m's place was read from a locality, and the
// dateline may tell the town.
func datelineOf(m, x *member) bool {
	return m.dateline != "" && m.dateline == x.muniName && m.muniName != "" &&
		m.it.Incident.Location.StateCode == x.it.Incident.Location.StateCode && !namesOwnTown(m)
}

// datelineState returns the INEGI code of the state a dateline that opens
// text abbreviates after its town ("CULIACÁN, Sin.-": "25"), or "".
func datelineState(text string) string {
	_, rest, ok := strings.Cut(text, ",")
	if !ok || dateline(text) == "" {
		return ""
	}
	rest = strings.TrimLeft(rest, " ")
	end := strings.IndexAny(rest, "-—–")
	if end < 0 || end > 12 {
		return ""
	}
	abbr := strings.NewReplacer(".", "", " ", "").Replace(fold.String(rest[:end]))
	return stateAbbr[abbr]
}

// stateAbbr are the folded abbreviations of the states in datelines, dots
// and spaces removed.
var stateAbbr = map[string]string{"ags": "01", "bc": "02", "bcs": "03", "camp": "04", "coah": "05", "col": "06",
	"chis": "07", "chih": "08", "cdmx": "09", "dgo": "10", "gto": "11", "gro": "12", "hgo": "13", "jal": "14",
	"mex": "15", "edomex": "15", "mich": "16", "mor": "17", "nay": "18", "nl": "19", "oax": "20", "pue": "21",
	"qro": "22", "qroo": "23", "slp": "24", "sin": "25", "son": "26", "tab": "27", "tamps": "28", "tam": "28",
	"tlax": "29", "ver": "30", "yuc": "31", "zac": "32"}

// namesOwnTown reports whether m's evidence names m's municipality as a
// town (not only as a colonia or a community's name: "la colonia Tierra
// Blanca"; not as where victims were carried). A town named as a road's
// end counts (the slips of geo weigh it).
func namesOwnTown(m *member) bool {
	return mentions(m, m.muniName, func(before, after string) bool {
		if carriedTo(before) {
			return false
		}
		b := strings.TrimRight(before, " ")
		for _, w := range [...]string{" colonia", " col.", " fraccionamiento", " barrio", " comunidad de", " neighborhood", " district"} {
			if strings.HasSuffix(b, w) {
				return false
			}
		}
		a := strings.TrimLeft(after, " ")
		return !strings.HasPrefix(a, "neighborhood") && !strings.HasPrefix(a, "neighbourhood") && !strings.HasPrefix(a, "district")
	})
}

// stateNamed reports whether m, placed at the seat of a municipality
// named as its state (Zacatecas, Chihuahua, Colima, Durango), names it
// only as English names the state ("in Zacatecas"): never in a dateline,
// nor as a city ("la ciudad de Zacatecas", "Zacatecas city", "the state
// capital"), nor in Spanish ("en Zacatecas" is as often the city).
func stateNamed(m *member) bool {
	in := &m.it.Incident
	if in.Location.Locality != "" || len(in.Evidence) == 0 || dateline(in.Evidence[0].Text) == m.muniName {
		return false
	}
	p := m.plainText()
	for _, w := range [...]string{" capital ", " ciudad de " + m.muniName + " ", " municipio de " + m.muniName + " ",
		" " + m.muniName + " city ", " city of " + m.muniName + " ", " cabecera "} {
		if strings.Contains(p, w) {
			return false
		}
	}
	// English names a state so ("in Zacatecas", "Zacatecas state");
	// Spanish "en Zacatecas" is as often the city.
	return strings.Contains(p, " in "+m.muniName+" ") && !strings.Contains(p, " en "+m.muniName+" ")
}

// carriedTo reports whether a place name after the folded text before
// names where victims were carried, not where the act was ("died in a
// hospital in Celaya", "trasladado a un hospital de Celaya", "the
// morgue in Chihuahua").
func carriedTo(before string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) > 60 {
		b = b[len(b)-60:]
	}
	for _, w := range [...]string{"hospital", "clinica", "clinic", "semefo", "morgue", "forense"} {
		if j := strings.LastIndex(b, w); j >= 0 && len(b)-j-len(w) <= 12 {
			return true // "hospital in", "hospital general de", "semefo de"
		}
	}
	for _, w := range [...]string{" taken to", " trasladado a", " trasladada a", " trasladados a", " trasladadas a", " llevado a", " llevados a"} {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

// roadEndOnly reports whether the evidence of m names m's municipality,
// and only as the end of a road or a reference ("the toll highway that
// links Monterrey with Nuevo Laredo", "en el tramo Allende-Montemorelos"):
// a place misread from a road's name.
func roadEndOnly(m *member) bool {
	return namedAsRoadEnd(m, m.muniName)
}

// namedAsRoadEnd reports whether m's evidence names the folded town name
// and only as a road's end (roadEnd).
func namedAsRoadEnd(m *member, name string) bool {
	if name == "" {
		return false
	}
	found := false
	for _, f := range m.folds() {
		for from := 0; ; {
			i := strings.Index(f[from:], name)
			if i < 0 {
				break
			}
			i += from
			end := i + len(name)
			from = end
			if i > 0 && isWordByte(f[i-1]) || end < len(f) && isWordByte(f[end]) {
				continue // inside another word
			}
			if !roadEnd(f[:i], f[end:]) {
				return false
			}
			found = true
		}
	}
	return found
}

// roadEnd reports whether a place name between folded texts before and
// after names the end of a road, or where people were heading ("si van
// pa Uruapan", "que se dirigía a Jerez", "dirección a Río Bravo"): after
// "carretera", "carretera a", "highway", "road to", "hacia", "se dirigía
// a", "dirección a", "entre",
// "between", "rumbo a", "toward" or a dash, or before a dash.
func roadEnd(before, after string) bool {
	b := strings.TrimRight(before, " ")
	a := strings.TrimLeft(after, " ")
	for _, d := range [...]string{"-", "–", "—"} {
		if strings.HasSuffix(b, d) || strings.HasPrefix(a, d) && !strings.HasPrefix(a, "—") {
			return true
		}
	}
	if len(b) > 40 {
		b = b[len(b)-40:]
	}
	for _, w := range [...]string{"carretera", "autopista", "highway", "road", "entre", "between", "rumbo a", "toward", "tramo", "libramiento", "de la", "del",
		"carretera a", "autopista a", "camino a", "road to", "highway to",
		"pa", "para", "hacia", "towards", "van a", "en camino a", "heading to", "headed to", "on their way to",
		"dirigia a", "dirigian a", "trasladaba a", "trasladaban a", "direccion a", "sentido a", "direction of", "bound for",
		"links", "linking", "connects", "connecting", "une a", "une", "conecta", "conecta a",
		"north of", "south of", "east of", "west of", "al norte de", "al sur de", "al oriente de", "al poniente de"} {
		if strings.HasSuffix(b, w) && (len(b) == len(w) || b[len(b)-len(w)-1] == ' ') {
			return true // b is w, or ends in a space and w
		}
	}
	return false
}

// kmApart reports whether the evidence of x and m give different
// kilometre points ("km 30", "kilómetro 98", "kilometro ciento ochenta y
// cuatro"): two acts on one road.
func kmApart(x, m *member) bool {
	a, b := x.kmPoints(), m.kmPoints()
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, k := range a {
		if slices.Contains(b, k) {
			return false
		}
	}
	return true
}

// kmPoints returns kmPoints of m's incident, computed once.
func (m *member) kmPoints() []int {
	if !m.kmDone {
		m.kms, m.kmDone = kmPoints(&m.it.Incident), true
	}
	return m.kms
}

// kmPoints returns the numbers that follow "km", "kilómetro" or
// "kilometer" in the evidence of in, but for a distance's conversion
// ("about 70 km (43 miles) farther northwest": 43 is no point).
func kmPoints(in *model.Incident) []int {
	var out []int
	for _, sp := range in.Evidence {
		if !mentionsKm(sp.Text) {
			continue
		}
		ws := evidenceWords(sp.Text)
		for i, w := range ws {
			switch w.folded {
			case "km", "kilometro", "kilometer", "kilometre":
				if v, n := numberRun(ws[i+1:]); n > 0 && !(i+1+n < len(ws) && mileWords[ws[i+1+n].folded]) {
					out = append(out, v)
				}
			}
		}
	}
	return out
}

// mileWords are the folded words of miles, which convert a distance in
// kilometres (kmPoints).
var mileWords = map[string]bool{"miles": true, "mile": true, "mi": true, "millas": true, "milla": true}

// mentionsKm reports whether text may give a kilometre point: it holds
// "km" or "kil" in any case.
func mentionsKm(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		switch text[i] | 0x20 {
		case 'k':
			if c := text[i+1] | 0x20; c == 'm' || c == 'i' && i+2 < len(text) && text[i+2]|0x20 == 'l' {
				return true
			}
		}
	}
	return false
}

// dateline returns the folded town of a dateline that opens text, in
// capitals before a comma ("SABINAS HIDALGO, N.L.—": "sabinas hidalgo"),
// or "".
func dateline(text string) string {
	head, _, ok := strings.Cut(text, ",")
	if !ok || len(head) < 3 || len(head) > 40 {
		return ""
	}
	letters := 0
	for _, r := range head {
		switch {
		case unicode.IsLower(r):
			return ""
		case unicode.IsUpper(r):
			letters++
		case r != ' ' && r != '.':
			return ""
		}
	}
	if letters < 3 {
		return ""
	}
	return fold.String(head)
}
