package gazetteer

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/trie"
)

// Mention is a place name found in a text.
type Mention struct {
	Start, End int     // byte span in the ORIGINAL text
	Text       string  // the original text of the span
	Candidates []Place // the places the name may denote, most likely first
	Fuzzy      bool    // matched by edit distance rather than exactly (after folding)
}

// Flags of a matched name.
const (
	flagFree      = 1 << iota // matched whatever its capitalization
	flagAmbiguous             // also an ordinary word or a person's name
	flagAcronym               // written in capitals: the text must be too
	flagCued                  // a state's abbreviation standing alone: see cuedPlace
)

// key is one folded name and the places it denotes.
type key struct {
	name   string
	ids    []int
	places []Place // the candidates, most likely first
	flags  uint8
}

// fuzzyTarget is a state or major city name that the fuzzy pass tries.
type fuzzyTarget struct {
	name string // folded
	mask uint32 // letters present
	key  int    // index into matcher.keys
}

// nearTarget is an entry of matcher.near: a fuzzy target's index with what
// the filter before its edit distance reads, side by side.
type nearTarget struct {
	mask  uint32 // the target's letters
	edits int32  // fuzzyDistance of its name
	ti    int32  // index into matcher.targets
}

// matcher finds gazetteer names in folded text.
type matcher struct {
	names   *trie.Trie // the keys' names, matched at word starts
	keys    []key
	byName  map[string]int // folded name -> index into keys
	targets []fuzzyTarget
	// near[n] lists, in order, the targets whose length is within their
	// edit distance of a word of n bytes (6 to 16).
	near  [17][]nearTarget
	words map[string]uint8 // folded context words -> wordXxx class
	// sounds maps the spoken form (phonetic) of the names of states and
	// municipalities to their key, -1 when two names sound alike; it
	// reads transcripts' spellings ("apatsingan", "acatlan de juares").
	sounds map[string]int
	// joined maps the spoken form of the one-word names among them to
	// their key: a transcript may split such a name in two ("villa
	// ermosa" for Villahermosa).
	joined map[string]int
	// stated maps the spoken form of the names of municipalities that are
	// also words or persons' names ("allende", "lazaro cardenas") to
	// their key: heard only right before the name of a state of theirs
	// ("en ayende nuevo leon"), which picks the town.
	stated map[string]int
	// states maps a state's code to the folded names of the state, for
	// stated.
	states map[string][]string
	// shadowed maps a short form of municipalities' names that another
	// place's name already takes ("totolapan" for San Miguel Totolapan,
	// Guerrero, beside Totolapan, Morelos) to those municipalities' ids:
	// found only where a state named right after the name picks them.
	shadowed map[string][]int
}

// Classes of context words.
const (
	wordStreet  = 1 << iota // the following name is a street, not the town
	wordCartel              // the following name is part of a cartel's name
	wordCue                 // the following name is a place ("en", "municipio de")
	wordNear                // fuzzy candidates must not be these ordinary words
	wordSurname             // a common surname: an ambiguous name before it is a given name
)

// newMatcher builds the automaton over every name of the gazetteer.
func newMatcher(g *Gazetteer) *matcher {
	m := &matcher{byName: make(map[string]int, len(g.places)*2), words: contextWords()}
	ambiguous := ambiguousNames()
	generic := genericNames()
	add := func(name string, p Place) {
		k := normKey(fold.String(name))
		acr := isAcronym(name)
		if len(k) < 3 && !acr || strings.IndexFunc(k, unicode.IsLetter) < 0 {
			return
		}
		if p.Kind == Locality && generic[k] {
			return
		}
		i, ok := m.byName[k]
		if !ok {
			i = len(m.keys)
			m.byName[k] = i
			fl := uint8(0)
			if acr {
				fl |= flagAcronym
			}
			if ambiguous[k] {
				fl |= flagAmbiguous
			}
			m.keys = append(m.keys, key{name: k, flags: fl})
		}
		e := &m.keys[i]
		if !acr {
			e.flags &^= flagAcronym
		}
		if p.Kind != Locality && (p.Kind != Municipality || p.Population > 0) {
			e.flags |= flagFree
		}
		if !slices.Contains(e.ids, p.ID) {
			e.ids = append(e.ids, p.ID)
		}
	}
	for id, p := range g.places {
		add(p.Name, p)
		for _, a := range g.aliases[id] {
			if !strings.HasPrefix(a, "~") && !strings.HasPrefix(a, "+") {
				add(a, p)
			}
		}
		// "Ciudad Juárez" is also written "Cd. Juárez" and "Cd Juárez".
		for _, n := range append([]string{p.Name}, g.aliases[id]...) {
			if rest, ok := strings.CutPrefix(n, "Ciudad "); ok && p.Kind != Locality && p.Kind != State {
				add("Cd. "+rest, p)
				add("Cd "+rest, p)
				add("Cuidad "+rest, p) // a common misspelling ("Cuidad Juarez")
			}
		}
	}
	// A region of a state told by the state's adjective ("la Huasteca
	// potosina", "el norte sinaloense") is the state.
	fem, masc := regionNouns()
	for code, d := range stateDemonyms() {
		id, ok := g.states[code]
		if !ok {
			continue
		}
		for _, n := range fem {
			add(n+" "+d[1], g.places[id])
		}
		for _, n := range masc {
			add(n+" "+d[0], g.places[id])
		}
	}
	// A state's capital told in English by the state's adjective, name
	// or possessive ("the Sinaloan capital", "the Potosino capital",
	// "Sinaloa's capital", "the Zacatecas state capital") is the
	// capital's municipality, as "la capital sinaloense" is by its alias.
	for code, id := range g.states {
		if c, ok := g.Capital(code); ok {
			for _, n := range capitalNames(code, g.places[id].Name, g.aliases[id]) {
				add(n, c)
			}
		}
	}
	// People shorten a municipality's name by its trailing qualifier
	// ("Tepeji del Río" for Tepeji del Río de Ocampo, "Tlapa" for Tlapa de
	// Comonfort): index the short form when no other place has it. A
	// one-word short form is matched like an ambiguous name (capitalized,
	// with support), since it may be an ordinary word.
	shortStop := shortStops()
	shorts := map[string][]int{}
	for id, p := range g.places {
		if p.Kind != Municipality {
			continue
		}
		if sh, ok := shortName(p.Name); ok {
			k := normKey(fold.String(sh))
			shorts[k] = append(shorts[k], p.ID)
		}
		if sh, ok := saintless(p.Name); ok {
			k := normKey(fold.String(sh))
			shorts[k] = append(shorts[k], p.ID)
		}
		for _, a := range g.aliases[id] {
			// "Ejutla" for Heroica Ciudad de Ejutla de Crespo, whose
			// name in use is Ejutla de Crespo (the end of its name; not
			// "Perla" for Guadalajara's "Perla de Occidente").
			if sh, ok := shortName(a); ok && strings.HasSuffix(p.Name, " "+a) {
				k := normKey(fold.String(sh))
				shorts[k] = append(shorts[k], p.ID)
			}
		}
	}
	// A locality named by a settlement word before its name ("Campestre
	// Flamboyanes", "Fraccionamiento Las Palmas") is told by the name
	// alone ("a la altura de Flamboyanes"); the same rules apply.
	for _, p := range g.places {
		if p.Kind != Locality {
			continue
		}
		if sh, ok := settlementName(p.Name); ok {
			k := normKey(fold.String(sh))
			shorts[k] = append(shorts[k], p.ID)
		}
		// Its other names in GeoNames ("Maneadero", "Nueva Italia"),
		// marked "+" in the table.
		for _, a := range g.aliases[p.ID] {
			if sh, ok := strings.CutPrefix(a, "+"); ok {
				k := normKey(fold.String(sh))
				if !slices.Contains(shorts[k], p.ID) {
					shorts[k] = append(shorts[k], p.ID)
				}
			}
		}
	}
	for k, ids := range shorts {
		if len(k) < 5 || generic[k] || shortStop[k] {
			continue
		}
		if _, taken := m.byName[k]; taken {
			// Kept for a state named beside it or by the text: all the
			// places so shortened.
			if m.shadowed == nil {
				m.shadowed = map[string][]int{}
			}
			m.shadowed[k] = ids
			continue
		}
		if len(ids) != 1 {
			continue
		}
		add(k, g.places[ids[0]])
		if !strings.Contains(k, " ") {
			m.keys[m.byName[k]].flags |= flagAmbiguous
		}
	}
	// A state's abbreviation that datelines write after a town ("Celaya,
	// GTO", see abbreviated) also stands alone in headlines ("en NL",
	// "GTO: ..."): matched in capitals where a place is told (cuedPlace).
	for _, a := range cuedAbbreviations() {
		k := normKey(fold.String(a))
		id, ok := g.stateNames[k]
		if _, taken := m.byName[k]; taken || !ok {
			continue
		}
		m.byName[k] = len(m.keys)
		m.keys = append(m.keys, key{name: k, ids: []int{id}, flags: flagFree | flagAcronym | flagCued})
	}
	// Hyphenated names ("Guadalajara-Colima") are also written with spaces
	// around the dash.
	n := len(m.keys)
	for i := 0; i < n; i++ {
		if strings.Contains(m.keys[i].name, "-") {
			alt := strings.ReplaceAll(m.keys[i].name, "-", " - ")
			if _, ok := m.byName[alt]; !ok {
				m.byName[alt] = len(m.keys)
				c := m.keys[i]
				c.name = alt
				m.keys = append(m.keys, c)
			}
		}
	}
	patterns := make([]string, len(m.keys))
	for i := range m.keys {
		e := &m.keys[i]
		e.places = make([]Place, len(e.ids))
		for j, id := range e.ids {
			e.places[j] = g.places[id]
		}
		slices.SortStableFunc(e.places, comparePrior)
		for j := range e.places {
			e.ids[j] = e.places[j].ID
		}
		patterns[i] = e.name
	}
	m.names = trie.New(patterns, isWordByte)

	// Spoken forms of the names of states and municipalities.
	m.sounds = map[string]int{}
	m.joined = map[string]int{}
	m.stated = map[string]int{}
	m.states = map[string][]string{}
	for i, e := range m.keys {
		for _, p := range e.places {
			if p.Kind == State && e.flags&flagCued == 0 && !slices.Contains(m.states[p.StateCode], e.name) {
				m.states[p.StateCode] = append(m.states[p.StateCode], e.name)
			}
		}
		if len(e.name) < 6 || e.flags&flagAcronym != 0 || strings.ContainsAny(e.name, "-.") {
			continue
		}
		if e.flags&flagAmbiguous != 0 {
			if town(e.places) {
				k := fold.Sound(e.name)
				m.stated[k] = m.soundOf(m.stated, k, i)
			}
			continue
		}
		// A locality's name of several words ("cofradia de juarez") is
		// distinctive enough to be heard too.
		major := strings.Contains(e.name, " ")
		for _, p := range e.places {
			if p.Kind == State || p.Kind == Municipality {
				major = true
			}
		}
		if !major {
			continue
		}
		k := fold.Sound(e.name)
		kj := fold.Sound(strings.ReplaceAll(e.name, " ", ""))
		m.joined[kj] = m.soundOf(m.joined, kj, i)
		m.sounds[k] = m.soundOf(m.sounds, k, i)
	}

	// Fuzzy targets: state names and the names of large municipalities,
	// single words of at least six letters.
	for i, e := range m.keys {
		if len(e.name) < 6 || strings.ContainsAny(e.name, " -.") || e.flags&(flagAmbiguous|flagAcronym) != 0 {
			continue
		}
		major := false
		for _, p := range e.places {
			if p.Kind == State || p.Kind == Municipality && p.Population >= 250000 {
				major = true
			}
		}
		if major {
			m.targets = append(m.targets, fuzzyTarget{name: e.name, mask: letterMask(e.name), key: i})
		}
	}
	for n := 6; n < len(m.near); n++ {
		for ti, tg := range m.targets {
			if abs(len(tg.name)-n) <= fuzzyDistance(tg.name) {
				m.near[n] = append(m.near[n], nearTarget{mask: tg.mask, edits: int32(fuzzyDistance(tg.name)), ti: int32(ti)})
			}
		}
	}
	return m
}

// soundOf returns the key that the spoken form k names in sounds once the
// key i sounds as k too: i when k is new or names i already, -1 when
// two places sound alike. Two spellings of one place ("ciudad acuna",
// "siudad akunja"; "oaxaca de juarez" for the municipality, "oaxaka de
// juarez" for its seat) are no clash: the one whose first place ranks
// first is kept.
func (m *matcher) soundOf(sounds map[string]int, k string, i int) int {
	j, ok := sounds[k]
	switch {
	case !ok || j == i:
		return i
	case j < 0 || !samePlaces(m.keys[j].places, m.keys[i].places):
		return -1
	case comparePrior(m.keys[i].places[0], m.keys[j].places[0]) < 0:
		return i
	}
	return j
}

// samePlaces reports whether a and b name places of the same
// municipalities (of the same states, for states): one place spelt two
// ways, or a municipality and its seat.
func samePlaces(a, b []Place) bool {
	where := func(ps []Place) []string {
		w := make([]string, 0, len(ps))
		for _, p := range ps {
			switch {
			case p.Kind == State:
				w = append(w, p.StateCode)
			case p.MunicipalityCode != "":
				w = append(w, p.MunicipalityCode)
			default:
				w = append(w, "#"+strconv.Itoa(p.ID))
			}
		}
		slices.Sort(w)
		return slices.Compact(w)
	}
	return slices.Equal(where(a), where(b))
}

// comparePrior orders candidates before any context is known: states
// first, then by population, then by kind.
func comparePrior(a, b Place) int {
	if (a.Kind == State) != (b.Kind == State) {
		if a.Kind == State {
			return -1
		}
		return 1
	}
	if a.Population != b.Population {
		if a.Population > b.Population {
			return -1
		}
		return 1
	}
	if a.Kind != b.Kind {
		return int(a.Kind) - int(b.Kind)
	}
	return a.ID - b.ID
}

// normKey trims s and turns each run of white space in it into one space.
func normKey(s string) string {
	if normal(s) {
		return s // most keys: no copy
	}
	return strings.Join(strings.Fields(s), " ")
}

// normal reports whether normKey(s) is s: no white space but single
// spaces between words. A byte that may begin a non-ASCII space (U+0085,
// U+00A0, U+1680, U+2000–U+205F, U+3000) says no.
func normal(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
		case '\t', '\n', '\v', '\f', '\r', 0xC2, 0xE1, 0xE2, 0xE3:
			return false
		}
	}
	return true
}

// foldKey folds a name to the form used as a lookup key.
func foldKey(s string) string { return normKey(fold.String(s)) }

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2 && n <= 5
}

func letterMask(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			m |= 1 << (c - 'a')
		}
	}
	return m
}

// isWordByte reports whether folded byte c belongs to a word. Bytes of
// non-ASCII runes count as letters.
func isWordByte(c byte) bool { return wordBytes[c] }

// wordBytes holds isWordByte's answer for each byte: one load where the
// matcher scans a text byte by byte.
var wordBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 || c >= 'A' && c <= 'Z'
	}
	return t
}()

// prevWord returns the folded word ending before position i of f, and the
// position where it starts. Spaces, periods and a hashtag's '#' ("en
// #García") may separate it.
func prevWord(f string, i int) (string, int) {
	j := i
	for j > 0 && wordGap(f[j-1]) {
		j--
	}
	k := j
	for k > 0 && isWordByte(f[k-1]) {
		k--
	}
	return f[k:j], k
}

// wordGap reports whether c is one of the bytes prevWord skips before a
// word.
func wordGap(c byte) bool {
	return c == ' ' || c == '.' || c == '\n' || c == '\t' || c == '#'
}

// nextWord returns the folded word starting after position i of f.
func nextWord(f string, i int) string {
	j := i
	for j < len(f) && (f[j] == ' ' || f[j] == '\n' || f[j] == '\t') {
		j++
	}
	k := j
	for k < len(f) && isWordByte(f[k]) {
		k++
	}
	return f[j:k]
}

// Find returns the place names in text, in text order, non-overlapping,
// the longest match winning. Names are matched after folding case and
// accents; the names that are also ordinary words or people's names must
// be capitalized in text, and names after a street word ("avenida Hidalgo",
// "calle Morelos", "colonia Juárez") or within a cartel's name ("Cártel de
// Sinaloa") are left out. A bounded fuzzy pass over capitalized words
// catches misspelled state and city names ("Yalisco", "Guanajato").
func (g *Gazetteer) Find(text string) []Mention {
	if isSlug(text) {
		return g.find(text, fold.New(unslug(text)), true)
	}
	return g.find(text, fold.New(text), false)
}

// FindFolded is Find on text already folded (ft.Source() is the text): a
// caller that has folded a whole report need not fold it again.
func (g *Gazetteer) FindFolded(ft fold.Text) []Mention {
	if isSlug(ft.Source()) {
		return g.Find(ft.Source())
	}
	return g.find(ft.Source(), ft, false)
}

// find is Find on t, the fold of orig or, for a slug, of orig unslugged.
func (g *Gazetteer) find(orig string, t fold.Text, slug bool) []Mention {
	text := t.Source()
	m := g.matcher
	f := t.Folded
	var out []Mention
	last := 0 // end of the last accepted match, in folded bytes
	// A text with no capital letter at all (a speech transcript, a URL
	// slug) cannot capitalize names; see accept.
	lower := lowerSpeech(text)
	if slug {
		_, n := utf8.DecodeRuneInString(text)
		lower = strings.IndexFunc(text[n:], unicode.IsUpper) < 0
	}
	for r, ok := m.names.Next(f, 0); ok; r, ok = m.names.Next(f, r.Start+1) {
		s, e := r.Start, r.End
		if s < last || e < len(f) && isWordByte(f[e]) {
			continue
		}
		k := &m.keys[r.Pattern]
		os, oe := t.Span(s, e)
		if !m.accept(k, text, t, s, e, os, oe, lower, slug) {
			continue
		}
		last = e
		out = append(out, Mention{Start: os, End: oe, Text: text[os:oe], Candidates: slices.Clone(k.places)})
	}
	if lower && !slug {
		out = m.spoken(text, t, out)
	}
	if len(m.targets) > 0 {
		out = m.fuzzy(text, t, out)
	}
	if slug {
		for i := range out {
			out[i].Text = orig[out[i].Start:out[i].End]
		}
	}
	return out
}

// lowerSpeech reports whether text has no capital letter but in the
// speakers' labels that open its lines or its turns ("PRESIDENTA: ...",
// "SECRETARIO DE SEGURIDAD: ...", "HOST: ...", "... sigue / PREGUNTA:
// ..."): a transcript whose speech is lowercase.
func lowerSpeech(text string) bool {
	for from := 0; ; {
		k := strings.IndexFunc(text[from:], unicode.IsUpper)
		if k < 0 {
			return true
		}
		k += from
		line := strings.LastIndexByte(text[:k], '\n') + 1
		if line != k && !strings.HasSuffix(text[:k], " / ") {
			return false // a capital inside a line, not opening a turn
		}
		end := SpeakerLabelEnd(text[k:])
		if end < 0 {
			return false
		}
		from = k + end
	}
}

// SpeakerLabelEnd returns the length of the speaker's label that opens
// line s of a transcript, up to its colon, or -1: capitals, spaces and
// dots, at most 40 bytes ("SECRETARIO DE SEGURIDAD:", "HOST:").
func SpeakerLabelEnd(s string) int {
	for i, r := range s {
		switch {
		case r == ':':
			if i < 2 {
				return -1
			}
			return i + 1
		case i >= 40 || !unicode.IsUpper(r) && r != ' ' && r != '.':
			return -1
		}
	}
	return -1
}

// spoken adds to the exact mentions of an all-lowercase text (a speech
// transcript) the names of states and municipalities spelled as they sound
// ("en apatsingan", "a la altura de acatlan de juares") after a place
// preposition; a longer spoken name replaces the exact ones it covers
// ("acatlan" in "acatlan de juares").
func (m *matcher) spoken(text string, t fold.Text, exact []Mention) []Mention {
	f := t.Folded
	var starts, ends []int // word boundaries in f
	for i := 0; i < len(f); {
		if !isWordByte(f[i]) {
			i++
			continue
		}
		j := i
		for j < len(f) && isWordByte(f[j]) {
			j++
		}
		starts, ends = append(starts, i), append(ends, j)
		i = j
	}
	out := exact
	changed := false
	for w := 1; w < len(starts); w++ {
		prep := f[starts[w-1]:ends[w-1]]
		switch prep {
		case "en", "de", "por", "hacia", "desde", "rumbo",
			"in", "of", "near",
			"dias", "tardes", "noches": // a station greets its town ("buenos dias caheme")
		default:
			continue
		}
		for n := min(5, len(starts)-w); n >= 1; n-- {
			s, e := starts[w], ends[w+n-1]
			if e-s < 6 {
				break
			}
			name := f[s:e]
			k, ok := m.sounds[fold.Sound(name)]
			if n >= 2 {
				// A town's one-word name heard as two ("villa ermosa" for
				// Villahermosa) before a village's name of two words.
				if kj, okj := m.joined[fold.Sound(strings.ReplaceAll(name, " ", ""))]; okj && kj >= 0 && town(m.keys[kj].places) && (!ok || k < 0 || !town(m.keys[k].places)) {
					k, ok = kj, true
				}
			}
			var cands []Place
			if !ok || k < 0 {
				cands = m.statedTown(f, name, e)
				if cands == nil && prep == "en" && !ofFollows(f, e) {
					cands = m.sameStateTowns(name, out) // spoken.go
				}
			}
			if cands == nil && (!ok || k < 0 || m.keys[k].name == name) {
				continue
			}
			if cands == nil {
				cands = slices.Clone(m.keys[k].places)
			}
			os, oe := t.Span(s, e)
			// Drop the shorter exact mentions it covers; give way to a
			// longer or overlapping one.
			clash := false
			kept := out[:0:0]
			for _, x := range out {
				switch {
				case x.End <= os || x.Start >= oe:
					kept = append(kept, x)
				case x.Start >= os && x.End <= oe && x.End-x.Start < oe-os:
				default:
					clash = true
					kept = append(kept, x)
				}
			}
			if clash {
				continue
			}
			out = append(kept, Mention{Start: os, End: oe, Text: text[os:oe], Candidates: cands, Fuzzy: true})
			changed = true
			break
		}
	}
	if changed {
		slices.SortFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	}
	return out
}

// statedTown returns the places, in the state named right after folded
// offset e of f, of the municipality whose name is also a word or a
// person's and sounds as the folded name ("en ayende nuevo leon",
// "lasaro cardenas michoacan"); nil when no such state's name follows.
func (m *matcher) statedTown(f, name string, e int) []Place {
	k, ok := m.stated[fold.Sound(name)]
	if !ok || k < 0 {
		return nil
	}
	rest := strings.TrimLeft(f[e:], " ,")
	var out []Place
	for _, p := range m.keys[k].places {
		if p.Kind != Municipality {
			continue
		}
		for _, st := range m.states[p.StateCode] {
			if strings.HasPrefix(rest, st) && (len(rest) == len(st) || !isWordByte(rest[len(st)])) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// isSlug reports whether text is a URL or its slug rather than prose:
// "asesinan-a-un-comerciante-en-yautepec", "https://diario.mx/juarez/...".
// Such titles reach the gazetteer when a page has no headline.
func isSlug(text string) bool {
	text = strings.TrimSpace(text)
	return len(text) >= 12 && !strings.ContainsAny(text, " \t\n") && strings.Count(text, "-")+strings.Count(text, "_") >= 2
}

// unslug makes a slug's separators spaces, byte for byte, so that offsets
// into it are offsets into the slug.
func unslug(text string) string {
	b := []byte(text)
	for i, c := range b {
		switch c {
		case '-', '_', '/':
			b[i] = ' '
		}
	}
	return string(b)
}

// accept applies the capitalization and context rules to a match of k at
// folded [s, e), original [os, oe).
func (m *matcher) accept(k *key, text string, t fold.Text, s, e, os, oe int, lower, slug bool) bool {
	f := t.Folded
	orig := text[os:oe]
	if k.flags&flagAcronym != 0 && strings.IndexFunc(orig, unicode.IsLower) >= 0 {
		return false
	}
	if k.flags&flagCued != 0 && !cuedPlace(text, f, s, os, oe) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(orig)
	capital := unicode.IsUpper(first) || unicode.IsDigit(first)
	w1, p1 := prevWord(f, s)
	if strings.IndexByte(f[p1+len(w1):s], '\n') >= 0 {
		// The last word of the line before ("... on roof of hospital\n
		// Sinaloa: ...") is no street or cue of this name.
		w1, p1 = "", s
	}
	if (k.flags&flagFree == 0 || k.flags&flagAmbiguous != 0) && !capital {
		// In an all-lowercase text a name that is not ambiguous may
		// stand after a place preposition: "a la altura de sayula",
		// "en ocotlan".
		w2, p2 := prevWord(f, p1)
		cue := w1 == "en" || w1 == "de" && (placeNoun(w2) || slug && (venueNoun(w2) || enBefore(f, p2, 3) && !colonyWord(w2)))
		// In a slug, "en-juarez" is the city: a name that is a word
		// may stand after "en" when it names a town.
		amb := k.flags&flagAmbiguous != 0 && !(slug && w1 == "en" && town(k.places) && !ofFollows(f, e))
		// "en el municipio de villa de Alvarez": the cue names what
		// follows a town, whatever its capitals, and a town's name that
		// is also a word or a surname ("municipio de lerdo") is the town.
		municipio := w1 == "de" && w2 == "municipio"
		if municipio && lower && town(k.places) {
			amb = false
		}
		if lower && !slug && spokenTown(f, k, s, e, w1, p1, amb) { // spoken.go
			amb, cue = false, true
		}
		if !lower && !municipio || amb || !cue {
			return false
		}
	}
	c1 := m.words[w1]
	if c1&wordStreet != 0 && !(districtWord(w1) && bigDistrict(k.places)) {
		// "calle Morelos", "colonia Jalisco"; but "la colonia Roma
		// Norte" is the city's district of that name.
		return false
	}
	if c1&wordCartel != 0 {
		return false
	}
	if w1 == "the" && strings.HasPrefix(k.name, "rio ") {
		switch nextWord(f, e) {
		case "municipality", "municipal", "town", "city":
			// "in the Río Grande municipality": the town
		default:
			return false // "across the Rio Grande from Brownsville": the river, not Río Grande, Zacatecas
		}
	}
	if w1 == "con" || w1 == "de" {
		if w2, _ := prevWord(f, p1); w2 == "esquina" {
			return false // "casi esquina con Manzanillo": a street
		}
	}
	if (w1 == "y" || w1 == "e") && streetsBefore(f, p1) {
		return false // "las calles Sinaloa y Jalisco": the second street
	}
	if w1 == "de" || w1 == "del" {
		w2, p2 := prevWord(f, p1)
		if m.words[w2]&wordCartel != 0 || roadOrDevotion(w2) && namesRoad(text, t, f, p2) {
			// "Cártel de Sinaloa"; "Calzada de Guadalupe", "Paseo de
			// la Reforma"; "Virgen de Guadalupe"
			return false
		}
	}
	if numberWord(k.name) && countedNoun(nextWord(f, e)) {
		return false // "Catorce bloqueos": a number, not Catorce, SLP
	}
	if enStreetAfter(text, t, e) {
		return false // "Hidalgo Street", "at Morelos and Guerrero streets"
	}
	switch nextWord(f, e) {
	case "cartel", "cartels", "carteles":
		return false
	case "nueva", "new":
		if k.name == "jalisco" {
			return false
		}
	case "of":
		if k.name == "mexico state" {
			// "in the western Mexico state of Michoacan": the country's
			// state named after "of", not the State of Mexico.
			return false
		}
	}
	if k.flags&flagAmbiguous != 0 && e < len(f) && f[e] == ' ' && m.words[nextWord(f, e)]&wordSurname != 0 {
		// "Soledad García", "Guadalupe Hernández": a given name, then a
		// capitalized surname, is a person.
		if r, _ := utf8.DecodeRuneInString(text[t.Orig(e+1):]); unicode.IsUpper(r) && strings.IndexFunc(text[t.Orig(e+1):min(len(text), t.Orig(e+1)+12)], unicode.IsLower) >= 0 {
			return false
		}
	}
	if k.flags&flagAmbiguous != 0 && c1&wordCue == 0 && w1 != "" {
		// "Miguel Hidalgo", "Pedro Zaragoza": a capitalized word before an
		// ambiguous name makes it part of a person's name.
		// A function word written "De", "La", "Sobre" is capitalized
		// only by a Title Case headline's style: "Policías De
		// Guadalupe" is "policías de Guadalupe". (Not "A", which
		// stands before persons: "Detienen A Miguel Hidalgo"; nor a
		// word in capitals, which may be a person's "DE".)
		// A common given name makes it a person's even where it opens
		// a sentence ("Feminicidio 69: María Guadalupe es asesinada").
		if r, _ := utf8.DecodeRuneInString(text[t.Orig(p1):]); unicode.IsUpper(r) && (!sentenceStart(f, p1) || givenName(w1)) && !capsAfterCue(text, f, os, oe, w1, p1) && !titledFunctionWord(text[t.Orig(p1):], w1) {
			return false
		}
	}
	return true
}

// cuedPlace reports whether a state's abbreviation standing alone at
// folded offset s, original [os, oe), is told as a place: after a place
// preposition ("asesinan a dos en NL", "in BC", "policías de GTO") or
// heading its line ("GTO: two bodies found", "NL | ..."). A hashtag
// ("#TAMPS") is not enough: outlets tag people and gangs alike.
func cuedPlace(text, f string, s, os, oe int) bool {
	if os > 0 && text[os-1] == '#' {
		return false
	}
	before := strings.TrimRight(text[:os], " \t")
	if before == "" || strings.HasSuffix(before, "\n") {
		rest := strings.TrimLeft(text[oe:], " ")
		return rest != "" && strings.IndexByte(":-|", rest[0]) >= 0
	}
	w1, p1 := prevWord(f, s)
	if strings.IndexByte(f[p1+len(w1):s], '\n') >= 0 {
		return false
	}
	switch w1 {
	case "en", "in", "de", "del", "of":
		return true
	}
	return false
}

// streetsBefore reports whether a plural street word opens, a few words
// before folded position p (a "y" joining two names), the first of two
// streets' names: "las calles Sinaloa y Jalisco", "avenidas Benito
// Juárez y Colima". No comma comes between.
func streetsBefore(f string, p int) bool {
	for range 4 {
		w, q := prevWord(f, p)
		if w == "" || strings.IndexByte(f[q:p], ',') >= 0 {
			return false
		}
		switch w {
		case "calles", "avenidas", "calzadas":
			return true
		case "en", "de", "del", "y":
			return false
		}
		p = q
	}
	return false
}

// enBefore reports whether "en" is one of the n words before folded
// position i: a slug's "en-la-zona-costera-de-tulum" places what follows
// "de" (the caller leaves out a colonia's name: "en-parajes-de-san-isidro").
func enBefore(f string, i, n int) bool {
	for ; n > 0; n-- {
		w, k := prevWord(f, i)
		if w == "en" {
			return true
		}
		if w == "" {
			return false
		}
		i = k
	}
	return false
}

// enStreetAfter reports whether an English street word follows the name
// ending at folded position e of t, so that the name is a street's:
// "Hidalgo Street", "Juárez Avenue" (capitalized: "on Uruapan street",
// "Zapopan avenues" are the town's), or, two names before a plural,
// "Morelos and Guerrero streets".
func enStreetAfter(text string, t fold.Text, e int) bool {
	f := t.Folded
	w := nextWord(f, e)
	switch w {
	case "street", "avenue", "boulevard", "blvd", "st", "ave":
		j := strings.Index(f[e:], w) + e
		r, _ := utf8.DecodeRuneInString(text[t.Orig(j):])
		return unicode.IsUpper(r)
	case "and":
	default:
		return false
	}
	// "and", then one or two words, then the plural
	at := e
	for n := 0; n < 3; n++ {
		at = strings.Index(f[at:], w) + at + len(w)
		if w = nextWord(f, at); w == "" {
			return false
		}
		if n > 0 && (w == "streets" || w == "avenues") {
			return true
		}
	}
	return false
}

// roadOrDevotion reports whether the folded word w, before "de", makes
// the name after it a road's ("calzada", "avenida", "paseo") or a
// devotion's ("virgen", "basílica"): no place of that name.
func roadOrDevotion(w string) bool {
	switch w {
	case "avenida", "av", "calle", "calzada", "calz", "bulevar", "boulevard", "blvd", "paseo", "prolongacion",
		"privada", "andador", "cerrada", "callejon", "circuito", "eje", "retorno", "glorieta",
		"virgen", "basilica", "santuario":
		return true
	}
	return false
}

// namesRoad reports whether the road or devotion word at folded position
// p of t opens a name: written with a capital ("Calzada de Guadalupe",
// not "una calle de Cancún", the town's) after no other capitalized word
// ("la Quinta Avenida de Playa del Carmen" names the town after it).
func namesRoad(text string, t fold.Text, f string, p int) bool {
	if r, _ := utf8.DecodeRuneInString(text[t.Orig(p):]); !unicode.IsUpper(r) {
		return false
	}
	w, q := prevWord(f, p)
	if w == "" || sentenceStart(f, p) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[t.Orig(q):])
	return !unicode.IsUpper(r)
}

// givenName reports whether the folded word w is a common given name,
// which a place's name that is also a person's ("Guadalupe", "Soledad")
// follows only in a person's name.
func givenName(w string) bool {
	switch w {
	case "maria", "ma", "jose", "juan", "ana", "rosa", "luz", "jesus", "miguel", "luis", "carlos", "jorge",
		"manuel", "antonio", "martha", "blanca", "claudia", "laura":
		return true
	}
	return false
}

// titledFunctionWord reports whether the original text at, whose folded
// first word is w, starts with a preposition, article or conjunction
// written in Title Case ("De", "La", "Sobre"): a word no person's name
// ends with, capitalized by the headline's style. "A" and "Al", which
// stand before persons, are not counted.
func titledFunctionWord(at, w string) bool {
	switch w {
	case "de", "del", "la", "el", "los", "las", "por", "sobre", "entre", "tras", "hacia", "hasta", "desde", "bajo":
	default:
		return false
	}
	r, n := utf8.DecodeRuneInString(at)
	if !unicode.IsUpper(r) {
		return false
	}
	rest := at[n:]
	if k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		rest = rest[:k]
	}
	return rest != "" && strings.IndexFunc(rest, unicode.IsUpper) < 0
}

// districtWord reports whether folded word w names a city's district
// ("colonia", "barrio").
func districtWord(w string) bool {
	switch w {
	case "colonia", "col", "barrio", "fraccionamiento", "fracc":
		return true
	}
	return false
}

// bigDistrict reports whether ps are all localities of known size, 10,000
// inhabitants or more: a big city's districts (Roma Norte, Tepito).
func bigDistrict(ps []Place) bool {
	for _, p := range ps {
		if p.Kind != Locality || p.Population < townSize {
			return false
		}
	}
	return len(ps) > 0
}

// numberWord reports whether a folded name is also a Spanish or English
// number word ("catorce", "once").
func numberWord(w string) bool {
	switch w {
	case "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
		"catorce", "quince", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
		"noventa", "cien", "ciento", "mil", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// countedNoun reports whether a folded word can be what a number before it
// counts: a plural ("bloqueos", "muertos", "people").
func countedNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") || w == "people" || w == "personas"
}

// capsAfterCue reports whether the name at original [os, oe), in a stretch
// written in capitals ("EN EL MUNICIPIO DE ÁLVARO OBREGÓN", "EN LAS CALLES
// DE JUÁREZ"), follows "de" after a word of a place's kind, parts, people
// or offices (ofPlaceWord: "municipio", "calles", "alcalde"): there the
// capital "DE" tells nothing of a person's name, and the cue says a
// place follows. w1 is the folded word before the name, p1 its start.
func capsAfterCue(text, f string, os, oe int, w1 string, p1 int) bool {
	if strings.IndexFunc(text[max(0, os-40):oe], unicode.IsLower) >= 0 {
		return false
	}
	if w1 != "de" {
		return false
	}
	w2, _ := prevWord(f, p1)
	return ofPlaceWord(w2) // "MUNICIPIO DE", "CALLES DE", "ALCALDE DE"
}

// ofFollows reports whether "de" or "del" follows folded position e:
// "en-centro-de-la-villa" names the centre of a town, not Centro.
func ofFollows(f string, e int) bool {
	w := nextWord(f, e)
	return w == "de" || w == "del"
}

// town reports whether one of ps is a state or a municipality.
func town(ps []Place) bool {
	for _, p := range ps {
		if p.Kind == State || p.Kind == Municipality {
			return true
		}
	}
	return false
}

// placeNoun reports whether w, before "de", introduces a place name:
// "altura de", "municipio de".
func placeNoun(w string) bool {
	switch w {
	case "altura", "municipio", "ciudad", "poblado", "localidad", "comunidad", "puerto", "estado", "cabecera",
		"alcaldia", "municipal":
		return true
	}
	return false
}

// enPlaceNoun reports whether w is an English noun of a place that a
// demonym may qualify: "the Sonoran municipality", "a Sinaloan town".
func enPlaceNoun(w string) bool {
	switch w {
	case "municipality", "municipalities", "town", "towns", "city", "cities", "capital", "village",
		"villages", "port", "coast", "border", "state", "desert", "mountains", "sierra", "community",
		"communities", "highway", "countryside", "side", "authorities", "police", "prosecutors", "officials":
		return true
	}
	return false
}

// venueNoun reports whether w is a place of a town that a URL slug
// names before "de" and the town: "bar-de-coquimatlan",
// "brecha-de-comala", "centro-de-comala", "cerca-de-armeria".
func venueNoun(w string) bool {
	switch w {
	case "bar", "brecha", "centro", "calles", "colonias", "basurero", "municipal", "zona", "cerca", "inmediaciones",
		"afueras", "carretera", "mercado", "panteon", "canal", "rio", "presa", "rancho", "taller", "cantina", "plaza":
		return true
	}
	return false
}

// sentenceStart reports whether folded position p begins a sentence.
func sentenceStart(f string, p int) bool {
	j := p
	for j > 0 && (f[j-1] == ' ' || f[j-1] == '\t' || f[j-1] == '"' || f[j-1] == '\'' || f[j-1] == '(') {
		j--
	}
	return j == 0 || strings.IndexByte(".!?:;\n", f[j-1]) >= 0 || f[j-1] == '-'
}

// fuzzy adds mentions for capitalized words within a small edit distance
// of a state or major city name, outside the exact matches.
func (m *matcher) fuzzy(text string, t fold.Text, exact []Mention) []Mention {
	f := t.Folded
	var add []Mention
	ei := 0
	for i := 0; i < len(f); {
		if !isWordByte(f[i]) {
			i++
			continue
		}
		j := i
		for j < len(f) && isWordByte(f[j]) {
			j++
		}
		s, e := i, j
		i = j
		n := e - s
		if n < 6 || n > 16 {
			continue
		}
		// (the word's original start is Span's; its end is asked only
		// of a word that may name a place)
		first, _ := utf8.DecodeRuneInString(text[t.Orig(s):])
		statesOnly := false
		if !unicode.IsUpper(first) {
			// Lower case is accepted only right after "estado de" /
			// "state of", as transcripts write "el estado de yalisco",
			// and then only for state names.
			if !afterStateCue(f, s) {
				continue
			}
			statesOnly = true
		}
		os, oe := t.Span(s, e)
		for ei < len(exact) && exact[ei].End <= os {
			ei++
		}
		if ei < len(exact) && exact[ei].Start < oe {
			continue
		}
		w := f[s:e]
		if _, ok := m.byName[w]; ok {
			continue // an exact name rejected by the context rules
		}
		if m.words[w]&wordNear != 0 {
			continue
		}
		if w1, _ := prevWord(f, s); m.words[w1]&(wordStreet|wordCartel) != 0 {
			continue
		}
		mask := letterMask(w)
		best, bestD := -1, 3
		for _, nt := range m.near[n] {
			d := int(nt.edits)
			if bits.OnesCount32(nt.mask^mask) > 2*d {
				continue
			}
			tg := &m.targets[nt.ti]
			if statesOnly && !m.hasState(tg.key) {
				continue
			}
			if len(w) == len(tg.name)+1 && w[len(w)-1] == 'n' && strings.HasPrefix(w, tg.name) && strings.HasSuffix(tg.name, "a") && !enPlaceNoun(nextWord(f, e)) {
				// An English demonym before people ("Sinaloan gunmen"):
				// where they are from; before a place ("the Sonoran
				// municipality of") it places.
				continue
			}
			if dd := editsWithin(w, tg.name, d); dd <= d && dd < bestD {
				best, bestD = tg.key, dd
			}
		}
		if best < 0 {
			continue
		}
		cands := m.keys[best].places
		if statesOnly {
			cands = slices.DeleteFunc(slices.Clone(cands), func(p Place) bool { return p.Kind != State })
		}
		add = append(add, Mention{Start: os, End: oe, Text: text[os:oe], Candidates: slices.Clone(cands), Fuzzy: true})
	}
	if len(add) == 0 {
		return exact
	}
	out := append(exact, add...)
	slices.SortFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// afterStateCue reports whether the word at s of the folded text f follows
// "estado de" or "state of".
func afterStateCue(f string, s int) bool {
	j := s
	for j > 0 && wordGap(f[j-1]) {
		j--
	}
	if j < 2 || f[j-1] != 'e' && f[j-1] != 'f' {
		return false // most words: no "de" nor "of" before them
	}
	w1, k := prevWord(f, s)
	if w1 != "de" && w1 != "of" {
		return false // most words: no need to read the one before
	}
	w2, _ := prevWord(f, k)
	return w1 == "de" && w2 == "estado" || w1 == "of" && w2 == "state"
}

// hasState reports whether the name key denotes a state.
func (m *matcher) hasState(key int) bool {
	for _, p := range m.keys[key].places {
		if p.Kind == State {
			return true
		}
	}
	return false
}

// fuzzyState finds a state whose name is within a small edit distance of
// the folded name k.
// fuzzyDistance is the edit distance within which a word may name a
// fuzzy target: 1, or 2 for a name of nine bytes or more.
func fuzzyDistance(name string) int {
	if len(name) >= 9 {
		return 2
	}
	return 1
}

func (m *matcher) fuzzyState(k string) (int, bool) {
	best, bestD := -1, 3
	for _, tg := range m.targets {
		d := 1
		if len(tg.name) >= 9 {
			d = 2
		}
		if abs(len(tg.name)-len(k)) > d {
			continue
		}
		if dd := editsWithin(k, tg.name, d); dd <= d && dd < bestD {
			for _, p := range m.keys[tg.key].places {
				if p.Kind == State {
					best, bestD = p.ID, dd
					break
				}
			}
		}
	}
	return best, best >= 0
}

// shortStops returns short forms that name no place by themselves.
func shortStops() map[string]bool {
	return map[string]bool{"villa": true, "ciudad": true, "valle": true, "cerro": true,
		"salto": true, "santa": true, "santo": true, "santiago": true, "heroica": true,
		"mineral": true, "union": true, "puente": true, "reforma": true, "paso": true,
		"soledad": true, "cienega": true, "marques": true, "libertad": true, "progreso": true,
		"potosi": true, "rio colorado": true, "victoria": true, "juarez": true, "hidalgo": true, "morelos": true, "allende": true,
		"zaragoza": true, "guerrero": true, "aldama": true, "matamoros": true, "bravo": true, "puerto": true, "general": true, "nuevo": true, "nueva": true,
		"pueblo": true, "real": true, "hacienda": true, "tierra": true, "ixtapan": true,
		"san juan": true, "san pedro": true, "san pablo": true, "san miguel": true,
		"san jose": true, "san francisco": true, "san andres": true, "san martin": true,
		"san luis": true, "san felipe": true, "san antonio": true, "santa maria": true,
		"santa cruz": true, "santa ana": true, "santa catarina": true, "san lorenzo": true,
		"san bartolome": true, "san mateo": true, "san pedro y san pablo": true}
}

// saintless strips a municipality name's leading saint, as people shorten
// the towns of Oaxaca and Puebla: "San Pedro Pochutla" -> "Pochutla",
// "Santa María Huatulco" -> "Huatulco", "San Juan Bautista Tuxtepec" ->
// "Tuxtepec", "Santiago Jamiltepec" -> "Jamiltepec". ok false when
// nothing capitalized is left ("Santa Catarina", "San Nicolás de los
// Garza").
func saintless(name string) (string, bool) {
	w := strings.Fields(name)
	i := 0
	switch {
	case len(w) == 0:
		return "", false
	case w[0] == "Santiago":
		i = 1
	case w[0] == "San" || w[0] == "Santa" || w[0] == "Santo":
		i = 2
	default:
		return "", false
	}
	if i < len(w) && (w[i] == "Bautista" || w[i] == "Evangelista" || w[i] == "Apóstol") {
		i++
	}
	if i >= len(w) {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(w[i]); !unicode.IsUpper(r) {
		return "", false
	}
	return strings.Join(w[i:], " "), true
}

// shortName strips a municipality name's trailing qualifier: " de
// <Surname>" ("de Ocampo", "de Juárez", "de Comonfort") or " de los ..."
// / " de las ...".
// settlementName returns a locality's name without its leading word of a
// kind of settlement ("Flamboyanes" for "Campestre Flamboyanes"), and
// whether it had one.
func settlementName(name string) (string, bool) {
	for _, w := range []string{"Campestre ", "Fraccionamiento ", "Residencial "} {
		if rest, ok := strings.CutPrefix(name, w); ok && rest != "" && !strings.Contains(rest, "(") {
			return rest, true
		}
	}
	return "", false
}

func shortName(name string) (string, bool) {
	i := strings.LastIndex(name, " de ")
	if i <= 0 {
		return "", false
	}
	tail := name[i+4:]
	switch {
	case strings.HasPrefix(tail, "los ") || strings.HasPrefix(tail, "las "):
	case !strings.Contains(tail, " ") && tail != "" && unicode.IsUpper([]rune(tail)[0]):
	case personName(tail):
		// a person's given name and surname or two surnames: "de Vázquez
		// Pallares", "de Benito Juárez", "de Flores Magón"
	default:
		return "", false
	}
	return name[:i], true
}

// personName reports whether tail, what follows a municipality name's last
// " de ", is two capitalized words that name a person rather than a place
// ("Vázquez Pallares", not "San Pedro", "Buenos Aires" nor "Chalco
// Solidaridad"'s place and motto).
func personName(tail string) bool {
	a, b, ok := strings.Cut(tail, " ")
	if !ok || a == "" || b == "" || strings.Contains(b, " ") || !unicode.IsUpper([]rune(a)[0]) || !unicode.IsUpper([]rune(b)[0]) {
		return false
	}
	switch a {
	case "San", "Santa", "Santo", "Santiago", "Don", "Doña", "Buenos", "Nuestra", "Villa", "Ciudad", "Chalco":
		return false
	}
	return true
}
